## 両校の時間帯での交流時間: propose, book, confirm, sessions, reschedule, cancel, ics, time, overlap
## (bot/commands/meetings.py, bot/sessions/*)。コマンドとオプションの名前は入力どおりに残します。

## セッションの表示 (bot/sessions/session_text.py)

meetings-program-type = { $type ->
        [presentation] 発表
        [discussion] ディスカッション
        [recreation] レクリエーション
        [joint_production] 共同制作
       *[cultural_exchange] 文化交流
    }
meetings-status-waiting-for-partner = 保留中: { $partner }の確定待ち
meetings-status-waiting-for-you = 保留中: あなたの確定待ち (/exchange confirm { $id })
meetings-status-cancelled = キャンセル済み
meetings-status-cancelled-because = キャンセル済み（{ $reason }）
meetings-status-booked = 予約確定
meetings-topic-to-be-agreed = 未定
meetings-details = { $type } · テーマ: { $topic }
meetings-details-video = { $type } · テーマ: { $topic } · ビデオ会議: { $video }
meetings-details-agenda = { $type } · テーマ: { $topic } · 進行表: { $agenda }
meetings-details-video-agenda = { $type } · テーマ: { $topic } · ビデオ会議: { $video } · 進行表: { $agenda }
meetings-after-school-in = （{ $city }は放課後）
meetings-after-school-in-both = （{ $city }と{ $other_city }は放課後）
meetings-time = { $time }
meetings-time-after-school = { $time } { $after_school }
meetings-session-head = #{ $id } { $partner }とのセッション — { $status }
meetings-session =
    { $head }
    { $body }

## 予約・確定・変更・キャンセル (bot/sessions/booking.py)

meetings-no-such-session = { $school }にセッション #{ $id } はありません。`/exchange sessions` で一覧を表示できます。
meetings-confirm-button = #{ $id } を確定
meetings-proposed-notice =
    { $who }さん（{ $school }）がオンライン交流を提案しました:
    { $session }
meetings-confirm-own-proposal = セッション #{ $id } は{ $school }が提案したため、{ $partner }の先生が確定します。確定をお願いしてあります。
meetings-label-session = セッション #{ $id }
meetings-booked-notice =
    { $who }さん（{ $school }）が確定しました。交流の予約が確定しました。
    { $session }
    カレンダー招待: /exchange ics { $id }{ $notes }
meetings-already-at-that-time =
    セッション #{ $id } はすでにその時間です。変更はありません。
    { $session }
meetings-moved-notice =
    { $who }さん（{ $school }）がセッション #{ $id } を移動しました。元の時間は{ $before }でした。
    { $session }{ $hint }
meetings-updated-invite-hint = 更新したカレンダー招待: /exchange ics { $id }
meetings-cancel-past = セッション #{ $id } はすでに終わっています。キャンセルするものはありません。
meetings-cancelled-notice = { $who }さん（{ $school }）が{ $partner }とのセッション #{ $id } をキャンセルしました。時間: { $time }{ $more }
meetings-cancel-reason = 理由: { $reason }
meetings-calendar-cancellation = カレンダーのキャンセル: /exchange ics { $id }{ $rest ->
        [yes] {" "}rest=yes
       *[no] {""}
    }
meetings-cancelled-by-you-already = { $at }に{ $partner }とのセッション #{ $id } をキャンセルしました。{ $partner }に連絡済みです。
meetings-cancelled-already = セッション #{ $id } は{ $at }に{ $by }すでにキャンセルしました。
meetings-was-cancelled = セッション #{ $id } は{ $at }に{ $by }キャンセルしたため、{ $undone ->
        [confirmed] 確定
        [moved] 移動
       *[cancelled] キャンセル
    }はされていません。`/exchange propose` で新しい時間を提案して予約してください。
meetings-by-you = あなたが
meetings-by-school = { $school }が
meetings-by-a-teacher = 先生の一人が
meetings-confirmed-by-you-already =
    { $at }にセッション #{ $id } を確定しました。予約済みで、両校に連絡済みです。
    { $session }
