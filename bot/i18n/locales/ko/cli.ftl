## `jointclass`가 사람에게 보여 주는 말 (bot/cli, bot/adapters/discord/sync.py), 프로그램의
## 언어(JOINTCLASS_LANGUAGE)로. 명령과 옵션 이름(--apply, --csv, DISCORD_TOKEN), 프로그램과
## 학교 이름, ID, 경로는 그대로 둡니다. `--json`과 CSV 파일은 데이터이므로 번역하지 않습니다.

cli-configuration-problem = jointclass: 설정에 문제가 있습니다. { $problem }
cli-no-program = jointclass { $job }: '{ $name }'(이)라는 프로그램이 없습니다. 있는 프로그램: { $programs }
cli-no-program-none = jointclass { $job }: '{ $name }'(이)라는 프로그램이 없습니다. 아직 프로그램이 없습니다.
cli-import-codes-in-dry-run = jointclass import: --codes는 코드를 파일에 쓰지만 --dry-run은 아무것도 쓰지 않습니다. 둘 중 하나만 주세요.
cli-import-cannot-read = jointclass import: { $path }을(를) 읽을 수 없습니다. { $error }
cli-import-unreadable = jointclass import: { $path } 파일을 가져올 수 없습니다. { $problem }
cli-import-cannot-write-codes = { $path }: 아무것도 가져오지 않았습니다. { $codes }에 쓸 수 없습니다. { $error }
cli-match-no-folder = jointclass match: --csv: 쓸 폴더 { $folder }이(가) 없습니다
cli-match-progress = [{ $seconds }초] { $step }
cli-match-done = 완료
cli-match-heading = { $program } 매칭 · { $week } 주간 · 겹치는 시간 { $duration }분 이상 · 자리가 남은 학교 { $schools }곳 · 가능한 쌍 { $feasible }개
cli-match-totals = { $pairs }쌍(가능한 최대) · 총 품질 점수 { $quality } · 자리가 남는 학교 { $open }곳
cli-match-column-home = 국내 학교
cli-match-column-partner = 상대 학교
cli-match-column-overlap = 겹치는 시간
cli-match-column-language = 언어
cli-match-column-score = 점수
cli-match-column-school = 학교
cli-match-column-open = 남은 자리
cli-match-column-reason = 이유
cli-match-minutes = { $minutes }분
cli-match-continuing = 이어지는 교류
cli-match-wrote-csv = 모든 쌍과 자리가 남은 모든 학교를 { $path }에 저장했습니다.
cli-match-nothing-created = 아무것도 만들지 않았습니다. --apply를 더하면 이 교류 관계를 만들고 학교들에 알립니다.
cli-match-created = 교류 관계 { $created }개를 만들었습니다. 실행 중인 봇이 지금 학교 { $told }곳의 교사에게 알립니다. 아직 봇에 교사가 없는 학교 { $waiting }곳은 첫 교사가 들어올 때 알립니다.
cli-match-not-created = {"  "}만들지 않음: { $home } + { $partner }: { $reason }
cli-propose-refused = jointclass propose: 시간을 제안할 수 없습니다. { $problem }
cli-sessions-listed = { $program }의 세션 { $count }개입니다:
cli-sessions-none = { $program }에는 세션이 없습니다.
cli-sessions-none-in-status = { $program }에는 { $status } 상태인 세션이 없습니다.
cli-discord-declaration-problem = jointclass discord-sync: 명령 선언에 문제가 있습니다. { $problem }
cli-discord-declaration-problem-unsent = jointclass discord-sync: { $problem }. 아무것도 보내지 않았습니다.
cli-discord-no-token = jointclass discord-sync: DISCORD_TOKEN을 Discord 애플리케이션의 봇 토큰으로 설정해 주세요. 방법은 README의 Discord 절에 있습니다.
cli-discord-token-refused = jointclass discord-sync: Discord가 DISCORD_TOKEN을 거부했습니다. Developer Portal에서 봇 토큰을 다시 복사해 주세요.
cli-discord-forbidden = jointclass discord-sync: Discord가 서버 { $guild }에 명령을 등록하지 못하게 했습니다. applications.commands 범위로 봇을 그 서버에 초대해 주세요.
cli-discord-http-error = jointclass discord-sync: Discord의 응답은 { $status }입니다. { $text }
cli-discord-registered = { $target }에 Discord 명령 { $commands }개(하위 명령을 합쳐 { $declared }개)를 등록했습니다.
cli-discord-up-to-date = { $target }의 Discord 명령은 이미 최신이라 아무것도 보내지 않았습니다(--force를 주면 그래도 보냅니다).
cli-discord-every-server = 모든 서버
cli-discord-server = 서버 { $guild }
cli-discord-invite = 초대 링크: { $url }
