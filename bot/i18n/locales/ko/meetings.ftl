## 두 시간대의 교류 시간: propose, book, confirm, sessions, reschedule, cancel, ics, time, overlap
## (bot/commands/meetings.py, bot/sessions/*). 명령과 옵션 이름은 입력하는 그대로 둡니다.

## 세션 표시 (bot/sessions/session_text.py)

meetings-program-type = { $type ->
        [presentation] 발표
        [discussion] 토론
        [recreation] 레크리에이션
        [joint_production] 공동 제작
       *[cultural_exchange] 문화 교류
    }
meetings-status-waiting-for-partner = 대기 중: { $partner }의 확정을 기다리는 중
meetings-status-waiting-for-you = 대기 중: 내 확정을 기다리는 중 (/exchange confirm { $id })
meetings-status-cancelled = 취소됨
meetings-status-cancelled-because = 취소됨 ({ $reason })
meetings-status-booked = 예약 확정
meetings-topic-to-be-agreed = 협의 예정
meetings-details = { $type } · 주제: { $topic }
meetings-details-video = { $type } · 주제: { $topic } · 화상 회의: { $video }
meetings-details-agenda = { $type } · 주제: { $topic } · 진행안: { $agenda }
meetings-details-video-agenda = { $type } · 주제: { $topic } · 화상 회의: { $video } · 진행안: { $agenda }
meetings-after-school-in = ({ $city }은(는) 방과 후)
meetings-after-school-in-both = ({ $city }, { $other_city } 모두 방과 후)
meetings-time = { $time }
meetings-time-after-school = { $time } { $after_school }
meetings-session-head = #{ $id } { $partner }와(과)의 세션 — { $status }
meetings-session =
    { $head }
    { $body }

## 예약, 확정, 변경, 취소 (bot/sessions/booking.py)

meetings-no-such-session = { $school }에는 #{ $id } 세션이 없습니다. `/exchange sessions`로 세션 목록을 볼 수 있습니다.
meetings-confirm-button = #{ $id } 확정
meetings-proposed-notice =
    { $who }({ $school }) 님이 온라인 교류를 제안했습니다:
    { $session }
meetings-confirm-own-proposal = #{ $id } 세션은 { $school }에서 제안했으므로 { $partner }의 교사가 확정합니다. 확정을 요청해 두었습니다.
meetings-label-session = #{ $id } 세션
meetings-booked-notice =
    { $who }({ $school }) 님이 확정했습니다. 교류가 예약되었습니다.
    { $session }
    캘린더 초대장: /exchange ics { $id }{ $notes }
meetings-already-at-that-time =
    #{ $id } 세션은 이미 그 시간입니다. 바뀐 것이 없습니다.
    { $session }
meetings-moved-notice =
    { $who }({ $school }) 님이 #{ $id } 세션을 옮겼습니다. 원래 시간은 { $before }였습니다.
    { $session }{ $hint }
meetings-updated-invite-hint = 새 캘린더 초대장: /exchange ics { $id }
meetings-cancel-past = #{ $id } 세션은 이미 끝났습니다. 취소할 것이 없습니다.
meetings-cancelled-notice = { $who }({ $school }) 님이 { $partner }와(과)의 #{ $id } 세션을 취소했습니다. 시간: { $time }{ $more }
meetings-cancel-reason = 사유: { $reason }
meetings-calendar-cancellation = 캘린더 취소 파일: /exchange ics { $id }{ $rest ->
        [yes] {" "}rest=yes
       *[no] {""}
    }
meetings-cancelled-by-you-already = { $at }에 { $partner }와(과)의 #{ $id } 세션을 취소하셨습니다. { $partner }에 알렸습니다.
meetings-cancelled-already = #{ $id } 세션은 { $at }에 { $by } 이미 취소했습니다.
meetings-was-cancelled = #{ $id } 세션은 { $at }에 { $by } 취소했으므로 { $undone ->
        [confirmed] 확정되지
        [moved] 옮겨지지
       *[cancelled] 취소되지
    } 않았습니다. `/exchange propose`로 새 시간을 제안하고 예약해 주세요.
meetings-by-you = 내가
meetings-by-school = { $school }에서
meetings-by-a-teacher = 한 교사가
meetings-confirmed-by-you-already =
    { $at }에 #{ $id } 세션을 확정하셨습니다. 예약되었고 두 학교 모두에 알렸습니다.
    { $session }
