## 非同步交流（bot/commands/activities.py、bot/activities/）：plan、confirm、list、show、
## done、cancel，以及給夥伴學校與共同頻道的通知。步驟名稱（post、reply、board…）、
## 選項名稱與指令照輸入的樣子保留。

activity-kind = { $kind ->
        [video_letter] 影片信交流
        [shared_board] 共享看板
        [letters] 手寫信交流
       *[culture_box] 文化箱交流
    }
activity-step-task = { $task ->
        [video_letter-post] 錄製班級的影片信並張貼連結
        [video_letter-reply] 在課堂上觀看，再錄製並張貼回覆影片
        [shared_board-board] 建立共享看板（Padlet 或類似工具）並張貼班級自我介紹
        [shared_board-posts] 在看板上張貼班級自我介紹和問題
        [shared_board-answers] 在看板上回答夥伴班級的問題
        [letters-send] 寄出班級的手寫信
        [letters-reply] 在課堂上閱讀來信並寄出手寫回信
        [culture_box-send] 打包並寄出文化箱
        [culture_box-receive] 告知箱子已經送達
        [culture_box-unpack] 在課堂上拆箱並分享照片
       *[unknown] { $step }
    }
activity-status = { $status ->
        [proposed] 已提議，等待夥伴學校確認
        [planned] 已排定
        [done] 已完成
       *[cancelled] 已取消
    }
activity-due = { $city }時間 { $day } 結束前（{ $there }）
activity-step-line = { $position }. { $step } — { $school }：{ $task }，{ $due }{ $moved ->
        [closed] {" — "}由 { $planned } 移來（{ $city }的{ $because }）
        [order] {" — "}由 { $planned } 移來，好在前一步驟之後結束
       *[no] {""}
    }{ $state ->
        [done] {" — "}{ $done_at } 完成
        [done-link] {" — "}{ $done_at } 完成：{ $link }
        [overdue] {" — "}已逾期
       *[open] {""}
    }

## 回覆
activity-planned = 已排定與{ $partner }的{ $kind } #{ $id }，等待{ $partner }的老師確認；已通知對方。
activity-confirmed = 與{ $partner }的{ $kind ->
        [video_letter] 影片信交流
        [shared_board] 共享看板
        [letters] 手寫信交流
       *[culture_box] 文化箱交流
    } #{ $id } 已排定；已通知共同頻道。
activity-cancelled = 與{ $partner }的{ $kind ->
        [video_letter] 影片信交流
        [shared_board] 共享看板
        [letters] 手寫信交流
       *[culture_box] 文化箱交流
    } #{ $id } 已取消；已通知{ $partner }。
activity-shown = 與{ $partner }的{ $kind ->
        [video_letter] 影片信交流
        [shared_board] 共享看板
        [letters] 手寫信交流
       *[culture_box] 文化箱交流
    } #{ $id } — { $status }：
activity-board = 看板：{ $link }
activity-step-marked-done = { $complete ->
        [yes] 活動 #{ $id } 的步驟 { $step } 已完成；所有步驟都已完成，活動結束。已通知共同頻道。
       *[no] 活動 #{ $id } 的步驟 { $step } 已完成。已通知共同頻道。
    }
activity-list-heading = { $school }的活動：
activity-list-none = { $all ->
        [yes] { $school }沒有任何活動。請用 `/exchange activity plan <kind> <partner>` 規劃一個。
       *[no] { $school }目前沒有進行中的活動。請用 `/exchange activity plan <kind> <partner>` 規劃一個。
    }
activity-list-row = {"  "}#{ $id } 與{ $partner }的{ $kind } — { $status }
activity-list-row-next = {"  "}#{ $id } 與{ $partner }的{ $kind } — { $status }；下一步：{ $school }的 { $step }，{ $due }{ $overdue ->
        [yes] （已逾期）
       *[no] {""}
    }
activity-plan-button = 規劃{ $kind }
activity-confirm-button = 確認活動 #{ $id }

