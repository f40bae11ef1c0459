## 当日の進行表（bot/sessions/agenda_templates.py、bot/commands/reminders.py）。先生が書いた
## 段階は書かれたとおりに表示します。コマンド名とオプション名はそのままです。

agenda-program-type = { $type ->
    [presentation] 発表
    [discussion] ディスカッション
    [recreation] レクリエーション
    [joint_production] 共同制作
   *[cultural_exchange] 文化交流
}

agenda-step-roll-call = 出欠確認
agenda-step-roll-call-guidance = 全員が通話に参加し、各先生が出欠、カメラ、音声を確認します。
agenda-step-introductions = 自己紹介
agenda-step-introductions-guidance = 短い自己紹介をします。できる生徒は相手クラスの言語で話します。
agenda-step-group-rooms-guidance = 先生が各ルームを回り、全員が参加できるよう声をかけます。
agenda-step-wrap-up-guidance = 全員がメイン画面に戻り、学んだことを一つ、お礼、次の予定を伝えます。
agenda-step-wrap-up = メイン画面でまとめ
agenda-step-presentations = 発表
agenda-step-presentations-guidance = 各クラスが用意したスライドでテーマについて発表します。
agenda-step-group-rooms-questions = ブレイクアウトルーム：質疑応答
agenda-step-theme = テーマと問い
agenda-step-theme-guidance = テーマと話し合う問いを紹介します。
agenda-step-group-rooms-discussion = ブレイクアウトルーム：ディスカッション
agenda-step-wrap-up-report = まとめ：グループごとの報告
agenda-step-show-and-tell = 紹介タイム
agenda-step-show-and-tell-guidance = 自分たちの国や地域、学校生活、最近の出来事を紹介します。
agenda-step-group-rooms-free-talk = ブレイクアウトルーム：フリートーク
agenda-step-games = ゲームとクイズ
agenda-step-games-guidance = 言語にかかわらず、だれでも参加できる活動をします。
agenda-step-group-rooms-team-games = ブレイクアウトルーム：チーム対抗ゲーム
agenda-step-plan-work = 共同制作の計画
agenda-step-plan-work-guidance = 目標（壁画、ウェブサイト、動画）と役割を決めます。
agenda-step-group-rooms-create = ブレイクアウトルーム：いっしょに制作
agenda-step-wrap-up-result = まとめ：成果の発表
agenda-interpretation = { $role ->
    [first] 通訳：{ $name }さんが両クラスにあいさつし、先生の言葉を通訳します。
    [last] 通訳：{ $name }さんがお礼の言葉と次の予定を通訳します。
    [group-rooms] 通訳：{ $name }さんが最も通訳を必要とするルームに入ります。
   *[between] 通訳：{ $name }さんが両クラスの間を通訳します。
}

agenda-steps-no-length = 「{ $item }」にはタイトルと時間が必要です。例：'出欠確認 5'、'クイズ 20m'
agenda-steps-title-too-long = 段階のタイトル「{ $start }…」が{ $limit }文字を超えています。
agenda-steps-length-unread = 「{ $item }」は段階の時間（分）で終わる必要があります。例：'クイズ 20'、'クイズ 20m'
agenda-steps-no-time = 「{ $item }」は時間が0です。どの段階も1分以上にしてください。
agenda-steps-none = 段階を一つ以上指定してください。例：'出欠確認 5; 活動 45; まとめ 10'
agenda-steps-too-many = 段階が{ $count }個では多すぎます。進行表は最大{ $limit }段階です。

