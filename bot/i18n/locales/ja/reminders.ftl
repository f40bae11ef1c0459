## リマインダー（bot/reminders/、bot/commands/reminders.py）。コマンド名とオプション名はそのままです。

reminder-text = { $text }
reminder-list = { $first }、{ $rest }
reminder-item = • { $item }

reminder-kind = { $kind ->
    [lead] 準備開始のリマインダー（テーマ、プログラムの種類、コーディネーター、通訳）
    [preliminary] 相手校の先生との事前打ち合わせ
    [practice] 機器・接続の確認とリハーサル
    [day_before] 前日のチェックリスト
    [agenda] 当日の進行表
    [step] 各段階のお知らせ
   *[end] 交流の終了：フィードバックのお願い
}
reminder-kind-step = 各段階のお知らせ：{ $title }

reminder-audience-teachers = { $school }の先生
reminder-audience-assistant = セッションのアシスタント
reminder-audience-coordinators = { $program }のコーディネーター
reminder-audience-channel = 合同チャンネル
reminder-audience-both-schools = 両校の先生（合同チャンネル未連携）
reminder-audience-no-channel = 合同チャンネル（まだ連携されていません）

reminder-until = { $unit ->
    [months] { $count }か月後に
    [weeks] { $count }週間後に
    [tomorrow] 明日
    [days] { $count }日後に
    [hours] { $count }時間後に
    [hours-minutes] { $count }時間{ $minutes }分後に
    [minutes] { $minutes }分後に
   *[now] まもなく
}

reminder-when = 日時：{ $span }
reminder-details = { $links ->
    [video] { $type } · テーマ：{ $topic } · ビデオ通話：{ $video }
    [agenda] { $type } · テーマ：{ $topic } · 進行表：{ $agenda }
    [videoagenda] { $type } · テーマ：{ $topic } · ビデオ通話：{ $video } · 進行表：{ $agenda }
   *[none] { $type } · テーマ：{ $topic }
}
reminder-topic-to-be-agreed = 調整中
reminder-topic-not-agreed = 未定

reminder-head = オンライン交流 { $pair }（セッション #{ $session }）は{ $until }行われます。{ $kind ->
    [lead] 準備を始める時期です。
    [preliminary] 相手校の先生と事前打ち合わせをする時期です。
    [practice] 機器の確認とリハーサルをする時期です。
   *[day_before] チェックリストを確認してください。
}
reminder-coordinators-head = { $program }：オンライン交流 { $pair }（セッション #{ $session }）は{ $until }行われます。先生方には次のことをお願いしています：
reminder-lead-confirm = テーマ（{ $topic }）とプログラムの種類（{ $type }）を両校の先生で確定してください。
reminder-lead-tell-coordinator = プログラムのコーディネーター（{ $program }）に計画を伝えてください。
reminder-lead-interpreter = 通訳が必要な場合は、リモート授業アシスタントを依頼してください：`/exchange assist { $session }`。
reminder-preliminary-meeting = メールではなくビデオ通話で（必要なら通訳を交えて）、両校の先生の事前打ち合わせを行ってください。プログラム、役割、使うツールを決めてください。
reminder-preliminary-no-times = メッセージで日時を決めてください。`/exchange propose duration=30` で両校の都合のよい時間がわかります。
reminder-preliminary-times = 両校の都合のよい{ $minutes }分間の打ち合わせ時間は次のとおりです：{ $times }。
reminder-practice-devices = 機器を確認してください。グループ分の台数、カメラ、マイク、スピーカーがそろっているか確かめてください。
reminder-practice-connection = 使う教室の接続（Wi-Fi）とビデオ通話を確認してください：{ $link }。
reminder-practice-connection-no-link = 使う教室の接続（Wi-Fi）とビデオ通話を確認してください。まだリンクがないので、今決めてください。
reminder-practice-run = 相手校の先生と同じツールで、ブレイクアウトルームも含めてリハーサルをしてください。
reminder-video-link = ビデオ通話：{ $link }
reminder-video-link-none = ビデオ通話のリンクがまだありません。今日中に決めてください。
reminder-day-before-agenda = 進行表：{ $titles }（`/exchange agenda show { $session }`）
reminder-day-before-devices = 機器の充電と接続、教室の準備をすませ、生徒に流れを伝えておいてください。
reminder-day-before-interpreter = 通訳やリモート授業アシスタントがいる場合は、確定させてください。
reminder-day-before-roles = 役割を決めてください。出欠確認、ブレイクアウトルームの開始、時間管理をだれが担当するか決めてください。

