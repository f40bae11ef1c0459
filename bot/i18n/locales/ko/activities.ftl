## 비실시간 교류 (bot/commands/activities.py, bot/activities/): plan, confirm, list, show,
## done, cancel과 상대 학교·공동 채널에 보내는 알림. 단계 이름(post, reply, board…),
## 옵션 이름과 명령은 입력하는 그대로 둡니다.

activity-kind = { $kind ->
        [video_letter] 영상 편지 교환
        [shared_board] 공유 게시판
        [letters] 손편지 교환
       *[culture_box] 문화 상자 교환
    }
activity-step-task = { $task ->
        [video_letter-post] 학급의 영상 편지를 녹화하고 링크 올리기
        [video_letter-reply] 수업에서 함께 본 뒤 답장 영상을 녹화해 올리기
        [shared_board-board] 공유 게시판(Padlet 등)을 만들고 학급 소개 올리기
        [shared_board-posts] 게시판에 학급 소개와 질문 올리기
        [shared_board-answers] 게시판에서 상대 학급의 질문에 답하기
        [letters-send] 학급의 손편지 부치기
        [letters-reply] 수업에서 읽고 손편지 답장 부치기
        [culture_box-send] 문화 상자를 꾸려 부치기
        [culture_box-receive] 상자가 도착했다고 알리기
        [culture_box-unpack] 수업에서 상자를 열고 사진 공유하기
       *[unknown] { $step }
    }
activity-status = { $status ->
        [proposed] 제안됨, 상대 학교의 확인을 기다리는 중
        [planned] 계획됨
        [done] 완료
       *[cancelled] 취소됨
    }
activity-due = { $city } 기준 { $day }까지 ({ $there })
activity-step-line = { $position }. { $step } — { $school }: { $task }, { $due }{ $moved ->
        [closed] {" — "}{ $planned }에서 옮김, { $city }의 { $because }
        [order] {" — "}{ $planned }에서 옮김, 앞 단계보다 늦게 끝나도록
       *[no] {""}
    }{ $state ->
        [done] {" — "}{ $done_at } 완료
        [done-link] {" — "}{ $done_at } 완료: { $link }
        [overdue] {" — "}기한 지남
       *[open] {""}
    }

## 답장
activity-planned = { $partner }와(과)의 { $kind } #{ $id }을(를) 계획했습니다. { $partner }의 교사가 확인할 때까지 기다립니다. 상대 학교에 알렸습니다.
activity-confirmed = { $partner }와(과)의 { $kind ->
        [video_letter] 영상 편지 교환
        [shared_board] 공유 게시판
        [letters] 손편지 교환
       *[culture_box] 문화 상자 교환
    } #{ $id }이(가) 계획되었습니다. 공동 채널에 알렸습니다.
activity-cancelled = { $partner }와(과)의 { $kind ->
        [video_letter] 영상 편지 교환
        [shared_board] 공유 게시판
        [letters] 손편지 교환
       *[culture_box] 문화 상자 교환
    } #{ $id }을(를) 취소했습니다. { $partner }에 알렸습니다.
activity-shown = { $partner }와(과)의 { $kind ->
        [video_letter] 영상 편지 교환
        [shared_board] 공유 게시판
        [letters] 손편지 교환
       *[culture_box] 문화 상자 교환
    } #{ $id } — { $status }
activity-board = 게시판: { $link }
activity-step-marked-done = { $complete ->
        [yes] 활동 #{ $id }의 { $step } 단계를 완료했습니다. 모든 단계가 끝나 활동을 마쳤습니다. 공동 채널에 알렸습니다.
       *[no] 활동 #{ $id }의 { $step } 단계를 완료했습니다. 공동 채널에 알렸습니다.
    }
activity-list-heading = { $school }의 활동은 다음과 같습니다:
activity-list-none = { $all ->
        [yes] { $school }에는 활동이 없습니다. `/exchange activity plan <kind> <partner>`로 계획해 주세요.
       *[no] { $school }에는 진행 중인 활동이 없습니다. `/exchange activity plan <kind> <partner>`로 계획해 주세요.
    }
