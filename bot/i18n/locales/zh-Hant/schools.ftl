## 學校資料（bot/commands/schools.py）：register、show、edit、join、leave、list。
## 選項名稱（class_hours、city=）與指令照輸入的方式保留。

school-class-hours-needed = class_hours：請至少給一個時段，例如 '週一至週五 09:00-16:00'
school-registered-before = { $name } 已登記為 { $id }：若也要在那裡任教，請輸入 `/exchange school join { $id }`。
school-registered-before-without-city = { $name } 已登記為 { $id }：若也要在那裡任教，請輸入 `/exchange school join { $id }`。如果您的學校是另一所同名學校，請用 city= 給出城市。
school-registered = 已將 { $name } 登記為 { $id }。您是這所學校的教師。
school-registered-already =
    您已在 { $at } 將 { $name } 登記為 { $id }。您是這所學校的教師。
    { $profile }
school-teaches-elsewhere = 您已在 { $id } 任教。請用 `/exchange school edit` 修改，或先用 `/exchange school leave` 離開。
school-profile = { $profile }
school-edit-nothing = 沒有要修改的內容：請至少給一個選項，例如 quota=2。
school-edit-class-hours-needed = class_hours：學校至少需要一個上課時段。
school-updated = 已更新 { $name }（{ $id }）：{ $changed }。
school-edit-not-yours = 您只能編輯自己的學校；{ $name } 不是您可以編輯的學校。
school-edit-not-yours-coordinator = 您只能編輯自己的學校或您計畫中的學校；{ $name } 不是您可以編輯的學校。
school-list-none = { $program } 中沒有符合條件的已登記學校。
school-list-heading = { $program } 共有 { $count } 所學校，顯示第 { $span } 所：
school-list-row = {"  "}{ $id }  { $name } · { $place }，{ $country } · { $level } · { $languages } · 希望 { $quota } 個班級

school-profile-title = { $name }（{ $id }）· { $side ->
        [home] 本地方
       *[partner] 海外方
    }
school-profile-where = 地點：{ $place } · 時區 { $zone }
school-profile-level = 學制：{ $level } · 語言：{ $languages }
school-profile-level-grades = 學制：{ $level }，年級 { $grades } · 語言：{ $languages }
school-profile-topics = 主題：{ $topics } · 希望 { $quota } 個交流班級
school-profile-class-hours = 上課時間：{ $hours }（當地時間）
school-profile-after-school = 課後：{ $hours }
school-profile-vacations = 假期：{ $vacations }
school-profile-teachers = 教師：{ $teachers }
school-profile-teachers-and-elsewhere = 教師：{ $teachers }，另有 { $count } 位在其他工作區
school-profile-teachers-elsewhere = 教師：{ $count } 位在其他工作區
school-profile-no-teachers = 教師：尚無
school-profile-none = —

