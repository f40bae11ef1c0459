## 원격 수업 도우미 (bot/commands/assistants.py, bot/assistants/*, bot/cli/assistants.py).
## 옵션 이름(hours=, languages=)과 명령은 입력하는 그대로 둡니다.

assistant-profile = { $profile }
assistant-profile-title = #{ $id } { $name } ({ $platform }) — { $status ->
        [pending] 코디네이터 승인 대기 중
        [approved] 승인됨: 세션을 제안받음
        [paused] 일시 중지: 새 세션을 제안받지 않음
        [left] 도우미 활동 종료
       *[declined] 승인되지 않음
    }
assistant-profile-languages = 언어 { $languages }
assistant-profile-hours = 가능 시간 { $hours } ({ $timezone })
assistant-profile-limit = 한 달 최대 { $count }개 세션
assistant-profile-away = 부재 { $vacations }

assistant-session =
    #{ $id } { $pair }, 통역 { $languages }
        { $when }
        { $details }

assistant-registered =
    감사합니다! { $program }의 도우미 #{ $id }(으)로 등록되었습니다. 프로그램 코디네이터에게 승인을 요청했습니다.
    { $profile }
assistant-program-unknown = '{ $name }'(이)라는 프로그램이 없습니다.
assistant-registered-already = 이미 도우미 #{ $id }(으)로 등록되어 있으며, 현재 상태는 '{ $status ->
        [pending] 코디네이터 승인 대기 중
        [approved] 승인됨: 세션을 제안받음
       *[paused] 일시 중지: 새 세션을 제안받지 않음
    }'입니다. 프로필은 `/exchange assistant show`로 보고 `/exchange assistant edit`로 바꿀 수 있습니다.
assistant-hours-needed = hours: 가능한 시간을 하나 이상 주세요. 예: '월-금 09:00-18:00'
assistant-two-languages-needed = languages: 통역하려면 언어가 둘 이상 필요합니다. 예: languages=ko,ja
assistant-not-registered = 원격 수업 도우미로 등록되어 있지 않습니다. `/exchange assistant register languages=ko,ja hours="Mon-Fri 09:00-18:00" timezone=Asia/Seoul`로 지원해 주세요.
assistant-seen-by-coordinators = 코디네이터는 자기 프로그램의 도우미만 볼 수 있습니다. `/exchange assistants list`로 목록을 볼 수 있습니다.
assistant-show-sessions = 세션은 다음과 같습니다:
assistant-show-session = ({ $state ->
        [offered] 제안됨
       *[accepted] 수락함
    }) { $session }
assistant-show-no-sessions = 아직 제안받거나 돕는 세션이 없습니다.
assistant-edit-nothing = 바꿀 것이 없습니다. max_per_month=3처럼 옵션을 하나 이상 주세요.
assistant-updated =
    프로필을 수정했습니다. 바뀐 항목은 { $changed }입니다.
    { $profile }
assistant-edit-released = 다음 세션은 더 이상 돕지 않으며, 각 세션은 다른 도우미에게 제안됩니다:
assistant-edit-released-row = {"  "}#{ $id }: { $why }
assistant-paused = 일시 중지했습니다. 새 세션은 제안되지 않습니다. 이미 수락한 세션은 그대로 맡습니다(`/exchange assistant withdraw <session>`으로 돌려줄 수 있습니다). 돌아오시면 `/exchange assistant resume`을 입력해 주세요.
assistant-resumed = 다시 오신 것을 환영합니다. 도우미가 필요한 세션이 다시 제안됩니다.
assistant-nothing-to-switch = 현재 상태가 '{ $status ->
        [pending] 코디네이터 승인 대기 중
        [approved] 승인됨: 세션을 제안받음
        [paused] 일시 중지: 새 세션을 제안받지 않음
        [left] 도우미 활동 종료
       *[declined] 승인되지 않음
    }'이므로 { $verb ->
        [pause] 일시 중지할
       *[resume] 다시 시작할
    } 것이 없습니다.
