## 交流夥伴與共同頻道 (bot/commands/partners.py, bot/matching/partner_search.py,
## bot/schools/partnerships.py, bot/schools/earlier_changes.py)：find, request, accept,
## decline, partners, partnership end, channel create|link。數字照輸入的樣子傳入。

partners-joint-channel-linked = 這裡現在是{ $school }（{ $country }）與{ $partner }（{ $partner_country }）的共同頻道：機器人會在這裡張貼約定的時間、提醒和當天的流程。

## find
partners-find-own-country = country：{ $country }是你學校所在的國家；交流夥伴是國外的學校。請拿掉 country 或改填其他國家。
partners-find-not-your-language = language：{ $language }不是你學校使用的語言（{ $languages }）；夥伴必須和你共用其中一種。請先用 `/exchange school edit languages=…` 加上。
partners-find-no-places-left = 你的學校已沒有名額（{ $quota } 個名額已用 { $used } 個）：向其他學校提出申請前，請先用 `/exchange school edit quota={ $next }` 提高名額。
partners-find-heading = { $school }的{ $mode ->
        [realtime] 即時交流
       *[async] 非即時交流
    }夥伴候選共 { $total } 所（{ $level }，{ $week }當週，{ $duration } 分鐘以上）{ $limited ->
        [yes] ，列出最佳 { $best } 所
       *[no] {""}
    }{ $paged ->
        [yes] ，顯示第 { $first }–{ $last } 所
       *[no] {""}
    }：
partners-find-none = 沒有學校符合所有條件：套用「{ $step }」後就一所也不剩{ $counted ->
        [yes] （之前還有 { $before } 所）
       *[no] {""}
    }{ $all_live ->
        [yes] ：符合其他條件的學校都能和你即時交流 { $duration } 分鐘以上
       *[no] {""}
    }。每個條件之後剩下的學校數：{ $steps }。
partners-find-none-but-async = 沒有學校符合所有條件：套用「{ $step }」後就一所也不剩{ $counted ->
        [yes] （之前還有 { $before } 所）
       *[no] {""}
    }{ $all_live ->
        [yes] ：符合其他條件的學校都能和你即時交流 { $duration } 分鐘以上
       *[no] {""}
    }。每個條件之後剩下的學校數：{ $steps }。其中 { $async_count } 所可以進行非即時交流（共用留言板、書信、錄製影片）：`/exchange find mode=async`。
partners-step-count = { $step }：{ $count }
partners-step-level = { $level }
partners-step-in-country = 位於{ $country }
partners-step-abroad = 位於其他國家
partners-step-speaking = 使用{ $language }
partners-step-sharing-a-language = 有共同語言
partners-step-topic = 對{ $topic }有興趣
partners-step-not-partners = 還不是你的夥伴
partners-step-not-declined = 彼此之間沒有被婉拒的申請
partners-step-place-left = 還有名額
partners-step-real-time = 能即時交流 { $duration } 分鐘以上
partners-step-not-real-time = 無法即時交流 { $duration } 分鐘以上
partners-candidate = { $number }. { $name }（{ $id }）· { $country } · { $level }
partners-candidate-in-city = { $number }. { $name }（{ $id }）· { $city }，{ $country } · { $level }
partners-none = 無
partners-fit = 共同語言：{ $languages } · 共同主題：{ $topics } · 年級 { $grades }（你的學校 { $mine }）
partners-fit-grade-gap = 共同語言：{ $languages } · 共同主題：{ $topics } · 年級 { $grades }（你的學校 { $mine }，相差 { $gap } 個年級）
partners-time-together = 可共同交流的時間，{ $week }當週（{ $duration } 分鐘以上），上課時間：{ $times }
partners-time-after-school = 可共同交流的時間，{ $week }當週（{ $duration } 分鐘以上），含課後時間：{ $times }
partners-no-overlap = 沒有 { $duration } 分鐘以上的即時重疊時間（完全沒有重疊）：適合非即時交流（共用留言板、書信、錄製影片）
partners-no-overlap-longest = 沒有 { $duration } 分鐘以上的即時重疊時間（最長重疊 { $longest } 分鐘）：適合非即時交流（共用留言板、書信、錄製影片）
partners-ranked-on = 剩餘名額：{ $quota } 個中的 { $remaining } 個 · 排名依據：上課時間重疊 { $class_minutes } 分鐘、總重疊 { $any_minutes } 分鐘、共同主題 { $topics } 個、年級差 { $gap }、剩餘名額 { $remaining } 個
partners-find-waiting = { $day }{ $asker ->
        [you] 你已提出申請
       *[they] 對方已向你提出申請
    }；正在等待回覆。
