## What every command shares: the dispatcher's, the grammar's and the value types' refusals
## (bot/core/dispatch.py, grammar.py, value_types.py) and who may run a command (context.py).
## Option names, command names and placeholders (<date>) stay as declared in every language.

# A refusal that the command's usage helps fix; $problem is already in this language.
dispatch-refusal-with-usage = { $problem }
    Usage: { $usage }
    More: /exchange help { $command }
dispatch-unknown-command = Unknown command '{ $command }'.
dispatch-unknown-options = Unknown option(s) for { $command }: { $options }
dispatch-no-school-matches = No school matches '{ $text }'. Give a school id or name; `/exchange school list` shows them.
dispatch-several-schools-match = '{ $text }' matches several schools: { $schools }. Use the id.
dispatch-unexpected = Sorry, something went wrong on our side and nothing was changed. If it happens again, give the bot's operator this error id: { $error_id }
access-not-a-teacher = You are not a teacher of a registered school yet. Register yours with `/exchange school register` or join one with `/exchange school join <school>`.
access-not-a-coordinator = Only a program coordinator can do this. A coordinator can add you with `/exchange coordinator add @you`.

grammar-command-too-long = That command is { $length } characters long; the limit is { $limit }.
grammar-quote-unclosed = A quote opened at position { $position } is never closed: add a closing ".
grammar-which-command = Which command? Type `/exchange help` to see them all.
grammar-not-a-command-of-group = '{ $asked }' is not a command. Commands of '{ $group }': { $commands }
grammar-slash-command-typed-again = Did you mean `{ $meant }`? `exchange` is the slash command itself: type `/exchange { $meant } …`.
grammar-unknown-command = Unknown command '{ $word }'. Type `/exchange help` to see them all.
grammar-unknown-command-close = Unknown command '{ $word }'. Did you mean `{ $close }`? Type `/exchange help` to see them all.
grammar-takes-no-options = { $command } takes no options, but got '{ $option }='.
grammar-unknown-option = Unknown option '{ $option }' for { $command }. Options: { $options }.
grammar-unknown-option-close = Unknown option '{ $option }' for { $command }. Did you mean '{ $close }='? Options: { $options }.
grammar-option-twice = Option '{ $option }' is given twice; give it once.
grammar-unexpected-value = Unexpected '{ $text }': { $command } takes no more values here.
grammar-option-needed = { $command } needs { $option }: { $help }
grammar-option-too-long = { $option } is { $length } characters long; at most { $limit } are accepted.
grammar-option-needs-a-value = { $option } needs at least one value: { $help }
grammar-option-empty = { $option } is empty: { $help }
grammar-control-character = { $option } contains the control character { $code }; remove it.
grammar-option-problem = { $option }: { $problem }
grammar-option-unreadable = { $option }: '{ $text }' is not { $accepted }.
grammar-choice-unknown = { $option }: '{ $text }' is not accepted. Choose one of: { $choices }.
grammar-choice-unknown-close = { $option }: '{ $text }' is not accepted. Did you mean '{ $close }'? Choose one of: { $choices }.
grammar-date-out-of-range = { $option }: { $date } is out of range; dates from { $first } to { $last } are accepted.
grammar-number-too-large = { $option }: { $value } is too large; numbers up to { $limit } are accepted.
grammar-number-out-of-range = { $option }: { $value } is out of range; it must be from { $low } to { $high }.
grammar-number-too-small = { $option }: { $value } is out of range; it must be at least { $low }.
grammar-number-too-big = { $option }: { $value } is out of range; it must be at most { $high }.

value-integer-invalid = '{ $text }' is not a whole number
value-date-invalid = '{ $text }' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-09
value-time-invalid = '{ $text }' is not a time; write it as HH:MM (24-hour), e.g. 15:30
value-time-twelve-hour = '{ $text }' is not a time; with am/pm the hour is 1 to 12
value-time-out-of-range = '{ $text }' is not a time of day; hours run 00–23 and minutes 00–59
value-duration-invalid = '{ $text }' is not a duration; write minutes (90), 1h30m or 1:30
value-school-missing = a school is needed: give its id (see `school list`) or its name
value-user-invalid = '{ $text }' is not a user; mention them, e.g. @alice

## Names people read (bot/core/names.py): refused when they hide characters.
## $codepoint is Unicode's name of the character (U+200B ZERO WIDTH SPACE), $before the name
## up to it; $what is core-name-what-*, $kind core-name-kind-*.
core-name-what-name = name
core-name-what-program = program name
core-name-kind-direction = a control that reverses or reorders the text around it
core-name-kind-control = a control character
core-name-kind-invisible = an invisible character
core-name-hidden-at-start = the { $what } contains { $kind } ({ $codepoint }) at the start: it would make the { $what } look like another. Type it again without it.
core-name-hidden-after = the { $what } contains { $kind } ({ $codepoint }) just after '{ $before }': it would make the { $what } look like another. Type it again without it.
core-name-empty = the { $what } is empty

## Long lists a page at a time (bot/core/pages.py)
page-past-the-end = page: there { $pages ->
        [one] is only { $pages } page(s)
       *[other] are only { $pages } page(s)
    } of { $size }; ask for page 1 to { $pages }.
# the button showing the next $count items
page-next = Next { $count }

## What the domains' own value types refuse: grades (bot/schools), terms (bot/feedback),
## reminder lead times (bot/reminders), interpreting pairs (bot/assistants)

value-grades-invalid = '{ $text }' is not a grade; write grades like 5-6 or 1,3
value-grades-out-of-range = '{ $text }' is not a grade range from 1 to 12
value-term-no-such-date = '{ $text }' holds a date that does not exist
value-term-invalid = '{ $text }' is not a term; write a term like 2027-1 (Mar–Aug) or 2027-2 (Sep–Feb), dates 2027-03-01..2027-05-31, or all
value-lead-time-invalid = '{ $text }' is not a lead time; write e.g. 3mo, 1mo, 2w, 1d, 60m or 1h30m (mo months, w weeks, d days, h hours, m minutes), or off
value-lead-time-zero = '{ $text }' is no time at all; to stop this reminder write off
value-lead-time-too-far = '{ $text }' is more than a year ahead; at most 12mo is accepted
value-language-pair-invalid = '{ $text }' is not two languages; write them like ko-ja
value-language-pair-twice = '{ $text }' names { $language } twice; give two languages
value-subdivision-unknown = subdivision: '{ $text }' is not a subdivision of { $country }; accepted: one of: { $listed }
value-subdivision-none = subdivision: '{ $text }' is not a subdivision of { $country }; accepted: none (its holidays are national only)

## The inbox (bot/core/inbox.py): a direct message about a command that a stopped bot could not
## answer where it was typed. $hours is 0 within the first hour, then $minutes does not count.
inbox-not-carried-out = Your command `/exchange { $command }` of { $hours ->
        [0] { $minutes ->
            [0] a moment ago
            [one] a minute ago
           *[other] { $minutes } minutes ago
        }
        [one] an hour ago
       *[other] { $hours } hours ago
    } was not carried out: { $reason ->
        [crashes] it stopped the bot each time it was tried
       *[late] the bot stopped before it could, and { $platform } no longer takes an answer to it
    }. Nothing was changed; run it again if you still need it.
inbox-late-answer = The answer to your command `/exchange { $command }` of { $hours ->
        [0] { $minutes ->
            [0] a moment ago
            [one] a minute ago
           *[other] { $minutes } minutes ago
        }
        [one] an hour ago
       *[other] { $hours } hours ago
    }{ $files ->
        [none] {""}
       *[some] {" "}(without its files: run the command again to get them)
    }:
    { $answer }
