"""The Discord adapter: the discord.py client, the application commands built from the
catalog, interactions, components, embeds, joint channels and the command sync.

Imports `bot.core`, `bot.commands` (for the catalog) and its own modules; never Slack's.
"""
