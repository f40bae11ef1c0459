## 수업 후 피드백과 코디네이터 보고서 (bot/commands/feedback.py, bot/feedback/*).
## 옵션 이름(rating=, went_well=), 선택지와 명령은 입력하는 그대로입니다.

feedback-tally = { $label } { $count }
feedback-step-online = 온라인 교류 한 번 더
feedback-step-visit = 방문 교류
feedback-step-agreement = 정식 협약(MOU)
feedback-step-none = 추가 교류 없음

feedback-reason-when-held = reason은 진행되지 않은 수업에만 씁니다. status=held일 때는 빼 주세요(의견은 went_well과 improve에 적어 주세요).
feedback-rating-when-not-held = rating은 진행된 수업에만 씁니다. 이 수업은 { $status } 상태이므로 rating은 빼고 reason을 적어 주세요.
feedback-rating-needed = 수업이 진행되었으면 rating이 필요합니다. rating=1부터 5까지 적어 주세요 (1 = 잘 안 됨, 5 = 매우 좋음)
feedback-reason-needed = 수업이 { $status } 상태이면 reason이 필요합니다. 이유를 짧게 적어 주세요. 예: reason="폭설로 휴교"
feedback-none-alone = { $option }: 'none'은 다른 값과 함께 쓸 수 없습니다. 'none'만 적어 주세요.
feedback-program-is-a-term = '{ $text }'은(는) 학기이며 프로그램 이름이 아닙니다

feedback-answer-rated = { $school } · { $teacher } — 평점 { $rating }/5
feedback-answer-not-held = { $school } · { $teacher } — { $status }: { $reason }
feedback-answer-went-well = {"    "}좋았던 점: { $text }
feedback-answer-improve = {"    "}개선할 점: { $text }
feedback-answer-lists = {"    "}기술 문제: { $problems } · 다음 단계: { $steps }
feedback-answer-not-said = 응답 없음

feedback-unchanged =
    { $partner }와(과)의 수업 #{ $session }에 대한 피드백이 입력하신 그대로 저장되어 있어 바뀐 것이 없습니다.
    { $answer }
feedback-saved =
    감사합니다! { $partner }와(과)의 수업 #{ $session }에 대한 피드백을 저장했습니다.
        { $when }
    { $answer }
feedback-updated =
    { $partner }와(과)의 수업 #{ $session }에 대한 피드백을 수정했습니다.
        { $when }
    { $answer }
feedback-not-answered-yet = 아직 { $missing ->
        [problems] problems
        [continue_with] continue_with
       *[both] problems와 continue_with
    }에 답하지 않았습니다. `{ $command }`(으)로 추가해 주세요(빼 둔 항목은 그대로 유지됩니다).
feedback-editable-until = { $term } 학기 보고서가 마감될 때까지 수정할 수 있습니다.
feedback-never-confirmed = 수업 #{ $session }은(는) 확정되지 않았으므로({ $when }) 피드백을 남길 수 없습니다.
feedback-session-cancelled = 수업 #{ $session }은(는) 진행 전에 취소되었으며, 보고서에 이미 취소로 집계되어 있습니다.
feedback-not-begun = 수업 #{ $session }은(는) 아직 시작하지 않았습니다: { $when }. 수업이 끝나면 피드백을 요청드리겠습니다.
feedback-term-closed = { $term } 학기 보고서는 { $day }에 { $closer }님이 마감했으므로, 수업 #{ $session }에 대한 피드백은 더 이상 남기거나 수정할 수 없습니다.

feedback-impression-elsewhere = 수업 #{ $session }의 소감은 그 짝 학교의 공동 채널에서 나눕니다. 그 채널에서 명령을 입력해 주세요.
feedback-impressions-off = { $program }에서는 학생 소감을 받지 않습니다.
feedback-impression-saved = 감사합니다! 소감을 이름 없이 저장했습니다. 두 학교의 선생님들이 읽게 됩니다.

feedback-session-or-partner = 수업과 상대 학교 중 하나만 지정해 주세요.
feedback-summary-none = 아직 진행된 수업이 없어 읽을 피드백이 없습니다.
feedback-summary-which = `/exchange feedback summary 12`처럼 수업을, 또는 `partner=<school>`처럼 학교를 지정해 주세요. 프로그램 전체는 `/exchange report`로 볼 수 있습니다.
feedback-not-visible = 피드백은 수업을 한 두 학교의 교사와 그 프로그램의 코디네이터만 볼 수 있습니다.
feedback-not-yours = 수업 #{ $session }의 피드백을 읽을 수 없습니다. 피드백은 수업을 한 두 학교의 교사와 그 프로그램의 코디네이터만 볼 수 있습니다.
feedback-summary-title = 수업 #{ $session } · { $school } – { $partner } · { $outcome ->
        [held] 진행됨
        [postponed] 연기됨
        [cancelled] 취소됨
       *[unanswered] 응답 없음
    }