meetings-confirmed-already = #{ $id } 세션은 { $at }에 { $by } 이미 확정했습니다. 예약된 시간은 { $time }입니다.
meetings-begun = { $verb ->
        [reschedule] #{ $id } 세션은 이미 시작되어 옮기기에는 늦었습니다. 세션이 열리지 않았다면 연기로 보고한 뒤(`/exchange feedback submit session={ $id } status=postponed reason=…`) 다시 일정을 잡아 주세요.
        [cancel] #{ $id } 세션은 이미 시작되어 취소하기에는 늦었습니다.
       *[confirm] #{ $id } 세션은 이미 시작되어 확정하기에는 늦었습니다.
    }
meetings-time-begun = { $label }({ $time })은(는) 이미 시작되었습니다. 더 뒤의 시간으로 다시 제안해 주세요.
meetings-time-does-not-work = { $label }({ $time })은(는) 맞지 않습니다. { $why }
meetings-refusal-off-grid = 교류는 15분 단위(UTC :00, :15, :30, :45)에 시작합니다.
meetings-refusal-closed = { $school }은(는) { $day }에 쉽니다({ $closure }). `/exchange propose`가 가능한 시간을 제안합니다.
meetings-refusal-outside-hours = { $school }의 시간(수업 { $class_hours }, 현지 시각) 밖입니다. `/exchange propose`가 두 학교 시간 안의 시간을 제안합니다.
meetings-refusal-outside-hours-after-school = { $school }의 시간(수업 { $class_hours }, 방과 후 { $after_school_hours }, 현지 시각) 밖입니다. `/exchange propose`가 두 학교 시간 안의 시간을 제안합니다.
meetings-booked-by-you-already =
    { $at }에 이 시간을 #{ $id } 세션으로 이미 예약하셨습니다:
    { $session }
meetings-overlaps = 그 시간은 #{ $id } 세션({ $status ->
        [booked] 예약 확정
        [cancelled] 취소됨
       *[pending] 대기 중
    })과 겹칩니다: { $time }. 한 교류 관계의 세션은 서로 겹칠 수 없습니다. 다른 시간을 고르거나 먼저 #{ $id } 세션을 취소해 주세요.

## 어느 교류 상대인지 (bot/sessions/partnership_choice.py)

meetings-not-partners = { $school }와(과) { $partner }은(는) 아직 교류 상대가 아니어서 예약할 수 없습니다. 교류 신청이 수락되면 세션을 예약할 수 있습니다.
meetings-own-school = { $school }은(는) 내 학교입니다. 교류 상대 학교를 지정해 주세요.
meetings-no-partner-yet = { $school }에는 아직 교류 상대 학교가 없습니다. 그래도 시간을 보려면 학교를 지정해 주세요: partner=<학교 ID>
meetings-which-partner = { $school }의 교류 상대 학교는 { $count }곳입니다. partner=…로 어느 학교인지 지정해 주세요. 상대 학교: { $listed }

## 명령의 응답과 거절 (bot/commands/meetings.py)

meetings-not-a-link = '{ $text }'은(는) 링크가 아닙니다. https://로 시작하는 전체 주소를 주세요.
meetings-every-without-series = every=는 series=…와 함께 씁니다. 예: `/exchange propose series=6 every=2w`
meetings-number-or-at = 제안된 시간의 번호나 at=… 중 하나만 주세요.
meetings-list-with-at = list=는 번호가 나온 제안을 가리킵니다. at=와 함께 쓸 때는 빼 주세요.
meetings-which-time = 어느 시간입니까? 마지막 제안에 나온 번호(`book 2`)나 내 현지 시각(`book at="2027-03-09 15:00"`)을 주세요.
meetings-duration-without-at = duration=는 at=와 함께 씁니다. 제안된 시간은 원래 길이를 그대로 씁니다.
meetings-label-agreed-time = 그 시간
meetings-label-time = { $number }번 시간
meetings-series-count-or-until = 연속 세션의 길이는 count=나 until= 중 하나로만 주세요.
meetings-series-until-before-first = until={ $until }은(는) 첫 세션({ $first })보다 앞입니다.
meetings-series-too-long = { $until }까지는 세션이 { $most }회를 넘습니다. 연속 세션은 최대 { $most }회입니다. until=을 앞당기거나 every=를 늘려 주세요.
meetings-series-single = { $until }까지는 세션이 한 번뿐입니다. `book`만으로 예약하거나 until=을 늦춰 주세요.
meetings-series-length-needed = 연속 세션에는 길이가 필요합니다. count=6(회)이나 until=2027-06-30(현지 날짜)을 주세요.
meetings-single-with-series-options = every=, count=, until=, fair=는 연속 세션을 예약합니다. `book series …`로 입력해 주세요.
meetings-what-time = { $number }번 시간을
meetings-what-agreed-time = 그 시간을
meetings-booked =
    { $what } #{ $id } 세션으로 예약했습니다. { $partner }의 교사가 확정할 때까지 대기 상태이며, 상대 학교에 알렸습니다.
    { $session }
