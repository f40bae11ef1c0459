## Meeting times in both time zones: propose, book, confirm, sessions, reschedule, cancel, ics,
## time and overlap (bot/commands/meetings.py, bot/sessions/*).

## How a session reads (bot/sessions/session_text.py)

meetings-program-type = { $type ->
        [presentation] Presentations
        [discussion] Discussion
        [recreation] Recreation
        [joint_production] Joint production
       *[cultural_exchange] Cultural exchange
    }
meetings-status-waiting-for-partner = pending: waiting for { $partner } to confirm
meetings-status-waiting-for-you = pending: waiting for your confirmation (/exchange confirm { $id })
meetings-status-cancelled = cancelled
meetings-status-cancelled-because = cancelled ({ $reason })
meetings-status-booked = booked
meetings-topic-to-be-agreed = to be agreed
meetings-details = { $type } · topic: { $topic }
meetings-details-video = { $type } · topic: { $topic } · video: { $video }
meetings-details-agenda = { $type } · topic: { $topic } · agenda: { $agenda }
meetings-details-video-agenda = { $type } · topic: { $topic } · video: { $video } · agenda: { $agenda }
meetings-after-school-in = (after school in { $city })
meetings-after-school-in-both = (after school in { $city } and { $other_city })
meetings-time = { $time }
meetings-time-after-school = { $time } { $after_school }
meetings-session-head = #{ $id } with { $partner } — { $status }
meetings-session =
    { $head }
    { $body }

## Booking, confirming, moving and cancelling (bot/sessions/booking.py)

meetings-no-such-session = { $school } has no session #{ $id }. `/exchange sessions` lists yours.
meetings-confirm-button = Confirm #{ $id }
meetings-proposed-notice =
    { $who } ({ $school }) proposes an online exchange:
    { $session }
meetings-confirm-own-proposal = Session #{ $id } was proposed by { $school }, so a teacher of { $partner } confirms it. They have been asked to.
meetings-label-session = Session #{ $id }
meetings-booked-notice =
    { $who } ({ $school }) confirmed: the exchange is booked.
    { $session }
    Calendar invite: /exchange ics { $id }{ $notes }
meetings-already-at-that-time =
    Session #{ $id } is already at that time; nothing changed.
    { $session }
meetings-moved-notice =
    { $who } ({ $school }) moved session #{ $id }; it was { $before }.
    { $session }{ $hint }
meetings-updated-invite-hint = Updated calendar invite: /exchange ics { $id }
meetings-cancel-past = Session #{ $id } has already taken place; nothing to cancel.
meetings-cancelled-notice = { $who } ({ $school }) cancelled session #{ $id } with { $partner }: { $time }.{ $more }
meetings-cancel-reason = Reason: { $reason }
meetings-calendar-cancellation = Calendar cancellation: /exchange ics { $id }{ $rest ->
        [yes] {" "}rest=yes
       *[no] {""}
    }
meetings-cancelled-by-you-already = You cancelled session #{ $id } with { $partner } at { $at }; { $partner } has been told.
meetings-cancelled-already = Session #{ $id } was already cancelled at { $at } by { $by }.
meetings-was-cancelled = Session #{ $id } was cancelled at { $at } by { $by }; nothing was { $undone ->
        [confirmed] confirmed
        [moved] moved
       *[cancelled] cancelled
    }. Propose and book a new time with `/exchange propose`.
meetings-by-you = you
meetings-by-school = { $school }
meetings-by-a-teacher = a teacher
meetings-confirmed-by-you-already =
    You confirmed session #{ $id } at { $at }: it is booked, and both schools have been told.
    { $session }
meetings-confirmed-already = Session #{ $id } was already confirmed at { $at } by { $by }: it is booked, { $time }.
meetings-begun = { $verb ->
        [reschedule] Session #{ $id } has already begun, so it is too late to reschedule it. If it did not take place, report it postponed (`/exchange feedback submit session={ $id } status=postponed reason=…`), then reschedule it.
        [cancel] Session #{ $id } has already begun, so it is too late to cancel it.
       *[confirm] Session #{ $id } has already begun, so it is too late to confirm it.
    }
