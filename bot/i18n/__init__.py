"""The teachers' languages: message catalogs, each reader's language, times and dates as each
language writes them, input typed in any of them, and a chart font for every script.

Beneath `bot.core`: it imports no other `bot` package, so every layer may use it.

Why Project Fluent (`fluent.runtime`) and not gettext with Babel:
- Each language writes its own grammar. A Fluent message selects on its arguments inside the
  translation, so Korean and Japanese need no plural branches while English has two, and a
  translator can reword a sentence around a count without a code change. gettext's
  `ngettext` selects on one number per call and leaves every other variation to the code.
- Keys are identifiers (`input-date-invalid`), not English sentences. Rewording English
  does not orphan every translation, and a test can find each key as a string literal in
  `Message("…")` and require that none is missing or unused.
- The polite register (합니다체 with 주세요 in Korean, です・ます in Japanese) is a property of
  whole sentences that translators own; Fluent keeps the whole sentence in one message.
- Babel still does what CLDR does best: dates, plural rules, and the names of weekdays,
  zones and countries. Fluent uses Babel's plural rules itself.
- `use_isolating=False`: Fluent's default wraps every argument in U+2068/U+2069, which
  chat clients show as stray characters.
Red-DiscordBot's i18n (gettext `.po` files keyed by the English text, one locale set for
the whole bot, untranslated text returned silently) showed what to avoid: here the reader's
language is an argument of every rendering, and every fallback to English is counted.

Modules: `languages` (the supported languages; one line each), `reader_language` (who reads
what), `messages` (`Message`, the key-and-arguments value; `InputProblem`), `translator`
(rendering, fallbacks, both schools' languages), `zones` and `time_text` (times in both
zones), `vocabulary`, `typed_days`, `typed_dates`, `typed_times` and `typed_names` (input in
any language, normalised to the English and ISO forms the parsers in `bot.times` read), and
`chart_fonts` (Hangul, Kana and Han in matplotlib). Catalogs: `locales/<language>/*.ftl`,
with the words teachers type that CLDR lacks in `locales/<language>/input.toml`.

How the rest of the bot uses it (README "Languages" has the whole of it and a checklist):
- The dispatcher resolves each caller's `Language` (`reader_language`: their choice, their
  platform's locale, their school's country, `JOINTCLASS_LANGUAGE`, English) and puts it on the
  context with the one `Translator` the composition root loads; a handler writes
  `ctx.say(Message("area-key", name=value))`, and raises `UserError(Message(...))`.
- One `.ftl` file per area per language (`schools.ftl`, `meetings.ftl`, …), keys prefixed by
  the area and written as literals at the call; a message is whole sentences, never glued from
  rendered pieces; what varies is a Fluent variant or an argument that renders itself
  (`Localizable`: `time_text.TimeAt`, `typed_names.LanguageName`, …).
- A domain function returns a `Message` (or a `Localizable`), not text, so that each reader,
  or both schools of a joint channel (`Translator.in_both`), get their own rendering; notices
  go through `Context.notify_person`/`notify_school`, which render per recipient.
- Declarations keep their English in the code; their translations are keyed by
  `bot.core.declared_text` (`cmd-school-register-opt-name`, `choice-middle`, …).
- Tests render the expected message for the reader rather than hard-code English, and reuse
  `tests/support/in_language.py` (`console_in`, `assert_reads_in`: no English from the
  catalogs, no fallback).
"""
