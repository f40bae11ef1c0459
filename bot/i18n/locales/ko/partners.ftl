## 교류 상대와 공동 채널 (bot/commands/partners.py, bot/matching/partner_search.py,
## bot/schools/partnerships.py, bot/schools/earlier_changes.py): find, request, accept,
## decline, partners, partnership end, channel create|link. 숫자는 입력한 그대로 넘깁니다.

partners-joint-channel-linked = 이제 이 채널은 { $school }({ $country })와(과) { $partner }({ $partner_country })의 공동 채널입니다. 봇이 합의한 시간, 알림, 당일 진행 순서를 여기에 올립니다.

## find
partners-find-own-country = country: { $country }은(는) 자기 학교의 나라입니다. 교류 상대는 외국 학교이므로 country를 빼거나 다른 나라를 입력해 주세요.
partners-find-not-your-language = language: { $language }은(는) 학교의 언어({ $languages })가 아닙니다. 교류 상대와는 이 중 한 언어를 함께 써야 합니다. 먼저 `/exchange school edit languages=…`로 추가해 주세요.
partners-find-no-places-left = 자리 { $quota }개 중 { $used }개를 써서 학교에 남은 자리가 없습니다. 다른 학교에 요청하기 전에 `/exchange school edit quota={ $next }`로 정원을 늘려 주세요.
partners-find-heading = { $school }의 { $mode ->
        [realtime] 실시간 교류
       *[async] 비실시간 교류
    } 상대 후보 { $total }곳({ $level }, { $week } 주, { $duration }분 이상){ $limited ->
        [yes] , 상위 { $best }곳
       *[no] {""}
    }{ $paged ->
        [yes] , { $first }–{ $last }번째 표시
       *[no] {""}
    }입니다:
partners-find-none = 모든 조건에 맞는 학교가 없습니다. '{ $step }' 조건에서 남은 학교가 없어졌습니다{ $counted ->
        [yes] {" "}(그 전에는 { $before }곳)
       *[no] {""}
    }{ $all_live ->
        [yes] : 다른 조건에 맞는 학교는 모두 { $duration }분 이상 실시간으로 만날 수 있습니다
       *[no] {""}
    }. 조건별로 남은 학교 수: { $steps }
partners-find-none-but-async = 모든 조건에 맞는 학교가 없습니다. '{ $step }' 조건에서 남은 학교가 없어졌습니다{ $counted ->
        [yes] {" "}(그 전에는 { $before }곳)
       *[no] {""}
    }{ $all_live ->
        [yes] : 다른 조건에 맞는 학교는 모두 { $duration }분 이상 실시간으로 만날 수 있습니다
       *[no] {""}
    }. 조건별로 남은 학교 수: { $steps }. 그중 { $async_count }곳과는 비실시간 교류(공유 게시판, 편지, 녹화 영상)를 할 수 있습니다. `/exchange find mode=async`를 입력해 주세요.