feedback-summary-no-answer = { $school }: 아직 응답 없음
feedback-summary-students = 학생 소감({ $count }): { $impressions }

feedback-close-unnamed = 이름이 있는 학기만 마감할 수 있습니다. 예: 2027-1(3–8월), 2027-2(9–2월)
feedback-closed-by-you = { $day }에 { $program }의 { $term } 학기를 마감하셨습니다. 그 학기 수업에 대한 응답은 확정되었습니다.
feedback-closed-already = { $program }의 { $term } 학기는 이미 { $day }에 { $closer }님이 마감했습니다.
feedback-closed = { $program }의 { $term } 학기를 마감했습니다. 그 학기 수업에 대한 응답은 더 이상 남기거나 수정할 수 없으며, 독려 메시지도 보내지 않습니다.
feedback-impressions-asked = { $program }은(는) 수업이 끝날 때마다 공동 채널에 학생 소감을 요청합니다.
feedback-impressions-not-asked = { $program }은(는) 이제 공동 채널에 학생 소감을 요청하지 않습니다.
feedback-settings-unchanged = { $settings } 바뀐 것은 없습니다.

## 수업이 끝나면 피드백 요청 (bot/feedback/requests.py)

feedback-give-button = 피드백 남기기
feedback-request =
    { $partner }와(과)의 수업 #{ $session }이(가) 끝났습니다. 어떠셨습니까?
        { $when }
    수업이 진행되었는지(held, postponed, cancelled와 그 이유), 1부터 5까지의 평점, 좋았던 점, 개선할 점, 기술 문제(audio, video, connection, interpretation), 그리고 교류를 이어 가고 싶은지(온라인 교류 한 번 더, 방문 교류, 정식 협약) 알려 주세요.
    2분이면 됩니다. 버튼을 누르거나 `/exchange feedback submit session={ $session } status=held rating=4 went_well="…" continue_with=visit`을(를) 입력해 주세요.
feedback-impressions-prompt = 수업 #{ $session }이(가) 끝났습니다({ $when }). 모두 수고하셨습니다! 학생 여러분, 어땠습니까? 이름 없이 한 줄로 소감을 남겨 주세요(이름은 저장되지 않습니다): `/exchange feedback impression { $session } "…이(가) 재미있었어요"`
feedback-nudge =
    알림: { $school }은(는) { $partner }와(과)의 수업 #{ $session }에 대한 피드백을 아직 남기지 않았습니다.
        { $when }
    지금 2분만 내 주시면 코디네이터가 다음 단계(온라인 교류 한 번 더, 방문, 협약)를 계획하는 데 도움이 됩니다.
feedback-overdue =
    { $school }이(가) { $partner }와(과)의 수업 #{ $session }에 대한 피드백을 남기지 않았습니다: { $so_far }
        { $when }
    { $teachers } 위험한 짝 학교는 `/exchange report`에서 모두 볼 수 있습니다.
feedback-overdue-teachers = 교사는 { $teachers }입니다.
feedback-overdue-no-teachers = 등록된 교사가 없습니다.
feedback-asked-not-reminded = { $asked }에 요청했고 아직 다시 알리지 않았습니다.
feedback-asked-no-teacher = { $asked }에 요청했지만, 요청하거나 알릴 교사가 봇에 없습니다.
feedback-asked-and-reminded = { $asked }에 요청했고 { $reminded }에 다시 알렸습니다. 교사마다 한 번씩, 알림 { $count }건을 보냈습니다.

## 코디네이터 보고서 (bot/feedback/program_report.py와 그 부분들)

