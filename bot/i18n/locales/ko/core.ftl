## 모든 명령에 공통인 문장: 디스패처, 문법, 값 형식의 거절(bot/core/dispatch.py, grammar.py,
## value_types.py)과 명령을 쓸 수 있는 사람(context.py). 옵션 이름, 명령 이름, <date> 같은 자리 표시는
## 어느 언어에서나 선언된 그대로 둡니다.

dispatch-refusal-with-usage = { $problem }
    사용법: { $usage }
    자세히: /exchange help { $command }
dispatch-unknown-command = '{ $command }' 명령은 없습니다.
dispatch-unknown-options = { $command }에 없는 옵션입니다: { $options }
dispatch-no-school-matches = '{ $text }'에 해당하는 학교가 없습니다. 학교 ID나 이름을 써 주세요. `/exchange school list`로 볼 수 있습니다.
dispatch-several-schools-match = '{ $text }'에 해당하는 학교가 여럿입니다: { $schools }. ID를 써 주세요.
dispatch-unexpected = 죄송합니다. 저희 쪽에서 문제가 생겨 아무것도 바뀌지 않았습니다. 다시 일어나면 봇 운영자에게 이 오류 ID를 알려 주세요: { $error_id }
access-not-a-teacher = 아직 등록된 학교의 교사가 아닙니다. `/exchange school register`로 학교를 등록하거나 `/exchange school join <school>`로 참여해 주세요.
access-not-a-coordinator = 프로그램 코디네이터만 할 수 있습니다. 코디네이터가 `/exchange coordinator add @you`로 추가할 수 있습니다.

grammar-command-too-long = 명령이 { $length }자입니다. 최대 { $limit }자까지 받습니다.
grammar-quote-unclosed = { $position }번째 글자에서 연 따옴표가 닫히지 않았습니다. 닫는 "를 넣어 주세요.
grammar-which-command = 어떤 명령인지 알 수 없습니다. `/exchange help`로 모든 명령을 볼 수 있습니다.
grammar-not-a-command-of-group = '{ $asked }'라는 명령은 없습니다. '{ $group }'의 명령은 다음과 같습니다: { $commands }
grammar-slash-command-typed-again = `{ $meant }`를 뜻하셨습니까? `exchange`는 슬래시 명령 자체이므로 `/exchange { $meant } …`처럼 입력해 주세요.
grammar-unknown-command = '{ $word }' 명령은 없습니다. `/exchange help`로 모든 명령을 볼 수 있습니다.
grammar-unknown-command-close = '{ $word }' 명령은 없습니다. `{ $close }`를 뜻하셨습니까? `/exchange help`로 모든 명령을 볼 수 있습니다.
grammar-takes-no-options = { $command }에는 옵션이 없는데 '{ $option }='이 주어졌습니다.
grammar-unknown-option = { $command }에 '{ $option }' 옵션은 없습니다. 쓸 수 있는 옵션은 { $options }입니다.
grammar-unknown-option-close = { $command }에 '{ $option }' 옵션은 없습니다. '{ $close }='를 뜻하셨습니까? 쓸 수 있는 옵션은 { $options }입니다.
grammar-option-twice = '{ $option }' 옵션이 두 번 주어졌습니다. 한 번만 써 주세요.
grammar-unexpected-value = '{ $text }'는 예상하지 못한 값입니다. { $command }는 여기서 더 이상 값을 받지 않습니다.
grammar-option-needed = { $command }에는 { $option }이(가) 필요합니다: { $help }
grammar-option-too-long = { $option }이(가) { $length }자입니다. 최대 { $limit }자까지 받습니다.
grammar-option-needs-a-value = { $option }에는 값이 하나 이상 필요합니다: { $help }
grammar-option-empty = { $option }이(가) 비어 있습니다: { $help }
grammar-control-character = { $option }에 제어 문자 { $code }가 들어 있습니다. 지워 주세요.
grammar-option-problem = { $option }: { $problem }
grammar-option-unreadable = { $option }: '{ $text }'은(는) { $accepted } 형식이 아닙니다.
grammar-choice-unknown = { $option }: '{ $text }'은(는) 받을 수 없습니다. 다음 중 하나를 골라 주세요: { $choices }.
grammar-choice-unknown-close = { $option }: '{ $text }'은(는) 받을 수 없습니다. '{ $close }'를 뜻하셨습니까? 다음 중 하나를 골라 주세요: { $choices }.
grammar-date-out-of-range = { $option }: { $date }은(는) 범위를 벗어납니다. { $first }부터 { $last }까지의 날짜만 받습니다.
grammar-number-too-large = { $option }: { $value }은(는) 너무 큽니다. { $limit }까지의 수만 받습니다.
grammar-number-out-of-range = { $option }: { $value }은(는) 범위를 벗어납니다. { $low }부터 { $high }까지여야 합니다.
grammar-number-too-small = { $option }: { $value }은(는) 범위를 벗어납니다. { $low } 이상이어야 합니다.
grammar-number-too-big = { $option }: { $value }은(는) 범위를 벗어납니다. { $high } 이하여야 합니다.

