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
adapters-console-import-unread = { $problem }。`/import survey.csv --program "Seoul IJC 2027"` のように入力してください（`jointclass import` と同じく --create-program、--move-from PROGRAM、--dry-run も使えます）。
adapters-console-import-which-file = 取り込むファイルを指定してください。`/import survey.csv --program "Seoul IJC 2027"` のように入力してください（`jointclass import` と同じく --create-program、--move-from PROGRAM、--dry-run も使えます）。
adapters-console-import-cannot-read = { $path } を読めません。{ $error }
