## コーディネーターの一括マッチング (bot/commands/tieup.py, bot/matching/tieup_runs.py)：
## 実行、確認、公開と、各校へのパートナーのお知らせ。学校 ID、言語コード、方針
## (keep, prefer, ignore) はそのままです。

tieup-run-heading = { $program }の{ $week }の週のマッチング（重なり{ $duration }分以上）：枠の残る{ $schools }校（可能なペア{ $feasible }組）から、可能な最大の{ $pairs }組を作りました。品質の合計は{ $quality }です。
tieup-run-continuing = そのうち{ $kept }組は{ $program }からの継続です（{ $policy }）。
tieup-run-pairs = { $all ->
        [yes] ペアは次のとおりです（{ $count }組、すべて表示）。
       *[no] ペアは次のとおりです（{ $count }組中{ $shown }組を表示。添付の CSV にすべてあります）。
    }
tieup-run-pair = {"  "}{ $home } + { $partner }：重なり{ $overlap }分、{ $language }、スコア{ $score }{ $continuing ->
        [yes] {" "}· 継続
       *[no] {""}
    }
tieup-run-open-places = { $all ->
        [yes] 枠が残る学校は次のとおりです（{ $count }校、すべて表示）。
       *[no] 枠が残る学校は次のとおりです（{ $count }校中{ $shown }校を表示。添付の CSV にすべてあります）。
    }
tieup-run-open-school = {"  "}{ $school }（残り{ $open }枠）：{ $reason }
tieup-run-nothing-created = まだ何も作成していません。`/exchange { $command }` でこれらのパートナーシップを作成し、すべての学校にお知らせします。
tieup-run-attachment = { $program }のマッチング：すべてのペアと枠が残るすべての学校
tieup-publish-button = 公開する
tieup-no-earlier-program = continuing_from：「{ $name }」というプログラムはありません。プログラム：{ $known }
tieup-no-earlier-program-none = continuing_from：「{ $name }」というプログラムはありません。登録されたプログラムもありません。

tieup-published = { $program }のマッチング（{ $week }の週）を公開しました。パートナーシップを{ $created }件作成しました。
tieup-published-told = { $cut ->
        [yes] { $count }校（{ $listed } ほか{ $more }校）の先生にお知らせしました。
       *[no] { $count }校（{ $listed }）の先生にお知らせしました。
    }
tieup-published-waiting = { $cut ->
        [yes] ボットに先生がいない{ $count }校（{ $listed } ほか{ $more }校）にはまだお知らせしていません。各校の最初の先生が参加したとき（`/exchange school join <school>`）にパートナーをお知らせします。
       *[no] ボットに先生がいない{ $count }校（{ $listed }）にはまだお知らせしていません。各校の最初の先生が参加したとき（`/exchange school join <school>`）にパートナーをお知らせします。
    }
tieup-published-refused = 実行後に状況が変わったため、{ $count }組は作成しませんでした。
tieup-published-refused-pair = {"  "}{ $home } + { $partner }：{ $reason }
tieup-nothing-to-publish = { $program }には公開するマッチングがまだありません。先に `/exchange tieup run` を実行して結果を確認してください。
tieup-published-already = { $program }の最新のマッチング（{ $week }の週）は{ $published }に公開済みです。枠の残る学校のために `/exchange tieup run` をもう一度実行してください。
tieup-published-moment-ago = { $program }のこのマッチングはたった今公開されました。

## 各校の先生に伝えるパートナー
tieup-pairing = { $program }のマッチング結果：{ $school }のパートナーは{ $partner }（{ $partner_id }、{ $place }）です。
    共通の言語 { $language } · 共有できる時間（{ $week }の週）{ $overlap }{ $staffed ->
        [no] {"\u000A"}{ $partner }にはまだボットを使う先生がいません。最初の先生が参加したときにこのマッチングをお知らせします。
       *[yes] {""}
    }
    次は、相手の先生とテーマや日程を決め、`/exchange channel link partner={ $partner_id }` で共同チャンネルをつないでください。
tieup-no-shared-time = なし