meetings-assistant = 원격 수업 도우미: { $assistant }
meetings-proposal-unknown = { $list }번 제안은 내 제안이 아니거나 2주보다 오래되었습니다. `/exchange propose`를 다시 실행해 주세요.
meetings-proposal-with-another = { $list }번 제안은 { $named }이(가) 아니라 { $partner }와(과) 만든 제안입니다.
meetings-no-proposal-yet = 아직 { $partner }와(과)의 제안된 시간이 없습니다. 먼저 `/exchange propose`를 실행한 뒤 번호로 예약해 주세요.
meetings-no-such-time = 그 제안에는 시간이 { $count }개 있었습니다. 1부터 { $count }까지의 번호를 골라 주세요.
meetings-confirmed =
    { $partner }와(과)의 #{ $id } 세션이 예약되었습니다. 두 학교 모두에 알렸습니다.
    { $session }
    캘린더 초대장을 첨부했습니다.
meetings-nothing-waiting = 확정을 기다리는 세션이 없습니다. `/exchange sessions`로 세션 목록을 볼 수 있습니다.
meetings-several-waiting = 확정을 기다리는 세션이 여럿입니다({ $numbers }). 번호를 주세요. 예: `/exchange confirm { $first }`
meetings-no-upcoming = { $school }에는 예정된 세션이 없습니다. `/exchange propose`가 예약할 시간을 제안합니다.
meetings-upcoming = { $school }의 예정된 세션은 다음과 같습니다:
meetings-upcoming-page = { $school }의 예정된 세션 { $total }개 중 { $first }–{ $last }번째는 다음과 같습니다:
meetings-listed-single = { $session }
meetings-listed-session =
    { $session }
        { $part }
meetings-series-part = 연속 세션 #{ $series }의 { $count }회 중 { $position }회째 ({ $placement ->
        [moved] 옮겨짐
        [skipped] 건너뜀
       *[as_planned] 계획대로
    })
meetings-status-proposed-by = 대기 중: { $proposer } 제안, { $confirmer } 확정 대기
meetings-program-session =
    #{ $id } { $school } ({ $school_id }) – { $partner } ({ $partner_id }) — { $status }
        { $time }
meetings-not-in-program = { $school }은(는) { $program }의 학교가 아닙니다.
meetings-school-in-program = { $program }의 { $school }
meetings-program-none = { $whose }의 { $status ->
        [pending] 대기 중인 세션이
        [booked] 예약 확정된 세션이
        [cancelled] 취소된 세션이
       *[upcoming] 예정된 세션이
    } 없습니다.
meetings-program-listed = { $whose }의 { $status ->
        [pending] 대기 중인 세션
        [booked] 예약 확정된 세션
        [cancelled] 취소된 세션
       *[upcoming] 예정된 세션
    } { $count }개는 다음과 같습니다:
meetings-program-listed-page = { $whose }의 { $status ->
        [pending] 대기 중인 세션
        [booked] 예약 확정된 세션
        [cancelled] 취소된 세션
       *[upcoming] 예정된 세션
    } { $count }개 중 { $first }–{ $last }번째는 다음과 같습니다:
meetings-invite-button = 캘린더 초대장
meetings-section-title = #{ $id } { $partner } ({ $status ->
        [booked] 예약 확정
        [cancelled] 취소됨
       *[pending] 대기 중
    })
meetings-not-in-a-series = #{ $id } 세션은 연속 세션이 아닙니다. rest=yes를 빼 주세요.
meetings-reschedule-no-proposal = { $partner }와(과)의 제안된 시간이 없습니다. `/exchange propose`를 실행하거나 2027-03-09 15:00처럼 시간을 주세요.
meetings-label-new-time = 새 시간
meetings-moved =
    #{ $id } 세션을 옮겼습니다. { $partner }에 알렸습니다.
    { $session }{ $attached }