partners-step-count = { $step }: { $count }
partners-step-level = { $level }
partners-step-in-country = { $country }에 있음
partners-step-abroad = 다른 나라에 있음
partners-step-speaking = { $language } 사용
partners-step-sharing-a-language = 공통 언어 있음
partners-step-topic = { $topic }에 관심
partners-step-not-partners = 아직 교류 상대가 아님
partners-step-not-declined = 서로 거절한 요청이 없음
partners-step-place-left = 남은 자리 있음
partners-step-real-time = 실시간으로 { $duration }분 이상 만날 수 있음
partners-step-not-real-time = 실시간으로 { $duration }분 이상 만날 수 없음
partners-candidate = { $number }. { $name }({ $id }) · { $country } · { $level }
partners-candidate-in-city = { $number }. { $name }({ $id }) · { $city }, { $country } · { $level }
partners-none = 없음
partners-fit = 공통 언어: { $languages } · 공통 주제: { $topics } · 학년 { $grades }(우리 학교 { $mine })
partners-fit-grade-gap = 공통 언어: { $languages } · 공통 주제: { $topics } · 학년 { $grades }(우리 학교 { $mine }, { $gap }학년 차이)
partners-time-together = 함께할 수 있는 시간, { $week } 주({ $duration }분 이상), 수업 시간: { $times }
partners-time-after-school = 함께할 수 있는 시간, { $week } 주({ $duration }분 이상), 방과 후 포함: { $times }
partners-no-overlap = 실시간으로 { $duration }분 이상 겹치는 시간 없음(겹치는 시간 없음): 비실시간 교류(공유 게시판, 편지, 녹화 영상)에 적합
partners-no-overlap-longest = 실시간으로 { $duration }분 이상 겹치는 시간 없음(가장 길게 겹치는 시간 { $longest }분): 비실시간 교류(공유 게시판, 편지, 녹화 영상)에 적합
partners-ranked-on = 남은 자리: { $quota }개 중 { $remaining }개 · 순위 기준: 수업 시간 겹침 { $class_minutes }분, 전체 겹침 { $any_minutes }분, 공통 주제 { $topics }개, 학년 차이 { $gap }, 남은 자리 { $remaining }개
partners-find-waiting = { $day }에 { $asker ->
        [you] 우리 학교가 요청했습니다
       *[they] 상대 학교가 요청했습니다
    }. 답을 기다리고 있습니다.
partners-button-request = 교류 요청

## request
partners-request-own-school = 자기 학교입니다. 외국 학교에 요청해 주세요(`/exchange find`로 후보를 볼 수 있습니다).
partners-request-same-country = { $school }은(는) 우리 학교와 같은 { $country }에 있습니다. 교류 상대는 다른 나라의 학교여야 합니다.
partners-request-asked-already = { $day }에 이미 { $school }에 요청했습니다. 아직 답을 기다리고 있습니다.
partners-request-they-asked = { $school }이(가) { $day }에 이미 우리 학교에 요청했습니다. `/exchange accept { $id }`로 수락해 주세요.
partners-request-declined-before = { $day }에 { $decliner ->
        [they] 상대 학교가
       *[yours] 우리 학교가
    } 두 학교 사이의 교류 요청을 거절했으므로 다시 보내지 않습니다.
partners-request-sent = { $school }({ $id })에 교류 상대가 되어 달라고 요청했습니다.
partners-request-told = { $school }의 교사 { $count }명에게 알렸습니다. 답이 오면 알려 드립니다.
partners-request-no-teacher = { $school }에는 아직 봇을 쓰는 교사가 없습니다. 요청은 교사가 올 때까지 기다리며, 교사가 가입하면 `/exchange partners`에 표시됩니다.
partners-request-notice = { $school }({ $id }, { $country })이(가) { $partner }에 교류 상대가 되어 달라고 요청했습니다.
partners-request-notice-message = 상대의 메시지: “{ $message }”
partners-request-notice-answer = `/exchange accept { $id }` 또는 `/exchange decline { $id }`(으)로 답해 주세요.
partners-lines = { $lines }
partners-button-accept = 수락
partners-button-decline = 거절

## accept and decline
partners-no-request-from = { $school }에서 온 요청 중 답을 기다리는 것이 없습니다. 대기 중: { $waiting }
partners-no-request-from-none-waiting = { $school }에서 온 요청 중 답을 기다리는 것이 없습니다.
partners-no-request-waiting = 우리 학교의 답을 기다리는 교류 요청이 없습니다.
partners-several-requests = 여러 요청이 기다리고 있습니다. 어느 요청에 { $verb }할지 `/exchange { $verb } { $id }`처럼 입력해 주세요. 대기 중: { $waiting }
partners-answered-already = { $at }에 { $school }의 교류 요청을 { $answer ->
        [accepted] 수락했습니다
       *[declined] 거절했습니다
    }. { $school }에도 알렸습니다.
