## 非同期の交流 (bot/commands/activities.py, bot/activities/): plan, confirm, list, show,
## done, cancel と、相手校・共同チャンネルへのお知らせ。ステップ名 (post, reply, board…)、
## オプション名とコマンドは入力するとおりのままです。

activity-kind = { $kind ->
        [video_letter] ビデオレター交換
        [shared_board] 共有ボード
        [letters] 手紙の交換
       *[culture_box] カルチャーボックス交換
    }
activity-step-task = { $task ->
        [video_letter-post] クラスのビデオレターを撮影してリンクを投稿
        [video_letter-reply] 授業で視聴し、返信ビデオを撮影して投稿
        [shared_board-board] 共有ボード（Padlet など）を用意してクラスの自己紹介を投稿
        [shared_board-posts] ボードにクラスの自己紹介と質問を投稿
        [shared_board-answers] ボードで相手クラスの質問に回答
        [letters-send] クラスの手紙を郵送
        [letters-reply] 授業で読み、手書きの返事を郵送
        [culture_box-send] カルチャーボックスを詰めて郵送
        [culture_box-receive] 箱が届いたことを連絡
        [culture_box-unpack] 授業で箱を開けて写真を共有
       *[unknown] { $step }
    }
activity-status = { $status ->
        [proposed] 提案中、相手校の確認待ち
        [planned] 計画済み
        [done] 完了
       *[cancelled] 中止
    }
activity-due = { $city }時間で{ $day }中（{ $there }）
activity-step-line = { $position }. { $step } — { $school }：{ $task }、{ $due }{ $moved ->
        [closed] {" — "}{ $planned }から移動（{ $city }の{ $because }）
        [order] {" — "}{ $planned }から移動（前のステップより後に終わるように）
       *[no] {""}
    }{ $state ->
        [done] {" — "}{ $done_at }に完了
        [done-link] {" — "}{ $done_at }に完了：{ $link }
        [overdue] {" — "}期限切れ
       *[open] {""}
    }

## 返信
activity-planned = { $partner }との{ $kind } #{ $id }を計画しました。{ $partner }の先生が確認するまでお待ちください。相手校にはお知らせしました。
activity-confirmed = { $partner }との{ $kind ->
        [video_letter] ビデオレター交換
        [shared_board] 共有ボード
        [letters] 手紙の交換
       *[culture_box] カルチャーボックス交換
    } #{ $id }が計画されました。共同チャンネルにお知らせしました。
activity-cancelled = { $partner }との{ $kind ->
        [video_letter] ビデオレター交換
        [shared_board] 共有ボード
        [letters] 手紙の交換
       *[culture_box] カルチャーボックス交換
    } #{ $id }を中止しました。{ $partner }にお知らせしました。
activity-shown = { $partner }との{ $kind ->
        [video_letter] ビデオレター交換
        [shared_board] 共有ボード
        [letters] 手紙の交換
       *[culture_box] カルチャーボックス交換
    } #{ $id } — { $status }
activity-board = ボード：{ $link }
activity-step-marked-done = { $complete ->
        [yes] 活動 #{ $id } のステップ { $step } を完了にしました。すべてのステップが終わり、活動は完了です。共同チャンネルにお知らせしました。
       *[no] 活動 #{ $id } のステップ { $step } を完了にしました。共同チャンネルにお知らせしました。
    }
activity-list-heading = { $school }の活動は次のとおりです。
activity-list-none = { $all ->
        [yes] { $school }には活動がありません。`/exchange activity plan <kind> <partner>` で計画してください。
       *[no] { $school }には進行中の活動がありません。`/exchange activity plan <kind> <partner>` で計画してください。
    }
activity-list-row = {"  "}#{ $id } { $partner }との{ $kind } — { $status }
activity-list-row-next = {"  "}#{ $id } { $partner }との{ $kind } — { $status }、次：{ $school }の{ $step }、{ $due }{ $overdue ->
        [yes] （期限切れ）
       *[no] {""}
    }
activity-plan-button = { $kind }を計画
activity-confirm-button = 活動 #{ $id } を確認

