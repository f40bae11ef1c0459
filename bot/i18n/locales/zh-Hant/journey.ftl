## 夥伴關係的階段 (bot/commands/stages.py, bot/schools/stages.py)：線上交流 → 規劃參訪 →
## 已參訪 → 簽署 MOU。$day 與 $at 是依讀者習慣寫的日期與時間。

journey-stage-name = { $stage ->
        [online] 線上交流
        [visit-planned] 規劃參訪
        [visited] 已參訪
       *[mou-signed] 簽署 MOU
    }
journey-stage-backwards = 這組夥伴已在「{ $stage }」階段；階段只能往前（線上交流 → 規劃參訪 → 已參訪 → 簽署 MOU），只有規劃中的參訪可以重新規劃。沒有記錄任何內容。
journey-stage-backwards-recorded = 這組夥伴已在「{ $stage }」階段（{ $recorded }）；階段只能往前（線上交流 → 規劃參訪 → 已參訪 → 簽署 MOU），只有規劃中的參訪可以重新規劃。沒有記錄任何內容。
journey-recorded-by = 由{ $by }於{ $at }記錄
journey-recorded-by-you = 由你於{ $at }記錄
journey-visit-date-passed = 依接待學校的日曆，date={ $date } 已經過了（今天是 { $today }）；請填寫規劃參訪的日期，或用 `visited` 記錄已完成的參訪。
journey-date-to-come = date={ $date } 還沒到（今天是 { $today }）；請在當天或之後記錄「{ $stage }」。
journey-stage-told = { $person }：{ $news }
journey-stage-recorded = 已記錄。{ $news }
journey-recorded-already-done = 你已於{ $at }記錄：{ $news }
journey-recorded-already-by-you = 你已於{ $at }記錄：{ $news } 這次沒有重複記錄。
journey-recorded-already-by = { $by }已於{ $at }記錄：{ $news } 這次沒有重複記錄。
journey-not-your-partner = { $school }不是你學校的夥伴。
journey-name-your-partner = 請填寫夥伴學校，而不是你自己的學校。
journey-not-in-charge = 只有這組夥伴的教師和其計畫的協調人可以變更階段。
journey-not-partners = { $school }與{ $partner }不是夥伴。
journey-which-pair = { $school }有 { $count } 個夥伴（{ $partners }）；請用 school=… 指明另一所學校。
journey-which-pair-none = { $school }沒有夥伴；請用 school=… 指明另一所學校。
journey-host-only-for-visits = host 只用於參訪；「{ $stage }」請不要填。
journey-host-needed = 參訪需要 host：填寫接待學校的國家或 ID，例如 host={ $country }。
journey-host-not-in-pair = host={ $text } 不是這組夥伴中的學校；請填 { $country } 或 { $id }、{ $partner_country } 或 { $partner_id }。
journey-date-needed = 「{ $stage }」需要日期：請填寫 date=YYYY-MM-DD。
journey-news-visit-planned = { $school }與{ $partner }規劃於{ $day }參訪，由{ $host }（{ $country }）接待。
journey-news-visited = { $school }與{ $partner }已於{ $day }實地見面，由{ $host }（{ $country }）接待。
journey-news-signed = { $school }與{ $partner }已於{ $day }簽署合作協議（MOU）。

## 指令說明（help、Discord）
cmd-partnership-stage = 推進夥伴關係的階段：規劃參訪、已參訪、簽署 MOU。
cmd-partnership-stage-description = 階段依循計畫的模式：線上交流 → 實體交流（先規劃參訪，再實際參訪，任一方向皆可）→ 簽署 MOU。可以跳過某個階段（沒有參訪就簽協議），但不能倒退；規劃中的參訪可以重新規劃。這組夥伴的教師和計畫的協調人可以變更階段，兩校和共同頻道都會收到通知。
cmd-partnership-stage-opt-partner = 夥伴學校（協調人：這組夥伴中的任一所學校）
cmd-partnership-stage-opt-stage = 這組夥伴目前的進度
choice-visit-planned = 規劃參訪
choice-visited = 已參訪
choice-mou-signed = 簽署 MOU
cmd-partnership-stage-opt-date = 參訪或簽署的日期；visited 的預設值：規劃的日期
cmd-partnership-stage-opt-host = 接待參訪的一方：國家（KR）或這組夥伴中一所學校的 ID
cmd-partnership-stage-opt-school = 協調人：當 `partner` 有多個夥伴時，這組夥伴的另一所學校
journey-stage-hint = { $next ->
        [visit-planned] 這組夥伴目前在「{ $stage }」階段。參訪日期確定後，請記錄：`{ $command } date=YYYY-MM-DD host=<接待學校的國家>`。
        [visited] 這組夥伴目前在「{ $stage }」階段。參訪結束後，請記錄：`{ $command }`。
       *[mou-signed] 這組夥伴目前在「{ $stage }」階段。協議簽署後，請記錄：`{ $command } date=YYYY-MM-DD`。
    }
