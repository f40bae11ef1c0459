## 交流課後的回饋與協調人報告（bot/commands/feedback.py、bot/feedback/*）。
## 選項名稱（rating=、went_well=）、選項值與指令都照輸入的寫法。

feedback-tally = { $label } { $count }
feedback-step-online = 再一次線上交流
feedback-step-visit = 實地互訪
feedback-step-agreement = 正式協議（MOU）
feedback-step-none = 不再進一步交流

feedback-reason-when-held = reason 只用於沒有進行的課程；status=held 時請省略（心得請寫在 went_well 和 improve）。
feedback-rating-when-not-held = rating 只用於有進行的課程；這堂課的狀態是 { $status }，請省略 rating，改填 reason。
feedback-rating-needed = 課程有進行時需要 rating：請填 rating=1 到 5（1 = 不順利，5 = 非常好）。
feedback-reason-needed = 課程狀態是 { $status } 時需要 reason：請簡短說明原因，例如 reason="颱風停課"。
feedback-none-alone = { $option }：'none' 不能與其他值一起使用，請只填 'none'。
feedback-program-is-a-term = 「{ $text }」是學期，不是計畫名稱

feedback-answer-rated = { $school } · { $teacher } — 評分 { $rating }/5
feedback-answer-not-held = { $school } · { $teacher } — { $status }：{ $reason }
feedback-answer-went-well = {"    "}順利之處：{ $text }
feedback-answer-improve = {"    "}待改進：{ $text }
feedback-answer-lists = {"    "}技術問題：{ $problems } · 下一步：{ $steps }
feedback-answer-not-said = 未填寫

feedback-unchanged =
    您對與 { $partner } 的課程 #{ $session } 的回饋已照您填寫的內容儲存，沒有任何變更。
    { $answer }
feedback-saved =
    謝謝您！已儲存您對與 { $partner } 的課程 #{ $session } 的回饋。
        { $when }
    { $answer }
feedback-updated =
    已更新您對與 { $partner } 的課程 #{ $session } 的回饋。
        { $when }
    { $answer }
feedback-not-answered-yet = 尚未填寫：{ $missing ->
        [problems] problems
        [continue_with] continue_with
       *[both] problems 和 continue_with
    }。請用 `{ $command }` 補上（未填的項目會保持原樣）。
feedback-editable-until = 在 { $term } 學期的報告關閉之前，您都可以修改。
feedback-never-confirmed = 課程 #{ $session } 從未確認（{ $when }），因此沒有可回饋的內容。
feedback-session-cancelled = 課程 #{ $session } 在進行前已取消；報告已將它計為取消。
feedback-not-begun = 課程 #{ $session } 尚未開始：{ $when }。課程結束後會請您填寫回饋。
feedback-term-closed = { $term } 學期的報告已於 { $day } 由 { $closer } 關閉，因此無法再填寫或修改課程 #{ $session } 的回饋。

feedback-impression-elsewhere = 課程 #{ $session } 的心得要在這對學校的共同頻道分享：請在那裡輸入指令。
feedback-impressions-off = { $program } 不收集學生心得。
feedback-impression-saved = 謝謝！您的心得已匿名儲存，兩校的老師都會讀到。

feedback-session-or-partner = 請指定課程或交流學校，不要兩者都指定。
feedback-summary-none = 目前還沒有進行過的課程，因此沒有回饋可讀。
feedback-summary-which = 請指定哪一堂課或哪一所學校：`/exchange feedback summary 12` 或 `partner=<school>`。`/exchange report` 可查看整個計畫。
feedback-not-visible = 只有上課的兩所學校的老師與該計畫的協調人可以查看回饋。
feedback-not-yours = 您無法查看課程 #{ $session } 的回饋：只有上課的兩所學校的老師與該計畫的協調人可以查看。
feedback-summary-title = 課程 #{ $session } · { $school } – { $partner } · { $outcome ->
        [held] 已進行
        [postponed] 已延期
        [cancelled] 已取消
       *[unanswered] 未回覆
    }
feedback-summary-no-answer = { $school }：尚未回覆
feedback-summary-students = 學生心得（{ $count }）：{ $impressions }

feedback-close-unnamed = 只能關閉有名稱的學期，例如 2027-1（3–8 月）或 2027-2（9–2 月）。
feedback-closed-by-you = 您已於 { $day } 關閉 { $program } 的 { $term } 學期：該學期課程的回覆均已定案。
feedback-closed-already = { $program } 的 { $term } 學期已於 { $day } 由 { $closer } 關閉。
feedback-closed = 已關閉 { $program } 的 { $term } 學期：該學期課程的回覆不能再填寫或修改，也不會再提醒任何人。
feedback-impressions-asked = { $program } 會在每堂課結束後，在共同頻道邀請學生分享心得。
feedback-impressions-not-asked = { $program } 不再於共同頻道邀請學生分享心得。
feedback-settings-unchanged = { $settings }沒有任何變更。

## 課程結束時請求回饋（bot/feedback/requests.py）

