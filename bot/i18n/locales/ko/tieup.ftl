## 코디네이터의 일괄 매칭 (bot/commands/tieup.py, bot/matching/tieup_runs.py): 실행, 검토,
## 발표와 각 학교에 알리는 교류 상대. 학교 ID, 언어 코드, 방침(keep, prefer, ignore)은
## 그대로 둡니다.

tieup-run-heading = { $week } 주간 { $program } 매칭 결과(겹치는 시간 { $duration }분 이상): 자리가 남은 학교 { $schools }곳(가능한 쌍 { $feasible }개) 중에서 가능한 최대인 { $pairs }쌍을 맺었습니다. 총 품질 점수는 { $quality }입니다.
tieup-run-continuing = 그중 { $kept }쌍은 { $program }에서 이어지는 교류입니다({ $policy }).
tieup-run-pairs = { $all ->
        [yes] 맺은 쌍({ $count }쌍, 모두 표시)은 다음과 같습니다:
       *[no] 맺은 쌍({ $count }쌍 중 { $shown }쌍 표시, 전체는 첨부한 CSV에 있습니다)은 다음과 같습니다:
    }
tieup-run-pair = {"  "}{ $home } + { $partner }: 겹치는 시간 { $overlap }분, { $language }, 점수 { $score }{ $continuing ->
        [yes] {" "}· 이어지는 교류
       *[no] {""}
    }
tieup-run-open-places = { $all ->
        [yes] 자리가 남은 학교({ $count }곳, 모두 표시)는 다음과 같습니다:
       *[no] 자리가 남은 학교({ $count }곳 중 { $shown }곳 표시, 전체는 첨부한 CSV에 있습니다)는 다음과 같습니다:
    }
tieup-run-open-school = {"  "}{ $school } (남은 자리 { $open }): { $reason }
tieup-run-nothing-created = 아직 아무것도 만들지 않았습니다. `/exchange { $command }`를 입력하면 이 교류 관계를 만들고 모든 학교에 알립니다.
tieup-run-attachment = { $program } 매칭: 모든 쌍과 자리가 남은 모든 학교
tieup-publish-button = 발표하기
tieup-no-earlier-program = continuing_from: '{ $name }'(이)라는 프로그램이 없습니다. 프로그램: { $known }
tieup-no-earlier-program-none = continuing_from: '{ $name }'(이)라는 프로그램이 없습니다. 등록된 프로그램도 없습니다.

tieup-published = { $program } 매칭({ $week } 주간)을 발표했습니다. 교류 관계 { $created }개를 만들었습니다.
tieup-published-told = { $cut ->
        [yes] 학교 { $count }곳({ $listed } 외 { $more }곳)의 교사에게 지금 알렸습니다.
       *[no] 학교 { $count }곳({ $listed })의 교사에게 지금 알렸습니다.
    }
tieup-published-waiting = { $cut ->
        [yes] 봇에 교사가 없는 학교 { $count }곳({ $listed } 외 { $more }곳)에는 아직 알리지 못했습니다. 각 학교의 첫 교사가 들어오면(`/exchange school join <school>`) 교류 상대를 알립니다.
       *[no] 봇에 교사가 없는 학교 { $count }곳({ $listed })에는 아직 알리지 못했습니다. 각 학교의 첫 교사가 들어오면(`/exchange school join <school>`) 교류 상대를 알립니다.
    }
tieup-published-refused = 실행 후 상황이 바뀌어 { $count }쌍은 만들지 않았습니다:
tieup-published-refused-pair = {"  "}{ $home } + { $partner }: { $reason }
tieup-nothing-to-publish = { $program }에는 아직 발표할 매칭이 없습니다. 먼저 `/exchange tieup run`을 실행하고 결과를 확인해 주세요.
tieup-published-already = { $program }의 최근 매칭({ $week } 주간)은 { $published }에 이미 발표했습니다. 자리가 남은 학교를 위해 `/exchange tieup run`을 다시 실행해 주세요.
tieup-published-moment-ago = { $program }의 이 매칭은 방금 발표되었습니다.

## 각 학교 교사에게 알리는 교류 상대
tieup-pairing = { $program } 매칭 결과: { $school }의 교류 상대는 { $partner }({ $partner_id }, { $place })입니다.
    공통 언어 { $language } · 함께 쓸 수 있는 시간({ $week } 주간) { $overlap }{ $staffed ->
        [no] {"\u000A"}{ $partner }에는 아직 봇을 쓰는 교사가 없습니다. 첫 교사가 들어오면 이 매칭을 알립니다.
       *[yes] {""}
    }
    다음 단계: 상대 교사와 주제와 날짜를 정하고 `/exchange channel link partner={ $partner_id }`로 공동 채널을 연결해 주세요.
tieup-no-shared-time = 없음

