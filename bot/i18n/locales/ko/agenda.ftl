## 당일 진행표(bot/sessions/agenda_templates.py, bot/commands/reminders.py). 교사가 쓴 단계는
## 쓴 그대로 보여 줍니다. 명령어와 옵션 이름은 그대로 둡니다.

agenda-program-type = { $type ->
    [presentation] 발표
    [discussion] 토론
    [recreation] 레크리에이션
    [joint_production] 공동 제작
   *[cultural_exchange] 문화 교류
}

agenda-step-roll-call = 출석 확인
agenda-step-roll-call-guidance = 모두 화상 회의에 들어오고, 각 교사가 출석과 카메라, 소리를 확인합니다.
agenda-step-introductions = 자기소개
agenda-step-introductions-guidance = 짧은 자기소개를 합니다. 학생이 할 수 있으면 상대 학급의 언어로 합니다.
agenda-step-group-rooms-guidance = 교사가 소회의실을 돌며 모두가 참여하도록 격려합니다.
agenda-step-wrap-up-guidance = 모두 메인 화면으로 돌아와 배운 점 한 가지, 감사 인사, 다음 계획을 나눕니다.
agenda-step-wrap-up = 메인 화면에서 마무리
agenda-step-presentations = 발표
agenda-step-presentations-guidance = 각 학급이 준비한 슬라이드로 주제에 대해 발표합니다.
agenda-step-group-rooms-questions = 소회의실: 질의응답
agenda-step-theme = 주제와 질문
agenda-step-theme-guidance = 주제와 토론할 질문을 소개합니다.
agenda-step-group-rooms-discussion = 소회의실: 토론
agenda-step-wrap-up-report = 마무리: 모둠별 발표
agenda-step-show-and-tell = 소개하기
agenda-step-show-and-tell-guidance = 우리 나라와 지역, 학교생활, 요즘 우리 소식을 소개합니다.
agenda-step-group-rooms-free-talk = 소회의실: 자유 대화
agenda-step-games = 게임과 퀴즈
agenda-step-games-guidance = 언어와 상관없이 누구나 참여할 수 있는 활동을 합니다.
agenda-step-group-rooms-team-games = 소회의실: 팀 게임
agenda-step-plan-work = 공동 작업 계획
agenda-step-plan-work-guidance = 목표(벽화, 웹사이트, 영상)와 역할을 정합니다.
agenda-step-group-rooms-create = 소회의실: 함께 만들기
agenda-step-wrap-up-result = 마무리: 결과 보여 주기
agenda-interpretation = { $role ->
    [first] 통역: { $name } 님이 두 학급에 인사하고 교사의 말을 통역합니다.
    [last] 통역: { $name } 님이 감사 인사와 다음 계획을 통역합니다.
    [group-rooms] 통역: { $name } 님이 통역이 가장 필요한 소회의실에 들어갑니다.
   *[between] 통역: { $name } 님이 두 학급 사이를 통역합니다.
}

agenda-steps-no-length = '{ $item }'에는 제목과 시간이 필요합니다. 예: '출석 확인 5', '퀴즈 20m'
agenda-steps-title-too-long = 단계 제목 '{ $start }…'이(가) { $limit }자를 넘습니다.
agenda-steps-length-unread = '{ $item }'은(는) 단계의 시간(분)으로 끝나야 합니다. 예: '퀴즈 20', '퀴즈 20m'
agenda-steps-no-time = '{ $item }'은(는) 시간이 0입니다. 모든 단계는 1분 이상이어야 합니다.
agenda-steps-none = 단계를 하나 이상 주세요. 예: '출석 확인 5; 활동 45; 마무리 10'
agenda-steps-too-many = 단계 { $count }개는 너무 많습니다. 진행표는 최대 { $limit }단계입니다.