meetings-confirmed-already = セッション #{ $id } は{ $at }に{ $by }すでに確定しました。予約済みの時間は{ $time }です。
meetings-begun = { $verb ->
        [reschedule] セッション #{ $id } はすでに始まっているため、移動するには遅すぎます。実施されなかった場合は延期として報告してから（`/exchange feedback submit session={ $id } status=postponed reason=…`）、日程を変更してください。
        [cancel] セッション #{ $id } はすでに始まっているため、キャンセルするには遅すぎます。
       *[confirm] セッション #{ $id } はすでに始まっているため、確定するには遅すぎます。
    }
meetings-time-begun = { $label }（{ $time }）はすでに始まっています。もっと後の時間で提案し直してください。
meetings-time-does-not-work = { $label }（{ $time }）は使えません。{ $why }
meetings-refusal-off-grid = 交流は15分単位（UTCの:00、:15、:30、:45）で始まります。
meetings-refusal-closed = { $school }は{ $day }が休みです（{ $closure }）。`/exchange propose` で空いている時間を提案します。
meetings-refusal-outside-hours = { $school }の時間（授業 { $class_hours }、現地時刻）の外です。`/exchange propose` で両校の時間内の時間を提案します。
meetings-refusal-outside-hours-after-school = { $school }の時間（授業 { $class_hours }、放課後 { $after_school_hours }、現地時刻）の外です。`/exchange propose` で両校の時間内の時間を提案します。
meetings-booked-by-you-already =
    { $at }にこの時間をセッション #{ $id } として予約済みです:
    { $session }
meetings-overlaps = その時間はセッション #{ $id }（{ $status ->
        [booked] 予約確定
        [cancelled] キャンセル済み
       *[pending] 保留中
    }）と重なります: { $time }。同じ交流相手のセッションは重ねられません。別の時間を選ぶか、先に #{ $id } をキャンセルしてください。

## どの交流相手か (bot/sessions/partnership_choice.py)

meetings-not-partners = { $school }と{ $partner }はまだ交流相手ではないため、予約できません。交流の申し込みが承認されるとセッションを予約できます。
meetings-own-school = { $school }はあなたの学校です。交流相手の学校を指定してください。
meetings-no-partner-yet = { $school }にはまだ交流相手の学校がありません。それでも時間を見るには学校を指定してください: partner=<学校ID>
meetings-which-partner = { $school }の交流相手は{ $count }校です。partner=… でどの学校か指定してください。交流相手: { $listed }

## コマンドの返答と拒否 (bot/commands/meetings.py)

meetings-not-a-link = '{ $text }' はリンクではありません。https:// で始まる完全なアドレスを入力してください。
meetings-every-without-series = every= は series=… と一緒に使います。例: `/exchange propose series=6 every=2w`
meetings-number-or-at = 提案された時間の番号か at=… のどちらか一方を指定してください。
meetings-list-with-at = list= は番号の出た提案を指します。at= と一緒に使うときは省いてください。
meetings-which-time = どの時間ですか？前回の提案の番号（`book 2`）か、あなたの現地時刻（`book at="2027-03-09 15:00"`）を指定してください。
meetings-duration-without-at = duration= は at= と一緒に使います。提案された時間は元の長さのままです。
meetings-label-agreed-time = その時間
meetings-label-time = 時間 { $number }
meetings-series-count-or-until = 連続セッションの長さは count= か until= のどちらか一方で指定してください。
meetings-series-until-before-first = until={ $until } は最初のセッション（{ $first }）より前です。
meetings-series-too-long = { $until }までだとセッションが{ $most }回を超えます。連続セッションは最大{ $most }回です。until= を早めるか every= を長くしてください。
meetings-series-single = { $until }まではセッションが1回だけです。`book` だけで予約するか、until= を遅くしてください。
meetings-series-length-needed = 連続セッションには長さが必要です。count=6（回数）か until=2027-06-30（現地の日付）を指定してください。
meetings-single-with-series-options = every=、count=、until=、fair= は連続セッションを予約します。`book series …` と入力してください。
meetings-what-time = 時間 { $number }
meetings-what-agreed-time = その時間
meetings-booked =
    { $what }をセッション #{ $id } として予約しました。{ $partner }の先生が確定するまで保留中です。相手校に連絡済みです。
    { $session }
