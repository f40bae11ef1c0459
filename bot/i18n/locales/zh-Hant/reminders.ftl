## 提醒（bot/reminders/、bot/commands/reminders.py）。指令與選項名稱維持原樣。

reminder-text = { $text }
reminder-list = { $first }、{ $rest }
reminder-item = • { $item }

reminder-kind = { $kind ->
    [lead] 事前準備提醒（主題、活動類型、協調人、口譯）
    [preliminary] 與對方老師的事前會議
    [practice] 設備與連線檢查、彩排
    [day_before] 前一天的檢查清單
    [agenda] 當天流程
    [step] 各階段提醒
   *[end] 交流結束：請填寫回饋
}
reminder-kind-step = 各階段提醒：{ $title }

reminder-audience-teachers = { $school } 的老師
reminder-audience-assistant = 本場的助理
reminder-audience-coordinators = { $program } 的協調人
reminder-audience-channel = 共同頻道
reminder-audience-both-schools = 兩校老師（尚未連結共同頻道）
reminder-audience-no-channel = 共同頻道（尚未連結）

reminder-until = { $unit ->
    [months] { $count } 個月後
    [weeks] { $count } 週後
    [tomorrow] 明天
    [days] { $count } 天後
    [hours] { $count } 小時後
    [hours-minutes] { $count } 小時 { $minutes } 分鐘後
    [minutes] { $minutes } 分鐘後
   *[now] 即將
}

reminder-when = 時間：{ $span }
reminder-details = { $links ->
    [video] { $type } · 主題：{ $topic } · 視訊：{ $video }
    [agenda] { $type } · 主題：{ $topic } · 流程：{ $agenda }
    [videoagenda] { $type } · 主題：{ $topic } · 視訊：{ $video } · 流程：{ $agenda }
   *[none] { $type } · 主題：{ $topic }
}
reminder-topic-to-be-agreed = 待討論
reminder-topic-not-agreed = 尚未確定

reminder-head = 線上交流 { $pair }（場次 #{ $session }）{ $until }舉行：{ $kind ->
    [lead] 該開始準備了。
    [preliminary] 該與對方老師開事前會議了。
    [practice] 該檢查設備並彩排了。
   *[day_before] 請看檢查清單。
}
reminder-coordinators-head = { $program }：線上交流 { $pair }（場次 #{ $session }）{ $until }舉行。已請老師們：
reminder-lead-confirm = 請兩位老師確定主題（{ $topic }）與活動類型（{ $type }）。
reminder-lead-tell-coordinator = 請告訴計畫協調人（{ $program }）你們的規劃。
reminder-lead-interpreter = 如果班級需要口譯，請申請遠距課堂助理：`/exchange assist { $session }`。
reminder-preliminary-meeting = 請兩位老師以視訊而非電子郵件開事前會議（需要時請口譯一起參加），商定活動內容、分工與使用的工具。
reminder-preliminary-no-times = 請以訊息約定時間；`/exchange propose duration=30` 會列出兩校都方便的時段。
reminder-preliminary-times = 兩校都方便的 { $minutes } 分鐘會議時段：{ $times }。
reminder-practice-devices = 請檢查設備：分組所需的數量、攝影機、麥克風與喇叭。
reminder-practice-connection = 請檢查要使用的教室網路（Wi-Fi）與視訊會議：{ $link }。
reminder-practice-connection-no-link = 請檢查要使用的教室網路（Wi-Fi）與視訊會議：目前還沒有連結，請現在約定。
reminder-practice-run = 請與對方老師用同一套工具彩排，包括分組討論室。
reminder-video-link = 視訊：{ $link }
reminder-video-link-none = 還沒有視訊連結：請今天約定。
reminder-day-before-agenda = 流程：{ $titles }（`/exchange agenda show { $session }`）
reminder-day-before-devices = 設備充好電並連線，教室準備就緒，學生了解流程。
reminder-day-before-interpreter = 如有口譯或遠距課堂助理，請確認。
reminder-day-before-roles = 分工：誰點名、誰開分組討論室、誰控制時間。