meetings-time-begun = { $label } ({ $time }) has already begun; propose again for later times.
meetings-time-does-not-work = { $label } ({ $time }) does not work: { $why }
meetings-refusal-off-grid = meetings start on a quarter hour (:00, :15, :30 or :45 UTC).
meetings-refusal-closed = { $school } is closed on { $day } ({ $closure }). `/exchange propose` suggests open times.
meetings-refusal-outside-hours = it is outside { $school }'s hours (class { $class_hours }, local time). `/exchange propose` suggests times inside both schools' hours.
meetings-refusal-outside-hours-after-school = it is outside { $school }'s hours (class { $class_hours }; after school { $after_school_hours }, local time). `/exchange propose` suggests times inside both schools' hours.
meetings-booked-by-you-already =
    You already booked this time as session #{ $id } at { $at }:
    { $session }
meetings-overlaps = That time overlaps session #{ $id } ({ $status ->
        [booked] booked
        [cancelled] cancelled
       *[pending] pending
    }): { $time }. Two sessions of one partnership cannot overlap: pick another time, or cancel #{ $id } first.

## Which partner a command is about (bot/sessions/partnership_choice.py)

meetings-not-partners = { $school } and { $partner } are not partners yet, so nothing can be booked. Sessions are booked once a partnership request is accepted.
meetings-own-school = { $school } is your own school; name a partner school.
meetings-no-partner-yet = { $school } has no partner school yet. Name the school to look at times with anyway: partner=<school id>.
meetings-which-partner = { $school } has { $count } partner schools; say which with partner=…: { $listed }.

## The commands' replies and refusals (bot/commands/meetings.py)

meetings-not-a-link = '{ $text }' is not a link; give the full address, starting https://
meetings-every-without-series = every= goes with series=…, e.g. `/exchange propose series=6 every=2w`.
meetings-number-or-at = Give the number of a proposed time or at=…, not both.
meetings-list-with-at = list= names the proposal a number is from; with at= leave it out.
meetings-which-time = Which time? Give the number of one your last proposal showed (`book 2`), or a local time of yours (`book at="2027-03-09 15:00"`).
meetings-duration-without-at = duration= goes with at=; a proposed time keeps its own length.
meetings-label-agreed-time = The time
meetings-label-time = Time { $number }
meetings-series-count-or-until = Give the series' length once: count= or until=, not both.
meetings-series-until-before-first = until={ $until } is before the first session ({ $first }).
meetings-series-too-long = Up to { $until } that makes more than { $most } sessions; a series has at most { $most }. Give an earlier until= or a longer every=.
meetings-series-single = Up to { $until } that makes a single session; book it with `book` alone, or give a later until=.
meetings-series-length-needed = A series needs its length: count=6 (sessions) or until=2027-06-30 (your local date).
meetings-single-with-series-options = every=, count=, until= and fair= book a series: write `book series …`.
meetings-what-time = time { $number }
meetings-what-agreed-time = the time
meetings-booked =
    Booked { $what } as session #{ $id }. It is pending until a teacher of { $partner } confirms it; they have been told.
    { $session }
meetings-assistant = Assistant: { $assistant }
meetings-proposal-unknown = Proposal { $list } is not one of yours, or is more than two weeks old. Run `/exchange propose` again.
meetings-proposal-with-another = Proposal { $list } was made with { $partner }, not { $named }.
meetings-no-proposal-yet = You have no proposed times with { $partner } yet: run `/exchange propose` first, then book one by its number.
meetings-no-such-time = That proposal showed { $count ->
        [one] { $count } time
       *[other] { $count } times
    }; pick a number from 1 to { $count }.
meetings-confirmed =
    Session #{ $id } with { $partner } is booked; both schools have been told.
    { $session }
    The calendar invite is attached.
meetings-nothing-waiting = No session is waiting for your confirmation. `/exchange sessions` lists your sessions.
meetings-several-waiting = Several sessions wait for your confirmation ({ $numbers }); give the number, e.g. `/exchange confirm { $first }`.
meetings-no-upcoming = { $school } has no upcoming sessions. `/exchange propose` suggests times to book.
meetings-upcoming = Upcoming sessions of { $school }:
meetings-upcoming-page = Upcoming sessions of { $school }, { $first }–{ $last } of { $total } shown:
meetings-listed-single = { $session }
meetings-listed-session =
    { $session }
        { $part }
meetings-series-part = part { $position } of { $count } of series #{ $series } ({ $placement ->
        [moved] moved
        [skipped] skipped
       *[as_planned] as planned
    })
