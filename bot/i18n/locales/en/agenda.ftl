## The day-of agenda (bot/sessions/agenda_templates.py, bot/commands/reminders.py): the
## built-in templates' steps and the `agenda show|edit|template` replies. Steps a teacher
## wrote are shown as written; commands in `…` and option names stay as typed.

# $type is a program type
agenda-program-type = { $type ->
    [presentation] Presentations
    [discussion] Discussion
    [recreation] Recreation
    [joint_production] Joint production
   *[cultural_exchange] Cultural exchange
}

## The templates' steps and what each is for
agenda-step-roll-call = Roll call
agenda-step-roll-call-guidance = Everyone joins the call; each teacher checks attendance, cameras and sound.
agenda-step-introductions = Self-introductions
agenda-step-introductions-guidance = Brief self-introductions, in the partner class's language where students can.
agenda-step-group-rooms-guidance = Teachers visit each room and encourage everyone to take part.
agenda-step-wrap-up-guidance = Everyone returns to the main screen: one thing learned, thanks, what is next.
agenda-step-wrap-up = Wrap-up on the main screen
agenda-step-presentations = Presentations
agenda-step-presentations-guidance = Each class presents on the theme with its prepared slides.
agenda-step-group-rooms-questions = Group rooms: questions and answers
agenda-step-theme = Theme and questions
agenda-step-theme-guidance = Introduce the theme and the questions to discuss.
agenda-step-group-rooms-discussion = Group rooms: discussion
agenda-step-wrap-up-report = Wrap-up: groups report back
agenda-step-show-and-tell = Show and tell
agenda-step-show-and-tell-guidance = Our country and region, school life, what is new with us.
agenda-step-group-rooms-free-talk = Group rooms: free talk
agenda-step-games = Games and quizzes
agenda-step-games-guidance = Activities anyone can join, whatever their language.
agenda-step-group-rooms-team-games = Group rooms: team games
agenda-step-plan-work = Plan the joint work
agenda-step-plan-work-guidance = Agree on the goal (mural, website, video) and roles.
agenda-step-group-rooms-create = Group rooms: create together
agenda-step-wrap-up-result = Wrap-up: show the result
# the remote class assistant's part in a step; $role is first, last, group-rooms or between
agenda-interpretation = { $role ->
    [first] Interpretation: { $name } greets both classes and interprets the teachers' words.
    [last] Interpretation: { $name } interprets the thanks and what comes next.
    [group-rooms] Interpretation: { $name } joins the group room that most needs interpreting.
   *[between] Interpretation: { $name } interprets between the two classes.
}

## Steps typed with `agenda edit steps=…`
agenda-steps-no-length = '{ $item }' needs a title and a length, e.g. 'Roll call 5' or 'Quiz 20m'
agenda-steps-title-too-long = the step title '{ $start }…' is over { $limit } characters
agenda-steps-length-unread = '{ $item }' must end with the step's length in minutes, e.g. 'Quiz 20' or 'Quiz 20m'
agenda-steps-no-time = '{ $item }' lasts no time; every step needs at least one minute
agenda-steps-none = give at least one step, e.g. 'Roll call 5; Activity 45; Wrap-up 10'
agenda-steps-too-many = { $count } steps are too many; an agenda has at most { $limit }

## `agenda show`, `agenda edit`
agenda-no-such-session = You have no session #{ $session }. `/exchange sessions` lists your school's.
agenda-which-session = Which session? Give its number, e.g. `/exchange agenda show 3`.
agenda-no-upcoming = { $school } has no upcoming session. `/exchange propose` suggests times to book.
agenda-heading = Agenda of session #{ $session }: { $pair }
agenda-new = New agenda: { $pair }
agenda-cancelled = Session #{ $session } was cancelled, so this agenda will not be posted. `/exchange propose` suggests a new time.
agenda-cancelled-because = Session #{ $session } was cancelled ({ $reason }), so this agenda will not be posted. `/exchange propose` suggests a new time.
# $template is the program type the steps come from
agenda-custom-steps = Steps written by the teachers (started from the { $template } template).
agenda-template-steps = The { $template } template, time-boxed to { $minutes } minutes.
agenda-not-scheduled = It is not scheduled for posting (the session is not booked, or the program turned the agenda reminder off).
agenda-posted = Posted to the joint channel { $at }.
agenda-to-be-posted = It is posted to the joint channel { $at }.
# $nudges is on or off
agenda-nudges-and-steps = Step nudges are { $nudges } (`/exchange agenda edit { $session } nudges={ $nudges ->
        [on] off
       *[off] on
    }`). Change steps with `/exchange agenda edit { $session } steps="Roll call 5; …"`.
agenda-nudges = Step nudges: { $nudges }.
agenda-saved = Saved; both schools' teachers have been told.
# to both schools' teachers; $who changed it, $school is theirs
agenda-changed = { $who } ({ $school }) changed the agenda of session #{ $session }.
agenda-edit-nothing = Nothing to change: give steps=…, template=… or nudges=on|off.
agenda-edit-steps-or-template = Give steps or template, not both: a template replaces the steps.
agenda-edit-not-yours = Only the teachers of the two schools can change this agenda.
agenda-edit-cancelled = Session #{ $session } was cancelled.
agenda-edit-begun = Session #{ $session } has already begun.
agenda-edit-posted = The agenda of session #{ $session } was already posted to the joint channel ({ $at }); it can no longer change.
# $problem says what is wrong with the steps typed
agenda-edit-steps-problem = steps: { $problem }
agenda-edit-steps-total = steps: they add up to { $total } minutes, but session #{ $session } lasts { $minutes }; lengthen or shorten a step by { $difference } minutes.

## `agenda template`
agenda-templates-heading = Agenda templates (each follows the class procedure: roll call, self-introductions, the main activity, group rooms, wrap-up):
# $type as typed, $label its name, $titles its steps
agenda-templates-row = • { $type } ({ $label }): { $titles }
agenda-templates-see-one = See one time-boxed: `/exchange agenda template discussion minutes=90`.
agenda-template-heading = { $label } template for { $minutes } minutes:
# $offset is the step's start from the session's, e.g. +0:05
agenda-template-step = • { $offset } { $title } ({ $minutes } min): { $guidance }
agenda-template-use = Use it for a session: `/exchange agenda edit <session> template={ $type }`.
