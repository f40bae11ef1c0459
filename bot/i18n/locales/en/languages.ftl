## `/exchange language` (bot/commands/languages.py). $language is the language's name and tag,
## e.g. "Korean (ko)", written in the reader's language.

language-shown-chosen = You read the bot in { $language }, as you chose. `/exchange language auto` leaves it to your platform and school.
language-shown-automatic = You read the bot in { $language }, from your platform's language or your school's country. `/exchange language ko` (or ja, zh-Hant, en, en-US) chooses one.
language-now-chosen = From now on the bot writes to you in { $language }.
language-now-automatic = The bot follows your platform's language and your school's country again: { $language } for now.