assistant-left-already = 이미 그만두셨습니다. 돌아오시려면 `/exchange assistant register`를 입력해 주세요.
assistant-left = 이제 원격 수업 도우미가 아닙니다. 도와주셔서 감사합니다!
assistant-left-released = 이제 원격 수업 도우미가 아닙니다. 도와주셔서 감사합니다! 돕기로 했던 세션 { $count }개는 다른 도우미에게 제안됩니다.

assistant-volunteers =
    { $name }님이 { $program }의 원격 수업 도우미로 지원했습니다:
    { $profile }
assistant-button-approve = 승인
assistant-button-decline = 거절
assistant-approved = { $name }님을 승인했습니다. 도우미가 필요한 세션이 제안됩니다(`/exchange assistants match`).
assistant-declined = { $name }님을 승인하지 않았으며, 본인에게 알렸습니다.
assistant-unknown = 그 이름이나 번호로 등록된 도우미가 없습니다. `/exchange assistants list`로 목록을 볼 수 있습니다.
assistant-ref-invalid = '{ $text }'은(는) 도우미를 가리키지 않습니다. @mina처럼 멘션하거나 `/exchange assistants list`의 번호(#3)를 주세요.
assistant-not-your-program = 도우미 #{ $id }은(는) 내가 코디네이터가 아닌 프로그램에 지원했습니다.
assistant-decided-already = { $name }님은 이미 { $status ->
        [approved] 승인되었습니다
       *[declined] 거절되었습니다
    }.
assistant-theirs-to-change = { $name }님은 { $status ->
        [paused] 일시 중지 상태이므로
       *[left] 도우미 활동을 그만두었으므로
    } 본인만 바꿀 수 있습니다.
assistant-approved-notice = { $by }님이 { $program }의 원격 수업 도우미로 승인했습니다. 도우미가 필요한 세션이 수락·거절 버튼과 함께 제안됩니다.
assistant-declined-notice = { $by }님이 { $program }의 원격 수업 도우미로 승인하지 않았습니다.
assistant-declined-notice-why = { $by }님이 { $program }의 원격 수업 도우미로 승인하지 않았습니다. 사유: { $reason }

assistant-offer =
    { $program }의 온라인 교류를 도와주실 수 있는지 요청이 왔습니다:
    { $session }
    `/exchange assistant accept { $id }`로 수락하거나, `/exchange assistant withdraw { $id }`로 다른 도우미에게 넘겨 주세요.
assistant-button-accept = 수락
assistant-accepted =
    감사합니다! 세션 #{ $id }을(를) 돕게 되었으며, 두 학교에 알렸습니다.
    { $session }
    사전 연습, 전날 점검표, 당일 진행표를 각 단계에서 맡을 부분과 함께 받게 됩니다.
assistant-withdrawn-reoffered = 세션 #{ $id }을(를) 돕지 않습니다. 다른 도우미에게 제안했습니다. 알려 주셔서 감사합니다.
assistant-withdrawn-uncovered = 세션 #{ $id }을(를) 돕지 않습니다. 아직 가능한 다른 도우미가 없어 코디네이터가 확인합니다. 알려 주셔서 감사합니다.
assistant-no-such-session = 세션 #{ $id }은(는) 내 세션이 아닙니다. `/exchange assistant show`로 내 세션을 볼 수 있습니다.
assistant-no-longer = 세션 #{ $id }은(는) 더 이상 돕지 않습니다.
assistant-no-longer-why = 세션 #{ $id }은(는) 더 이상 돕지 않습니다({ $why }).
assistant-session-over = 세션 #{ $id }은(는) 취소되었거나 이미 시작되어 답할 것이 없습니다.
assistant-assists-already = 이미 세션 #{ $id }을(를) 돕고 있습니다.
assistant-assists = { $name }님이 세션 #{ $id }({ $pair }, { $when })에서 { $languages } 통역을 돕습니다.
assistant-session-moved =
    돕기로 한 세션 #{ $id }의 시간이 바뀌었습니다:
    { $session }
assistant-released = 세션 #{ $id }({ $pair }, { $when })은(는) 더 이상 돕지 않습니다. { $because }
assistant-because-cancelled = 세션이 취소되었습니다.
assistant-because-moved = 세션이 { $when }(으)로 옮겨졌는데, 그때는 가능하지 않습니다.
assistant-because-languages = 이제 { $languages } 통역을 요청하는데, 두 언어를 모두 하지는 않습니다.
assistant-because-left = 프로그램을 떠나셨습니다.
assistant-because-unapproved = 코디네이터가 승인을 철회했습니다.
assistant-because-rule = { $rule ->
        [language] 이제 그 세션의 두 언어를 모두 등록하지 않았습니다.
        [declined] 그 세션을 거절하셨습니다.
        [vacation] 그때 부재 중입니다.
        [hours] 이제 가능 시간 밖입니다.
        [busy] 돕기로 한 다른 세션과 15분 이내로 겹칩니다.
       *[monthly_cap] 이제 한 달 최대 세션 수를 넘습니다.
    }

assistance-asked = 세션 #{ $id }({ $when })에 { $languages } 통역 도우미를 요청했습니다. { $outcome }
assistance-assists = { $name }님이 { $languages } 통역을 돕습니다.
assistance-offered = { $languages } 통역 도우미에게 세션을 제안했습니다. 도우미가 수락하면 두 학교에 알립니다.
assistance-uncovered = 아직 { $languages } 통역이 가능한 도우미가 없습니다. { $reason } 프로그램 코디네이터가 도우미를 배정할 때 다시 시도합니다.
assistance-lost = { $name }님은 세션 #{ $id }({ $pair }, { $when })을(를) 더 이상 도울 수 없습니다. { $now }
assistance-same-language = 두 학교 모두 { $language }(으)로 가르치므로 주 언어 사이에 통역할 것이 없습니다. languages={ $code }-en처럼 두 언어를 주세요.
assistance-session-over = 세션 #{ $id }은(는) 취소되었거나 이미 시작되었습니다. 도우미는 앞으로 있을 세션에만 요청할 수 있습니다.

assistant-reason-nobody-speaks = 프로그램에 { $first }와(과) { $second }를 모두 하는 도우미가 없습니다.
assistant-reason-not-free = 두 언어를 모두 하는 프로그램 도우미 { $count }명이 그때 가능하지 않습니다(가능 시간, 부재, 다른 세션 또는 한 달 최대 횟수 때문입니다).
assistant-reason-never-free = 그 주에는 누구도 가능한 시간이 없습니다.
assistant-reason-nearest = 그 주에 누군가 가능한 가장 가까운 시작 시각은 { $at }입니다.
assistant-reason-declined = { $name }님이 이 세션을 거절했습니다.
assistant-reason-away = { $name }님은 그때 부재 중입니다.
assistant-reason-hours = { $name }님은 앞뒤 15분을 포함한 그 시간에 가능하지 않습니다({ $hours }, { $timezone }).
assistant-reason-busy = { $name }님은 15분 이내에 세션 #{ $other }을(를) 돕습니다.
assistant-reason-monthly-cap = { $name }님은 { $month }에 이미 한 달 최대인 { $count }개 세션을 돕습니다.

assistant-survey-request = 세션 #{ $id }({ $pair }, { $when })을(를) 도와주셔서 감사합니다! 짧은 질문 세 가지입니다. 수업이 열렸는지, 어땠는지(1~5), 다음에 무엇이 도움이 될지 알려 주세요. 버튼을 누르거나 `/exchange assistant survey { $id } took_place=yes rating=5 comment="…"`를 입력해 주세요.
assistant-button-survey = 설문 답하기
assistance-rating-request = { $name }님이 { $partner }와(과)의 세션 #{ $id }({ $when })에서 통역했습니다. 도움이 얼마나 되었는지 1~5로 알려 주세요. 버튼을 누르거나 `/exchange feedback assistance { $id } rating=5`를 입력해 주세요.
assistance-button-rate = 도움 평가하기
assistant-survey-not-assisted = 세션 #{ $id }을(를) 돕지 않았습니다. 설문은 도운 세션에 대해서만 답할 수 있습니다.
assistant-survey-not-ended = 세션 #{ $id }은(는) 아직 끝나지 않았습니다.
assistant-survey-rating-needed = 수업이 열렸다면 rating이 필요합니다. 1(어려웠음)부터 5(잘됨)까지 주세요.
assistant-survey-rating-unwanted = rating은 열린 수업에만 줍니다. 빼 주세요.
assistant-survey-saved = 감사합니다! 세션 #{ $id }에 대한 답을 저장했습니다. 다시 제출하면 바뀝니다.
assistance-rating-no-assistant = 세션 #{ $id }에는 원격 수업 도우미가 없었습니다.
assistance-rating-too-early = 세션 #{ $id }은(는) 아직 열리지 않았습니다. 세션이 끝난 뒤 평가해 주세요.
assistance-rated = 감사합니다! 세션 #{ $id }에서 { $name }님의 도움을 5점 중 { $rating }점으로 평가했습니다. 다시 평가하면 바뀝니다.

assistance-auto-ask-on = { $program }은(는) 두 학교가 가르치는 언어를 함께 쓰지 않는 짝의 새 세션마다 스스로 도우미를 요청합니다.
assistance-auto-ask-off = { $program }은(는) 교사가 요청할 때만 도우미를 요청합니다.

assistants-list-none = { $program }에는 아직 도우미가 없습니다.
assistants-list-none-in-state = { $program }에는 아직 { $status ->
        [pending] 승인 대기 중인
        [approved] 승인된
        [paused] 일시 중지한
        [left] 그만둔
       *[declined] 거절된
    } 도우미가 없습니다.
assistants-list-heading = { $program }의 도우미는 다음과 같습니다:
assistants-list-approve = #{ $id } { $name } 승인
assistants-match-dates-reversed = to가 from보다 앞입니다. 첫 날짜를 먼저, 마지막 날짜를 나중에 주세요.
assistants-match-headline = { $program }의 도우미 배정 결과({ $window ->
        [both] { $first }~{ $last }
        [from] { $first }부터 마지막 세션까지
        [to] 지금부터 { $last }까지
       *[all] 앞으로의 모든 세션
    })입니다. 요청한 세션 { $asked }개 중 { $kept }개는 이미 도우미가 있고, { $added }개는 새로 배정했으며, { $uncovered }개는 배정하지 못했습니다.
assistants-match-row = {"  "}#{ $id } { $pair }, { $when }, { $languages }: { $name } ({ $state ->
        [offered] 제안됨
        [accepted] 수락함
       *[new] 새 배정
    })
