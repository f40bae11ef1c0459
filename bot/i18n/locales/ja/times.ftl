## 一校のタイムゾーンでの日時。日付・時刻・略称・都市は time_text.py が入れます。

# 3月9日(火) 15:00 JST（東京）
time-at = { $day } { $time } { $zone }（{ $city }）
# 3月9日(火) 09:00～10:00 JST（東京）
time-span = { $day } { $start }～{ $end } { $zone }（{ $city }）
time-span-overnight = { $day } { $start }～{ $end_day } { $end } { $zone }（{ $city }）
time-span-zone-change = { $day } { $start } { $zone }～{ $end } { $end_zone }（{ $city }）
time-span-overnight-zone-change = { $day } { $start } { $zone }～{ $end_day } { $end } { $end_zone }（{ $city }）
