## 協調人的批次配對（bot/commands/tieup.py、bot/matching/tieup_runs.py）：執行、檢查、
## 公布，以及通知各校的配對夥伴。學校 ID、語言代碼與方針（keep、prefer、ignore）
## 維持原樣。

tieup-run-heading = { $program } 在 { $week } 那一週的配對（重疊至少 { $duration } 分鐘）：從仍有名額的 { $schools } 所學校（{ $feasible } 組可行配對）中，配出可能的最多 { $pairs } 組；品質總分 { $quality }。
tieup-run-continuing = 其中 { $kept } 組延續自 { $program }（{ $policy }）。
tieup-run-pairs = { $all ->
        [yes] 配對（{ $count } 組，全部列出）：
       *[no] 配對（列出 { $count } 組中的 { $shown } 組；附件 CSV 有全部）：
    }
tieup-run-pair = {"  "}{ $home } + { $partner }：重疊 { $overlap } 分鐘，{ $language }，分數 { $score }{ $continuing ->
        [yes] {" "}· 延續
       *[no] {""}
    }
tieup-run-open-places = { $all ->
        [yes] 仍有名額的學校（{ $count } 所，全部列出）：
       *[no] 仍有名額的學校（列出 { $count } 所中的 { $shown } 所；附件 CSV 有全部）：
    }
tieup-run-open-school = {"  "}{ $school }（剩 { $open } 個名額）：{ $reason }
tieup-run-nothing-created = 尚未建立任何東西：`/exchange { $command }` 會建立這些夥伴關係並通知每所學校。
tieup-run-attachment = { $program } 的配對：所有配對及所有仍有名額的學校
tieup-publish-button = 公布
tieup-no-earlier-program = continuing_from：沒有名為「{ $name }」的計畫。計畫：{ $known }。
tieup-no-earlier-program-none = continuing_from：沒有名為「{ $name }」的計畫。目前沒有任何計畫。

tieup-published = 已公布 { $program } 的配對（{ $week } 那一週）：建立了 { $created } 個夥伴關係。
tieup-published-told = { $cut ->
        [yes] 已通知 { $count } 所學校（{ $listed } 及另外 { $more } 所）的老師。
       *[no] 已通知 { $count } 所學校（{ $listed }）的老師。
    }
tieup-published-waiting = { $cut ->
        [yes] 尚未通知：{ $count } 所學校（{ $listed } 及另外 { $more } 所）還沒有老師使用機器人；各校第一位老師加入時（`/exchange school join <school>`）會收到夥伴通知。
       *[no] 尚未通知：{ $count } 所學校（{ $listed }）還沒有老師使用機器人；各校第一位老師加入時（`/exchange school join <school>`）會收到夥伴通知。
    }
tieup-published-refused = 因執行後情況有變，有 { $count } 組配對未建立：
tieup-published-refused-pair = {"  "}{ $home } + { $partner }：{ $reason }
tieup-nothing-to-publish = { $program } 還沒有可公布的配對：請先執行 `/exchange tieup run` 並檢查結果。
tieup-published-already = { $program } 最近一次的配對（{ $week } 那一週）已於 { $published } 公布。請為仍有名額的學校再執行一次 `/exchange tieup run`。
tieup-published-moment-ago = { $program } 的這次配對剛剛已經公布。

## 通知各校老師的配對夥伴
tieup-pairing = { $program } 配對結果：{ $school } 的夥伴是 { $partner }（{ $partner_id }，{ $place }）。
    共同語言 { $language } · 共同時段（{ $week } 那一週）：{ $overlap }{ $staffed ->
        [no] {"\u000A"}{ $partner } 還沒有老師使用機器人：他們的第一位老師加入時會收到這項配對通知。
       *[yes] {""}
    }
    下一步：請與對方老師商定主題與日期，並用 `/exchange channel link partner={ $partner_id }` 連結共同頻道。
tieup-no-shared-time = 無