cmd-school = 學校指令：edit、join、leave、list、register、show
cmd-school-register = 登記您的學校，讓交流夥伴找得到；您會成為第一位教師。
cmd-school-register-form = 登記學校
cmd-school-register-opt-name = 學校名稱
cmd-school-register-opt-country = 學校所在國家，名稱或 ISO 3166 代碼
cmd-school-register-opt-city = 城市，顯示在時間旁邊
cmd-school-register-opt-timezone = IANA 時區；只有在國家有多個時區且城市無法判斷時才需要
cmd-school-register-opt-level = 學制
cmd-school-register-opt-grades = 參加的年級，例如 5-6
cmd-school-register-opt-languages = 班級可使用的語言，ISO 639-1 代碼
cmd-school-register-opt-topics = 感興趣的主題，例如 culture,sdgs,coding,ai
cmd-school-register-opt-quota = 學校希望的交流班級數
cmd-school-register-opt-class_hours = 每週上課時間（當地時間）
cmd-school-register-opt-after_school_hours = 學生可留校的每週課後時間（當地時間）
cmd-school-register-opt-vacations = 申報的假期（含首尾日期的日期範圍）
cmd-school-register-opt-subdivision = 決定國定假日與學校假期的州或地區，例如 VIC (AU)、BY (DE)、'Zone A' (FR)、NY (US)
cmd-school-register-opt-side = home（計畫所在地區）或 partner（海外）；通常由國家決定
cmd-school-show = 顯示學校資料（未指定學校時顯示您的學校）。
cmd-school-show-opt-school = 學校 ID 或名稱；預設為您的學校
cmd-school-edit = 修改您學校的資料；只會變更您給的選項。
cmd-school-edit-opt-name = 學校名稱
cmd-school-edit-opt-country = 學校所在國家，名稱或 ISO 3166 代碼
cmd-school-edit-opt-city = 城市，顯示在時間旁邊
cmd-school-edit-opt-timezone = IANA 時區；只有在國家有多個時區且城市無法判斷時才需要
cmd-school-edit-opt-level = 學制
cmd-school-edit-opt-grades = 參加的年級，例如 5-6
cmd-school-edit-opt-languages = 班級可使用的語言，ISO 639-1 代碼
cmd-school-edit-opt-topics = 感興趣的主題，例如 culture,sdgs,coding,ai
cmd-school-edit-opt-quota = 學校希望的交流班級數
cmd-school-edit-opt-class_hours = 每週上課時間（當地時間）
cmd-school-edit-opt-after_school_hours = 學生可留校的每週課後時間（當地時間）
cmd-school-edit-opt-vacations = 申報的假期（含首尾日期的日期範圍）
cmd-school-edit-opt-subdivision = 決定國定假日與學校假期的州或地區，例如 VIC (AU)、BY (DE)、'Zone A' (FR)、NY (US)
cmd-school-edit-opt-side = home（計畫所在地區）或 partner（海外）；通常由國家決定
cmd-school-edit-opt-school = 僅限協調人：要編輯的學校
cmd-school-join = 申請以教師身分加入已登記的學校；由該校教師或協調人核准。
cmd-school-join-opt-school = 學校 ID 或名稱
cmd-school-leave = 不再擔任您學校的教師（學校仍保持登記）。
cmd-school-list = 列出您計畫中已登記的學校，可依國家或學制篩選。
cmd-school-list-description = 協調人看到目前計畫的學校，教師看到自己學校所屬計畫的學校，其他人看到教師登記所在的計畫。每頁列出 20 所學校；按「下一頁」按鈕（或 `page=`）查看後面的學校。
cmd-school-list-opt-country = 只列此國家的學校
cmd-school-list-opt-level = 只列此學制的學校
cmd-school-list-opt-page = 要顯示的清單頁數

choice-elementary = 國小
choice-middle = 國中
choice-high = 高中
choice-special = 特殊學校
choice-misc = 其他
choice-home = 本地方
choice-partner = 海外方
value-grades-accepted = 像 5-6 或 1,3 的年級
cmd-school-claim = 用協調人給您的一次性代碼成為學校的教師。
cmd-school-claim-opt-code = 認領代碼
cmd-school-code = 發出一次性認領代碼，持有者即成為學校的教師。
cmd-school-code-opt-school = 學校 ID 或名稱

## 登記或修改時的說明與拒絕
school-zone-of-city = 時區設為 { $zone }，即{ $city }的時區；如果不對，請用 `/exchange school edit timezone=…` 修改。
school-zone-main = 時區設為 { $zone }，即{ $country }的主要時區（其他時區：{ $others }）；如果不對，請用 `/exchange school edit timezone=…` 修改。
school-name-taken = 「{ $name }」已登記為 { $id }：你是要執行 `/exchange school join { $id }` 嗎？如果你的是另一所學校，請用能區分的名稱，例如加上所在城市。
school-name-lookalike = 「{ $name }」與已登記的{ $existing }（{ $id }）幾乎相同：你是要執行 `/exchange school join { $id }` 嗎？如果你的是另一所學校，請用能區分的名稱，例如加上所在城市。

## A closed day that the school's teachers declared (profile `vacations`), its dates as typed.
school-declared-break = 學校自訂的停課期間 { $dates }
