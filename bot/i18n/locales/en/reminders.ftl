## Reminders (bot/reminders/, bot/commands/reminders.py): what each reminder says, to whom,
## and the `reminders` and `coordinator lead-times` replies. Commands in `…` stay as typed.

# a whole text made of lines, each already a message
reminder-text = { $text }
# two or more items listed: $first, then the rest (itself a list)
reminder-list = { $first }, { $rest }
reminder-item = • { $item }

# $kind is lead, preliminary, practice, day_before, agenda, step or end
reminder-kind = { $kind ->
    [lead] lead-time reminder (topic, program type, coordinator, interpreter)
    [preliminary] preliminary meeting with the partner teacher
    [practice] device and connection check, practice run
    [day_before] day-before checklist
    [agenda] day-of agenda
    [step] step nudge
   *[end] end of session: feedback request
}
reminder-kind-step = step nudge: { $title }

reminder-audience-teachers = teachers of { $school }
reminder-audience-assistant = session's assistant
reminder-audience-coordinators = coordinators of { $program }
reminder-audience-channel = joint channel
reminder-audience-both-schools = teachers of both schools (no joint channel is linked)
reminder-audience-no-channel = joint channel (none is linked yet)

# how long until the session; $unit is months, weeks, tomorrow, days, hours, hours-minutes,
# minutes or now
reminder-until = { $unit ->
    [months] in { $count } { $count ->
        [one] month
       *[other] months
    }
    [weeks] in { $count } { $count ->
        [one] week
       *[other] weeks
    }
    [tomorrow] tomorrow
    [days] in { $count } { $count ->
        [one] day
       *[other] days
    }
    [hours] in { $count } hours
    [hours-minutes] in { $count } hours { $minutes } minutes
    [minutes] in { $minutes } minutes
   *[now] now
}

reminder-when = When: { $span }
# $type is the program type, $links says which of the video and agenda links exist
reminder-details = { $links ->
    [video] { $type } · topic: { $topic } · video: { $video }
    [agenda] { $type } · topic: { $topic } · agenda: { $agenda }
    [videoagenda] { $type } · topic: { $topic } · video: { $video } · agenda: { $agenda }
   *[none] { $type } · topic: { $topic }
}
reminder-topic-to-be-agreed = to be agreed
reminder-topic-not-agreed = not agreed yet