partners-answered-by = { $school }의 교류 요청은 { $at }에 { $by }님이 { $status ->
        [accepted] 수락했으므로
       *[declined] 거절했으므로
    } 다시 { $answer ->
        [accepted] 수락하지
       *[declined] 거절하지
    } 않았습니다. 진행 상황은 `/exchange partners`에서 확인해 주세요.
partners-answered-by-you = { $school }의 교류 요청은 { $at }에 직접 { $status ->
        [accepted] 수락했으므로
       *[declined] 거절했으므로
    } 다시 { $answer ->
        [accepted] 수락하지
       *[declined] 거절하지
    } 않았습니다. 진행 상황은 `/exchange partners`에서 확인해 주세요.
partners-answered-by-tieup = { $school }의 교류 요청은 { $at }에 프로그램 매칭으로 { $status ->
        [accepted] 수락되었으므로
       *[declined] 거절되었으므로
    } 다시 { $answer ->
        [accepted] 수락하지
       *[declined] 거절하지
    } 않았습니다. 진행 상황은 `/exchange partners`에서 확인해 주세요.
partners-accepted-notice = { $school }({ $id })이(가) 교류 요청을 수락했습니다. 이제 교류 상대입니다. 다음 단계로 `/exchange channel link partner={ $id }`(으)로 공동 채널을 연결해 주세요.
partners-accepted-colleagues = { $person }님이 { $mine }에 온 { $school }의 교류 요청을 수락했습니다.
partners-accepted = { $mine }와(과) { $school }({ $id })은(는) 이제 교류 상대입니다. 다음 단계로 `/exchange channel link partner={ $id }`(또는 `/exchange channel create`)(으)로 공동 채널을 연결해 주세요.
partners-accepted-in = { $mine }와(과) { $school }({ $id })은(는) 이제 교류 상대이며 { $languages }(으)로 교류합니다. 다음 단계로 `/exchange channel link partner={ $id }`(또는 `/exchange channel create`)(으)로 공동 채널을 연결해 주세요.
partners-declined-notice = { $school }({ $id })이(가) 교류 요청을 거절했습니다. 다른 후보는 `/exchange find`로 확인해 주세요.
partners-declined-notice-why = { $school }({ $id })이(가) 교류 요청을 거절했습니다: “{ $reason }” 다른 후보는 `/exchange find`로 확인해 주세요.
partners-declined = { $school }의 요청을 거절했습니다. 앞으로 `/exchange find`는 두 학교를 서로에게 추천하지 않습니다.
partners-pair-itself = 학교는 자기 자신과 교류할 수 없습니다.
partners-pair-already = { $school }와(과) { $partner }은(는) 이미 교류 상대입니다.
partners-pair-no-places-yours = 정원 { $quota } 중 진행 중인 교류가 { $used }건이어서 우리 학교에는 남은 교류 자리가 없습니다. `/exchange partnership end <school>`로 하나를 끝내거나 `/exchange school edit quota={ $next }`로 정원을 늘려 주세요.
partners-pair-no-places = 정원 { $quota } 중 진행 중인 교류가 { $used }건이어서 { $school }에는 남은 교류 자리가 없습니다.

## partners
partners-heading = { $school }: 교류 상대 { $count }곳, 자리 { $quota }개 중 { $left }개 남음
partners-none-yet = 아직 교류 상대나 요청이 없습니다. `/exchange find`로 후보를 확인해 주세요.
partners-partner = 교류 상대: { $school }({ $id }) · { $country }
partners-partner-since-channel = { $day }부터({ $source ->
        [tieup] 프로그램 매칭
       *[request] 교류 요청
    }) · 언어 { $language } · 공동 채널 { $channel }({ $platform })
partners-partner-since-no-channel = { $day }부터({ $source ->
        [tieup] 프로그램 매칭
       *[request] 교류 요청
    }) · 언어 { $language } · 공동 채널 없음(`/exchange channel link partner={ $id }`)
