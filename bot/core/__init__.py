"""The command core: declarations, grammar, dispatch, context, replies, identity, settings,
the clock, the inbox (commands written before their ack), the outbox and the leader lease.

Everything above builds on it; it imports only `storage` and the standard libraries, never a
domain package, `bot.commands` or an adapter. Platform types never appear here.
"""
