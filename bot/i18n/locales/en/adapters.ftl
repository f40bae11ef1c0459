## The adapters' own messages (bot/adapters): what Discord, Slack and the console say before or
## around a command, in the reader's language.

adapters-discord-outdated = Discord sent a command this bot does not have (its list of commands may be out of date): try again in a minute, or ask whoever runs the bot to run `jointclass discord-sync`.
adapters-discord-incomplete = Discord sent this command without all it needs; try it again.
adapters-discord-posted = Done: the answer is posted in this channel.
adapters-discord-expired-button = This button no longer works; run its command again.
adapters-discord-expired-form = This form no longer works; run its command again.
adapters-console-only-exchange = Only /exchange commands are understood here, not { $command }. Try: /exchange help
adapters-console-clock-demo-only = The clock moves only in a demo, on a throwaway database: start the console with `jointclass console --demo-clock 2027-01-11T09:00Z`, then `/clock advance 30d` moves it and fires the reminders due on the way.
adapters-console-banner = Joint Class Bot console. Type `/exchange help`, `@name` before a command to act as someone else, and Ctrl-D to leave.
adapters-console-banner-demo-clock = Joint Class Bot console. Type `/exchange help`, `@name` before a command to act as someone else, and Ctrl-D to leave.
    Demo clock: `/clock` shows it, `/clock advance 30d` or `/clock to 2027-04-12T06:00Z` moves it, firing each reminder due on the way.

## Around any message, on Slack and Discord: the reader's own time, the whole text as a file.
adapters-whole-text = The whole text
adapters-more-lines = { $count ->
    [one] … { $count } more line did not fit in this message; { $file }, attached, has all of it.
   *[other] … { $count } more lines did not fit in this message; { $file }, attached, has all of it.
}
adapters-more-items = { $count ->
    [one] … { $count } more item did not fit in this message; { $file }, attached, has all of it.
   *[other] … { $count } more items did not fit in this message; { $file }, attached, has all of it.
}
adapters-your-local-time = Your local time: { $time }
adapters-session-starts = Session starts, your time: { $time }

## A form's inputs, on Slack and Discord: the option's help as a sentence, what it accepts.
adapters-form-help = { $help }.
adapters-form-accepts = Accepts { $accepted }.
adapters-form-several = Separate several with commas.
adapters-form-accepts-several = { $accepted }; several separated by commas

## Slack's forms and files.
adapters-slack-form-submit = Submit
adapters-slack-form-cancel = Cancel
adapters-slack-expired-form = This form is no longer known to the bot; run the command again to open a new one.
adapters-slack-channel-names-taken = Slack already has channels named #{ $first } to #{ $last }; choose another name for the joint channel.
adapters-slack-files-not-sent = Sorry, { $files } could not be sent. Run the command again to get the file(s).

## Discord's joint channels: the category every member of the server sees, and the audit log.
adapters-discord-category = Joint classes
adapters-discord-category-reason = Joint channels of school partnerships
adapters-discord-channel-reason = Joint channel of a school partnership

## The console's survey import.
adapters-console-import-usage = Use `/import survey.csv --program "Seoul IJC 2027"` (and, as `jointclass import` takes them, `--create-program`, `--move-from PROGRAM`, `--dry-run`).
adapters-console-import-which-file = Import which file? { $usage }
adapters-console-import-unreadable = This line does not read as a file and options: a quotation mark is left open. { $usage }
adapters-console-cannot-read = { $problem ->
    [missing] Cannot read { $path }: there is no such file.
    [folder] Cannot read { $path }: it is a folder, not a file.
    [denied] Cannot read { $path }: the bot may not open it.
   *[unknown] Cannot read { $path }: { $reason }.
}
adapters-console-saved = Saved { $path }