partners-button-request = 申請成為夥伴

## request
partners-request-own-school = 這是你自己的學校；請向國外的學校提出申請（`/exchange find` 會列出候選學校）。
partners-request-same-country = { $school }和你的學校一樣位於{ $country }；交流夥伴必須是其他國家的學校。
partners-request-asked-already = 你已於{ $day }向{ $school }提出申請；對方尚未回覆。
partners-request-they-asked = { $school }已於{ $day }向你的學校提出申請：請用 `/exchange accept { $id }` 接受。
partners-request-declined-before = { $decliner ->
        [they] 對方
       *[yours] 你的學校
    }已於{ $day }婉拒兩校之間的夥伴申請，因此不會再次送出。
partners-request-sent = 已向{ $school }（{ $id }）提出成為交流夥伴的申請。
partners-request-told = 已通知{ $school }的 { $count } 位教師；對方回覆時會通知你。
partners-request-no-teacher = { $school }還沒有教師使用機器人；申請會等到有教師加入，屆時會出現在 `/exchange partners` 中。
partners-request-notice = { $school }（{ $id }，{ $country }）邀請{ $partner }成為交流夥伴。
partners-request-notice-message = 對方的留言：「{ $message }」
partners-request-notice-answer = 請用 `/exchange accept { $id }` 或 `/exchange decline { $id }` 回覆。
partners-lines = { $lines }
partners-button-accept = 接受
partners-button-decline = 婉拒

## accept and decline
partners-no-request-from = { $school }沒有等待你回覆的申請。等待中的申請：{ $waiting }。
partners-no-request-from-none-waiting = { $school }沒有等待你回覆的申請。
partners-no-request-waiting = 目前沒有等待你的學校回覆的夥伴申請。
partners-several-requests = 有多筆申請在等待；請指明要 { $verb } 哪一筆，例如 `/exchange { $verb } { $id }`。等待中的申請：{ $waiting }。
partners-answered-already = 你已於{ $at }{ $answer ->
        [accepted] 接受
       *[declined] 婉拒
    }{ $school }的夥伴申請；{ $school }已收到通知。
partners-answered-by = { $school }的夥伴申請已於{ $at }由{ $by }{ $status ->
        [accepted] 接受
       *[declined] 婉拒
    }；這次沒有{ $answer ->
        [accepted] 接受
       *[declined] 婉拒
    }。`/exchange partners` 會顯示目前的狀況。
partners-answered-by-you = { $school }的夥伴申請已於{ $at }由你{ $status ->
        [accepted] 接受
       *[declined] 婉拒
    }；這次沒有{ $answer ->
        [accepted] 接受
       *[declined] 婉拒
    }。`/exchange partners` 會顯示目前的狀況。
partners-answered-by-tieup = { $school }的夥伴申請已於{ $at }由計畫的媒合{ $status ->
        [accepted] 接受
       *[declined] 婉拒
    }；這次沒有{ $answer ->
        [accepted] 接受
       *[declined] 婉拒
    }。`/exchange partners` 會顯示目前的狀況。
