## Feedback after each session and the coordinators' report (bot/commands/feedback.py,
## bot/feedback/*). Option names (rating=, went_well=), choices and commands stay as typed.

feedback-tally = { $label } { $count }
feedback-step-online = another online session
feedback-step-visit = an in-person visit
feedback-step-agreement = a formal agreement (MOU)
feedback-step-none = no further exchange

feedback-reason-when-held = reason is only for sessions that did not take place; leave it out when status=held (went_well and improve take your comments).
feedback-rating-when-not-held = rating is only for sessions that took place; the session was { $status }, so leave rating out and give the reason instead.
feedback-rating-needed = rating is needed when the session was held: give rating=1 to 5 (1 = did not work, 5 = excellent).
feedback-reason-needed = reason is needed when the session was { $status }: say why in a few words, e.g. reason="snow day, school closed".
feedback-none-alone = { $option }: 'none' cannot go with other values; give 'none' alone.
feedback-program-is-a-term = '{ $text }' is a term, not a program's name

feedback-answer-rated = { $school } · { $teacher } — rated { $rating }/5
feedback-answer-not-held = { $school } · { $teacher } — { $status }: { $reason }
feedback-answer-went-well = {"    "}went well: { $text }
feedback-answer-improve = {"    "}to improve: { $text }
feedback-answer-lists = {"    "}technical problems: { $problems } · continue with: { $steps }
feedback-answer-not-said = not said

feedback-unchanged =
    Your feedback on session #{ $session } with { $partner } is saved as you give it; nothing changed.
    { $answer }
feedback-saved =
    Thank you! Saved your feedback on session #{ $session } with { $partner }.
        { $when }
    { $answer }
feedback-updated =
    Updated your feedback on session #{ $session } with { $partner }.
        { $when }
    { $answer }
feedback-not-answered-yet = Not answered yet: { $missing ->
        [problems] problems
        [continue_with] continue_with
       *[both] problems and continue_with
    }. Add with `{ $command }` (what you leave out stays as it is).
feedback-editable-until = You can change it until the report for term { $term } is closed.
feedback-never-confirmed = Session #{ $session } was never confirmed ({ $when }), so there is nothing to give feedback on.
feedback-session-cancelled = Session #{ $session } was cancelled before it took place; the report already counts it as cancelled.
feedback-not-begun = Session #{ $session } has not begun yet: { $when }. You will be asked for feedback when it ends.
feedback-term-closed = The report for term { $term } was closed on { $day } by { $closer }, so feedback on session #{ $session } can no longer be given or changed.

feedback-impression-elsewhere = Impressions of session #{ $session } are shared in that pair's joint channel: type the command there.
feedback-impressions-off = { $program } does not collect student impressions.
feedback-impression-saved = Thank you! Your impression is saved without your name; the teachers of both schools will read it.

feedback-session-or-partner = Give a session or a partner, not both.
feedback-summary-none = No session has taken place yet, so there is no feedback to read.
feedback-summary-which = Say which session or school: `/exchange feedback summary 12` or `partner=<school>`. `/exchange report` shows the whole program.
feedback-not-visible = Feedback is visible to the teachers of a session's two schools and to its program's coordinators only.
feedback-not-yours = You cannot read the feedback on session #{ $session }: it is visible to the teachers of the session's two schools and to its program's coordinators only.
feedback-summary-title = Session #{ $session } · { $school } – { $partner } · { $outcome ->
        [held] held
        [postponed] postponed
        [cancelled] cancelled
       *[unanswered] unanswered
    }
feedback-summary-no-answer = { $school }: no answer yet
feedback-summary-students = Students ({ $count }): { $impressions }

feedback-close-unnamed = Only a named term can be closed, e.g. 2027-1 (Mar–Aug) or 2027-2 (Sep–Feb).
feedback-closed-by-you = You closed term { $term } of { $program } on { $day }: answers about its sessions are final.
feedback-closed-already = Term { $term } of { $program } was already closed on { $day } by { $closer }.
feedback-closed = Closed term { $term } of { $program }: answers about its sessions can no longer be given or changed, and nobody is nudged about them.
feedback-impressions-asked = { $program } asks the joint channel for students' impressions after each session.
feedback-impressions-not-asked = { $program } no longer asks the joint channel for students' impressions after each session.
feedback-settings-unchanged = { $settings } Nothing changed.

## Asking for feedback when a session ends (bot/feedback/requests.py)

feedback-give-button = Give feedback
feedback-request =
    Session #{ $session } with { $partner } has ended. How did it go?
        { $when }
    Did it take place (held, postponed or cancelled, and why)? A rating from 1 to 5, what went well, what to improve, any technical problems (audio, video, connection, interpretation), and whether you want to continue: another online session, an in-person visit, a formal agreement.
    It takes two minutes: press the button, or type `/exchange feedback submit session={ $session } status=held rating=4 went_well="…" continue_with=visit`.
feedback-impressions-prompt = Session #{ $session } is over ({ $when }). Thank you, everyone! Students: how was it? Share one line, anonymously (your name is not stored): `/exchange feedback impression { $session } "It was fun to …"`
feedback-nudge =
    A reminder: { $school } has not yet given feedback on session #{ $session } with { $partner }.
        { $when }
    Two minutes now helps your coordinator plan what comes next (another online session, a visit, an agreement).
feedback-overdue =
    No feedback from { $school } on session #{ $session } with { $partner }: { $so_far }
        { $when }
    { $teachers } `/exchange report` lists every pair at risk.
