## 轉接器（bot/adapters）自己的訊息：Discord、Slack 與主控台在指令前後，以讀者的語言顯示。

adapters-discord-outdated = Discord 送來了這個機器人沒有的指令（指令清單可能已過時）：請稍後再試，或請機器人的管理者執行 `jointclass discord-sync`。
adapters-discord-incomplete = Discord 送來的這個指令缺少必要的內容；請再試一次。
adapters-discord-posted = 完成：答覆已發布在這個頻道。
adapters-discord-expired-button = 這個按鈕已經無法使用；請重新執行它的指令。
adapters-discord-expired-form = 這個表單已經無法使用；請重新執行它的指令。
adapters-console-only-exchange = 這裡只看得懂 /exchange 指令，看不懂 { $command }。請試試 /exchange help
adapters-console-clock-demo-only = 時鐘只在使用可丟棄資料庫的示範中才會前進：請用 `jointclass console --demo-clock 2027-01-11T09:00Z` 啟動主控台，再輸入 `/clock advance 30d` 讓時鐘前進，途中到期的提醒會一併送出。
adapters-console-banner = 這是 Joint Class Bot 主控台。請輸入 `/exchange help`；在指令前加上 `@名字` 可以用別人的身分執行，按 Ctrl-D 離開。
adapters-console-banner-demo-clock = 這是 Joint Class Bot 主控台。請輸入 `/exchange help`；在指令前加上 `@名字` 可以用別人的身分執行，按 Ctrl-D 離開。
    示範時鐘：`/clock` 顯示時間，`/clock advance 30d` 或 `/clock to 2027-04-12T06:00Z` 讓時鐘前進，途中到期的提醒會一併送出。
adapters-console-import-unread = { $problem }。請輸入例如 `/import survey.csv --program "Seoul IJC 2027"`（和 `jointclass import` 一樣，也可以用 --create-program、--move-from PROGRAM、--dry-run）。
adapters-console-import-which-file = 要匯入哪個檔案？請輸入例如 `/import survey.csv --program "Seoul IJC 2027"`（和 `jointclass import` 一樣，也可以用 --create-program、--move-from PROGRAM、--dry-run）。
adapters-console-import-cannot-read = 無法讀取 { $path }：{ $error }。