partners-accepted-notice = { $school }（{ $id }）接受了你的夥伴申請：你們現在是交流夥伴了。下一步：用 `/exchange channel link partner={ $id }` 連結共同頻道。
partners-accepted-colleagues = { $person }接受了{ $school }向{ $mine }提出的夥伴申請。
partners-accepted = { $mine }與{ $school }（{ $id }）現在是交流夥伴了。下一步：用 `/exchange channel link partner={ $id }` 連結共同頻道（或用 `/exchange channel create`）。
partners-accepted-in = { $mine }與{ $school }（{ $id }）現在是交流夥伴了，使用{ $languages }。下一步：用 `/exchange channel link partner={ $id }` 連結共同頻道（或用 `/exchange channel create`）。
partners-declined-notice = { $school }（{ $id }）婉拒了你的夥伴申請。`/exchange find` 會列出其他候選學校。
partners-declined-notice-why = { $school }（{ $id }）婉拒了你的夥伴申請：「{ $reason }」`/exchange find` 會列出其他候選學校。
partners-declined = 已婉拒{ $school }的申請。`/exchange find` 之後不會再向兩校推薦彼此。
partners-pair-itself = 學校不能和自己結為夥伴。
partners-pair-already = { $school }和{ $partner }已經是夥伴。
partners-pair-no-places-yours = 你的學校已沒有夥伴名額（名額 { $quota }，進行中的夥伴關係 { $used } 個）。請用 `/exchange partnership end <school>` 結束一個，或用 `/exchange school edit quota={ $next }` 提高名額。
partners-pair-no-places = { $school }已沒有夥伴名額（名額 { $quota }，進行中的夥伴關係 { $used } 個）。

## partners
partners-heading = { $school }：{ $count } 個夥伴，{ $quota } 個名額剩 { $left } 個。
partners-none-yet = 目前還沒有夥伴或申請：`/exchange find` 會列出候選學校。
partners-partner = 夥伴：{ $school }（{ $id }）· { $country }
partners-partner-since-channel = 自{ $day }起（{ $source ->
        [tieup] 計畫媒合
       *[request] 夥伴申請
    }）· 語言 { $language } · 共同頻道 { $channel }（{ $platform }）
partners-partner-since-no-channel = 自{ $day }起（{ $source ->
        [tieup] 計畫媒合
       *[request] 夥伴申請
    }）· 語言 { $language } · 尚無共同頻道（`/exchange channel link partner={ $id }`）
partners-asks-you = 向你申請：{ $school }（{ $id }）· { $country }
partners-asked-on = { $day }：「{ $message }」
partners-asked-on-no-message = { $day }：沒有留言
partners-you-asked = 你已申請：{ $school }（{ $id }）· { $country }
partners-you-asked-on = { $day }：「{ $message }」；等待對方回覆
partners-you-asked-on-no-message = { $day }：沒有留言；等待對方回覆

## partnership end; a partnership that ended before
partners-not-a-partner = { $school }不是{ $mine }的夥伴。
partners-not-a-partner-listed = { $school }不是{ $mine }的夥伴。夥伴：{ $partners }。
partners-not-a-partner-none = { $school }不是{ $mine }的夥伴。目前沒有夥伴。
partners-ended-notice = { $school }（{ $id }）結束了與你們的夥伴關係。
partners-ended-notice-why = { $school }（{ $id }）結束了與你們的夥伴關係：「{ $reason }」
partners-ended-channel = { $school }與{ $partner }的夥伴關係已結束。
partners-ended-channel-why = { $school }與{ $partner }的夥伴關係已結束：「{ $reason }」
partners-ended = 已結束與{ $school }的夥伴關係。{ $mine }還剩 { $left } 個夥伴名額。
partners-cancelled-session = 已取消場次 #{ $number }：{ $when }。
partners-cancelled-session-ics = 已取消場次 #{ $number }：{ $when }。行事曆取消檔：/exchange ics { $number }
partners-cancelled-activity = 已取消活動 #{ $number }（{ $title }）。
partners-ended-already-done = 你已於{ $at }結束與{ $school }的夥伴關係；{ $school }已收到通知。
partners-ended-already-by = { $school }與{ $partner }的夥伴關係已於{ $at }由{ $by }結束；沒有{ $undone ->
        [booked] 預約
        [confirmed] 確認
        [planned] 規劃
        [recorded] 記錄
        [ended] 結束
        [linked] 連結
       *[created] 建立
    }任何東西。
partners-ended-already-by-you = { $school }與{ $partner }的夥伴關係已於{ $at }由你結束；沒有{ $undone ->
        [booked] 預約
        [confirmed] 確認
        [planned] 規劃
        [recorded] 記錄
        [ended] 結束
        [linked] 連結
       *[created] 建立
    }任何東西。
