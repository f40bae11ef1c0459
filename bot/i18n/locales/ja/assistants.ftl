## 遠隔授業アシスタント（bot/commands/assistants.py、bot/assistants/*、bot/cli/assistants.py）。
## オプション名（hours=、languages=）とコマンドは、どの言語でも入力するとおりに残します。

assistant-profile = { $profile }
assistant-profile-title = #{ $id } { $name }（{ $platform }）— { $status ->
        [pending] コーディネーターの承認待ち
        [approved] 承認済み：セッションを提案されます
        [paused] 一時停止中：新しい提案はありません
        [left] アシスタントを辞めました
       *[declined] 承認されませんでした
    }
assistant-profile-languages = 言語：{ $languages }
assistant-profile-hours = 対応できる時間：{ $hours }（{ $timezone }）
assistant-profile-limit = 月に最大 { $count } セッション
assistant-profile-away = 不在：{ $vacations }

assistant-session =
    #{ $id } { $pair }、通訳 { $languages }
        { $when }
        { $details }

assistant-registered =
    ありがとうございます。{ $program } のアシスタント #{ $id } として登録しました。コーディネーターに承認を依頼しました。
    { $profile }
assistant-program-unknown = 「{ $name }」というプログラムはありません。
assistant-registered-already = すでにアシスタント #{ $id } として登録されています。現在の状態は「{ $status ->
        [pending] コーディネーターの承認待ち
        [approved] 承認済み：セッションを提案されます
       *[paused] 一時停止中：新しい提案はありません
    }」です。プロフィールは `/exchange assistant show` で表示し、`/exchange assistant edit` で変更できます。
assistant-hours-needed = hours：対応できる時間を一つ以上指定してください。例：'月-金 09:00-18:00'
assistant-two-languages-needed = languages：通訳には二つ以上の言語が必要です。例：languages=ko,ja
assistant-not-registered = 遠隔授業アシスタントとして登録されていません。`/exchange assistant register languages=ko,ja hours="Mon-Fri 09:00-18:00" timezone=Asia/Seoul` で応募してください。
assistant-seen-by-coordinators = コーディネーターが見られるのは自分のプログラムのアシスタントだけです。`/exchange assistants list` で一覧を表示します。
assistant-show-sessions = セッションは次のとおりです：
assistant-show-session = （{ $state ->
        [offered] 提案中
       *[accepted] 承諾済み
    }）{ $session }
assistant-show-no-sessions = 提案されたセッションも担当するセッションもまだありません。
assistant-edit-nothing = 変更する項目がありません。max_per_month=3 のようにオプションを一つ以上指定してください。
assistant-updated =
    プロフィールを更新しました：{ $changed }。
    { $profile }
assistant-edit-released = 次のセッションは担当しなくなり、それぞれ別のアシスタントに提案されます：
assistant-edit-released-row = {"  "}#{ $id }：{ $why }
assistant-paused = 一時停止しました。新しいセッションは提案されません。承諾済みのセッションは引き続き担当します（`/exchange assistant withdraw <session>` で返せます）。戻るときは `/exchange assistant resume` を入力してください。
assistant-resumed = 再開しました。アシスタントが必要なセッションがまた提案されます。
assistant-nothing-to-switch = 現在の状態は「{ $status ->
        [pending] コーディネーターの承認待ち
        [approved] 承認済み：セッションを提案されます
        [paused] 一時停止中：新しい提案はありません
        [left] アシスタントを辞めました
       *[declined] 承認されませんでした
    }」なので、{ $verb ->
        [pause] 一時停止
       *[resume] 再開
    }するものはありません。
assistant-left-already = すでに辞めています。戻るときは `/exchange assistant register` を入力してください。
assistant-left = 遠隔授業アシスタントを辞めました。ご協力ありがとうございました。
assistant-left-released = 遠隔授業アシスタントを辞めました。ご協力ありがとうございました。担当予定だった { $count } セッションは別のアシスタントに提案されます。

assistant-volunteers =
    { $name } さんが { $program } の遠隔授業アシスタントに応募しました：
    { $profile }
