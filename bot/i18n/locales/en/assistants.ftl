## Remote class assistants (bot/commands/assistants.py, bot/assistants/*, bot/cli/assistants.py).
## Option names (hours=, languages=) and commands stay as typed in every language.
## $id is a session's or an assistant's number; $when a time in both schools' zones (or the
## assistant's own first); $languages two languages interpreted between (Korean–Japanese);
## $pair the two schools (Hanbit Middle School × Sakura Junior High).

## An assistant's profile, a line each; $status is pending, approved, paused, left or declined
assistant-profile = { $profile }
assistant-profile-title = #{ $id } { $name } ({ $platform }) — { $status ->
        [pending] waiting for a coordinator's approval
        [approved] approved: offered sessions
        [paused] paused: offered nothing new
        [left] no longer an assistant (left)
       *[declined] not approved
    }
assistant-profile-languages = Languages: { $languages }
# $hours and $timezone as the assistant wrote them
assistant-profile-hours = Hours: { $hours } ({ $timezone })
assistant-profile-limit = At most { $count } session(s) a month
assistant-profile-away = Away: { $vacations }

## A session as its assistant reads it; $details is its type, topic and links
assistant-session =
    #{ $id } { $pair }, interpreting { $languages }
        { $when }
        { $details }

## Volunteering
# $profile is the assistant's profile, several lines
assistant-registered =
    Thank you! You are registered as assistant #{ $id } of { $program }; its coordinators have been asked to approve you.
    { $profile }
assistant-program-unknown = There is no program named '{ $name }'.
assistant-registered-already = You are already registered as assistant #{ $id } ({ $status ->
        [pending] waiting for a coordinator's approval
        [approved] approved: offered sessions
       *[paused] paused: offered nothing new
    }). `/exchange assistant show` shows your profile and `/exchange assistant edit` changes it.
assistant-hours-needed = hours: give at least one window, e.g. 'Mon-Fri 09:00-18:00'.
assistant-two-languages-needed = languages: an interpreter needs at least two, e.g. languages=ko,ja.
assistant-not-registered = You are not registered as a remote class assistant. Volunteer with `/exchange assistant register languages=ko,ja hours="Mon-Fri 09:00-18:00" timezone=Asia/Seoul`.
assistant-seen-by-coordinators = Coordinators see the assistants of their own program only; `/exchange assistants list` lists them.
assistant-show-sessions = Sessions:
# $state is offered or accepted; $session is the session, several lines
assistant-show-session = ({ $state ->
        [offered] offered
       *[accepted] accepted
    }) { $session }
assistant-show-no-sessions = No session is offered to or assisted by them yet.
assistant-edit-nothing = Nothing to change: give at least one option, e.g. max_per_month=3.
# $changed lists the option names that changed
assistant-updated =
    Updated your profile: { $changed }.
    { $profile }
assistant-edit-released = You no longer assist these sessions; each is offered to someone else:
# $why is an assistant-because-rule message
assistant-edit-released-row = {"  "}#{ $id }: { $why }
assistant-paused = Paused: no new session is offered to you. Those you accepted stay yours (`/exchange assistant withdraw <session>` hands one back). `/exchange assistant resume` when you are back.
assistant-resumed = Welcome back: sessions that need you will be offered to you again.
# $verb is pause or resume
assistant-nothing-to-switch = You are { $status ->
        [pending] waiting for a coordinator's approval
        [approved] approved: offered sessions
        [paused] paused: offered nothing new
        [left] no longer an assistant (left)
       *[declined] not approved
    }, so there is nothing to { $verb ->
        [pause] pause
       *[resume] resume
    }.
assistant-left-already = You already left; `/exchange assistant register` to come back.
assistant-left = You are no longer a remote class assistant. Thank you for your help!
assistant-left-released = You are no longer a remote class assistant. Thank you for your help! The { $count } session(s) you were to assist are offered to others.

## Coordinators deciding
# to each coordinator of the program
assistant-volunteers =
    { $name } volunteers as a remote class assistant of { $program }:
    { $profile }