## The preparation reminders: a headline, when, the details, then what to do
reminder-head = The online exchange { $pair } (session #{ $session }) is { $until }: { $kind ->
    [lead] time to start preparing
    [preliminary] time for a preliminary meeting with the partner teacher
    [practice] time for a device check and a practice run
   *[day_before] the checklist
}.
reminder-coordinators-head = { $program }: The online exchange { $pair } (session #{ $session }) is { $until }. The teachers are asked to:
reminder-lead-confirm = Confirm the topic ({ $topic }) and the program type ({ $type }) between the two teachers.
reminder-lead-tell-coordinator = Tell the program's coordinator ({ $program }) what you plan.
reminder-lead-interpreter = If the classes need an interpreter, ask for a remote class assistant: `/exchange assist { $session }`.
reminder-preliminary-meeting = Hold a preliminary meeting of the two teachers, by video call rather than e-mail (with an interpreter if needed): agree on the program, the roles and the tool.
reminder-preliminary-no-times = Agree on a time by message; `/exchange propose duration=30` lists times both schools are in.
# $times are meeting times separated by ;
reminder-preliminary-times = Times both schools are in for a { $minutes }-minute meeting: { $times }.
reminder-practice-devices = Check the devices: enough for the groups, cameras, microphones and speakers.
reminder-practice-connection = Check the connection (Wi-Fi) in the room you will use and the video call: { $link }.
reminder-practice-connection-no-link = Check the connection (Wi-Fi) in the room you will use and the video call: no link yet, agree on one now.
reminder-practice-run = Hold a practice run with the partner teacher on the same tool, group rooms included.
reminder-video-link = Video call: { $link }.
reminder-video-link-none = No video-call link yet: agree on one today.
# $titles lists the agenda's steps
reminder-day-before-agenda = Agenda: { $titles } (`/exchange agenda show { $session }`).
reminder-day-before-devices = Devices charged and connected, the room ready, the students know the plan.
reminder-day-before-interpreter = Interpreter or remote class assistant confirmed, if you have one.
reminder-day-before-roles = Roles: who calls the roll, who opens the group rooms, who keeps the time.

## The remote class assistant's reminders; $languages is the pair they interpret
reminder-assistant-head = The online exchange { $pair } (session #{ $session }), where you interpret { $languages }, is { $until }: { $kind ->
    [practice] time for a practice run with the teachers
   *[day_before] your checklist
}.
reminder-assistant-practice-run = Join the teachers' practice run on the same video tool, group rooms included: { $link }.
reminder-assistant-practice-run-no-link = Join the teachers' practice run on the same video tool, group rooms included: the teachers will share the link.
reminder-assistant-headset = Check your headset, microphone and connection from where you will interpret.
reminder-assistant-key-words = Ask the teachers for the topic's key words in both languages.
reminder-assistant-video-link-none = No video-call link yet: ask the teachers for it.
reminder-assistant-agenda = Agenda: { $titles }; tomorrow's agenda message shows your part in each step.
reminder-assistant-names-ready = Have the schools' names and the topic's key words ready in both languages.

## The day-of agenda and the step nudges
reminder-agenda-today = Today's agenda: { $pair }
reminder-agenda-button = Agenda
reminder-agenda-assistant = Remote class assistant: { $name }, interpreting { $languages }.
# $start is the step's start in both zones
reminder-agenda-step = { $number }. { $start } — { $title } ({ $minutes } min)
reminder-agenda-step-guidance = {"   "}{ $guidance }
reminder-step-now = Now: { $title } ({ $minutes } min, until { $end }).
reminder-step-guidance = { $guidance }
reminder-step-next = Next: { $title }.
reminder-delayed = Delayed: this reminder was due { $due }; the bot was not running then.
reminder-ended = The online exchange { $pair } has ended ({ $span }). How did it go? A short feedback request comes next.

## To coordinators, after the bot was down
reminder-skipped-head = While the bot was not running, { $count } reminder(s) came due and were too late to be useful, so they were skipped:
reminder-skipped-row = • session #{ $session } ({ $pair }, { $span }): { $kind }, due { $due }, for the { $audiences }

## In the booking reply: preparation already due, reminders moved off closed days
reminder-missed-head = The exchange is { $until }, so some preparation the programs recommend is already due (those reminders will not be sent late); please see to it now:
reminder-missed-kind = { $kind ->
    [lead] Lead-time reminder (topic, program type, coordinator, interpreter)
    [preliminary] Preliminary meeting with the partner teacher
    [practice] Device and connection check, practice run
   *[day_before] Day-before checklist
} (was due { $due }):
reminder-missed-item = {"  "}• { $item }
reminder-moved-head = Reminders that would fall on a day their school is closed go out on its previous open day, at the same time:
# $closure is the holiday's or vacation's name, $day the day it falls on
reminder-moved-row = {"  "}• { $kind }, to the { $audience }: { $due } ({ $day } is { $closure } in { $city })

## Activity deadlines; $lead is week or day, $days the days left (0 today, 1 tomorrow)
reminder-deadline = Reminder: step { $step } of { $activity } is due { $days ->
        [0] today
        [one] tomorrow
       *[other] in { $days } days
    }: { $task }, { $due }.
    When it is done: `{ $done }`.
reminder-deadline-moved = The reminder { $lead ->
        [week] a week before
       *[day] a day before
    } step { $step } goes out { $due }: { $day } is { $closure } in { $city }.

## `reminders`: the upcoming ones, a line per moment
reminder-list-none = No upcoming reminders. A session's reminders are planned when it is booked (`/exchange confirm`).
# $shown is all (one page holds them all) or part
reminder-list-heading = Upcoming reminders ({ $shown ->
        [all] all { $total }
       *[part] { $first }–{ $last } of { $total }
    }):
# $due in both zones, $kind what it is, $audiences who gets it
reminder-list-row = • { $due } — { $kind } to the { $audiences } · session #{ $session }, { $pair }
# $row is the line above, $error what went wrong on the last try
reminder-list-row-retrying = { $row } (retrying after: { $error })

## `coordinator lead-times`; $times is a line per reminder
reminder-lead-times =
    Lead times of { $program }:
    { $times }
reminder-lead-times-unchanged =
    Lead times of { $program } already are these; nothing changed:
    { $times }
reminder-lead-times-saved =
    Lead times of { $program } saved:
    { $times }
    Re-planned the reminders of { $replanned } booked session(s).
reminder-lead-times-agenda-too-early = agenda={ $agenda } is not on the day; give at most 24h, e.g. 60m or 2h
# $name is the option (lead, preliminary, practice, day_before, agenda), $value as typed
reminder-lead-time-off = • { $name }={ $value }: off
reminder-lead-time = • { $name }={ $value }: { $amount } { $name ->
        [lead] before the session: confirm topic and type, tell the coordinator, interpreter
        [preliminary] before: the preliminary meeting of the two teachers
        [practice] before: device and connection check, practice run
        [day_before] before: the checklist
       *[agenda] before the start, on the day: the agenda in the joint channel
    }
# one part of a lead time: 3 months, 1 week, 2 days, 1 hour, 30 minutes
reminder-amount = { $unit ->
    [months] { $count } { $count ->
        [one] month
       *[other] months
    }
    [weeks] { $count } { $count ->
        [one] week
       *[other] weeks
    }
    [days] { $count } { $count ->
        [one] day
       *[other] days
    }
    [hours] { $count } { $count ->
        [one] hour
       *[other] hours
    }
   *[minutes] { $count } { $count ->
        [one] minute
       *[other] minutes
    }
}

## The console's demo clock (`/clock`); $time is e.g. Mon 11 Jan 2027 09:00 UTC
reminder-clock-time = { $day } { $time } UTC
reminder-clock-stop = [clock] { $time }
reminder-clock-moved = Moved the clock to { $time }.
reminder-clock-backwards = The demo clock only moves forward; it is { $time }.
reminder-clock-how-much = Advance by how much? Use `/clock` to see the time, `/clock advance 30d` (mo, w, d, h, m) or `/clock to 2027-04-01T09:00Z` to move it.
reminder-clock-unknown = Unknown clock directive '{ $verb }'. Use `/clock` to see the time, `/clock advance 30d` (mo, w, d, h, m) or `/clock to 2027-04-01T09:00Z` to move it.
# $problem says what is wrong with what was typed
reminder-clock-problem = { $problem }. Use `/clock` to see the time, `/clock advance 30d` (mo, w, d, h, m) or `/clock to 2027-04-01T09:00Z` to move it.
reminder-clock-not-an-instant = '{ $text }' is not an instant; write it like 2027-01-11T09:00Z or 2027-01-11T18:00+09:00
reminder-clock-no-zone = '{ $text }' has no zone; end it with Z (UTC) or an offset like +09:00
