## The coordinators' batch tie-up (bot/commands/tieup.py, bot/matching/tieup_runs.py): run
## it, look it over, publish it, and what each school is told of its partner. School ids,
## language codes and the policies (keep, prefer, ignore) stay as written.

tieup-run-heading = Tie-up of { $program } for the week of { $week } (>= { $duration } min): { $pairs } pair(s), the most possible, among { $schools } school(s) with places left ({ $feasible } feasible pairs); total quality { $quality }.
tieup-run-continuing = { $kept } of them continue from { $program } ({ $policy }).
tieup-run-pairs = { $all ->
        [yes] Pairs ({ $count }, all shown):
       *[no] Pairs ({ $shown } of { $count } shown; the attached CSV lists all):
    }
tieup-run-pair = {"  "}{ $home } + { $partner }: { $overlap } min overlap, { $language }, score { $score }{ $continuing ->
        [yes] {" "}· continuing
       *[no] {""}
    }
tieup-run-open-places = { $all ->
        [yes] Schools keeping open places ({ $count }, all shown):
       *[no] Schools keeping open places ({ $shown } of { $count } shown; the attached CSV lists all):
    }
tieup-run-open-school = {"  "}{ $school } ({ $open } open): { $reason }
tieup-run-nothing-created = Nothing is created yet: `/exchange { $command }` creates these partnerships and tells every school.
tieup-run-attachment = Tie-up of { $program }: every pair and every school with open places
tieup-publish-button = Publish
tieup-no-earlier-program = continuing_from: no program named '{ $name }'. Programs: { $known }.
tieup-no-earlier-program-none = continuing_from: no program named '{ $name }'. Programs: none.

tieup-published = Published the tie-up of { $program } (week of { $week }): { $created } partnership(s) created.
tieup-published-told = { $cut ->
        [yes] Told now: the teachers of { $count } school(s) ({ $listed } and { $more } more).
       *[no] Told now: the teachers of { $count } school(s) ({ $listed }).
    }
tieup-published-waiting = { $cut ->
        [yes] Not told yet: { $count } school(s) with no teacher on the bot ({ $listed } and { $more } more); each is told of its partner when its first teacher joins (`/exchange school join <school>`).
       *[no] Not told yet: { $count } school(s) with no teacher on the bot ({ $listed }); each is told of its partner when its first teacher joins (`/exchange school join <school>`).
    }
tieup-published-refused = { $count } pair(s) were not created, as things changed since the run:
tieup-published-refused-pair = {"  "}{ $home } + { $partner }: { $reason }
tieup-nothing-to-publish = { $program } has no tie-up to publish yet: run `/exchange tieup run` first and check its result.
tieup-published-already = The latest tie-up of { $program } (week of { $week }) was already published on { $published }. Run `/exchange tieup run` again for the schools with places left.
tieup-published-moment-ago = This tie-up of { $program } was published a moment ago.

## What each school's teachers are told of their partner
tieup-pairing = Tie-up result of { $program }: { $school } is paired with { $partner } ({ $partner_id }, { $place }).
    Common language: { $language } · time you share (week of { $week }): { $overlap }{ $staffed ->
        [no] {"\u000A"}{ $partner } has no teacher on the bot yet: they will be told of this pairing when their first teacher joins.
       *[yes] {""}
    }
    Next: agree on topics and dates with their teachers, and link a joint channel with `/exchange channel link partner={ $partner_id }`.
tieup-no-shared-time = none

## Why a school keeps open places after the tie-up (bot/matching/unmatched_reasons.py).

tieup-reason-no-side = it is on neither side of the tie-up (side '{ $side }')
tieup-reason-no-level = no partner of level { $level }: no { $level } school applied on the { $other_side } side
tieup-reason-same-country = no partner of level { $level } in another country: every { $level } school on the { $other_side } side is in { $country }
tieup-reason-no-language = no common language with any { $level }-level school on the { $other_side } side (languages: { $languages }; theirs: { $theirs })
tieup-reason-no-time = no time overlap >= { $duration } min with any of the { $count } { $level }-level schools sharing a language: { $advice }
tieup-reason-all-declined = every school it could meet ({ $count }) already partners with it or declined a request between them
tieup-reason-all-paired = only { $feasible } feasible partner(s), all paired with it; for the other { $places } place(s): { $advice }
tieup-reason-quota-unfilled = quota left unfilled: every feasible partner ({ $feasible }) is already at quota
tieup-reason-quota-partly = quota partly filled ({ $matched } of { $wanted }): every other feasible partner ({ $others }) is already at quota
tieup-advice-all-meet = every school sharing a language already meets it in time
tieup-advice-no-window = no after-school window on a weekday between { $earliest } and { $latest } would reach one of them; consider a non-real-time exchange (shared boards, letters, recorded video)
tieup-advice-no-window-example = no after-school window on a weekday between { $earliest } and { $latest } would reach one of them; consider a non-real-time exchange (shared boards, letters, recorded video), e.g. with { $example }
tieup-advice-window = adding after-school hours { $hours } ({ $zone }, their commonest zone) would overlap with { $count } of them ({ $open } with quota left)

## The steps of a long tie-up, as `jointclass match` shows them while it works
tieup-progress-loaded = loaded { $schools } schools of { $program }
tieup-progress-checking = checking feasibility of { $schools } schools for the week of { $week } (>= { $duration } min)
tieup-progress-feasible = { $pairs } feasible pairs
tieup-progress-solving = solving { $level }: { $home } home x { $partner } partner schools, { $pairs } feasible pairs
tieup-progress-explaining = { $pairs } pairs; explaining the schools with places left
