## 所有指令共用的句子：分派器、語法與值型別的拒絕（bot/core/dispatch.py、grammar.py、
## value_types.py），以及誰能使用指令（context.py）。選項名稱、指令名稱與 <date> 等預留位置在各語言中都照宣告保留。

dispatch-refusal-with-usage = { $problem }
    用法：{ $usage }
    詳細說明：/exchange help { $command }
dispatch-unknown-command = 沒有「{ $command }」這個指令。
dispatch-unknown-options = { $command } 沒有這些選項：{ $options }
dispatch-no-school-matches = 沒有符合「{ $text }」的學校。請寫學校 ID 或名稱；`/exchange school list` 可列出所有學校。
dispatch-several-schools-match = 「{ $text }」符合多所學校：{ $schools }。請改用 ID。
dispatch-unexpected = 很抱歉，我們這邊出了問題，沒有任何資料被變更。如果再次發生，請把這個錯誤 ID 告訴機器人的管理者：{ $error_id }
access-not-a-teacher = 您還不是已登記學校的教師。請用 `/exchange school register` 登記學校，或用 `/exchange school join <school>` 加入學校。
access-not-a-coordinator = 只有計畫協調人可以執行此操作。協調人可以用 `/exchange coordinator add @you` 把您加入。

grammar-command-too-long = 這個指令有 { $length } 個字元，上限是 { $limit } 個。
grammar-quote-unclosed = 第 { $position } 個字元開始的引號沒有結束：請加上結尾的 "。
grammar-which-command = 要執行哪個指令？輸入 `/exchange help` 可查看所有指令。
grammar-not-a-command-of-group = 沒有「{ $asked }」這個指令。「{ $group }」的指令有：{ $commands }
grammar-slash-command-typed-again = 您是指 `{ $meant }` 嗎？`exchange` 本身就是斜線指令：請輸入 `/exchange { $meant } …`。
grammar-unknown-command = 沒有「{ $word }」這個指令。輸入 `/exchange help` 可查看所有指令。
grammar-unknown-command-close = 沒有「{ $word }」這個指令。您是指 `{ $close }` 嗎？輸入 `/exchange help` 可查看所有指令。
grammar-takes-no-options = { $command } 沒有選項，卻收到了「{ $option }=」。
grammar-unknown-option = { $command } 沒有「{ $option }」選項。可用的選項：{ $options }。
grammar-unknown-option-close = { $command } 沒有「{ $option }」選項。您是指「{ $close }=」嗎？可用的選項：{ $options }。
grammar-option-twice = 選項「{ $option }」給了兩次，請只給一次。
grammar-unexpected-value = 未預期的「{ $text }」：{ $command } 在這裡不再接受更多值。
grammar-option-needed = { $command } 需要 { $option }：{ $help }
grammar-option-too-long = { $option } 有 { $length } 個字元，最多接受 { $limit } 個。
grammar-option-needs-a-value = { $option } 至少需要一個值：{ $help }
grammar-option-empty = { $option } 是空的：{ $help }
grammar-control-character = { $option } 含有控制字元 { $code }，請刪除。
grammar-option-problem = { $option }：{ $problem }
grammar-option-unreadable = { $option }：「{ $text }」不是{ $accepted }。
grammar-choice-unknown = { $option }：不接受「{ $text }」。請從以下選擇一個：{ $choices }。
grammar-choice-unknown-close = { $option }：不接受「{ $text }」。您是指「{ $close }」嗎？請從以下選擇一個：{ $choices }。
grammar-date-out-of-range = { $option }：{ $date } 超出範圍；只接受 { $first } 至 { $last } 的日期。
grammar-number-too-large = { $option }：{ $value } 太大；只接受不超過 { $limit } 的數字。
grammar-number-out-of-range = { $option }：{ $value } 超出範圍；必須介於 { $low } 和 { $high } 之間。
grammar-number-too-small = { $option }：{ $value } 超出範圍；必須至少為 { $low }。
grammar-number-too-big = { $option }：{ $value } 超出範圍；最多為 { $high }。

value-integer-invalid = 「{ $text }」不是整數
value-date-invalid = 「{ $text }」不是日期；請寫成 YYYY-MM-DD，例如 2027-03-09
value-time-invalid = 「{ $text }」不是時間；請寫成 HH:MM（24 小時制），例如 15:30
value-time-twelve-hour = 「{ $text }」不是時間；加上 am/pm 時，小時為 1 到 12
value-time-out-of-range = 「{ $text }」不是一天中的時間；小時為 00–23，分鐘為 00–59
value-duration-invalid = 「{ $text }」不是時間長度；請寫分鐘數（90）、1h30m 或 1:30
value-school-missing = 需要學校：請寫學校 ID（見 `school list`）或名稱
value-user-invalid = 「{ $text }」不是使用者；請提及對方，例如 @alice

