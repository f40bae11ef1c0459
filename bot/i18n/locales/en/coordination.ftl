## Coordinators and who you are (bot/commands/coordination.py).

whoami-you = You are { $name } on { $platform }.
whoami-teacher = Teacher of { $school } ({ $id }).
whoami-no-school = Not a teacher of any school yet (`/exchange school register`).
whoami-asked-to-join = Not a teacher of any school yet: you asked to join { $school } on { $day } (request #{ $request }), waiting for a teacher of { $school } or its coordinator to answer.
whoami-coordinator-of-several = Coordinator of { $programs }; your current program: { $current }.
whoami-coordinator = Coordinator of { $program }.
whoami-language = You read the bot in { $language }.

coordinator-current-program = Program: { $program }, your current one (`program=` names another; `/exchange coordinator use` switches).
coordinator-not-your-program = You do not coordinate a program named '{ $name }'. Yours: { $programs }.
coordinator-already = { $user } is already a coordinator of { $program }.
coordinator-made-you = { $by } made you a coordinator of { $program }.
coordinator-added = { $user } is now a coordinator of { $program }.
coordinator-list = Coordinators of { $program }: { $coordinators }.
coordinator-acts-on = Your coordinator commands act on { $program } when you name no program. You coordinate: { $programs }. `/exchange coordinator use <program>` switches.
coordinator-now-acts-on = Your coordinator commands now act on { $program } unless you give program=….
