## 一校のタイムゾーンでの日時。日付・時刻・略称・都市は time_text.py が入れます。

# 3月9日(火) 15:00 JST（東京）
time-at = { $day } { $time } { $zone }（{ $city }）
# 3月9日(火) 09:00～10:00 JST（東京）
time-span = { $day } { $start }～{ $end } { $zone }（{ $city }）
time-span-overnight = { $day } { $start }～{ $end_day } { $end } { $zone }（{ $city }）
time-span-zone-change = { $day } { $start } { $zone }～{ $end } { $end_zone }（{ $city }）
time-span-overnight-zone-change = { $day } { $start } { $zone }～{ $end_day } { $end } { $end_zone }（{ $city }）

## 値の型が受け付けるもの（ヘルプとエラーに表示）
value-country-accepted = Japan、JP、日本 のような国の名前か ISO 3166 コード
value-timezone-accepted = Asia/Tokyo のような IANA タイムゾーン
value-language-accepted = ja や en のような ISO 639-1 コード
value-weekly-hours-accepted = '月-金 09:00-16:00; 火,木 16:00-18:00' のような曜日と現地時刻
value-vacations-accepted = '2027-07-24..2027-08-22; 2027-12-24..2028-02-28' のような日付の範囲
