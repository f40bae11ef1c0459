## 交流授業後のフィードバックとコーディネーターの報告書（bot/commands/feedback.py、bot/feedback/*）。
## オプション名（rating=、went_well=）、選択肢、コマンドは入力するとおりです。

feedback-tally = { $label } { $count }
feedback-step-online = もう一度オンライン交流
feedback-step-visit = 訪問交流
feedback-step-agreement = 正式な協定（MOU）
feedback-step-none = これ以上の交流なし

feedback-reason-when-held = reason は実施されなかった授業だけに使います。status=held のときは省いてください（感想は went_well と improve に書いてください）。
feedback-rating-when-not-held = rating は実施された授業だけに使います。この授業は { $status } なので、rating を省いて reason を書いてください。
feedback-rating-needed = 授業を実施したときは rating が必要です。rating=1 から 5 で指定してください（1 = うまくいかなかった、5 = とてもよかった）。
feedback-reason-needed = 授業が { $status } のときは reason が必要です。理由を短く書いてください。例: reason="大雪で休校"
feedback-none-alone = { $option }: 'none' はほかの値と一緒に指定できません。'none' だけを指定してください。
feedback-program-is-a-term = 「{ $text }」は学期で、プログラムの名前ではありません

feedback-answer-rated = { $school } · { $teacher } — 評価 { $rating }/5
feedback-answer-not-held = { $school } · { $teacher } — { $status }: { $reason }
feedback-answer-went-well = {"    "}よかった点: { $text }
feedback-answer-improve = {"    "}改善点: { $text }
feedback-answer-lists = {"    "}技術的な問題: { $problems } · 次の希望: { $steps }
feedback-answer-not-said = 回答なし

feedback-unchanged =
    { $partner } との授業 #{ $session } へのフィードバックは入力どおりに保存済みです。変更はありません。
    { $answer }
feedback-saved =
    ありがとうございます！{ $partner } との授業 #{ $session } へのフィードバックを保存しました。
        { $when }
    { $answer }
feedback-updated =
    { $partner } との授業 #{ $session } へのフィードバックを更新しました。
        { $when }
    { $answer }
feedback-not-answered-yet = { $missing ->
        [problems] problems
        [continue_with] continue_with
       *[both] problems と continue_with
    } にまだ回答していません。`{ $command }` で追加してください（省いた項目はそのまま残ります）。
feedback-editable-until = { $term } 学期の報告書が締め切られるまで変更できます。
feedback-never-confirmed = 授業 #{ $session } は確定されなかったため（{ $when }）、フィードバックの対象ではありません。
feedback-session-cancelled = 授業 #{ $session } は実施前に中止されました。報告書ではすでに中止として数えています。
feedback-not-begun = 授業 #{ $session } はまだ始まっていません（{ $when }）。終わったらフィードバックをお願いします。
feedback-term-closed = { $term } 学期の報告書は { $day } に { $closer } さんが締め切ったため、授業 #{ $session } へのフィードバックはもう入力も変更もできません。

feedback-impression-elsewhere = 授業 #{ $session } の感想は、そのペアの合同チャンネルで共有します。そのチャンネルでコマンドを入力してください。
feedback-impressions-off = { $program } では生徒の感想を集めていません。
feedback-impression-saved = ありがとうございます！感想を名前なしで保存しました。両校の先生が読みます。

feedback-session-or-partner = 授業か相手校のどちらか一方を指定してください。
feedback-summary-none = まだ実施された授業がないため、読めるフィードバックはありません。
feedback-summary-which = どの授業か学校かを指定してください: `/exchange feedback summary 12` または `partner=<school>`。プログラム全体は `/exchange report` で表示できます。
feedback-not-visible = フィードバックを読めるのは、授業を行った両校の教員とそのプログラムのコーディネーターだけです。
feedback-not-yours = 授業 #{ $session } のフィードバックは読めません。読めるのは、授業を行った両校の教員とそのプログラムのコーディネーターだけです。
feedback-summary-title = 授業 #{ $session } · { $school } – { $partner } · { $outcome ->
        [held] 実施
        [postponed] 延期
        [cancelled] 中止
       *[unanswered] 回答なし
    }
