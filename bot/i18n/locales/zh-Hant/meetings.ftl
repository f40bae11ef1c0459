## 兩校時區的交流時間：propose、book、confirm、sessions、reschedule、cancel、ics、time、overlap
## (bot/commands/meetings.py、bot/sessions/*)。指令與選項名稱維持輸入時的樣子。

## 場次的呈現 (bot/sessions/session_text.py)

meetings-program-type = { $type ->
        [presentation] 發表
        [discussion] 討論
        [recreation] 團康活動
        [joint_production] 共同製作
       *[cultural_exchange] 文化交流
    }
meetings-status-waiting-for-partner = 待確認：等待{ $partner }確認
meetings-status-waiting-for-you = 待確認：等待您確認 (/exchange confirm { $id })
meetings-status-cancelled = 已取消
meetings-status-cancelled-because = 已取消（{ $reason }）
meetings-status-booked = 已預約
meetings-topic-to-be-agreed = 待討論
meetings-details = { $type } · 主題：{ $topic }
meetings-details-video = { $type } · 主題：{ $topic } · 視訊會議：{ $video }
meetings-details-agenda = { $type } · 主題：{ $topic } · 流程表：{ $agenda }
meetings-details-video-agenda = { $type } · 主題：{ $topic } · 視訊會議：{ $video } · 流程表：{ $agenda }
meetings-after-school-in = （{ $city }為課後時間）
meetings-after-school-in-both = （{ $city }和{ $other_city }皆為課後時間）
meetings-time = { $time }
meetings-time-after-school = { $time } { $after_school }
meetings-session-head = #{ $id } 與{ $partner }的場次 — { $status }
meetings-session =
    { $head }
    { $body }

## 預約、確認、改期與取消 (bot/sessions/booking.py)

meetings-no-such-session = { $school }沒有 #{ $id } 場次。`/exchange sessions` 會列出您的場次。
meetings-confirm-button = 確認 #{ $id }
meetings-proposed-notice =
    { $who }（{ $school }）提議一場線上交流：
    { $session }
meetings-confirm-own-proposal = #{ $id } 場次是{ $school }提議的，因此由{ $partner }的老師確認。已請他們確認。
meetings-label-session = #{ $id } 場次
meetings-booked-notice =
    { $who }（{ $school }）已確認：交流已預約。
    { $session }
    行事曆邀請：/exchange ics { $id }{ $notes }
meetings-already-at-that-time =
    #{ $id } 場次已經在那個時間，沒有任何變更。
    { $session }
meetings-moved-notice =
    { $who }（{ $school }）已更改 #{ $id } 場次的時間；原本是 { $before }。
    { $session }{ $hint }
meetings-updated-invite-hint = 更新後的行事曆邀請：/exchange ics { $id }
meetings-cancel-past = #{ $id } 場次已經舉行過，沒有可取消的內容。
meetings-cancelled-notice = { $who }（{ $school }）已取消與{ $partner }的 #{ $id } 場次：{ $time }。{ $more }
meetings-cancel-reason = 原因：{ $reason }
meetings-calendar-cancellation = 行事曆取消通知：/exchange ics { $id }{ $rest ->
        [yes] {" "}rest=yes
       *[no] {""}
    }
meetings-cancelled-by-you-already = 您已於 { $at } 取消與{ $partner }的 #{ $id } 場次，並已通知{ $partner }。
meetings-cancelled-already = #{ $id } 場次已由{ $by }於 { $at } 取消。
meetings-was-cancelled = #{ $id } 場次已由{ $by }於 { $at } 取消，因此沒有{ $undone ->
        [confirmed] 確認
        [moved] 改期
       *[cancelled] 取消
    }。請用 `/exchange propose` 提議並預約新的時間。
meetings-by-you = 您
meetings-by-school = { $school }
meetings-by-a-teacher = 一位老師
meetings-confirmed-by-you-already =
    您已於 { $at } 確認 #{ $id } 場次：已預約，兩校都已收到通知。
    { $session }
meetings-confirmed-already = #{ $id } 場次已由{ $by }於 { $at } 確認：已預約，時間為 { $time }。
meetings-begun = { $verb ->
        [reschedule] #{ $id } 場次已經開始，來不及改期。如果實際沒有舉行，請先回報延期（`/exchange feedback submit session={ $id } status=postponed reason=…`），再重新安排時間。
        [cancel] #{ $id } 場次已經開始，來不及取消。
       *[confirm] #{ $id } 場次已經開始，來不及確認。
    }