reminder-assistant-head = 通訳（{ $languages }）をご担当のオンライン交流 { $pair }（セッション #{ $session }）は{ $until }行われます。{ $kind ->
    [practice] 先生方とリハーサルをする時期です。
   *[day_before] チェックリストを確認してください。
}
reminder-assistant-practice-run = 同じビデオツールで、ブレイクアウトルームも含めて先生方のリハーサルに参加してください：{ $link }。
reminder-assistant-practice-run-no-link = 同じビデオツールで、ブレイクアウトルームも含めて先生方のリハーサルに参加してください。リンクは先生方から届きます。
reminder-assistant-headset = 通訳する場所で、ヘッドセット、マイク、接続を確認してください。
reminder-assistant-key-words = テーマの重要な言葉を両方の言語で先生方から受け取っておいてください。
reminder-assistant-video-link-none = ビデオ通話のリンクがまだありません。先生方に尋ねてください。
reminder-assistant-agenda = 進行表は{ $titles }です。明日の進行表のメッセージに、各段階でのご担当が示されます。
reminder-assistant-names-ready = 両校の名前とテーマの重要な言葉を、両方の言語で用意しておいてください。

reminder-agenda-today = 本日の進行表：{ $pair }
reminder-agenda-button = 進行表
reminder-agenda-assistant = リモート授業アシスタント：{ $name }（通訳：{ $languages }）
reminder-agenda-step = { $number }. { $start } — { $title }（{ $minutes }分）
reminder-agenda-step-guidance = {"   "}{ $guidance }
reminder-step-now = 現在：{ $title }（{ $minutes }分、{ $end }まで）
reminder-step-guidance = { $guidance }
reminder-step-next = 次：{ $title }
reminder-delayed = 遅延：このリマインダーは{ $due }に送る予定でしたが、そのときボットは動いていませんでした。
reminder-ended = オンライン交流 { $pair } が終わりました（{ $span }）。いかがでしたか？ このあと短いフィードバックのお願いが届きます。

reminder-skipped-head = ボットが止まっている間に、リマインダー{ $count }件の時期が過ぎて役に立たなくなったため、送りませんでした：
reminder-skipped-row = • セッション #{ $session }（{ $pair }、{ $span }）：{ $kind }、予定 { $due }、対象 { $audiences }

reminder-missed-head = 交流は{ $until }行われるため、プログラムがすすめる準備の一部はすでに時期を過ぎています（そのリマインダーは遅れて送りません）。今すぐ対応してください：
reminder-missed-kind = { $kind ->
    [lead] 準備開始のリマインダー（テーマ、プログラムの種類、コーディネーター、通訳）
    [preliminary] 相手校の先生との事前打ち合わせ
    [practice] 機器・接続の確認とリハーサル
   *[day_before] 前日のチェックリスト
}（予定：{ $due }）
reminder-missed-item = {"  "}• { $item }
reminder-moved-head = 学校が休みの日にあたるリマインダーは、その前の登校日の同じ時刻に送ります：
reminder-moved-row = {"  "}• { $kind }、対象 { $audience }：{ $due }（{ $city }では{ $day }は{ $closure }）

reminder-deadline = リマインダー：{ $activity }のステップ { $step } の期限は{ $days ->
        [0] 今日です
        [1] 明日です
       *[other] { $days }日後です
    }。内容は{ $task }で、期限は{ $due }です。
    終わったら次を入力してください：`{ $done }`。
reminder-deadline-moved = ステップ { $step } の{ $lead ->
        [week] 1週間前
       *[day] 前日
    }のリマインダーは{ $due }に送ります。{ $city }では{ $day }は{ $closure }のためです。

reminder-list-none = 予定されているリマインダーはありません。セッションのリマインダーは予約時（`/exchange confirm`）に設定されます。
reminder-list-heading = 予定されているリマインダーです（{ $shown ->
        [all] 全{ $total }件
       *[part] { $total }件中{ $first }–{ $last }件目
    }）：
reminder-list-row = • { $due } — { $kind } → { $audiences } · セッション #{ $session }、{ $pair }
reminder-list-row-retrying = { $row }（再試行中、エラー：{ $error }）