feedback-summary-no-answer = { $school }: まだ回答なし
feedback-summary-students = 生徒の感想（{ $count }）: { $impressions }

feedback-close-unnamed = 締め切れるのは名前のある学期だけです。例: 2027-1（3～8月）、2027-2（9～2月）
feedback-closed-by-you = { $day } に { $program } の { $term } 学期を締め切りました。その学期の授業への回答は確定しています。
feedback-closed-already = { $program } の { $term } 学期は、{ $day } に { $closer } さんがすでに締め切っています。
feedback-closed = { $program } の { $term } 学期を締め切りました。その学期の授業への回答はもう入力も変更もできず、催促も送りません。
feedback-impressions-asked = { $program } は授業が終わるたびに合同チャンネルで生徒の感想を募ります。
feedback-impressions-not-asked = { $program } は合同チャンネルで生徒の感想を募らなくなりました。
feedback-settings-unchanged = { $settings }変更はありません。

## 授業が終わったときのフィードバック依頼（bot/feedback/requests.py）

feedback-give-button = フィードバックする
feedback-request =
    { $partner } との授業 #{ $session } が終わりました。いかがでしたか？
        { $when }
    実施したかどうか（held、postponed、cancelled とその理由）、1 から 5 の評価、よかった点、改善点、技術的な問題（audio、video、connection、interpretation）、交流を続けたいか（もう一度オンライン交流、訪問交流、正式な協定）を教えてください。
    2 分で終わります。ボタンを押すか、`/exchange feedback submit session={ $session } status=held rating=4 went_well="…" continue_with=visit` と入力してください。
feedback-impressions-prompt = 授業 #{ $session } が終わりました（{ $when }）。皆さん、ありがとうございました！生徒の皆さん、どうでしたか？名前なしで一言感想を書いてください（名前は保存されません）: `/exchange feedback impression { $session } "…が楽しかったです"`
feedback-nudge =
    お知らせです: { $school } は { $partner } との授業 #{ $session } へのフィードバックをまだ入力していません。
        { $when }
    今 2 分いただけると、コーディネーターが次の計画（もう一度オンライン交流、訪問、協定）を立てるのに役立ちます。
feedback-overdue =
    { $school } から { $partner } との授業 #{ $session } へのフィードバックがありません: { $so_far }
        { $when }
    { $teachers } リスクのあるペアはすべて `/exchange report` で確認できます。
feedback-overdue-teachers = 教員は { $teachers } です。
feedback-overdue-no-teachers = 登録された教員はいません。
feedback-asked-not-reminded = { $asked } に依頼しましたが、まだ催促していません。
feedback-asked-no-teacher = { $asked } に依頼しましたが、依頼や催促を受け取る教員がボットにいません。
feedback-asked-and-reminded = { $asked } に依頼し、{ $reminded } に催促しました（教員ごとに一度ずつ、{ $count } 件送りました）。

## コーディネーターの報告書（bot/feedback/program_report.py とその部品）

