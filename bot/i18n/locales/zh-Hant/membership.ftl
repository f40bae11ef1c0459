## 學校的教師 (bot/commands/membership.py, bot/schools/membership.py)：申請加入、核准與婉拒、
## 認領碼、退出、移除同事。$number 是申請編號，$at 是學校當地時間，$day 是日期。

membership-join-declined-before = 你加入{ $school }的申請已於{ $day }被婉拒。如果有誤，請向計畫的協調人索取認領碼。
membership-join-asked = 已申請加入{ $school }（{ $id }），申請編號 #{ $number }。
membership-join-until-then = 在核准之前，你只能看到所有人都看得到的內容；結果會通知你。
membership-deciders-teachers = 已請這所學校的教師核准。
membership-deciders-coordinators = { $school }還沒有教師，因此已請計畫的協調人核准；如果協調人給了你認領碼，請改用 `/exchange school claim CODE`。
membership-deciders-nobody = { $school }還沒有教師，計畫也還沒有協調人，所以目前沒有人能核准；向協調人取得認領碼就能立即加入。
membership-asked-already-done = 你已於{ $at }以申請 #{ $number } 申請加入{ $school }（{ $id }）；這所學校的教師或計畫的協調人會回覆，屆時會通知你。
membership-asked-already = 你已於{ $day }以申請 #{ $number } 申請加入{ $school }（{ $id }）；這所學校的教師或計畫的協調人會回覆，屆時會通知你。
membership-teaches-elsewhere = 你已經是{ $id }的教師；請先執行 `/exchange school leave`。
membership-joined-already = 你已於{ $at }加入{ $school }（{ $id }）；這所學校的教師都已收到通知。
membership-teacher-already = 你已經是{ $school }的教師。
membership-join-request = { $person }（{ $platform } 使用者 { $user }，工作區 { $workspace }）以申請 #{ $number } 申請以教師身分加入{ $school }（{ $id }）。請只核准你確定在這所學校任教的人：`/exchange teacher approve { $number }` 或 `/exchange teacher decline { $number }`。
membership-join-request-no-teacher = { $school }還沒有教師。{ $request }
membership-button-approve = 核准
membership-button-decline = 婉拒
membership-joined-notice = { $person }在 { $platform } 上{ $how ->
        [coordinator] 以計畫協調人的身分
        [survey] 以需求調查所列教師的身分
       *[code] 以認領碼
    }成為{ $school }的教師。
membership-welcome = 你已{ $how ->
        [coordinator] 以計畫協調人的身分
        [survey] 以需求調查所列教師的身分
       *[code] 以認領碼
    }成為{ $school }（{ $id }）的教師。
membership-colleagues-told = 已通知 { $count } 位同事。
membership-pairings-sent = 在這裡還沒有教師時，媒合已為{ $school }配對了夥伴學校：現在會寄給這所學校的教師 { $count } 則配對訊息。
membership-request-withdrawn = 你加入{ $id }的申請（#{ $number }）已撤回。
membership-no-such-request = 在加入{ $scope ->
        [school] { $school }
        [program] 你的計畫中學校
       *[both] { $school }或你的計畫中學校
    }的申請中，沒有符合「{ $text }」的。等待中的申請：{ $waiting }
membership-no-such-request-none-waiting = 在加入{ $scope ->
        [school] { $school }
        [program] 你的計畫中學校
       *[both] { $school }或你的計畫中學校
    }的申請中，沒有符合「{ $text }」的。目前沒有等待中的申請。
membership-requests-ambiguous = 「{ $text }」符合多筆申請：{ $waiting }。請輸入編號。
membership-decided-already-done = 你剛才已{ $decision ->
        [approved] 核准
       *[declined] 婉拒
    }{ $person }加入{ $id }的申請 #{ $number }；對方已收到通知。
membership-request-decided = 申請 #{ $number }{ $status ->
        [approved] 已由 { $by } 於 { $at } 核准
        [declined] 已由 { $by } 於 { $at } 婉拒
        [withdrawn] 已撤回：申請人改申請其他學校或登記了自己的學校
       *[pending] 已不在等待中
    }；沒有做任何變更。
membership-approved-notice = { $by }已核准{ $person }（{ $platform }）成為{ $school }的教師。
membership-approved-teaches-elsewhere = { $person }已經是{ $id }的教師；沒有做任何變更。
membership-approved-teaches-at-another = { $person }已經是其他學校的教師；沒有做任何變更。
membership-approved-to-asker = { $by }已核准你的申請：你現在是{ $school }（{ $id }）的教師。`/exchange help` 會列出教師可以做的事。
membership-approved = { $person }現在是{ $school }的教師；對方已收到通知。
membership-declined-to-asker = { $by }婉拒了你加入{ $school }的申請。如果有誤，請洽詢計畫的協調人。
membership-declined-to-asker-why = { $by }婉拒了你加入{ $school }的申請：「{ $reason }」如果有誤，請洽詢計畫的協調人。
membership-declined = 已婉拒{ $person }加入{ $school }的申請；對方已收到通知。
membership-remove-no-match = { $school }的教師中沒有符合「{ $text }」的人。這所學校的教師：{ $teachers }。
membership-remove-no-match-no-teachers = { $school }的教師中沒有符合「{ $text }」的人。這所學校目前沒有教師。
membership-remove-ambiguous = 「{ $text }」符合多位教師：{ $teachers }。請輸入 ID。
membership-remove-yourself = 如果是你自己要停止在那裡任教，請使用 `/exchange school leave`。
membership-removed-already = { $person }已不再是{ $school }的教師。
membership-removed-to-teacher = { $by }已將你從{ $school }的教師中移除。如果有誤，請洽詢計畫的協調人。
membership-removed-notice = { $by }已將{ $person }從{ $school }的教師中移除。
membership-removed = { $person }已不再是{ $school }的教師；對方已收到通知。
membership-not-in-charge = 只有{ $school }的教師和其計畫的協調人可以這麼做。
membership-left = 你已不再是{ $school }的教師。
membership-left-notice = { $person }已離開{ $school }。
membership-code-not-your-program = 你只能為自己計畫中的學校發放認領碼；{ $school }不在其中。
membership-code-issued =
    { $school }（{ $id }）的認領碼：{ $code }
    可使用一次，有效至 { $until }。請交給這所學校的教師，由對方輸入 `/exchange school claim { $code }`。先前為這所學校發放的認領碼將失效。
membership-claimed-already = 你已於{ $at }用這個認領碼登記為{ $school }（{ $id }）的教師。
membership-code-unknown = 這不是本機器人發放的認領碼：請向給你認領碼的協調人確認。
membership-code-used = 這個認領碼已於{ $day }使用過。請向協調人索取新的認領碼。
membership-code-expired = 這個認領碼已於 { $until } 過期。請向協調人索取新的認領碼。

## 指令說明（help、Discord）
cmd-teacher = 教師
cmd-teacher-approve = 核准加入你學校的申請（協調人：計畫中的任何學校）。
cmd-teacher-approve-opt-asker = 申請編號（#12），或申請人的名稱或提及
cmd-teacher-decline = 婉拒加入你學校的申請；會連同你的理由通知申請人。
cmd-teacher-decline-opt-asker = 申請編號（#12），或申請人的名稱或提及
cmd-teacher-decline-opt-reason = 告訴申請人的簡短理由
cmd-teacher-remove = 將教師從你的學校移除（協調人：計畫中的任何學校）。
cmd-teacher-remove-opt-teacher = 要移除的教師：名稱或提及
cmd-teacher-remove-opt-school = 僅限協調人：學校