report-title = 피드백 보고서 · { $program } · 학기 { $term }
report-term-named = { $term } ({ $first } – { $last })
report-term-range = { $first } – { $last }
report-term-all = 전체(모든 학기)
report-state-closed = { $day }에 { $closer }님이 마감했습니다. 확정되었습니다.
report-state-range = 사용자 지정 기간입니다. 응답은 각자의 학기가 마감될 때까지 수정할 수 있습니다.
report-state-open = 진행 중입니다. 교사들이 아직 응답하고 수정할 수 있습니다. 마감하려면 `/exchange feedback close { $term }`을(를) 입력해 주세요.
report-sessions = 끝났거나 취소된 수업: { $sessions } — 진행 { $held } · 연기 { $postponed } · 취소 { $cancelled } · 아직 응답 없음 { $unanswered }
report-response-rate = 응답률: { $rate } (학교 { $asked }곳 중 { $answered }곳 응답, 교사 응답 { $answers }건)
report-ratings = 평점: 평균 { $mean }/5, 평점 { $count }건 · { $spread }
report-problems = 기술 문제: { $problems }
report-problems-none = 기술 문제: 보고 없음
report-next-steps = 이어 가고 싶은 교류: { $steps }
report-both-want = 두 학교 모두 { $step }을(를) 원함: { $pairs }
report-funnel-heading = 각 짝 학교의 12월 31일 기준 최신 단계를 연도별로 보면 다음과 같습니다:
report-funnel-year = {"  "}{ $year }년: { $stages }
report-stage-online = 온라인 교류
report-stage-visit-planned = 방문 예정
report-stage-visited = 방문 완료
report-stage-mou-signed = MOU 체결
report-stage-more-online = 온라인 교류 계속
report-continuing-heading = 두 학교 모두 교류를 이어 가고 싶어 하는 짝은 다음과 같습니다({ $count }):
report-continuing-pair = {"  "}{ $pair }: 현재 { $stage }, 다음: { $next }
report-series-heading = 연속 수업은 다음과 같습니다({ $count }):
report-series-line = {"  "}{ $pair }, 연속 수업 #{ $series } { $cadence }: 수업 { $occurrences }회 — 진행 { $held } · 이동 { $moved } · 건너뜀 { $skipped } · 취소 { $cancelled } · 예정 { $to_come }; 방과 후 수업 { $city } { $total }회 중 { $count }회, { $other_city } { $total }회 중 { $other_count }회
report-cadence-weekly = 매주
report-cadence-every-2-weeks = 2주마다
report-cadence-every-3-weeks = 3주마다
report-cadence-every-4-weeks = 4주마다
report-cadence-monthly = 매달 같은 주의 같은 요일
report-activities-none = 비실시간 교류 활동: 없음
report-activities = 비실시간 교류 활동: { $count } — { $standings }
report-activities-waiting = 확정 대기
report-activities-under-way = 진행 중
report-activities-overdue = 기한 지남
report-activities-done = 완료
report-activities-cancelled = 취소
report-activity-overdue = {"  "}기한 지남: { $pair }, { $kind } #{ $activity }: { $school }의 { $step }, 기한 { $due }
report-kind-video-letter = 영상 편지 교류
report-kind-shared-board = 공유 게시판
report-kind-letters = 손편지 교류
report-kind-culture-box = 문화 상자 교류
report-at-risk-heading = 위험한 짝은 다음과 같습니다({ $count }):
report-pair-at-risk = {"  "}{ $pair }: { $risks }
report-at-risk-none = 위험한 짝: 없음
report-risk-low-rating = { $school }의 평점 { $rating }/5 (수업 { $session })
report-risk-not-held = 수업 { $session } { $outcome ->
        [postponed] 연기됨
       *[cancelled] 취소됨
    }
report-risk-not-held-because = 수업 { $session } { $outcome ->
        [postponed] 연기됨
       *[cancelled] 취소됨
    }: { $reasons }
report-risk-no-practice = 수업 { $session } 전에 사전 연습 알림이 나가지 않음
report-risk-no-answer = { $school }이(가) 수업 { $session }에 대해 일주일이 지나도록 응답하지 않음
report-risk-idle = 학기 중 6주(수업일 기준) 동안 수업도 활동도 없음({ $since }부터)

report-attached = 첨부: 평점 차트(PNG)와 모든 응답(CSV)
report-attached-activities = 첨부: 평점 차트(PNG), 모든 응답(CSV), 학기 활동의 모든 단계(CSV)
report-csv-title = 모든 교사 응답
report-activities-csv-title = 학기 활동의 모든 단계
report-chart-title = 평점 · { $program } · { $term }
report-chart-description = 평점 추이
report-chart-rating-axis = 평점(1–5)
report-chart-answers = 응답(×n: 그날 n명이 같은 평점)
report-chart-weekly-mean = 주간 평균
report-chart-week-axis = 수업 주(월요일)
report-chart-no-ratings = 아직 평점 없음
report-neither-program-nor-term = { $refusal } '{ $text }'은(는) 학기도 아닙니다. { $accepted } 형식으로 적어 주세요.

## jointclass report (bot/cli/report.py)

