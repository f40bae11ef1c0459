## コーディネーターと自分の情報（bot/commands/coordination.py）。今は `whoami` だけを移しました。

whoami-you = { $platform } の { $name } さんです。
whoami-teacher = { $school }（{ $id }）の教員です。
whoami-no-school = まだどの学校の教員でもありません（`/exchange school register`）。
whoami-asked-to-join = まだどの学校の教員でもありません。{ $day } に { $school } への参加を申請しました（申請 #{ $request }）。{ $school } の教員かコーディネーターの返答を待っています。
whoami-coordinator-of-several = { $programs } のコーディネーターで、現在のプログラムは { $current } です。
whoami-coordinator = { $program } のコーディネーターです。
whoami-language = ボットを{ $language }で読んでいます。

cmd-whoami = 自分の学校と、コーディネーターを務めるプログラムを表示します。
