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

## bot/times の値の型が受け付けない入力（文法がオプション名を前に付けます）

value-hours-needs-days = 「{ $text }」には曜日のあとに時間を書いてください。例: 「月-金 09:00-16:00」
value-hours-not-a-day-range = 「{ $text }」は曜日の範囲ではありません。月-金 のように書いてください
value-hours-no-days = 「{ $text }」に曜日がありません。月 火 水 木 金 土 日 で書いてください
value-hours-not-a-day = 「{ $text }」は曜日ではありません。月 火 水 木 金 土 日 で書いてください
value-hours-not-a-time-range = 「{ $text }」は時間の範囲ではありません。09:00-16:00 のように 24 時間制で書いてください
value-hours-no-such-time = 「{ $text }」にはありえない時刻があります。時は 00–24 です
value-hours-ends-before-start = 「{ $text }」は始まりより前に終わります。範囲は午前 0 時をまたげません
value-range-ends-before-start = 「{ $text }」は始まりより前に終わります
value-vacations-not-a-date = 「{ $text }」は日付ではありません。2027-07-24..2027-08-22 のように範囲で書いてください
value-timezone-invalid = 「{ $text }」は Asia/Seoul のような IANA のタイムゾーンではありません
value-timezone-invalid-close = 「{ $text }」は Asia/Seoul のような IANA のタイムゾーンではありません。{ $close } のことですか？
value-country-ambiguous = 「{ $text }」は { $choices } のどれかです。コードで書いてください
value-country-invalid = 「{ $text }」は国ではありません。日本 や JP のように国名か ISO 3166 コードで書いてください
value-country-invalid-close = 「{ $text }」は国ではありません。日本 や JP のように国名か ISO 3166 コードで書いてください。{ $close } のことですか？
value-language-country-code = 「{ $text }」は { $country } の国コードです。{ $close } のことですか？
value-language-country-code-of-another = 「{ $text }」は { $country } の国コードです。{ $close } のことですか？（{ $other } は { $code } と書きます。）
value-language-name = 「{ $text }」は言語の名前です。ISO 639-1 コード { $code } で書いてください
value-language-invalid = 「{ $text }」は ko、ja、en のような ISO 639-1 の言語コードではありません
value-language-invalid-close = 「{ $text }」は ko、ja、en のような ISO 639-1 の言語コードではありません。{ $close } のことですか？
value-wall-time-needed = 時刻が必要です。{ $accepted } で書いてください
value-wall-time-not-a-day = { $count ->
       *[other] { $words } は日ではありません
    }。曜日（火曜日: 次の火曜日）、今日、明日、または 2027-03-09 のような日付を書き、そのあとに時刻を書いてください（火曜日 15:00）
value-wall-time-several-days = 「{ $text }」には日が二つ以上あります。曜日（火曜日: 次の火曜日）、今日、明日、または 2027-03-09 のような日付を一つだけ書いてください
value-wall-time-day-only = 「{ $text }」は日です。そのあとに時刻を { $text } 15:00 のように書いてください
