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
