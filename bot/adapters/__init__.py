"""Adapters: each translates one platform's payloads into core calls and replies back.

`slack/` and `discord/` are the platforms; `console` serves a terminal; `testing` drives the
real composition root from tests; `health` answers load balancers; `message_room` is what both
platforms' renderers count as they fill a message within its limits. Adapters sit above the
commands and the composition root (`bot.bootstrap`) and may import anything beneath them, but
only to translate: domain logic stays out of listeners. Slack and Discord never import each
other.
"""
