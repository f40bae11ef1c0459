## `/exchange help`（bot/commands/help.py）。指令與選項名稱、用法和範例都照輸入的方式保留。

help-overview = Joint Class Bot 指令一覽（輸入 `/exchange help <command>` 查看詳細說明）：
help-usage = 用法：{ $usage }
help-options = 選項：
help-who = 可使用的人：{ $who }
help-example = 範例：{ $example }
help-who-anyone = 任何人
help-who-teachers = 已登記學校的教師
help-who-coordinators = 計畫協調人
help-who-teachers-and-coordinators = 已登記學校的教師與計畫協調人
help-option-help = { $help }。
help-option-choices = 以下之一：{ $choices }。
help-option-accepts = 接受{ $accepted }。
help-option-accepts-list = 接受{ $accepted }（以逗號分隔的清單）。
help-option-range = 範圍 { $low }–{ $high }。
help-option-required = 必填。
help-option-default = 預設為 { $default }。

cmd-help = 列出所有指令，或說明一個指令的用法、選項與範例。
cmd-help-opt-command = 要說明的指令，例如 'school register'
