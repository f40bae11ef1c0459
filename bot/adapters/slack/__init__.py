"""The Slack adapter: Bolt's async app, Block Kit rendering, forms (modals), replies via
`response_url`, the Web API client, joint channels, installations and the app manifest.

Imports `bot.core`, `bot.commands` (for the catalog) and its own modules; never Discord's.
"""
