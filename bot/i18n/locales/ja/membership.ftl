## 学校の教員 (bot/commands/membership.py, bot/schools/membership.py)：参加の申請、承認と却下、
## 登録コード、退出、同僚の削除。$number は申請番号、$at は学校の時刻、$day は日付です。

membership-join-declined-before = { $school }への参加申請は{ $day }に却下されました。誤りであれば、プログラムのコーディネーターに登録コードを依頼してください。
membership-join-asked = { $school }（{ $id }）への参加を申請しました。申請番号は #{ $number } です。
membership-join-until-then = 承認されるまでは、誰でも見られる内容だけが表示されます。結果はお知らせします。
membership-deciders-teachers = この学校の教員に承認を依頼しました。
membership-deciders-coordinators = { $school }にはまだ教員がいないため、プログラムのコーディネーターに依頼しました。コーディネーターから登録コードを受け取っている場合は、代わりに `/exchange school claim CODE` を入力してください。
membership-deciders-nobody = { $school }にはまだ教員がおらず、プログラムにもコーディネーターがいないため、今は承認できる人がいません。コーディネーターの登録コードがあればすぐに参加できます。
membership-asked-already-done = { $at }に申請 #{ $number } で{ $school }（{ $id }）への参加を申請しました。この学校の教員かプログラムのコーディネーターが回答したら、お知らせします。
membership-asked-already = { $day }に申請 #{ $number } で{ $school }（{ $id }）への参加をすでに申請しています。この学校の教員かプログラムのコーディネーターが回答したら、お知らせします。
membership-teaches-elsewhere = すでに{ $id }の教員です。先に `/exchange school leave` を実行してください。
membership-joined-already = { $at }に{ $school }（{ $id }）に参加しました。この学校の教員にも知らせてあります。
membership-teacher-already = すでに{ $school }の教員です。
membership-join-request = { $person }さん（{ $platform } のユーザー { $user }、ワークスペース { $workspace }）が、申請 #{ $number } で{ $school }（{ $id }）の教員としての参加を申請しました。この学校で教えていると分かっている人だけを `/exchange teacher approve { $number }` で承認してください。却下するには `/exchange teacher decline { $number }` を入力してください。
membership-join-request-no-teacher = { $school }にはまだ教員がいません。{ $request }
membership-button-approve = 承認
membership-button-decline = 却下
membership-joined-notice = { $person }さんが{ $platform }で{ $how ->
        [coordinator] プログラムのコーディネーターとして
        [survey] 需要調査に名前のある教員として
       *[code] 登録コードで
    }{ $school }の教員になりました。
membership-welcome = { $how ->
        [coordinator] プログラムのコーディネーターとして
        [survey] 需要調査に名前のある教員として
       *[code] 登録コードで
    }{ $school }（{ $id }）の教員になりました。
membership-colleagues-told = 同僚 { $count } 人に知らせました。
membership-pairings-sent = 教員がいない間に、マッチングで{ $school }の相手校が決まっていました。この学校の教員にマッチングのメッセージを { $count } 件送ります。
membership-request-withdrawn = { $id }への参加申請（#{ $number }）は取り下げられました。
membership-no-such-request = { $scope ->
        [school] { $school }
        [program] プログラムの学校
       *[both] { $school }またはプログラムの学校
    }への参加申請に「{ $text }」に当たるものはありません。待っている申請：{ $waiting }
membership-no-such-request-none-waiting = { $scope ->
        [school] { $school }
        [program] プログラムの学校
       *[both] { $school }またはプログラムの学校
    }への参加申請に「{ $text }」に当たるものはありません。待っている申請はありません。
membership-requests-ambiguous = 「{ $text }」に当たる申請が複数あります：{ $waiting }。番号を入力してください。
membership-decided-already-done = { $person }さんの{ $id }への参加申請 #{ $number } は、先ほど{ $decision ->
        [approved] 承認しました
       *[declined] 却下しました
    }。申請者にも知らせてあります。
