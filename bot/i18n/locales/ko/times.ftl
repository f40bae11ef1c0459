## 한 학교 시간대의 시각. 날짜, 시각, 시간대 약어, 도시는 time_text.py가 채웁니다.

# 3월 9일 (화) 15:00 KST (서울)
time-at = { $day } { $time } { $zone } ({ $city })
# 3월 9일 (화) 09:00–10:00 KST (서울)
time-span = { $day } { $start }–{ $end } { $zone } ({ $city })
time-span-overnight = { $day } { $start }–{ $end_day } { $end } { $zone } ({ $city })
time-span-zone-change = { $day } { $start } { $zone }–{ $end } { $end_zone } ({ $city })
time-span-overnight-zone-change = { $day } { $start } { $zone }–{ $end_day } { $end } { $end_zone } ({ $city })

## 값 형식이 받는 것 (도움말과 오류에 표시)
value-country-accepted = Japan이나 JP, 일본 같은 나라 이름이나 ISO 3166 코드
value-timezone-accepted = Asia/Seoul 같은 IANA 시간대
value-language-accepted = ko나 en 같은 ISO 639-1 코드
value-weekly-hours-accepted = '월-금 09:00-16:00; 화,목 16:00-18:00' 같은 요일과 현지 시각
value-vacations-accepted = '2027-07-24..2027-08-22; 2027-12-24..2028-02-28' 같은 날짜 범위

## bot/times의 값 형식이 거절하는 입력(문법이 앞에 옵션 이름을 붙입니다)

value-hours-needs-days = '{ $text }'에는 요일 다음에 시간을 써 주세요. 예: '월-금 09:00-16:00'
value-hours-not-a-day-range = '{ $text }'은(는) 요일 범위가 아닙니다. 월-금처럼 써 주세요
value-hours-no-days = '{ $text }'에 요일이 없습니다. 월 화 수 목 금 토 일 중에서 써 주세요
value-hours-not-a-day = '{ $text }'은(는) 요일이 아닙니다. 월 화 수 목 금 토 일 중에서 써 주세요
value-hours-not-a-time-range = '{ $text }'은(는) 시간 범위가 아닙니다. 09:00-16:00처럼 24시간제로 써 주세요
value-hours-no-such-time = '{ $text }'에 없는 시각이 있습니다. 시는 00–24입니다
value-hours-ends-before-start = '{ $text }'은(는) 시작보다 먼저 끝납니다. 범위는 자정을 넘을 수 없습니다
value-range-ends-before-start = '{ $text }'은(는) 시작보다 먼저 끝납니다
value-vacations-not-a-date = '{ $text }'은(는) 날짜가 아닙니다. 2027-07-24..2027-08-22처럼 범위로 써 주세요
value-timezone-invalid = '{ $text }'은(는) Asia/Seoul 같은 IANA 시간대가 아닙니다
value-timezone-invalid-close = '{ $text }'은(는) Asia/Seoul 같은 IANA 시간대가 아닙니다. { $close }을(를) 뜻하셨습니까?
value-country-ambiguous = '{ $text }'은(는) { $choices }일 수 있습니다. 코드로 써 주세요
value-country-invalid = '{ $text }'은(는) 나라가 아닙니다. 일본이나 JP처럼 나라 이름이나 ISO 3166 코드로 써 주세요
value-country-invalid-close = '{ $text }'은(는) 나라가 아닙니다. 일본이나 JP처럼 나라 이름이나 ISO 3166 코드로 써 주세요. { $close }을(를) 뜻하셨습니까?
value-language-country-code = '{ $text }'은(는) { $country }의 나라 코드입니다. { $close }을(를) 뜻하셨습니까?
value-language-country-code-of-another = '{ $text }'은(는) { $country }의 나라 코드입니다. { $close }을(를) 뜻하셨습니까? ({ $other }은(는) { $code }(으)로 씁니다.)
value-language-name = '{ $text }'은(는) 언어 이름입니다. ISO 639-1 코드 { $code }(으)로 써 주세요
value-language-invalid = '{ $text }'은(는) ko, ja, en 같은 ISO 639-1 언어 코드가 아닙니다
value-language-invalid-close = '{ $text }'은(는) ko, ja, en 같은 ISO 639-1 언어 코드가 아닙니다. { $close }을(를) 뜻하셨습니까?
value-wall-time-needed = 시각이 필요합니다. { $accepted }(으)로 써 주세요
value-wall-time-not-a-day = { $count ->
       *[other] { $words }은(는) 요일이 아닙니다
    }. 요일(화요일: 다음에 오는 화요일), 오늘, 내일 또는 2027-03-09 같은 날짜를 쓰고 그 뒤에 시각을 써 주세요(화요일 15:00)
value-wall-time-several-days = '{ $text }'에 날이 둘 이상 있습니다. 요일(화요일: 다음에 오는 화요일), 오늘, 내일 또는 2027-03-09 같은 날짜 중 하나만 써 주세요
value-wall-time-day-only = '{ $text }'은(는) 날입니다. 그 뒤에 시각을 { $text } 15:00처럼 써 주세요
