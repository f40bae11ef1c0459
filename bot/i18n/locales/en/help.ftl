## `/exchange help` (bot/commands/help.py). Command and option names, usage lines and examples
## stay as declared: they are what the reader types. Summaries, descriptions and option help
## are the declarations' own messages (cmd-…, in each area's file).

help-overview = Joint Class Bot commands (type `/exchange help <command>` for details):
help-usage = Usage: { $usage }
help-options = Options:
help-who = Who may run it: { $who }
help-example = Example: { $example }
help-who-anyone = anyone
help-who-teachers = teachers of a registered school
help-who-coordinators = program coordinators
help-who-teachers-and-coordinators = teachers of a registered school and program coordinators
# $help is the option's declared help, without its final full stop
help-option-help = { $help }.
help-option-choices = One of: { $choices }.
help-option-accepts = Accepts { $accepted }.
help-option-accepts-list = Accepts { $accepted } (a list, separated by ,).
help-option-range = Range { $low }–{ $high }.
help-option-required = Required.
help-option-default = Default { $default }.
