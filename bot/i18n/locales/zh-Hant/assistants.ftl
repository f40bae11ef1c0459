## 遠距課堂助理（bot/commands/assistants.py、bot/assistants/*、bot/cli/assistants.py）。
## 選項名稱（hours=、languages=）與指令在各語言中都照輸入的樣子保留。

assistant-profile = { $profile }
assistant-profile-title = #{ $id } { $name }（{ $platform }）— { $status ->
        [pending] 等待協調人核准
        [approved] 已核准：會收到場次邀請
        [paused] 暫停中：不會收到新的邀請
        [left] 已不再擔任助理
       *[declined] 未獲核准
    }
assistant-profile-languages = 語言：{ $languages }
assistant-profile-hours = 可協助時段：{ $hours }（{ $timezone }）
assistant-profile-limit = 每月最多 { $count } 場
assistant-profile-away = 不在期間：{ $vacations }

assistant-session =
    #{ $id } { $pair }，口譯 { $languages }
        { $when }
        { $details }

assistant-registered =
    謝謝您！您已登記為 { $program } 的助理 #{ $id }，我們已請協調人核准。
    { $profile }
assistant-program-unknown = 沒有名為「{ $name }」的計畫。
assistant-registered-already = 您已登記為助理 #{ $id }，目前狀態是「{ $status ->
        [pending] 等待協調人核准
        [approved] 已核准：會收到場次邀請
       *[paused] 暫停中：不會收到新的邀請
    }」。可用 `/exchange assistant show` 查看個人資料，用 `/exchange assistant edit` 修改。
assistant-hours-needed = hours：請至少提供一個時段，例如 '週一至週五 09:00-18:00'。
assistant-two-languages-needed = languages：口譯至少需要兩種語言，例如 languages=ko,ja。
assistant-not-registered = 您尚未登記為遠距課堂助理。請用 `/exchange assistant register languages=ko,ja hours="Mon-Fri 09:00-18:00" timezone=Asia/Seoul` 報名。
assistant-seen-by-coordinators = 協調人只能查看自己計畫的助理；可用 `/exchange assistants list` 列出。
assistant-show-sessions = 場次：
assistant-show-session = （{ $state ->
        [offered] 邀請中
       *[accepted] 已接受
    }）{ $session }
assistant-show-no-sessions = 目前沒有邀請或由其協助的場次。
assistant-edit-nothing = 沒有要修改的項目：請至少提供一個選項，例如 max_per_month=3。
assistant-updated =
    已更新您的個人資料：{ $changed }。
    { $profile }
assistant-edit-released = 您不再協助以下場次，每一場都會改邀其他助理：
assistant-edit-released-row = {"  "}#{ $id }：{ $why }
assistant-paused = 已暫停：不會再邀請您協助新的場次。已接受的場次仍由您負責（可用 `/exchange assistant withdraw <session>` 交還）。回來時請輸入 `/exchange assistant resume`。
assistant-resumed = 歡迎回來：需要助理的場次會再邀請您。
assistant-nothing-to-switch = 您目前的狀態是「{ $status ->
        [pending] 等待協調人核准
        [approved] 已核准：會收到場次邀請
        [paused] 暫停中：不會收到新的邀請
        [left] 已不再擔任助理
       *[declined] 未獲核准
    }」，所以沒有什麼可以{ $verb ->
        [pause] 暫停
       *[resume] 恢復
    }。
assistant-left-already = 您已經退出了；要回來請輸入 `/exchange assistant register`。
assistant-left = 您已不再是遠距課堂助理。謝謝您的協助！
assistant-left-released = 您已不再是遠距課堂助理。謝謝您的協助！您原本要協助的 { $count } 場會改邀其他助理。

assistant-volunteers =
    { $name } 報名擔任 { $program } 的遠距課堂助理：
    { $profile }