reminder-lead-times =
    { $program }のリマインダーの時期は次のとおりです：
    { $times }
reminder-lead-times-unchanged =
    { $program }のリマインダーの時期はすでにこのとおりなので、変更はありません：
    { $times }
reminder-lead-times-saved =
    { $program }のリマインダーの時期を保存しました：
    { $times }
    予約済みのセッション{ $replanned }件のリマインダーを設定し直しました。
reminder-lead-times-agenda-too-early = agenda={ $agenda } は当日ではありません。24h以内で指定してください（例：60m、2h）。
reminder-lead-time-off = • { $name }={ $value }：オフ
reminder-lead-time = • { $name }={ $value }：{ $name ->
        [lead] セッションの{ $amount }前：テーマと種類の確定、コーディネーターへの連絡、通訳
        [preliminary] { $amount }前：両校の先生の事前打ち合わせ
        [practice] { $amount }前：機器・接続の確認、リハーサル
        [day_before] { $amount }前：チェックリスト
       *[agenda] 当日、開始の{ $amount }前：合同チャンネルに進行表
    }
reminder-amount = { $unit ->
    [months] { $count }か月
    [weeks] { $count }週間
    [days] { $count }日
    [hours] { $count }時間
   *[minutes] { $count }分
}

cmd-reminders = 自分のセッションの予定されたリマインダーを一覧にします（コーディネーターはプログラムのもの）。
cmd-reminders-description = 各リマインダーを、送る時刻を両校のタイムゾーンで、受け取る人とともに表示します。先生は自校のセッションを、コーディネーターはプログラムのセッションを見られます。1ページに20件ずつ表示し、「次へ」ボタン（または `page=`）で続きを表示します。
cmd-reminders-opt-session = このセッションのリマインダーだけ
cmd-reminders-opt-page = 表示する一覧のページ
cmd-coordinator-lead-times = 各リマインダーをセッションのどれくらい前に送るかを表示・変更します。
cmd-coordinator-lead-times-description = 月・週・日は、セッションの現地時刻で各校のカレンダーに沿って数えます（16:00の授業の3mo前は、サマータイムにかかわらず3か月前の16:00です）。時間・分は経過時間です。`off` でリマインダーをオフにします。プログラムの予約済みセッションはすぐに設定し直されます。
cmd-coordinator-lead-times-opt-lead = セッションのどれくらい前か：テーマと種類の確定、コーディネーターへの連絡、通訳
cmd-coordinator-lead-times-opt-preliminary = どれくらい前か：両校の先生の事前打ち合わせ
cmd-coordinator-lead-times-opt-practice = どれくらい前か：機器・接続の確認、リハーサル
cmd-coordinator-lead-times-opt-day_before = どれくらい前か：チェックリスト
cmd-coordinator-lead-times-opt-agenda = 当日、開始のどれくらい前か：合同チャンネルの進行表
cmd-coordinator-lead-times-opt-program = プログラム名（既定：現在のプログラム、`/exchange coordinator use`）

reminder-clock-time = { $day } { $time }（UTC）
reminder-clock-stop = [時計] { $time }
reminder-clock-moved = 時計を{ $time }に進めました。
reminder-clock-backwards = デモの時計は進めることしかできません。現在は{ $time }です。
reminder-clock-how-much = どれだけ進めますか？ `/clock` で時刻を表示し、`/clock advance 30d`（mo、w、d、h、m）か `/clock to 2027-04-01T09:00Z` で進めてください。
reminder-clock-unknown = 時計の指示「{ $verb }」はわかりません。`/clock` で時刻を表示し、`/clock advance 30d`（mo、w、d、h、m）か `/clock to 2027-04-01T09:00Z` で進めてください。
reminder-clock-problem = { $problem }。`/clock` で時刻を表示し、`/clock advance 30d`（mo、w、d、h、m）か `/clock to 2027-04-01T09:00Z` で進めてください。
reminder-clock-not-an-instant = 「{ $text }」は日時ではありません。2027-01-11T09:00Z や 2027-01-11T18:00+09:00 のように書いてください。
reminder-clock-no-zone = 「{ $text }」にはタイムゾーンがありません。Z（UTC）か +09:00 のようなオフセットで終えてください。
