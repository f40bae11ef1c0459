## 코디네이터와 내 정보 (bot/commands/coordination.py). 지금은 `whoami`만 옮겼습니다.

whoami-you = { $platform }의 { $name }님입니다.
whoami-teacher = { $school }({ $id })의 교사입니다.
whoami-no-school = 아직 어느 학교의 교사도 아닙니다(`/exchange school register`).
whoami-asked-to-join = 아직 어느 학교의 교사도 아닙니다. { $day }에 { $school } 가입을 요청했으며(요청 #{ $request }), { $school }의 교사나 코디네이터의 답을 기다리고 있습니다.
whoami-coordinator-of-several = { $programs }의 코디네이터이며, 현재 프로그램은 { $current }입니다.
whoami-coordinator = { $program }의 코디네이터입니다.
whoami-language = 봇을 { $language }(으)로 읽습니다.

cmd-whoami = 내 학교와 내가 코디네이터인 프로그램을 보여 줍니다.