## お断り
activity-confirm-which = { $school }の確認を待っている活動が{ $count }件あります（{ $listed }）。どれか指定してください：`/exchange activity confirm <number>`
activity-confirm-none = { $school }の確認を待っている活動はありません。
activity-no-such-step = { $school }の活動に「{ $step }」というステップはありません。`/exchange activity list` で活動を、`/exchange activity show <number>` でステップを確認してください。
activity-step-in-several = 「{ $step }」というステップのある活動が複数あります：{ $listed }。activity=… で指定してください。
activity-numbered = #{ $id }（{ $kind }）
activity-dates-with-start = dates= はすべてのステップの日付を決めます。start= と every= は外してください。
activity-dates-count = { $kind }のステップは{ $steps }つ（{ $names }）ですが、dates= には{ $given }つの日付があります。ステップごとに一つずつ、順番に日付を指定してください。
activity-dates-backwards = dates= は日付順に指定してください。{ $later }は{ $earlier }より後ではありません。
activity-date-past = ステップ { $step } の日付 { $day } は{ $school }ではすでに過ぎています。現地の今日は{ $today }です。もっと後の日付を指定してください。
activity-no-open-day = { $school }には{ $day }から1年以内に授業のある日がありません。登録した休業期間を確認してください（`/exchange school show`）。
activity-planned-already = { $at }に活動 #{ $id } としてすでに計画されています。
    { $steps }
activity-exists = { $state ->
        [proposed] { $partner }との{ $kind }はすでに活動 #{ $id } として確認待ちです（{ $at }に{ $by }が提案しました）。`/exchange activity show { $id }` で確認するか、先に中止してください。
       *[planned] { $partner }との{ $kind }はすでに活動 #{ $id } として計画されています（{ $at }に{ $by }が提案しました）。`/exchange activity show { $id }` で確認するか、先に中止してください。
    }
activity-unknown = { $school }に活動 #{ $id } はありません。`/exchange activity list` で一覧を確認してください。
activity-confirm-own = 活動 #{ $id } は{ $school }が提案したので、{ $partner }の先生が確認します。確認をお願いしてあります。
activity-confirm-past = 活動 #{ $id } のステップ { $step } の期限 { $day } はすでに過ぎているため、計画どおりには確認できません。中止して（`/exchange activity cancel { $id }`）、もっと後の日付でもう一度計画してください。
activity-step-unknown = 活動 #{ $id }（{ $kind }）に「{ $step }」というステップはありません。ステップは次のとおりです：{ $names }
activity-not-confirmed = 活動 #{ $id } はまだ確認されていません。先に{ $school }の先生が確認すると、ステップを完了にできます。
activity-step-not-yours = 活動 #{ $id } のステップ { $step } は{ $owner }の担当なので、{ $owner }の先生が完了にします。こちらの担当は { $yours } です。
activity-step-not-yours-none = 活動 #{ $id } のステップ { $step } は{ $owner }の担当なので、{ $owner }の先生が完了にします。こちらの担当はありません。
activity-step-needs-link = ステップ { $step } は、相手クラスが見つけられるようリンクを付けて完了にします：`/exchange activity done { $step } https://… activity={ $id }`
activity-complete-already = 活動 #{ $id } はすべてのステップが終わって完了しているため、中止するものはありません。
activity-confirmed-already = { $at }に活動 #{ $id } を確認済みです。計画されており、両校にお知らせしました。
    { $steps }
activity-confirmed-before = 活動 #{ $id } は{ $at }に{ $by }がすでに確認し、計画されています。
activity-done-already = { $link ->
        [none] { $at }に活動 #{ $id } のステップ { $step } を完了にしました。両校にお知らせしました。
       *[link] { $at }に活動 #{ $id } のステップ { $step } を完了にしました（{ $link }）。両校にお知らせしました。
    }
activity-done-before = { $link ->
        [none] 活動 #{ $id } のステップ { $step } は{ $at }に{ $by }がすでに完了にしました。変更はありません。
       *[link] 活動 #{ $id } のステップ { $step } は{ $at }に{ $by }がすでに完了にしました（{ $link }）。変更はありません。
    }
activity-cancelled-already = { $at }に活動 #{ $id } を中止しました。{ $partner }にお知らせしました。
activity-cancelled-before = 活動 #{ $id } は{ $at }に{ $by }がすでに中止しました。
activity-cancelled-then = { $undone ->
        [confirmed] 活動 #{ $id } は{ $at }に{ $by }が中止したため、確認はしていません。`/exchange activity plan` で新しく計画してください。
       *[done] 活動 #{ $id } は{ $at }に{ $by }が中止したため、完了にはしていません。`/exchange activity plan` で新しく計画してください。
    }
activity-not-partners = { $school }と{ $partner }はまだパートナーではないため、活動を計画できません。先に申し込んでください：`/exchange request { $partner_id }`
activity-by-you = あなた
activity-by-a-teacher = ある先生

## 相手校、同じ学校の先生、共同チャンネルへのお知らせ
activity-notice = { $heading }
    { $steps }