assistant-button-approve = Approve
assistant-button-decline = Decline
assistant-approved = { $name } is approved: sessions that need them are offered to them (`/exchange assistants match`).
assistant-declined = { $name } is not approved; they have been told.
assistant-unknown = No assistant is registered under that name or number; `/exchange assistants list` lists them.
assistant-ref-invalid = '{ $text }' names no assistant; mention them (@mina) or give their number from `/exchange assistants list` (#3)
assistant-not-your-program = Assistant #{ $id } volunteers in a program you do not coordinate.
assistant-decided-already = { $name } is already { $status ->
        [approved] approved
       *[declined] declined
    }.
assistant-theirs-to-change = { $name } is { $status ->
        [paused] paused: offered nothing new
       *[left] no longer an assistant (left)
    }; only they can change that.
# to the assistant; $by is the coordinator
assistant-approved-notice = { $by } approved you as a remote class assistant of { $program }: sessions that need you will be offered to you, each with Accept and Decline.
assistant-declined-notice = { $by } did not approve you as a remote class assistant of { $program }.
# $reason is the coordinator's words
assistant-declined-notice-why = { $by } did not approve you as a remote class assistant of { $program }: { $reason }

## Offers and answers
# to the assistant; $session is the session, several lines
assistant-offer =
    You are asked to assist an online exchange of { $program }:
    { $session }
    Accept with `/exchange assistant accept { $id }`, or let it go to someone else with `/exchange assistant withdraw { $id }`.
assistant-button-accept = Accept
assistant-accepted =
    Thank you! You assist session #{ $id }; both schools have been told.
    { $session }
    You get the practice run, the day-before checklist and the day's agenda with your part in each step.
assistant-withdrawn-reoffered = You will not assist session #{ $id }; it is offered to another assistant. Thank you for saying so.
assistant-withdrawn-uncovered = You will not assist session #{ $id }; nobody else is free for it yet; the coordinators will see it. Thank you for saying so.
assistant-no-such-session = You have no session #{ $id }. `/exchange assistant show` lists yours.
assistant-no-longer = You no longer assist session #{ $id }.
# $why is what the assistant wrote when they withdrew
assistant-no-longer-why = You no longer assist session #{ $id } ({ $why }).
assistant-session-over = Session #{ $id } was cancelled or has begun; there is nothing to answer.
assistant-assists-already = You already assist session #{ $id }.
# to teachers and the joint channel
assistant-assists = { $name } will assist session #{ $id } ({ $pair }, { $when }), interpreting { $languages }.
# to the assistant; $session is the session, several lines
assistant-session-moved =
    Session #{ $id } you assist has moved:
    { $session }
# to the assistant; $because is an assistant-because-… message
assistant-released = You no longer assist session #{ $id } ({ $pair }, { $when }): { $because }
assistant-because-cancelled = the session was cancelled.
# $when in the assistant's own zone first
assistant-because-moved = it moved to { $when }, when you are not free.
assistant-because-languages = it now asks for { $languages }, and you do not speak both.
assistant-because-left = you left the program.
assistant-because-unapproved = a coordinator withdrew your approval.
assistant-because-rule = { $rule ->
        [language] you no longer list both of its languages.
        [declined] you declined it.
        [vacation] you are away then.
        [hours] it is outside your hours now.
        [busy] it is within 15 minutes of another session you assist.
       *[monthly_cap] it is over your monthly limit now.
    }

## Asking for an assistant, as teachers read it
# $outcome is one of assistance-assists, assistance-offered, assistance-uncovered
assistance-asked = Session #{ $id } ({ $when }) asks for an assistant interpreting { $languages }. { $outcome }
assistance-assists = { $name } assists, interpreting { $languages }.
assistance-offered = An assistant who interprets { $languages } is offered the session; both schools hear when they accept.
# $reason is one or two assistant-reason-… sentences
assistance-uncovered = No assistant who interprets { $languages } is free for it yet. { $reason } The program's coordinators try again when they match assistants.
# to both schools' teachers; $now says where the session's assistance stands
assistance-lost = { $name } can no longer assist session #{ $id } ({ $pair }, { $when }). { $now }
# $language is the schools' one main language and $code its ISO code
assistance-same-language = Both schools teach in { $language }, so there is nothing to interpret between their main languages: name the two, e.g. languages={ $code }-en.
assistance-session-over = Session #{ $id } was cancelled or has begun; an assistant can only be asked for a session to come.

## Why a session has no assistant
assistant-reason-nobody-speaks = Nobody in the program speaks both { $first } and { $second }.
assistant-reason-not-free = { $count ->
        [one] The one assistant of the program who speaks both is not free then (their hours, vacations, other sessions or monthly limit).
       *[other] The { $count } assistants of the program who speak both are not free then (their hours, vacations, other sessions or monthly limit).
    }
assistant-reason-never-free = None of them is free at any time that week.
# $at in both schools' zones
assistant-reason-nearest = The nearest start that week at which one is free: { $at }.
assistant-reason-declined = { $name } declined this session.
assistant-reason-away = { $name } is away then.
assistant-reason-hours = { $name } is not available then ({ $hours }, { $timezone }), with 15 minutes either side.
assistant-reason-busy = { $name } assists session #{ $other } within 15 minutes of it.
# $month is a month and its year (March 2027); $count the assistant's monthly limit
assistant-reason-monthly-cap = { $name } already assists { $count } session(s) in { $month }, their monthly limit.

## After the session
# to the assistant
assistant-survey-request = Thank you for assisting session #{ $id } ({ $pair }, { $when })! Three short questions: did it take place, how did it go (1 to 5), and what would help you next time? Press the button, or type `/exchange assistant survey { $id } took_place=yes rating=5 comment="…"`.
assistant-button-survey = Answer the survey
# to each teacher of both schools; $partner is the other school
assistance-rating-request = { $name } interpreted session #{ $id } with { $partner } ({ $when }). How much did the assistance help, from 1 to 5? Press the button, or type `/exchange feedback assistance { $id } rating=5`.
assistance-button-rate = Rate the assistance
assistant-survey-not-assisted = You did not assist session #{ $id }; the survey is for sessions you assisted.
assistant-survey-not-ended = Session #{ $id } has not ended yet.
assistant-survey-rating-needed = rating is needed when it took place: 1 (hard) to 5 (went well).
assistant-survey-rating-unwanted = rating is only for sessions that took place; leave it out.
assistant-survey-saved = Thank you! Your answer on session #{ $id } is saved; submitting again changes it.
assistance-rating-no-assistant = Session #{ $id } had no remote class assistant.
assistance-rating-too-early = Session #{ $id } has not taken place; rate the assistance after it.
# $rating is 1 to 5
assistance-rated = Thank you! You rated { $name }'s assistance in session #{ $id } { $rating } of 5; rating again changes it.

## The program's setting
assistance-auto-ask-on = { $program } asks for an assistant by itself for every new session of a pair without a language both schools teach in.
assistance-auto-ask-off = { $program } asks for an assistant only when a teacher does.

## Coordinators: the list and the matching
assistants-list-none = { $program } has no assistants yet.
# $status is the state asked for
assistants-list-none-in-state = { $program } has no assistants { $status ->
        [pending] pending
        [approved] approved
        [paused] paused
        [left] left
       *[declined] declined
    } yet.
assistants-list-heading = Assistants of { $program }:
assistants-list-approve = Approve #{ $id } { $name }
assistants-match-dates-reversed = to is before from: give the first date, then the last.
# $window: both (from $first to $last), from ($first on), to (until $last) or all
assistants-match-headline = Assistants for { $program } ({ $window ->
        [both] { $first } to { $last }
        [from] { $first } to the last session
        [to] now to { $last }
       *[all] every session to come
    }): { $asked } session(s) ask; { $kept } already have one, { $added } newly matched, { $uncovered } uncovered.
# $state is offered, accepted or new (matched by this run)
assistants-match-row = {"  "}#{ $id } { $pair }, { $when }, { $languages }: { $name } ({ $state ->
        [offered] offered
        [accepted] accepted
       *[new] new
    })
