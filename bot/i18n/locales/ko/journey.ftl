## 교류의 단계 (bot/commands/stages.py, bot/schools/stages.py): 온라인 교류 → 방문 계획 →
## 방문 완료 → MOU 체결. $day와 $at은 읽는 사람의 방식으로 쓴 날짜와 시각입니다.

journey-stage-name = { $stage ->
        [online] 온라인 교류
        [visit-planned] 방문 계획
        [visited] 방문 완료
       *[mou-signed] MOU 체결
    }
journey-stage-backwards = 이 교류는 이미 '{ $stage }' 단계입니다. 단계는 앞으로만 나아가며(온라인 교류 → 방문 계획 → 방문 완료 → MOU 체결), 계획된 방문만 다시 계획할 수 있습니다. 아무것도 기록하지 않았습니다.
journey-stage-backwards-recorded = 이 교류는 이미 '{ $stage }' 단계입니다({ $recorded }). 단계는 앞으로만 나아가며(온라인 교류 → 방문 계획 → 방문 완료 → MOU 체결), 계획된 방문만 다시 계획할 수 있습니다. 아무것도 기록하지 않았습니다.
journey-recorded-by = { $at }에 { $by }님이 기록
journey-recorded-by-you = { $at }에 직접 기록
journey-visit-date-passed = 방문을 맞이하는 학교의 달력으로 오늘은 { $today }이므로 date={ $date }은(는) 이미 지났습니다. 방문을 계획한 날을 입력하거나, 이미 다녀온 방문은 `visited`로 기록해 주세요.
journey-date-to-come = 오늘은 { $today }이므로 date={ $date }은(는) 아직 오지 않았습니다. '{ $stage }'은(는) 그날이나 그 이후에 기록해 주세요.
journey-stage-told = { $person }: { $news }
journey-stage-recorded = 기록했습니다. { $news }
journey-recorded-already-done = { $at }에 이미 기록했습니다: { $news }
journey-recorded-already-by-you = { $at }에 이미 직접 기록했습니다: { $news } 다시 기록하지 않았습니다.
journey-recorded-already-by = { $at }에 { $by }님이 이미 기록했습니다: { $news } 다시 기록하지 않았습니다.
journey-not-your-partner = { $school }은(는) 우리 학교의 교류 상대가 아닙니다.
journey-name-your-partner = 자기 학교가 아니라 교류 상대 학교를 입력해 주세요.
journey-not-in-charge = 교류 단계는 두 학교의 교사와 프로그램 코디네이터만 바꿀 수 있습니다.
journey-not-partners = { $school }와(과) { $partner }은(는) 교류 상대가 아닙니다.
journey-which-pair = { $school }에는 교류 상대가 { $count }곳({ $partners }) 있습니다. school=…로 다른 한 학교를 입력해 주세요.
journey-which-pair-none = { $school }에는 교류 상대가 없습니다. school=…로 다른 한 학교를 입력해 주세요.
journey-host-only-for-visits = host는 방문에만 씁니다. '{ $stage }'에는 빼 주세요.
journey-host-needed = 방문에는 host가 필요합니다. 방문을 맞이하는 학교의 나라나 ID를 입력해 주세요(예: host={ $country }).
journey-host-not-in-pair = host={ $text }은(는) 이 두 학교 중 하나가 아닙니다. { $country } 또는 { $id }, { $partner_country } 또는 { $partner_id }을(를) 입력해 주세요.
journey-date-needed = '{ $stage }'에는 날짜가 필요합니다. date=YYYY-MM-DD를 입력해 주세요.
journey-news-visit-planned = { $school }와(과) { $partner }이(가) { $day }에 방문을 계획했습니다. 맞이하는 학교는 { $host }({ $country })입니다.
journey-news-visited = { $school }와(과) { $partner }이(가) { $day }에 직접 만났습니다. 맞이한 학교는 { $host }({ $country })입니다.
journey-news-signed = { $school }와(과) { $partner }이(가) { $day }에 협약(MOU)을 맺었습니다.

## 명령 선언 (도움말, Discord)
cmd-partnership-stage = 교류를 다음 단계(방문 계획, 방문 완료, MOU 체결)로 옮깁니다.
cmd-partnership-stage-description = 단계는 온라인 교류 → 오프라인 교류(어느 쪽이든 방문을 계획하고 다녀옴) → MOU 체결이라는 프로그램의 모델을 따릅니다. 단계를 건너뛸 수는 있지만(방문 없는 협약) 되돌아갈 수는 없으며, 계획된 방문은 다시 계획할 수 있습니다. 두 학교의 교사와 프로그램 코디네이터가 바꿀 수 있고, 두 학교와 공동 채널에 알립니다.
cmd-partnership-stage-opt-partner = 교류 상대 학교(코디네이터: 두 학교 중 어느 쪽이든)
cmd-partnership-stage-opt-stage = 두 학교가 도달한 단계
choice-visit-planned = 방문 계획
choice-visited = 방문 완료
choice-mou-signed = MOU 체결
cmd-partnership-stage-opt-date = 방문일 또는 체결일(visited의 기본값: 계획한 날)
cmd-partnership-stage-opt-host = 방문을 맞이하는 쪽: 나라(KR) 또는 두 학교 중 한 곳의 ID
cmd-partnership-stage-opt-school = 코디네이터: `partner`의 상대가 여럿일 때 두 학교 중 다른 한 곳
journey-stage-hint = { $next ->
        [visit-planned] 지금 교류는 '{ $stage }' 단계입니다. 방문 날짜가 정해지면 기록해 주세요: `{ $command } date=YYYY-MM-DD host=<방문을 맞는 학교의 나라>`.
        [visited] 지금 교류는 '{ $stage }' 단계입니다. 방문을 마치면 기록해 주세요: `{ $command }`.
       *[mou-signed] 지금 교류는 '{ $stage }' 단계입니다. 협약에 서명하면 기록해 주세요: `{ $command } date=YYYY-MM-DD`.
    }
