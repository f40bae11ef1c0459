## `jointclass` 顯示給人看的內容 (bot/cli, bot/adapters/discord/sync.py)，以計畫的語言
## （JOINTCLASS_LANGUAGE）書寫。指令與選項名稱（--apply、--csv、DISCORD_TOKEN）、計畫與學校
## 名稱、ID 和路徑維持原樣；`--json` 與 CSV 檔是資料，不翻譯。

cli-configuration-problem = jointclass：設定有問題：{ $problem }
cli-no-program = jointclass { $job }：沒有名為「{ $name }」的計畫。現有計畫：{ $programs }。
cli-no-program-none = jointclass { $job }：沒有名為「{ $name }」的計畫。目前還沒有任何計畫。
cli-import-codes-in-dry-run = jointclass import：--codes 會寫出認領碼，而 --dry-run 不寫入任何資料；請擇一使用
cli-import-cannot-read = jointclass import：無法讀取 { $path }：{ $error }
cli-import-unreadable = jointclass import：{ $path }：{ $problem }
cli-import-cannot-write-codes = { $path }：未匯入任何資料；無法寫入 { $codes }：{ $error }
cli-match-no-folder = jointclass match：--csv：沒有可寫入的資料夾 { $folder }
cli-match-progress = [{ $seconds } 秒] { $step }
cli-match-done = 完成
cli-match-heading = { $program } 的配對 · { $week } 當週 · 重疊至少 { $duration } 分鐘 · 仍有名額的學校 { $schools } 所 · 可行配對 { $feasible } 組
cli-match-totals = { $pairs } 組（可能的最多組數）· 品質總分 { $quality } · 仍有名額的學校 { $open } 所
cli-match-column-home = 本國學校
cli-match-column-partner = 夥伴學校
cli-match-column-overlap = 重疊時間
cli-match-column-language = 語言
cli-match-column-score = 分數
cli-match-column-school = 學校
cli-match-column-open = 剩餘名額
cli-match-column-reason = 原因
cli-match-minutes = { $minutes } 分鐘
cli-match-continuing = 延續
cli-match-wrote-csv = 已將所有配對與仍有名額的學校寫入 { $path }
cli-match-nothing-created = 尚未建立任何關係：加上 --apply 會建立這些交流關係並通知各校。
cli-match-created = 已建立 { $created } 個交流關係。執行中的機器人現在會通知 { $told } 所學校的教師；還沒有教師加入機器人的 { $waiting } 所學校，會在第一位教師加入時收到通知。
cli-match-not-created = {"  "}未建立：{ $home } + { $partner }：{ $reason }
cli-propose-refused = jointclass propose：{ $problem }
cli-sessions-listed = { $program } 的 { $count } 場交流：
cli-sessions-none = { $program } 沒有任何交流場次。
cli-sessions-none-in-status = { $program } 沒有狀態為 { $status } 的交流場次。
cli-discord-declaration-problem = jointclass discord-sync：{ $problem }
cli-discord-declaration-problem-unsent = jointclass discord-sync：{ $problem }；未傳送任何內容。
cli-discord-no-token = jointclass discord-sync：請將 DISCORD_TOKEN 設為您 Discord 應用程式的機器人權杖（見 README 的 Discord 一節）。
cli-discord-token-refused = jointclass discord-sync：Discord 拒絕了 DISCORD_TOKEN；請從 Developer Portal 重新複製機器人權杖。
cli-discord-forbidden = jointclass discord-sync：Discord 拒絕在伺服器 { $guild } 註冊指令：請以 applications.commands 範圍邀請機器人加入該伺服器。
cli-discord-http-error = jointclass discord-sync：Discord 回應 { $status }：{ $text }
cli-discord-registered = 已為{ $target }註冊 { $commands } 個 Discord 指令（含子指令共 { $declared } 個）。
cli-discord-up-to-date = { $target }的 Discord 指令已是最新，未傳送任何內容（加上 --force 仍會傳送）。
cli-discord-every-server = 所有伺服器
cli-discord-server = 伺服器 { $guild }
cli-discord-invite = 邀請連結：{ $url }