meetings-status-proposed-by = pending: proposed by { $proposer }, { $confirmer } to confirm
meetings-program-session =
    #{ $id } { $school } ({ $school_id }) – { $partner } ({ $partner_id }) — { $status }
        { $time }
meetings-not-in-program = { $school } is not a school of { $program }.
meetings-school-in-program = { $school } in { $program }
meetings-program-none = No { $status ->
        [pending] pending sessions
        [booked] booked sessions
        [cancelled] cancelled sessions
       *[upcoming] upcoming sessions
    } of { $whose }.
meetings-program-listed = { $count } { $status ->
        [pending] pending sessions
        [booked] booked sessions
        [cancelled] cancelled sessions
       *[upcoming] upcoming sessions
    } of { $whose }:
meetings-program-listed-page = { $count } { $status ->
        [pending] pending sessions
        [booked] booked sessions
        [cancelled] cancelled sessions
       *[upcoming] upcoming sessions
    } of { $whose }, { $first }–{ $last } of { $count } shown:
meetings-invite-button = Calendar invite
meetings-section-title = #{ $id } with { $partner } ({ $status ->
        [booked] booked
        [cancelled] cancelled
       *[pending] pending
    })
meetings-not-in-a-series = Session #{ $id } is not part of a series; leave out rest=yes.
meetings-reschedule-no-proposal = You have no proposed times with { $partner }: run `/exchange propose`, or give a time like 2027-03-09 15:00.
meetings-label-new-time = The new time
meetings-moved =
    Session #{ $id } is moved; { $partner } has been told.
    { $session }{ $attached }
meetings-updated-invite-attached = The updated calendar invite is attached.
meetings-series-moved = Session #{ $id } and the later sessions of series #{ $series } are re-planned from { $time }; { $partner } has been told.
meetings-updated-invites-attached = The updated calendar invites are attached.
meetings-series-cancelled = Cancelled { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    } of series #{ $series } with { $partner }, from #{ $id } on; { $partner } has been told.{ $attached }
meetings-cancellations-attached = The calendar cancellations are attached: open the file to remove them.
meetings-cancelled = Session #{ $id } with { $partner } ({ $time }) is cancelled; { $partner } has been told.{ $attached }
meetings-cancellation-attached = The calendar cancellation is attached: open it to remove the event.
meetings-series-none-booked = No session of series #{ $series } from #{ $id } on has been booked yet; the invites come with the partner school's confirmation.
meetings-invites = { $titles }.
meetings-not-booked-yet = Session #{ $id } is not booked yet; the invite comes with the partner school's confirmation.
meetings-invite = { $title }: { $time }.
meetings-time-is = { $mine } is { $theirs }.
meetings-time-standing = { $school }: { $standing } · { $partner }: { $partner_standing }
meetings-time-note = Note: { $note }
meetings-standing = { $standing ->
        [class] class hours
        [after_school] after-school hours
       *[outside] outside school hours
    }
meetings-standing-closed = closed ({ $closure })
meetings-overlap-heading = When { $school } and { $partner } can both meet, week of { $week }:
meetings-overlap-title = { $school } and { $partner }, week of { $week }
meetings-overlap-closed = { $city } closed: { $closure }
meetings-overlap-day = { $day }: { $meets }
meetings-overlap-day-closed = { $day }: { $meets } ({ $closed })
meetings-overlap-none = { $day }: no overlap
meetings-overlap-none-closed = { $day }: no overlap ({ $closed })

## The overlap chart's labels (bot/sessions/overlap_chart.py)

meetings-chart-tick-day =
    { $time }
    { $day }