assistant-button-approve = 核准
assistant-button-decline = 婉拒
assistant-approved = 已核准 { $name }：需要助理的場次會邀請對方（`/exchange assistants match`）。
assistant-declined = 未核准 { $name }，已通知對方。
assistant-unknown = 沒有以這個名稱或編號登記的助理；可用 `/exchange assistants list` 列出。
assistant-ref-invalid = 「{ $text }」不是助理；請提及對方（@mina），或提供 `/exchange assistants list` 中的編號（#3）
assistant-not-your-program = 助理 #{ $id } 報名的計畫不是由您協調。
assistant-decided-already = { $name } 已經{ $status ->
        [approved] 獲得核准
       *[declined] 被婉拒
    }。
assistant-theirs-to-change = { $name } { $status ->
        [paused] 目前暫停中
       *[left] 已不再擔任助理
    }；只有本人可以變更。
assistant-approved-notice = { $by } 已核准您擔任 { $program } 的遠距課堂助理：需要您的場次會附上「接受」與「婉拒」按鈕邀請您。
assistant-declined-notice = { $by } 未核准您擔任 { $program } 的遠距課堂助理。
assistant-declined-notice-why = { $by } 未核准您擔任 { $program } 的遠距課堂助理：{ $reason }

assistant-offer =
    邀請您協助 { $program } 的一場線上交流：
    { $session }
    請用 `/exchange assistant accept { $id }` 接受，或用 `/exchange assistant withdraw { $id }` 讓給其他人。
assistant-button-accept = 接受
assistant-accepted =
    謝謝您！您將協助場次 #{ $id }，已通知兩校。
    { $session }
    您會收到事前演練、前一天的檢查清單，以及當天的流程表，並標出您在每個步驟的工作。
assistant-withdrawn-reoffered = 您不會協助場次 #{ $id }；已改邀其他助理。謝謝您告知。
assistant-withdrawn-uncovered = 您不會協助場次 #{ $id }；目前沒有其他助理有空，協調人會看到這個情況。謝謝您告知。
assistant-no-such-session = 您沒有場次 #{ $id }。可用 `/exchange assistant show` 列出您的場次。
assistant-no-longer = 您已不再協助場次 #{ $id }。
assistant-no-longer-why = 您已不再協助場次 #{ $id }（{ $why }）。
assistant-session-over = 場次 #{ $id } 已取消或已開始，沒有需要回覆的事項。
assistant-assists-already = 您已經在協助場次 #{ $id }。
assistant-assists = { $name } 將協助場次 #{ $id }（{ $pair }，{ $when }），擔任 { $languages } 口譯。
assistant-session-moved =
    您協助的場次 #{ $id } 時間已變更：
    { $session }
assistant-released = 您已不再協助場次 #{ $id }（{ $pair }，{ $when }）：{ $because }
assistant-because-cancelled = 這個場次已取消。
assistant-because-moved = 場次改到 { $when }，那時您沒有空。
assistant-because-languages = 場次現在需要 { $languages } 口譯，而您並未同時會這兩種語言。
assistant-because-left = 您已退出計畫。
assistant-because-unapproved = 協調人撤回了對您的核准。
assistant-because-rule = { $rule ->
        [language] 您已不再同時列出這個場次的兩種語言。
        [declined] 您婉拒了這個場次。
        [vacation] 那時您不在。
        [hours] 場次已不在您的可協助時段內。
        [busy] 場次與您協助的另一個場次相隔不到 15 分鐘。
       *[monthly_cap] 場次已超過您每月的上限。
    }

assistance-asked = 場次 #{ $id }（{ $when }）已申請 { $languages } 口譯助理。{ $outcome }
assistance-assists = 由 { $name } 協助 { $languages } 口譯。
assistance-offered = 已邀請一位能做 { $languages } 口譯的助理；對方接受後會通知兩校。
assistance-uncovered = 目前還沒有能做 { $languages } 口譯的助理有空。{ $reason } 計畫協調人在媒合助理時會再試一次。
assistance-lost = { $name } 無法再協助場次 #{ $id }（{ $pair }，{ $when }）。{ $now }
assistance-same-language = 兩校都以{ $language }授課，主要語言之間不需要口譯：請指定兩種語言，例如 languages={ $code }-en。
assistance-session-over = 場次 #{ $id } 已取消或已開始；只能為尚未舉行的場次申請助理。

