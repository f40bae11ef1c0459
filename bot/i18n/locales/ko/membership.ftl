## 학교의 교사 (bot/commands/membership.py, bot/schools/membership.py): 가입 요청, 승인과 거절,
## 등록 코드, 탈퇴, 동료 교사 제외. $number는 요청 번호, $at은 학교 시각, $day는 날짜입니다.

membership-join-declined-before = { $school } 가입 요청이 { $day }에 거절되었습니다. 잘못된 일이라면 프로그램 코디네이터에게 등록 코드를 요청해 주세요.
membership-join-asked = { $school }({ $id })에 가입을 요청했습니다. 요청 번호는 #{ $number }입니다.
membership-join-until-then = 승인될 때까지는 모두가 볼 수 있는 내용만 볼 수 있으며, 결과는 알려 드립니다.
membership-deciders-teachers = 이 학교의 교사들에게 승인을 요청했습니다.
membership-deciders-coordinators = { $school }에는 아직 교사가 없어서 프로그램 코디네이터에게 요청했습니다. 코디네이터에게 등록 코드를 받았다면 대신 `/exchange school claim CODE`를 입력해 주세요.
membership-deciders-nobody = { $school }에는 아직 교사가 없고 프로그램에도 코디네이터가 없어서 지금은 승인할 사람이 없습니다. 코디네이터가 준 등록 코드가 있으면 바로 가입할 수 있습니다.
membership-asked-already-done = { $at }에 요청 #{ $number }(으)로 { $school }({ $id }) 가입을 요청했습니다. 이 학교의 교사나 프로그램 코디네이터가 답하면 알려 드립니다.
membership-asked-already = { $day }에 요청 #{ $number }(으)로 { $school }({ $id }) 가입을 이미 요청했습니다. 이 학교의 교사나 프로그램 코디네이터가 답하면 알려 드립니다.
membership-teaches-elsewhere = 이미 { $id }의 교사입니다. 먼저 `/exchange school leave`를 실행해 주세요.
membership-joined-already = { $at }에 { $school }({ $id })에 가입했습니다. 이 학교의 교사들에게도 알렸습니다.
membership-teacher-already = 이미 { $school }의 교사입니다.
membership-join-request = { $person }님({ $platform } 사용자 { $user }, 워크스페이스 { $workspace })이 요청 #{ $number }(으)로 { $school }({ $id })의 교사 가입을 요청했습니다. 이 학교에서 가르치는 것을 아는 분만 `/exchange teacher approve { $number }`(으)로 승인해 주세요. 거절하려면 `/exchange teacher decline { $number }`을(를) 입력해 주세요.
membership-join-request-no-teacher = { $school }에는 아직 교사가 없습니다. { $request }
membership-button-approve = 승인
membership-button-decline = 거절
membership-joined-notice = { $person }님이 { $platform }에서 { $how ->
        [coordinator] 프로그램 코디네이터로서
        [survey] 수요 조사에 이름이 오른 교사로서
       *[code] 등록 코드로
    } { $school }의 교사가 되었습니다.
membership-welcome = { $how ->
        [coordinator] 프로그램 코디네이터로서
        [survey] 수요 조사에 이름이 오른 교사로서
       *[code] 등록 코드로
    } { $school }({ $id })의 교사가 되었습니다.
membership-colleagues-told = 동료 교사 { $count }명에게 알렸습니다.
membership-pairings-sent = 교사가 없던 동안 매칭에서 { $school }의 상대 학교가 정해졌습니다. 지금 이 학교의 교사들에게 매칭 메시지 { $count }건을 보냅니다.
membership-request-withdrawn = { $id } 가입 요청(#{ $number })은 철회되었습니다.
membership-no-such-request = { $scope ->
        [school] { $school }
        [program] 프로그램 소속 학교
       *[both] { $school } 또는 프로그램 소속 학교
    }에 대한 가입 요청 중 '{ $text }'에 해당하는 것이 없습니다. 대기 중인 요청: { $waiting }
membership-no-such-request-none-waiting = { $scope ->
        [school] { $school }
        [program] 프로그램 소속 학교
       *[both] { $school } 또는 프로그램 소속 학교
    }에 대한 가입 요청 중 '{ $text }'에 해당하는 것이 없습니다. 대기 중인 요청이 없습니다.
membership-requests-ambiguous = '{ $text }'에 해당하는 요청이 여러 개입니다: { $waiting }. 번호를 입력해 주세요.
membership-decided-already-done = 방금 { $person }님의 { $id } 가입 요청 #{ $number }을(를) { $decision ->
        [approved] 승인했습니다
       *[declined] 거절했습니다
    }. 요청한 분에게도 알렸습니다.
