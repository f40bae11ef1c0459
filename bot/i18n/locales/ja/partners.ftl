## 交流相手と合同チャンネル (bot/commands/partners.py, bot/matching/partner_search.py,
## bot/schools/partnerships.py, bot/schools/earlier_changes.py)：find, request, accept,
## decline, partners, partnership end, channel create|link。数は入力どおりに渡します。

partners-joint-channel-linked = このチャンネルは、{ $school }（{ $country }）と{ $partner }（{ $partner_country }）の合同チャンネルになりました。合意した日時、リマインダー、当日の進行表をここに投稿します。

## find
partners-find-own-country = country: { $country }は自校の国です。交流相手は海外の学校です。country を外すか、別の国を指定してください。
partners-find-not-your-language = language: { $language }は学校の言語（{ $languages }）ではありません。交流相手とはそのどれかを共有する必要があります。先に `/exchange school edit languages=…` で追加してください。
partners-find-no-places-left = 学校の枠が残っていません（{ $quota }枠中{ $used }枠使用）。ほかの学校に申し込む前に `/exchange school edit quota={ $next }` で枠を増やしてください。
partners-find-heading = { $school }の{ $mode ->
        [realtime] リアルタイム交流
       *[async] 非リアルタイム交流
    }の相手候補は{ $total }校です（{ $level }、{ $week }の週、{ $duration }分以上）{ $limited ->
        [yes] 。上位{ $best }校
       *[no] {""}
    }{ $paged ->
        [yes] 、{ $first }～{ $last }校目を表示
       *[no] {""}
    }：
partners-find-none = すべての条件に合う学校はありません。「{ $step }」の条件で残りがなくなりました{ $counted ->
        [yes] （その前は{ $before }校）
       *[no] {""}
    }{ $all_live ->
        [yes] 。ほかの条件に合う学校はすべて、{ $duration }分以上リアルタイムで会えます
       *[no] {""}
    }。条件ごとに残った学校の数は次のとおりです：{ $steps }
partners-find-none-but-async = すべての条件に合う学校はありません。「{ $step }」の条件で残りがなくなりました{ $counted ->
        [yes] （その前は{ $before }校）
       *[no] {""}
    }{ $all_live ->
        [yes] 。ほかの条件に合う学校はすべて、{ $duration }分以上リアルタイムで会えます
       *[no] {""}
    }。条件ごとに残った学校の数は次のとおりです：{ $steps }。そのうち{ $async_count }校とは非リアルタイム交流（共有ボード、手紙、録画ビデオ）ができます：`/exchange find mode=async` を入力してください。
partners-step-count = { $step }：{ $count }
partners-step-level = { $level }
partners-step-in-country = { $country }にある
partners-step-abroad = 別の国にある
partners-step-speaking = { $language }を話す
partners-step-sharing-a-language = 共通の言語がある
partners-step-topic = { $topic }に関心がある
partners-step-not-partners = まだ交流相手ではない
partners-step-not-declined = 両校の間に却下された申請がない
partners-step-place-left = 枠が残っている
partners-step-real-time = リアルタイムで{ $duration }分以上会える
partners-step-not-real-time = リアルタイムで{ $duration }分以上は会えない
partners-candidate = { $number }. { $name }（{ $id }）・{ $country }・{ $level }
partners-candidate-in-city = { $number }. { $name }（{ $id }）・{ $city }、{ $country }・{ $level }
partners-none = なし
partners-fit = 共通の言語：{ $languages }・共通のテーマ：{ $topics }・学年 { $grades }（自校 { $mine }）
partners-fit-grade-gap = 共通の言語：{ $languages }・共通のテーマ：{ $topics }・学年 { $grades }（自校 { $mine }、{ $gap }学年差）
partners-time-together = 一緒に過ごせる時間、{ $week }の週（{ $duration }分以上）、授業時間：{ $times }
partners-time-after-school = 一緒に過ごせる時間、{ $week }の週（{ $duration }分以上）、放課後を含む：{ $times }
partners-no-overlap = リアルタイムで{ $duration }分以上重なる時間なし（重なる時間なし）：非リアルタイム交流（共有ボード、手紙、録画ビデオ）向き
partners-no-overlap-longest = リアルタイムで{ $duration }分以上重なる時間なし（最長の重なり{ $longest }分）：非リアルタイム交流（共有ボード、手紙、録画ビデオ）向き
partners-ranked-on = 残り枠：{ $quota }枠中{ $remaining }枠・順位の根拠：授業時間の重なり{ $class_minutes }分、全体の重なり{ $any_minutes }分、共通のテーマ{ $topics }件、学年差{ $gap }、残り枠{ $remaining }
partners-find-waiting = { $day }に{ $asker ->
        [you] こちらから申し込みました
       *[they] 相手から申し込まれました
    }。回答を待っています。