meetings-time-begun = { $label }（{ $time }）已經開始，請改提議較晚的時間。
meetings-time-does-not-work = { $label }（{ $time }）不可行：{ $why }
meetings-refusal-off-grid = 交流須從整點後每 15 分鐘的時間開始（UTC 的 :00、:15、:30 或 :45）。
meetings-refusal-closed = { $school }在 { $day } 不上課（{ $closure }）。`/exchange propose` 會建議可行的時間。
meetings-refusal-outside-hours = 這不在{ $school }的時間內（上課 { $class_hours }，當地時間）。`/exchange propose` 會建議兩校時間內的時段。
meetings-refusal-outside-hours-after-school = 這不在{ $school }的時間內（上課 { $class_hours }；課後 { $after_school_hours }，當地時間）。`/exchange propose` 會建議兩校時間內的時段。
meetings-booked-by-you-already =
    您已於 { $at } 將這個時間預約為 #{ $id } 場次：
    { $session }
meetings-overlaps = 這個時間與 #{ $id } 場次（{ $status ->
        [booked] 已預約
        [cancelled] 已取消
       *[pending] 待確認
    }）重疊：{ $time }。同一組夥伴的場次不能重疊：請選擇其他時間，或先取消 #{ $id }。

## 指的是哪一所夥伴學校 (bot/sessions/partnership_choice.py)

meetings-not-partners = { $school }和{ $partner }還不是夥伴學校，因此無法預約。夥伴申請被接受後才能預約場次。
meetings-own-school = { $school }是您自己的學校，請指定夥伴學校。
meetings-no-partner-yet = { $school }還沒有夥伴學校。若仍想查看時間，請指定學校：partner=<學校 ID>
meetings-which-partner = { $school }有 { $count } 所夥伴學校，請用 partner=… 指定是哪一所：{ $listed }。

## 指令的回覆與拒絕 (bot/commands/meetings.py)

meetings-not-a-link = 「{ $text }」不是連結，請提供以 https:// 開頭的完整網址。
meetings-every-without-series = every= 要和 series=… 一起使用，例如 `/exchange propose series=6 every=2w`。
meetings-number-or-at = 請提供提議時間的編號或 at=…，兩者擇一。
meetings-list-with-at = list= 指的是編號所屬的提議；使用 at= 時請省略。
meetings-which-time = 要哪個時間？請提供上次提議中的編號（`book 2`），或您的當地時間（`book at="2027-03-09 15:00"`）。
meetings-duration-without-at = duration= 要和 at= 一起使用；提議的時間維持原本的長度。
meetings-label-agreed-time = 這個時間
meetings-label-time = 時間 { $number }
meetings-series-count-or-until = 系列場次的長度只能用 count= 或 until= 其中之一指定。
meetings-series-until-before-first = until={ $until } 早於第一個場次（{ $first }）。
meetings-series-too-long = 到 { $until } 為止會超過 { $most } 個場次；一個系列最多 { $most } 個場次。請提早 until= 或加長 every=。
meetings-series-single = 到 { $until } 為止只有一個場次；請只用 `book` 預約，或延後 until=。
meetings-series-length-needed = 系列場次需要指定長度：count=6（場次數）或 until=2027-06-30（您的當地日期）。
meetings-single-with-series-options = every=、count=、until= 和 fair= 用於預約系列場次：請輸入 `book series …`。
meetings-what-time = 時間 { $number }
meetings-what-agreed-time = 這個時間
meetings-booked =
    已將{ $what }預約為 #{ $id } 場次。在{ $partner }的老師確認前為待確認狀態；已通知對方。
    { $session }
meetings-assistant = 遠距課堂助理：{ $assistant }
meetings-proposal-unknown = 提議 { $list } 不是您的，或已超過兩週。請再執行一次 `/exchange propose`。
meetings-proposal-with-another = 提議 { $list } 是與{ $partner }的提議，不是與{ $named }的。
meetings-no-proposal-yet = 您還沒有與{ $partner }的提議時間：請先執行 `/exchange propose`，再依編號預約。
meetings-no-such-time = 那次提議列出了 { $count } 個時間；請選擇 1 到 { $count } 的編號。
meetings-confirmed =
    與{ $partner }的 #{ $id } 場次已預約；兩校都已收到通知。
    { $session }
    已附上行事曆邀請。