assistants-match-uncovered = 배정하지 못한 세션({ $count }개)은 다음과 같습니다:
assistants-match-uncovered-row = {"  "}#{ $id } { $pair }, { $when }, { $languages }: { $reason }
assistants-match-offered = 세션 { $count }개를 제안했습니다. 각 도우미에게 수락을 요청합니다.
assistants-match-not-offered = 아직 아무것도 제안하지 않았습니다. `/exchange { $command }`를 입력하면 새 배정을 제안합니다.
assistants-match-offer-button = 제안하기
assistants-match-file-title = { $program }의 도우미 배정
assistants-cli-dates-reversed = jointclass assistants match: --to가 --from보다 앞입니다.
assistants-cli-not-offered = 아무것도 제안하지 않았습니다. --apply를 주면 새 배정을 도우미에게 제안합니다.
assistants-cli-offered = 세션 { $count }개를 제안했습니다. 실행 중인 봇이 각 도우미에게 수락을 요청합니다.

assistance-report-heading = 원격 수업 도우미: 세션 { $asked }개가 도우미를 요청했습니다. { $covered }개 배정({ $accepted }개 수락, { $offered }개 제안 후 대기), { $uncovered }개 미배정입니다.
assistance-report-uncovered = {"  "}미배정 #{ $id } { $pair }, { $when }, { $languages }: { $reason }
assistance-report-served = {"  "}{ $name }: 세션 { $sessions }개, { $hours }시간, 아직 평가 없음
assistance-report-served-rated = {"  "}{ $name }: 세션 { $sessions }개, { $hours }시간, 교사 평가 5점 중 { $mean }점(평가 { $count }건)
assistance-report-surveys = {"  "}도우미 설문 { $asked }건 중 { $answered }건 응답, 수업이 열리지 않았다는 응답 { $missed }건
assistance-report-surveys-rated = {"  "}도우미 설문 { $asked }건 중 { $answered }건 응답, 평균 5점 중 { $mean }점, 수업이 열리지 않았다는 응답 { $missed }건