meetings-assistant = 遠隔授業アシスタント: { $assistant }
meetings-proposal-unknown = 提案 { $list } はあなたの提案ではないか、2週間より前のものです。`/exchange propose` をもう一度実行してください。
meetings-proposal-with-another = 提案 { $list } は{ $named }ではなく{ $partner }との提案です。
meetings-no-proposal-yet = { $partner }との提案された時間はまだありません。先に `/exchange propose` を実行してから、番号で予約してください。
meetings-no-such-time = その提案には時間が{ $count }件ありました。1から{ $count }までの番号を選んでください。
meetings-confirmed =
    { $partner }とのセッション #{ $id } の予約が確定しました。両校に連絡済みです。
    { $session }
    カレンダー招待を添付しました。
meetings-nothing-waiting = あなたの確定を待っているセッションはありません。`/exchange sessions` で一覧を表示できます。
meetings-several-waiting = 確定を待っているセッションが複数あります（{ $numbers }）。番号を指定してください。例: `/exchange confirm { $first }`
meetings-no-upcoming = { $school }には予定されたセッションがありません。`/exchange propose` で予約できる時間を提案します。
meetings-upcoming = { $school }の予定されたセッションは次のとおりです:
meetings-upcoming-page = { $school }の予定されたセッション{ $total }件のうち{ $first }–{ $last }件目は次のとおりです:
meetings-listed-single = { $session }
meetings-listed-session =
    { $session }
        { $part }
meetings-series-part = 連続セッション #{ $series } の{ $count }回中{ $position }回目（{ $placement ->
        [moved] 移動
        [skipped] スキップ
       *[as_planned] 予定どおり
    }）
meetings-status-proposed-by = 保留中: { $proposer }が提案、{ $confirmer }の確定待ち
meetings-program-session =
    #{ $id } { $school } ({ $school_id }) – { $partner } ({ $partner_id }) — { $status }
        { $time }
meetings-not-in-program = { $school }は{ $program }の学校ではありません。
meetings-school-in-program = { $program }の{ $school }
meetings-program-none = { $whose }の{ $status ->
        [pending] 保留中のセッション
        [booked] 予約確定したセッション
        [cancelled] キャンセルされたセッション
       *[upcoming] 予定されたセッション
    }はありません。
meetings-program-listed = { $whose }の{ $status ->
        [pending] 保留中のセッション
        [booked] 予約確定したセッション
        [cancelled] キャンセルされたセッション
       *[upcoming] 予定されたセッション
    }{ $count }件は次のとおりです:
meetings-program-listed-page = { $whose }の{ $status ->
        [pending] 保留中のセッション
        [booked] 予約確定したセッション
        [cancelled] キャンセルされたセッション
       *[upcoming] 予定されたセッション
    }{ $count }件のうち{ $first }–{ $last }件目は次のとおりです:
meetings-invite-button = カレンダー招待
meetings-section-title = #{ $id } { $partner }（{ $status ->
        [booked] 予約確定
        [cancelled] キャンセル済み
       *[pending] 保留中
    }）
meetings-not-in-a-series = セッション #{ $id } は連続セッションではありません。rest=yes を省いてください。
meetings-reschedule-no-proposal = { $partner }との提案された時間がありません。`/exchange propose` を実行するか、2027-03-09 15:00 のように時間を指定してください。
meetings-label-new-time = 新しい時間
meetings-moved =
    セッション #{ $id } を移動しました。{ $partner }に連絡済みです。
    { $session }{ $attached }