assistants-match-uncovered = Uncovered ({ $count }):
# $reason is one or more assistant-reason-… sentences
assistants-match-uncovered-row = {"  "}#{ $id } { $pair }, { $when }, { $languages }: { $reason }
assistants-match-offered = Offered { $count } session(s); each assistant is asked to accept.
# $command is the same command with apply=yes
assistants-match-not-offered = Nothing is offered yet: `/exchange { $command }` offers the new matches.
assistants-match-offer-button = Offer them
assistants-match-file-title = Assistants matched in { $program }
assistants-cli-dates-reversed = jointclass assistants match: --to is before --from.
assistants-cli-not-offered = Nothing offered: --apply offers the new matches to their assistants.
assistants-cli-offered = Offered { $count } session(s); the running bot asks each assistant to accept.

## The program's report
assistance-report-heading = Remote class assistants: { $asked } session(s) asked for one; { $covered } covered ({ $accepted } accepted, { $offered } offered and waiting), { $uncovered } uncovered.
assistance-report-uncovered = {"  "}Uncovered: #{ $id } { $pair }, { $when }, { $languages }: { $reason }
# $hours served, with one decimal
assistance-report-served = {"  "}{ $name }: { $sessions } session(s), { $hours } h; not rated yet
# $mean of the teachers' ratings, with one decimal; $count how many
assistance-report-served-rated = {"  "}{ $name }: { $sessions } session(s), { $hours } h; teachers rate the assistance { $mean } of 5 ({ $count } rating(s))
assistance-report-surveys = {"  "}Assistants' surveys: { $answered } of { $asked } answered; { $missed } said the session did not take place.
assistance-report-surveys-rated = {"  "}Assistants' surveys: { $answered } of { $asked } answered, mean { $mean } of 5; { $missed } said the session did not take place.
