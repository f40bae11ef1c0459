## A partnership's stages (bot/commands/stages.py, bot/schools/stages.py): online exchange →
## visit planned → visited → MOU signed. $day and $at are the reader's way of writing a day
## and a time; $news is one of the journey-news-… messages.

# $stage: online, visit-planned, visited or mou-signed
journey-stage-name = { $stage ->
        [online] online exchange
        [visit-planned] visit planned
        [visited] visited
       *[mou-signed] MOU signed
    }
journey-stage-backwards = This partnership is already at '{ $stage }'; stages only move forwards (online exchange → visit planned → visited → MOU signed), and only a planned visit can be planned again. Nothing was recorded.
# $recorded: journey-recorded-by or journey-recorded-by-you
journey-stage-backwards-recorded = This partnership is already at '{ $stage }' ({ $recorded }); stages only move forwards (online exchange → visit planned → visited → MOU signed), and only a planned visit can be planned again. Nothing was recorded.
journey-recorded-by = recorded at { $at } by { $by }
journey-recorded-by-you = recorded at { $at } by you
# $date as typed, $today in the host's calendar (YYYY-MM-DD)
journey-visit-date-passed = date={ $date } has passed in the host's calendar (today is { $today }); give the day the visit is planned for, or record a visit that took place with `visited`.
journey-date-to-come = date={ $date } is still to come (today is { $today }); record '{ $stage }' on the day or after.
# to both schools' teachers and the joint channel
journey-stage-told = { $person }: { $news }
journey-stage-recorded = Recorded. { $news }
journey-recorded-already-done = You recorded this at { $at }: { $news }
journey-recorded-already-by-you = You recorded this at { $at }: { $news } Nothing was recorded again.
journey-recorded-already-by = { $by } recorded this at { $at }: { $news } Nothing was recorded again.
journey-not-your-partner = { $school } is not a partner of your school.
journey-name-your-partner = Name your partner school, not your own.
journey-not-in-charge = Only the teachers of a pair and its program's coordinators can move its stage.
journey-not-partners = { $school } and { $partner } are not partners.
journey-which-pair = { $school } has { $count } partners ({ $partners }); name the other school with school=….
journey-which-pair-none = { $school } has 0 partners (none); name the other school with school=….
journey-host-only-for-visits = host is only for visits; leave it out for '{ $stage }'.
journey-host-needed = host is needed for a visit: the country or the id of the school that hosts it, e.g. host={ $country }.
journey-host-not-in-pair = host={ $text } is not one school of this pair; give { $country } or { $id }, { $partner_country } or { $partner_id }.
journey-date-needed = date is needed for '{ $stage }': give date=YYYY-MM-DD.
journey-news-visit-planned = { $school } and { $partner } plan a visit on { $day }, hosted by { $host } ({ $country }).
journey-news-visited = { $school } and { $partner } met in person on { $day }, hosted by { $host } ({ $country }).
journey-news-signed = { $school } and { $partner } signed an agreement (MOU) on { $day }.
journey-stage-hint = { $next ->
        [visit-planned] Your partnership is at '{ $stage }'. Once a visit has a date, record it: `{ $command } date=YYYY-MM-DD host=<country of the school that hosts>`.
        [visited] Your partnership is at '{ $stage }'. Once the visit has taken place, record it: `{ $command }`.
       *[mou-signed] Your partnership is at '{ $stage }'. Once the agreement is signed, record it: `{ $command } date=YYYY-MM-DD`.
    }
