"""Joint Class Bot: a command core that adapters for Slack, Discord and the console share.

The packages are layers; each imports only those listed before it (`import-linter` checks it):

    i18n → core → times → schools → matching | sessions → activities → reminders
         → assistants → feedback → commands → bootstrap (the composition root) → adapters → cli

`storage` (tables, repositories, engine, migrations) sits beneath them all.
"""
