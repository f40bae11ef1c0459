## 参加希望調査の取り込み (bot/schools/survey_import.py, import_program.py)：`jointclass import`
## とコンソールの `/import` がコーディネーターに伝える内容。列名、学校 ID、オプション名
## （--program、--move-from）、ファイルに書かれた値はそのままにします。

survey-imported = { $source } を { $program } に取り込みました：{ $counts }です。
survey-dry-run = 試行のため何も書き込んでいません。{ $source } を { $program } に取り込むと { $counts }になります。
survey-counts = 新規 { $created } 校、更新 { $updated } 校、変更なし { $unchanged } 校、移動 { $moved } 校
survey-new = {"  "}新規 { $school_id }：{ $name }
survey-updated = {"  "}更新 { $school_id }：{ $changes }
survey-moved = {"  "}{ $program } から移動 { $school_id }
survey-moved-changed = {"  "}{ $program } から移動 { $school_id }：{ $changes }
survey-column-changed = { $column } { $old } → { $new }
survey-contact-set = { $column } を設定
survey-contact-cleared = { $column } を削除
survey-codes-written = 教員のいない学校ごとに 1 つ、1 回だけ使える登録コード { $count } 件を { $path } に書き出しました。有効期限は { $until } です。各校の教員にその学校のコードを渡してください（`/exchange school claim CODE`）。
survey-ignored-columns = 調査の形式にない列は無視しました：{ $columns }
survey-coordinators = コーディネーター { $coordinators } が { $program } を運営します。チャットでのコマンドはこのプログラムに対して働くようになりました（`/exchange coordinator use` で切り替えられます）。
survey-nothing-imported = { $source }：何も取り込んでいません。直すべき問題が { $count } 件あります：
survey-problem = {"  "}{ $problem }
survey-on-line = { $line } 行目：{ $problem }
survey-header-lacks = 見出し行に次の列がありません：{ $missing }。必要な列：{ $expected }（あれば次の列も：{ $optional }）
survey-too-many-schools = ファイルの学校が { $limit } 校を超えています
survey-row-width = 値が { $values } 個ありますが、見出し行の列は { $columns } 個です。カンマを含む値はダブルクォートで囲んでください
survey-duplicate-id = school_id { $school_id } はすでに { $first } 行目にあります
survey-no-schools = ファイルには見出し行だけで学校がありません
survey-lookalike-in-file = 名前「{ $name }」は { $other }（{ $other_id }、{ $other_line } 行目）とそっくりです。学校ごとに見分けられる名前にしてください
survey-lookalike-in-program = 名前「{ $name }」はすでにプログラムにある { $other }（{ $other_id }）とそっくりです。その学校を更新するならその school_id を使い、そうでなければ見分けられる名前にしてください
survey-bad-account = teacher_account：{ $problem }
survey-bad-email = teacher_email：「{ $email }」はメールアドレスではありません
survey-quote-not-closed = クォートで始まった値が閉じていません。閉じる " を加えてください
survey-text-after-quote = 閉じるクォートの後に文字があります。値全体をダブルクォートで囲んでください
survey-value-too-long = { $limit } 文字を超える値があります
survey-not-csv = 正しい CSV ではありません（{ $reason }）
survey-value-empty = { $column } が空です
survey-bad-school-id = school_id「{ $school_id }」に使えるのは英字、数字、. _ - だけです（最大 64 文字）
survey-bad-side = side「{ $side }」は home か partner にしてください
survey-not-utf8 = ファイルの { $byte } バイト目から先が UTF-8 のテキストではありません。「CSV UTF-8」で保存してから取り込み直してください
survey-too-big = ファイルは { $size } MB です。受け付けるのは { $limit } MB（約 { $schools } 校）までです。ファイルを分けて取り込んでください。
survey-program-lookalike = プログラム「{ $name }」はありませんが、そっくりな「{ $similar }」があります。--program "{ $similar }" のことですか？
survey-no-program = プログラム「{ $name }」はありません（あるプログラム：{ $programs }）。--program を確かめるか、作成するなら --create-program を加えてください。
survey-no-program-yet = プログラム「{ $name }」はありません（まだプログラムがありません）。--program を確かめるか、作成するなら --create-program を加えてください。
survey-kept-changing = 取り込みの間に学校の情報が変わり続けました。ファイルをもう一度取り込んでください。
survey-schools-elsewhere = ファイルの { $count } 校はほかのプログラムに属しています：{ $schools }。{ $program } に移すなら --move-from "{ $elsewhere }" を加え、そうでなければ --program を確かめてください。
survey-schools-elsewhere-several = ファイルの { $count } 校はほかのプログラムに属しています：{ $schools }。{ $program } に移すなら、プログラムごとにその学校だけをそれぞれの --move-from を付けて取り込み、そうでなければ --program を確かめてください。
survey-schools-and-more = { $schools } ほか { $more } 校
survey-refused = { $path }：何も取り込んでいません。{ $reason }