assistant-button-approve = 承認
assistant-button-decline = 却下
assistant-approved = { $name } さんを承認しました。アシスタントが必要なセッションが提案されます（`/exchange assistants match`）。
assistant-declined = { $name } さんを承認しませんでした。本人に伝えました。
assistant-unknown = その名前または番号で登録されたアシスタントはいません。`/exchange assistants list` で一覧を表示します。
assistant-ref-invalid = 「{ $text }」はアシスタントを指していません。@mina のようにメンションするか、`/exchange assistants list` の番号（#3）を指定してください。
assistant-not-your-program = アシスタント #{ $id } は、あなたがコーディネートしていないプログラムに応募しています。
assistant-decided-already = { $name } さんはすでに{ $status ->
        [approved] 承認されています
       *[declined] 却下されています
    }。
assistant-theirs-to-change = { $name } さんは{ $status ->
        [paused] 一時停止中です
       *[left] アシスタントを辞めています
    }。変更できるのは本人だけです。
assistant-approved-notice = { $by } さんがあなたを { $program } の遠隔授業アシスタントとして承認しました。アシスタントが必要なセッションが、承諾・辞退のボタンとともに提案されます。
assistant-declined-notice = { $by } さんはあなたを { $program } の遠隔授業アシスタントとして承認しませんでした。
assistant-declined-notice-why = { $by } さんはあなたを { $program } の遠隔授業アシスタントとして承認しませんでした。理由：{ $reason }

assistant-offer =
    { $program } のオンライン交流のアシスタントを依頼されています：
    { $session }
    `/exchange assistant accept { $id }` で承諾するか、`/exchange assistant withdraw { $id }` でほかの人に回してください。
assistant-button-accept = 承諾
assistant-accepted =
    ありがとうございます。セッション #{ $id } を担当します。両校に伝えました。
    { $session }
    事前の練習、前日のチェックリスト、当日の進行表を、各段階での担当部分とともにお送りします。
assistant-withdrawn-reoffered = セッション #{ $id } を担当しません。別のアシスタントに提案しました。お知らせいただきありがとうございます。
assistant-withdrawn-uncovered = セッション #{ $id } を担当しません。まだほかに対応できるアシスタントがいないため、コーディネーターが確認します。お知らせいただきありがとうございます。
assistant-no-such-session = セッション #{ $id } はあなたの担当ではありません。`/exchange assistant show` で担当セッションを表示します。
assistant-no-longer = セッション #{ $id } はもう担当していません。
assistant-no-longer-why = セッション #{ $id } はもう担当していません（{ $why }）。
assistant-session-over = セッション #{ $id } は取り消されたか、すでに始まっているため、答えることはありません。
assistant-assists-already = すでにセッション #{ $id } を担当しています。
assistant-assists = { $name } さんがセッション #{ $id }（{ $pair }、{ $when }）で { $languages } の通訳を担当します。
assistant-session-moved =
    担当するセッション #{ $id } の時間が変わりました：
    { $session }
assistant-released = セッション #{ $id }（{ $pair }、{ $when }）の担当が外れました。{ $because }
assistant-because-cancelled = セッションが取り消されました。
assistant-because-moved = セッションが { $when } に移りましたが、その時間は対応できません。
assistant-because-languages = { $languages } の通訳が必要になりましたが、両方の言語には対応していません。
assistant-because-left = プログラムを辞めました。
assistant-because-unapproved = コーディネーターが承認を取り消しました。
assistant-because-rule = { $rule ->
        [language] そのセッションの二つの言語を両方とも登録していません。
        [declined] そのセッションを辞退しました。
        [vacation] その時間は不在です。
        [hours] 対応できる時間の外になりました。
        [busy] 担当するほかのセッションと 15 分以内に重なります。
       *[monthly_cap] 月の上限を超えます。
    }

assistance-asked = セッション #{ $id }（{ $when }）で { $languages } の通訳アシスタントを依頼しました。{ $outcome }
assistance-assists = { $name } さんが { $languages } の通訳を担当します。
assistance-offered = { $languages } を通訳できるアシスタントにセッションを提案しました。承諾されると両校にお知らせします。
assistance-uncovered = { $languages } を通訳できるアシスタントはまだ見つかっていません。{ $reason } プログラムのコーディネーターがアシスタントを割り当てるときに再度試みます。
assistance-lost = { $name } さんはセッション #{ $id }（{ $pair }、{ $when }）を担当できなくなりました。{ $now }
assistance-same-language = 両校とも { $language } で授業をしているため、主な言語の間で通訳するものはありません。languages={ $code }-en のように二つの言語を指定してください。
assistance-session-over = セッション #{ $id } は取り消されたか、すでに始まっています。アシスタントを依頼できるのは、これからのセッションだけです。