agenda-no-such-session = セッション #{ $session } はありません。`/exchange sessions` で自校のセッションを確認できます。
agenda-which-session = どのセッションですか？ 番号を指定してください。例：`/exchange agenda show 3`
agenda-no-upcoming = { $school }には予定されたセッションがありません。`/exchange propose` で予約できる時間を提案します。
agenda-heading = セッション #{ $session } の進行表：{ $pair }
agenda-new = 新しい進行表：{ $pair }
agenda-cancelled = セッション #{ $session } は中止されたため、この進行表は投稿されません。`/exchange propose` で新しい時間を提案します。
agenda-cancelled-because = セッション #{ $session } は中止されたため（{ $reason }）、この進行表は投稿されません。`/exchange propose` で新しい時間を提案します。
agenda-custom-steps = 先生が書いた段階です（{ $template }のテンプレートから作成）。
agenda-template-steps = { $template }のテンプレートを{ $minutes }分に合わせたものです。
agenda-not-scheduled = 投稿の予定はありません（セッションが予約されていないか、プログラムが進行表のリマインダーをオフにしています）。
agenda-posted = { $at }に合同チャンネルへ投稿しました。
agenda-to-be-posted = { $at }に合同チャンネルへ投稿されます。
agenda-nudges-and-steps = 段階ごとのお知らせは{ $nudges ->
        [on] オン
       *[off] オフ
    }です（`/exchange agenda edit { $session } nudges={ $nudges ->
        [on] off
       *[off] on
    }`）。段階は `/exchange agenda edit { $session } steps="出欠確認 5; …"` で変更できます。
agenda-nudges = 段階ごとのお知らせ：{ $nudges ->
        [on] オン
       *[off] オフ
    }
agenda-saved = 保存しました。両校の先生に知らせました。
agenda-changed = { $who }さん（{ $school }）がセッション #{ $session } の進行表を変更しました。
agenda-edit-nothing = 変更する内容がありません。steps=…、template=…、nudges=on|off のいずれかを指定してください。
agenda-edit-steps-or-template = steps と template はどちらか一方を指定してください。テンプレートは段階を置き換えます。
agenda-edit-not-yours = この進行表を変更できるのは両校の先生だけです。
agenda-edit-cancelled = セッション #{ $session } は中止されました。
agenda-edit-begun = セッション #{ $session } はすでに始まっています。
agenda-edit-posted = セッション #{ $session } の進行表はすでに合同チャンネルに投稿されたため（{ $at }）、もう変更できません。
agenda-edit-steps-problem = steps：{ $problem }
agenda-edit-steps-total = steps：合計が{ $total }分ですが、セッション #{ $session } は{ $minutes }分です。どれかの段階を{ $difference }分長くするか短くしてください。

agenda-templates-heading = 進行表のテンプレートです。どれも授業の流れ（出欠確認、自己紹介、メインの活動、ブレイクアウトルーム、まとめ）に沿っています：
agenda-templates-row = • { $type }（{ $label }）：{ $titles }
agenda-templates-see-one = 時間を割り振った例：`/exchange agenda template discussion minutes=90`
agenda-template-heading = { $minutes }分の{ $label }のテンプレートです：
agenda-template-step = • { $offset } { $title }（{ $minutes }分）：{ $guidance }
agenda-template-use = セッションで使うには：`/exchange agenda edit <session> template={ $type }`

cmd-agenda = セッション当日の進行表
cmd-agenda-show = セッション当日の進行表を、各段階の開始時刻を両方のタイムゾーンで表示します。
cmd-agenda-show-opt-session = セッション番号（既定：次のセッション）
cmd-agenda-edit = 当日までにセッションの進行表（自分で書いた段階、別のテンプレート、段階ごとのお知らせ）を変更します。
cmd-agenda-edit-description = 変更できるのは両校の先生だけで、進行表が投稿されるまでです。変更は両校の先生に知らされます。
cmd-agenda-edit-opt-session = セッション番号（既定：次のセッション）
cmd-agenda-edit-opt-steps = 段階とその分数を ; で区切って（合計がセッションの長さと同じになるように）
cmd-agenda-edit-opt-template = このプログラムの種類のテンプレートからやり直す
cmd-agenda-edit-opt-nudges = 各段階の開始を合同チャンネルで知らせる
cmd-agenda-template = プログラムの種類ごとの進行表のテンプレートを、セッションの長さに合わせて表示します。
cmd-agenda-template-opt-type = プログラムの種類（既定：すべて表示）
cmd-agenda-template-opt-minutes = セッションの長さ
