"""The Discord adapter: the discord.py client, the application commands built from the
catalog (one per first word of a path) and the tree that routes them, interactions,
components, embeds within Discord's limits, joint channels, and the command registration.

Imports `bot.core`, `bot.commands` (for the catalog), `bot.adapters.message_room`, `storage`
and its own modules; never Slack's.
"""