meetings-nothing-waiting = 沒有等待您確認的場次。`/exchange sessions` 會列出您的場次。
meetings-several-waiting = 有多個場次等待您確認（{ $numbers }）；請提供編號，例如 `/exchange confirm { $first }`。
meetings-no-upcoming = { $school }沒有即將舉行的場次。`/exchange propose` 會建議可預約的時間。
meetings-upcoming = { $school }即將舉行的場次：
meetings-upcoming-page = { $school }即將舉行的場次，共 { $total } 個，顯示第 { $first }–{ $last } 個：
meetings-listed-single = { $session }
meetings-listed-session =
    { $session }
        { $part }
meetings-series-part = 系列 #{ $series } 共 { $count } 場中的第 { $position } 場（{ $placement ->
        [moved] 已移動
        [skipped] 已略過
       *[as_planned] 依原訂計畫
    }）
meetings-status-proposed-by = 待確認：由{ $proposer }提議，等待{ $confirmer }確認
meetings-program-session =
    #{ $id } { $school } ({ $school_id }) – { $partner } ({ $partner_id }) — { $status }
        { $time }
meetings-not-in-program = { $school }不是{ $program }的學校。
meetings-school-in-program = { $program }的{ $school }
meetings-program-none = { $whose }沒有{ $status ->
        [pending] 待確認的場次
        [booked] 已預約的場次
        [cancelled] 已取消的場次
       *[upcoming] 即將舉行的場次
    }。
meetings-program-listed = { $whose }的{ $status ->
        [pending] 待確認的場次
        [booked] 已預約的場次
        [cancelled] 已取消的場次
       *[upcoming] 即將舉行的場次
    }共 { $count } 個：
meetings-program-listed-page = { $whose }的{ $status ->
        [pending] 待確認的場次
        [booked] 已預約的場次
        [cancelled] 已取消的場次
       *[upcoming] 即將舉行的場次
    }共 { $count } 個，顯示第 { $first }–{ $last } 個：
meetings-invite-button = 行事曆邀請
meetings-section-title = #{ $id } 與{ $partner }（{ $status ->
        [booked] 已預約
        [cancelled] 已取消
       *[pending] 待確認
    }）
meetings-not-in-a-series = #{ $id } 場次不屬於任何系列；請省略 rest=yes。
meetings-reschedule-no-proposal = 您沒有與{ $partner }的提議時間：請執行 `/exchange propose`，或提供像 2027-03-09 15:00 這樣的時間。
meetings-label-new-time = 新的時間
meetings-moved =
    #{ $id } 場次已改期；已通知{ $partner }。
    { $session }{ $attached }
meetings-updated-invite-attached = 已附上更新後的行事曆邀請。
meetings-series-moved = #{ $id } 場次及系列 #{ $series } 之後的場次已從 { $time } 起重新安排；已通知{ $partner }。
meetings-updated-invites-attached = 已附上更新後的行事曆邀請。
meetings-series-cancelled = 已取消與{ $partner }的系列 #{ $series } 中自 #{ $id } 起的 { $count } 個場次；已通知{ $partner }。{ $attached }
meetings-cancellations-attached = 已附上行事曆取消通知：開啟檔案即可移除這些行程。
meetings-cancelled = 與{ $partner }的 #{ $id } 場次（{ $time }）已取消；已通知{ $partner }。{ $attached }
meetings-cancellation-attached = 已附上行事曆取消通知：開啟即可移除這個行程。
meetings-series-none-booked = 系列 #{ $series } 自 #{ $id } 起還沒有已預約的場次；邀請會在夥伴學校確認後寄出。
meetings-invites = { $titles }。
meetings-not-booked-yet = #{ $id } 場次尚未預約；邀請會在夥伴學校確認後寄出。
meetings-invite = { $title }：{ $time }。
meetings-time-is = { $mine } 就是 { $theirs }。
meetings-time-standing = { $school }：{ $standing } · { $partner }：{ $partner_standing }
meetings-time-note = 注意：{ $note }
meetings-standing = { $standing ->
        [class] 上課時間
        [after_school] 課後時間
       *[outside] 學校時間以外
    }