value-integer-invalid = '{ $text }'은(는) 정수가 아닙니다
value-date-invalid = '{ $text }'은(는) 날짜가 아닙니다. 2027-03-09처럼 YYYY-MM-DD로 써 주세요
value-time-invalid = '{ $text }'은(는) 시각이 아닙니다. 15:30처럼 HH:MM(24시간제)으로 써 주세요
value-time-twelve-hour = '{ $text }'은(는) 시각이 아닙니다. am/pm을 붙이면 시는 1부터 12까지입니다
value-time-out-of-range = '{ $text }'에 맞는 시각이 없습니다. 시는 00–23, 분은 00–59입니다
value-duration-invalid = '{ $text }'은(는) 시간 길이가 아닙니다. 90(분), 1h30m, 1:30처럼 써 주세요
value-school-missing = 학교가 필요합니다. 학교 ID(`school list` 참고)나 이름을 써 주세요
value-user-invalid = '{ $text }'은(는) 사용자가 아닙니다. @alice처럼 멘션해 주세요

## Names people read (bot/core/names.py): refused when they hide characters.
core-name-what-name = 이름
core-name-what-program = 프로그램 이름
core-name-kind-direction = 주변 글자의 방향을 뒤집거나 바꾸는 제어 문자
core-name-kind-control = 제어 문자
core-name-kind-invisible = 보이지 않는 문자
core-name-hidden-at-start = { $what } 맨 앞에 { $kind }({ $codepoint })가 들어 있습니다. 이 문자가 있으면 { $what }이 다른 이름처럼 보일 수 있습니다. 이 문자 없이 다시 입력해 주세요.
core-name-hidden-after = { $what }의 '{ $before }' 뒤에 { $kind }({ $codepoint })가 들어 있습니다. 이 문자가 있으면 { $what }이 다른 이름처럼 보일 수 있습니다. 이 문자 없이 다시 입력해 주세요.
core-name-empty = { $what }이 비어 있습니다.

## 목록을 한 페이지씩 (bot/core/pages.py)
page-past-the-end = page: 한 페이지에 { $size }개씩 { $pages }페이지뿐입니다. 1부터 { $pages }까지의 페이지를 요청해 주세요.
page-next = 다음 { $count }개

## 값 형식이 받는 것 (도움말과 오류에 표시)
value-text-accepted = 아무 텍스트(공백이 있으면 따옴표로 묶기)
value-integer-accepted = 정수
value-date-accepted = 2027-03-09 같은 날짜
value-duration-accepted = 분(90), 1h30m 또는 1:30
value-school-accepted = 학교 ID나 이름
value-user-accepted = @alice 같은 사용자 멘션
value-claim-code-accepted = KR7Q-M3XD-9PTA-HC2W 같은 가입 코드
value-name-accepted = 이름(공백이 있으면 따옴표로 묶기)

