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
adapters-console-import-unread = { $problem }. Use `/import survey.csv --program "Seoul IJC 2027"` (and, as `jointclass import` takes them, --create-program, --move-from PROGRAM, --dry-run).
adapters-console-import-which-file = Import which file? Use `/import survey.csv --program "Seoul IJC 2027"` (and, as `jointclass import` takes them, --create-program, --move-from PROGRAM, --dry-run).
adapters-console-import-cannot-read = Cannot read { $path }: { $error }.
