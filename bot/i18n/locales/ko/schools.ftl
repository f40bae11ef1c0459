## 학교 프로필 (bot/commands/schools.py): register, show, edit, join, leave, list.
## 옵션 이름(class_hours, city=)과 명령은 입력하는 그대로 둡니다.

school-class-hours-needed = class_hours: 수업 시간을 하나 이상 주세요. 예: '월-금 09:00-16:00'
school-registered-before = { $name }은(는) 이미 { $id }(으)로 등록되어 있습니다. 그 학교에서 함께 가르치려면 `/exchange school join { $id }`를 입력해 주세요.
school-registered-before-without-city = { $name }은(는) 이미 { $id }(으)로 등록되어 있습니다. 그 학교에서 함께 가르치려면 `/exchange school join { $id }`를 입력해 주세요. 같은 이름의 다른 학교라면 city=로 도시를 주세요.
school-registered = { $name }을(를) { $id }(으)로 등록했습니다. 이 학교의 교사가 되었습니다.
school-registered-already =
    { $at }에 { $name }을(를) { $id }(으)로 등록하셨습니다. 이 학교의 교사입니다.
    { $profile }
school-teaches-elsewhere = 이미 { $id }에서 가르치고 있습니다. 바꾸려면 `/exchange school edit`를, 먼저 떠나려면 `/exchange school leave`를 입력해 주세요.
school-profile = { $profile }
school-edit-nothing = 바꿀 것이 없습니다. quota=2처럼 옵션을 하나 이상 주세요.
school-edit-class-hours-needed = class_hours: 학교에는 수업 시간이 하나 이상 있어야 합니다.
school-updated = { $name }({ $id })을(를) 수정했습니다. 바뀐 항목은 { $changed }입니다.
school-edit-not-yours = 내 학교만 수정할 수 있습니다. { $name }은(는) 수정할 수 없습니다.
school-edit-not-yours-coordinator = 내 학교나 내 프로그램의 학교만 수정할 수 있습니다. { $name }은(는) 수정할 수 없습니다.
school-list-none = { $program }에 등록된 학교 중 조건에 맞는 학교가 없습니다.
school-list-heading = { $program }의 학교 { $count }곳 중 { $span }번째를 보여 드립니다.
school-list-row = {"  "}{ $id }  { $name } · { $place }, { $country } · { $level } · { $languages } · 희망 { $quota }학급

school-profile-title = { $name } ({ $id }) · { $side ->
        [home] 국내 측
       *[partner] 해외 측
    }
school-profile-where = 위치 { $place } · 시간대 { $zone }
school-profile-level = 학교급 { $level } · 언어 { $languages }
school-profile-level-grades = 학교급 { $level }, 학년 { $grades } · 언어 { $languages }
school-profile-topics = 주제 { $topics } · 희망 교류 학급 { $quota }개
school-profile-class-hours = 수업 시간 { $hours } (현지 시각)
school-profile-after-school = 방과 후 { $hours }
school-profile-vacations = 방학 { $vacations }
school-profile-teachers = 교사 { $teachers }
school-profile-teachers-and-elsewhere = 교사 { $teachers }, 다른 워크스페이스에 { $count }명
school-profile-teachers-elsewhere = 교사 다른 워크스페이스에 { $count }명
school-profile-no-teachers = 교사 아직 없음
school-profile-none = —