## コマンドの説明（Discord、help）
cmd-tieup = 一括マッチングのコマンド：publish, run
cmd-tieup-run = プログラムのすべての学校を一度にマッチングします。できるだけ多くのペアを作り、その中で最もよい組み合わせを選びます。
cmd-tieup-run-description = continuing_from を指定すると、そのプログラムのペアのうち、両校が再び応募し（今このプログラムにいる）、各校の最新のフィードバックが none 以外の次の段階を選んでいるペアが継続します。keep（既定）は今年の時間に関係なくそのペアを先に組み（両校の枠を一つずつ使います）、残りを最適にマッチングします。prefer はペアの最大数を保ったまま、今年のルールに合う継続ペアをできるだけ多く組みます。ignore は全員を新しくマッチングします。
cmd-tieup-run-opt-program = プログラム名（既定は現在のプログラム、`/exchange coordinator use`）
cmd-tieup-run-opt-week_of = 時間と夏時間を数える基準の週の日付（既定は次の週）
cmd-tieup-run-opt-duration = 数に入れるリアルタイムの重なりの最短の長さ（分）
cmd-tieup-run-opt-continuing_from = 前年のプログラム：両校が再び応募し、どちらも継続を望むペアを残します
cmd-tieup-run-opt-continuing = 前年の継続ペアを先に残す（keep）、ペアを減らさない範囲で優先する（prefer）、または無視する（ignore）
cmd-tieup-publish = 最新のマッチング実行のパートナーシップを作成し、各ペアの両校にお知らせします。
cmd-tieup-publish-description = まだボットに先生がいない学校には、最初の先生が参加したときにお知らせします。
cmd-tieup-publish-opt-program = プログラム名（既定は現在のプログラム、`/exchange coordinator use`）
choice-keep = 維持
choice-prefer = 優先
choice-ignore = 無視

## マッチング後に学校に枠が残る理由（bot/matching/unmatched_reasons.py）。

tieup-reason-no-side = マッチングのどちらの側にも属していません（側：'{ $side }'）。
tieup-reason-no-level = 同じ学校種別（{ $level }）の相手がいません。{ $other_side ->
        [home] 国内
       *[partner] 海外
    }側で { $level } の学校が応募していません。
tieup-reason-same-country = ほかの国に同じ学校種別（{ $level }）の相手がいません。{ $other_side ->
        [home] 国内
       *[partner] 海外
    }側の { $level } の学校はすべて { $country } にあります。
tieup-reason-no-language = { $other_side ->
        [home] 国内
       *[partner] 海外
    }側の { $level } の学校と共通の言語がありません（自校の言語：{ $languages }、相手の言語：{ $theirs }）。
tieup-reason-no-time = 共通の言語がある { $level } の学校 { $count } 校と、{ $duration } 分以上重なる時間がありません。{ $advice }
tieup-reason-all-declined = 会える学校（{ $count } 校）はすべて、すでに交流相手か、申し込みを断った間柄です。
tieup-reason-all-paired = 可能な相手 { $feasible } 校はすべてペアになりました。残り { $places } 枠について：{ $advice }
tieup-reason-quota-unfilled = 枠が埋まっていません。可能な相手 { $feasible } 校はすべて定員に達しています。
tieup-reason-quota-partly = { $wanted } 枠のうち { $matched } 枠が埋まりました。ほかの可能な相手 { $others } 校は定員に達しています。
tieup-advice-all-meet = 共通の言語がある学校とはすべて、すでに時間が合っています。
tieup-advice-no-window = 平日 { $earliest }～{ $latest } の放課後の時間を足しても届く学校がありません。非同期の交流（共有ボード、手紙、録画ビデオ）を検討してください。
tieup-advice-no-window-example = 平日 { $earliest }～{ $latest } の放課後の時間を足しても届く学校がありません。非同期の交流（共有ボード、手紙、録画ビデオ）を検討してください。例：{ $example }
tieup-advice-window = 放課後の時間 { $hours }（{ $zone }、相手校に最も多いタイムゾーン）を足すと、そのうち { $count } 校（枠が残っているのは { $open } 校）と時間が重なります。

## 時間のかかる組み合わせの進み具合：`jointclass match` が処理中に表示します
tieup-progress-loaded = { $program } の学校 { $schools } 校を読み込みました
tieup-progress-checking = { $week } の週に学校 { $schools } 校が会えるかを確認中（重なり { $duration } 分以上）
tieup-progress-feasible = 可能なペア { $pairs } 組
tieup-progress-solving = { $level } を解いています：国内校 { $home } 校 × 相手校 { $partner } 校、可能なペア { $pairs } 組
tieup-progress-explaining = { $pairs } 組できました。枠の残る学校の理由を調べています