## Names people read (bot/core/names.py): refused when they hide characters.
core-name-what-name = 名稱
core-name-what-program = 計畫名稱
core-name-kind-direction = 會反轉或重排周圍文字方向的控制字元
core-name-kind-control = 控制字元
core-name-kind-invisible = 看不見的字元
core-name-hidden-at-start = { $what }開頭有{ $kind }（{ $codepoint }）：這會讓{ $what }看起來像別的名稱。請去掉這個字元後重新輸入。
core-name-hidden-after = { $what }在「{ $before }」之後有{ $kind }（{ $codepoint }）：這會讓{ $what }看起來像別的名稱。請去掉這個字元後重新輸入。
core-name-empty = { $what }是空的。

## 長清單逐頁顯示（bot/core/pages.py）
page-past-the-end = page：每頁 { $size } 筆，只有 { $pages } 頁；請指定第 1 到 { $pages } 頁。
page-next = 下 { $count } 筆

## 值型別接受的內容（顯示於說明與錯誤）
value-text-accepted = 任何文字（含空格時請加引號）
value-integer-accepted = 整數
value-date-accepted = 像 2027-03-09 的日期
value-duration-accepted = 分鐘數（90）、1h30m 或 1:30
value-school-accepted = 學校 ID 或名稱
value-user-accepted = 像 @alice 的使用者提及
value-claim-code-accepted = 如 KR7Q-M3XD-9PTA-HC2W 的認領代碼
value-name-accepted = 名稱（含空格時請加引號）

## 各領域的值類型拒絕的輸入：年級（bot/schools）、學期（bot/feedback）、提醒時間（bot/reminders）、
## 口譯語言組合（bot/assistants）

value-grades-invalid = 「{ $text }」不是年級；請寫成 5-6 或 1,3 這樣
value-grades-out-of-range = 「{ $text }」不是 1 到 12 之間的年級範圍
value-term-no-such-date = 「{ $text }」含有不存在的日期
value-term-invalid = 「{ $text }」不是學期；請寫成 2027-1（3–8 月）或 2027-2（9–2 月）這樣的學期、2027-03-01..2027-05-31 這樣的日期範圍，或 all
value-lead-time-invalid = 「{ $text }」不是提醒時間；請寫成 3mo、1mo、2w、1d、60m 或 1h30m（mo 月、w 週、d 天、h 小時、m 分鐘），或寫 off
value-lead-time-zero = 「{ $text }」的長度是零；要停止這則提醒請寫 off
value-lead-time-too-far = 「{ $text }」超過一年以後；最多只能到 12mo
value-language-pair-invalid = 「{ $text }」不是兩種語言；請寫成 ko-ja 這樣
value-lead-time-accepted = 像 3mo、1w、1d、60m（mo、w、d、h、m）這樣的提醒時間，或 off
value-language-pair-twice = 「{ $text }」把 { $language } 寫了兩次；請寫兩種不同的語言
value-subdivision-unknown = subdivision：「{ $text }」不是 { $country } 的地區；請寫以下其中之一：{ $listed }
value-subdivision-none = subdivision：「{ $text }」不是 { $country } 的地區；{ $country } 的國定假日全國一致，不接受地區

## Choices and value types declared by more than one area's commands.

choice-1w = 每週
choice-2w = 每 2 週
choice-3w = 每 3 週
choice-4w = 每 4 週
choice-cancelled = 已取消
choice-cultural_exchange = 文化交流
choice-discussion = 討論
choice-joint_production = 共同製作
choice-no = 否
choice-off = 關閉
choice-on = 開啟
choice-pending = 待確認
choice-presentation = 發表
choice-recreation = 團康活動
choice-yes = 是
value-language-pair-accepted = 兩個 ISO 639-1 代碼，例如 ko-ja
value-link-accepted = 以 https:// 開頭的網址
value-local-time-accepted = 當地時間，例如 'Tue 15:00'、'15:00'（下一個 15:00）或 '2027-03-09 15:00'
value-term-accepted = 像 2027-1（3–8 月）或 2027-2（9–2 月）這樣的學期、2027-03-01..2027-05-31 這樣的日期範圍，或 all

inbox-not-carried-out = 你{ $hours ->
        [0] { $minutes ->
            [0] 剛才
           *[other] 在 { $minutes } 分鐘前
        }
       *[other] 在 { $hours } 小時前
    }輸入的指令 `/exchange { $command }` 沒有執行：{ $reason ->
        [crashes] 每次嘗試時機器人都停止了
       *[late] 機器人在執行前就停止了，而 { $platform } 已不再接受這個指令的回覆
    }。沒有任何資料被變更；如果仍需要，請再執行一次。
inbox-late-answer = 你{ $hours ->
        [0] { $minutes ->
            [0] 剛才
           *[other] 在 { $minutes } 分鐘前
        }
       *[other] 在 { $hours } 小時前
    }輸入的指令 `/exchange { $command }` 的回覆{ $files ->
        [none] {""}
       *[some] （檔案請再執行一次指令取得）
    }：
    { $answer }