feedback-give-button = 填寫回饋
feedback-request =
    與 { $partner } 的課程 #{ $session } 已經結束。進行得如何？
        { $when }
    課程是否有進行（held、postponed 或 cancelled，以及原因）？請給 1 到 5 的評分，並寫下順利之處、待改進之處、技術問題（audio、video、connection、interpretation），以及是否想繼續交流：再一次線上交流、實地互訪、正式協議。
    只需兩分鐘：按下按鈕，或輸入 `/exchange feedback submit session={ $session } status=held rating=4 went_well="…" continue_with=visit`。
feedback-impressions-prompt = 課程 #{ $session } 結束了（{ $when }）。謝謝大家！同學們，覺得如何？請匿名寫下一句心得（不會儲存您的名字）：`/exchange feedback impression { $session } "最有趣的是……"`
feedback-nudge =
    提醒您：{ $school } 尚未填寫與 { $partner } 的課程 #{ $session } 的回饋。
        { $when }
    現在花兩分鐘，能幫助協調人規劃下一步（再一次線上交流、互訪、協議）。
feedback-overdue =
    { $school } 尚未填寫與 { $partner } 的課程 #{ $session } 的回饋：{ $so_far }
        { $when }
    { $teachers } `/exchange report` 會列出所有有風險的配對。
feedback-overdue-teachers = 老師：{ $teachers }。
feedback-overdue-no-teachers = 老師：尚無人登記。
feedback-asked-not-reminded = 已於 { $asked } 請求，尚未提醒。
feedback-asked-no-teacher = 已於 { $asked } 請求，但機器人上沒有可以請求或提醒的老師。
feedback-asked-and-reminded = 已於 { $asked } 請求，並於 { $reminded } 提醒（共寄出 { $count } 則提醒，每位老師一則）。

## 協調人報告（bot/feedback/program_report.py 及其組成部分）

report-title = 回饋報告 · { $program } · 學期 { $term }
report-term-named = { $term }（{ $first } – { $last }）
report-term-range = { $first } – { $last }
report-term-all = 全部（所有學期）
report-state-closed = 已於 { $day } 由 { $closer } 關閉：已定案。
report-state-range = 自訂期間：回覆在各自的學期關閉前仍可修改。
report-state-open = 開放中：老師仍可回覆與修改。要關閉請輸入 `/exchange feedback close { $term }`。
report-sessions = 已結束或取消的課程：{ $sessions } — 已進行 { $held } · 已延期 { $postponed } · 已取消 { $cancelled } · 尚未回覆 { $unanswered }
report-response-rate = 回覆率：{ $rate }（{ $asked } 個學校方中有 { $answered } 個回覆；老師回覆 { $answers } 則）
report-ratings = 評分：平均 { $mean }/5，共 { $count } 則評分 · { $spread }
report-problems = 技術問題：{ $problems }
report-problems-none = 技術問題：無人回報
report-next-steps = 想繼續的交流：{ $steps }
report-both-want = 兩校都想要{ $step }：{ $pairs }
report-funnel-heading = 各年度的階段（每對學校在 12 月 31 日時的最新階段）：
report-funnel-year = {"  "}{ $year } 年：{ $stages }
report-stage-online = 線上交流
report-stage-visit-planned = 已規劃互訪
report-stage-visited = 已互訪
report-stage-mou-signed = 已簽署 MOU
report-stage-more-online = 繼續線上交流
report-continuing-heading = 兩校都想繼續交流的配對（{ $count }）：
report-continuing-pair = {"  "}{ $pair }：目前 { $stage }，下一步：{ $next }
report-series-heading = 系列課程（{ $count }）：
report-series-line = {"  "}{ $pair }，系列課程 #{ $series } { $cadence }：共 { $occurrences } 堂 — 已進行 { $held } · 已調整 { $moved } · 已略過 { $skipped } · 已取消 { $cancelled } · 即將進行 { $to_come }；課後時段：{ $city } { $total } 堂中 { $count } 堂，{ $other_city } { $total } 堂中 { $other_count } 堂
report-cadence-weekly = 每週
report-cadence-every-2-weeks = 每 2 週
report-cadence-every-3-weeks = 每 3 週
report-cadence-every-4-weeks = 每 4 週
report-cadence-monthly = 每月同一週的同一天
report-activities-none = 非同步交流活動：無
report-activities = 非同步交流活動：{ $count } — { $standings }
report-activities-waiting = 等待確認
report-activities-under-way = 進行中
report-activities-overdue = 逾期
report-activities-done = 已完成
report-activities-cancelled = 已取消
report-activity-overdue = {"  "}逾期：{ $pair }，{ $kind } #{ $activity }：{ $school } 的 { $step }，期限 { $due }
report-kind-video-letter = 影片信交流
report-kind-shared-board = 共享看板
report-kind-letters = 手寫信交流
report-kind-culture-box = 文化箱交流
report-at-risk-heading = 有風險的配對（{ $count }）：
report-pair-at-risk = {"  "}{ $pair }：{ $risks }
report-at-risk-none = 有風險的配對：無
report-risk-low-rating = { $school } 評分 { $rating }/5（第 { $session } 堂）
report-risk-not-held = 第 { $session } 堂{ $outcome ->
        [postponed] 已延期
       *[cancelled] 已取消
    }