## 拒絕
activity-confirm-which = 有 { $count } 個活動等待{ $school }確認（{ $listed }）；請指定是哪一個：`/exchange activity confirm <number>`。
activity-confirm-none = 沒有活動等待{ $school }確認。
activity-no-such-step = { $school }沒有含步驟「{ $step }」的活動。`/exchange activity list` 會列出您的活動，`/exchange activity show <number>` 會顯示其步驟。
activity-step-in-several = 有多個活動含步驟「{ $step }」：{ $listed }。請用 activity=… 指定。
activity-numbered = #{ $id }（{ $kind }）
activity-dates-with-start = dates= 會指定每個步驟的日期；請拿掉 start= 和 every=。
activity-dates-count = { $kind }有 { $steps } 個步驟（{ $names }），但 dates= 給了 { $given } 個日期。請依序為每個步驟各給一個日期。
activity-dates-backwards = dates= 必須依先後排列：{ $later } 並不在 { $earlier } 之後。
activity-date-past = 步驟 { $step } 的日期 { $day } 對{ $school }來說已經過去：當地今天是 { $today }。請給較晚的日期。
activity-no-open-day = { $school }在 { $day } 起一年內沒有上課日：請檢查登記的停課期間（`/exchange school show`）。
activity-planned-already = 您已在 { $at } 將此規劃為活動 #{ $id }：
    { $steps }
activity-exists = { $state ->
        [proposed] 與{ $partner }的{ $kind }已是活動 #{ $id }，正在等待確認，由{ $by }於 { $at } 提議。請用 `/exchange activity show { $id }` 查看，或先取消它。
       *[planned] 與{ $partner }的{ $kind }已排定為活動 #{ $id }，由{ $by }於 { $at } 提議。請用 `/exchange activity show { $id }` 查看，或先取消它。
    }
activity-unknown = { $school }沒有活動 #{ $id }。`/exchange activity list` 會列出您的活動。
activity-confirm-own = 活動 #{ $id } 是{ $school }提議的，所以由{ $partner }的老師確認。已請他們確認。
activity-confirm-past = 活動 #{ $id } 的步驟 { $step } 期限是 { $day }，已經過去，因此無法照原計畫確認。請取消（`/exchange activity cancel { $id }`）後用較晚的日期重新規劃。
activity-step-unknown = 活動 #{ $id }（{ $kind }）沒有步驟「{ $step }」；它的步驟是：{ $names }。
activity-not-confirmed = 活動 #{ $id } 尚未確認：須先由{ $school }的老師確認，才能將步驟標為完成。
activity-step-not-yours = 活動 #{ $id } 的步驟 { $step } 由{ $owner }負責，所以由{ $owner }的老師標為完成。您負責的步驟：{ $yours }。
activity-step-not-yours-none = 活動 #{ $id } 的步驟 { $step } 由{ $owner }負責，所以由{ $owner }的老師標為完成。您沒有負責的步驟。
activity-step-needs-link = 步驟 { $step } 須附上連結才能標為完成，好讓夥伴班級找到：`/exchange activity done { $step } https://… activity={ $id }`。
activity-complete-already = 活動 #{ $id } 的所有步驟都已完成，沒有可取消的內容。
activity-confirmed-already = 您已在 { $at } 確認活動 #{ $id }：已排定，兩校都已收到通知。
    { $steps }
activity-confirmed-before = 活動 #{ $id } 已由{ $by }於 { $at } 確認，已排定。
activity-done-already = { $link ->
        [none] 您已在 { $at } 將活動 #{ $id } 的步驟 { $step } 標為完成；兩校都已收到通知。
       *[link] 您已在 { $at } 將活動 #{ $id } 的步驟 { $step } 標為完成（{ $link }）；兩校都已收到通知。
    }
activity-done-before = { $link ->
        [none] 活動 #{ $id } 的步驟 { $step } 已由{ $by }於 { $at } 標為完成；沒有任何變更。
       *[link] 活動 #{ $id } 的步驟 { $step } 已由{ $by }於 { $at } 標為完成（{ $link }）；沒有任何變更。
    }
activity-cancelled-already = 您已在 { $at } 取消活動 #{ $id }；已通知{ $partner }。
activity-cancelled-before = 活動 #{ $id } 已由{ $by }於 { $at } 取消。
activity-cancelled-then = { $undone ->
        [confirmed] 活動 #{ $id } 已由{ $by }於 { $at } 取消，因此沒有確認。請用 `/exchange activity plan` 規劃新的活動。
       *[done] 活動 #{ $id } 已由{ $by }於 { $at } 取消，因此沒有標為完成。請用 `/exchange activity plan` 規劃新的活動。
    }
activity-not-partners = { $school }與{ $partner }還不是夥伴，因此無法規劃活動。請先提出申請：`/exchange request { $partner_id }`。
activity-by-you = 您
activity-by-a-teacher = 一位老師

