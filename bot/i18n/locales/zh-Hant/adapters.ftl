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

## Around any message, on Slack and Discord: the reader's own time, the whole text as a file.
adapters-whole-text = 完整內容
adapters-more-lines = { $count ->
   *[other] … 還有 { $count } 行放不進這則訊息；附加的 { $file } 有完整內容。
}
adapters-more-items = { $count ->
   *[other] … 還有 { $count } 個項目放不進這則訊息；附加的 { $file } 有完整內容。
}
adapters-your-local-time = 您的當地時間：{ $time }
adapters-session-starts = 場次開始（您的當地時間）：{ $time }

## A form's inputs, on Slack and Discord: the option's help as a sentence, what it accepts.
adapters-form-help = { $help }。
adapters-form-accepts = 請以 { $accepted } 的格式輸入。
adapters-form-several = 多個時請以逗號分隔。
adapters-form-accepts-several = { $accepted }（多個時以逗號分隔）

## Slack's forms and files.
adapters-slack-form-submit = 送出
adapters-slack-form-cancel = 取消
adapters-slack-expired-form = 機器人已經不認得這個表單；請重新執行指令，開啟新的表單。
adapters-slack-channel-names-taken = Slack 已經有名為 #{ $first } 到 #{ $last } 的頻道；請為聯合頻道取另一個名稱。
adapters-slack-files-not-sent = 抱歉，{ $files } 無法送出。請重新執行指令以取得檔案。

## Discord's joint channels: the category every member of the server sees, and the audit log.
adapters-discord-category = 聯合課程
adapters-discord-category-reason = 學校夥伴關係的聯合頻道
adapters-discord-channel-reason = 學校夥伴關係的聯合頻道

## The console's survey import.
adapters-console-import-usage = 請輸入 `/import survey.csv --program "Seoul IJC 2027"`（和 `jointclass import` 一樣，也可以加上 `--create-program`、`--move-from PROGRAM`、`--dry-run`）。
adapters-console-import-which-file = 請指定要匯入哪個檔案。{ $usage }
adapters-console-import-unreadable = 這一行無法讀成檔案和選項：有引號沒有關上。{ $usage }
adapters-console-cannot-read = { $problem ->
    [missing] 無法讀取 { $path }：沒有這個檔案。
    [folder] 無法讀取 { $path }：這是資料夾，不是檔案。
    [denied] 無法讀取 { $path }：機器人沒有開啟它的權限。
   *[unknown] 無法讀取 { $path }：{ $reason }。
}
adapters-console-saved = 已儲存 { $path }
