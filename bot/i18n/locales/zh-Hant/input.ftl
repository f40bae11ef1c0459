## 無法讀取的輸入（bot/i18n/typed_*.py）。$text 是使用者輸入的原文，範例採用中文的寫法。

input-weekday-unknown = 無法將「{ $text }」讀作星期。請寫成「週一至週五」或「一、三」。
input-weekday-range = 無法將「{ $text }」讀作星期範圍。請寫成「週一至週五」。
input-hours-needs-days = 「{ $text }」需要先寫星期再寫時間。請寫成「週一至週五 09:00-16:00」。
input-time-range = 無法將「{ $text }」讀作時間範圍。請寫成「09:00-16:00」或「9點至16點」。
input-time-range-order = 「{ $text }」的結束時間早於開始時間；時間範圍不能跨過午夜。
input-time-invalid = 無法將「{ $text }」讀作時間。請寫成「15:30」、「15點30分」或「下午3點半」。
input-time-out-of-range = 「{ $text }」不是一天中的時間；小時為 0–23（加上午、下午時為 0–12），分鐘為 0–59。
input-duration-invalid = 無法將「{ $text }」讀作時間長度。請寫成「90分鐘」、「1小時30分鐘」或「1小時半」。
input-date-invalid = 無法將「{ $text }」讀作日期。請寫成「2027年3月9日」或「2027/03/09」。
input-date-impossible = 日曆上沒有「{ $text }」這一天。
input-date-needs-year = 請為「{ $text }」加上年份，例如「2027年3月9日」。
input-date-weekday-mismatch = 「{ $text }」的日期與星期不符；那天是{ $weekday }。
input-date-range-order = 「{ $text }」的結束日期早於開始日期。
input-wall-time-day = 無法將「{ $text }」讀作日期。請寫成星期（週二）、今天、明天或「2027年3月9日」這樣的日期。
input-country-unknown = 無法將「{ $text }」讀作國家。請寫 ISO 代碼（KR、JP、TW）或國名（韓國、日本、臺灣）。
input-country-ambiguous = 「{ $text }」可能指{ $countries }。請寫出您指的國家的 ISO 代碼。
input-choice-unknown = 「{ $text }」不在選項之中。請從以下選擇：{ $choices }。
input-language-unknown = 本機器人不支援「{ $text }」。請從以下選擇：{ $languages }。
