## Who teaches at a school (bot/commands/membership.py, bot/schools/membership.py): asking to
## join, approving or declining, claim codes, leaving, removing a colleague.
## $number is a request's number; $at when, on the school's clock; $day a calendar day.

membership-join-declined-before = Your request to join { $school } was declined on { $day }. If that was a mistake, ask your program's coordinator for a claim code.
membership-join-asked = Asked to join { $school } ({ $id }) as request #{ $number }.
membership-join-until-then = Until then you see only what everyone sees; you will be told the answer.
membership-deciders-teachers = Its teachers have been asked to approve.
membership-deciders-coordinators = { $school } has no teacher yet, so its program's coordinators have been asked; if a coordinator gave you a claim code, `/exchange school claim CODE` instead.
membership-deciders-nobody = { $school } has no teacher and its program no coordinator yet, so nobody can approve it for now; a claim code from a coordinator lets you in at once.
membership-asked-already-done = You asked to join { $school } ({ $id }) as request #{ $number } at { $at }; its teachers or the program's coordinator will answer, and you will be told.
membership-asked-already = You asked to join { $school } ({ $id }) as request #{ $number } on { $day }; its teachers or the program's coordinator will answer, and you will be told.
membership-teaches-elsewhere = You already teach at { $id }; `/exchange school leave` first.
membership-joined-already = You joined { $school } ({ $id }) at { $at }; its teachers have been told.
membership-teacher-already = You are already a teacher of { $school }.
# to the school's teachers, with Approve and Decline buttons; $platform is slack, discord or console
membership-join-request = { $person } ({ $platform } user { $user } in workspace { $workspace }) asks to join { $school } ({ $id }) as a teacher, request #{ $number }. Approve only someone you know teaches there: `/exchange teacher approve { $number }` or `/exchange teacher decline { $number }`.
# to the program's coordinators when the school has no teacher; $request is the message above
membership-join-request-no-teacher = { $school } has no teacher yet. { $request }
membership-button-approve = Approve
membership-button-decline = Decline
# $how: coordinator, survey or code
membership-joined-notice = { $person } joined { $school } as a teacher on { $platform }, { $how ->
        [coordinator] as its program's coordinator
        [survey] as the teacher the demand survey names
       *[code] with a claim code
    }.
membership-welcome = You are now a teacher of { $school } ({ $id }), { $how ->
        [coordinator] as its program's coordinator
        [survey] as the teacher the demand survey names
       *[code] with a claim code
    }.
membership-colleagues-told = Told { $count } colleague(s).
membership-pairings-sent = A tie-up paired { $school } before it had a teacher here: its teachers are sent { $count } pairing message(s) now.
membership-request-withdrawn = Your request to join { $id } (#{ $number }) is withdrawn.
# $scope: school (the caller's, $school), program (the schools they coordinate) or both
membership-no-such-request = No request to join { $scope ->
        [school] { $school }
        [program] the schools of your program
       *[both] { $school } or the schools of your program
    } matches '{ $text }'. Waiting: { $waiting }.
membership-no-such-request-none-waiting = No request to join { $scope ->
        [school] { $school }
        [program] the schools of your program
       *[both] { $school } or the schools of your program
    } matches '{ $text }'. None is waiting.
membership-requests-ambiguous = '{ $text }' matches several requests: { $waiting }. Give the number.
# $decision: approved or declined
membership-decided-already-done = You { $decision ->
        [approved] approved
       *[declined] declined
    } request #{ $number } of { $person } to join { $id } moments ago; they have been told.
# $status: approved, declined, withdrawn or another; $by is who decided, $at when (UTC)
membership-request-decided = Request #{ $number } { $status ->
        [approved] was approved by { $by } at { $at }
        [declined] was declined by { $by } at { $at }
        [withdrawn] was withdrawn: the asker asked for another school or registered one
       *[pending] is no longer waiting
    }; nothing was changed.
membership-approved-notice = { $by } approved { $person } ({ $platform }) as a teacher of { $school }.
membership-approved-teaches-elsewhere = { $person } already teaches at { $id }; nothing was changed.
membership-approved-teaches-at-another = { $person } already teaches at another school; nothing was changed.
membership-approved-to-asker = { $by } approved your request: you are now a teacher of { $school } ({ $id }). `/exchange help` shows what teachers can do.
membership-approved = { $person } is now a teacher of { $school }; they have been told.
membership-declined-to-asker = { $by } declined your request to join { $school }. If this is a mistake, ask your program's coordinator.
membership-declined-to-asker-why = { $by } declined your request to join { $school }: “{ $reason }” If this is a mistake, ask your program's coordinator.
membership-declined = Declined { $person }'s request to join { $school }; they have been told.
membership-remove-no-match = No teacher of { $school } matches '{ $text }'. Its teachers: { $teachers }.
membership-remove-no-match-no-teachers = No teacher of { $school } matches '{ $text }'. Its teachers: none.
membership-remove-ambiguous = '{ $text }' matches several teachers: { $teachers }. Give the id.
membership-remove-yourself = To stop teaching there yourself, use `/exchange school leave`.
membership-removed-already = { $person } is no longer a teacher of { $school }.
membership-removed-to-teacher = { $by } removed you from the teachers of { $school }. If this is a mistake, ask your program's coordinator.
membership-removed-notice = { $by } removed { $person } from the teachers of { $school }.
membership-removed = { $person } is no longer a teacher of { $school }; they have been told.
membership-not-in-charge = Only the teachers of { $school } and its program's coordinators can do this.
membership-left = You are no longer a teacher of { $school }.
membership-left-notice = { $person } left { $school }.
membership-code-not-your-program = You can hand out claim codes only for the schools of your program; { $school } is not one of them.
# $until is when it expires, in UTC (2027-01-18 10:00 UTC)
membership-code-issued =
    Claim code for { $school } ({ $id }): { $code }
    It works once, until { $until }. Give it to the school's teacher, who types `/exchange school claim { $code }`. Codes handed out for this school before stop working.
membership-claimed-already = You claimed { $school } ({ $id }) with this code at { $at }; you are its teacher.
membership-code-unknown = That is not a claim code the bot handed out: check it with the coordinator who gave it to you.
membership-code-used = That claim code was already used, on { $day }. Ask your coordinator for a new one.
membership-code-expired = That claim code expired on { $until }. Ask your coordinator for a new one.