report-title = フィードバック報告書 · { $program } · 学期 { $term }
report-term-named = { $term }（{ $first } – { $last }）
report-term-range = { $first } – { $last }
report-term-all = 全期間（すべての学期）
report-state-closed = { $day } に { $closer } さんが締め切りました。確定しています。
report-state-range = 任意の期間です。回答はそれぞれの学期が締め切られるまで変更できます。
report-state-open = 受付中です。教員はまだ回答も変更もできます。締め切るには `/exchange feedback close { $term }` を入力してください。
report-sessions = 終了または中止した授業: { $sessions } — 実施 { $held } · 延期 { $postponed } · 中止 { $cancelled } · 未回答 { $unanswered }
report-response-rate = 回答率: { $rate }（{ $asked } 校側のうち { $answered } 校側が回答、教員の回答 { $answers } 件）
report-ratings = 評価: 平均 { $mean }/5、評価 { $count } 件 · { $spread }
report-problems = 技術的な問題: { $problems }
report-problems-none = 技術的な問題: 報告なし
report-next-steps = 続けたい交流: { $steps }
report-both-want = 両校とも { $step } を希望: { $pairs }
report-funnel-heading = 年ごとの段階（各ペアの 12 月 31 日時点の最新段階）:
report-funnel-year = {"  "}{ $year } 年: { $stages }
report-stage-online = オンライン交流
report-stage-visit-planned = 訪問予定
report-stage-visited = 訪問済み
report-stage-mou-signed = MOU 締結
report-stage-more-online = オンライン交流を継続
report-continuing-heading = 両校とも交流の継続を希望するペア（{ $count }）:
report-continuing-pair = {"  "}{ $pair }: 現在 { $stage }、次: { $next }
report-series-heading = 連続授業（{ $count }）:
report-series-line = {"  "}{ $pair }、連続授業 #{ $series } { $cadence }: 授業 { $occurrences } 回 — 実施 { $held } · 移動 { $moved } · 見送り { $skipped } · 中止 { $cancelled } · 予定 { $to_come }; 放課後 { $city } { $total } 回中 { $count } 回、{ $other_city } { $total } 回中 { $other_count } 回
report-cadence-weekly = 毎週
report-cadence-every-2-weeks = 2 週ごと
report-cadence-every-3-weeks = 3 週ごと
report-cadence-every-4-weeks = 4 週ごと
report-cadence-monthly = 毎月、同じ週の同じ曜日
report-activities-none = 非同期の交流活動: なし
report-activities = 非同期の交流活動: { $count } — { $standings }
report-activities-waiting = 確定待ち
report-activities-under-way = 進行中
report-activities-overdue = 期限切れ
report-activities-done = 完了
report-activities-cancelled = 中止
report-activity-overdue = {"  "}期限切れ: { $pair }、{ $kind } #{ $activity }: { $school } の { $step }、期限 { $due }
report-kind-video-letter = ビデオレター交流
report-kind-shared-board = 共有ボード
report-kind-letters = 手紙の交流
report-kind-culture-box = カルチャーボックス交流
report-at-risk-heading = リスクのあるペア（{ $count }）:
report-pair-at-risk = {"  "}{ $pair }: { $risks }
report-at-risk-none = リスクのあるペア: なし
report-risk-low-rating = { $school } の評価 { $rating }/5（授業 { $session }）
report-risk-not-held = 授業 { $session } が{ $outcome ->
        [postponed] 延期
       *[cancelled] 中止
    }
report-risk-not-held-because = 授業 { $session } が{ $outcome ->
        [postponed] 延期
       *[cancelled] 中止
    }: { $reasons }
report-risk-no-practice = 授業 { $session } の前に接続練習のリマインダーが送られていない
report-risk-no-answer = { $school } から授業 { $session } について 1 週間回答がない
report-risk-idle = 学期中、授業日で 6 週間、授業も活動もない（{ $since } から）

report-attached = 添付: 評価のグラフ（PNG）とすべての回答（CSV）
report-attached-activities = 添付: 評価のグラフ（PNG）、すべての回答（CSV）、学期の活動のすべてのステップ（CSV）
report-csv-title = 教員のすべての回答
report-activities-csv-title = 学期の活動のすべてのステップ
report-chart-title = 評価 · { $program } · { $term }
report-chart-description = 評価の推移
report-chart-rating-axis = 評価（1～5）
report-chart-answers = 回答（×n: その日に n 人が同じ評価）
report-chart-weekly-mean = 週ごとの平均
report-chart-week-axis = 授業の週（月曜日）
report-chart-no-ratings = まだ評価なし
report-neither-program-nor-term = { $refusal }「{ $text }」は学期でもありません。{ $accepted } の形で書いてください。

## jointclass report（bot/cli/report.py）