meetings-standing-closed = 不上課（{ $closure }）
meetings-overlap-heading = { $week } 這一週{ $school }和{ $partner }都能見面的時間：
meetings-overlap-title = { $school }和{ $partner }，{ $week } 這一週
meetings-overlap-closed = { $city }不上課：{ $closure }
meetings-overlap-day = { $day }：{ $meets }
meetings-overlap-day-closed = { $day }：{ $meets }（{ $closed }）
meetings-overlap-none = { $day }：沒有重疊時間
meetings-overlap-none-closed = { $day }：沒有重疊時間（{ $closed }）

## 重疊時間圖 (bot/sessions/overlap_chart.py)

meetings-chart-tick-day =
    { $time }
    { $day }
meetings-chart-row = { $day } · { $zone }
meetings-chart-top-title = 與{ $own_city } { $day } 同一時刻的{ $city }時間：{ $shown }
meetings-chart-top-title-two-days = 與{ $own_city } { $day } 同一時刻的{ $city }時間：{ $shown }和{ $last }
meetings-chart-axis = { $city }時間（每天與 UTC 的時差在左側）
meetings-chart-class-hours = { $school }：上課時間
meetings-chart-after-school = 課後
meetings-chart-closed = 不上課
meetings-chart-both-can-meet = 雙方都能見面
meetings-chart-title = { $school }（{ $city }）和{ $partner }（{ $partner_city }），{ $week } 這一週
meetings-chart-closed-because = 不上課：{ $closure }

## 兩校時區的日光節約時間

meetings-offset-same-day = 注意：{ $city }將於 { $day } 改為 { $zone }；{ $other_city }同一天也會改變，所以時差不變。
meetings-offset-shift = 注意：{ $city }將於 { $day } 改為 { $zone }；之後的時間相對於{ $other_city }會偏移 { $shift }。
meetings-shift-hours = { $hours } 小時
meetings-shift-minutes = { $minutes } 分鐘
meetings-shift-hours-minutes = { $hours } 小時 { $minutes } 分

## 系列場次 (bot/sessions/series_text.py、series_booking.py)

meetings-cadence = { $cadence ->
        [every_2_weeks] 每 2 週
        [every_3_weeks] 每 3 週
        [every_4_weeks] 每 4 週
        [monthly] 每月同一週的同一天
       *[weekly] 每週
    }