activity-list-row = {"  "}#{ $id } { $partner }와(과)의 { $kind } — { $status }
activity-list-row-next = {"  "}#{ $id } { $partner }와(과)의 { $kind } — { $status }, 다음: { $school }의 { $step }, { $due }{ $overdue ->
        [yes] {" "}(기한 지남)
       *[no] {""}
    }
activity-plan-button = { $kind } 계획하기
activity-confirm-button = 활동 #{ $id } 확인

## 거절
activity-confirm-which = { $school }의 확인을 기다리는 활동이 { $count }개 있습니다({ $listed }). 어느 것인지 알려 주세요: `/exchange activity confirm <number>`
activity-confirm-none = { $school }의 확인을 기다리는 활동이 없습니다.
activity-no-such-step = { $school }의 활동 중 '{ $step }' 단계가 있는 것이 없습니다. `/exchange activity list`로 활동을, `/exchange activity show <number>`로 단계를 확인해 주세요.
activity-step-in-several = '{ $step }' 단계가 있는 활동이 여럿입니다: { $listed }. activity=…로 하나를 골라 주세요.
activity-numbered = #{ $id } ({ $kind })
activity-dates-with-start = dates=는 모든 단계의 날짜를 정합니다. start=와 every=는 빼 주세요.
activity-dates-count = { $kind }에는 단계가 { $steps }개({ $names }) 있는데 dates=에는 날짜가 { $given }개 있습니다. 단계마다 하나씩 순서대로 날짜를 주세요.
activity-dates-backwards = dates=는 앞으로 나아가야 합니다. { $later }은(는) { $earlier }보다 뒤가 아닙니다.
activity-date-past = { $step } 단계의 날짜 { $day }은(는) { $school }에게 이미 지났습니다. 그곳의 오늘은 { $today }입니다. 더 늦은 날짜를 주세요.
activity-no-open-day = { $school }에는 { $day }부터 1년 안에 수업하는 날이 없습니다. 등록한 휴업 기간을 확인해 주세요(`/exchange school show`).
activity-planned-already = { $at }에 이미 활동 #{ $id }(으)로 계획하셨습니다:
    { $steps }
activity-exists = { $state ->
        [proposed] { $partner }와(과)의 { $kind }이(가) 이미 활동 #{ $id }(으)로 확인을 기다리고 있습니다. { $at }에 { $by }이(가) 제안했습니다. `/exchange activity show { $id }`로 확인하거나 먼저 취소해 주세요.
       *[planned] { $partner }와(과)의 { $kind }이(가) 이미 활동 #{ $id }(으)로 계획되어 있습니다. { $at }에 { $by }이(가) 제안했습니다. `/exchange activity show { $id }`로 확인하거나 먼저 취소해 주세요.
    }
activity-unknown = { $school }에는 활동 #{ $id }이(가) 없습니다. `/exchange activity list`로 활동 목록을 확인해 주세요.
activity-confirm-own = 활동 #{ $id }은(는) { $school }이(가) 제안했으므로 { $partner }의 교사가 확인합니다. 확인을 요청해 두었습니다.
activity-confirm-past = 활동 #{ $id }의 { $step } 단계 기한 { $day }이(가) 이미 지나 계획대로 확인할 수 없습니다. 취소한 뒤(`/exchange activity cancel { $id }`) 더 늦은 날짜로 다시 계획해 주세요.
activity-step-unknown = 활동 #{ $id }({ $kind })에는 '{ $step }' 단계가 없습니다. 단계는 다음과 같습니다: { $names }
activity-not-confirmed = 활동 #{ $id }은(는) 아직 확인되지 않았습니다. { $school }의 교사가 먼저 확인해야 단계를 완료로 표시할 수 있습니다.
activity-step-not-yours = 활동 #{ $id }의 { $step } 단계는 { $owner }의 몫이므로 { $owner }의 교사가 완료로 표시합니다. 우리 학교의 단계는 { $yours }입니다.
activity-step-not-yours-none = 활동 #{ $id }의 { $step } 단계는 { $owner }의 몫이므로 { $owner }의 교사가 완료로 표시합니다. 우리 학교의 단계는 없습니다.
activity-step-needs-link = { $step } 단계는 상대 학급이 찾을 수 있도록 링크와 함께 완료로 표시합니다: `/exchange activity done { $step } https://… activity={ $id }`
activity-complete-already = 활동 #{ $id }은(는) 모든 단계가 끝나 완료되었으므로 취소할 것이 없습니다.
activity-confirmed-already = { $at }에 활동 #{ $id }을(를) 확인하셨습니다. 계획되어 있고 두 학교 모두에 알렸습니다.
    { $steps }