assistant-reason-nobody-speaks = 計畫中沒有同時會{ $first }和{ $second }的助理。
assistant-reason-not-free = 計畫中同時會兩種語言的 { $count } 位助理那時都沒有空（可協助時段、不在期間、其他場次或每月上限）。
assistant-reason-never-free = 那一週沒有任何助理有空。
assistant-reason-nearest = 那一週最近有助理有空的開始時間：{ $at }。
assistant-reason-declined = { $name } 婉拒了這個場次。
assistant-reason-away = { $name } 那時不在。
assistant-reason-hours = { $name } 那時沒有空（{ $hours }，{ $timezone }），前後需各留 15 分鐘。
assistant-reason-busy = { $name } 在 15 分鐘內要協助場次 #{ $other }。
assistant-reason-monthly-cap = { $name } 在{ $month }已協助 { $count } 場，達到每月上限。

assistant-survey-request = 謝謝您協助場次 #{ $id }（{ $pair }，{ $when }）！有三個簡短問題：課程有沒有舉行、進行得如何（1 到 5），以及下次有什麼能幫助您？請按按鈕，或輸入 `/exchange assistant survey { $id } took_place=yes rating=5 comment="…"`。
assistant-button-survey = 填寫問卷
assistance-rating-request = { $name } 在與 { $partner } 的場次 #{ $id }（{ $when }）擔任口譯。助理的協助有多大幫助？請以 1 到 5 評分。請按按鈕，或輸入 `/exchange feedback assistance { $id } rating=5`。
assistance-button-rate = 評價協助
assistant-survey-not-assisted = 您沒有協助場次 #{ $id }；問卷只針對您協助過的場次。
assistant-survey-not-ended = 場次 #{ $id } 還沒結束。
assistant-survey-rating-needed = 課程有舉行時需要 rating：1（很吃力）到 5（很順利）。
assistant-survey-rating-unwanted = rating 只用於有舉行的課程；請拿掉。
assistant-survey-saved = 謝謝您！已儲存您對場次 #{ $id } 的回答；再次送出會更新。
assistance-rating-no-assistant = 場次 #{ $id } 沒有遠距課堂助理。
assistance-rating-too-early = 場次 #{ $id } 尚未舉行；請在結束後再評價協助。
assistance-rated = 謝謝您！您為場次 #{ $id } 中 { $name } 的協助評了 { $rating } 分（滿分 5 分）；再次評分會更新。

assistance-auto-ask-on = { $program } 會為兩校沒有共同授課語言的配對，在每個新場次自動申請助理。
assistance-auto-ask-off = { $program } 只在教師申請時才申請助理。

assistants-list-none = { $program } 目前還沒有助理。
assistants-list-none-in-state = { $program } 目前還沒有{ $status ->
        [pending] 等待核准的
        [approved] 已核准的
        [paused] 暫停中的
        [left] 已退出的
       *[declined] 被婉拒的
    }助理。
assistants-list-heading = { $program } 的助理：
assistants-list-approve = 核准 #{ $id } { $name }
assistants-match-dates-reversed = to 早於 from：請先寫開始日期，再寫結束日期。
assistants-match-headline = { $program } 的助理媒合（{ $window ->
        [both] { $first } 至 { $last }
        [from] { $first } 至最後一場
        [to] 現在至 { $last }
       *[all] 之後的所有場次
    }）：{ $asked } 場申請助理；{ $kept } 場已有助理，新媒合 { $added } 場，{ $uncovered } 場未媒合。
assistants-match-row = {"  "}#{ $id } { $pair }，{ $when }，{ $languages }：{ $name }（{ $state ->
        [offered] 邀請中
        [accepted] 已接受
       *[new] 新媒合
    }）