activity-proposed-notice = { $actor }（{ $school }）さんが{ $partner }との{ $kind }を活動 #{ $id } として提案しました。
activity-confirmed-notice = { $actor }（{ $school }）さんが{ $kind }（活動 #{ $id }）を確認しました。各校には期限の前にリマインダーが届きます。
activity-cancelled-notice = { $actor }（{ $school }）さんが{ $kind }（活動 #{ $id }）を中止しました。この活動のリマインダーはもう送りません。
activity-cancelled-notice-reason = { $actor }（{ $school }）さんが{ $kind }（活動 #{ $id }）を中止しました。この活動のリマインダーはもう送りません。
    理由：{ $reason }
activity-step-done-notice = { $link ->
        [none] { $actor }（{ $school }）さんが活動 #{ $id } のステップ { $step }（{ $task }）を完了にしました。
       *[link] { $actor }（{ $school }）さんが活動 #{ $id } のステップ { $step }（{ $task }）を完了にしました：{ $link }
    }{ $after ->
        [complete] {"\u000A"}すべてのステップが終わり、{ $kind }は完了しました。
        [next] {"\u000A"}次は{ $owner }の{ $next }です。
       *[none] {""}
    }

## 共通の時間がないときに find と propose が勧める非同期の交流
activity-suggestion = { $partners ->
        [yes] 会わずに交流できます：`/exchange { $command }` で{ $kind }を計画できます（{ $suggested }の代わりに { $others } も選べます）。
       *[no] パートナーになれば会わずに交流できます：`/exchange { $command }` で{ $kind }を計画できます（{ $suggested }の代わりに { $others } も選べます）。
    }

## コマンドの説明（Discord、help）
cmd-activity = 非同期の交流のコマンド：cancel, confirm, done, list, plan, show
cmd-activity-plan = 相手校との非同期の交流（ビデオレター、共有ボード、手紙、カルチャーボックス）を計画します。各ステップの担当校と期限を両校の時間帯で示し、相手校の先生が確認します。
cmd-activity-plan-description = 期限は担当校のカレンダーの日付です。週末・祝日・休暇に当たる期限はその学校の直前の授業日に移り、直前の授業日が過ぎているか前のステップより後でない場合は次の授業日に移ります。担当校には期限の1週間前と前日の現地時間09:00にリマインダーが届きます。
cmd-activity-plan-opt-kind = 交流の種類：共有ボードは Padlet のようなもの、手紙は手書き、カルチャーボックスは郵送して授業で開けます
cmd-activity-plan-opt-partner = 相手校（既定はこの共同チャンネルの相手、または唯一の相手）
cmd-activity-plan-opt-start = 最初のステップの期限、担当校の現地の日付（既定は今日から種類ごとの標準の間隔）
cmd-activity-plan-opt-every = ステップの期限の間隔：1w、2w、3w、4w（既定は種類ごとの標準の間隔）
cmd-activity-plan-opt-dates = start= と every= の代わりに、すべてのステップの期限を順に（それぞれ担当校の現地の日付）
cmd-activity-plan-opt-starts = 最初のステップを担当する学校：us（既定、自校）または partner
cmd-activity-plan-opt-board = すでにある共有ボードのアドレス
cmd-activity-confirm = 相手校が計画した活動を確認します。その後、各校に期限前のリマインダーが届きます。
cmd-activity-confirm-opt-activity = 活動の番号（既定はあなたの確認を待っている活動）
cmd-activity-list = 自校の活動を、次のステップと期限とともに一覧にします。
cmd-activity-list-opt-all = yes なら完了・中止した活動も表示
cmd-activity-show = 活動のすべてのステップ、担当校、両方の時間帯での期限、行ったことを表示します。
cmd-activity-show-opt-activity = 活動の番号
cmd-activity-done = 自校のステップをリンク（動画、ボード、写真）付きで完了にします。共同チャンネルにお知らせします。
cmd-activity-done-opt-step = 計画に表示されるステップ名
cmd-activity-done-opt-link = 動画、ボード、写真のアドレス（https://…）
cmd-activity-done-opt-activity = 活動の番号（既定はそのステップがある唯一の活動）
cmd-activity-cancel = 活動を中止します。相手校にお知らせし、リマインダーは送られなくなります。
cmd-activity-cancel-opt-activity = 活動の番号
cmd-activity-cancel-opt-reason = 相手校に伝える理由
choice-video_letter = ビデオレター
choice-shared_board = 共有ボード
choice-letters = 手紙
choice-culture_box = カルチャーボックス
choice-us = 自校
