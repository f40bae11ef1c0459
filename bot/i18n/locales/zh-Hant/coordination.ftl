## 協調人與您的身分（bot/commands/coordination.py）。目前只轉換了 `whoami`。

whoami-you = 您是 { $platform } 上的 { $name }。
whoami-teacher = 您是 { $school }（{ $id }）的教師。
whoami-no-school = 您還不是任何學校的教師（`/exchange school register`）。
whoami-asked-to-join = 您還不是任何學校的教師：您已於 { $day } 申請加入 { $school }（申請 #{ $request }），正等待 { $school } 的教師或其協調人回覆。
whoami-coordinator-of-several = 您是 { $programs } 的協調人；目前的計畫：{ $current }。
whoami-coordinator = 您是 { $program } 的協調人。
whoami-language = 您以{ $language }閱讀機器人的訊息。

cmd-whoami = 顯示您的學校與您協調的計畫。