## 명령 설명 (Discord, help)
cmd-tieup = 일괄 매칭 명령: publish, run
cmd-tieup-run = 프로그램의 모든 학교를 한 번에 매칭합니다. 가능한 한 많은 쌍을 맺고, 그중 가장 좋은 조합을 고릅니다.
cmd-tieup-run-description = continuing_from을 주면 그 프로그램의 쌍 중 두 학교가 모두 다시 신청했고(지금 이 프로그램에 있음) 각 학교의 최근 피드백이 none 이외의 다음 단계를 고른 쌍이 이어집니다. keep(기본값)은 올해 시간과 관계없이 그 쌍을 먼저 맺고(두 학교의 자리를 하나씩 씀) 나머지를 최적으로 매칭합니다. prefer는 가능한 최대 쌍 수를 지키면서 올해 규칙에 맞는 이어지는 쌍을 가장 많이 맺습니다. ignore는 모두를 새로 매칭합니다.
cmd-tieup-run-opt-program = 프로그램 이름, 기본값은 현재 프로그램(`/exchange coordinator use`)
cmd-tieup-run-opt-week_of = 시간과 서머타임을 따질 기준 주간의 날짜, 기본값은 다가오는 주
cmd-tieup-run-opt-duration = 인정할 실시간 겹침의 최소 길이(분)
cmd-tieup-run-opt-continuing_from = 지난해 프로그램: 두 학교가 다시 신청했고 모두 이어 가기를 원하는 쌍을 유지합니다
cmd-tieup-run-opt-continuing = 지난해 이어지는 쌍을 먼저 유지(keep), 쌍 수를 잃지 않을 때만 우선(prefer), 또는 무시(ignore)
cmd-tieup-publish = 가장 최근 매칭 실행의 교류 관계를 만들고 각 쌍의 두 학교에 알립니다.
cmd-tieup-publish-description = 아직 봇에 교사가 없는 학교에는 첫 교사가 들어올 때 알립니다.
cmd-tieup-publish-opt-program = 프로그램 이름, 기본값은 현재 프로그램(`/exchange coordinator use`)
choice-keep = 유지
choice-prefer = 우선
choice-ignore = 무시

## 매칭 뒤에 학교에 자리가 남는 이유 (bot/matching/unmatched_reasons.py).

tieup-reason-no-side = 매칭의 어느 쪽에도 속하지 않습니다(측: '{ $side }').
tieup-reason-no-level = 같은 학교급({ $level })의 상대가 없습니다. { $other_side ->
        [home] 국내
       *[partner] 해외
    } 측에서 { $level } 학교가 지원하지 않았습니다.
tieup-reason-same-country = 다른 나라에 같은 학교급({ $level })의 상대가 없습니다. { $other_side ->
        [home] 국내
       *[partner] 해외
    } 측의 { $level } 학교가 모두 { $country }에 있습니다.
tieup-reason-no-language = { $other_side ->
        [home] 국내
       *[partner] 해외
    } 측의 { $level } 학교와 공통 언어가 없습니다(우리 언어: { $languages }, 상대 언어: { $theirs }).
tieup-reason-no-time = 공통 언어가 있는 { $level } 학교 { $count }곳과 { $duration }분 이상 겹치는 시간이 없습니다. { $advice }
tieup-reason-all-declined = 만날 수 있는 학교 { $count }곳이 모두 이미 교류 상대이거나 요청을 거절한 사이입니다.
tieup-reason-all-paired = 가능한 상대 { $feasible }곳이 모두 이미 짝이 되었습니다. 남은 자리 { $places }개에 대해: { $advice }
tieup-reason-quota-unfilled = 자리가 채워지지 않았습니다. 가능한 상대 { $feasible }곳이 모두 이미 정원이 찼습니다.
tieup-reason-quota-partly = 자리 { $wanted }개 중 { $matched }개가 채워졌습니다. 나머지 가능한 상대 { $others }곳은 이미 정원이 찼습니다.
tieup-advice-all-meet = 공통 언어가 있는 학교는 모두 이미 시간이 맞습니다.
tieup-advice-no-window = 평일 { $earliest }–{ $latest } 사이 방과 후 시간을 더해도 닿는 학교가 없습니다. 비실시간 교류(공유 게시판, 편지, 녹화 영상)를 고려해 주세요.
tieup-advice-no-window-example = 평일 { $earliest }–{ $latest } 사이 방과 후 시간을 더해도 닿는 학교가 없습니다. 비실시간 교류(공유 게시판, 편지, 녹화 영상)를 고려해 주세요. 예: { $example }
tieup-advice-window = 방과 후 시간 { $hours }({ $zone }, 상대 학교들에 가장 흔한 시간대)을 더하면 그중 { $count }곳(자리가 남은 곳 { $open }곳)과 시간이 겹칩니다.

## 긴 매칭이 진행되는 단계: `jointclass match`가 작업하는 동안 보여 줍니다
tieup-progress-loaded = { $program }의 학교 { $schools }곳을 읽었습니다
tieup-progress-checking = { $week } 주간에 학교 { $schools }곳이 만날 수 있는지 확인하는 중(겹치는 시간 { $duration }분 이상)
tieup-progress-feasible = 가능한 쌍 { $pairs }개
tieup-progress-solving = { $level } 매칭 중: 국내 학교 { $home }곳 × 상대 학교 { $partner }곳, 가능한 쌍 { $pairs }개
tieup-progress-explaining = { $pairs }쌍을 맺었습니다. 자리가 남은 학교의 이유를 찾는 중
