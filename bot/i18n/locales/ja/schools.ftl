## 学校のプロフィール（bot/commands/schools.py）: register、show、edit、join、leave、list。
## オプション名（class_hours、city=）とコマンドは入力するとおりです。

school-class-hours-needed = class_hours: 授業時間を一つ以上指定してください。例: '月-金 09:00-16:00'
school-registered-before = { $name } はすでに { $id } として登録されています。そこで一緒に教えるには `/exchange school join { $id }` を入力してください。
school-registered-before-without-city = { $name } はすでに { $id } として登録されています。そこで一緒に教えるには `/exchange school join { $id }` を入力してください。同じ名前の別の学校なら、city= で市を指定してください。
school-registered = { $name } を { $id } として登録しました。あなたがこの学校の教員です。
school-registered-already =
    { $at } に { $name } を { $id } として登録済みです。あなたがこの学校の教員です。
    { $profile }
school-teaches-elsewhere = すでに { $id } で教えています。変更は `/exchange school edit`、先に離れるには `/exchange school leave` を入力してください。
school-profile = { $profile }
school-edit-nothing = 変更するものがありません。quota=2 のようにオプションを一つ以上指定してください。
school-edit-class-hours-needed = class_hours: 学校には授業時間が一つ以上必要です。
school-updated = { $name }（{ $id }）を更新しました。変更した項目は { $changed } です。
school-edit-not-yours = 編集できるのは自分の学校だけです。{ $name } は編集できません。
school-edit-not-yours-coordinator = 編集できるのは自分の学校か自分のプログラムの学校だけです。{ $name } は編集できません。
school-list-none = { $program } に登録された学校のうち、条件に合う学校はありません。
school-list-heading = { $program } の学校 { $count } 校のうち { $span } 番目を表示します。
school-list-row = {"  "}{ $id }  { $name } · { $place }、{ $country } · { $level } · { $languages } · 希望 { $quota } クラス

school-profile-title = { $name }（{ $id }）· { $side ->
        [home] 国内側
       *[partner] 海外側
    }
school-profile-where = 所在地 { $place } · タイムゾーン { $zone }
school-profile-level = 学校種別 { $level } · 言語 { $languages }
school-profile-level-grades = 学校種別 { $level }、学年 { $grades } · 言語 { $languages }
school-profile-topics = テーマ { $topics } · 希望する交流クラス { $quota }
school-profile-class-hours = 授業時間 { $hours }（現地時刻）
school-profile-after-school = 放課後 { $hours }
school-profile-vacations = 休暇 { $vacations }
school-profile-teachers = 教員 { $teachers }
school-profile-teachers-and-elsewhere = 教員 { $teachers }、ほかのワークスペースに { $count } 人
school-profile-teachers-elsewhere = 教員 ほかのワークスペースに { $count } 人
school-profile-no-teachers = 教員 まだいません
school-profile-none = —

