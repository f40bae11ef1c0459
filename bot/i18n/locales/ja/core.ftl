## すべてのコマンドに共通の文: ディスパッチャー、文法、値の型の拒否（bot/core/dispatch.py、grammar.py、
## value_types.py）と、コマンドを使える人（context.py）。オプション名、コマンド名、<date> などの
## プレースホルダーはどの言語でも宣言どおりです。

dispatch-refusal-with-usage = { $problem }
    使い方: { $usage }
    詳しくは: /exchange help { $command }
dispatch-unknown-command = 「{ $command }」というコマンドはありません。
dispatch-unknown-options = { $command } にないオプションです: { $options }
dispatch-no-school-matches = 「{ $text }」に当たる学校がありません。学校IDか名前を書いてください。`/exchange school list` で一覧を見られます。
dispatch-several-schools-match = 「{ $text }」に当たる学校が複数あります: { $schools }。IDを書いてください。
dispatch-unexpected = 申し訳ありません。こちら側で問題が起き、何も変更されていません。再び起きたら、ボットの運用者にこのエラーIDを伝えてください: { $error_id }
access-not-a-teacher = まだ登録された学校の教員ではありません。`/exchange school register` で学校を登録するか、`/exchange school join <school>` で参加してください。
access-not-a-coordinator = プログラムのコーディネーターだけが行えます。コーディネーターが `/exchange coordinator add @you` で追加できます。

grammar-command-too-long = コマンドが { $length } 文字あります。上限は { $limit } 文字です。
grammar-quote-unclosed = { $position } 文字目で開いた引用符が閉じていません。閉じる " を加えてください。
grammar-which-command = どのコマンドですか。`/exchange help` ですべてのコマンドを見られます。
grammar-not-a-command-of-group = 「{ $asked }」というコマンドはありません。「{ $group }」のコマンドは次のとおりです: { $commands }
grammar-slash-command-typed-again = `{ $meant }` のことですか。`exchange` はスラッシュコマンドそのものなので、`/exchange { $meant } …` と入力してください。
grammar-unknown-command = 「{ $word }」というコマンドはありません。`/exchange help` ですべてのコマンドを見られます。
grammar-unknown-command-close = 「{ $word }」というコマンドはありません。`{ $close }` のことですか。`/exchange help` ですべてのコマンドを見られます。
grammar-takes-no-options = { $command } にはオプションがありませんが、「{ $option }=」が指定されました。
grammar-unknown-option = { $command } に「{ $option }」というオプションはありません。使えるオプションは { $options } です。
grammar-unknown-option-close = { $command } に「{ $option }」というオプションはありません。「{ $close }=」のことですか。使えるオプションは { $options } です。
grammar-option-twice = オプション「{ $option }」が二度指定されています。一度だけ指定してください。
grammar-unexpected-value = 「{ $text }」は予期しない値です。{ $command } はここでこれ以上の値を受け付けません。
grammar-option-needed = { $command } には { $option } が必要です: { $help }
grammar-option-too-long = { $option } が { $length } 文字あります。受け付けるのは { $limit } 文字までです。
grammar-option-needs-a-value = { $option } には値が一つ以上必要です: { $help }
grammar-option-empty = { $option } が空です: { $help }
grammar-control-character = { $option } に制御文字 { $code } が含まれています。削除してください。
grammar-option-problem = { $option }: { $problem }
grammar-option-unreadable = { $option }: 「{ $text }」は { $accepted } ではありません。
grammar-choice-unknown = { $option }: 「{ $text }」は受け付けられません。次のいずれかを選んでください: { $choices }。
grammar-choice-unknown-close = { $option }: 「{ $text }」は受け付けられません。「{ $close }」のことですか。次のいずれかを選んでください: { $choices }。
grammar-date-out-of-range = { $option }: { $date } は範囲外です。{ $first } から { $last } までの日付を受け付けます。
grammar-number-too-large = { $option }: { $value } は大きすぎます。{ $limit } までの数を受け付けます。
grammar-number-out-of-range = { $option }: { $value } は範囲外です。{ $low } から { $high } までにしてください。
grammar-number-too-small = { $option }: { $value } は範囲外です。{ $low } 以上にしてください。
grammar-number-too-big = { $option }: { $value } は範囲外です。{ $high } 以下にしてください。

value-integer-invalid = 「{ $text }」は整数ではありません
value-date-invalid = 「{ $text }」は日付ではありません。2027-03-09 のように YYYY-MM-DD で書いてください
value-time-invalid = 「{ $text }」は時刻ではありません。15:30 のように HH:MM（24時間制）で書いてください
value-time-twelve-hour = 「{ $text }」は時刻ではありません。am/pm を付けるとき、時は 1 から 12 です
value-time-out-of-range = 「{ $text }」に当たる時刻はありません。時は 00–23、分は 00–59 です
value-duration-invalid = 「{ $text }」は時間の長さではありません。90（分）、1h30m、1:30 のように書いてください
value-school-missing = 学校が必要です。学校ID（`school list` を参照）か名前を書いてください
value-user-invalid = 「{ $text }」はユーザーではありません。@alice のようにメンションしてください