partners-ended-already-by-a-teacher = { $school }與{ $partner }的夥伴關係已於{ $at }由一位教師結束；沒有{ $undone ->
        [booked] 預約
        [confirmed] 確認
        [planned] 規劃
        [recorded] 記錄
        [ended] 結束
        [linked] 連結
       *[created] 建立
    }任何東西。

## channel create|link
partners-no-partner-yet = { $mine }還沒有夥伴：先用 `/exchange find`，再用 `/exchange request <school>`。
partners-several-partners = { $mine }有好幾個夥伴；請用 partner=… 指明是哪一個（{ $partners }）。
partners-channel-taken = 這個頻道已經是另一組夥伴（{ $school }與{ $partner }）的共同頻道；請使用專屬的頻道。
partners-channel-linked-notice = { $school }的{ $person }為你們的夥伴關係連結了共同頻道（{ $platform }）。
partners-channel-link-where = 請在你想設為共同頻道的頻道中執行這個指令。
partners-channel-linked = 這個頻道現在是{ $school }與{ $partner }的共同頻道。
partners-channel-linked-moved = 這個頻道現在是{ $school }與{ $partner }的共同頻道（原本是 { $previous }）。
partners-channel-create-unsupported = 機器人無法在 { $platform } 上建立頻道。請自行建立頻道，邀請夥伴學校的教師，再在該頻道中執行 `/exchange channel link`。
partners-channel-exists = 你們與{ $school }的夥伴關係已經有共同頻道（{ $channel }）；若要移動，請在另一個頻道執行 `/exchange channel link`。
partners-channel-create-failed = { $platform } 沒有建立頻道。請自行建立頻道，邀請夥伴學校的教師，再在該頻道中執行 `/exchange channel link`。
partners-channel-created = 已建立 #{ $name } 並加入 { $count } 位教師，設為{ $school }與{ $partner }的共同頻道。

## 指令說明（help、Discord）
cmd-find = 為你的班級尋找交流夥伴學校，依排名列出，並說明每所學校適合的原因。
cmd-find-description = 候選學校每頁顯示 10 所；按「下一頁」按鈕（或用 `page=`）可看接下來的學校，最多到 `limit`。
cmd-find-opt-language = 只列出能用這個語言溝通的夥伴
cmd-find-opt-level = 要找的學制；預設：與你的學校相同
cmd-find-opt-country = 只列出這個國家的夥伴
cmd-find-opt-topic = 只列出對這個主題有興趣的夥伴
cmd-find-opt-limit = 要顯示多少所最佳候選學校，每頁 10 所
cmd-find-opt-duration = 計入的最短即時重疊時間（分鐘）
cmd-find-opt-mode = realtime：能即時見面的夥伴；async：無法即時見面的夥伴，適合留言板、書信與錄製影片
cmd-find-opt-page = 要顯示清單的第幾頁
choice-realtime = 即時
choice-async = 非即時
cmd-request = 邀請一所學校成為交流夥伴；對方的教師可以接受或婉拒。
cmd-request-opt-school = 要邀請的學校（ID 或名稱）
cmd-request-opt-message = 給對方教師的留言
cmd-accept = 接受夥伴申請；兩校各使用一個夥伴名額。
cmd-accept-opt-school = 提出申請的學校；只有多所學校申請時才需要
cmd-decline = 婉拒夥伴申請；find 之後不會再推薦那所學校。
cmd-decline-opt-school = 提出申請的學校；只有多所學校申請時才需要
cmd-decline-opt-reason = 告訴對方的簡短理由
cmd-partners = 列出你學校的夥伴，以及雙方等待回覆的申請。
cmd-partnership = 夥伴關係
cmd-partnership-end = 結束夥伴關係：兩校都取回名額，之後的場次會取消。
cmd-partnership-end-opt-school = 夥伴學校
cmd-partnership-end-opt-reason = 告訴對方的簡短理由
cmd-channel = 共同頻道
cmd-channel-link = 把目前的頻道設為夥伴關係的共同頻道。
cmd-channel-link-opt-partner = 夥伴學校；只有你有多個夥伴時才需要
cmd-channel-create = 建立包含兩校教師的共同頻道並完成連結。
cmd-channel-create-opt-partner = 夥伴學校；只有你有多個夥伴時才需要
