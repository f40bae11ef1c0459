## 読めない入力（bot/i18n/typed_*.py）。$text は入力されたままの文字列で、例は日本語の書き方です。

input-weekday-unknown = 「{ $text }」は曜日として読めません。月-金や月,水のように書いてください。
input-weekday-range = 「{ $text }」は曜日の範囲として読めません。月-金のように書いてください。
input-hours-needs-days = 「{ $text }」には曜日と時間の両方が必要です。月-金 09:00-16:00 のように書いてください。
input-time-range = 「{ $text }」は時間の範囲として読めません。09:00-16:00 や 9時-16時 のように書いてください。
input-time-range-order = 「{ $text }」は終わりが始まりより前です。日付をまたぐ範囲は使えません。
input-time-invalid = 「{ $text }」は時刻として読めません。15:30、15時30分、午後3時半のように書いてください。
input-time-out-of-range = 「{ $text }」という時刻はありません。時は0～23（午前・午後を付けるときは0～12）、分は0～59です。
input-duration-invalid = 「{ $text }」は時間の長さとして読めません。90分、1時間30分、1時間半のように書いてください。
input-date-invalid = 「{ $text }」は日付として読めません。2027年3月9日や2027/03/09のように書いてください。
input-date-impossible = 「{ $text }」という日はカレンダーにありません。
input-date-needs-year = 「{ $text }」に年を付けて、2027年3月9日のように書いてください。
input-date-weekday-mismatch = 「{ $text }」の日付と曜日が合いません。その日は{ $weekday }です。
input-date-range-order = 「{ $text }」は終わりの日が始まりの日より前です。
input-wall-time-day = 「{ $text }」は日として読めません。火曜日、今日、明日、または2027年3月9日のように書いてください。
input-country-unknown = 「{ $text }」は国として読めません。KR、JP、TW のような ISO コードか、韓国、日本、台湾のような国名を書いてください。
input-country-ambiguous = 「{ $text }」は複数の国を指す可能性があります（{ $countries }）。その国の ISO コードを書いてください。
input-choice-unknown = 「{ $text }」は選択肢にありません。次から選んでください：{ $choices }。
input-language-unknown = 「{ $text }」には対応していません。次から選んでください：{ $languages }。