meetings-hindrance-clash = 兩校的另一個場次已占用這個時間
meetings-hindrance-closed = { $city }在 { $day } 不上課（{ $closure }）
meetings-hindrance-outside-hours = 當時不在{ $city }的上課與課後時間內
meetings-series-after-school = { $city }為課後時間
meetings-series-after-school-both = { $city }和{ $other_city }皆為課後時間
meetings-occurrence-number = { $position }.
meetings-occurrence-number-session = { $position }. (#{ $id })
meetings-occurrence-skipped = {"  "}{ $number } 已略過（原訂 { $planned }）：{ $why }，且那一週沒有其他兩校都合適的時間
meetings-occurrence-cancelled = 已取消：{ $time }
meetings-moved-by-teachers = 由老師移動
meetings-occurrence-moved = 從 { $planned } 移過來：{ $why }
meetings-occurrence = {"  "}{ $number } { $parts }
meetings-balance-in-class = 每個場次都在兩校的上課時間內。
meetings-balance = 課後時段：{ $city } { $total } 場中有 { $count } 場，{ $other_city } { $total } 場中有 { $other_count } 場。
meetings-turn = { $city }時間 { $time }
meetings-fair-taking-turns = 沒有兩校都在上課的時段，因此由兩校輪流負擔課後時段：先是 { $turn }，再來是 { $other_turn }，各自依照自己學校的時間。
meetings-fair-one-sided = 沒有兩校都在上課的時段，也沒有改由另一校負擔課後的時段，因此課後時段無法輪流。
meetings-series-plan = 從時間 1 開始，{ $cadence }一次、共 { $count } 場的系列：
meetings-series-book-hint = 請用 `/exchange { $command }` 預約這個系列；之後由{ $partner }的老師一次全部確認。
meetings-series-nothing-fits = 這個系列沒有任何一場適合兩校，因此沒有預約任何場次：{ $lines }
meetings-series-proposed-notice = { $who }（{ $school }）提議與{ $partner }進行{ $cadence }一次、共 { $count } 場的線上交流系列：
meetings-confirm-series-button = 確認系列 #{ $series }
meetings-series-nothing-waiting = 系列 #{ $series } 沒有等待確認的場次；`/exchange sessions` 會列出這些場次。
meetings-series-own-proposal = 系列 #{ $series } 的場次是{ $school }提議的，因此由{ $partner }的老師確認。已請他們確認。
meetings-label-series-session = #{ $id } 場次（系列中的第 { $position } 場）
meetings-series-booked-notice = { $who }（{ $school }）已確認系列 #{ $series }：{ $count } 個場次已預約。
meetings-series-invites-hint = 行事曆邀請：/exchange ics { $id } rest=yes（所有場次在同一個檔案中）
meetings-series-notice = { $heading }{ $lines }
meetings-series-already-at = #{ $id } 場次已經在 { $time }。
meetings-series-start-overlaps = { $label }與兩校的另一個場次重疊；請選擇其他時間。
meetings-series-moved-notice = { $who }（{ $school }）已更改 #{ $id } 場次及系列 #{ $series } 之後場次的時間：
meetings-series-cancelled-notice = { $who }（{ $school }）已取消與{ $partner }的 #{ $id } 場次及系列 #{ $series } 之後的場次：

## 提議時間 (bot/sessions/slot_report.py)

meetings-proposal-nothing = 從 { $first } 到 { $last }（{ $city }日期），沒有適合{ $school }和{ $partner }的 { $duration } 分鐘交流時間。
meetings-proposal = 從 { $first } 到 { $last }（{ $city }日期），{ $school }和{ $partner }的 { $count } 個交流時間（{ $duration } 分鐘）：
meetings-proposal-after-school = 這段期間上課時間沒有重疊，因此使用課後時間。
meetings-proposed-time = {"  "}{ $number }. { $time }
meetings-proposed-time-title = { $number }. { $time }
meetings-book-button = 預約 { $number }
meetings-turn-note = 注意：{ $turn }。
meetings-turn-outside-school = 不在{ $school }的{ $hours ->
        [class] 上課時間
       *[all] 時間
    }內
meetings-turn-too-short = 在兩校的{ $hours ->
        [class] 上課時間
       *[all] 時間
    }內湊不出 { $duration } 分鐘
meetings-turn-opens = { $city }將於 { $day } 改為 { $zone }：從那時起，{ $here } { $wall } 是{ $there } { $after }，在兩校的{ $hours ->
        [class] 上課時間
       *[all] 時間
    }內（在那之前是 { $before }，{ $outside }）
meetings-turn-closes = { $city }將於 { $day } 改為 { $zone }：從那時起，{ $here } { $wall } 是{ $there } { $after }，{ $outside }
meetings-turns-separator = {"；以及 "}
meetings-why-no-overlap = 原因：兩校的上課與課後時間在一年內的任何一天都沒有重疊。
meetings-why-no-overlap-example = 原因：兩校的上課與課後時間在一年內的任何一天都沒有重疊。例如{ $partner }的上課時間是 { $hours }。
meetings-what-would-work-after-school = 可行的做法：設定能延伸到對方學校白天的課後時間（`/exchange school edit after_school_hours=…`），或改用非同步交流：影片信、共用的 Padlet 看板，或文化箱與手寫信。
meetings-why-too-short = 原因：兩校的時間最多只重疊 { $longest } 分鐘（交流須從每 15 分鐘的整點開始），少於要求的 { $duration } 分鐘。
meetings-what-would-work-duration = 可行的做法：duration={ $longest }、延長課後時間，或改用非同步交流：影片信、共用的 Padlet 看板，或文化箱與手寫信。
meetings-why-closed = 原因：這段期間內所有重疊的時間，都落在其中一校不上課的日子：{ $closed }。
meetings-why-turns = 原因：只有在這段期間以外才有重疊：{ $turns }。
meetings-why-outside-range = 原因：兩校確實有重疊的時間，但只在這段期間以外。
meetings-nothing-within-a-year = 這段期間前後一年內也沒有合適的時間；可以考慮改用非同步交流：影片信、共用的 Padlet 看板，或文化箱與手寫信。
meetings-nearest = 最近的可行時間：{ $time }。
meetings-what-would-work-range = 可行的做法：放寬期間，例如 from={ $first } to={ $last }。
meetings-closed-day = { $city } { $first }（{ $names }）
meetings-closed-days = { $city } { $first }–{ $last }（{ $names }）
meetings-closed-more = 另有 { $count } 筆
meetings-book-hint = 請用 `/exchange book <n>` 預約其中一個；之後由{ $partner }的老師確認。
meetings-not-partners-yet = { $school }和{ $partner }還不是夥伴學校，因此無法預約這些時間。
meetings-book-series-button = 預約 { $count } 場系列
meetings-series-booked = 已預約系列 #{ $series }：與{ $partner }的 { $total } 個場次中的 { $count } 個，{ $cadence }。在{ $partner }的老師確認前為待確認狀態（確認一次即全部預約）；已通知對方。
meetings-series-assistant-asked = 遠距課堂助理：每個場次都已請求遠距課堂助理；`/exchange assist <session>` 會顯示各場次的進度。
meetings-series-confirmed = 與{ $partner }的系列 #{ $series } 已預約：共 { $count } 個場次；兩校都已收到通知。
meetings-series-invites-attached = 已附上行事曆邀請：一個檔案，每個場次各一個行程。

## 指令宣告的翻譯（摘要、說明、選項說明、選項值）

cmd-book = 預約 `propose` 列出的時間、在其他地方談妥的時間，或一系列場次；之後由夥伴學校的老師確認。
cmd-book-description = `book at="2027-03-09 15:00"` 會預約在其他地方（電子郵件、事前會議）談妥的時間，並和提議的時間一樣檢查兩校是否都合適。`/exchange book series 2 every=2w count=6` 會從時間 2 起每兩週預約一場、共六場；每場都像單一場次一樣檢查，不合適的會在當週內移動或略過。確認一次即全部預約。
cmd-book-opt-kind = single（單一場次，預設）或 series（每 `every` 一場，共 `count` 場或直到 `until`）
choice-single = 單一場次
choice-series = 系列場次
cmd-book-opt-number = 最近一次提議中的時間編號（或改用 at=）
cmd-book-opt-partner = 夥伴學校；預設為這個共同頻道的夥伴，其次為最近提議的夥伴，再其次為唯一的夥伴
cmd-book-opt-list = 編號所屬的提議（按鈕會自動指定）；預設為最近一次
cmd-book-opt-at = 不用編號，改用在其他地方（電子郵件、事前會議）談妥的時間，您的當地時間，例如 '2027-03-09 15:00' 或 'Tue 15:00'
cmd-book-opt-duration = 搭配 at=：每個場次的長度（預設 60 分鐘）
cmd-book-opt-every = 系列場次的間隔：1w、2w、3w、4w 或 month（每月同一週的同一天），預設 1w
choice-month = 每月
cmd-book-opt-count = 系列的場次數
cmd-book-opt-until = 或系列的最後日期，您的當地日期
cmd-book-opt-fair = no：整個系列固定同一個時間，不輪流負擔課後時段（預設 yes）
cmd-book-opt-type = 交流類型（預設 cultural_exchange）
cmd-book-opt-topic = 班級要討論或製作的主題
cmd-book-opt-link = 視訊會議連結（Zoom、Meet 等）
cmd-book-opt-agenda = 共用流程表或教案的連結
cmd-book-opt-assist = yes：請求遠距課堂助理在兩校的主要語言之間口譯（其他語言用 `assist` 指定）
cmd-cancel = 取消一個場次，或取消它及系列中其餘的場次；會連同您的原因通知夥伴學校。
cmd-cancel-opt-session = 場次編號（見 `/exchange sessions`）
cmd-cancel-opt-reason = 要告訴夥伴學校的原因
cmd-cancel-opt-rest = yes：這個場次及系列之後的所有場次
cmd-confirm = 確認夥伴學校預約的場次；兩校都會收到行事曆邀請。
cmd-confirm-opt-session = 場次編號；預設為等待您確認的場次
cmd-confirm-opt-type = 交流類型
cmd-confirm-opt-topic = 班級要討論或製作的主題
cmd-confirm-opt-link = 視訊會議連結（Zoom、Meet 等）
cmd-confirm-opt-agenda = 共用流程表或教案的連結
cmd-ics = 重新取得已預約場次的行事曆邀請（.ics），或系列中其餘場次的邀請。
cmd-ics-opt-session = 場次編號（見 `/exchange sessions`）
cmd-ics-opt-rest = yes：這個場次及系列之後的所有場次
cmd-overlap = 一週的圖表：兩校的時間放在同一條軸上，並標示重疊的時間。
cmd-overlap-opt-partner = 夥伴學校；預設為這個共同頻道的夥伴，或唯一的夥伴
cmd-overlap-opt-week = 要顯示那一週中的任一天，您的當地日期（預設為下週）
cmd-propose = 在兩校的時間內建議交流時間，並以兩個時區顯示。
cmd-propose-description = 時段從每 15 分鐘的整點開始，落在兩校的上課時間內（上課時間沒有重疊時則用課後時間），並避開任一校的國定假日、學校假期與已公告的停課日。加上 series=6（及 every=2w）時，回覆也會從第一個時間起規劃一個系列，可以直接預約。
cmd-propose-opt-partner = 夥伴學校；預設為這個共同頻道的夥伴，或唯一的夥伴
cmd-propose-opt-from = 要考慮的第一天，您的當地日期（預設為兩週後）
cmd-propose-opt-to = 要考慮的最後一天（預設為第一天之後八週）
cmd-propose-opt-duration = 交流的長度
cmd-propose-opt-count = 要建議幾個時間
cmd-propose-opt-series = 同時從第一個時間起規劃這麼多場的系列，必要時輪流負擔課後時段
cmd-propose-opt-every = 系列場次的間隔：1w、2w、3w、4w 或 month（每月同一週的同一天），預設 1w
cmd-reschedule = 將一個場次改到其他時間（長度不變），或連同系列中其餘的場次一起改；會通知夥伴學校。
cmd-reschedule-description = 加上 rest=yes 時，系列之後的場次也會跟著調整：系列從新的時間重新開始，間隔不變，每一場都像預約時一樣安排。
cmd-reschedule-opt-session = 場次編號（見 `/exchange sessions`）
cmd-reschedule-opt-to = 您與這所夥伴最近一次提議中的時間編號，或像 '2027-03-09 15:00' 這樣的當地時間
value-slot-or-time-accepted = 最近一次提議中的時間編號，或像 '2027-03-09 15:00' 這樣的當地時間
cmd-reschedule-opt-rest = yes：這個場次及系列之後的所有場次
cmd-sessions = 以兩個時區列出貴校即將舉行的場次（協調人：整個計畫的場次）。
cmd-sessions-description = 每頁列出 20 個場次；「下一頁」按鈕（或 `page=`）會顯示接下來的場次。
cmd-sessions-opt-partner = 夥伴學校；預設為這個共同頻道的夥伴，或唯一的夥伴
cmd-sessions-opt-program = 計畫名稱；預設為目前的計畫（`/exchange coordinator use`）
cmd-sessions-opt-status = 協調人：只列出這個狀態的場次，包括過去的場次
choice-booked = 已預約
cmd-sessions-opt-page = 要顯示列表的第幾頁
cmd-time = 您的某個時間對夥伴來說是幾點？顯示兩個時區，以及雙方各自的日期。
cmd-time-opt-when = 要換算的時間，以您的時區為準
cmd-time-opt-partner = 夥伴學校的 ID 或名稱；預設為這個共同頻道的夥伴，或唯一的夥伴

## 行事曆邀請 (bot/sessions/invites.py)：SUMMARY、DESCRIPTION 與檔案標題

meetings-invite-summary = 線上交流：{ $school } × { $partner } — { $type }
meetings-invite-topic = 主題：{ $topic }
meetings-invite-school-time = { $school }：{ $time }
meetings-invite-video = 視訊會議：{ $link }
meetings-invite-assistant = 遠距課堂助理：{ $assistant }
meetings-invite-agenda-link = 流程表：{ $link }
meetings-invite-agenda-plan = 流程表：當天的進行計畫，請用 `/exchange agenda show { $id }` 查看
meetings-invite-footer = #{ $id } 場次 · Joint Class Bot (/exchange sessions)
meetings-invite-description = { $lines }
meetings-invite-alarm = { $minutes } 分鐘後：{ $summary }
meetings-invite-title = #{ $id } 場次的行事曆{ $kind ->
        [cancellation] 取消通知
       *[invite] 邀請
    }（第 { $version } 版）
meetings-series-invites-title = 系列 #{ $series } 中 { $count } 個場次的行事曆{ $kind ->
        [cancellations] 取消通知
       *[invites] 邀請
    }

## 無法用來提議時間的日期範圍（`propose`、`jointclass propose`）
meetings-range-past = 這個範圍在已經過去的 { $last } 結束；您那裡的今天是 { $today }。
meetings-range-reversed = 這個範圍的結束日（{ $last }）早於開始日（{ $first }）；請先寫較早的日期。
meetings-range-too-long = { $first } 到 { $last } 超過 { $days } 天；每次最多請查詢一年。
