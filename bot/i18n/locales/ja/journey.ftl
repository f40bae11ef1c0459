## 交流の段階 (bot/commands/stages.py, bot/schools/stages.py)：オンライン交流 → 訪問予定 →
## 訪問済み → MOU 締結。$day と $at は読み手の書き方の日付と時刻です。

journey-stage-name = { $stage ->
        [online] オンライン交流
        [visit-planned] 訪問予定
        [visited] 訪問済み
       *[mou-signed] MOU 締結
    }
journey-stage-backwards = この交流はすでに「{ $stage }」の段階です。段階は先にしか進めず（オンライン交流 → 訪問予定 → 訪問済み → MOU 締結）、もう一度予定できるのは予定中の訪問だけです。何も記録しませんでした。
journey-stage-backwards-recorded = この交流はすでに「{ $stage }」の段階です（{ $recorded }）。段階は先にしか進めず（オンライン交流 → 訪問予定 → 訪問済み → MOU 締結）、もう一度予定できるのは予定中の訪問だけです。何も記録しませんでした。
journey-recorded-by = { $at }に{ $by }さんが記録
journey-recorded-by-you = { $at }にご自身が記録
journey-visit-date-passed = date={ $date } は受け入れ校の暦ではすでに過ぎています（今日は{ $today }です）。訪問を予定している日を指定するか、実施済みの訪問は `visited` で記録してください。
journey-date-to-come = date={ $date } はまだ先の日付です（今日は{ $today }です）。「{ $stage }」は当日以降に記録してください。
journey-stage-told = { $person }：{ $news }
journey-stage-recorded = 記録しました。{ $news }
journey-recorded-already-done = { $at }に記録済みです：{ $news }
journey-recorded-already-by-you = { $at }にご自身が記録済みです：{ $news } もう一度は記録しませんでした。
journey-recorded-already-by = { $at }に{ $by }さんが記録済みです：{ $news } もう一度は記録しませんでした。
journey-not-your-partner = { $school }は自校の交流相手ではありません。
journey-name-your-partner = 自校ではなく、交流相手の学校を指定してください。
journey-not-in-charge = 段階を進められるのは、両校の教員とプログラムのコーディネーターだけです。
journey-not-partners = { $school }と{ $partner }は交流相手ではありません。
journey-which-pair = { $school }には交流相手が{ $count }校（{ $partners }）あります。school=… でもう一方の学校を指定してください。
journey-which-pair-none = { $school }には交流相手がいません。school=… でもう一方の学校を指定してください。
journey-host-only-for-visits = host は訪問のときだけ使います。「{ $stage }」では外してください。
journey-host-needed = 訪問には host が必要です。受け入れ校の国または ID を指定してください（例：host={ $country }）。
journey-host-not-in-pair = host={ $text } はこの2校のどちらでもありません。{ $country } または { $id }、{ $partner_country } または { $partner_id } を指定してください。
journey-date-needed = 「{ $stage }」には日付が必要です。date=YYYY-MM-DD を指定してください。
journey-news-visit-planned = { $school }と{ $partner }は{ $day }に訪問を予定しています。受け入れ校は{ $host }（{ $country }）です。
journey-news-visited = { $school }と{ $partner }は{ $day }に対面で交流しました。受け入れ校は{ $host }（{ $country }）でした。
journey-news-signed = { $school }と{ $partner }は{ $day }に協定（MOU）を結びました。

## コマンドの宣言（ヘルプ、Discord）
cmd-partnership-stage = 交流を次の段階へ進めます：訪問予定、訪問済み、MOU 締結。
cmd-partnership-stage-description = 段階はプログラムのモデル、オンライン交流 → 対面交流（どちらの方向でも、訪問を予定してから実施）→ MOU 締結に沿います。段階を飛ばすこと（訪問なしの協定）はできますが、戻ることはできません。予定中の訪問は予定し直せます。両校の教員とプログラムのコーディネーターが進められ、両校と合同チャンネルに知らせます。
cmd-partnership-stage-opt-partner = 交流相手の学校（コーディネーター：ペアのどちらの学校でも可）
cmd-partnership-stage-opt-stage = ペアが到達した段階
choice-visit-planned = 訪問予定
choice-visited = 訪問済み
choice-mou-signed = MOU 締結
cmd-partnership-stage-opt-date = 訪問日または締結日（visited の既定：予定していた日）
cmd-partnership-stage-opt-host = 訪問の受け入れ側：国（KR）またはペアの一方の学校の ID
cmd-partnership-stage-opt-school = コーディネーター：`partner` に相手が複数いるときの、ペアのもう一方の学校
journey-stage-hint = { $next ->
        [visit-planned] この交流は今「{ $stage }」の段階です。訪問の日が決まったら記録してください：`{ $command } date=YYYY-MM-DD host=<受け入れる学校の国>`。
        [visited] この交流は今「{ $stage }」の段階です。訪問が終わったら記録してください：`{ $command }`。
       *[mou-signed] この交流は今「{ $stage }」の段階です。協定に署名したら記録してください：`{ $command } date=YYYY-MM-DD`。
    }