assistant-reason-nobody-speaks = プログラムには { $first } と { $second } の両方を話せるアシスタントがいません。
assistant-reason-not-free = 両方を話せるプログラムのアシスタント { $count } 人は、その時間に対応できません（対応時間、不在、ほかのセッション、月の上限のためです）。
assistant-reason-never-free = その週には、対応できる時間がだれにもありません。
assistant-reason-nearest = その週でだれかが対応できる最も近い開始時刻は { $at } です。
assistant-reason-declined = { $name } さんはこのセッションを辞退しました。
assistant-reason-away = { $name } さんはその時間は不在です。
assistant-reason-hours = { $name } さんは前後 15 分を含めてその時間に対応できません（{ $hours }、{ $timezone }）。
assistant-reason-busy = { $name } さんは 15 分以内にセッション #{ $other } を担当しています。
assistant-reason-monthly-cap = { $name } さんは { $month } にすでに月の上限の { $count } セッションを担当しています。

assistant-survey-request = セッション #{ $id }（{ $pair }、{ $when }）のアシスタントをありがとうございました。短い質問が三つあります。授業は行われましたか、どうでしたか（1～5）、次回は何があると助かりますか。ボタンを押すか、`/exchange assistant survey { $id } took_place=yes rating=5 comment="…"` を入力してください。
assistant-button-survey = アンケートに答える
assistance-rating-request = { $name } さんが { $partner } とのセッション #{ $id }（{ $when }）で通訳しました。アシスタントはどのくらい役に立ちましたか。1～5 で教えてください。ボタンを押すか、`/exchange feedback assistance { $id } rating=5` を入力してください。
assistance-button-rate = アシスタントを評価する
assistant-survey-not-assisted = セッション #{ $id } は担当していません。アンケートは担当したセッションについて答えるものです。
assistant-survey-not-ended = セッション #{ $id } はまだ終わっていません。
assistant-survey-rating-needed = 授業が行われた場合は rating が必要です。1（大変だった）から 5（うまくいった）で指定してください。
assistant-survey-rating-unwanted = rating は授業が行われた場合だけです。外してください。
assistant-survey-saved = ありがとうございます。セッション #{ $id } の回答を保存しました。もう一度送ると変更されます。
assistance-rating-no-assistant = セッション #{ $id } には遠隔授業アシスタントがいませんでした。
assistance-rating-too-early = セッション #{ $id } はまだ行われていません。終わってから評価してください。
assistance-rated = ありがとうございます。セッション #{ $id } での { $name } さんのアシスタントを 5 点中 { $rating } 点と評価しました。もう一度評価すると変更されます。

assistance-auto-ask-on = { $program } は、両校が授業で使う言語を共有しないペアの新しいセッションごとに、自動でアシスタントを依頼します。
assistance-auto-ask-off = { $program } は、教員が依頼したときだけアシスタントを依頼します。

assistants-list-none = { $program } にはまだアシスタントがいません。
assistants-list-none-in-state = { $program } にはまだ{ $status ->
        [pending] 承認待ちの
        [approved] 承認済みの
        [paused] 一時停止中の
        [left] 辞めた
       *[declined] 却下された
    }アシスタントがいません。
assistants-list-heading = { $program } のアシスタントは次のとおりです：
assistants-list-approve = #{ $id } { $name } を承認
assistants-match-dates-reversed = to が from より前です。最初の日付、最後の日付の順に指定してください。
assistants-match-headline = { $program } のアシスタント割り当て（{ $window ->
        [both] { $first }～{ $last }
        [from] { $first }から最後のセッションまで
        [to] 今から{ $last }まで
       *[all] これからのすべてのセッション
    }）です。依頼のあるセッション { $asked } 件のうち、{ $kept } 件は担当者がいて、{ $added } 件を新しく割り当て、{ $uncovered } 件は割り当てられませんでした。
assistants-match-row = {"  "}#{ $id } { $pair }、{ $when }、{ $languages }：{ $name }（{ $state ->
        [offered] 提案中
        [accepted] 承諾済み
       *[new] 新規
    }）