partners-asks-you = 요청 받음: { $school }({ $id }) · { $country }
partners-asked-on = { $day }: “{ $message }”
partners-asked-on-no-message = { $day }: 메시지 없음
partners-you-asked = 요청 보냄: { $school }({ $id }) · { $country }
partners-you-asked-on = { $day }: “{ $message }” · 답을 기다리는 중
partners-you-asked-on-no-message = { $day }: 메시지 없음 · 답을 기다리는 중

## partnership end; a partnership that ended before
partners-not-a-partner = { $school }은(는) { $mine }의 교류 상대가 아닙니다.
partners-not-a-partner-listed = { $school }은(는) { $mine }의 교류 상대가 아닙니다. 교류 상대: { $partners }
partners-not-a-partner-none = { $school }은(는) { $mine }의 교류 상대가 아닙니다. 교류 상대가 없습니다.
partners-ended-notice = { $school }({ $id })이(가) 교류를 끝냈습니다.
partners-ended-notice-why = { $school }({ $id })이(가) 교류를 끝냈습니다: “{ $reason }”
partners-ended-channel = { $school }와(과) { $partner }의 교류가 끝났습니다.
partners-ended-channel-why = { $school }와(과) { $partner }의 교류가 끝났습니다: “{ $reason }”
partners-ended = { $school }와(과)의 교류를 끝냈습니다. { $mine }에는 교류 자리가 { $left }개 남았습니다.
partners-cancelled-session = 세션 #{ $number }을(를) 취소했습니다: { $when }
partners-cancelled-session-ics = 세션 #{ $number }을(를) 취소했습니다: { $when } · 캘린더 취소: /exchange ics { $number }
partners-cancelled-activity = 활동 #{ $number }({ $title })을(를) 취소했습니다.
partners-ended-already-done = { $at }에 { $school }와(과)의 교류를 끝냈습니다. { $school }에도 알렸습니다.
partners-ended-already-by = { $school }와(과) { $partner }의 교류는 { $at }에 { $by }이(가) 끝냈으므로 아무것도 { $undone ->
        [booked] 예약하지
        [confirmed] 확정하지
        [planned] 계획하지
        [recorded] 기록하지
        [ended] 끝내지
        [linked] 연결하지
       *[created] 만들지
    } 않았습니다.
partners-ended-already-by-you = { $school }와(과) { $partner }의 교류는 { $at }에 직접 끝냈으므로 아무것도 { $undone ->
        [booked] 예약하지
        [confirmed] 확정하지
        [planned] 계획하지
        [recorded] 기록하지
        [ended] 끝내지
        [linked] 연결하지
       *[created] 만들지
    } 않았습니다.
partners-ended-already-by-a-teacher = { $school }와(과) { $partner }의 교류는 { $at }에 한 교사가 끝냈으므로 아무것도 { $undone ->
        [booked] 예약하지
        [confirmed] 확정하지
        [planned] 계획하지
        [recorded] 기록하지
        [ended] 끝내지
        [linked] 연결하지
       *[created] 만들지
    } 않았습니다.