membership-request-decided = 요청 #{ $number }은(는) { $status ->
        [approved] { $at }에 { $by }님이 승인했으므로
        [declined] { $at }에 { $by }님이 거절했으므로
        [withdrawn] 요청한 분이 다른 학교에 요청하거나 학교를 등록해 철회되었으므로
       *[pending] 더 이상 대기 중이 아니므로
    } 아무것도 바꾸지 않았습니다.
membership-approved-notice = { $by }님이 { $person }님({ $platform })을 { $school }의 교사로 승인했습니다.
membership-approved-teaches-elsewhere = { $person }님은 이미 { $id }의 교사이므로 아무것도 바꾸지 않았습니다.
membership-approved-teaches-at-another = { $person }님은 이미 다른 학교의 교사이므로 아무것도 바꾸지 않았습니다.
membership-approved-to-asker = { $by }님이 요청을 승인했습니다. 이제 { $school }({ $id })의 교사입니다. 교사가 할 수 있는 일은 `/exchange help`에서 확인해 주세요.
membership-approved = { $person }님이 이제 { $school }의 교사입니다. 본인에게도 알렸습니다.
membership-declined-to-asker = { $by }님이 { $school } 가입 요청을 거절했습니다. 잘못된 일이라면 프로그램 코디네이터에게 문의해 주세요.
membership-declined-to-asker-why = { $by }님이 { $school } 가입 요청을 거절했습니다: “{ $reason }” 잘못된 일이라면 프로그램 코디네이터에게 문의해 주세요.
membership-declined = { $person }님의 { $school } 가입 요청을 거절했습니다. 본인에게도 알렸습니다.
membership-remove-no-match = { $school }의 교사 중 '{ $text }'에 해당하는 사람이 없습니다. 이 학교의 교사: { $teachers }
membership-remove-no-match-no-teachers = { $school }의 교사 중 '{ $text }'에 해당하는 사람이 없습니다. 이 학교에는 교사가 없습니다.
membership-remove-ambiguous = '{ $text }'에 해당하는 교사가 여러 명입니다: { $teachers }. ID를 입력해 주세요.
membership-remove-yourself = 본인이 그만두려면 `/exchange school leave`를 사용해 주세요.
membership-removed-already = { $person }님은 더 이상 { $school }의 교사가 아닙니다.
membership-removed-to-teacher = { $by }님이 { $school }의 교사 명단에서 회원님을 제외했습니다. 잘못된 일이라면 프로그램 코디네이터에게 문의해 주세요.
membership-removed-notice = { $by }님이 { $school }의 교사 명단에서 { $person }님을 제외했습니다.
membership-removed = { $person }님은 더 이상 { $school }의 교사가 아닙니다. 본인에게도 알렸습니다.
membership-not-in-charge = { $school }의 교사와 프로그램 코디네이터만 할 수 있습니다.
membership-left = 이제 { $school }의 교사가 아닙니다.
membership-left-notice = { $person }님이 { $school }을(를) 떠났습니다.
membership-code-not-your-program = 등록 코드는 자신의 프로그램에 속한 학교에 대해서만 발급할 수 있습니다. { $school }은(는) 해당하지 않습니다.
membership-code-issued =
    { $school }({ $id })의 등록 코드: { $code }
    { $until }까지 한 번만 쓸 수 있습니다. 이 학교의 교사에게 전달해 `/exchange school claim { $code }`를 입력하게 해 주세요. 이 학교에 예전에 발급한 코드는 더 이상 쓸 수 없습니다.
membership-claimed-already = { $at }에 이 코드로 { $school }({ $id })에 등록했습니다. 이 학교의 교사입니다.
membership-code-unknown = 봇이 발급한 등록 코드가 아닙니다. 코드를 준 코디네이터에게 확인해 주세요.
membership-code-used = 이 등록 코드는 { $day }에 이미 사용되었습니다. 코디네이터에게 새 코드를 요청해 주세요.
membership-code-expired = 이 등록 코드는 { $until }에 만료되었습니다. 코디네이터에게 새 코드를 요청해 주세요.

## 명령 선언 (도움말, Discord)
cmd-teacher = 교사
cmd-teacher-approve = 우리 학교(코디네이터는 프로그램의 모든 학교) 가입 요청을 승인합니다.
cmd-teacher-approve-opt-asker = 요청 번호(#12) 또는 요청한 사람의 이름이나 멘션
cmd-teacher-decline = 우리 학교 가입 요청을 거절합니다. 요청한 사람에게 이유와 함께 알립니다.
cmd-teacher-decline-opt-asker = 요청 번호(#12) 또는 요청한 사람의 이름이나 멘션
cmd-teacher-decline-opt-reason = 요청한 사람에게 전할 짧은 이유
cmd-teacher-remove = 우리 학교(코디네이터는 프로그램의 모든 학교)에서 교사를 제외합니다.
cmd-teacher-remove-opt-teacher = 제외할 교사: 이름 또는 멘션
cmd-teacher-remove-opt-school = 코디네이터 전용: 학교
