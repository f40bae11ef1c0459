## Coordinators and who you are (bot/commands/coordination.py). Only `whoami` is converted so
## far; the coordinator commands' texts are still written in the code.

whoami-you = You are { $name } on { $platform }.
whoami-teacher = Teacher of { $school } ({ $id }).
whoami-no-school = Not a teacher of any school yet (`/exchange school register`).
whoami-asked-to-join = Not a teacher of any school yet: you asked to join { $school } on { $day } (request #{ $request }), waiting for a teacher of { $school } or its coordinator to answer.
whoami-coordinator-of-several = Coordinator of { $programs }; your current program: { $current }.
whoami-coordinator = Coordinator of { $program }.
whoami-language = You read the bot in { $language }.