cmd-school = 学校のコマンド: edit、join、leave、list、register、show
cmd-school-register = 交流相手が見つけられるよう学校を登録します。登録した人が最初の教員になります。
cmd-school-register-form = 学校の登録
cmd-school-register-opt-name = 学校の名前
cmd-school-register-opt-country = 学校の国（名前か ISO 3166 コード）
cmd-school-register-opt-city = 市（時刻の横に表示）
cmd-school-register-opt-timezone = IANA タイムゾーン（国に複数あり、市で決まらないときだけ必要）
cmd-school-register-opt-level = 学校種別
cmd-school-register-opt-grades = 参加する学年（例: 5-6）
cmd-school-register-opt-languages = クラスが使える言語（ISO 639-1 コード）
cmd-school-register-opt-topics = 関心のあるテーマ（例: culture,sdgs,coding,ai）
cmd-school-register-opt-quota = 学校が希望する交流クラスの数
cmd-school-register-opt-class_hours = 毎週の授業時間（現地時刻）
cmd-school-register-opt-after_school_hours = 生徒が残れる毎週の放課後の時間（現地時刻）
cmd-school-register-opt-vacations = 申告した休暇（両端の日を含む日付の範囲）
cmd-school-register-opt-subdivision = 祝日と学校休暇を決める州や地域（例: VIC (AU)、BY (DE)、'Zone A' (FR)、NY (US)）
cmd-school-register-opt-side = home（プログラムの地域）か partner（海外）、通常は国から決まります
cmd-school-show = 学校のプロフィールを表示します。学校を指定しなければ自分の学校を表示します。
cmd-school-show-opt-school = 学校IDか名前（既定は自分の学校）
cmd-school-edit = 学校のプロフィールを変更します。指定したオプションだけが変わります。
cmd-school-edit-opt-name = 学校の名前
cmd-school-edit-opt-country = 学校の国（名前か ISO 3166 コード）
cmd-school-edit-opt-city = 市（時刻の横に表示）
cmd-school-edit-opt-timezone = IANA タイムゾーン（国に複数あり、市で決まらないときだけ必要）
cmd-school-edit-opt-level = 学校種別
cmd-school-edit-opt-grades = 参加する学年（例: 5-6）
cmd-school-edit-opt-languages = クラスが使える言語（ISO 639-1 コード）
cmd-school-edit-opt-topics = 関心のあるテーマ（例: culture,sdgs,coding,ai）
cmd-school-edit-opt-quota = 学校が希望する交流クラスの数
cmd-school-edit-opt-class_hours = 毎週の授業時間（現地時刻）
cmd-school-edit-opt-after_school_hours = 生徒が残れる毎週の放課後の時間（現地時刻）
cmd-school-edit-opt-vacations = 申告した休暇（両端の日を含む日付の範囲）
cmd-school-edit-opt-subdivision = 祝日と学校休暇を決める州や地域（例: VIC (AU)、BY (DE)、'Zone A' (FR)、NY (US)）
cmd-school-edit-opt-side = home（プログラムの地域）か partner（海外）、通常は国から決まります
cmd-school-edit-opt-school = コーディネーターのみ: 編集する学校
cmd-school-join = 登録された学校に教員として参加を申請します。その学校の教員かコーディネーターが承認します。
cmd-school-join-opt-school = 学校IDか名前
cmd-school-leave = 自分の学校の教員をやめます（学校の登録はそのまま残ります）。
cmd-school-list = 自分のプログラムに登録された学校を、国や学校種別で絞って一覧にします。
cmd-school-list-description = コーディネーターは現在のプログラムの学校を、教員は自分の学校のプログラムの学校を、それ以外の人は教員が登録するプログラムの学校を見ます。1ページに20校ずつ表示し、次へボタン（または `page=`）で続きを表示します。
cmd-school-list-opt-country = この国の学校だけ
cmd-school-list-opt-level = この学校種別の学校だけ
cmd-school-list-opt-page = 表示する一覧のページ

choice-elementary = 小学校
choice-middle = 中学校
choice-high = 高校
choice-special = 特別支援学校
choice-misc = その他
choice-home = 国内側
choice-partner = 海外側
value-grades-accepted = 5-6 や 1,3 のような学年
cmd-school-claim = コーディネーターから受け取った一回限りのコードで学校の教員になります。
cmd-school-claim-opt-code = 参加コード
cmd-school-code = 持つ人を学校の教員にする一回限りの参加コードを発行します。
cmd-school-code-opt-school = 学校IDか名前

## 登録・編集のときの案内と拒否
school-zone-of-city = タイムゾーンは{ $city }のタイムゾーン { $zone } にしました。違う場合は `/exchange school edit timezone=…` で変更してください。
school-zone-main = タイムゾーンは{ $country }の主なタイムゾーン { $zone } にしました（ほかのタイムゾーン：{ $others }）。違う場合は `/exchange school edit timezone=…` で変更してください。
school-name-taken = 「{ $name }」はすでに { $id } として登録されています。`/exchange school join { $id }` のつもりでしたか？別の学校であれば、市の名前を入れるなどして区別できる名前にしてください。
school-name-lookalike = 「{ $name }」は登録済みの{ $existing }（{ $id }）とほぼ同じです。`/exchange school join { $id }` のつもりでしたか？別の学校であれば、市の名前を入れるなどして区別できる名前にしてください。

## A closed day that the school's teachers declared (profile `vacations`), its dates as typed.
school-declared-break = 学校が定めた休業期間 { $dates }
