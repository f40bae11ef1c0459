## The demand-survey import (bot/schools/survey_import.py, import_program.py), as
## `jointclass import` and the console's `/import` tell the coordinator. Column names, school
## ids, option names (--program, --move-from) and values as found in the file stay as written.

survey-imported = Imported { $source } into { $program }: { $counts }.
survey-dry-run = Dry run, nothing written: importing { $source } into { $program } would give { $counts }.
survey-counts = { $created } new, { $updated } updated, { $unchanged } unchanged, { $moved } moved
survey-new = {"  "}new { $school_id }: { $name }
survey-updated = {"  "}updated { $school_id }: { $changes }
survey-moved = {"  "}moved { $school_id } from { $program }
survey-moved-changed = {"  "}moved { $school_id } from { $program }: { $changes }
survey-column-changed = { $column } { $old } → { $new }
survey-contact-set = { $column } set
survey-contact-cleared = { $column } cleared
survey-codes-written = Wrote { $count } claim code(s) to { $path }, each for one school without a teacher, single-use, valid until { $until }: give each school's teacher its own (`/exchange school claim CODE`).
survey-ignored-columns = Ignored column(s) not in the survey format: { $columns }
survey-coordinators = Coordinator(s) { $coordinators } run { $program }; their commands in chat now act on it (`/exchange coordinator use` switches).
survey-nothing-imported = { $source }: nothing imported; { $count } problem(s) to fix:
survey-problem = {"  "}{ $problem }
survey-on-line = line { $line }: { $problem }
survey-header-lacks = the header lacks column(s): { $missing }. Expected: { $expected } (and, if you have them: { $optional })
survey-too-many-schools = the file has more than { $limit } schools
survey-row-width = { $values } values, but the header has { $columns } columns; put values that contain commas in double quotes
survey-duplicate-id = school_id { $school_id } already appears on line { $first }
survey-no-schools = the file has a header but no schools
survey-lookalike-in-file = name '{ $name }' looks just like { $other } ({ $other_id }, line { $other_line }); give each school a name that tells them apart
survey-lookalike-in-program = name '{ $name }' looks just like { $other } ({ $other_id }), already in the program: use its school_id to update it, or give a name that tells them apart
survey-bad-account = teacher_account: { $problem }
survey-bad-email = teacher_email: '{ $email }' is not an e-mail address
survey-quote-not-closed = a quoted value is never closed: add the closing "
survey-text-after-quote = text follows a closing quote: put the whole value in double quotes
survey-value-too-long = a value is longer than { $limit } characters
survey-not-csv = this is not valid CSV ({ $reason })
survey-value-empty = { $column } is empty
survey-bad-school-id = school_id '{ $school_id }' may use only letters, digits, . _ - (at most 64)
survey-bad-side = side '{ $side }' must be home or partner
survey-not-utf8 = the file is not UTF-8 text (byte { $byte }); save it as 'CSV UTF-8' and import again
survey-too-big = the file is { $size } MB; at most { $limit } MB is accepted (about { $schools } schools). Split it and import the parts.
survey-program-lookalike = There is no program '{ $name }', but there is '{ $similar }', which looks just like it: did you mean --program "{ $similar }"?
survey-no-program = There is no program '{ $name }' (programs: { $programs }). Check --program, or add --create-program to create it.
survey-no-program-yet = There is no program '{ $name }' (programs: none yet). Check --program, or add --create-program to create it.
survey-kept-changing = the schools kept changing while they were imported; import the file again
survey-schools-elsewhere = { $count } school(s) of the file belong to another program: { $schools }. To move them into { $program }, add --move-from "{ $elsewhere }"; otherwise check --program.
survey-schools-elsewhere-several = { $count } school(s) of the file belong to another program: { $schools }. To move them into { $program }, import each program's schools on their own, with its --move-from; otherwise check --program.
survey-schools-and-more = { $schools } and { $more } more
survey-refused = { $path }: nothing imported. { $reason }