cmd-assist = 세션에서 통역할 원격 수업 도우미를 요청합니다. 가능한 도우미에게 바로 제안됩니다.
cmd-assist-description = 대기 중이거나 확정된 세션에 요청합니다. 다시 요청하면 진행 상황을 보여 주거나 언어를 바꿉니다. 교사는 도우미가 수락한 뒤에 이름과 언어를 볼 수 있습니다.
cmd-assist-opt-session = 세션 번호(`/exchange sessions` 참고)
cmd-assist-opt-languages = 통역할 두 언어(예: ko-ja). 기본값은 두 학교의 주 언어입니다.
cmd-assistant = 원격 수업 도우미 명령: accept, approve, decline, edit, leave, pause, register, resume, show, survey, withdraw
cmd-assistant-accept = 제안받은 세션을 수락합니다. 교사와 공동 채널에 알립니다.
cmd-assistant-accept-opt-session = 제안에 적힌 세션 번호
cmd-assistant-approve = 지원자가 내 프로그램의 세션을 돕도록 승인합니다.
cmd-assistant-approve-opt-assistant = 승인할 도우미, @user 또는 #번호(`assistants list` 참고)
value-assistant-accepted = @mina 같은 멘션이나 #3 같은 도우미 번호
cmd-assistant-decline = 지원자를 거절하거나 승인을 철회합니다. 본인에게 알립니다.
cmd-assistant-decline-opt-assistant = 거절할 도우미, @user 또는 #번호(`assistants list` 참고)
cmd-assistant-decline-opt-reason = 본인에게 전할 사유
cmd-assistant-edit = 도우미 프로필을 바꿉니다. 더 이상 도울 수 없는 세션은 다른 도우미에게 갑니다.
cmd-assistant-edit-opt-languages = 통역할 수 있는 언어, ISO 639-1 코드
cmd-assistant-edit-opt-hours = 매주 도울 수 있는 시간, 내 시간대 기준
cmd-assistant-edit-opt-timezone = 내 IANA 시간대(예: Asia/Seoul)
cmd-assistant-edit-opt-max_per_month = 한 달에 돕는 최대 세션 수
cmd-assistant-edit-opt-vacations = 부재 날짜(양끝 포함 범위, 내 현지 날짜)
cmd-assistant-leave = 도우미를 그만둡니다. 돕기로 한 세션은 다른 도우미에게 갑니다.
cmd-assistant-pause = 당분간 새 세션을 제안받지 않습니다. 돕고 있는 세션은 그대로 맡습니다.
cmd-assistant-register = 원격 수업 도우미로 지원합니다. 프로그램의 온라인 수업에서 통역합니다.
cmd-assistant-register-description = 시간은 내 시간대 기준으로 학교의 수업 시간처럼, 부재 날짜는 학교의 방학처럼 씁니다. 세션이 제안되기 전에 프로그램 코디네이터가 승인합니다. 학교와 다른 워크스페이스나 서버에 있어도 됩니다.
cmd-assistant-register-opt-languages = 통역할 수 있는 언어, ISO 639-1 코드
cmd-assistant-register-opt-hours = 매주 도울 수 있는 시간, 내 시간대 기준
cmd-assistant-register-opt-timezone = 내 IANA 시간대(예: Asia/Seoul)
cmd-assistant-register-opt-max_per_month = 한 달에 돕는 최대 세션 수(기본값: 4)
cmd-assistant-register-opt-vacations = 부재 날짜(양끝 포함 범위, 내 현지 날짜)
cmd-assistant-register-opt-program = 프로그램 이름이며, 기본값은 현재 프로그램입니다(`/exchange coordinator use`).
cmd-assistant-resume = 일시 중지 후 다시 세션을 제안받습니다.
cmd-assistant-show = 내 도우미 프로필과 제안받거나 돕는 세션을 보여 줍니다(코디네이터는 자기 프로그램의 어느 도우미든 볼 수 있습니다).
cmd-assistant-show-opt-assistant = 코디네이터 전용: 볼 도우미, @user 또는 #번호
cmd-assistant-survey = 도운 세션이 끝난 뒤: 수업이 열렸는지, 어땠는지, 무엇이 도움이 될지 답합니다.
cmd-assistant-survey-form = 도우미 설문
cmd-assistant-survey-opt-session = 세션 번호
cmd-assistant-survey-opt-took_place = 수업이 열렸습니까?
cmd-assistant-survey-opt-rating = 내가 느낀 수업, 1~5(열렸을 때)
cmd-assistant-survey-opt-comment = 다음에 도움이 될 것
cmd-assistant-withdraw = 제안받은 세션을 거절하거나 수락한 세션을 돌려줍니다. 다른 도우미에게 갑니다.
cmd-assistant-withdraw-opt-session = 세션 번호
cmd-assistant-withdraw-opt-reason = 코디네이터에게 전할 사유
cmd-assistants = 도우미 관리 명령: list, match
cmd-assistants-list = 내 프로그램의 도우미(승인됨, 승인 대기, 일시 중지)를 보여 줍니다.
cmd-assistants-list-opt-status = 이 상태의 도우미만
cmd-assistants-list-opt-program = 프로그램 이름이며, 기본값은 현재 프로그램입니다(`/exchange coordinator use`).
cmd-assistants-match = 요청한 세션에 프로그램 도우미를 배정합니다. 가장 많은 세션을 고르게 맡기며, 배정하지 못한 세션은 이유를 밝힙니다.
cmd-assistants-match-description = 이미 제안받았거나 돕고 있는 세션은 그대로 둡니다. 배정에는 두 언어, 도우미 시간대의 가능 시간(앞뒤 15분, 서머타임과 부재 반영), 다른 세션과 15분 간격, 한 달 최대 횟수가 필요합니다.
cmd-assistants-match-opt-from = 첫 날짜, 프로그램 달력 기준(기본값: 오늘)
cmd-assistants-match-opt-to = 마지막 날짜(기본값: 앞으로의 모든 세션)
cmd-assistants-match-opt-apply = yes: 새 배정을 도우미에게 제안, no: 보여 주기만
cmd-assistants-match-opt-program = 프로그램 이름이며, 기본값은 현재 프로그램입니다(`/exchange coordinator use`).
cmd-coordinator-assistance = 교사들이 가르치는 언어를 함께 쓰지 않는 짝에 대해 프로그램이 스스로 도우미를 요청할지 보거나 바꿉니다.
cmd-coordinator-assistance-description = 학교는 프로필의 첫 번째 언어로 가르칩니다. 두 학교가 함께 적은 언어가 어느 쪽의 수업 언어도 아니거나(서울 ko,en과 오사카 ja,en은 영어로만 통합니다) 함께 적은 언어가 없으면 요청합니다.
cmd-coordinator-assistance-opt-auto_ask = on: 그런 짝의 새 세션마다 바로 요청, off: 교사만 요청
cmd-coordinator-assistance-opt-program = 프로그램 이름이며, 기본값은 현재 프로그램입니다(`/exchange coordinator use`).
cmd-feedback-assistance = 원격 수업 도우미가 세션에 얼마나 도움이 되었는지 1~5로 평가합니다.
cmd-feedback-assistance-form = 도움 평가
cmd-feedback-assistance-opt-session = 세션 번호
cmd-feedback-assistance-opt-rating = 1(도움이 안 됨)~5(수업이 잘 진행됨)
cmd-feedback-assistance-opt-comment = 코디네이터가 알아야 할 점
choice-approved = 승인됨
choice-paused = 일시 중지
choice-left = 그만둠
choice-declined = 거절됨
