## 코디네이터와 내 정보 (bot/commands/coordination.py).

whoami-you = { $platform }의 { $name }님입니다.
whoami-teacher = { $school }({ $id })의 교사입니다.
whoami-no-school = 아직 어느 학교의 교사도 아닙니다(`/exchange school register`).
whoami-asked-to-join = 아직 어느 학교의 교사도 아닙니다. { $day }에 { $school } 가입을 요청했으며(요청 #{ $request }), { $school }의 교사나 코디네이터의 답을 기다리고 있습니다.
whoami-coordinator-of-several = { $programs }의 코디네이터이며, 현재 프로그램은 { $current }입니다.
whoami-coordinator = { $program }의 코디네이터입니다.
whoami-language = 봇을 { $language }(으)로 읽습니다.

cmd-whoami = 내 학교와 내가 코디네이터인 프로그램을 보여 줍니다.

coordinator-current-program = 프로그램: 현재 프로그램인 { $program }입니다(`program=`으로 다른 프로그램을 지정하고, `/exchange coordinator use`로 바꿀 수 있습니다).
coordinator-not-your-program = '{ $name }'(이)라는 프로그램의 코디네이터가 아닙니다. 내 프로그램: { $programs }
coordinator-already = { $user }님은 이미 { $program }의 코디네이터입니다.
coordinator-made-you = { $by }님이 회원님을 { $program }의 코디네이터로 추가했습니다.
coordinator-added = { $user }님이 이제 { $program }의 코디네이터입니다.
coordinator-list = { $program }의 코디네이터: { $coordinators }
coordinator-acts-on = 프로그램을 지정하지 않으면 코디네이터 명령은 { $program }에 적용됩니다. 내가 코디네이터인 프로그램: { $programs }. 바꾸려면 `/exchange coordinator use <program>`을(를) 입력해 주세요.
coordinator-now-acts-on = 이제 program=…을(를) 지정하지 않으면 코디네이터 명령이 { $program }에 적용됩니다.

cmd-coordinator-add = 다른 사용자를 내 프로그램의 코디네이터로 추가합니다.
cmd-coordinator-add-opt-user = 추가할 사용자(멘션)
cmd-coordinator-add-opt-program = 프로그램 이름(기본값: 현재 프로그램, `/exchange coordinator use`)
cmd-coordinator-list = 내 프로그램의 코디네이터를 보여 줍니다.
cmd-coordinator-list-opt-program = 프로그램 이름(기본값: 현재 프로그램, `/exchange coordinator use`)
cmd-coordinator-use = 프로그램을 지정하지 않을 때 코디네이터 명령이 적용될 프로그램을 고릅니다.
cmd-coordinator-use-opt-program = 프로그램 이름(없으면 현재 프로그램을 보여 줌)

cmd-coordinator = 코디네이터 명령: add, assistance, lead-times, list, use
