"""The Slack adapter: Bolt's async app behind a gate that refuses unsigned or malformed
requests, Block Kit rendering within Slack's limits, forms (modals), replies via
`response_url`, the Web API client, joint channels, installations and the app manifest.

Imports `bot.core`, `bot.commands` (for the catalog), `bot.adapters.message_room`, `storage`
and its own modules; never Discord's.
"""