activity-confirmed-before = 활동 #{ $id }은(는) { $at }에 { $by }이(가) 이미 확인해 계획되어 있습니다.
activity-done-already = { $link ->
        [none] { $at }에 활동 #{ $id }의 { $step } 단계를 완료로 표시하셨습니다. 두 학교 모두에 알렸습니다.
       *[link] { $at }에 활동 #{ $id }의 { $step } 단계를 완료로 표시하셨습니다({ $link }). 두 학교 모두에 알렸습니다.
    }
activity-done-before = { $link ->
        [none] 활동 #{ $id }의 { $step } 단계는 { $at }에 { $by }이(가) 이미 완료로 표시했습니다. 바뀐 것은 없습니다.
       *[link] 활동 #{ $id }의 { $step } 단계는 { $at }에 { $by }이(가) 이미 완료로 표시했습니다({ $link }). 바뀐 것은 없습니다.
    }
activity-cancelled-already = { $at }에 활동 #{ $id }을(를) 취소하셨습니다. { $partner }에 알렸습니다.
activity-cancelled-before = 활동 #{ $id }은(는) { $at }에 { $by }이(가) 이미 취소했습니다.
activity-cancelled-then = { $undone ->
        [confirmed] 활동 #{ $id }은(는) { $at }에 { $by }이(가) 취소했으므로 확인하지 않았습니다. `/exchange activity plan`으로 새로 계획해 주세요.
       *[done] 활동 #{ $id }은(는) { $at }에 { $by }이(가) 취소했으므로 완료로 표시하지 않았습니다. `/exchange activity plan`으로 새로 계획해 주세요.
    }
activity-not-partners = { $school }와(과) { $partner }은(는) 아직 교류 상대가 아니므로 활동을 계획할 수 없습니다. 먼저 요청해 주세요: `/exchange request { $partner_id }`
activity-by-you = 선생님
activity-by-a-teacher = 한 교사

## 상대 학교, 같은 학교 동료, 공동 채널에 보내는 알림
activity-notice = { $heading }
    { $steps }
