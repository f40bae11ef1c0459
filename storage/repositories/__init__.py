"""Every query the bot makes, one module per aggregate, so "how is X loaded" is one file to open.

A repository is bound to one unit of work (`storage.engine.transaction`) and named for what its
methods return. Repositories import only `storage`; the words people read are the bot's.
"""
