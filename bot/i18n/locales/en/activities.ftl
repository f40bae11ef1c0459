## Non-real-time exchanges (bot/commands/activities.py, bot/activities/): plan, confirm,
## list, show, done, cancel; the notices to the partner school and the joint channel.
## Step names (post, reply, board…), option names and commands stay as typed.

activity-kind = { $kind ->
        [video_letter] video letter exchange
        [shared_board] shared board
        [letters] handwritten letter exchange
       *[culture_box] culture box exchange
    }
activity-step-task = { $task ->
        [video_letter-post] record the class's video letter and post its link
        [video_letter-reply] watch it in class, then record and post a reply video
        [shared_board-board] set up the shared board (Padlet or similar) and post the class's introductions
        [shared_board-posts] post the class's introductions and questions on the board
        [shared_board-answers] answer the partner class's questions on the board
        [letters-send] post the class's handwritten letters
        [letters-reply] read them in class and post handwritten replies
        [culture_box-send] pack and post the culture box
        [culture_box-receive] say the box has arrived
        [culture_box-unpack] unpack it in class and share a photo
       *[unknown] { $step }
    }
activity-status = { $status ->
        [proposed] proposed, waiting for the partner school to confirm
        [planned] planned
        [done] done
       *[cancelled] cancelled
    }
# by the end of Wed 10 Mar 2027 in Seoul (Wed 10 Mar 10:00 EST (New York))
activity-due = by the end of { $day } in { $city } ({ $there })
activity-step-line = { $position }. { $step } — { $school }: { $task }, { $due }{ $moved ->
        [closed] {" — "}moved from { $planned }, { $because } in { $city }
        [order] {" — "}moved from { $planned }, so that it ends after the step before
       *[no] {""}
    }{ $state ->
        [done] {" — "}done { $done_at }
        [done-link] {" — "}done { $done_at }: { $link }
        [overdue] {" — "}overdue
       *[open] {""}
    }

## Replies
activity-planned = Planned { $kind } #{ $id } with { $partner }. It waits until a teacher of { $partner } confirms it; they have been told.
activity-confirmed = { $kind ->
        [video_letter] Video letter exchange
        [shared_board] Shared board
        [letters] Handwritten letter exchange
       *[culture_box] Culture box exchange
    } #{ $id } with { $partner } is planned; the joint channel has been told.
activity-cancelled = { $kind ->
        [video_letter] Video letter exchange
        [shared_board] Shared board
        [letters] Handwritten letter exchange
       *[culture_box] Culture box exchange
    } #{ $id } with { $partner } is cancelled; { $partner } has been told.
activity-shown = { $kind ->
        [video_letter] Video letter exchange
        [shared_board] Shared board
        [letters] Handwritten letter exchange
       *[culture_box] Culture box exchange
    } #{ $id } with { $partner } — { $status }:
activity-board = Board: { $link }
activity-step-marked-done = { $complete ->
        [yes] Step { $step } of activity #{ $id } is done; every step is, so the activity is complete. The joint channel has been told.
       *[no] Step { $step } of activity #{ $id } is done. The joint channel has been told.
    }
activity-list-heading = Activities of { $school }:
activity-list-none = { $all ->
        [yes] { $school } has no activities. Plan one with `/exchange activity plan <kind> <partner>`.
       *[no] { $school } has no current activities. Plan one with `/exchange activity plan <kind> <partner>`.
    }
activity-list-row = {"  "}#{ $id } { $kind } with { $partner } — { $status }
activity-list-row-next = {"  "}#{ $id } { $kind } with { $partner } — { $status }; next: { $step } by { $school }, { $due }{ $overdue ->
        [yes] {" "}(overdue)
       *[no] {""}
    }
activity-plan-button = Plan a { $kind }
activity-confirm-button = Confirm activity #{ $id }

## Refusals
activity-confirm-which = { $count } activities wait for { $school }'s confirmation ({ $listed }); say which: `/exchange activity confirm <number>`.
activity-confirm-none = 0 activities wait for { $school }'s confirmation.
activity-no-such-step = No activity of { $school } has a step '{ $step }'. `/exchange activity list` shows yours, and `/exchange activity show <number>` their steps.
activity-step-in-several = Several activities have a step '{ $step }': { $listed }. Say which: activity=…
activity-numbered = #{ $id } ({ $kind })
activity-dates-with-start = dates= gives every step's date; leave out start= and every=.
activity-dates-count = A { $kind } has { $steps } steps ({ $names }); dates= gives { $given }. Give one date per step, in order.
activity-dates-backwards = dates= must go forward: { $later } is not after { $earlier }.
activity-date-past = Step { $step }'s date { $day } is in the past for { $school }: today is { $today } there. Give a later date.
activity-no-open-day = { $school } has no open day within a year of { $day }: check its declared breaks (`/exchange school show`).
activity-planned-already = You planned this as activity #{ $id } at { $at }:
    { $steps }
