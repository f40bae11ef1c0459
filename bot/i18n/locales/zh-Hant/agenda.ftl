## 當天流程（bot/sessions/agenda_templates.py、bot/commands/reminders.py）。老師自己寫的步驟
## 照原文顯示；指令與選項名稱維持原樣。

agenda-program-type = { $type ->
    [presentation] 發表
    [discussion] 討論
    [recreation] 休閒活動
    [joint_production] 共同創作
   *[cultural_exchange] 文化交流
}

agenda-step-roll-call = 點名
agenda-step-roll-call-guidance = 所有人加入視訊；每位老師確認出席、鏡頭與聲音。
agenda-step-introductions = 自我介紹
agenda-step-introductions-guidance = 簡短自我介紹，學生能說的話就用對方班級的語言。
agenda-step-group-rooms-guidance = 老師巡視各分組討論室，鼓勵每個人參與。
agenda-step-wrap-up-guidance = 所有人回到主畫面：分享一件學到的事、道謝、說明接下來的安排。
agenda-step-wrap-up = 回到主畫面總結
agenda-step-presentations = 發表
agenda-step-presentations-guidance = 各班用準備好的投影片就主題發表。
agenda-step-group-rooms-questions = 分組討論室：問與答
agenda-step-theme = 主題與問題
agenda-step-theme-guidance = 介紹主題與要討論的問題。
agenda-step-group-rooms-discussion = 分組討論室：討論
agenda-step-wrap-up-report = 總結：各組報告
agenda-step-show-and-tell = 介紹時間
agenda-step-show-and-tell-guidance = 我們的國家與地區、校園生活、我們的近況。
agenda-step-group-rooms-free-talk = 分組討論室：自由交談
agenda-step-games = 遊戲與問答
agenda-step-games-guidance = 不論語言，人人都能參加的活動。
agenda-step-group-rooms-team-games = 分組討論室：團隊遊戲
agenda-step-plan-work = 規劃共同作品
agenda-step-plan-work-guidance = 商定目標（壁畫、網站、影片）與分工。
agenda-step-group-rooms-create = 分組討論室：一起創作
agenda-step-wrap-up-result = 總結：展示成果
agenda-interpretation = { $role ->
    [first] 口譯：{ $name } 向兩班問好，並口譯老師的話。
    [last] 口譯：{ $name } 口譯道謝與接下來的安排。
    [group-rooms] 口譯：{ $name } 加入最需要口譯的分組討論室。
   *[between] 口譯：{ $name } 在兩班之間口譯。
}

agenda-steps-no-length = 「{ $item }」需要標題與時間長度，例如 '點名 5' 或 '問答 20m'
agenda-steps-title-too-long = 步驟標題「{ $start }…」超過 { $limit } 個字元
agenda-steps-length-unread = 「{ $item }」結尾必須是步驟的分鐘數，例如 '問答 20' 或 '問答 20m'
agenda-steps-no-time = 「{ $item }」沒有時間長度；每個步驟至少要一分鐘
agenda-steps-none = 請至少提供一個步驟，例如 '點名 5; 活動 45; 總結 10'
agenda-steps-too-many = { $count } 個步驟太多了；流程最多 { $limit } 個步驟

agenda-no-such-session = 您沒有場次 #{ $session }。`/exchange sessions` 會列出貴校的場次。
agenda-which-session = 哪一個場次？請提供編號，例如 `/exchange agenda show 3`。
agenda-no-upcoming = { $school } 沒有即將進行的場次。`/exchange propose` 會建議可預約的時間。
agenda-heading = 場次 #{ $session } 的流程：{ $pair }
agenda-new = 新的流程：{ $pair }
agenda-cancelled = 場次 #{ $session } 已取消，因此不會張貼這份流程。`/exchange propose` 會建議新的時間。
agenda-cancelled-because = 場次 #{ $session } 已取消（{ $reason }），因此不會張貼這份流程。`/exchange propose` 會建議新的時間。
agenda-custom-steps = 由老師撰寫的步驟（以{ $template }範本為基礎）。
agenda-template-steps = { $template }範本，依 { $minutes } 分鐘分配時間。
agenda-not-scheduled = 沒有排定張貼（場次尚未預約，或計畫關閉了流程提醒）。
agenda-posted = 已於 { $at } 張貼到共同頻道。
agenda-to-be-posted = 將於 { $at } 張貼到共同頻道。
agenda-nudges-and-steps = 步驟提醒目前{ $nudges ->
        [on] 開啟
       *[off] 關閉
    }（`/exchange agenda edit { $session } nudges={ $nudges ->
        [on] off
       *[off] on
    }`）。用 `/exchange agenda edit { $session } steps="點名 5; …"` 修改步驟。
agenda-nudges = 步驟提醒：{ $nudges ->
        [on] 開啟
       *[off] 關閉
    }。
agenda-saved = 已儲存，並已通知兩校老師。
agenda-changed = { $who }（{ $school }）修改了場次 #{ $session } 的流程。
agenda-edit-nothing = 沒有要修改的內容：請提供 steps=…、template=… 或 nudges=on|off。
agenda-edit-steps-or-template = 請只提供 steps 或 template 其中之一：範本會取代步驟。
agenda-edit-not-yours = 只有兩校的老師可以修改這份流程。
agenda-edit-cancelled = 場次 #{ $session } 已取消。
agenda-edit-begun = 場次 #{ $session } 已經開始。
agenda-edit-posted = 場次 #{ $session } 的流程已張貼到共同頻道（{ $at }），無法再修改。
agenda-edit-steps-problem = steps：{ $problem }
agenda-edit-steps-total = steps：合計 { $total } 分鐘，但場次 #{ $session } 為 { $minutes } 分鐘；請將某個步驟加長或縮短 { $difference } 分鐘。

agenda-templates-heading = 流程範本（都依照課堂程序：點名、自我介紹、主要活動、分組討論室、總結）：
agenda-templates-row = • { $type }（{ $label }）：{ $titles }
agenda-templates-see-one = 查看依時間分配的範本：`/exchange agenda template discussion minutes=90`。
agenda-template-heading = { $minutes } 分鐘的{ $label }範本：
agenda-template-step = • { $offset } { $title }（{ $minutes } 分鐘）：{ $guidance }
agenda-template-use = 用於場次：`/exchange agenda edit <session> template={ $type }`。

cmd-agenda = 場次當天的流程
cmd-agenda-show = 顯示場次當天的流程：每個步驟在兩個時區的開始時間。
cmd-agenda-show-opt-session = 場次編號；預設：您的下一個場次
cmd-agenda-edit = 在當天之前修改場次流程：自訂步驟、改用其他範本、步驟提醒。
cmd-agenda-edit-description = 只有兩校的老師可以修改，且只限流程張貼之前。兩校老師都會收到變更通知。
cmd-agenda-edit-opt-session = 場次編號；預設：您的下一個場次
cmd-agenda-edit-opt-steps = 步驟與分鐘數，以 ; 分隔（合計須等於場次長度）
cmd-agenda-edit-opt-template = 改從這個活動類型的範本重新開始
cmd-agenda-edit-opt-nudges = 在共同頻道標示每個步驟的開始
cmd-agenda-template = 瀏覽各活動類型的當天流程範本，依長度分配時間。
cmd-agenda-template-opt-type = 活動類型；預設：全部列出
cmd-agenda-template-opt-minutes = 場次長度
