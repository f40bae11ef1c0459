## 協調人與您的身分（bot/commands/coordination.py）。

whoami-you = 您是 { $platform } 上的 { $name }。
whoami-teacher = 您是 { $school }（{ $id }）的教師。
whoami-no-school = 您還不是任何學校的教師（`/exchange school register`）。
whoami-asked-to-join = 您還不是任何學校的教師：您已於 { $day } 申請加入 { $school }（申請 #{ $request }），正等待 { $school } 的教師或其協調人回覆。
whoami-coordinator-of-several = 您是 { $programs } 的協調人；目前的計畫：{ $current }。
whoami-coordinator = 您是 { $program } 的協調人。
whoami-language = 您以{ $language }閱讀機器人的訊息。

cmd-whoami = 顯示您的學校與您協調的計畫。

coordinator-current-program = 計畫：您目前的計畫 { $program }（以 `program=` 指定其他計畫，以 `/exchange coordinator use` 切換）。
coordinator-not-your-program = 您不是名為「{ $name }」的計畫的協調人。您的計畫：{ $programs }。
coordinator-already = { $user } 已經是 { $program } 的協調人。
coordinator-made-you = { $by } 將您設為 { $program } 的協調人。
coordinator-added = { $user } 現在是 { $program } 的協調人。
coordinator-list = { $program } 的協調人：{ $coordinators }。
coordinator-acts-on = 未指定計畫時，您的協調人指令會套用到 { $program }。您協調的計畫：{ $programs }。輸入 `/exchange coordinator use <program>` 即可切換。
coordinator-now-acts-on = 從現在起，未指定 program=… 時，您的協調人指令會套用到 { $program }。

cmd-coordinator-add = 將其他使用者設為您計畫的協調人。
cmd-coordinator-add-opt-user = 要新增的使用者，以提及（mention）指定
cmd-coordinator-add-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-coordinator-list = 列出您計畫的協調人。
cmd-coordinator-list-opt-program = 計畫名稱；預設為您目前的計畫（`/exchange coordinator use`）
cmd-coordinator-use = 選擇未指定計畫時，您的協調人指令要套用的計畫。
cmd-coordinator-use-opt-program = 計畫名稱；省略時顯示您目前的計畫

cmd-coordinator = 協調人指令：add、assistance、lead-times、list、use
