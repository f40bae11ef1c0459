## `/exchange help`（bot/commands/help.py）。コマンド名、オプション名、使い方、例は入力するとおりです。

help-overview = Joint Class Bot のコマンド一覧です。詳しくは `/exchange help <command>` で見られます。
help-usage = 使い方: { $usage }
help-options = オプション:
help-who = 使える人: { $who }
help-example = 例: { $example }
help-who-anyone = だれでも
help-who-teachers = 登録された学校の教員
help-who-coordinators = プログラムのコーディネーター
help-who-teachers-and-coordinators = 登録された学校の教員とプログラムのコーディネーター
help-option-help = { $help }。
help-option-choices = 次のいずれかです: { $choices }。
help-option-accepts = { $accepted } を受け付けます。
help-option-accepts-list = { $accepted } を受け付けます（カンマ区切りの一覧）。
help-option-range = 範囲は { $low }–{ $high } です。
help-option-required = 必須です。
help-option-default = 既定値は { $default } です。

cmd-help = すべてのコマンドを一覧にするか、一つのコマンドの使い方、オプション、例を説明します。
cmd-help-opt-command = 説明するコマンド（例: 'school register'）