meetings-updated-invite-attached = 바뀐 캘린더 초대장을 첨부했습니다.
meetings-series-moved = #{ $id } 세션과 연속 세션 #{ $series }의 이후 세션을 { $time }부터 다시 계획했습니다. { $partner }에 알렸습니다.
meetings-updated-invites-attached = 바뀐 캘린더 초대장을 첨부했습니다.
meetings-series-cancelled = { $partner }와(과)의 연속 세션 #{ $series }에서 #{ $id }부터 세션 { $count }개를 취소했습니다. { $partner }에 알렸습니다.{ $attached }
meetings-cancellations-attached = 캘린더 취소 파일을 첨부했습니다. 파일을 열면 일정이 지워집니다.
meetings-cancelled = { $partner }와(과)의 #{ $id } 세션({ $time })을 취소했습니다. { $partner }에 알렸습니다.{ $attached }
meetings-cancellation-attached = 캘린더 취소 파일을 첨부했습니다. 파일을 열면 일정이 지워집니다.
meetings-series-none-booked = 연속 세션 #{ $series }에서 #{ $id } 이후로 예약 확정된 세션이 아직 없습니다. 초대장은 상대 학교가 확정하면 나옵니다.
meetings-invites = { $titles }
meetings-not-booked-yet = #{ $id } 세션은 아직 예약 확정되지 않았습니다. 초대장은 상대 학교가 확정하면 나옵니다.
meetings-invite = { $title }: { $time }
meetings-time-is = { $mine }은(는) { $theirs }입니다.
meetings-time-standing = { $school }: { $standing } · { $partner }: { $partner_standing }
meetings-time-note = 참고: { $note }
meetings-standing = { $standing ->
        [class] 수업 시간
        [after_school] 방과 후 시간
       *[outside] 학교 시간 밖
    }
meetings-standing-closed = 휴교 ({ $closure })
meetings-overlap-heading = { $week } 주에 { $school }와(과) { $partner }이(가) 함께 만날 수 있는 시간은 다음과 같습니다:
meetings-overlap-title = { $school }와(과) { $partner }, { $week } 주
meetings-overlap-closed = { $city } 휴교: { $closure }
meetings-overlap-day = { $day }: { $meets }
meetings-overlap-day-closed = { $day }: { $meets } ({ $closed })
meetings-overlap-none = { $day }: 겹치는 시간 없음
meetings-overlap-none-closed = { $day }: 겹치는 시간 없음 ({ $closed })

## 겹치는 시간 차트 (bot/sessions/overlap_chart.py)

meetings-chart-tick-day =
    { $time }
    { $day }
meetings-chart-row = { $day } · { $zone }
meetings-chart-top-title = { $own_city }의 { $day }와 같은 순간의 { $city } 시각: { $shown }
meetings-chart-top-title-two-days = { $own_city }의 { $day }와 같은 순간의 { $city } 시각: { $shown }, { $last }
meetings-chart-axis = { $city } 시각 (날마다의 UTC 차이는 왼쪽)
meetings-chart-class-hours = { $school }: 수업 시간
meetings-chart-after-school = 방과 후
meetings-chart-closed = 휴교
meetings-chart-both-can-meet = 함께 만날 수 있는 시간
meetings-chart-title = { $school }({ $city })와(과) { $partner }({ $partner_city }), { $week } 주
meetings-chart-closed-because = 휴교: { $closure }

## 두 시간대의 일광 절약 시간

meetings-offset-same-day = 참고: { $day }에 { $city }이(가) { $zone }(으)로 바뀝니다. { $other_city }도 같은 날 바뀌므로 시차는 그대로입니다.
meetings-offset-shift = 참고: { $day }에 { $city }이(가) { $zone }(으)로 바뀝니다. 그 뒤의 시간은 { $other_city }에 비해 { $shift } 어긋납니다.
meetings-shift-hours = { $hours }시간
meetings-shift-minutes = { $minutes }분
meetings-shift-hours-minutes = { $hours }시간 { $minutes }분

## 연속 세션 (bot/sessions/series_text.py, series_booking.py)

meetings-cadence = { $cadence ->
        [every_2_weeks] 2주마다
        [every_3_weeks] 3주마다
        [every_4_weeks] 4주마다
        [monthly] 매월 같은 주의 같은 요일
       *[weekly] 매주
    }