report-risk-not-held-because = 第 { $session } 堂{ $outcome ->
        [postponed] 已延期
       *[cancelled] 已取消
    }：{ $reasons }
report-risk-no-practice = 第 { $session } 堂課前沒有寄出連線演練提醒
report-risk-no-answer = { $school } 一週後仍未回覆第 { $session } 堂課的回饋
report-risk-idle = 學期中連續六個上課週沒有課程也沒有活動（自 { $since } 起）

report-attached = 附件：評分圖表（PNG）與所有回覆（CSV）。
report-attached-activities = 附件：評分圖表（PNG）、所有回覆（CSV）與本學期活動的所有步驟（CSV）。
report-csv-title = 所有老師的回覆
report-activities-csv-title = 本學期活動的所有步驟
report-chart-title = 評分 · { $program } · { $term }
report-chart-description = 評分變化
report-chart-rating-axis = 評分（1–5）
report-chart-answers = 回覆（×n：當天有 n 人給相同評分）
report-chart-weekly-mean = 每週平均
report-chart-week-axis = 課程所在週（週一）
report-chart-no-ratings = 尚無評分
report-neither-program-nor-term = { $refusal }「{ $text }」也不是學期：請寫成 { $accepted }。

## jointclass report（bot/cli/report.py）

report-cli-no-program = jointclass report：沒有名為「{ $name }」的計畫（現有：{ $programs }）
report-cli-no-program-yet = jointclass report：沒有名為「{ $name }」的計畫（目前還沒有任何計畫）
report-cli-bad-term = jointclass report：無法讀取 --term：{ $problem }
report-cli-cannot-write = jointclass report：無法寫入 { $path }：{ $error }
report-cli-wrote-answers = 已將 { $count } 則回覆寫入 { $path }。
report-cli-wrote-steps = 已將 { $count } 個活動步驟寫入 { $path }。

## 指令說明（help、Discord）

cmd-feedback = 回饋指令：assistance、close、impression、settings、submit、summary
cmd-feedback-submit = 填寫或修改您對一堂課的回饋：是否進行、進行得如何、下一步想做什麼。
cmd-feedback-submit-description = 每位老師每堂課一則回覆；再次送出會修改回覆，未填的選項保留先前的值。在協調人關閉該學期報告前都可以修改。
cmd-feedback-submit-form = 課程回饋
cmd-feedback-submit-opt-session = 課程編號（#12 就填 12）
cmd-feedback-submit-opt-status = 課程是否有進行？（預設為先前的回覆，否則為 held）
cmd-feedback-submit-opt-reason = 沒有進行的原因（postponed 或 cancelled 時需要）
cmd-feedback-submit-opt-rating = 進行得如何，1（不順利）到 5（非常好）；held 時需要
cmd-feedback-submit-opt-went_well = 順利之處
cmd-feedback-submit-opt-improve = 下次要改進之處
cmd-feedback-submit-opt-problems = 技術問題，沒有則填 none
cmd-feedback-submit-opt-continue_with = 接下來想要：再一次線上交流、實地互訪、正式協議，或 none
cmd-feedback-impression = 匿名分享學生對一堂課的一句心得。
cmd-feedback-impression-description = 在這對學校的共同頻道輸入（老師也可以代為輸入學生說的話）。不會儲存姓名或使用者 ID。
cmd-feedback-impression-opt-session = 課程編號（#12 就填 12）
cmd-feedback-impression-opt-text = 一句話：喜歡的、學到的或感受到的
cmd-feedback-summary = 查看一堂課的回饋，或與某所交流學校所有課程的回饋。
cmd-feedback-summary-description = 只有上課的兩所學校的老師與計畫協調人可以查看。不加選項時，顯示您學校最近的 10 堂課。
cmd-feedback-summary-opt-session = 一堂課的編號
cmd-feedback-summary-opt-partner = 與這所交流學校的所有課程（協調人：這所學校的所有課程）
cmd-feedback-close = 關閉一個學期的報告：之後該學期課程的回覆即為定案。
cmd-feedback-close-opt-term = 要關閉的學期名稱，例如 2027-1
cmd-feedback-close-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-feedback-settings = 選擇是否在共同頻道邀請學生匿名分享心得。
cmd-feedback-settings-opt-student_prompt = on：每堂課結束後在共同頻道邀請學生寫一句心得；off：不邀請
cmd-feedback-settings-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-report = 您計畫某學期的回饋報告：數據、有風險的配對、圖表、CSV。
cmd-report-description = 兩者皆可省略：`/exchange report 2027-1` 會顯示您計畫的某個學期。
cmd-report-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-report-opt-term = 學期；預設為目前的學期
value-program-accepted = 計畫名稱
choice-held = 已進行
choice-postponed = 已延期
choice-audio = 聲音
choice-video = 影像
choice-connection = 連線
choice-interpretation = 口譯
choice-none = 無
choice-online = 線上交流
choice-visit = 互訪
choice-agreement = 協議
