## A time in one school's zone; bot/i18n/time_text.py fills in the day, the clock, the
## zone's abbreviation and its city, each already written as this language writes them.

# Tue 9 Mar 15:00 KST (Seoul)
time-at = { $day } { $time } { $zone } ({ $city })
# Tue 9 Mar 09:00–10:00 KST (Seoul)
time-span = { $day } { $start }–{ $end } { $zone } ({ $city })
# Tue 9 Mar 23:30–Wed 10 Mar 00:30 KST (Seoul)
time-span-overnight = { $day } { $start }–{ $end_day } { $end } { $zone } ({ $city })
# Sun 7 Nov 01:30 EDT–01:30 EST (New York): the zone changes its offset during the meeting
time-span-zone-change = { $day } { $start } { $zone }–{ $end } { $end_zone } ({ $city })
time-span-overnight-zone-change = { $day } { $start } { $zone }–{ $end_day } { $end } { $end_zone } ({ $city })

## What the value types of bot/times refuse (the grammar puts the option's name before it)

value-hours-needs-days = '{ $text }' needs days then hours, e.g. 'Mon-Fri 09:00-16:00'
value-hours-not-a-day-range = '{ $text }' is not a day range; write it like Mon-Fri
value-hours-no-days = '{ $text }' names no days; use Mon Tue Wed Thu Fri Sat Sun
value-hours-not-a-day = '{ $text }' is not a day; use Mon Tue Wed Thu Fri Sat Sun
value-hours-not-a-time-range = '{ $text }' is not a time range; write it like 09:00-16:00 (24-hour)
value-hours-no-such-time = '{ $text }' has a time that does not exist; hours run 00–24
value-hours-ends-before-start = '{ $text }' ends before it starts; ranges cannot cross midnight
value-range-ends-before-start = '{ $text }' ends before it starts
value-vacations-not-a-date = '{ $text }' is not a date; write ranges like 2027-07-24..2027-08-22
value-timezone-invalid = '{ $text }' is not an IANA time zone like Asia/Seoul
value-timezone-invalid-close = '{ $text }' is not an IANA time zone like Asia/Seoul; did you mean { $close }
value-country-ambiguous = '{ $text }' could be { $choices }; write the code
value-country-invalid = '{ $text }' is not a country; write a country's name or ISO 3166 code, like Japan or JP
value-country-invalid-close = '{ $text }' is not a country; write a country's name or ISO 3166 code, like Japan or JP; did you mean { $close }?
value-language-country-code = '{ $text }' is the country code of { $country }; did you mean { $close }?
value-language-country-code-of-another = '{ $text }' is the country code of { $country }; did you mean { $close }? ({ $other } is written { $code }.)
value-language-name = '{ $text }' is a name; write the ISO 639-1 code { $code }
value-language-invalid = '{ $text }' is not an ISO 639-1 language code like ko, ja or en
value-language-invalid-close = '{ $text }' is not an ISO 639-1 language code like ko, ja or en; did you mean { $close }
value-wall-time-needed = a time is needed; write { $accepted }
value-wall-time-not-a-day = { $count ->
        [one] { $words } is not a day
       *[other] { $words } are not a day
    }; write a weekday (Tue: the next one), today, tomorrow or a date like 2027-03-09, then the time (Tue 15:00)
value-wall-time-several-days = '{ $text }' names more than one day; give one: a weekday (Tue: the next one), today, tomorrow or a date like 2027-03-09
value-wall-time-day-only = '{ $text }' is a day; add the time after it, e.g. { $text } 15:00