## 給夥伴學校、同校老師與共同頻道的通知
activity-notice = { $heading }
    { $steps }
activity-proposed-notice = { $actor }（{ $school }）提議與{ $partner }進行{ $kind }，活動 #{ $id }：
activity-confirmed-notice = { $actor }（{ $school }）已確認{ $kind }，活動 #{ $id }：每所學校都會在期限前收到提醒。
activity-cancelled-notice = { $actor }（{ $school }）已取消{ $kind }，活動 #{ $id }；此活動不再發送提醒。
activity-cancelled-notice-reason = { $actor }（{ $school }）已取消{ $kind }，活動 #{ $id }；此活動不再發送提醒。
    原因：{ $reason }
activity-step-done-notice = { $link ->
        [none] { $actor }（{ $school }）已將活動 #{ $id } 的步驟 { $step } 標為完成（{ $task }）。
       *[link] { $actor }（{ $school }）已將活動 #{ $id } 的步驟 { $step } 標為完成（{ $task }）：{ $link }
    }{ $after ->
        [complete] {"\u000A"}所有步驟都已完成：{ $kind }結束。
        [next] {"\u000A"}下一步：{ $owner }的 { $next }。
       *[none] {""}
    }

## 兩校沒有共同時段時，find 與 propose 建議的非同步交流
activity-suggestion = { $partners ->
        [yes] 不必見面也能交流：`/exchange { $command }` 可規劃{ $kind }（也可以用 { $others } 取代 { $suggested }）。
       *[no] 成為夥伴後，不必見面也能交流：`/exchange { $command }` 可規劃{ $kind }（也可以用 { $others } 取代 { $suggested }）。
    }

## 指令說明（Discord、help）
cmd-activity = 非同步交流指令：cancel、confirm、done、list、plan、show
cmd-activity-plan = 與夥伴學校規劃非同步交流（影片信、共享看板、手寫信、文化箱）：以兩校時區列出每個步驟的負責學校與期限；再由夥伴學校的老師確認。
cmd-activity-plan-description = 期限是負責學校行事曆上的日期：落在週末、國定假日或假期的期限會移到該校前一個上課日（若前一個上課日已過或不在前一步驟之後，則移到下一個上課日）。負責學校會在期限前一週和前一天的當地 09:00 收到提醒。
cmd-activity-plan-opt-kind = 交流類型：共享看板類似 Padlet，手寫信是親筆書信，文化箱是郵寄後在課堂上拆開
cmd-activity-plan-opt-partner = 夥伴學校；預設為此共同頻道的夥伴，或您唯一的夥伴
cmd-activity-plan-opt-start = 第一個步驟的期限，負責學校的當地日期（預設：從今天起依類型的一般間隔）
cmd-activity-plan-opt-every = 各步驟期限的間隔：1w、2w、3w 或 4w（預設：依類型的一般間隔）
cmd-activity-plan-opt-dates = 取代 start= 與 every=：依序列出每個步驟的期限，各為負責學校的當地日期
cmd-activity-plan-opt-starts = 由哪所學校做第一個步驟：us（預設，本校）或 partner
cmd-activity-plan-opt-board = 已有的共享看板網址
cmd-activity-confirm = 確認夥伴學校規劃的活動：之後每所學校都會在期限前收到提醒。
cmd-activity-confirm-opt-activity = 活動編號；預設為等待您確認的那一個
cmd-activity-list = 列出本校的活動，以及各自的下一個步驟與期限。
cmd-activity-list-opt-all = yes：也列出已完成或已取消的活動
cmd-activity-show = 顯示活動的每個步驟、負責學校、兩個時區的期限，以及已完成的內容。
cmd-activity-show-opt-activity = 活動編號
cmd-activity-done = 將本校的步驟連同連結（影片、看板、照片）標為完成；並通知共同頻道。
cmd-activity-done-opt-step = 步驟名稱，與計畫中顯示的相同
cmd-activity-done-opt-link = 影片、看板或照片，https://…
cmd-activity-done-opt-activity = 活動編號；預設為含該步驟的唯一活動
cmd-activity-cancel = 取消活動；會通知夥伴學校，且不再發送提醒。
cmd-activity-cancel-opt-activity = 活動編號
cmd-activity-cancel-opt-reason = 給夥伴學校的取消原因
choice-video_letter = 影片信
choice-shared_board = 共享看板
choice-letters = 手寫信
choice-culture_box = 文化箱
choice-us = 本校