membership-request-decided = 申請 #{ $number } は{ $status ->
        [approved] { $at }に{ $by }さんが承認したため
        [declined] { $at }に{ $by }さんが却下したため
        [withdrawn] 申請者がほかの学校に申請したか学校を登録したため取り下げられており
       *[pending] もう待機中ではないため
    }、何も変更しませんでした。
membership-approved-notice = { $by }さんが{ $person }さん（{ $platform }）を{ $school }の教員として承認しました。
membership-approved-teaches-elsewhere = { $person }さんはすでに{ $id }の教員のため、何も変更しませんでした。
membership-approved-teaches-at-another = { $person }さんはすでにほかの学校の教員のため、何も変更しませんでした。
membership-approved-to-asker = { $by }さんが申請を承認しました。{ $school }（{ $id }）の教員になりました。教員にできることは `/exchange help` で確認してください。
membership-approved = { $person }さんが{ $school }の教員になりました。本人にも知らせました。
membership-declined-to-asker = { $by }さんが{ $school }への参加申請を却下しました。誤りであれば、プログラムのコーディネーターに問い合わせてください。
membership-declined-to-asker-why = { $by }さんが{ $school }への参加申請を却下しました：「{ $reason }」誤りであれば、プログラムのコーディネーターに問い合わせてください。
membership-declined = { $person }さんの{ $school }への参加申請を却下しました。本人にも知らせました。
membership-remove-no-match = { $school }の教員に「{ $text }」に当たる人はいません。この学校の教員：{ $teachers }
membership-remove-no-match-no-teachers = { $school }の教員に「{ $text }」に当たる人はいません。この学校には教員がいません。
membership-remove-ambiguous = 「{ $text }」に当たる教員が複数います：{ $teachers }。ID を入力してください。
membership-remove-yourself = ご自身が教員をやめる場合は `/exchange school leave` を使ってください。
membership-removed-already = { $person }さんはもう{ $school }の教員ではありません。
membership-removed-to-teacher = { $by }さんがあなたを{ $school }の教員から外しました。誤りであれば、プログラムのコーディネーターに問い合わせてください。
membership-removed-notice = { $by }さんが{ $person }さんを{ $school }の教員から外しました。
membership-removed = { $person }さんは{ $school }の教員ではなくなりました。本人にも知らせました。
membership-not-in-charge = これができるのは、{ $school }の教員とプログラムのコーディネーターだけです。
membership-left = { $school }の教員ではなくなりました。
membership-left-notice = { $person }さんが{ $school }を離れました。
membership-code-not-your-program = 登録コードを発行できるのは、ご自分のプログラムの学校だけです。{ $school }は対象外です。
membership-code-issued =
    { $school }（{ $id }）の登録コード：{ $code }
    { $until }まで一度だけ使えます。この学校の教員に渡し、`/exchange school claim { $code }` と入力してもらってください。この学校に以前発行したコードは使えなくなります。
membership-claimed-already = { $at }にこのコードで{ $school }（{ $id }）に登録しました。この学校の教員です。
membership-code-unknown = ボットが発行した登録コードではありません。コードをくれたコーディネーターに確認してください。
membership-code-used = この登録コードは{ $day }にすでに使われています。コーディネーターに新しいコードを依頼してください。
membership-code-expired = この登録コードは{ $until }に期限が切れました。コーディネーターに新しいコードを依頼してください。

## コマンドの宣言（ヘルプ、Discord）
cmd-teacher = 教員
cmd-teacher-approve = 自校への参加申請を承認します（コーディネーター：プログラムのどの学校でも）。
cmd-teacher-approve-opt-asker = 申請番号（#12）、または申請者の名前かメンション
cmd-teacher-decline = 自校への参加申請を却下します。申請者には理由とともに知らせます。
cmd-teacher-decline-opt-asker = 申請番号（#12）、または申請者の名前かメンション
cmd-teacher-decline-opt-reason = 申請者に伝える短い理由
cmd-teacher-remove = 自校の教員を外します（コーディネーター：プログラムのどの学校からでも）。
cmd-teacher-remove-opt-teacher = 外す教員：名前またはメンション
cmd-teacher-remove-opt-school = コーディネーターのみ：学校