meetings-updated-invite-attached = 更新したカレンダー招待を添付しました。
meetings-series-moved = セッション #{ $id } と連続セッション #{ $series } のそれ以降のセッションを{ $time }から計画し直しました。{ $partner }に連絡済みです。
meetings-updated-invites-attached = 更新したカレンダー招待を添付しました。
meetings-series-cancelled = { $partner }との連続セッション #{ $series } のうち、#{ $id } 以降の{ $count }件をキャンセルしました。{ $partner }に連絡済みです。{ $attached }
meetings-cancellations-attached = カレンダーのキャンセルを添付しました。ファイルを開くと予定が削除されます。
meetings-cancelled = { $partner }とのセッション #{ $id }（{ $time }）をキャンセルしました。{ $partner }に連絡済みです。{ $attached }
meetings-cancellation-attached = カレンダーのキャンセルを添付しました。ファイルを開くと予定が削除されます。
meetings-series-none-booked = 連続セッション #{ $series } の #{ $id } 以降に予約確定したセッションはまだありません。招待は相手校の確定とともに届きます。
meetings-invites = { $titles }
meetings-not-booked-yet = セッション #{ $id } はまだ予約確定していません。招待は相手校の確定とともに届きます。
meetings-invite = { $title }: { $time }
meetings-time-is = { $mine }は{ $theirs }です。
meetings-time-standing = { $school }: { $standing } · { $partner }: { $partner_standing }
meetings-time-note = 注: { $note }
meetings-standing = { $standing ->
        [class] 授業時間
        [after_school] 放課後の時間
       *[outside] 学校の時間外
    }
meetings-standing-closed = 休校（{ $closure }）
meetings-overlap-heading = { $week }の週に{ $school }と{ $partner }がそろって会える時間は次のとおりです:
meetings-overlap-title = { $school }と{ $partner }、{ $week }の週
meetings-overlap-closed = { $city }休校: { $closure }
meetings-overlap-day = { $day }: { $meets }
meetings-overlap-day-closed = { $day }: { $meets }（{ $closed }）
meetings-overlap-none = { $day }: 重なる時間なし
meetings-overlap-none-closed = { $day }: 重なる時間なし（{ $closed }）

## 重なりのチャート (bot/sessions/overlap_chart.py)

meetings-chart-tick-day =
    { $time }
    { $day }
meetings-chart-row = { $day } · { $zone }
meetings-chart-top-title = { $own_city }の{ $day }と同じ瞬間の{ $city }の時刻: { $shown }
meetings-chart-top-title-two-days = { $own_city }の{ $day }と同じ瞬間の{ $city }の時刻: { $shown }、{ $last }
meetings-chart-axis = { $city }の時刻（各日のUTCとの差は左）
meetings-chart-class-hours = { $school }: 授業時間
meetings-chart-after-school = 放課後
meetings-chart-closed = 休校
meetings-chart-both-can-meet = そろって会える時間
meetings-chart-title = { $school }（{ $city }）と{ $partner }（{ $partner_city }）、{ $week }の週
meetings-chart-closed-because = 休校: { $closure }

## 両校の時間帯の夏時間

meetings-offset-same-day = 注: { $day }に{ $city }は{ $zone }に切り替わります。{ $other_city }も同じ日に切り替わるため、時差は変わりません。
meetings-offset-shift = 注: { $day }に{ $city }は{ $zone }に切り替わります。それ以降の時間は{ $other_city }に対して{ $shift }ずれます。
meetings-shift-hours = { $hours }時間
meetings-shift-minutes = { $minutes }分
meetings-shift-hours-minutes = { $hours }時間{ $minutes }分

## 連続セッション (bot/sessions/series_text.py, series_booking.py)

meetings-cadence = { $cadence ->
        [every_2_weeks] 2週間ごと
        [every_3_weeks] 3週間ごと
        [every_4_weeks] 4週間ごと
        [monthly] 毎月、同じ週の同じ曜日
       *[weekly] 毎週
    }
