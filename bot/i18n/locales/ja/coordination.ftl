## コーディネーターと自分の情報（bot/commands/coordination.py）。今は `whoami` だけを移しました。

whoami-you = { $platform } の { $name } さんです。
whoami-teacher = { $school }（{ $id }）の教員です。
whoami-no-school = まだどの学校の教員でもありません（`/exchange school register`）。
whoami-coordinator-of-several = { $programs } のコーディネーターで、現在のプログラムは { $current } です。
whoami-coordinator = { $program } のコーディネーターです。
whoami-language = ボットを{ $language }で読んでいます。

cmd-whoami = 自分の学校と、コーディネーターを務めるプログラムを表示します。