## Names people read (bot/core/names.py): refused when they hide characters.
core-name-what-name = 名前
core-name-what-program = プログラム名
core-name-kind-direction = 周りの文字の向きを逆にしたり並べ替えたりする制御文字
core-name-kind-control = 制御文字
core-name-kind-invisible = 見えない文字
core-name-hidden-at-start = { $what }の先頭に{ $kind }（{ $codepoint }）が含まれています。ほかの名前と見分けがつかなくなるおそれがあります。この文字を除いて入力し直してください。
core-name-hidden-after = { $what }の「{ $before }」の後に{ $kind }（{ $codepoint }）が含まれています。ほかの名前と見分けがつかなくなるおそれがあります。この文字を除いて入力し直してください。
core-name-empty = { $what }が空です。

## 長い一覧を1ページずつ（bot/core/pages.py）
page-past-the-end = page: { $size } 件ずつで { $pages } ページしかありません。1 から { $pages } までのページを指定してください。
page-next = 次の { $count } 件

## 値の型が受け付けるもの（ヘルプとエラーに表示）
value-text-accepted = 任意のテキスト（空白を含むなら引用符で囲む）
value-integer-accepted = 整数
value-date-accepted = 2027-03-09 のような日付
value-duration-accepted = 分（90）、1h30m または 1:30
value-school-accepted = 学校IDか名前
value-user-accepted = @alice のようなユーザーのメンション
value-claim-code-accepted = KR7Q-M3XD-9PTA-HC2W のような参加コード
value-name-accepted = 名前（空白を含むなら引用符で囲む）

## 各領域の値の型が受け付けない入力: 学年（bot/schools）、学期（bot/feedback）、リマインダーの時期
## （bot/reminders）、通訳する言語の組（bot/assistants）

value-grades-invalid = 「{ $text }」は学年ではありません。5-6 や 1,3 のように書いてください
value-grades-out-of-range = 「{ $text }」は 1 から 12 までの学年の範囲ではありません
value-term-no-such-date = 「{ $text }」にはカレンダーにない日付があります
value-term-invalid = 「{ $text }」は学期ではありません。2027-1（3–8 月）や 2027-2（9–2 月）のような学期、2027-03-01..2027-05-31 のような日付の範囲、または all で書いてください
value-lead-time-invalid = 「{ $text }」はリマインダーの時期ではありません。3mo、1mo、2w、1d、60m、1h30m のように（mo 月、w 週、d 日、h 時間、m 分）書くか、off と書いてください
value-lead-time-zero = 「{ $text }」は 0 の長さです。このリマインダーを止めるには off と書いてください
value-lead-time-too-far = 「{ $text }」は 1 年より先です。最大で 12mo です
value-language-pair-invalid = 「{ $text }」は二つの言語ではありません。ko-ja のように書いてください
value-lead-time-accepted = 3mo、1w、1d、60m（mo、w、d、h、m）のようなリマインダーの時期、または off
value-language-pair-twice = 「{ $text }」には { $language } が二回あります。異なる二つの言語を書いてください
value-subdivision-unknown = subdivision: 「{ $text }」は { $country } の地域ではありません。次のどれかを書いてください: { $listed }
value-subdivision-none = subdivision: 「{ $text }」は { $country } の地域ではありません。{ $country } の祝日は全国共通なので、地域は受け付けません

## Choices and value types declared by more than one area's commands.

choice-1w = 毎週
choice-2w = 2週間ごと
choice-3w = 3週間ごと
choice-4w = 4週間ごと
choice-cancelled = キャンセル済み
choice-cultural_exchange = 文化交流
choice-discussion = ディスカッション
choice-joint_production = 共同制作
choice-no = いいえ
choice-off = オフ
choice-on = オン
choice-pending = 保留中
choice-presentation = 発表
choice-recreation = レクリエーション
choice-yes = はい
value-language-pair-accepted = ko-ja のような ISO 639-1 コード二つ
value-link-accepted = https:// で始まるウェブアドレス
value-local-time-accepted = 'Tue 15:00'、'15:00'（次の15:00）、'2027-03-09 15:00' のような現地時刻
value-term-accepted = 2027-1（3–8 月）や 2027-2（9–2 月）のような学期、2027-03-01..2027-05-31 のような日付の範囲、または all

inbox-not-carried-out = { $hours ->
        [0] { $minutes ->
            [0] たった今
           *[other] { $minutes } 分前に
        }
       *[other] { $hours } 時間前に
    }入力されたコマンド `/exchange { $command }` は実行されませんでした。{ $reason ->
        [crashes] 試すたびにボットが停止しました。
       *[late] 実行する前にボットが停止し、{ $platform } はもうこのコマンドへの返答を受け付けません。
    }何も変更されていません。まだ必要なら、もう一度実行してください。
inbox-late-answer = { $hours ->
        [0] { $minutes ->
            [0] たった今
           *[other] { $minutes } 分前に
        }
       *[other] { $hours } 時間前に
    }入力されたコマンド `/exchange { $command }` の返答です{ $files ->
        [none] {""}
       *[some] （ファイルはコマンドをもう一度実行すると受け取れます）
    }:
    { $answer }