meetings-hindrance-clash = 両校の別のセッションがその時間にある
meetings-hindrance-closed = { $city }は{ $day }が休み（{ $closure }）
meetings-hindrance-outside-hours = その時間は{ $city }の授業・放課後の時間外
meetings-series-after-school = { $city }は放課後
meetings-series-after-school-both = { $city }と{ $other_city }は放課後
meetings-occurrence-number = { $position }.
meetings-occurrence-number-session = { $position }. (#{ $id })
meetings-occurrence-skipped = {"  "}{ $number } スキップ（予定: { $planned }）: { $why }、その週に両校に合う別の時間なし
meetings-occurrence-cancelled = キャンセル済み: { $time }
meetings-moved-by-teachers = 先生による移動
meetings-occurrence-moved = { $planned }から移動: { $why }
meetings-occurrence = {"  "}{ $number } { $parts }
meetings-balance-in-class = すべてのセッションが両校の授業時間内です。
meetings-balance = 放課後になるのは{ $city }が{ $total }回中{ $count }回、{ $other_city }が{ $total }回中{ $other_count }回です。
meetings-turn = { $city }の時刻で{ $time }
meetings-fair-taking-turns = 両校がともに授業中の時間がないため、放課後の時間を交代で受け持ちます。{ $turn }、次に{ $other_turn }で、それぞれ自分の学校の時計に合わせます。
meetings-fair-one-sided = 両校がともに授業中の時間がなく、代わりに相手校が放課後になる時間もないため、放課後の時間を交代で受け持つことはできません。
meetings-series-plan = 時間 1 から{ $cadence }{ $count }回の連続セッションにすると次のとおりです:
meetings-series-book-hint = `/exchange { $command }` で連続セッションを予約してください。その後、{ $partner }の先生がまとめて確定します。
meetings-series-nothing-fits = その連続セッションはどの回も両校に合わないため、何も予約していません:{ $lines }
meetings-series-proposed-notice = { $who }さん（{ $school }）が{ $partner }とのオンライン交流を{ $cadence }{ $count }回、連続で提案しました:
meetings-confirm-series-button = 連続セッション #{ $series } を確定
meetings-series-nothing-waiting = 連続セッション #{ $series } に確定待ちのセッションはありません。`/exchange sessions` で一覧を表示できます。
meetings-series-own-proposal = 連続セッション #{ $series } は{ $school }が提案したため、{ $partner }の先生が確定します。確定をお願いしてあります。
meetings-label-series-session = セッション #{ $id }（連続セッションの{ $position }回目）
meetings-series-booked-notice = { $who }さん（{ $school }）が連続セッション #{ $series } を確定しました。{ $count }件の予約が確定しました。
meetings-series-invites-hint = カレンダー招待: /exchange ics { $id } rest=yes（すべてのセッションが1つのファイルに入っています）
meetings-series-notice = { $heading }{ $lines }
meetings-series-already-at = セッション #{ $id } はすでに{ $time }です。
meetings-series-start-overlaps = { $label }は両校の別のセッションと重なります。別の時間を選んでください。
meetings-series-moved-notice = { $who }さん（{ $school }）がセッション #{ $id } と連続セッション #{ $series } のそれ以降のセッションを移動しました:
meetings-series-cancelled-notice = { $who }さん（{ $school }）が{ $partner }とのセッション #{ $id } と連続セッション #{ $series } のそれ以降のセッションをキャンセルしました:

## 時間の提案 (bot/sessions/slot_report.py)

meetings-proposal-nothing = { $first }から{ $last }まで（{ $city }の日付）、{ $school }と{ $partner }に合う{ $duration }分の交流時間はありません。
meetings-proposal = { $first }から{ $last }まで（{ $city }の日付）の{ $school }と{ $partner }の交流時間（{ $duration }分）{ $count }件は次のとおりです:
meetings-proposal-after-school = この期間は授業時間が重ならないため、放課後の時間を使います。
meetings-proposed-time = {"  "}{ $number }. { $time }
meetings-proposed-time-title = { $number }. { $time }
meetings-book-button = { $number } を予約
meetings-turn-note = 注: { $turn }
meetings-turn-outside-school = { $school }の{ $hours ->
        [class] 授業時間
       *[all] 時間
    }外
meetings-turn-too-short = 両校の{ $hours ->
        [class] 授業時間
       *[all] 時間
    }内に{ $duration }分が取れない
meetings-turn-opens = { $day }に{ $city }が{ $zone }に切り替わると、{ $here }の{ $wall }は{ $there }の{ $after }になり、両校の{ $hours ->
        [class] 授業時間
       *[all] 時間
    }内に入る（それまでは{ $before }で、{ $outside }）
meetings-turn-closes = { $day }に{ $city }が{ $zone }に切り替わると、{ $here }の{ $wall }は{ $there }の{ $after }になり、{ $outside }
meetings-turns-separator = {"；"}
meetings-why-no-overlap = 理由: 両校の授業時間と放課後の時間は、1年以内のどの日にも重なりません。
meetings-why-no-overlap-example = 理由: 両校の授業時間と放課後の時間は、1年以内のどの日にも重なりません。たとえば{ $partner }の授業時間は{ $hours }です。
meetings-what-would-work-after-school = 可能な方法: 相手校の日中に届く放課後の時間を設定するか（`/exchange school edit after_school_hours=…`）、非同期の交流（ビデオレター、共有の Padlet ボード、カルチャーボックスと手紙）で代えてください。
meetings-why-too-short = 理由: 両校の時間は最大{ $longest }分しか重ならず（交流は15分単位で始まります）、希望の{ $duration }分に足りません。
meetings-what-would-work-duration = 可能な方法: duration={ $longest } にするか、放課後の時間を延ばすか、非同期の交流（ビデオレター、共有の Padlet ボード、カルチャーボックスと手紙）で代えてください。
meetings-why-closed = 理由: この期間に重なる時間は、どれもどちらかの学校が休みの日です。休みの日: { $closed }
meetings-why-turns = 理由: この期間の外でしか重なりません。{ $turns }
meetings-why-outside-range = 理由: 重なる時間はありますが、この期間の外だけです。
meetings-nothing-within-a-year = 期間の前後1年以内にも合う時間はありません。非同期の交流（ビデオレター、共有の Padlet ボード、カルチャーボックスと手紙）をご検討ください。
meetings-nearest = 最も近い可能な時間: { $time }
meetings-what-would-work-range = 可能な方法: 期間を広げてください。例: from={ $first } to={ $last }
meetings-closed-day = { $city } { $first }（{ $names }）
meetings-closed-days = { $city } { $first }–{ $last }（{ $names }）
meetings-closed-more = ほか{ $count }件
meetings-book-hint = `/exchange book <n>` で1つ予約してください。その後、{ $partner }の先生が確定します。
meetings-not-partners-yet = { $school }と{ $partner }はまだ交流相手ではないため、これらの時間は予約できません。
meetings-book-series-button = { $count }回の連続セッションを予約
meetings-series-booked = 連続セッション #{ $series } を予約しました。{ $partner }とのセッション{ $total }回中{ $count }回、{ $cadence }です。{ $partner }の先生が確定するまで保留中です（1回の確定ですべて予約されます）。相手校に連絡済みです。
meetings-series-assistant-asked = 遠隔授業アシスタント: 各セッションでアシスタントを依頼しました。`/exchange assist <session>` で状況を確認できます。
meetings-series-confirmed = { $partner }との連続セッション #{ $series } の予約が確定しました。{ $count }件で、両校に連絡済みです。
meetings-series-invites-attached = カレンダー招待を添付しました。1つのファイルにセッションごとの予定が入っています。

## コマンド宣言の翻訳（概要、説明、オプションのヘルプ、選択肢）

cmd-book = `propose` が示した時間、ほかで合意した時間、または連続セッションを予約します。その後、相手校の先生が確定します。
cmd-book-description = `book at="2027-03-09 15:00"` はほか（メール、事前打ち合わせ）で合意した時間を予約し、提案された時間と同じように両校に合うか確認します。`/exchange book series 2 every=2w count=6` は時間 2 から2週間ごとに6回のセッションを予約します。各回は単独のセッションと同じように確認され、合わない回はその週の中で移動するかスキップされます。1回の確定ですべて予約されます。
cmd-book-opt-kind = single（1回、既定）または series（`every` ごとに `count` 回、または `until` まで）
choice-single = 1回のみ
choice-series = 連続セッション
cmd-book-opt-number = 最新の提案での時間の番号（または at= を指定）
cmd-book-opt-partner = 相手校、既定はこの共同チャンネルの相手、次に最新の提案の相手、次に唯一の相手
cmd-book-opt-list = 番号の出た提案（ボタンが指定）、既定は最新の提案
cmd-book-opt-at = 番号の代わりに、ほか（メール、事前打ち合わせ）で合意した時間、あなたの現地時刻で、例: '2027-03-09 15:00' や 'Tue 15:00'
cmd-book-opt-duration = at= と一緒に: 各セッションの長さ（既定は60分）
cmd-book-opt-every = 連続セッションの間隔: 1w、2w、3w、4w、または month（毎月、同じ週の同じ曜日）、既定は 1w
choice-month = 毎月
cmd-book-opt-count = 連続セッションの回数
cmd-book-opt-until = または連続セッションの最終日、あなたの現地の日付
cmd-book-opt-fair = no: 放課後の時間を交代せず、連続セッション全体で同じ時間にする（既定は yes）
cmd-book-opt-type = 交流の種類（既定は cultural_exchange）
cmd-book-opt-topic = クラスで話し合ったり作ったりするテーマ
cmd-book-opt-link = ビデオ会議のリンク（Zoom、Meet など）
cmd-book-opt-agenda = 共有の進行表や授業計画へのリンク
cmd-book-opt-assist = yes: 両校の主な言語の間を通訳する遠隔授業アシスタントを依頼（ほかの言語は `assist` で指定）
cmd-cancel = セッションを1つ、またはそれと連続セッションの残りをキャンセルします。相手校に理由とともに連絡します。
cmd-cancel-opt-session = セッションの番号（`/exchange sessions` を参照）
cmd-cancel-opt-reason = 相手校に伝える理由
cmd-cancel-opt-rest = yes: このセッションと連続セッションのそれ以降のすべてのセッション
cmd-confirm = 相手校が予約したセッションを確定します。両校にカレンダー招待が届きます。
cmd-confirm-opt-session = セッションの番号、既定はあなたの確定を待っているセッション
cmd-confirm-opt-type = 交流の種類
cmd-confirm-opt-topic = クラスで話し合ったり作ったりするテーマ
cmd-confirm-opt-link = ビデオ会議のリンク（Zoom、Meet など）
cmd-confirm-opt-agenda = 共有の進行表や授業計画へのリンク
cmd-ics = 予約済みのセッションのカレンダー招待（.ics）をもう一度、または連続セッションの残りの招待を受け取ります。
cmd-ics-opt-session = セッションの番号（`/exchange sessions` を参照）
cmd-ics-opt-rest = yes: このセッションと連続セッションのそれ以降のすべてのセッション
cmd-overlap = 1週間の図: 両校の時間を1本の軸に並べ、重なる時間を強調します。
cmd-overlap-opt-partner = 相手校、既定はこの共同チャンネルの相手、または唯一の相手
cmd-overlap-opt-week = 表示する週の任意の日付、あなたの現地の日付（既定は来週）
cmd-propose = 両校の時間内の交流時間を、両方の時間帯で提案します。
cmd-propose-description = 時間は15分単位で始まり、両校の授業時間（授業時間が重ならなければ放課後の時間）の中にあり、どちらかの学校の祝日、長期休み、届け出た休業日を避けます。series=6（と every=2w）を指定すると、最初の時間から連続セッションも計画し、そのまま予約できるようにします。
cmd-propose-opt-partner = 相手校、既定はこの共同チャンネルの相手、または唯一の相手
cmd-propose-opt-from = 検討する最初の日付、あなたの現地の日付（既定は今日から2週間後）
cmd-propose-opt-to = 検討する最後の日付（既定は最初の日付から8週間後）
cmd-propose-opt-duration = 交流の長さ
cmd-propose-opt-count = 提案する時間の数
cmd-propose-opt-series = 最初の時間からこの回数の連続セッションも計画し、必要なら放課後の時間を交代で受け持つ
cmd-propose-opt-every = 連続セッションの間隔: 1w、2w、3w、4w、または month（毎月、同じ週の同じ曜日）、既定は 1w
cmd-reschedule = セッションを1つ、またはそれと連続セッションの残りを別の時間（同じ長さ）に移動します。相手校に連絡します。
cmd-reschedule-description = rest=yes を指定すると、連続セッションのそれ以降のセッションも移動します。連続セッションは同じ間隔で新しい時間から始め直し、各回は予約時と同じように配置されます。
cmd-reschedule-opt-session = セッションの番号（`/exchange sessions` を参照）
cmd-reschedule-opt-to = この相手との最新の提案の時間番号、または '2027-03-09 15:00' のような現地時刻
value-slot-or-time-accepted = 最新の提案の時間番号、または '2027-03-09 15:00' のような現地時刻
cmd-reschedule-opt-rest = yes: このセッションと連続セッションのそれ以降のすべてのセッション
cmd-sessions = あなたの学校の予定されたセッションを両方の時間帯で表示します（コーディネーターはプログラムのセッション）。
cmd-sessions-description = セッションは1ページに20件ずつ表示します。「次へ」ボタン（または `page=`）で続きを表示できます。
cmd-sessions-opt-partner = 相手校、既定はこの共同チャンネルの相手、または唯一の相手
cmd-sessions-opt-program = プログラムの名前、既定は現在のプログラム（`/exchange coordinator use`）
cmd-sessions-opt-status = コーディネーター: この状態のセッションのみ、過去のものも含む
choice-booked = 予約確定
cmd-sessions-opt-page = 表示する一覧のページ
cmd-time = あなたの時間は相手にとって何時ですか？両方の時間帯と、それぞれの日付を表示します。
cmd-time-opt-when = 変換するあなたの時間、あなたの時間帯で
cmd-time-opt-partner = 相手校のIDか名前、既定はこの共同チャンネルの相手、または唯一の相手

## カレンダー招待 (bot/sessions/invites.py): SUMMARY、DESCRIPTION、ファイルの題名

meetings-invite-summary = オンライン交流: { $school } × { $partner } — { $type }
meetings-invite-topic = テーマ: { $topic }
meetings-invite-school-time = { $school }: { $time }
meetings-invite-video = ビデオ会議: { $link }
meetings-invite-assistant = 遠隔授業アシスタント: { $assistant }
meetings-invite-agenda-link = 進行表: { $link }
meetings-invite-agenda-plan = 進行表: 当日の進行計画は `/exchange agenda show { $id }` で表示
meetings-invite-footer = セッション #{ $id } · Joint Class Bot (/exchange sessions)
meetings-invite-description = { $lines }
meetings-invite-alarm = { $minutes }分後: { $summary }
meetings-invite-title = セッション #{ $id } のカレンダー{ $kind ->
        [cancellation] キャンセル
       *[invite] 招待
    }（バージョン { $version }）
meetings-series-invites-title = 連続セッション #{ $series } の{ $count }件のカレンダー{ $kind ->
        [cancellations] キャンセル
       *[invites] 招待
    }

## 時間を提案できない日付の範囲（`propose`、`jointclass propose`）
meetings-range-past = 期間が過去の { $last } で終わっています。そちらの今日は { $today } です。
meetings-range-reversed = 期間の終わり（{ $last }）が始まり（{ $first }）より前です。早い日付を先に書いてください。
meetings-range-too-long = { $first } から { $last } までは { $days } 日を超えます。一度に 1 年までにしてください。
