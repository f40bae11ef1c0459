## Typed input that does not read (bot/i18n/typed_*.py). $text is what the person typed;
## the examples are written the way this language writes them.

input-weekday-unknown = '{ $text }' is not a day; write days like Mon-Fri or Mon,Wed
input-weekday-range = '{ $text }' is not a day range; write it like Mon-Fri
input-hours-needs-days = '{ $text }' needs days then hours, e.g. 'Mon-Fri 09:00-16:00'
input-time-range = '{ $text }' is not a time range; write it like 09:00-16:00 (24-hour)
input-time-range-order = '{ $text }' ends before it starts; ranges cannot cross midnight
input-time-invalid = '{ $text }' is not a time; write it like 15:30 or 3:30pm
input-time-out-of-range = '{ $text }' is not a time of day; hours run 0–23 (0–12 with AM or PM) and minutes 0–59
input-duration-invalid = '{ $text }' is not a length of time; write minutes (90), 1h30m or 1:30
input-date-invalid = '{ $text }' is not a date; write it like 2027-03-09
input-date-impossible = '{ $text }' is not a day of the calendar
input-date-needs-year = '{ $text }' needs its year; write it like 2027-03-09
input-date-weekday-mismatch = '{ $text }' names a date and a different weekday; that date is a { $weekday }
input-date-range-order = '{ $text }' ends before it starts
input-wall-time-day = '{ $text }' is not a day; write a weekday (Tue), today, tomorrow or a date like 2027-03-09
input-country-unknown = '{ $text }' is not a country; write its ISO code (KR, JP, TW) or its name (Korea, Japan, Taiwan)
input-country-ambiguous = '{ $text }' may mean { $countries }; write the ISO code of the one you mean
input-choice-unknown = '{ $text }' is not one of the choices: { $choices }
input-language-unknown = The bot does not speak '{ $text }'; choose { $languages }
