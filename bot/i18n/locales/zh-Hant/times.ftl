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

## bot/times 的值類型拒絕的輸入（文法會在前面加上選項名稱）

value-hours-needs-days = 「{ $text }」需要先寫星期再寫時間，例如「週一至週五 09:00-16:00」
value-hours-not-a-day-range = 「{ $text }」不是星期範圍；請寫成「週一至週五」這樣
value-hours-no-days = 「{ $text }」沒有指定星期；請用 週一 週二 週三 週四 週五 週六 週日
value-hours-not-a-day = 「{ $text }」不是星期；請用 週一 週二 週三 週四 週五 週六 週日
value-hours-not-a-time-range = 「{ $text }」不是時間範圍；請用 24 小時制寫成 09:00-16:00 這樣
value-hours-no-such-time = 「{ $text }」裡有不存在的時間；小時為 00–24
value-hours-ends-before-start = 「{ $text }」結束得比開始早；範圍不能跨過午夜
value-range-ends-before-start = 「{ $text }」結束得比開始早
value-vacations-not-a-date = 「{ $text }」不是日期；請把範圍寫成 2027-07-24..2027-08-22 這樣
value-timezone-invalid = 「{ $text }」不是像 Asia/Seoul 這樣的 IANA 時區
value-timezone-invalid-close = 「{ $text }」不是像 Asia/Seoul 這樣的 IANA 時區；您是指 { $close } 嗎？
value-country-ambiguous = 「{ $text }」可能是 { $choices }；請寫代碼
value-country-invalid = 「{ $text }」不是國家；請寫國名或 ISO 3166 代碼，例如 日本 或 JP
value-country-invalid-close = 「{ $text }」不是國家；請寫國名或 ISO 3166 代碼，例如 日本 或 JP。您是指 { $close } 嗎？
value-language-country-code = 「{ $text }」是 { $country } 的國家代碼；您是指 { $close } 嗎？
value-language-country-code-of-another = 「{ $text }」是 { $country } 的國家代碼；您是指 { $close } 嗎？（{ $other } 寫作 { $code }。）
value-language-name = 「{ $text }」是語言名稱；請寫 ISO 639-1 代碼 { $code }
value-language-invalid = 「{ $text }」不是像 ko、ja、en 這樣的 ISO 639-1 語言代碼
value-language-invalid-close = 「{ $text }」不是像 ko、ja、en 這樣的 ISO 639-1 語言代碼；您是指 { $close } 嗎？
value-wall-time-needed = 需要一個時間；請寫 { $accepted }
value-wall-time-not-a-day = { $count ->
       *[other] { $words } 不是日子
    }；請寫星期（週二：下一個週二）、今天、明天或 2027-03-09 這樣的日期，再寫時間（週二 15:00）
value-wall-time-several-days = 「{ $text }」裡有不只一天；請只寫一個：星期（週二：下一個週二）、今天、明天或 2027-03-09 這樣的日期
value-wall-time-day-only = 「{ $text }」是日子；請在後面加上時間，例如 { $text } 15:00