## channel create|link
partners-no-partner-yet = { $mine }에는 아직 교류 상대가 없습니다. `/exchange find`로 찾은 뒤 `/exchange request <school>`을(를) 입력해 주세요.
partners-several-partners = { $mine }에는 교류 상대가 여럿입니다. partner=…로 어느 학교인지 알려 주세요({ $partners }).
partners-channel-taken = 이 채널은 이미 다른 교류({ $school }, { $partner })의 공동 채널입니다. 별도의 채널을 사용해 주세요.
partners-channel-linked-notice = { $school }의 { $person }님이 교류의 공동 채널을 연결했습니다({ $platform }).
partners-channel-link-where = 공동 채널로 쓸 채널 안에서 실행해 주세요.
partners-channel-linked = 이제 이 채널은 { $school }와(과) { $partner }의 공동 채널입니다.
partners-channel-linked-moved = 이제 이 채널은 { $school }와(과) { $partner }의 공동 채널입니다(이전 채널: { $previous }).
partners-channel-create-unsupported = 봇은 { $platform }에서 채널을 만들 수 없습니다. 직접 채널을 만들고 상대 학교 교사를 초대한 뒤 그 채널에서 `/exchange channel link`를 실행해 주세요.
partners-channel-exists = { $school }와(과)의 교류에는 이미 공동 채널({ $channel })이 있습니다. 옮기려면 다른 채널에서 `/exchange channel link`를 실행해 주세요.
partners-channel-create-failed = { $platform }에서 채널을 만들지 못했습니다. 직접 채널을 만들고 상대 학교 교사를 초대한 뒤 그 채널에서 `/exchange channel link`를 실행해 주세요.
partners-channel-created = 교사 { $count }명과 함께 #{ $name } 채널을 만들어 { $school }와(과) { $partner }의 공동 채널로 정했습니다.

## 명령 선언 (도움말, Discord)
cmd-find = 우리 반의 교류 상대 학교를 찾아 순위와 함께 각 학교가 맞는 이유를 보여 줍니다.
cmd-find-description = 후보는 한 페이지에 10곳씩 보입니다. 다음 버튼(또는 `page=`)으로 `limit`까지 다음 후보를 볼 수 있습니다.
cmd-find-opt-language = 이 언어로 대화할 수 있는 상대만
cmd-find-opt-level = 찾을 학교급(기본값: 우리 학교의 학교급)
cmd-find-opt-country = 이 나라의 상대만
cmd-find-opt-topic = 이 주제에 관심 있는 상대만
cmd-find-opt-limit = 보여 줄 상위 후보 수(한 페이지에 10곳)
cmd-find-opt-duration = 인정할 최소 실시간 겹침 시간(분)
cmd-find-opt-mode = realtime: 실시간으로 만날 수 있는 상대, async: 만날 수 없는 상대(게시판, 편지, 녹화 영상용)
cmd-find-opt-page = 목록의 몇 번째 페이지를 볼지
choice-realtime = 실시간
choice-async = 비실시간
cmd-request = 학교에 교류 상대가 되어 달라고 요청합니다. 그 학교의 교사가 수락하거나 거절할 수 있습니다.
cmd-request-opt-school = 요청할 학교(ID 또는 이름)
cmd-request-opt-message = 상대 교사에게 보낼 메모
cmd-accept = 교류 요청을 수락합니다. 두 학교 모두 교류 자리를 하나씩 씁니다.
cmd-accept-opt-school = 요청한 학교(여러 곳이 요청했을 때만 필요)
cmd-decline = 교류 요청을 거절합니다. find는 그 학교를 다시 추천하지 않습니다.
cmd-decline-opt-school = 요청한 학교(여러 곳이 요청했을 때만 필요)
cmd-decline-opt-reason = 상대에게 전할 짧은 이유
cmd-partners = 우리 학교의 교류 상대와 양쪽에서 기다리는 요청을 보여 줍니다.
cmd-partnership = 교류
cmd-partnership-end = 교류를 끝냅니다. 두 학교 모두 자리를 돌려받고 예정된 세션은 취소됩니다.
cmd-partnership-end-opt-school = 교류 상대 학교
cmd-partnership-end-opt-reason = 상대에게 전할 짧은 이유
cmd-channel = 공동 채널
cmd-channel-link = 지금 채널을 교류의 공동 채널로 정합니다.
cmd-channel-link-opt-partner = 교류 상대 학교(상대가 여럿일 때만 필요)
cmd-channel-create = 두 학교 교사가 함께하는 공동 채널을 만들어 연결합니다.
cmd-channel-create-opt-partner = 교류 상대 학교(상대가 여럿일 때만 필요)
