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
