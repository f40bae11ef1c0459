## Coordinators and who you are (bot/commands/coordination.py). Only `whoami` is converted so
## far; the coordinator commands' texts are still written in the code.

whoami-you = You are { $name } on { $platform }.
whoami-teacher = Teacher of { $school } ({ $id }).
whoami-no-school = Not a teacher of any school yet (`/exchange school register`).
whoami-coordinator-of-several = Coordinator of { $programs }; your current program: { $current }.
whoami-coordinator = Coordinator of { $program }.
whoami-language = You read the bot in { $language }.
