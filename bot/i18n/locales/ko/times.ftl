## 한 학교 시간대의 시각. 날짜, 시각, 시간대 약어, 도시는 time_text.py가 채웁니다.

# 3월 9일 (화) 15:00 KST (서울)
time-at = { $day } { $time } { $zone } ({ $city })
# 3월 9일 (화) 09:00–10:00 KST (서울)
time-span = { $day } { $start }–{ $end } { $zone } ({ $city })
time-span-overnight = { $day } { $start }–{ $end_day } { $end } { $zone } ({ $city })
time-span-zone-change = { $day } { $start } { $zone }–{ $end } { $end_zone } ({ $city })
time-span-overnight-zone-change = { $day } { $start } { $zone }–{ $end_day } { $end } { $end_zone } ({ $city })