meetings-hindrance-clash = 두 학교의 다른 세션이 그 시간에 있음
meetings-hindrance-closed = { $city }이(가) { $day }에 휴교 ({ $closure })
meetings-hindrance-outside-hours = 그 시간은 { $city }의 수업 및 방과 후 시간 밖
meetings-series-after-school = { $city }은(는) 방과 후
meetings-series-after-school-both = { $city }, { $other_city } 모두 방과 후
meetings-occurrence-number = { $position }.
meetings-occurrence-number-session = { $position }. (#{ $id })
meetings-occurrence-skipped = {"  "}{ $number } 건너뜀 (계획: { $planned }): { $why }, 그 주에 두 학교 모두에 맞는 다른 시간이 없음
meetings-occurrence-cancelled = 취소됨: { $time }
meetings-moved-by-teachers = 교사가 옮김
meetings-occurrence-moved = { $planned }에서 옮김: { $why }
meetings-occurrence = {"  "}{ $number } { $parts }
meetings-balance-in-class = 모든 세션이 두 학교의 수업 시간 안에 있습니다.
meetings-balance = 방과 후 세션은 { $city } { $total }회 중 { $count }회, { $other_city } { $total }회 중 { $other_count }회입니다.
meetings-turn = { $city } 시각 { $time }
meetings-fair-taking-turns = 두 학교가 모두 수업 중인 시간이 없어 방과 후 시간을 번갈아 맡습니다. { $turn }, 그다음 { $other_turn } 순서이며 각각 자기 학교의 시계를 따릅니다.
meetings-fair-one-sided = 두 학교가 모두 수업 중인 시간이 없고, 대신 상대 학교가 방과 후가 되는 시간도 없어 방과 후 시간을 번갈아 맡을 수 없습니다.
meetings-series-plan = 1번 시간부터 { $cadence } { $count }회 연속 세션으로 잡으면 다음과 같습니다:
meetings-series-book-hint = `/exchange { $command }`로 연속 세션을 예약해 주세요. 그다음 { $partner }의 교사가 한 번에 모두 확정합니다.
meetings-series-nothing-fits = 그 연속 세션은 어느 회차도 두 학교에 맞지 않아 아무것도 예약하지 않았습니다:{ $lines }
meetings-series-proposed-notice = { $who }({ $school }) 님이 { $partner }와(과)의 온라인 교류를 { $cadence } { $count }회 연속으로 제안했습니다:
meetings-confirm-series-button = 연속 세션 #{ $series } 확정
meetings-series-nothing-waiting = 연속 세션 #{ $series }에는 확정을 기다리는 세션이 없습니다. `/exchange sessions`로 목록을 볼 수 있습니다.
meetings-series-own-proposal = 연속 세션 #{ $series }의 세션은 { $school }에서 제안했으므로 { $partner }의 교사가 확정합니다. 확정을 요청해 두었습니다.
meetings-label-series-session = #{ $id } 세션(연속 세션의 { $position }회째)
meetings-series-booked-notice = { $who }({ $school }) 님이 연속 세션 #{ $series }을(를) 확정했습니다. 세션 { $count }개가 예약되었습니다.
meetings-series-invites-hint = 캘린더 초대장: /exchange ics { $id } rest=yes (모든 세션이 파일 하나에 들어 있음)
meetings-series-notice = { $heading }{ $lines }
meetings-series-already-at = #{ $id } 세션은 이미 { $time }에 있습니다.
meetings-series-start-overlaps = { $label }은(는) 두 학교의 다른 세션과 겹칩니다. 다른 시간을 골라 주세요.
meetings-series-moved-notice = { $who }({ $school }) 님이 #{ $id } 세션과 연속 세션 #{ $series }의 이후 세션을 옮겼습니다:
meetings-series-cancelled-notice = { $who }({ $school }) 님이 { $partner }와(과)의 #{ $id } 세션과 연속 세션 #{ $series }의 이후 세션을 취소했습니다:

## 시간 제안 (bot/sessions/slot_report.py)

meetings-proposal-nothing = { $first }부터 { $last }까지({ $city } 날짜) { $school }와(과) { $partner }에 맞는 { $duration }분짜리 교류 시간이 없습니다.
meetings-proposal = { $first }부터 { $last }까지({ $city } 날짜) { $school }와(과) { $partner }의 교류 시간({ $duration }분) { $count }개는 다음과 같습니다:
meetings-proposal-after-school = 이 기간에는 수업 시간이 겹치지 않아 방과 후 시간을 사용합니다.
meetings-proposed-time = {"  "}{ $number }. { $time }
meetings-proposed-time-title = { $number }. { $time }
meetings-book-button = { $number }번 예약
meetings-turn-note = 참고: { $turn }
meetings-turn-outside-school = { $school }의 { $hours ->
        [class] 수업 시간
       *[all] 시간
    } 밖
meetings-turn-too-short = 두 학교의 { $hours ->
        [class] 수업 시간
       *[all] 시간
    } 안에서 { $duration }분을 확보할 수 없음
meetings-turn-opens = { $day }에 { $city }이(가) { $zone }(으)로 바뀌면 { $here } { $wall }은(는) { $there } { $after }이(가) 되어 두 학교의 { $hours ->
        [class] 수업 시간
       *[all] 시간
    } 안에 들어옴 (그 전에는 { $before }, { $outside })
meetings-turn-closes = { $day }에 { $city }이(가) { $zone }(으)로 바뀌면 { $here } { $wall }은(는) { $there } { $after }이(가) 되어 { $outside }
meetings-turns-separator = {"; "}
meetings-why-no-overlap = 이유: 두 학교의 수업 시간과 방과 후 시간은 1년 안의 어느 날에도 겹치지 않습니다.
meetings-why-no-overlap-example = 이유: 두 학교의 수업 시간과 방과 후 시간은 1년 안의 어느 날에도 겹치지 않습니다. 예를 들어 { $partner }의 수업 시간은 { $hours }입니다.
meetings-what-would-work-after-school = 가능한 방법: 상대 학교의 낮 시간에 닿는 방과 후 시간을 정하거나(`/exchange school edit after_school_hours=…`), 비실시간 교류(영상 편지, 공유 Padlet 보드, 문화 상자와 손편지)로 대신해 주세요.
meetings-why-too-short = 이유: 두 학교의 시간은 최대 { $longest }분만 겹쳐(교류는 15분 단위로 시작합니다) 요청한 { $duration }분보다 짧습니다.
meetings-what-would-work-duration = 가능한 방법: duration={ $longest }로 하거나, 방과 후 시간을 늘리거나, 비실시간 교류(영상 편지, 공유 Padlet 보드, 문화 상자와 손편지)로 대신해 주세요.
meetings-why-closed = 이유: 이 기간에 겹치는 시간은 모두 한 학교가 쉬는 날입니다. 쉬는 날: { $closed }
meetings-why-turns = 이유: 이 기간 밖에서만 겹칩니다. { $turns }
meetings-why-outside-range = 이유: 겹치는 시간은 있지만 이 기간 밖에만 있습니다.
meetings-nothing-within-a-year = 기간 앞뒤 1년 안에도 맞는 시간이 없습니다. 비실시간 교류(영상 편지, 공유 Padlet 보드, 문화 상자와 손편지)를 고려해 주세요.
meetings-nearest = 가장 가까운 가능한 시간: { $time }
meetings-what-would-work-range = 가능한 방법: 기간을 넓혀 주세요. 예: from={ $first } to={ $last }
meetings-closed-day = { $city } { $first } ({ $names })
meetings-closed-days = { $city } { $first }–{ $last } ({ $names })
meetings-closed-more = 그 밖에 { $count }건
meetings-book-hint = `/exchange book <n>`로 하나를 예약해 주세요. 그다음 { $partner }의 교사가 확정합니다.
meetings-not-partners-yet = { $school }와(과) { $partner }은(는) 아직 교류 상대가 아니어서 이 시간들을 예약할 수 없습니다.
meetings-book-series-button = { $count }회 연속 예약
meetings-series-booked = 연속 세션 #{ $series }을(를) 예약했습니다. { $partner }와(과)의 세션 { $total }회 중 { $count }회, { $cadence }입니다. { $partner }의 교사가 확정할 때까지 대기 상태이며(한 번 확정하면 모두 예약됩니다) 상대 학교에 알렸습니다.
meetings-series-assistant-asked = 원격 수업 도우미: 세션마다 도우미를 요청했습니다. `/exchange assist <session>`으로 진행 상황을 볼 수 있습니다.
meetings-series-confirmed = { $partner }와(과)의 연속 세션 #{ $series }이(가) 예약되었습니다. 세션은 { $count }개이며 두 학교 모두에 알렸습니다.
meetings-series-invites-attached = 캘린더 초대장을 첨부했습니다. 파일 하나에 세션마다 일정이 들어 있습니다.

## 명령 선언의 번역 (요약, 설명, 옵션 도움말, 선택지)

cmd-book = `propose`가 보여 준 시간, 다른 곳에서 합의한 시간, 또는 연속 세션을 예약합니다. 그다음 상대 학교 교사가 확정합니다.
cmd-book-description = `book at="2027-03-09 15:00"`은 다른 곳(이메일, 사전 협의)에서 합의한 시간을 예약하며, 제안된 시간과 똑같이 두 학교에 맞는지 확인합니다. `/exchange book series 2 every=2w count=6`은 2번 시간부터 2주마다 세션 6개를 예약합니다. 각 세션은 단일 세션처럼 확인되고, 맞지 않는 세션은 그 주 안에서 옮겨지거나 건너뜁니다. 한 번 확정하면 모두 예약됩니다.
cmd-book-opt-kind = single(세션 하나, 기본값) 또는 series(`every`마다 `count`회나 `until`까지)
choice-single = 단일 세션
choice-series = 연속 세션
cmd-book-opt-number = 최근 제안에서 시간의 번호(또는 at=을 주세요)
cmd-book-opt-partner = 상대 학교, 기본값은 이 공동 채널의 상대, 그다음 최근 제안의 상대, 그다음 유일한 상대
cmd-book-opt-list = 번호가 나온 제안(버튼이 정함), 기본값은 최근 제안
cmd-book-opt-at = 번호 대신 다른 곳(이메일, 사전 협의)에서 합의한 시간, 내 현지 시각, 예: '2027-03-09 15:00'이나 'Tue 15:00'
cmd-book-opt-duration = at=과 함께: 세션 하나의 길이(기본값 60분)
cmd-book-opt-every = 연속 세션의 간격: 1w, 2w, 3w, 4w 또는 month(매월 같은 주의 같은 요일), 기본값 1w
choice-month = 매월
cmd-book-opt-count = 연속 세션의 회수
cmd-book-opt-until = 또는 연속 세션의 마지막 날짜, 내 현지 날짜
cmd-book-opt-fair = no: 방과 후 시간을 번갈아 맡지 않고 연속 세션 내내 한 시간을 유지(기본값 yes)
cmd-book-opt-type = 교류 종류(기본값 cultural_exchange)
cmd-book-opt-topic = 학급이 이야기하거나 만들 주제
cmd-book-opt-link = 화상 회의 링크(Zoom, Meet 등)
cmd-book-opt-agenda = 공유 진행안이나 수업 계획 링크
cmd-book-opt-assist = yes: 두 학교의 주 언어 사이를 통역할 원격 수업 도우미 요청(`assist`로 다른 언어 지정)
cmd-cancel = 세션 하나 또는 그 세션과 연속 세션의 나머지를 취소합니다. 상대 학교에 사유와 함께 알립니다.
cmd-cancel-opt-session = 세션 번호(`/exchange sessions` 참고)
cmd-cancel-opt-reason = 상대 학교에 전할 사유
cmd-cancel-opt-rest = yes: 이 세션과 연속 세션의 이후 세션 모두
cmd-confirm = 상대 학교가 예약한 세션을 확정합니다. 두 학교 모두 캘린더 초대장을 받습니다.
cmd-confirm-opt-session = 세션 번호, 기본값은 내 확정을 기다리는 세션
cmd-confirm-opt-type = 교류 종류
cmd-confirm-opt-topic = 학급이 이야기하거나 만들 주제
cmd-confirm-opt-link = 화상 회의 링크(Zoom, Meet 등)
cmd-confirm-opt-agenda = 공유 진행안이나 수업 계획 링크
cmd-ics = 예약된 세션의 캘린더 초대장(.ics)을 다시 받거나 연속 세션 나머지의 초대장을 받습니다.
cmd-ics-opt-session = 세션 번호(`/exchange sessions` 참고)
cmd-ics-opt-rest = yes: 이 세션과 연속 세션의 이후 세션 모두
cmd-overlap = 한 주의 그림: 두 학교의 시간을 한 축에 놓고 겹치는 시간을 강조합니다.
cmd-overlap-opt-partner = 상대 학교, 기본값은 이 공동 채널의 상대나 유일한 상대
cmd-overlap-opt-week = 보여 줄 주의 아무 날짜, 내 현지 날짜(기본값 다음 주)
cmd-propose = 두 학교 시간 안의 교류 시간을 두 시간대로 제안합니다.
cmd-propose-description = 시간은 15분 단위로 시작하고, 두 학교의 수업 시간(수업 시간이 겹치지 않으면 방과 후 시간) 안에 있으며, 어느 학교의 공휴일, 방학, 알린 휴업일도 피합니다. series=6(과 every=2w)을 주면 첫 시간부터 연속 세션도 계획해 바로 예약할 수 있게 합니다.
cmd-propose-opt-partner = 상대 학교, 기본값은 이 공동 채널의 상대나 유일한 상대
cmd-propose-opt-from = 살펴볼 첫 날짜, 내 현지 날짜(기본값 오늘부터 2주 뒤)
cmd-propose-opt-to = 살펴볼 마지막 날짜(기본값 첫 날짜부터 8주 뒤)
cmd-propose-opt-duration = 교류 시간의 길이
cmd-propose-opt-count = 제안할 시간의 수
cmd-propose-opt-series = 첫 시간부터 이 횟수의 연속 세션도 계획, 필요하면 방과 후 시간을 번갈아 맡음
cmd-propose-opt-every = 연속 세션의 간격: 1w, 2w, 3w, 4w 또는 month(매월 같은 주의 같은 요일), 기본값 1w
cmd-reschedule = 세션 하나 또는 그 세션과 연속 세션의 나머지를 다른 시간(같은 길이)으로 옮깁니다. 상대 학교에 알립니다.
cmd-reschedule-description = rest=yes를 주면 연속 세션의 이후 세션도 따라옵니다. 연속 세션이 같은 간격으로 새 시간부터 다시 시작하고, 각 세션은 예약할 때처럼 배치됩니다.
cmd-reschedule-opt-session = 세션 번호(`/exchange sessions` 참고)
cmd-reschedule-opt-to = 이 상대와의 최근 제안의 시간 번호, 또는 '2027-03-09 15:00' 같은 현지 시각
value-slot-or-time-accepted = 최근 제안의 시간 번호, 또는 '2027-03-09 15:00' 같은 현지 시각
cmd-reschedule-opt-rest = yes: 이 세션과 연속 세션의 이후 세션 모두
cmd-sessions = 내 학교의 예정된 세션을 두 시간대로 보여 줍니다. 코디네이터에게는 프로그램의 세션을 보여 줍니다.
cmd-sessions-description = 세션은 한 페이지에 20개씩 보여 줍니다. 다음 버튼(또는 `page=`)으로 다음 세션을 볼 수 있습니다.
cmd-sessions-opt-partner = 상대 학교, 기본값은 이 공동 채널의 상대나 유일한 상대
cmd-sessions-opt-program = 프로그램 이름, 기본값은 현재 프로그램(`/exchange coordinator use`)
cmd-sessions-opt-status = 코디네이터: 이 상태의 세션만, 지난 세션 포함
choice-booked = 예약 확정
cmd-sessions-opt-page = 보여 줄 목록 페이지
cmd-time = 내 시간이 상대에게는 몇 시입니까? 두 시간대와 양쪽의 날짜를 보여 줍니다.
cmd-time-opt-when = 바꿀 내 시간, 내 시간대 기준
cmd-time-opt-partner = 상대 학교 ID나 이름, 기본값은 이 공동 채널의 상대나 유일한 상대

## 캘린더 초대장 (bot/sessions/invites.py): SUMMARY, DESCRIPTION, 파일 제목

meetings-invite-summary = 온라인 교류: { $school } × { $partner } — { $type }
meetings-invite-topic = 주제: { $topic }
meetings-invite-school-time = { $school }: { $time }
meetings-invite-video = 화상 회의: { $link }
meetings-invite-assistant = 원격 수업 도우미: { $assistant }
meetings-invite-agenda-link = 진행안: { $link }
meetings-invite-agenda-plan = 진행안: 당일 진행 계획은 `/exchange agenda show { $id }`로 볼 수 있음
meetings-invite-footer = #{ $id } 세션 · Joint Class Bot (/exchange sessions)
meetings-invite-description = { $lines }
meetings-invite-alarm = { $minutes }분 뒤: { $summary }
meetings-invite-title = #{ $id } 세션의 캘린더 { $kind ->
        [cancellation] 취소 파일
       *[invite] 초대장
    } (버전 { $version })
meetings-series-invites-title = 연속 세션 #{ $series }의 세션 { $count }개에 대한 캘린더 { $kind ->
        [cancellations] 취소 파일
       *[invites] 초대장
    }

## 시간을 제안할 수 없는 날짜 범위 (`propose`, `jointclass propose`)
meetings-range-past = 범위가 지난 날짜인 { $last }에 끝납니다. 그곳의 오늘은 { $today }입니다.
meetings-range-reversed = 범위의 끝({ $last })이 시작({ $first })보다 앞섭니다. 이른 날짜를 먼저 써 주세요.
meetings-range-too-long = { $first }부터 { $last }까지는 { $days }일보다 깁니다. 한 번에 1년까지만 요청해 주세요.