assistants-match-uncovered = 割り当てられなかったセッション（{ $count } 件）は次のとおりです：
assistants-match-uncovered-row = {"  "}#{ $id } { $pair }、{ $when }、{ $languages }：{ $reason }
assistants-match-offered = { $count } セッションを提案しました。各アシスタントに承諾を依頼します。
assistants-match-not-offered = まだ何も提案していません。`/exchange { $command }` で新しい割り当てを提案します。
assistants-match-offer-button = 提案する
assistants-match-file-title = { $program } のアシスタント割り当て
assistants-cli-dates-reversed = jointclass assistants match：--to が --from より前です。
assistants-cli-not-offered = 何も提案していません。--apply を付けると新しい割り当てをアシスタントに提案します。
assistants-cli-offered = { $count } セッションを提案しました。起動中のボットが各アシスタントに承諾を依頼します。

assistance-report-heading = 遠隔授業アシスタント：{ $asked } セッションが依頼しました。{ $covered } 件に担当者がいて（承諾 { $accepted } 件、提案して返答待ち { $offered } 件）、{ $uncovered } 件は未割り当てです。
assistance-report-uncovered = {"  "}未割り当て：#{ $id } { $pair }、{ $when }、{ $languages }：{ $reason }
assistance-report-served = {"  "}{ $name }：{ $sessions } セッション、{ $hours } 時間、評価はまだありません
assistance-report-served-rated = {"  "}{ $name }：{ $sessions } セッション、{ $hours } 時間、教員の評価 5 点中 { $mean } 点（{ $count } 件）
assistance-report-surveys = {"  "}アシスタントのアンケート：{ $asked } 件中 { $answered } 件回答、授業が行われなかったという回答 { $missed } 件
assistance-report-surveys-rated = {"  "}アシスタントのアンケート：{ $asked } 件中 { $answered } 件回答、平均 5 点中 { $mean } 点、授業が行われなかったという回答 { $missed } 件

