## 一所學校時區的時間。日期、時刻、時區縮寫與城市由 time_text.py 填入。

# 3月9日週二 15:00 CST（臺北）
time-at = { $day } { $time } { $zone }（{ $city }）
# 3月9日週二 09:00–10:00 CST（臺北）
time-span = { $day } { $start }–{ $end } { $zone }（{ $city }）
time-span-overnight = { $day } { $start }–{ $end_day } { $end } { $zone }（{ $city }）
time-span-zone-change = { $day } { $start } { $zone }–{ $end } { $end_zone }（{ $city }）
time-span-overnight-zone-change = { $day } { $start } { $zone }–{ $end_day } { $end } { $end_zone }（{ $city }）