report-cli-no-program = jointclass report: '{ $name }'(이)라는 프로그램이 없습니다(있는 프로그램: { $programs })
report-cli-no-program-yet = jointclass report: '{ $name }'(이)라는 프로그램이 없습니다(아직 프로그램이 없습니다)
report-cli-bad-term = jointclass report: --term 값을 읽을 수 없습니다. { $problem }
report-cli-cannot-write = jointclass report: { $path }에 쓸 수 없습니다. { $error }
report-cli-wrote-answers = 응답 { $count }건을 { $path }에 저장했습니다.
report-cli-wrote-steps = 활동 단계 { $count }개를 { $path }에 저장했습니다.

## 명령 설명 (help, Discord)

cmd-feedback = 피드백 명령: assistance, close, impression, settings, submit, summary
cmd-feedback-submit = 수업에 대한 피드백을 남기거나 수정합니다. 진행 여부, 수업이 어땠는지, 다음 단계를 적습니다.
cmd-feedback-submit-description = 교사 한 명이 수업마다 하나의 응답을 남깁니다. 다시 제출하면 응답이 바뀌고, 빼 둔 옵션은 이전 값을 유지합니다. 코디네이터가 학기 보고서를 마감할 때까지 수정할 수 있습니다.
cmd-feedback-submit-form = 수업 피드백
cmd-feedback-submit-opt-session = 수업 번호(#12이면 12)
cmd-feedback-submit-opt-status = 수업이 진행되었습니까? (기본값: 이전 응답, 없으면 held)
cmd-feedback-submit-opt-reason = 진행되지 않은 이유(postponed나 cancelled일 때 필요)
cmd-feedback-submit-opt-rating = 수업이 어땠는지 1(잘 안 됨)부터 5(매우 좋음)까지, held일 때 필요
cmd-feedback-submit-opt-went_well = 좋았던 점
cmd-feedback-submit-opt-improve = 다음에 개선할 점
cmd-feedback-submit-opt-problems = 기술 문제, 없으면 none
cmd-feedback-submit-opt-continue_with = 다음에 원하는 것: 온라인 교류 한 번 더, 방문 교류, 정식 협약, 또는 none
cmd-feedback-impression = 수업에 대한 학생의 한 줄 소감을 이름 없이 나눕니다.
cmd-feedback-impression-description = 짝 학교의 공동 채널에서 입력합니다(교사가 학생들의 말을 대신 입력해도 됩니다). 이름이나 사용자 ID는 함께 저장되지 않습니다.
cmd-feedback-impression-opt-session = 수업 번호(#12이면 12)
cmd-feedback-impression-opt-text = 한 줄: 좋았던 것, 배운 것, 느낀 것
cmd-feedback-summary = 한 수업, 또는 한 상대 학교와의 모든 수업에 대한 피드백을 읽습니다.
cmd-feedback-summary-description = 수업을 한 두 학교의 교사와 프로그램 코디네이터만 볼 수 있습니다. 옵션이 없으면 내 학교의 최근 수업 10개를 보여 줍니다.
cmd-feedback-summary-opt-session = 수업 번호 하나
cmd-feedback-summary-opt-partner = 이 상대 학교와의 모든 수업(코디네이터: 이 학교의 모든 수업)
cmd-feedback-close = 학기 보고서를 마감합니다. 그 뒤로는 그 학기 수업에 대한 응답이 확정됩니다.
cmd-feedback-close-opt-term = 마감할 학기 이름, 예: 2027-1
cmd-feedback-close-opt-program = 프로그램 이름(기본값: 현재 프로그램, `/exchange coordinator use`)
cmd-feedback-settings = 공동 채널에 학생들의 익명 소감을 요청할지 고릅니다.
cmd-feedback-settings-opt-student_prompt = on: 수업이 끝날 때마다 공동 채널에 한 줄 소감을 요청함, off: 요청하지 않음
cmd-feedback-settings-opt-program = 프로그램 이름(기본값: 현재 프로그램, `/exchange coordinator use`)
cmd-report = 학기별 프로그램 피드백 보고서: 수치, 위험한 짝, 차트, CSV
cmd-report-description = 둘 다 생략할 수 있습니다. `/exchange report 2027-1`은 내 프로그램의 한 학기를 보여 줍니다.
cmd-report-opt-program = 프로그램 이름(기본값: 현재 프로그램, `/exchange coordinator use`)
cmd-report-opt-term = 학기(기본값: 현재 학기)
value-program-accepted = 프로그램 이름
choice-held = 진행됨
choice-postponed = 연기됨
choice-audio = 오디오
choice-video = 영상
choice-connection = 연결
choice-interpretation = 통역
choice-none = 없음
choice-online = 온라인 교류
choice-visit = 방문
choice-agreement = 협약
