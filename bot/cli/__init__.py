"""`jointclass`: the console script. Runs the bot (`run`, the console) or does a coordinator's
job from a terminal (import, match, propose, report).

The top layer: it may import anything in `bot`; nothing in `bot` imports it.
"""
