## 알림(bot/reminders/, bot/commands/reminders.py). 명령어와 옵션 이름은 그대로 둡니다.

reminder-text = { $text }
reminder-list = { $first }, { $rest }
reminder-item = • { $item }

reminder-kind = { $kind ->
    [lead] 사전 준비 알림(주제, 프로그램 유형, 코디네이터, 통역)
    [preliminary] 상대 교사와의 사전 협의
    [practice] 기기·연결 점검과 리허설
    [day_before] 전날 체크리스트
    [agenda] 당일 진행표
    [step] 단계 알림
   *[end] 교류 종료: 피드백 요청
}
reminder-kind-step = 단계 알림: { $title }

reminder-audience-teachers = { $school } 교사
reminder-audience-assistant = 세션 보조 인력
reminder-audience-coordinators = { $program } 코디네이터
reminder-audience-channel = 공동 채널
reminder-audience-both-schools = 두 학교 교사(연결된 공동 채널 없음)
reminder-audience-no-channel = 공동 채널(아직 연결되지 않음)

reminder-until = { $unit ->
    [months] { $count }개월 후
    [weeks] { $count }주 후
    [tomorrow] 내일
    [days] { $count }일 후
    [hours] { $count }시간 후
    [hours-minutes] { $count }시간 { $minutes }분 후
    [minutes] { $minutes }분 후
   *[now] 지금
}

reminder-when = 일시: { $span }
reminder-details = { $links ->
    [video] { $type } · 주제: { $topic } · 화상 회의: { $video }
    [agenda] { $type } · 주제: { $topic } · 진행표: { $agenda }
    [videoagenda] { $type } · 주제: { $topic } · 화상 회의: { $video } · 진행표: { $agenda }
   *[none] { $type } · 주제: { $topic }
}
reminder-topic-to-be-agreed = 협의 예정
reminder-topic-not-agreed = 아직 정하지 않음