activity-exists = { $state ->
        [proposed] A { $kind } with { $partner } already waits for confirmation as activity #{ $id }, proposed at { $at } by { $by }. See it with `/exchange activity show { $id }`, or cancel it first.
       *[planned] A { $kind } with { $partner } already is planned as activity #{ $id }, proposed at { $at } by { $by }. See it with `/exchange activity show { $id }`, or cancel it first.
    }
activity-unknown = { $school } has no activity #{ $id }. `/exchange activity list` lists yours.
activity-confirm-own = Activity #{ $id } was proposed by { $school }, so a teacher of { $partner } confirms it. They have been asked to.
activity-confirm-past = Step { $step } of activity #{ $id } was due by { $day }, already past, so it cannot be confirmed as planned. Cancel it (`/exchange activity cancel { $id }`) and plan it again with later dates.
activity-step-unknown = Activity #{ $id } ({ $kind }) has no step '{ $step }'; its steps are: { $names }.
activity-not-confirmed = Activity #{ $id } is not confirmed yet: a teacher of { $school } confirms it first, then its steps can be marked done.
activity-step-not-yours = Step { $step } of activity #{ $id } is { $owner }'s to do, so a teacher of { $owner } marks it done. Yours: { $yours }.
activity-step-not-yours-none = Step { $step } of activity #{ $id } is { $owner }'s to do, so a teacher of { $owner } marks it done. Yours: none.
activity-step-needs-link = Step { $step } is marked done with its link, so the partner class can find it: `/exchange activity done { $step } https://… activity={ $id }`.
activity-complete-already = Activity #{ $id } is complete: every step is done, so there is nothing to cancel.
activity-confirmed-already = You confirmed activity #{ $id } at { $at }: it is planned, and both schools have been told.
    { $steps }
activity-confirmed-before = Activity #{ $id } was already confirmed at { $at } by { $by }: it is planned.
activity-done-already = { $link ->
        [none] You marked step { $step } of activity #{ $id } done at { $at }; both schools have been told.
       *[link] You marked step { $step } of activity #{ $id } done at { $at } ({ $link }); both schools have been told.
    }
activity-done-before = { $link ->
        [none] Step { $step } of activity #{ $id } was already marked done at { $at } by { $by }; nothing changed.
       *[link] Step { $step } of activity #{ $id } was already marked done at { $at } by { $by } ({ $link }); nothing changed.
    }
activity-cancelled-already = You cancelled activity #{ $id } at { $at }; { $partner } has been told.
activity-cancelled-before = Activity #{ $id } was already cancelled at { $at } by { $by }.
activity-cancelled-then = { $undone ->
        [confirmed] Activity #{ $id } was cancelled at { $at } by { $by }; nothing was confirmed. Plan a new one with `/exchange activity plan`.
       *[done] Activity #{ $id } was cancelled at { $at } by { $by }; nothing was marked done. Plan a new one with `/exchange activity plan`.
    }
activity-not-partners = { $school } and { $partner } are not partners yet, so no activity can be planned. Ask them first: `/exchange request { $partner_id }`.
activity-by-you = you
activity-by-a-teacher = a teacher

## Notices to the partner school, the caller's colleagues and the joint channel
activity-notice = { $heading }
    { $steps }
activity-proposed-notice = { $actor } ({ $school }) proposes a { $kind } with { $partner }, activity #{ $id }:
activity-confirmed-notice = { $actor } ({ $school }) confirmed the { $kind }, activity #{ $id }: each school is reminded before its deadlines.
activity-cancelled-notice = { $actor } ({ $school }) cancelled the { $kind }, activity #{ $id }; no more reminders go out for it.
activity-cancelled-notice-reason = { $actor } ({ $school }) cancelled the { $kind }, activity #{ $id }; no more reminders go out for it.
    Reason: { $reason }
activity-step-done-notice = { $link ->
        [none] { $actor } ({ $school }) marked step { $step } of activity #{ $id } done ({ $task }).
       *[link] { $actor } ({ $school }) marked step { $step } of activity #{ $id } done ({ $task }): { $link }
    }{ $after ->
        [complete] {"\u000A"}Every step is done: the { $kind } is complete.
        [next] {"\u000A"}Next: { $next } by { $owner }.
       *[none] {""}
    }

## The non-real-time exchange that find and propose suggest when two schools share no hour
activity-suggestion = { $partners ->
        [yes] Exchange without meeting: `/exchange { $command }` plans a { $kind } (or { $others } instead of { $suggested }).
       *[no] Once you are partners, exchange without meeting: `/exchange { $command }` plans a { $kind } (or { $others } instead of { $suggested }).
    }