assistants-match-uncovered = 未媒合（{ $count } 場）：
assistants-match-uncovered-row = {"  "}#{ $id } { $pair }，{ $when }，{ $languages }：{ $reason }
assistants-match-offered = 已邀請 { $count } 場；每位助理都會被請求接受。
assistants-match-not-offered = 尚未邀請任何人：輸入 `/exchange { $command }` 即可邀請新媒合的助理。
assistants-match-offer-button = 送出邀請
assistants-match-file-title = { $program } 的助理媒合
assistants-cli-dates-reversed = jointclass assistants match：--to 早於 --from。
assistants-cli-not-offered = 尚未邀請：加上 --apply 會把新媒合的場次邀請給助理。
assistants-cli-offered = 已邀請 { $count } 場；執行中的機器人會請每位助理接受。

assistance-report-heading = 遠距課堂助理：{ $asked } 場申請助理；{ $covered } 場已有著落（{ $accepted } 場已接受、{ $offered } 場邀請中待回覆），{ $uncovered } 場未媒合。
assistance-report-uncovered = {"  "}未媒合：#{ $id } { $pair }，{ $when }，{ $languages }：{ $reason }
assistance-report-served = {"  "}{ $name }：{ $sessions } 場，{ $hours } 小時；尚無評價
assistance-report-served-rated = {"  "}{ $name }：{ $sessions } 場，{ $hours } 小時；教師評價平均 { $mean } 分（滿分 5 分，共 { $count } 筆）
assistance-report-surveys = {"  "}助理問卷：{ $asked } 份中回覆 { $answered } 份；{ $missed } 份表示課程沒有舉行。
assistance-report-surveys-rated = {"  "}助理問卷：{ $asked } 份中回覆 { $answered } 份，平均 { $mean } 分（滿分 5 分）；{ $missed } 份表示課程沒有舉行。