partners-button-request = 交流を申し込む

## request
partners-request-own-school = 自校です。海外の学校に申し込んでください（候補は `/exchange find` で表示できます）。
partners-request-same-country = { $school }は自校と同じ{ $country }にあります。交流相手は別の国の学校です。
partners-request-asked-already = { $day }にすでに{ $school }に申し込んでいます。回答はまだです。
partners-request-they-asked = { $school }は{ $day }にすでにこちらに申し込んでいます：`/exchange accept { $id }` で承諾してください。
partners-request-declined-before = { $day }に{ $decliner ->
        [they] 相手校が
       *[yours] 自校が
    }両校の間の交流申請を却下したため、再送はしません。
partners-request-sent = { $school }（{ $id }）に交流を申し込みました。
partners-request-told = { $school }の教員{ $count }人に知らせました。回答があればお知らせします。
partners-request-no-teacher = { $school }にはまだボットを使う教員がいません。申請は教員が来るまで待機し、教員が参加すると `/exchange partners` に表示されます。
partners-request-notice = { $school }（{ $id }、{ $country }）が{ $partner }に交流を申し込みました。
partners-request-notice-message = 相手からのメッセージ：「{ $message }」
partners-request-notice-answer = `/exchange accept { $id }` または `/exchange decline { $id }` で回答してください。
partners-lines = { $lines }
partners-button-accept = 承諾
partners-button-decline = 却下

## accept and decline
partners-no-request-from = { $school }からの申請で回答待ちのものはありません。待っている申請：{ $waiting }
partners-no-request-from-none-waiting = { $school }からの申請で回答待ちのものはありません。
partners-no-request-waiting = 自校の回答を待っている交流申請はありません。
partners-several-requests = 複数の申請が待っています。どれを{ $verb }するか、`/exchange { $verb } { $id }` のように指定してください。待っている申請：{ $waiting }
partners-answered-already = { $at }に{ $school }の交流申請を{ $answer ->
        [accepted] 承諾しました
       *[declined] 却下しました
    }。{ $school }にも知らせてあります。
partners-answered-by = { $school }の交流申請は{ $at }に{ $by }さんが{ $status ->
        [accepted] 承諾済み
       *[declined] 却下済み
    }のため、{ $answer ->
        [accepted] 承諾
       *[declined] 却下
    }はしませんでした。状況は `/exchange partners` で確認してください。
partners-answered-by-you = { $school }の交流申請は{ $at }にご自身が{ $status ->
        [accepted] 承諾済み
       *[declined] 却下済み
    }のため、{ $answer ->
        [accepted] 承諾
       *[declined] 却下
    }はしませんでした。状況は `/exchange partners` で確認してください。
partners-answered-by-tieup = { $school }の交流申請は{ $at }にプログラムのマッチングで{ $status ->
        [accepted] 承諾済み
       *[declined] 却下済み
    }のため、{ $answer ->
        [accepted] 承諾
       *[declined] 却下
    }はしませんでした。状況は `/exchange partners` で確認してください。
