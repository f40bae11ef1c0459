"""Joint Class Bot: a command core that adapters for Slack, Discord and the console share."""