report-cli-no-program = jointclass report: 「{ $name }」という名前のプログラムはありません（あるプログラム: { $programs }）
report-cli-no-program-yet = jointclass report: 「{ $name }」という名前のプログラムはありません（まだプログラムがありません）
report-cli-bad-term = jointclass report: --term を読めません。{ $problem }
report-cli-cannot-write = jointclass report: { $path } に書き込めません。{ $error }
report-cli-wrote-answers = 回答 { $count } 件を { $path } に書き出しました。
report-cli-wrote-steps = 活動のステップ { $count } 件を { $path } に書き出しました。

## コマンドの説明（help、Discord）

cmd-feedback = フィードバックのコマンド: assistance、close、impression、settings、submit、summary
cmd-feedback-submit = 授業を実施したか、どうだったか、次に何をしたいか、フィードバックを入力・変更します。
cmd-feedback-submit-description = 回答は教員ごと、授業ごとに一つです。もう一度送ると変更され、省いたオプションは前の値のまま残ります。コーディネーターが学期の報告書を締め切るまで変更できます。
cmd-feedback-submit-form = 授業のフィードバック
cmd-feedback-submit-opt-session = 授業の番号（#12 なら 12）
cmd-feedback-submit-opt-status = 授業は実施しましたか？（既定は前の回答、なければ held）
cmd-feedback-submit-opt-reason = 実施しなかった理由（postponed か cancelled のとき必要）
cmd-feedback-submit-opt-rating = どうだったか、1（うまくいかなかった）から 5（とてもよかった）、held のとき必要
cmd-feedback-submit-opt-went_well = よかった点
cmd-feedback-submit-opt-improve = 次に改善したい点
cmd-feedback-submit-opt-problems = 技術的な問題、なければ none
cmd-feedback-submit-opt-continue_with = 次の希望: もう一度オンライン交流、訪問交流、正式な協定、または none
cmd-feedback-impression = 授業についての生徒の一言感想を匿名で共有します。
cmd-feedback-impression-description = ペアの合同チャンネルで入力します（生徒の言葉を教員が入力しても構いません）。名前やユーザーIDは保存されません。
cmd-feedback-impression-opt-session = 授業の番号（#12 なら 12）
cmd-feedback-impression-opt-text = 一行で: 好きだったこと、学んだこと、感じたこと
cmd-feedback-summary = 一つの授業、または相手校とのすべての授業のフィードバックを読みます。
cmd-feedback-summary-description = 読めるのは授業を行った両校の教員とプログラムのコーディネーターだけです。オプションなしでは自分の学校の最近の授業 10 件を表示します。
cmd-feedback-summary-opt-session = 授業の番号
cmd-feedback-summary-opt-partner = この相手校とのすべての授業（コーディネーターはこの学校のすべての授業）
cmd-feedback-close = 学期の報告書を締め切ります。以後、その学期の授業への回答は確定します。
cmd-feedback-close-opt-term = 締め切る学期の名前、例: 2027-1
cmd-feedback-close-opt-program = プログラムの名前（既定は現在のプログラム、`/exchange coordinator use`）
cmd-feedback-settings = 合同チャンネルで生徒の匿名の感想を募るかどうかを選びます。
cmd-feedback-settings-opt-student_prompt = on: 授業が終わるたびに合同チャンネルで一言感想を募る、off: 募らない
cmd-feedback-settings-opt-program = プログラムの名前（既定は現在のプログラム、`/exchange coordinator use`）
cmd-report = 学期ごとのプログラムのフィードバック報告書: 数字、リスクのあるペア、グラフ、CSV
cmd-report-description = どちらも省略できます。`/exchange report 2027-1` で自分のプログラムの学期を表示します。
cmd-report-opt-program = プログラムの名前（既定は現在のプログラム、`/exchange coordinator use`）
cmd-report-opt-term = 学期（既定は現在の学期）
value-program-accepted = プログラムの名前
choice-held = 実施
choice-postponed = 延期
choice-audio = 音声
choice-video = 映像
choice-connection = 接続
choice-interpretation = 通訳
choice-none = なし
choice-online = オンライン交流
choice-visit = 訪問
choice-agreement = 協定
