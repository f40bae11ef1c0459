## 匯入需求調查 (bot/schools/survey_import.py, import_program.py)：`jointclass import` 與主控台的
## `/import` 告訴協調人的內容。欄位名稱、學校 ID、選項名稱（--program、--move-from）以及檔案裡
## 寫的值維持原樣。

survey-imported = 已將 { $source } 匯入 { $program }：{ $counts }。
survey-dry-run = 試跑，未寫入任何資料：將 { $source } 匯入 { $program } 會是 { $counts }。
survey-counts = 新增 { $created } 所、更新 { $updated } 所、未變更 { $unchanged } 所、移入 { $moved } 所
survey-new = {"  "}新增 { $school_id }：{ $name }
survey-updated = {"  "}更新 { $school_id }：{ $changes }
survey-moved = {"  "}自 { $program } 移入 { $school_id }
survey-moved-changed = {"  "}自 { $program } 移入 { $school_id }：{ $changes }
survey-column-changed = { $column } { $old } → { $new }
survey-contact-set = 已設定 { $column }
survey-contact-cleared = 已清除 { $column }
survey-codes-written = 已將 { $count } 組認領碼寫入 { $path }，每所沒有教師的學校一組，只能使用一次，有效至 { $until }：請把各校自己的那一組交給該校教師（`/exchange school claim CODE`）。
survey-ignored-columns = 已略過調查格式中沒有的欄位：{ $columns }
survey-coordinators = 協調人 { $coordinators } 負責 { $program }；他們在聊天中的指令現在會作用於這個計畫（用 `/exchange coordinator use` 切換）。
survey-nothing-imported = { $source }：未匯入任何資料；有 { $count } 個問題需要修正：
survey-problem = {"  "}{ $problem }
survey-on-line = 第 { $line } 行：{ $problem }
survey-header-lacks = 標題列缺少欄位：{ $missing }。需要的欄位：{ $expected }（如果有，也請加上：{ $optional }）
survey-too-many-schools = 檔案中的學校超過 { $limit } 所
survey-row-width = 有 { $values } 個值，但標題列有 { $columns } 個欄位；含有逗號的值請用雙引號括起來
survey-duplicate-id = school_id { $school_id } 已出現在第 { $first } 行
survey-no-schools = 檔案只有標題列，沒有任何學校
survey-lookalike-in-file = 名稱「{ $name }」看起來和 { $other }（{ $other_id }，第 { $other_line } 行）一模一樣；請讓每所學校的名稱可以分辨
survey-lookalike-in-program = 名稱「{ $name }」看起來和計畫中已有的 { $other }（{ $other_id }）一模一樣：若要更新它，請使用它的 school_id；否則請換一個可以分辨的名稱
survey-bad-account = teacher_account：{ $problem }
survey-bad-email = teacher_email：「{ $email }」不是電子郵件地址
survey-quote-not-closed = 以引號開頭的值沒有結束：請補上結尾的 "
survey-text-after-quote = 結尾引號後面還有文字：請用雙引號把整個值括起來
survey-value-too-long = 有值超過 { $limit } 個字元
survey-not-csv = 這不是有效的 CSV（{ $reason }）
survey-value-empty = { $column } 是空的
survey-bad-school-id = school_id「{ $school_id }」只能使用英文字母、數字與 . _ -（最多 64 個字元）
survey-bad-side = side「{ $side }」必須是 home 或 partner
survey-not-utf8 = 檔案從第 { $byte } 個位元組起不是 UTF-8 文字；請另存為「CSV UTF-8」後重新匯入
survey-too-big = 檔案大小為 { $size } MB；最多接受 { $limit } MB（約 { $schools } 所學校）。請分割檔案後分批匯入。
survey-program-lookalike = 沒有名為「{ $name }」的計畫，但有看起來一模一樣的「{ $similar }」：您是指 --program "{ $similar }" 嗎？
survey-no-program = 沒有名為「{ $name }」的計畫（現有計畫：{ $programs }）。請檢查 --program，或加上 --create-program 來建立它。
survey-no-program-yet = 沒有名為「{ $name }」的計畫（目前還沒有任何計畫）。請檢查 --program，或加上 --create-program 來建立它。
survey-kept-changing = 匯入期間學校資料不斷變動；請再匯入一次檔案。
survey-schools-elsewhere = 檔案中有 { $count } 所學校屬於其他計畫：{ $schools }。若要將它們移入 { $program }，請加上 --move-from "{ $elsewhere }"；否則請檢查 --program。
survey-schools-elsewhere-several = 檔案中有 { $count } 所學校屬於其他計畫：{ $schools }。若要將它們移入 { $program }，請依計畫分別匯入各自的學校，並加上該計畫的 --move-from；否則請檢查 --program。
survey-schools-and-more = { $schools } 等，另有 { $more } 所
survey-refused = { $path }：未匯入任何資料。{ $reason }