activity-proposed-notice = { $actor }({ $school }) 님이 { $partner }와(과)의 { $kind }을(를) 활동 #{ $id }(으)로 제안했습니다:
activity-confirmed-notice = { $actor }({ $school }) 님이 { $kind }(활동 #{ $id })을(를) 확인했습니다. 각 학교는 기한 전에 알림을 받습니다.
activity-cancelled-notice = { $actor }({ $school }) 님이 { $kind }(활동 #{ $id })을(를) 취소했습니다. 이 활동의 알림은 더 이상 보내지 않습니다.
activity-cancelled-notice-reason = { $actor }({ $school }) 님이 { $kind }(활동 #{ $id })을(를) 취소했습니다. 이 활동의 알림은 더 이상 보내지 않습니다.
    사유: { $reason }
activity-step-done-notice = { $link ->
        [none] { $actor }({ $school }) 님이 활동 #{ $id }의 { $step } 단계({ $task })를 완료로 표시했습니다.
       *[link] { $actor }({ $school }) 님이 활동 #{ $id }의 { $step } 단계({ $task })를 완료로 표시했습니다: { $link }
    }{ $after ->
        [complete] {"\u000A"}모든 단계를 마쳐 { $kind }이(가) 완료되었습니다.
        [next] {"\u000A"}다음 단계는 { $owner }의 { $next }입니다.
       *[none] {""}
    }

## 공유하는 시간이 없을 때 find와 propose가 권하는 비실시간 교류
activity-suggestion = { $partners ->
        [yes] 만나지 않고 교류하기: `/exchange { $command }`로 { $kind }을(를) 계획할 수 있습니다({ $suggested } 대신 { $others }도 가능합니다).
       *[no] 교류 상대가 되면 만나지 않고 교류할 수 있습니다: `/exchange { $command }`로 { $kind }을(를) 계획할 수 있습니다({ $suggested } 대신 { $others }도 가능합니다).
    }

## 명령 설명 (Discord, help)
cmd-activity = 비실시간 교류 명령: cancel, confirm, done, list, plan, show
cmd-activity-plan = 상대 학교와 비실시간 교류(영상 편지, 공유 게시판, 손편지, 문화 상자)를 계획합니다. 각 단계의 담당 학교와 기한을 두 학교의 시간대로 보여 주며, 상대 학교 교사가 확인합니다.
cmd-activity-plan-description = 기한은 담당 학교 달력의 날짜입니다. 주말, 공휴일, 방학에 걸린 기한은 그 학교의 직전 수업일로 옮기고, 직전 수업일이 지났거나 앞 단계보다 늦지 않으면 다음 수업일로 옮깁니다. 담당 학교는 기한 1주 전과 하루 전 현지 시각 09:00에 알림을 받습니다.
cmd-activity-plan-opt-kind = 교류 종류: 공유 게시판은 Padlet 같은 것, 손편지는 손으로 쓴 편지, 문화 상자는 우편으로 보내 수업에서 엽니다
cmd-activity-plan-opt-partner = 상대 학교, 기본값은 이 공동 채널의 상대 또는 유일한 상대
cmd-activity-plan-opt-start = 첫 단계의 기한, 담당 학교의 현지 날짜(기본값: 오늘부터 종류별 기본 간격)
cmd-activity-plan-opt-every = 단계 기한 사이의 간격: 1w, 2w, 3w, 4w(기본값: 종류별 기본 간격)
cmd-activity-plan-opt-dates = start=와 every= 대신 모든 단계의 기한을 순서대로, 각각 담당 학교의 현지 날짜로
cmd-activity-plan-opt-starts = 첫 단계를 맡을 학교: us(기본값, 우리 학교) 또는 partner
cmd-activity-plan-opt-board = 이미 있는 공유 게시판의 주소
cmd-activity-confirm = 상대 학교가 계획한 활동을 확인합니다. 그 뒤 각 학교는 기한 전에 알림을 받습니다.
cmd-activity-confirm-opt-activity = 활동 번호, 기본값은 내 확인을 기다리는 활동
cmd-activity-list = 우리 학교의 활동을 다음 단계와 기한과 함께 보여 줍니다.
cmd-activity-list-opt-all = yes면 완료되거나 취소된 활동도 보여 줍니다
cmd-activity-show = 활동의 모든 단계, 담당 학교, 두 시간대의 기한, 한 일을 보여 줍니다.
cmd-activity-show-opt-activity = 활동 번호
cmd-activity-done = 우리 학교의 단계를 링크(영상, 게시판, 사진)와 함께 완료로 표시합니다. 공동 채널에 알립니다.
cmd-activity-done-opt-step = 계획에 나온 단계 이름
cmd-activity-done-opt-link = 영상, 게시판 또는 사진, https://…
cmd-activity-done-opt-activity = 활동 번호, 기본값은 그 단계가 있는 유일한 활동
cmd-activity-cancel = 활동을 취소합니다. 상대 학교에 알리고 더 이상 알림을 보내지 않습니다.
cmd-activity-cancel-opt-activity = 활동 번호
cmd-activity-cancel-opt-reason = 상대 학교에 전할 취소 사유
choice-video_letter = 영상 편지
choice-shared_board = 공유 게시판
choice-letters = 손편지
choice-culture_box = 문화 상자
choice-us = 우리 학교
