## 수요 조사 가져오기 (bot/schools/survey_import.py, import_program.py): `jointclass import`와
## 콘솔의 `/import`가 코디네이터에게 알리는 말. 열 이름, 학교 ID, 옵션 이름(--program,
## --move-from), 파일에 적힌 값은 그대로 둡니다.

survey-imported = { $source }을(를) { $program }(으)로 가져왔습니다. { $counts }입니다.
survey-dry-run = 시험 실행이라 아무것도 쓰지 않았습니다. { $source }을(를) { $program }(으)로 가져오면 { $counts }입니다.
survey-counts = 새 학교 { $created }곳, 바뀐 학교 { $updated }곳, 그대로인 학교 { $unchanged }곳, 옮긴 학교 { $moved }곳
survey-new = {"  "}새 학교 { $school_id }: { $name }
survey-updated = {"  "}바뀐 학교 { $school_id }: { $changes }
survey-moved = {"  "}{ $program }에서 옮긴 학교 { $school_id }
survey-moved-changed = {"  "}{ $program }에서 옮긴 학교 { $school_id }: { $changes }
survey-column-changed = { $column }: { $old } → { $new }
survey-contact-set = { $column } 입력됨
survey-contact-cleared = { $column } 지워짐
survey-codes-written = 교사가 없는 학교마다 하나씩, 한 번만 쓸 수 있는 등록 코드 { $count }개를 { $path }에 저장했습니다. { $until }까지 유효합니다. 각 학교의 교사에게 그 학교의 코드를 전해 주세요(`/exchange school claim CODE`).
survey-ignored-columns = 조사 양식에 없는 열은 무시했습니다: { $columns }
survey-coordinators = 코디네이터 { $coordinators }이(가) { $program }을(를) 운영합니다. 이제 채팅에서 그들의 명령은 이 프로그램에 적용됩니다(`/exchange coordinator use`로 바꿀 수 있습니다).
survey-nothing-imported = { $source }: 아무것도 가져오지 않았습니다. 고쳐야 할 문제가 { $count }개 있습니다:
survey-problem = {"  "}{ $problem }
survey-on-line = { $line }번째 줄: { $problem }
survey-header-lacks = 머리글에 없는 열이 있습니다: { $missing }. 필요한 열은 { $expected }입니다(있으면 다음 열도 넣어 주세요: { $optional })
survey-too-many-schools = 파일에 학교가 { $limit }곳보다 많습니다
survey-row-width = 값이 { $values }개인데 머리글의 열은 { $columns }개입니다. 쉼표가 들어간 값은 큰따옴표로 감싸 주세요
survey-duplicate-id = school_id { $school_id }은(는) 이미 { $first }번째 줄에 있습니다
survey-no-schools = 파일에 머리글만 있고 학교가 없습니다
survey-lookalike-in-file = 이름 '{ $name }'이(가) { $other }({ $other_id }, { $other_line }번째 줄)와(과) 똑같아 보입니다. 학교마다 구별되는 이름을 써 주세요
survey-lookalike-in-program = 이름 '{ $name }'이(가) 이미 프로그램에 있는 { $other }({ $other_id })와(과) 똑같아 보입니다. 그 학교를 고치려면 그 school_id를 쓰고, 아니면 구별되는 이름을 써 주세요
survey-bad-account = teacher_account 값을 읽을 수 없습니다. { $problem }
survey-bad-email = teacher_email: '{ $email }'은(는) 이메일 주소가 아닙니다
survey-quote-not-closed = 따옴표로 시작한 값이 닫히지 않았습니다. 닫는 "를 넣어 주세요
survey-text-after-quote = 닫는 따옴표 뒤에 글자가 있습니다. 값 전체를 큰따옴표로 감싸 주세요
survey-value-too-long = { $limit }자보다 긴 값이 있습니다
survey-not-csv = 올바른 CSV가 아닙니다({ $reason })
survey-value-empty = { $column }이(가) 비어 있습니다
survey-bad-school-id = school_id '{ $school_id }'에는 영문자, 숫자, 기호 `._-`만 쓸 수 있습니다(최대 64자)
survey-bad-side = side '{ $side }'은(는) home 또는 partner여야 합니다
survey-not-utf8 = 파일이 { $byte }번째 바이트부터 UTF-8 텍스트가 아닙니다. 'CSV UTF-8'로 저장한 뒤 다시 가져와 주세요
survey-too-big = 파일 크기가 { $size }MB입니다. 최대 { $limit }MB(학교 약 { $schools }곳)까지 받습니다. 파일을 나누어 가져와 주세요.
survey-program-lookalike = '{ $name }' 프로그램은 없지만 똑같아 보이는 '{ $similar }'이(가) 있습니다. --program "{ $similar }"을(를) 뜻하셨습니까?
survey-no-program = '{ $name }' 프로그램이 없습니다(있는 프로그램: { $programs }). --program을 확인하거나, 새로 만들려면 --create-program을 더해 주세요.
survey-no-program-yet = '{ $name }' 프로그램이 없습니다(아직 프로그램이 없습니다). --program을 확인하거나, 새로 만들려면 --create-program을 더해 주세요.
survey-kept-changing = 가져오는 동안 학교 정보가 계속 바뀌었습니다. 파일을 다시 가져와 주세요.
survey-schools-elsewhere = 파일의 학교 { $count }곳이 다른 프로그램에 속해 있습니다: { $schools }. { $program }(으)로 옮기려면 --move-from "{ $elsewhere }"을(를) 더하고, 아니면 --program을 확인해 주세요.
survey-schools-elsewhere-several = 파일의 학교 { $count }곳이 다른 프로그램에 속해 있습니다: { $schools }. { $program }(으)로 옮기려면 프로그램마다 그 학교들만 따로 --move-from과 함께 가져오고, 아니면 --program을 확인해 주세요.
survey-schools-and-more = { $schools } 외 { $more }곳
survey-refused = { $path }: 아무것도 가져오지 않았습니다. { $reason }