feedback-overdue-teachers = Teachers: { $teachers }.
feedback-overdue-no-teachers = Teachers: none registered.
feedback-asked-not-reminded = asked on { $asked }, not reminded yet.
feedback-asked-no-teacher = asked on { $asked }, but it has no teacher on the bot to ask or remind.
feedback-asked-and-reminded = asked on { $asked } and reminded on { $reminded } ({ $count } reminder(s) sent, one to each teacher).

## The coordinators' report (bot/feedback/program_report.py and the modules it assembles)

report-title = Feedback report · { $program } · term { $term }
report-term-named = { $term } ({ $first } – { $last })
report-term-range = { $first } – { $last }
report-term-all = all (every term)
report-state-closed = Closed on { $day } by { $closer }: final.
report-state-range = A custom range: answers stay editable until their own term is closed.
report-state-open = Open: teachers can still answer and edit. Close it with `/exchange feedback close { $term }`.
report-sessions = Sessions ended or cancelled: { $sessions } — held { $held } · postponed { $postponed } · cancelled { $cancelled } · no answer yet { $unanswered }
report-response-rate = Response rate: { $rate } ({ $answered } of { $asked ->
        [one] { $asked } school side
       *[other] { $asked } school sides
    } answered; { $answers ->
        [one] { $answers } teacher answer
       *[other] { $answers } teacher answers
    })
report-ratings = Rating: mean { $mean } of 5 from { $count ->
        [one] { $count } rating
       *[other] { $count } ratings
    } · { $spread }
report-problems = Technical problems: { $problems }
report-problems-none = Technical problems: none reported
report-next-steps = Want to continue with: { $steps }
report-both-want = Both schools want { $step }: { $pairs }
report-funnel-heading = Stages by year (each pair at its latest stage by 31 Dec):
report-funnel-year = {"  "}{ $year }: { $stages }
report-stage-online = online exchange
report-stage-visit-planned = visit planned
report-stage-visited = visited
report-stage-mou-signed = MOU signed
report-stage-more-online = more online exchange
report-continuing-heading = Pairs that want to continue, both schools ({ $count }):
report-continuing-pair = {"  "}{ $pair }: at { $stage }, next: { $next }
report-series-heading = Series ({ $count }):
report-series-line = {"  "}{ $pair }, series #{ $series } { $cadence }: { $occurrences ->
        [one] { $occurrences } session
       *[other] { $occurrences } sessions
    } — held { $held } · moved { $moved } · skipped { $skipped } · cancelled { $cancelled } · to come { $to_come }; after school for { $city } { $count } of { $total }, for { $other_city } { $other_count } of { $total }
report-cadence-weekly = every week
report-cadence-every-2-weeks = every 2 weeks
report-cadence-every-3-weeks = every 3 weeks
report-cadence-every-4-weeks = every 4 weeks
report-cadence-monthly = every month, on the same weekday of the same week
report-activities-none = Activities (non-real-time exchanges): none.
report-activities = Activities (non-real-time exchanges): { $count } — { $standings }
report-activities-waiting = waiting for confirmation
report-activities-under-way = under way
report-activities-overdue = overdue
report-activities-done = done
report-activities-cancelled = cancelled
report-activity-overdue = {"  "}Overdue: { $pair }, { $kind } #{ $activity }: { $step } by { $school }, due { $due }
report-kind-video-letter = video letter exchange
report-kind-shared-board = shared board
report-kind-letters = handwritten letter exchange
report-kind-culture-box = culture box exchange
report-at-risk-heading = Pairs at risk ({ $count }):
report-pair-at-risk = {"  "}{ $pair }: { $risks }
report-at-risk-none = Pairs at risk: none.
report-risk-low-rating = rated { $rating }/5 by { $school } (session { $session })
report-risk-not-held = session { $session } { $outcome ->
        [postponed] postponed
       *[cancelled] cancelled
    }
report-risk-not-held-because = session { $session } { $outcome ->
        [postponed] postponed
       *[cancelled] cancelled
    }: { $reasons }
report-risk-no-practice = no practice-run reminder went out before session { $session }
report-risk-no-answer = no answer from { $school } about session { $session } after a week
report-risk-idle = no session and no activity for six school weeks of the term (since { $since })

report-attached = Attached: the ratings chart (PNG) and every answer (CSV).
report-attached-activities = Attached: the ratings chart (PNG), every answer (CSV) and every step of the term's activities (CSV).
report-csv-title = Every teacher answer
report-activities-csv-title = Every step of the term's activities
report-chart-title = Ratings · { $program } · { $term }
report-chart-description = Ratings over time
report-chart-rating-axis = rating (1–5)
report-chart-answers = answers (×n: n gave it that day)
report-chart-weekly-mean = weekly mean
report-chart-week-axis = week of the session (Mondays)
report-chart-no-ratings = no ratings yet
report-neither-program-nor-term = { $refusal } Nor is '{ $text }' a term: write { $accepted }.

## jointclass report (bot/cli/report.py)

report-cli-no-program = jointclass report: no program named '{ $name }' (known: { $programs })
report-cli-no-program-yet = jointclass report: no program named '{ $name }' (known: none yet)
report-cli-bad-term = jointclass report: --term: { $problem }
report-cli-cannot-write = jointclass report: cannot write { $path }: { $error }
report-cli-wrote-answers = Wrote { $count } answer(s) to { $path }.
report-cli-wrote-steps = Wrote { $count } activity step(s) to { $path }.