reminder-assistant-head = 您擔任口譯（{ $languages }）的線上交流 { $pair }（場次 #{ $session }）{ $until }舉行：{ $kind ->
    [practice] 該與老師們彩排了。
   *[day_before] 請看您的檢查清單。
}
reminder-assistant-practice-run = 請用同一套視訊工具參加老師們的彩排，包括分組討論室：{ $link }。
reminder-assistant-practice-run-no-link = 請用同一套視訊工具參加老師們的彩排，包括分組討論室：老師們會提供連結。
reminder-assistant-headset = 請在您口譯的地點檢查耳機、麥克風與網路。
reminder-assistant-key-words = 請向老師們索取主題關鍵詞的兩種語言版本。
reminder-assistant-video-link-none = 還沒有視訊連結：請向老師們索取。
reminder-assistant-agenda = 流程：{ $titles }；明天的流程訊息會列出您在每個階段的工作。
reminder-assistant-names-ready = 請準備好兩校校名與主題關鍵詞的兩種語言版本。

reminder-agenda-today = 今天的流程：{ $pair }
reminder-agenda-button = 流程
reminder-agenda-assistant = 遠距課堂助理：{ $name }，口譯 { $languages }。
reminder-agenda-step = { $number }. { $start } — { $title }（{ $minutes } 分鐘）
reminder-agenda-step-guidance = {"   "}{ $guidance }
reminder-step-now = 現在：{ $title }（{ $minutes } 分鐘，到 { $end }）。
reminder-step-guidance = { $guidance }
reminder-step-next = 下一步：{ $title }。
reminder-delayed = 延遲：這則提醒原定於 { $due } 發送，當時機器人沒有在執行。
reminder-ended = 線上交流 { $pair } 已結束（{ $span }）。進行得如何？稍後會請您填寫簡短的回饋。

reminder-skipped-head = 機器人停止期間，有 { $count } 則提醒已過時效，因此沒有發送：
reminder-skipped-row = • 場次 #{ $session }（{ $pair }，{ $span }）：{ $kind }，原定 { $due }，對象：{ $audiences }

reminder-missed-head = 交流{ $until }舉行，計畫建議的部分準備已經到期（這些提醒不會補發）；請現在處理：
reminder-missed-kind = { $kind ->
    [lead] 事前準備提醒（主題、活動類型、協調人、口譯）
    [preliminary] 與對方老師的事前會議
    [practice] 設備與連線檢查、彩排
   *[day_before] 前一天的檢查清單
}（原定 { $due }）：
reminder-missed-item = {"  "}• { $item }
reminder-moved-head = 落在學校停課日的提醒，會改在前一個上課日的同一時間發送：
reminder-moved-row = {"  "}• { $kind }，對象：{ $audience }：{ $due }（{ $day } 在{ $city }是{ $closure }）

reminder-deadline = 提醒：{ $activity } 的步驟 { $step } { $days ->
        [0] 今天到期
        [1] 明天到期
       *[other] 還有 { $days } 天到期
    }：{ $task }，{ $due }。
    完成後請輸入：`{ $done }`。
reminder-deadline-moved = 步驟 { $step } 的{ $lead ->
        [week] 一週前
       *[day] 前一天
    }提醒將於 { $due } 發送：{ $day } 在{ $city }是{ $closure }。

reminder-list-none = 沒有即將發送的提醒。場次預約時（`/exchange confirm`）會排定提醒。
reminder-list-heading = 即將發送的提醒（{ $shown ->
        [all] 共 { $total } 則
       *[part] 共 { $total } 則中的第 { $first }–{ $last } 則
    }）：
reminder-list-row = • { $due } — { $kind } → { $audiences } · 場次 #{ $session }，{ $pair }
reminder-list-row-retrying = { $row }（重試中，錯誤：{ $error }）