agenda-no-such-session = 세션 #{ $session }이(가) 없습니다. `/exchange sessions`로 학교의 세션을 볼 수 있습니다.
agenda-which-session = 어느 세션입니까? 번호를 주세요. 예: `/exchange agenda show 3`
agenda-no-upcoming = { $school }에는 예정된 세션이 없습니다. `/exchange propose`로 예약할 시간을 제안받을 수 있습니다.
agenda-heading = 세션 #{ $session }의 진행표: { $pair }
agenda-new = 새 진행표: { $pair }
agenda-cancelled = 세션 #{ $session }이(가) 취소되어 이 진행표는 게시되지 않습니다. `/exchange propose`로 새 시간을 제안받을 수 있습니다.
agenda-cancelled-because = 세션 #{ $session }이(가) 취소되어({ $reason }) 이 진행표는 게시되지 않습니다. `/exchange propose`로 새 시간을 제안받을 수 있습니다.
agenda-custom-steps = 교사가 쓴 단계입니다. { $template } 템플릿에서 시작했습니다.
agenda-template-steps = { $template } 템플릿을 { $minutes }분에 맞춘 것입니다.
agenda-not-scheduled = 게시 예정이 없습니다(세션이 예약되지 않았거나 프로그램이 진행표 알림을 껐습니다).
agenda-posted = { $at }에 공동 채널에 게시했습니다.
agenda-to-be-posted = { $at }에 공동 채널에 게시됩니다.
agenda-nudges-and-steps = 단계 알림이 { $nudges ->
        [on] 켜져
       *[off] 꺼져
    } 있습니다(`/exchange agenda edit { $session } nudges={ $nudges ->
        [on] off
       *[off] on
    }`). 단계는 `/exchange agenda edit { $session } steps="출석 확인 5; …"`로 바꿀 수 있습니다.
agenda-nudges = 단계 알림: { $nudges ->
        [on] 켜짐
       *[off] 꺼짐
    }
agenda-saved = 저장했습니다. 두 학교 교사에게 알렸습니다.
agenda-changed = { $who }({ $school }) 님이 세션 #{ $session }의 진행표를 바꿨습니다.
agenda-edit-nothing = 바꿀 것이 없습니다. steps=…, template=…, nudges=on|off 중 하나를 주세요.
agenda-edit-steps-or-template = steps와 template 중 하나만 주세요. 템플릿은 단계를 대신합니다.
agenda-edit-not-yours = 두 학교의 교사만 이 진행표를 바꿀 수 있습니다.
agenda-edit-cancelled = 세션 #{ $session }은(는) 취소되었습니다.
agenda-edit-begun = 세션 #{ $session }은(는) 이미 시작되었습니다.
agenda-edit-posted = 세션 #{ $session }의 진행표는 이미 공동 채널에 게시되어({ $at }) 더는 바꿀 수 없습니다.
agenda-edit-steps-problem = steps 옵션: { $problem }
agenda-edit-steps-total = steps: 합계가 { $total }분이지만 세션 #{ $session }은(는) { $minutes }분입니다. 단계 하나를 { $difference }분 늘리거나 줄여 주세요.

agenda-templates-heading = 진행표 템플릿은 모두 수업 순서(출석 확인, 자기소개, 주요 활동, 소회의실, 마무리)를 따릅니다:
agenda-templates-row = • { $type } ({ $label }): { $titles }
agenda-templates-see-one = 시간을 맞춘 템플릿 보기: `/exchange agenda template discussion minutes=90`
agenda-template-heading = { $minutes }분짜리 { $label } 템플릿은 다음과 같습니다:
agenda-template-step = • { $offset } { $title } ({ $minutes }분): { $guidance }
agenda-template-use = 세션에 쓰기: `/exchange agenda edit <session> template={ $type }`

cmd-agenda = 세션의 당일 진행표
cmd-agenda-show = 세션의 당일 진행표를 보여 줍니다. 각 단계의 시작 시각을 두 시간대로 보여 줍니다.
cmd-agenda-show-opt-session = 세션 번호, 기본값: 다음 세션
cmd-agenda-edit = 당일 전에 세션의 진행표(직접 쓴 단계, 다른 템플릿, 단계 알림)를 바꿉니다.
cmd-agenda-edit-description = 두 학교의 교사만, 진행표가 게시되기 전까지 바꿀 수 있습니다. 두 학교 교사 모두에게 변경을 알립니다.
cmd-agenda-edit-opt-session = 세션 번호, 기본값: 다음 세션
cmd-agenda-edit-opt-steps = 단계와 시간(분), ;로 구분(합계가 세션 길이와 같아야 합니다)
cmd-agenda-edit-opt-template = 이 프로그램 유형의 템플릿으로 다시 시작
cmd-agenda-edit-opt-nudges = 각 단계의 시작을 공동 채널에 알림
cmd-agenda-template = 프로그램 유형별 당일 진행표 템플릿을 세션 길이에 맞춰 보여 줍니다.
cmd-agenda-template-opt-type = 프로그램 유형, 기본값: 모두 보기
cmd-agenda-template-opt-minutes = 세션 길이