meetings-chart-row = { $day } · { $zone }
meetings-chart-top-title = { $city } time at the same moments as { $day } in { $own_city }: { $shown }
meetings-chart-top-title-two-days = { $city } time at the same moments as { $day } in { $own_city }: { $shown } and { $last }
meetings-chart-axis = { $city } time (each day's offset on the left)
meetings-chart-class-hours = { $school }: class hours
meetings-chart-after-school = after school
meetings-chart-closed = closed
meetings-chart-both-can-meet = both can meet
meetings-chart-title = { $school } ({ $city }) and { $partner } ({ $partner_city }), week of { $week }
meetings-chart-closed-because = closed: { $closure }

## Daylight saving between both zones

meetings-offset-same-day = Note: { $city } moves to { $zone } on { $day }; { $other_city } changes the same day, so the time difference stays.
meetings-offset-shift = Note: { $city } moves to { $zone } on { $day }; times after that are shifted by { $shift } relative to { $other_city }.
meetings-shift-hours = { $hours ->
        [one] one hour
       *[other] two hours
    }
meetings-shift-minutes = { $minutes } minutes
meetings-shift-hours-minutes = { $hours } h { $minutes } min

## Series of sessions (bot/sessions/series_text.py, series_booking.py)

meetings-cadence = { $cadence ->
        [every_2_weeks] every 2 weeks
        [every_3_weeks] every 3 weeks
        [every_4_weeks] every 4 weeks
        [monthly] every month, on the same weekday of the same week
       *[weekly] every week
    }
meetings-hindrance-clash = another session of the two schools holds that time
meetings-hindrance-closed = { $city } is closed on { $day } ({ $closure })
meetings-hindrance-outside-hours = it is outside { $city }'s class and after-school hours then
meetings-series-after-school = after school for { $city }
meetings-series-after-school-both = after school for { $city } and { $other_city }
meetings-occurrence-number = { $position }.
meetings-occurrence-number-session = { $position }. (#{ $id })
meetings-occurrence-skipped = {"  "}{ $number } skipped (planned { $planned }): { $why }, and no other time that week suits both schools.
meetings-occurrence-cancelled = cancelled: { $time }
meetings-moved-by-teachers = by the teachers
meetings-occurrence-moved = moved from { $planned }: { $why }
meetings-occurrence = {"  "}{ $number } { $parts }
meetings-balance-in-class = Every session is in both schools' class hours.
meetings-balance = After school for { $city } { $count } of { $total }, for { $other_city } { $other_count } of { $total }.
meetings-turn = { $city } at { $time } { $city } time
meetings-fair-taking-turns = No hour is in class for both schools, so the after-school hour takes turns: { $turn }, then { $other_turn }, each kept on its own school's clock.
meetings-fair-one-sided = No hour is in class for both schools, and none is after school for the other school instead, so the after-school hour cannot take turns.
meetings-series-plan = As a series of { $count }, { $cadence }, from time 1:
meetings-series-book-hint = Book the series with `/exchange { $command }`; a teacher of { $partner } then confirms all of it at once.
meetings-series-nothing-fits = No session of that series fits both schools; nothing was booked:{ $lines }
meetings-series-proposed-notice = { $who } ({ $school }) proposes a series of { $count } online exchanges with { $partner }, { $cadence }:
meetings-confirm-series-button = Confirm series #{ $series }
meetings-series-nothing-waiting = Series #{ $series } has no session waiting for confirmation; `/exchange sessions` lists them.
meetings-series-own-proposal = The sessions of series #{ $series } were proposed by { $school }, so a teacher of { $partner } confirms them. They have been asked to.
meetings-label-series-session = Session #{ $id } (number { $position } of the series)
meetings-series-booked-notice = { $who } ({ $school }) confirmed series #{ $series }: { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    } booked.
meetings-series-invites-hint = Calendar invites: /exchange ics { $id } rest=yes (one file for them all)
meetings-series-notice = { $heading }{ $lines }
meetings-series-already-at = Session #{ $id } is already at { $time }.
meetings-series-start-overlaps = { $label } overlaps another session of the two schools; pick another time.
meetings-series-moved-notice = { $who } ({ $school }) moved session #{ $id } and the later sessions of series #{ $series }:
meetings-series-cancelled-notice = { $who } ({ $school }) cancelled session #{ $id } and the later sessions of series #{ $series } with { $partner }:

## A proposal (bot/sessions/slot_report.py)

meetings-proposal-nothing = No meeting time of { $duration } minutes fits { $school } and { $partner } from { $first } to { $last } ({ $city } dates).
meetings-proposal = { $count ->
        [one] { $count } meeting time
       *[other] { $count } meeting times
    } for { $school } and { $partner } ({ $duration } minutes), from { $first } to { $last } ({ $city } dates):
meetings-proposal-after-school = Class hours never overlap in this range, so these use after-school hours.
meetings-proposed-time = {"  "}{ $number }. { $time }
meetings-proposed-time-title = { $number }. { $time }
meetings-book-button = Book { $number }
meetings-turn-note = Note: { $turn }.
meetings-turn-outside-school = outside { $school }'s { $hours ->
        [class] class hours
       *[all] hours
    }
meetings-turn-too-short = without { $duration } minutes inside both schools' { $hours ->
        [class] class hours
       *[all] hours
    }
