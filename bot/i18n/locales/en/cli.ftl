## What `jointclass` prints for people (bot/cli, bot/adapters/discord/sync.py), in the
## program's language (JOINTCLASS_LANGUAGE). Command and option names (--apply, --csv,
## DISCORD_TOKEN), program and school names, ids and paths stay as written; `--json` and the
## CSV files are data and never translated.

cli-configuration-problem = jointclass: configuration problem: { $problem }
cli-no-program = jointclass { $job }: no program named '{ $name }'. Programs: { $programs }.
cli-no-program-none = jointclass { $job }: no program named '{ $name }'. Programs: none.
cli-import-codes-in-dry-run = jointclass import: --codes writes codes; a --dry-run writes nothing
cli-import-cannot-read = jointclass import: cannot read { $path }: { $error }
cli-import-unreadable = jointclass import: { $path }: { $problem }

cli-import-cannot-write-codes = { $path }: nothing imported; cannot write { $codes }: { $error }
cli-match-no-folder = jointclass match: --csv: no folder { $folder } to write into
cli-match-progress = [{ $seconds } s] { $step }
cli-match-done = done
cli-match-heading = Tie-up of { $program } · week of { $week } · overlap >= { $duration } min · { $schools } schools with places left · { $feasible } feasible pairs
cli-match-totals = { $pairs } pairs (the most possible) · total quality { $quality } · { $open } school(s) keep open places
cli-match-column-home = HOME
cli-match-column-partner = PARTNER
cli-match-column-overlap = OVERLAP
cli-match-column-language = LANG
cli-match-column-score = SCORE
cli-match-column-school = SCHOOL
cli-match-column-open = OPEN
cli-match-column-reason = REASON
cli-match-minutes = { $minutes } min
cli-match-continuing = continuing
cli-match-wrote-csv = Wrote every pair and school with open places to { $path }
cli-match-nothing-created = Nothing created: add --apply to create these partnerships and notify the schools.
cli-match-created = Created { $created } partnership(s). The running bot tells the teachers of { $told } school(s) now; { $waiting } school(s) with no teacher on the bot yet are told when their first teacher joins.
cli-match-not-created = {"  "}not created: { $home } + { $partner }: { $reason }
cli-propose-refused = jointclass propose: { $problem }
cli-sessions-listed = { $count } session(s) of { $program }:
cli-sessions-none = { $program } has no sessions.
cli-sessions-none-in-status = { $program } has no sessions { $status }.
cli-discord-declaration-problem = jointclass discord-sync: { $problem }
cli-discord-declaration-problem-unsent = jointclass discord-sync: { $problem }; nothing was sent.
cli-discord-no-token = jointclass discord-sync: set DISCORD_TOKEN to the bot token of your Discord application (see README, Discord).
cli-discord-token-refused = jointclass discord-sync: Discord refused DISCORD_TOKEN; copy the bot token again from the Developer Portal.
cli-discord-forbidden = jointclass discord-sync: Discord refused to register commands in server { $guild }: invite the bot there with the applications.commands scope.
cli-discord-http-error = jointclass discord-sync: Discord answered { $status }: { $text }
cli-discord-registered = Registered { $commands } Discord commands ({ $declared } with their subcommands) for { $target }.
cli-discord-up-to-date = The Discord commands are already up to date for { $target }; nothing sent (--force sends them anyway).
cli-discord-every-server = every server
cli-discord-server = server { $guild }
cli-discord-invite = Invite link: { $url }