cmd-assist = 為場次申請遠距課堂助理擔任口譯；有空的助理會立即收到邀請。
cmd-assist-description = 適用於待確認或已確認的場次。再次申請會顯示目前狀況，或變更語言。助理接受後，教師可以看到其姓名與語言。
cmd-assist-opt-session = 場次編號（見 `/exchange sessions`）
cmd-assist-opt-languages = 要口譯的兩種語言，例如 ko-ja；預設為兩校的主要語言
cmd-assistant = 遠距課堂助理指令：accept、approve、decline、edit、leave、pause、register、resume、show、survey、withdraw
cmd-assistant-accept = 接受邀請您協助的場次；會通知教師與共同頻道。
cmd-assistant-accept-opt-session = 邀請中的場次編號
cmd-assistant-approve = 核准志工協助您計畫的場次。
cmd-assistant-approve-opt-assistant = 要核准的助理，@user 或 #編號（見 `assistants list`）
value-assistant-accepted = 提及對方，例如 @mina，或助理編號，例如 #3
cmd-assistant-decline = 婉拒志工（或撤回核准）；會通知對方。
cmd-assistant-decline-opt-assistant = 要婉拒的助理，@user 或 #編號（見 `assistants list`）
cmd-assistant-decline-opt-reason = 要告訴對方的原因
cmd-assistant-edit = 修改助理個人資料；您無法再協助的場次會改邀其他人。
cmd-assistant-edit-opt-languages = 您能口譯的語言，ISO 639-1 代碼
cmd-assistant-edit-opt-hours = 您每週可協助的時段，以您的時區計
cmd-assistant-edit-opt-timezone = 您的 IANA 時區，例如 Asia/Seoul
cmd-assistant-edit-opt-max_per_month = 每個月最多協助的場次數
cmd-assistant-edit-opt-vacations = 您不在的日期（含首尾的區間，以您當地日期計）
cmd-assistant-leave = 不再擔任助理；原本要協助的場次會改邀其他人。
cmd-assistant-pause = 暫時不接受新場次的邀請；已協助的場次仍由您負責。
cmd-assistant-register = 報名擔任遠距課堂助理：在計畫的線上課程中擔任口譯。
cmd-assistant-register-description = 時段以您自己的時區，照學校上課時間的寫法填寫；不在期間照學校假期的寫法。計畫協調人核准後，才會邀請您協助場次。您可以和學校在不同的工作區或伺服器。
cmd-assistant-register-opt-languages = 您能口譯的語言，ISO 639-1 代碼
cmd-assistant-register-opt-hours = 您每週可協助的時段，以您的時區計
cmd-assistant-register-opt-timezone = 您的 IANA 時區，例如 Asia/Seoul
cmd-assistant-register-opt-max_per_month = 每個月最多協助的場次數（預設：4）
cmd-assistant-register-opt-vacations = 您不在的日期（含首尾的區間，以您當地日期計）
cmd-assistant-register-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-assistant-resume = 暫停後再次接受場次邀請。
cmd-assistant-show = 您的助理個人資料，以及邀請您或由您協助的場次（協調人可查看自己計畫的任何助理）。
cmd-assistant-show-opt-assistant = 僅限協調人：要查看的助理，@user 或 #編號
cmd-assistant-survey = 協助的場次結束後：課程有沒有舉行、進行得如何、什麼能幫上忙。
cmd-assistant-survey-form = 助理問卷
cmd-assistant-survey-opt-session = 場次編號
cmd-assistant-survey-opt-took_place = 課程有舉行嗎？
cmd-assistant-survey-opt-rating = 您覺得進行得如何，1 到 5（有舉行時）
cmd-assistant-survey-opt-comment = 下次有什麼能幫助您
cmd-assistant-withdraw = 婉拒邀請您的場次，或交還已接受的場次；會改邀其他人。
cmd-assistant-withdraw-opt-session = 場次編號
cmd-assistant-withdraw-opt-reason = 要告訴協調人的原因
cmd-assistants = 助理管理指令：list、match
cmd-assistants-list = 列出您計畫的助理：已核准、等待您核准、暫停中。
cmd-assistants-list-opt-status = 只列出此狀態的助理
cmd-assistants-list-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-assistants-match = 為申請助理的場次媒合計畫中的助理：盡量多涵蓋場次、平均分攤；每個未媒合的場次都會說明原因。
cmd-assistants-match-description = 已邀請或正在協助某場次的助理會保留該場次。媒合需要兩種語言、助理在自己時區的可協助時段（前後各 15 分鐘，已計入日光節約時間與不在期間）、與其他場次相隔 15 分鐘，以及每月上限。
cmd-assistants-match-opt-from = 開始日期，以計畫的行事曆計（預設：今天）
cmd-assistants-match-opt-to = 結束日期（預設：之後的所有場次）
cmd-assistants-match-opt-apply = yes：把新媒合邀請給助理；no：只顯示
cmd-assistants-match-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-coordinator-assistance = 查看或變更：計畫是否為兩校沒有共同授課語言的配對自動申請助理。
cmd-coordinator-assistance-description = 學校以個人資料中的第一個語言授課。若兩校共同列出的語言都不是任何一方的授課語言（首爾 ko,en 與大阪 ja,en 只能用英語溝通），或沒有共同語言，就會申請。
cmd-coordinator-assistance-opt-auto_ask = on：這類配對的每個新場次立即申請；off：只有教師申請
cmd-coordinator-assistance-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-feedback-assistance = 以 1 到 5 評價遠距課堂助理在場次中的幫助。
cmd-feedback-assistance-form = 評價協助
cmd-feedback-assistance-opt-session = 場次編號
cmd-feedback-assistance-opt-rating = 1（沒有幫助）到 5（讓課程順利進行）
cmd-feedback-assistance-opt-comment = 協調人應該知道的事
choice-approved = 已核准
choice-paused = 暫停中
choice-left = 已退出
choice-declined = 已婉拒