cmd-assist = セッションで通訳する遠隔授業アシスタントを依頼します。対応できるアシスタントにすぐ提案されます。
cmd-assist-description = 確定待ちまたは確定済みのセッションに依頼します。もう一度依頼すると状況を表示するか、言語を変更します。教員はアシスタントが承諾した後に名前と言語を確認できます。
cmd-assist-opt-session = セッション番号（`/exchange sessions` を参照）
cmd-assist-opt-languages = 通訳する二つの言語（例：ko-ja）、既定は両校の主な言語
cmd-assistant = 遠隔授業アシスタントのコマンド：accept、approve、decline、edit、leave、pause、register、resume、show、survey、withdraw
cmd-assistant-accept = 提案されたセッションを承諾します。教員と共同チャンネルに伝えます。
cmd-assistant-accept-opt-session = 提案に書かれたセッション番号
cmd-assistant-approve = 応募者があなたのプログラムのセッションを手伝えるよう承認します。
cmd-assistant-approve-opt-assistant = 承認するアシスタント、@user または #番号（`assistants list` を参照）
value-assistant-accepted = @mina のようなメンション、または #3 のようなアシスタント番号
cmd-assistant-decline = 応募を却下するか、承認を取り消します。本人に伝えます。
cmd-assistant-decline-opt-assistant = 却下するアシスタント、@user または #番号（`assistants list` を参照）
cmd-assistant-decline-opt-reason = 本人に伝える理由
cmd-assistant-edit = アシスタントのプロフィールを変更します。担当できなくなったセッションは別の人に回ります。
cmd-assistant-edit-opt-languages = 通訳できる言語、ISO 639-1 コード
cmd-assistant-edit-opt-hours = 毎週対応できる時間、自分のタイムゾーンで
cmd-assistant-edit-opt-timezone = 自分の IANA タイムゾーン（例：Asia/Seoul）
cmd-assistant-edit-opt-max_per_month = 1 か月に担当する最大セッション数
cmd-assistant-edit-opt-vacations = 不在の日付（両端を含む期間、現地の日付）
cmd-assistant-leave = アシスタントを辞めます。担当予定のセッションは別の人に回ります。
cmd-assistant-pause = しばらく新しいセッションの提案を止めます。担当中のセッションはそのままです。
cmd-assistant-register = 遠隔授業アシスタントに応募します。プログラムのオンライン授業で通訳します。
cmd-assistant-register-description = 時間は自分のタイムゾーンで学校の授業時間と同じように、不在は学校の休暇と同じように書きます。セッションが提案される前に、プログラムのコーディネーターが承認します。学校とは別のワークスペースやサーバーにいてもかまいません。
cmd-assistant-register-opt-languages = 通訳できる言語、ISO 639-1 コード
cmd-assistant-register-opt-hours = 毎週対応できる時間、自分のタイムゾーンで
cmd-assistant-register-opt-timezone = 自分の IANA タイムゾーン（例：Asia/Seoul）
cmd-assistant-register-opt-max_per_month = 1 か月に担当する最大セッション数（既定：4）
cmd-assistant-register-opt-vacations = 不在の日付（両端を含む期間、現地の日付）
cmd-assistant-register-opt-program = プログラム名、既定は現在のプログラム（`/exchange coordinator use`）
cmd-assistant-resume = 一時停止の後、またセッションの提案を受けます。
cmd-assistant-show = 自分のアシスタントのプロフィールと、提案された・担当するセッションを表示します（コーディネーターは自分のプログラムのどのアシスタントでも表示できます）。
cmd-assistant-show-opt-assistant = コーディネーターのみ：表示するアシスタント、@user または #番号
cmd-assistant-survey = 担当したセッションの後に、授業が行われたか、どうだったか、何が役立つかを答えます。
cmd-assistant-survey-form = アシスタントのアンケート
cmd-assistant-survey-opt-session = セッション番号
cmd-assistant-survey-opt-took_place = 授業は行われましたか？
cmd-assistant-survey-opt-rating = 自分にとってどうだったか、1～5（行われた場合）
cmd-assistant-survey-opt-comment = 次回に役立つこと
cmd-assistant-withdraw = 提案されたセッションを辞退するか、承諾したセッションを返します。別の人に回ります。
cmd-assistant-withdraw-opt-session = セッション番号
cmd-assistant-withdraw-opt-reason = コーディネーターに伝える理由
cmd-assistants = アシスタント管理のコマンド：list、match
cmd-assistants-list = プログラムのアシスタント（承認済み、承認待ち、一時停止中）を一覧にします。
cmd-assistants-list-opt-status = この状態のアシスタントだけ
cmd-assistants-list-opt-program = プログラム名、既定は現在のプログラム（`/exchange coordinator use`）
cmd-assistants-match = 依頼のあるセッションにプログラムのアシスタントを割り当てます。できるだけ多くのセッションを負担を分けて割り当て、割り当てられないセッションには理由を示します。
cmd-assistants-match-description = すでに提案された、または担当しているセッションはそのままです。割り当てには、両方の言語、アシスタント自身のタイムゾーンでの対応時間（前後 15 分、夏時間と不在を考慮）、ほかのセッションとの 15 分の間隔、月の上限が必要です。
cmd-assistants-match-opt-from = 最初の日付、プログラムの暦で（既定：今日）
cmd-assistants-match-opt-to = 最後の日付（既定：これからのすべてのセッション）
cmd-assistants-match-opt-apply = yes：新しい割り当てをアシスタントに提案、no：表示だけ
cmd-assistants-match-opt-program = プログラム名、既定は現在のプログラム（`/exchange coordinator use`）
cmd-coordinator-assistance = 両校が授業で使う言語を共有しないペアについて、プログラムが自動でアシスタントを依頼するかどうかを表示・変更します。
cmd-coordinator-assistance-description = 学校はプロフィールの最初の言語で授業をします。両校が共通して挙げた言語がどちらの授業言語でもない場合（ソウルの ko,en と大阪の ja,en は英語でしか通じません）、または共通の言語がない場合に依頼します。
cmd-coordinator-assistance-opt-auto_ask = on：そのようなペアの新しいセッションごとにすぐ依頼、off：教員だけが依頼
cmd-coordinator-assistance-opt-program = プログラム名、既定は現在のプログラム（`/exchange coordinator use`）
cmd-feedback-assistance = 遠隔授業アシスタントがセッションでどのくらい役に立ったかを 1～5 で評価します。
cmd-feedback-assistance-form = アシスタントの評価
cmd-feedback-assistance-opt-session = セッション番号
cmd-feedback-assistance-opt-rating = 1（役に立たなかった）～5（授業がうまくいった）
cmd-feedback-assistance-opt-comment = コーディネーターに知ってほしいこと
choice-approved = 承認済み
choice-paused = 一時停止中
choice-left = 辞めた
choice-declined = 却下