## 각 영역의 값 형식이 거절하는 입력: 학년(bot/schools), 학기(bot/feedback), 알림 시점(bot/reminders),
## 통역 언어 쌍(bot/assistants)

value-grades-invalid = '{ $text }'은(는) 학년이 아닙니다. 5-6이나 1,3처럼 써 주세요
value-grades-out-of-range = '{ $text }'은(는) 1부터 12까지의 학년 범위가 아닙니다
value-term-no-such-date = '{ $text }'에 달력에 없는 날짜가 있습니다
value-term-invalid = '{ $text }'은(는) 학기가 아닙니다. 2027-1(3–8월)이나 2027-2(9–2월) 같은 학기, 2027-03-01..2027-05-31 같은 날짜 범위, 또는 all로 써 주세요
value-lead-time-invalid = '{ $text }'은(는) 알림 시점이 아닙니다. 3mo, 1mo, 2w, 1d, 60m, 1h30m처럼(mo 개월, w 주, d 일, h 시간, m 분) 쓰거나 off로 써 주세요
value-lead-time-zero = '{ $text }'은(는) 시간이 0입니다. 이 알림을 끄려면 off로 써 주세요
value-lead-time-too-far = '{ $text }'은(는) 1년보다 깁니다. 최대 12mo까지 됩니다
value-language-pair-invalid = '{ $text }'은(는) 두 언어가 아닙니다. ko-ja처럼 써 주세요
value-lead-time-accepted = 3mo, 1w, 1d, 60m(mo, w, d, h, m) 같은 알림 시점 또는 off
value-language-pair-twice = '{ $text }'에 { $language }이(가) 두 번 있습니다. 서로 다른 두 언어를 써 주세요
value-subdivision-unknown = subdivision: '{ $text }'은(는) { $country }의 지역이 아닙니다. 다음 중 하나를 써 주세요: { $listed }
value-subdivision-none = subdivision: '{ $text }'은(는) { $country }의 지역이 아닙니다. { $country }은(는) 공휴일이 전국 공통이라 지역을 받지 않습니다

## Choices and value types declared by more than one area's commands.

choice-1w = 매주
choice-2w = 2주마다
choice-3w = 3주마다
choice-4w = 4주마다
choice-cancelled = 취소됨
choice-cultural_exchange = 문화 교류
choice-discussion = 토론
choice-joint_production = 공동 제작
choice-no = 아니요
choice-off = 끄기
choice-on = 켜기
choice-pending = 대기 중
choice-presentation = 발표
choice-recreation = 레크리에이션
choice-yes = 예
value-language-pair-accepted = ko-ja 같은 ISO 639-1 코드 두 개
value-link-accepted = https://로 시작하는 웹 주소
value-local-time-accepted = 'Tue 15:00', '15:00'(다음 15:00), '2027-03-09 15:00' 같은 현지 시각
value-term-accepted = 2027-1(3–8월)이나 2027-2(9–2월) 같은 학기, 2027-03-01..2027-05-31 같은 날짜 범위, 또는 all

inbox-not-carried-out = { $hours ->
        [0] { $minutes ->
            [0] 방금
           *[other] { $minutes }분 전에
        }
       *[other] { $hours }시간 전에
    } 입력하신 명령 `/exchange { $command }`은(는) 실행되지 않았습니다. { $reason ->
        [crashes] 시도할 때마다 봇이 멈췄습니다.
       *[late] 봇이 실행하기 전에 멈췄고, { $platform }은(는) 이제 이 명령의 답을 받지 않습니다.
    } 아무것도 바뀌지 않았습니다. 아직 필요하면 다시 실행해 주세요.
inbox-late-answer = { $hours ->
        [0] { $minutes ->
            [0] 방금
           *[other] { $minutes }분 전에
        }
       *[other] { $hours }시간 전에
    } 입력하신 명령 `/exchange { $command }`의 답입니다{ $files ->
        [none] {""}
       *[some] {" "}(파일은 명령을 다시 실행하면 받을 수 있습니다)
    }:
    { $answer }