reminder-lead-times =
    { $program } 的提醒時間：
    { $times }
reminder-lead-times-unchanged =
    { $program } 的提醒時間已經是這樣，沒有變更：
    { $times }
reminder-lead-times-saved =
    已儲存 { $program } 的提醒時間：
    { $times }
    已重新排定 { $replanned } 個已預約場次的提醒。
reminder-lead-times-agenda-too-early = agenda={ $agenda } 不在當天；請設定 24h 以內，例如 60m 或 2h。
reminder-lead-time-off = • { $name }={ $value }：關閉
reminder-lead-time = • { $name }={ $value }：{ $name ->
        [lead] 場次前 { $amount }：確定主題與類型、通知協調人、口譯
        [preliminary] { $amount }前：兩位老師的事前會議
        [practice] { $amount }前：設備與連線檢查、彩排
        [day_before] { $amount }前：檢查清單
       *[agenda] 當天開始前 { $amount }：在共同頻道張貼流程
    }
reminder-amount = { $unit ->
    [months] { $count } 個月
    [weeks] { $count } 週
    [days] { $count } 天
    [hours] { $count } 小時
   *[minutes] { $count } 分鐘
}

cmd-reminders = 列出您場次即將發送的提醒（協調人：所屬計畫的提醒）。
cmd-reminders-description = 每則提醒都以兩校時區顯示發送時間，並列出收件人。老師看到自己學校的場次，協調人看到所屬計畫的場次。每頁列出 20 則，按「下一頁」按鈕（或 `page=`）看後續。
cmd-reminders-opt-session = 只列出這個場次的提醒
cmd-reminders-opt-page = 要顯示的頁數
cmd-coordinator-lead-times = 查看或變更每則提醒在場次前多久發送。
cmd-coordinator-lead-times-description = 月、週、天依各校行事曆、以場次的當地時間計算（16:00 的課提前 3mo，不論日光節約時間，就是三個月前的 16:00）；小時與分鐘是實際經過的時間。`off` 會關閉提醒。計畫中已預約的場次會立即重新排定。
cmd-coordinator-lead-times-opt-lead = 場次前多久：確定主題與類型、通知協調人、口譯
cmd-coordinator-lead-times-opt-preliminary = 前多久：兩位老師的事前會議
cmd-coordinator-lead-times-opt-practice = 前多久：設備與連線檢查、彩排
cmd-coordinator-lead-times-opt-day_before = 前多久：檢查清單
cmd-coordinator-lead-times-opt-agenda = 當天開始前多久：在共同頻道張貼流程
cmd-coordinator-lead-times-opt-program = 計畫名稱；預設：目前的計畫（`/exchange coordinator use`）

reminder-clock-time = { $day } { $time }（UTC）
reminder-clock-stop = [時鐘] { $time }
reminder-clock-moved = 已將時鐘調到 { $time }。
reminder-clock-backwards = 示範時鐘只能往前調；現在是 { $time }。
reminder-clock-how-much = 要往前調多少？用 `/clock` 查看時間，用 `/clock advance 30d`（mo、w、d、h、m）或 `/clock to 2027-04-01T09:00Z` 調整。
reminder-clock-unknown = 不明的時鐘指令「{ $verb }」。用 `/clock` 查看時間，用 `/clock advance 30d`（mo、w、d、h、m）或 `/clock to 2027-04-01T09:00Z` 調整。
reminder-clock-problem = { $problem }。用 `/clock` 查看時間，用 `/clock advance 30d`（mo、w、d、h、m）或 `/clock to 2027-04-01T09:00Z` 調整。
reminder-clock-not-an-instant = 「{ $text }」不是時間點；請寫成 2027-01-11T09:00Z 或 2027-01-11T18:00+09:00 的格式
reminder-clock-no-zone = 「{ $text }」沒有時區；請以 Z（UTC）或像 +09:00 的時差結尾
