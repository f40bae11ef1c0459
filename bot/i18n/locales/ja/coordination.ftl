## コーディネーターと自分の情報（bot/commands/coordination.py）。

whoami-you = { $platform } の { $name } さんです。
whoami-teacher = { $school }（{ $id }）の教員です。
whoami-no-school = まだどの学校の教員でもありません（`/exchange school register`）。
whoami-asked-to-join = まだどの学校の教員でもありません。{ $day } に { $school } への参加を申請しました（申請 #{ $request }）。{ $school } の教員かコーディネーターの返答を待っています。
whoami-coordinator-of-several = { $programs } のコーディネーターで、現在のプログラムは { $current } です。
whoami-coordinator = { $program } のコーディネーターです。
whoami-language = ボットを{ $language }で読んでいます。

cmd-whoami = 自分の学校と、コーディネーターを務めるプログラムを表示します。

coordinator-current-program = プログラム: 現在のプログラム { $program }（`program=` で別のプログラムを指定、`/exchange coordinator use` で切り替えられます）。
coordinator-not-your-program = 「{ $name }」という名前のプログラムのコーディネーターではありません。担当プログラム: { $programs }
coordinator-already = { $user } さんはすでに { $program } のコーディネーターです。
coordinator-made-you = { $by } さんがあなたを { $program } のコーディネーターに追加しました。
coordinator-added = { $user } さんが { $program } のコーディネーターになりました。
coordinator-list = { $program } のコーディネーター: { $coordinators }
coordinator-acts-on = プログラムを指定しないとき、コーディネーターのコマンドは { $program } に対して実行されます。担当しているのは { $programs } です。切り替えるには `/exchange coordinator use <program>` を入力してください。
coordinator-now-acts-on = これから program=… を指定しないとき、コーディネーターのコマンドは { $program } に対して実行されます。

cmd-coordinator-add = ほかのユーザーを自分のプログラムのコーディネーターに追加します。
cmd-coordinator-add-opt-user = 追加するユーザー（メンション）
cmd-coordinator-add-opt-program = プログラムの名前（既定は現在のプログラム、`/exchange coordinator use`）
cmd-coordinator-list = 自分のプログラムのコーディネーターを一覧表示します。
cmd-coordinator-list-opt-program = プログラムの名前（既定は現在のプログラム、`/exchange coordinator use`）
cmd-coordinator-use = プログラムを指定しないときにコーディネーターのコマンドが対象とするプログラムを選びます。
cmd-coordinator-use-opt-program = プログラムの名前（省くと現在のプログラムを表示）

cmd-coordinator = コーディネーターのコマンド: add、assistance、lead-times、list、use