reminder-head = 온라인 교류 { $pair }(세션 #{ $session })이(가) { $until } 열립니다. { $kind ->
    [lead] 준비를 시작할 때입니다.
    [preliminary] 상대 교사와 사전 협의를 할 때입니다.
    [practice] 기기를 점검하고 리허설을 할 때입니다.
   *[day_before] 체크리스트를 확인해 주세요.
}
reminder-coordinators-head = { $program }: 온라인 교류 { $pair }(세션 #{ $session })이(가) { $until } 열립니다. 교사들에게 다음을 요청했습니다:
reminder-lead-confirm = 두 교사가 주제({ $topic })와 프로그램 유형({ $type })을 확정해 주세요.
reminder-lead-tell-coordinator = 프로그램 코디네이터({ $program })에게 계획을 알려 주세요.
reminder-lead-interpreter = 통역이 필요하면 원격 수업 보조 인력을 요청해 주세요: `/exchange assist { $session }`.
reminder-preliminary-meeting = 두 교사가 이메일보다 화상 회의로(필요하면 통역과 함께) 사전 협의를 해 주세요. 프로그램, 역할, 사용할 도구를 정해 주세요.
reminder-preliminary-no-times = 메시지로 시간을 정해 주세요. `/exchange propose duration=30`은 두 학교가 모두 가능한 시간을 보여 줍니다.
reminder-preliminary-times = 두 학교가 모두 가능한 { $minutes }분 협의 시간은 다음과 같습니다: { $times }.
reminder-practice-devices = 기기를 점검해 주세요. 모둠 수만큼 충분한지, 카메라, 마이크, 스피커를 확인해 주세요.
reminder-practice-connection = 사용할 교실의 연결(Wi-Fi)과 화상 회의를 점검해 주세요: { $link }.
reminder-practice-connection-no-link = 사용할 교실의 연결(Wi-Fi)과 화상 회의를 점검해 주세요. 아직 링크가 없으니 지금 정해 주세요.
reminder-practice-run = 상대 교사와 같은 도구로 소회의실까지 포함해 리허설을 해 주세요.
reminder-video-link = 화상 회의: { $link }
reminder-video-link-none = 아직 화상 회의 링크가 없습니다. 오늘 정해 주세요.
reminder-day-before-agenda = 진행표: { $titles } (`/exchange agenda show { $session }`)
reminder-day-before-devices = 기기를 충전하고 연결해 두고, 교실을 준비하고, 학생들에게 계획을 알려 주세요.
reminder-day-before-interpreter = 통역이나 원격 수업 보조 인력이 있다면 확정해 주세요.
reminder-day-before-roles = 역할을 정해 주세요. 출석 확인, 소회의실 열기, 시간 관리를 누가 맡는지 정해 주세요.

reminder-assistant-head = 통역({ $languages })을 맡으신 온라인 교류 { $pair }(세션 #{ $session })이(가) { $until } 열립니다. { $kind ->
    [practice] 교사들과 리허설을 할 때입니다.
   *[day_before] 체크리스트를 확인해 주세요.
}
reminder-assistant-practice-run = 같은 화상 도구로 교사들의 리허설에 소회의실까지 포함해 참여해 주세요: { $link }.
reminder-assistant-practice-run-no-link = 같은 화상 도구로 교사들의 리허설에 소회의실까지 포함해 참여해 주세요. 링크는 교사들이 알려 줄 것입니다.
reminder-assistant-headset = 통역할 곳에서 헤드셋, 마이크, 연결을 점검해 주세요.
reminder-assistant-key-words = 교사들에게 주제의 핵심 낱말을 두 언어로 알려 달라고 요청해 주세요.
reminder-assistant-video-link-none = 아직 화상 회의 링크가 없습니다. 교사들에게 요청해 주세요.
reminder-assistant-agenda = 진행표: { $titles }. 내일 진행표 메시지에 단계별로 맡으실 일이 나옵니다.
reminder-assistant-names-ready = 두 학교의 이름과 주제의 핵심 낱말을 두 언어로 준비해 주세요.

reminder-agenda-today = 오늘의 진행표: { $pair }
reminder-agenda-button = 진행표
reminder-agenda-assistant = 원격 수업 보조 인력: { $name }, 통역 { $languages }
reminder-agenda-step = { $number }. { $start } — { $title } ({ $minutes }분)
reminder-agenda-step-guidance = {"   "}{ $guidance }
reminder-step-now = 지금: { $title } ({ $minutes }분, { $end }까지)
reminder-step-guidance = { $guidance }
reminder-step-next = 다음: { $title }
reminder-delayed = 지연됨: 이 알림은 { $due }에 보낼 예정이었지만 그때 봇이 실행 중이 아니었습니다.
reminder-ended = 온라인 교류 { $pair }이(가) 끝났습니다({ $span }). 어떠셨습니까? 곧 짧은 피드백 요청을 보내 드립니다.

reminder-skipped-head = 봇이 실행되지 않는 동안 알림 { $count }건의 시간이 지나 쓸모가 없어졌으므로 보내지 않았습니다:
reminder-skipped-row = • 세션 #{ $session } ({ $pair }, { $span }): { $kind }, 예정 { $due }, 대상 { $audiences }

reminder-missed-head = 교류가 { $until } 열리므로 프로그램이 권하는 준비 중 일부는 이미 시기가 지났습니다(그 알림은 늦게 보내지 않습니다). 지금 챙겨 주세요:
reminder-missed-kind = { $kind ->
    [lead] 사전 준비 알림(주제, 프로그램 유형, 코디네이터, 통역)
    [preliminary] 상대 교사와의 사전 협의
    [practice] 기기·연결 점검과 리허설
   *[day_before] 전날 체크리스트
} (예정: { $due })
reminder-missed-item = {"  "}• { $item }
reminder-moved-head = 학교가 쉬는 날에 걸리는 알림은 그 전의 수업일 같은 시각에 보냅니다:
reminder-moved-row = {"  "}• { $kind }, 대상 { $audience }: { $due } ({ $city }에서 { $day }은(는) { $closure })

reminder-deadline = 알림: { $activity }의 단계 { $step } 마감이 { $days ->
        [0] 오늘입니다
        [1] 내일입니다
       *[other] { $days }일 남았습니다
    }. 할 일: { $task }, { $due }.
    끝나면 입력해 주세요: `{ $done }`.
reminder-deadline-moved = 단계 { $step }의 { $lead ->
        [week] 일주일 전
       *[day] 하루 전
    } 알림은 { $due }에 보냅니다. { $city }에서 { $day }은(는) { $closure }이기 때문입니다.

reminder-list-none = 예정된 알림이 없습니다. 세션의 알림은 예약될 때(`/exchange confirm`) 계획됩니다.
reminder-list-heading = 예정된 알림({ $shown ->
        [all] 전체 { $total }건
       *[part] { $total }건 중 { $first }–{ $last }
    })입니다:
reminder-list-row = • { $due } — { $kind } → { $audiences } · 세션 #{ $session }, { $pair }
reminder-list-row-retrying = { $row } (재시도 중, 오류: { $error })

reminder-lead-times =
    { $program }의 알림 시기는 다음과 같습니다:
    { $times }
reminder-lead-times-unchanged =
    { $program }의 알림 시기는 이미 이대로이므로 바꾼 것이 없습니다:
    { $times }
reminder-lead-times-saved =
    { $program }의 알림 시기를 저장했습니다:
    { $times }
    예약된 세션 { $replanned }건의 알림을 다시 계획했습니다.
reminder-lead-times-agenda-too-early = agenda={ $agenda }은(는) 당일이 아닙니다. 24h 이하로 주세요(예: 60m, 2h).
reminder-lead-time-off = • { $name }={ $value }: 끔
reminder-lead-time = • { $name }={ $value }: { $name ->
        [lead] 세션 { $amount } 전: 주제와 유형 확정, 코디네이터에게 알리기, 통역
        [preliminary] { $amount } 전: 두 교사의 사전 협의
        [practice] { $amount } 전: 기기·연결 점검, 리허설
        [day_before] { $amount } 전: 체크리스트
       *[agenda] 당일 시작 { $amount } 전: 공동 채널에 진행표
    }
reminder-amount = { $unit ->
    [months] { $count }개월
    [weeks] { $count }주
    [days] { $count }일
    [hours] { $count }시간
   *[minutes] { $count }분
}

cmd-reminders = 내 세션(코디네이터는 내 프로그램)의 예정된 알림을 보여 줍니다.
cmd-reminders-description = 알림마다 보내는 시각을 두 학교의 시간대로, 받는 사람과 함께 보여 줍니다. 교사는 자기 학교의 세션을, 코디네이터는 프로그램의 세션을 봅니다. 한 페이지에 20건씩 보여 주며, 다음 버튼(또는 `page=`)으로 다음 알림을 볼 수 있습니다.
cmd-reminders-opt-session = 이 세션의 알림만
cmd-reminders-opt-page = 보여 줄 목록 페이지
cmd-coordinator-lead-times = 각 알림을 세션 얼마 전에 보낼지 보여 주거나 바꿉니다.
cmd-coordinator-lead-times-description = 개월, 주, 일은 세션의 현지 시각을 기준으로 각 학교의 달력에서 셉니다(16:00 수업의 3mo 전은 서머타임과 상관없이 석 달 전 16:00입니다). 시간과 분은 경과 시간입니다. `off`는 알림을 끕니다. 프로그램의 예약된 세션은 곧바로 다시 계획됩니다.
cmd-coordinator-lead-times-opt-lead = 세션 얼마 전: 주제와 유형 확정, 코디네이터에게 알리기, 통역
cmd-coordinator-lead-times-opt-preliminary = 얼마 전: 두 교사의 사전 협의
cmd-coordinator-lead-times-opt-practice = 얼마 전: 기기·연결 점검, 리허설
cmd-coordinator-lead-times-opt-day_before = 얼마 전: 체크리스트
cmd-coordinator-lead-times-opt-agenda = 당일 시작 얼마 전: 공동 채널에 진행표
cmd-coordinator-lead-times-opt-program = 프로그램 이름, 기본값: 현재 프로그램(`/exchange coordinator use`)

reminder-clock-time = { $day } { $time } (UTC)
reminder-clock-stop = [시계] { $time }
reminder-clock-moved = 시계를 { $time }(으)로 옮겼습니다.
reminder-clock-backwards = 데모 시계는 앞으로만 갑니다. 지금은 { $time }입니다.
reminder-clock-how-much = 얼마나 앞으로 옮깁니까? `/clock`으로 시각을 보고, `/clock advance 30d`(mo, w, d, h, m)나 `/clock to 2027-04-01T09:00Z`로 옮겨 주세요.
reminder-clock-unknown = 알 수 없는 시계 명령 '{ $verb }'입니다. `/clock`으로 시각을 보고, `/clock advance 30d`(mo, w, d, h, m)나 `/clock to 2027-04-01T09:00Z`로 옮겨 주세요.
reminder-clock-problem = { $problem }. `/clock`으로 시각을 보고, `/clock advance 30d`(mo, w, d, h, m)나 `/clock to 2027-04-01T09:00Z`로 옮겨 주세요.
reminder-clock-not-an-instant = '{ $text }'은(는) 시각이 아닙니다. 2027-01-11T09:00Z나 2027-01-11T18:00+09:00처럼 써 주세요.
reminder-clock-no-zone = '{ $text }'에 시간대가 없습니다. Z(UTC)나 +09:00 같은 오프셋으로 끝내 주세요.