meetings-turn-opens = { $city } moves to { $zone } on { $day }: from then { $wall } in { $here } is { $after } in { $there }, inside both schools' { $hours ->
        [class] class hours
       *[all] hours
    } (until then it is { $before }, { $outside })
meetings-turn-closes = { $city } moves to { $zone } on { $day }: from then { $wall } in { $here } is { $after } in { $there }, { $outside }
meetings-turns-separator = {"; and "}
meetings-why-no-overlap = Why: their class and after-school hours never overlap, on any date within a year.
meetings-why-no-overlap-example = Why: their class and after-school hours never overlap, on any date within a year. { $partner }'s class hours, for example, are { $hours }.
meetings-what-would-work-after-school = What would work: after-school hours that reach the other school's day (`/exchange school edit after_school_hours=…`), or a non-real-time exchange instead: video letters, a shared Padlet board, or culture boxes and handwritten letters.
meetings-why-too-short = Why: their hours overlap for at most { $longest } minutes (meetings start on a quarter hour), less than the { $duration } asked.
meetings-what-would-work-duration = What would work: duration={ $longest }, longer after-school hours, or a non-real-time exchange instead: video letters, a shared Padlet board, or culture boxes and handwritten letters.
meetings-why-closed = Why: every time they overlap in this range falls on a day one school is closed: { $closed }.
meetings-why-turns = Why: they overlap only outside this range: { $turns }.
meetings-why-outside-range = Why: they do overlap, but only outside this range.
meetings-nothing-within-a-year = Nothing fits within a year of the range either; consider a non-real-time exchange instead: video letters, a shared Padlet board, or culture boxes and handwritten letters.
meetings-nearest = Nearest that works: { $time }.
meetings-what-would-work-range = What would work: a wider range, e.g. from={ $first } to={ $last }.
meetings-closed-day = { $city } { $first } ({ $names })
meetings-closed-days = { $city } { $first }–{ $last } ({ $names })
meetings-closed-more = and { $count } more
meetings-book-hint = Book one with `/exchange book <n>`; a teacher of { $partner } then confirms it.
meetings-not-partners-yet = { $school } and { $partner } are not partners yet, so these cannot be booked.
meetings-book-series-button = Book the series of { $count }
meetings-series-booked = Booked series #{ $series }: { $count } of { $total } sessions with { $partner }, { $cadence }. They are pending until a teacher of { $partner } confirms them (one confirmation books them all); they have been told.
meetings-series-assistant-asked = Assistant: each session asks for a remote class assistant; `/exchange assist <session>` shows where each stands.
meetings-series-confirmed = Series #{ $series } with { $partner } is booked: { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }; both schools have been told.
meetings-series-invites-attached = The calendar invites are attached: one file, an event for each session.

## Calendar invites (bot/sessions/invites.py): SUMMARY, DESCRIPTION and the files' titles

meetings-invite-summary = Online exchange: { $school } × { $partner } — { $type }
meetings-invite-topic = Topic: { $topic }
meetings-invite-school-time = { $school }: { $time }
meetings-invite-video = Video call: { $link }
meetings-invite-assistant = Remote class assistant: { $assistant }
meetings-invite-agenda-link = Agenda: { $link }
meetings-invite-agenda-plan = Agenda: the day-of plan, with `/exchange agenda show { $id }`
meetings-invite-footer = Session #{ $id } · Joint Class Bot (/exchange sessions)
meetings-invite-description = { $lines }
meetings-invite-alarm = In { $minutes } minutes: { $summary }
meetings-invite-title = Calendar { $kind ->
        [cancellation] cancellation
       *[invite] invite
    } for session #{ $id } (version { $version })
meetings-series-invites-title = Calendar { $kind ->
        [cancellations] cancellations
       *[invites] invites
    } for { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    } of series #{ $series }

## A range of dates to propose times in that cannot be used (`propose`, `jointclass propose`)
meetings-range-past = The range ends { $last }, in the past; today is { $today } where you are.
meetings-range-reversed = The range ends ({ $last }) before it starts ({ $first }); give the earlier date first.
meetings-range-too-long = The range { $first }..{ $last } is longer than { $days } days; ask for at most a year at a time.
