## Partners and their joint channel (bot/commands/partners.py). Only the joint channel's
## greeting is converted so far; posted in both schools' languages.

partners-joint-channel-linked = This is now the joint channel of { $school } ({ $country }) and { $partner } ({ $partner_country }): the bot posts agreed times, reminders and the day's agenda here.
