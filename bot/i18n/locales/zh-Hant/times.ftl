## 一所學校時區的時間。日期、時刻、時區縮寫與城市由 time_text.py 填入。

# 3月9日週二 15:00 CST（臺北）
time-at = { $day } { $time } { $zone }（{ $city }）
# 3月9日週二 09:00–10:00 CST（臺北）
time-span = { $day } { $start }–{ $end } { $zone }（{ $city }）
time-span-overnight = { $day } { $start }–{ $end_day } { $end } { $zone }（{ $city }）
time-span-zone-change = { $day } { $start } { $zone }–{ $end } { $end_zone }（{ $city }）
time-span-overnight-zone-change = { $day } { $start } { $zone }–{ $end_day } { $end } { $end_zone }（{ $city }）

## 值型別接受的內容（顯示於說明與錯誤）
value-country-accepted = 國家名稱或 ISO 3166 代碼，例如 Japan、JP、日本
value-timezone-accepted = 像 Asia/Taipei 的 IANA 時區
value-language-accepted = 像 zh 或 en 的 ISO 639-1 代碼
value-weekly-hours-accepted = 星期與當地時間，例如 '週一至週五 09:00-16:00; 週二、週四 16:00-18:00'
value-vacations-accepted = 日期範圍，例如 '2027-07-24..2027-08-22; 2027-12-24..2028-02-28'
