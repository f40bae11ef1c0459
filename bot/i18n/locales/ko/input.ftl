## 읽을 수 없는 입력 (bot/i18n/typed_*.py). $text는 입력한 그대로이고, 예시는 한국어로 쓰는 방식입니다.

input-weekday-unknown = '{ $text }'에서 요일을 알아볼 수 없습니다. 월-금이나 월,수처럼 써 주세요.
input-weekday-range = '{ $text }'에서 요일 범위를 알아볼 수 없습니다. 월-금처럼 써 주세요.
input-hours-needs-days = '{ $text }'에는 요일과 시간이 함께 있어야 합니다. 월-금 09:00-16:00처럼 써 주세요.
input-time-range = '{ $text }'에서 시간 범위를 알아볼 수 없습니다. 09:00-16:00이나 9시-16시처럼 써 주세요.
input-time-range-order = '{ $text }'의 끝 시각이 시작 시각보다 빠릅니다. 자정을 넘는 범위는 쓸 수 없습니다.
input-time-invalid = '{ $text }'에서 시각을 알아볼 수 없습니다. 15:30, 15시 30분, 오후 3시 반처럼 써 주세요.
input-time-out-of-range = '{ $text }'에 맞는 시각이 없습니다. 시는 0–23(오전·오후를 붙이면 0–12), 분은 0–59입니다.
input-duration-invalid = '{ $text }'에서 시간 길이를 알아볼 수 없습니다. 90분, 1시간 30분, 1시간 반처럼 써 주세요.
input-date-invalid = '{ $text }'에서 날짜를 알아볼 수 없습니다. 2027년 3월 9일이나 2027/03/09처럼 써 주세요.
input-date-impossible = '{ $text }'에 해당하는 날짜는 달력에 없습니다.
input-date-needs-year = '{ $text }'에 연도를 넣어 2027년 3월 9일처럼 써 주세요.
input-date-weekday-mismatch = '{ $text }'의 날짜와 요일이 맞지 않습니다. 그날은 { $weekday }입니다.
input-date-range-order = '{ $text }'의 끝 날짜가 시작 날짜보다 빠릅니다.
input-wall-time-day = '{ $text }'에서 날짜를 알아볼 수 없습니다. 화요일, 오늘, 내일 또는 2027년 3월 9일처럼 써 주세요.
input-country-unknown = '{ $text }'에서 나라를 알아볼 수 없습니다. KR, JP, TW 같은 ISO 코드나 대한민국, 일본, 대만 같은 이름을 써 주세요.
input-country-ambiguous = '{ $text }'은(는) 여러 나라를 가리킬 수 있습니다({ $countries }). 뜻하신 나라의 ISO 코드를 써 주세요.
input-choice-unknown = '{ $text }'에 해당하는 선택지가 없습니다. 다음 중에서 골라 주세요: { $choices }.
input-language-unknown = '{ $text }'은(는) 지원하지 않는 언어입니다. 다음 중에서 골라 주세요: { $languages }.