partners-accepted-notice = { $school }（{ $id }）が交流申請を承諾しました。これで交流相手です。次は `/exchange channel link partner={ $id }` で合同チャンネルをつないでください。
partners-accepted-colleagues = { $person }さんが、{ $mine }への{ $school }からの交流申請を承諾しました。
partners-accepted = { $mine }と{ $school }（{ $id }）は交流相手になりました。次は `/exchange channel link partner={ $id }`（または `/exchange channel create`）で合同チャンネルをつないでください。
partners-accepted-in = { $mine }と{ $school }（{ $id }）は交流相手になりました。使う言語は{ $languages }です。次は `/exchange channel link partner={ $id }`（または `/exchange channel create`）で合同チャンネルをつないでください。
partners-declined-notice = { $school }（{ $id }）が交流申請を却下しました。ほかの候補は `/exchange find` で表示できます。
partners-declined-notice-why = { $school }（{ $id }）が交流申請を却下しました：「{ $reason }」ほかの候補は `/exchange find` で表示できます。
partners-declined = { $school }からの申請を却下しました。今後 `/exchange find` は両校を互いに候補として出しません。
partners-pair-itself = 学校は自分自身とは交流できません。
partners-pair-already = { $school }と{ $partner }はすでに交流相手です。
partners-pair-no-places-yours = 自校の交流枠が残っていません（枠{ $quota }、進行中の交流{ $used }件）。`/exchange partnership end <school>` で一つ終えるか、`/exchange school edit quota={ $next }` で枠を増やしてください。
partners-pair-no-places = { $school }の交流枠が残っていません（枠{ $quota }、進行中の交流{ $used }件）。

## partners
partners-heading = { $school }：交流相手{ $count }校、{ $quota }枠中{ $left }枠が残っています。
partners-none-yet = まだ交流相手も申請もありません。候補は `/exchange find` で表示できます。
partners-partner = 交流相手：{ $school }（{ $id }）・{ $country }
partners-partner-since-channel = { $day }から（{ $source ->
        [tieup] プログラムのマッチング
       *[request] 交流申請
    }）・言語 { $language }・合同チャンネル { $channel }（{ $platform }）
partners-partner-since-no-channel = { $day }から（{ $source ->
        [tieup] プログラムのマッチング
       *[request] 交流申請
    }）・言語 { $language }・合同チャンネルなし（`/exchange channel link partner={ $id }`）
partners-asks-you = 申し込まれています：{ $school }（{ $id }）・{ $country }
partners-asked-on = { $day }：「{ $message }」
partners-asked-on-no-message = { $day }：メッセージなし
partners-you-asked = 申し込み済み：{ $school }（{ $id }）・{ $country }
partners-you-asked-on = { $day }：「{ $message }」・回答待ち
partners-you-asked-on-no-message = { $day }：メッセージなし・回答待ち

## partnership end; a partnership that ended before
partners-not-a-partner = { $school }は{ $mine }の交流相手ではありません。
partners-not-a-partner-listed = { $school }は{ $mine }の交流相手ではありません。交流相手：{ $partners }
partners-not-a-partner-none = { $school }は{ $mine }の交流相手ではありません。交流相手はいません。
partners-ended-notice = { $school }（{ $id }）が交流を終了しました。
partners-ended-notice-why = { $school }（{ $id }）が交流を終了しました：「{ $reason }」
partners-ended-channel = { $school }と{ $partner }の交流は終了しました。
partners-ended-channel-why = { $school }と{ $partner }の交流は終了しました：「{ $reason }」
partners-ended = { $school }との交流を終了しました。{ $mine }の交流枠は残り{ $left }枠です。
partners-cancelled-session = セッション #{ $number } を取り消しました：{ $when }
partners-cancelled-session-ics = セッション #{ $number } を取り消しました：{ $when }・カレンダーの取り消し：/exchange ics { $number }
partners-cancelled-activity = アクティビティ #{ $number }（{ $title }）を取り消しました。
partners-ended-already-done = { $at }に{ $school }との交流を終了しました。{ $school }にも知らせてあります。
partners-ended-already-by = { $school }と{ $partner }の交流は{ $at }に{ $by }が終了したため、何も{ $undone ->
        [booked] 予約
        [confirmed] 確定
        [planned] 計画
        [recorded] 記録
        [ended] 終了
        [linked] 接続
       *[created] 作成
    }しませんでした。
partners-ended-already-by-you = { $school }と{ $partner }の交流は{ $at }にご自身が終了したため、何も{ $undone ->
        [booked] 予約
        [confirmed] 確定
        [planned] 計画
        [recorded] 記録
        [ended] 終了
        [linked] 接続
       *[created] 作成
    }しませんでした。