## 指令說明（Discord、help）
cmd-tieup = 批次配對指令：publish、run
cmd-tieup-run = 一次為計畫中的所有學校配對：先配出最多組數，再選出最好的組合。
cmd-tieup-run-description = 指定 continuing_from 時，該計畫中兩校都再次報名（目前在本計畫中）、且兩校最近的回饋所選的下一步不是 none 的配對會延續。keep（預設）不論今年的時段都先配這些組（各用兩校一個名額），其餘以最佳方式配對；prefer 在維持最多組數的前提下，盡量保留仍符合今年規則的延續配對；ignore 則全部重新配對。
cmd-tieup-run-opt-program = 計畫名稱；預設為目前的計畫（`/exchange coordinator use`）
cmd-tieup-run-opt-week_of = 參考週中的某一天，以該週的時段與日光節約時間計算；預設為下一週
cmd-tieup-run-opt-duration = 計入的最短即時重疊時間（分鐘）
cmd-tieup-run-opt-continuing_from = 去年的計畫：兩校都再次報名且都想延續的配對會保留
cmd-tieup-run-opt-continuing = 先保留去年的延續配對（keep）、在不減少組數時優先（prefer），或忽略（ignore）
cmd-tieup-publish = 建立最近一次配對執行的夥伴關係，並通知每組的兩所學校。
cmd-tieup-publish-description = 還沒有老師使用機器人的學校，會在第一位老師加入時收到通知。
cmd-tieup-publish-opt-program = 計畫名稱；預設為目前的計畫（`/exchange coordinator use`）
choice-keep = 保留
choice-prefer = 優先
choice-ignore = 忽略

## 媒合後學校仍有名額的原因（bot/matching/unmatched_reasons.py）。

tieup-reason-no-side = 不屬於媒合的任何一方（方：'{ $side }'）。
tieup-reason-no-level = 沒有同學制（{ $level }）的夥伴：{ $other_side ->
        [home] 國內
       *[partner] 海外
    }方沒有 { $level } 學校報名。
tieup-reason-same-country = 其他國家沒有同學制（{ $level }）的夥伴：{ $other_side ->
        [home] 國內
       *[partner] 海外
    }方的 { $level } 學校都在 { $country }。
tieup-reason-no-language = 與{ $other_side ->
        [home] 國內
       *[partner] 海外
    }方的 { $level } 學校沒有共同語言（本校語言：{ $languages }；對方語言：{ $theirs }）。
tieup-reason-no-time = 與有共同語言的 { $count } 所 { $level } 學校，沒有重疊 { $duration } 分鐘以上的時間：{ $advice }
tieup-reason-all-declined = 可以交流的學校（{ $count } 所）都已是夥伴，或彼此曾拒絕邀請。
tieup-reason-all-paired = 可行的夥伴 { $feasible } 所都已配對；其餘 { $places } 個名額：{ $advice }
tieup-reason-quota-unfilled = 名額未補滿：可行的夥伴（{ $feasible } 所）都已額滿。
tieup-reason-quota-partly = 名額部分補滿（{ $wanted } 個中的 { $matched } 個）：其他可行的夥伴（{ $others } 所）都已額滿。
tieup-advice-all-meet = 有共同語言的學校都已經有可共同交流的時間。
tieup-advice-no-window = 在平日 { $earliest } 至 { $latest } 之間加上課後時段也無法與任何一所學校重疊；可考慮非同步交流（共享看板、書信、錄影）。
tieup-advice-no-window-example = 在平日 { $earliest } 至 { $latest } 之間加上課後時段也無法與任何一所學校重疊；可考慮非同步交流（共享看板、書信、錄影），例如與 { $example }。
tieup-advice-window = 加上課後時段 { $hours }（{ $zone }，對方學校最常見的時區），可與其中 { $count } 所重疊（其中 { $open } 所仍有名額）。

## 耗時配對的進度：`jointclass match` 執行時顯示
tieup-progress-loaded = 已載入 { $program } 的 { $schools } 所學校
tieup-progress-checking = 正在檢查 { $schools } 所學校在 { $week } 當週能否見面（重疊至少 { $duration } 分鐘）
tieup-progress-feasible = 可行配對 { $pairs } 組
tieup-progress-solving = 正在求解 { $level }：本國學校 { $home } 所 × 夥伴學校 { $partner } 所，可行配對 { $pairs } 組
tieup-progress-explaining = 已配成 { $pairs } 組；正在說明仍有名額的學校原因