cmd-school = 학교 명령: edit, join, leave, list, register, show
cmd-school-register = 교류 상대가 찾을 수 있도록 학교를 등록합니다. 등록한 사람이 첫 교사가 됩니다.
cmd-school-register-form = 학교 등록
cmd-school-register-opt-name = 학교 이름
cmd-school-register-opt-country = 학교가 있는 나라, 이름이나 ISO 3166 코드
cmd-school-register-opt-city = 도시, 시각 옆에 표시됩니다
cmd-school-register-opt-timezone = IANA 시간대, 나라에 시간대가 여럿이고 도시로 정할 수 없을 때만 필요합니다
cmd-school-register-opt-level = 학교급
cmd-school-register-opt-grades = 참여하는 학년, 예: 5-6
cmd-school-register-opt-languages = 학급이 쓸 수 있는 언어, ISO 639-1 코드
cmd-school-register-opt-topics = 관심 주제, 예: culture,sdgs,coding,ai
cmd-school-register-opt-quota = 학교가 원하는 교류 학급 수
cmd-school-register-opt-class_hours = 주간 수업 시간(현지 시각)
cmd-school-register-opt-after_school_hours = 학생이 남을 수 있는 주간 방과 후 시간(현지 시각)
cmd-school-register-opt-vacations = 알린 방학 기간(시작일과 종료일 포함)
cmd-school-register-opt-subdivision = 공휴일과 방학을 정하는 주나 지역, 예: VIC (AU), BY (DE), 'Zone A' (FR), NY (US)
cmd-school-register-opt-side = home(프로그램 지역) 또는 partner(해외), 보통 나라로 정해집니다
cmd-school-show = 학교 프로필을 보여 줍니다. 학교를 주지 않으면 내 학교를 보여 줍니다.
cmd-school-show-opt-school = 학교 ID나 이름, 기본값은 내 학교
cmd-school-edit = 학교 프로필을 바꿉니다. 준 옵션만 바뀝니다.
cmd-school-edit-opt-name = 학교 이름
cmd-school-edit-opt-country = 학교가 있는 나라, 이름이나 ISO 3166 코드
cmd-school-edit-opt-city = 도시, 시각 옆에 표시됩니다
cmd-school-edit-opt-timezone = IANA 시간대, 나라에 시간대가 여럿이고 도시로 정할 수 없을 때만 필요합니다
cmd-school-edit-opt-level = 학교급
cmd-school-edit-opt-grades = 참여하는 학년, 예: 5-6
cmd-school-edit-opt-languages = 학급이 쓸 수 있는 언어, ISO 639-1 코드
cmd-school-edit-opt-topics = 관심 주제, 예: culture,sdgs,coding,ai
cmd-school-edit-opt-quota = 학교가 원하는 교류 학급 수
cmd-school-edit-opt-class_hours = 주간 수업 시간(현지 시각)
cmd-school-edit-opt-after_school_hours = 학생이 남을 수 있는 주간 방과 후 시간(현지 시각)
cmd-school-edit-opt-vacations = 알린 방학 기간(시작일과 종료일 포함)
cmd-school-edit-opt-subdivision = 공휴일과 방학을 정하는 주나 지역, 예: VIC (AU), BY (DE), 'Zone A' (FR), NY (US)
cmd-school-edit-opt-side = home(프로그램 지역) 또는 partner(해외), 보통 나라로 정해집니다
cmd-school-edit-opt-school = 코디네이터만: 수정할 학교
cmd-school-join = 등록된 학교에 교사로 참여를 요청합니다. 그 학교 교사나 코디네이터가 승인합니다.
cmd-school-join-opt-school = 학교 ID나 이름
cmd-school-leave = 내 학교의 교사에서 빠집니다(학교 등록은 그대로 남습니다).
cmd-school-list = 내 프로그램에 등록된 학교를 나라나 학교급별로 보여 줍니다.
cmd-school-list-description = 코디네이터는 현재 프로그램의 학교를, 교사는 자기 학교 프로그램의 학교를, 그 밖의 사람은 교사가 등록하는 프로그램의 학교를 봅니다. 한 페이지에 20곳씩 보여 주며, 다음 버튼(또는 `page=`)으로 다음 학교를 볼 수 있습니다.
cmd-school-list-opt-country = 이 나라의 학교만
cmd-school-list-opt-level = 이 학교급의 학교만
cmd-school-list-opt-page = 보여 줄 목록 페이지

choice-elementary = 초등학교
choice-middle = 중학교
choice-high = 고등학교
choice-special = 특수학교
choice-misc = 기타
choice-home = 국내 측
choice-partner = 해외 측
value-grades-accepted = 5-6이나 1,3 같은 학년
cmd-school-claim = 코디네이터에게 받은 일회용 코드로 학교의 교사가 됩니다.
cmd-school-claim-opt-code = 가입 코드
cmd-school-code = 가진 사람을 학교의 교사로 만드는 일회용 가입 코드를 발급합니다.
cmd-school-code-opt-school = 학교 ID나 이름

## 등록이나 수정 때의 안내와 거절
school-zone-of-city = 시간대는 { $city }의 시간대인 { $zone }(으)로 정했습니다. 틀렸다면 `/exchange school edit timezone=…`으로 바꿔 주세요.
school-zone-main = 시간대는 { $country }의 주 시간대인 { $zone }(으)로 정했습니다(다른 시간대: { $others }). 틀렸다면 `/exchange school edit timezone=…`으로 바꿔 주세요.
school-name-taken = '{ $name }'은(는) 이미 { $id }(으)로 등록되어 있습니다. `/exchange school join { $id }`을(를) 하려던 것입니까? 다른 학교라면 도시 이름을 넣는 등 구별되는 이름을 입력해 주세요.
school-name-lookalike = '{ $name }'은(는) 이미 등록된 { $existing }({ $id })와(과) 거의 같습니다. `/exchange school join { $id }`을(를) 하려던 것입니까? 다른 학교라면 도시 이름을 넣는 등 구별되는 이름을 입력해 주세요.

## A closed day that the school's teachers declared (profile `vacations`), its dates as typed.
school-declared-break = 학교 지정 휴업 기간 { $dates }