partners-ended-already-by-a-teacher = { $school }と{ $partner }の交流は{ $at }にある教員が終了したため、何も{ $undone ->
        [booked] 予約
        [confirmed] 確定
        [planned] 計画
        [recorded] 記録
        [ended] 終了
        [linked] 接続
       *[created] 作成
    }しませんでした。

## channel create|link
partners-no-partner-yet = { $mine }にはまだ交流相手がいません。`/exchange find` で探してから `/exchange request <school>` を入力してください。
partners-several-partners = { $mine }には交流相手が複数います。partner=… でどの学校か指定してください（{ $partners }）。
partners-channel-taken = このチャンネルはすでに別の交流（{ $school }と{ $partner }）の合同チャンネルです。専用のチャンネルを使ってください。
partners-channel-linked-notice = { $school }の{ $person }さんが交流の合同チャンネルをつなぎました（{ $platform }）。
partners-channel-link-where = 合同チャンネルにしたいチャンネルの中で実行してください。
partners-channel-linked = このチャンネルは{ $school }と{ $partner }の合同チャンネルになりました。
partners-channel-linked-moved = このチャンネルは{ $school }と{ $partner }の合同チャンネルになりました（以前は{ $previous }でした）。
partners-channel-create-unsupported = ボットは{ $platform }ではチャンネルを作れません。ご自身でチャンネルを作り、相手校の教員を招待して、そのチャンネルで `/exchange channel link` を実行してください。
partners-channel-exists = { $school }との交流にはすでに合同チャンネル（{ $channel }）があります。移すには、別のチャンネルで `/exchange channel link` を実行してください。
partners-channel-create-failed = { $platform }でチャンネルを作成できませんでした。ご自身でチャンネルを作り、相手校の教員を招待して、そのチャンネルで `/exchange channel link` を実行してください。
partners-channel-created = 教員{ $count }人で #{ $name } を作成し、{ $school }と{ $partner }の合同チャンネルにしました。

## コマンドの宣言（ヘルプ、Discord）
cmd-find = クラスの交流相手の学校を、合う理由とともに順位づけして探します。
cmd-find-description = 候補は1ページに10校ずつ表示されます。「次へ」ボタン（または `page=`）で `limit` まで次の候補を表示します。
cmd-find-opt-language = この言語で話せる相手だけ
cmd-find-opt-level = 探す学校段階（既定：自校と同じ）
cmd-find-opt-country = この国の相手だけ
cmd-find-opt-topic = このテーマに関心のある相手だけ
cmd-find-opt-limit = 表示する上位候補の数（1ページに10校）
cmd-find-opt-duration = 数に入れるリアルタイムの重なりの最短時間（分）
cmd-find-opt-mode = realtime：リアルタイムで会える相手、async：会えない相手（ボード、手紙、録画ビデオ向け）
cmd-find-opt-page = 一覧の何ページ目を表示するか
choice-realtime = リアルタイム
choice-async = 非リアルタイム
cmd-request = 学校に交流を申し込みます。相手校の教員が承諾または却下できます。
cmd-request-opt-school = 申し込む学校（ID または名前）
cmd-request-opt-message = 相手校の教員へのメモ
cmd-accept = 交流申請を承諾します。両校とも交流枠を一つ使います。
cmd-accept-opt-school = 申し込んできた学校（複数あるときだけ必要）
cmd-decline = 交流申請を却下します。find はその学校を二度と候補に出しません。
cmd-decline-opt-school = 申し込んできた学校（複数あるときだけ必要）
cmd-decline-opt-reason = 相手に伝える短い理由
cmd-partners = 自校の交流相手と、双方で回答待ちの申請を一覧表示します。
cmd-partnership = 交流
cmd-partnership-end = 交流を終了します。両校に枠が戻り、予定のセッションは取り消されます。
cmd-partnership-end-opt-school = 交流相手の学校
cmd-partnership-end-opt-reason = 相手に伝える短い理由
cmd-channel = 合同チャンネル
cmd-channel-link = 今のチャンネルを交流の合同チャンネルにします。
cmd-channel-link-opt-partner = 交流相手の学校（相手が複数いるときだけ必要）
cmd-channel-create = 両校の教員が入る合同チャンネルを作成してつなぎます。
cmd-channel-create-opt-partner = 交流相手の学校（相手が複数いるときだけ必要）
