## アダプター（bot/adapters）自身のメッセージ: Discord、Slack、コンソールがコマンドの前後に、読む人の言語で伝えます。

adapters-discord-outdated = Discord からこのボットにないコマンドが届きました（コマンドの一覧が古い可能性があります）。少し待ってからもう一度試すか、ボットの運用担当者に `jointclass discord-sync` の実行を頼んでください。
adapters-discord-incomplete = Discord から必要な内容がそろっていないコマンドが届きました。もう一度試してください。
adapters-discord-posted = 完了しました。答えはこのチャンネルに投稿しました。
adapters-discord-expired-button = このボタンはもう使えません。コマンドをもう一度実行してください。
adapters-discord-expired-form = このフォームはもう使えません。コマンドをもう一度実行してください。
adapters-console-only-exchange = ここで使えるのは /exchange のコマンドだけです。{ $command } は使えません。/exchange help を試してください
adapters-console-clock-demo-only = 時計が進むのは、捨ててもよいデータベースで動かすデモの中だけです。`jointclass console --demo-clock 2027-01-11T09:00Z` でコンソールを始めてから `/clock advance 30d` と入力すると、時計が進み、その間に予定されたリマインダーが送られます。
adapters-console-banner = Joint Class Bot のコンソールです。`/exchange help` と入力してください。コマンドの前に `@名前` を書くと別の人として実行でき、Ctrl-D で終わります。
adapters-console-banner-demo-clock = Joint Class Bot のコンソールです。`/exchange help` と入力してください。コマンドの前に `@名前` を書くと別の人として実行でき、Ctrl-D で終わります。
    デモの時計: `/clock` で時刻を表示し、`/clock advance 30d` や `/clock to 2027-04-12T06:00Z` で時計を進めます。その間に予定されたリマインダーが送られます。

## Around any message, on Slack and Discord: the reader's own time, the whole text as a file.
adapters-whole-text = 全文
adapters-more-lines = { $count ->
   *[other] … 残りの { $count } 行はこのメッセージに収まりませんでした。添付の { $file } にすべてあります。
}
adapters-more-items = { $count ->
   *[other] … 残りの { $count } 件はこのメッセージに収まりませんでした。添付の { $file } にすべてあります。
}
adapters-your-local-time = あなたの現地時刻: { $time }
adapters-session-starts = セッション開始（あなたの現地時刻）: { $time }

## A form's inputs, on Slack and Discord: the option's help as a sentence, what it accepts.
adapters-form-help = { $help }。
adapters-form-accepts = { $accepted } の形で入力してください。
adapters-form-several = 複数ある場合はカンマで区切ってください。
adapters-form-accepts-several = { $accepted }（複数ある場合はカンマ区切り）

## Slack's forms and files.
adapters-slack-form-submit = 送信
adapters-slack-form-cancel = キャンセル
adapters-slack-expired-form = このフォームはボットにもう登録されていません。コマンドをもう一度実行して、新しいフォームを開いてください。
adapters-slack-channel-names-taken = Slack にはすでに #{ $first } から #{ $last } までのチャンネルがあります。合同チャンネルには別の名前を付けてください。
adapters-slack-files-not-sent = 申し訳ありません。{ $files } を送れませんでした。ファイルを受け取るには、コマンドをもう一度実行してください。

## Discord's joint channels: the category every member of the server sees, and the audit log.
adapters-discord-category = 合同授業
adapters-discord-category-reason = 学校パートナーシップの合同チャンネル
adapters-discord-channel-reason = 学校パートナーシップの合同チャンネル

## The console's survey import.
adapters-console-import-usage = `/import survey.csv --program "Seoul IJC 2027"` のように入力してください（`jointclass import` と同じく `--create-program`、`--move-from PROGRAM`、`--dry-run` も使えます）。
adapters-console-import-which-file = どのファイルを取り込むか指定してください。{ $usage }
adapters-console-import-unreadable = この行はファイルとオプションとして読めません。引用符が閉じられていません。{ $usage }
adapters-console-cannot-read = { $problem ->
    [missing] { $path } を読めません。そのファイルはありません。
    [folder] { $path } を読めません。ファイルではなくフォルダです。
    [denied] { $path } を読めません。ボットに開く権限がありません。
   *[unknown] { $path } を読めません: { $reason }。
}
adapters-console-saved = { $path } に保存しました
