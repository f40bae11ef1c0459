## `jointclass` が人に向けて表示する内容 (bot/cli, bot/adapters/discord/sync.py)。プログラムの
## 言語（JOINTCLASS_LANGUAGE）で書きます。コマンド名とオプション名（--apply、--csv、
## DISCORD_TOKEN）、プログラム名と学校名、ID、パスはそのままです。`--json` と CSV はデータなので
## 翻訳しません。

cli-configuration-problem = jointclass：設定に問題があります。{ $problem }
cli-no-program = jointclass { $job }：「{ $name }」という名前のプログラムはありません。あるプログラム：{ $programs }
cli-no-program-none = jointclass { $job }：「{ $name }」という名前のプログラムはありません。プログラムはまだありません。
cli-import-codes-in-dry-run = jointclass import：--codes はコードを書き出しますが、--dry-run は何も書き込みません。どちらか一方にしてください。
cli-import-cannot-read = jointclass import：{ $path } を読めません。{ $error }
cli-import-unreadable = jointclass import：{ $path }：{ $problem }
cli-import-cannot-write-codes = { $path }：何も取り込んでいません。{ $codes } に書き込めません。{ $error }
cli-match-no-folder = jointclass match：--csv：書き込み先のフォルダー { $folder } がありません
cli-match-progress = [{ $seconds } 秒] { $step }
cli-match-done = 完了
cli-match-heading = { $program } の組み合わせ · { $week } の週 · 重なり { $duration } 分以上 · 枠の残る学校 { $schools } 校 · 可能なペア { $feasible } 組
cli-match-totals = { $pairs } 組（可能な最大）· 品質の合計 { $quality } · 枠の残る学校 { $open } 校
cli-match-column-home = 国内校
cli-match-column-partner = 相手校
cli-match-column-overlap = 重なり
cli-match-column-language = 言語
cli-match-column-score = 点数
cli-match-column-school = 学校
cli-match-column-open = 残り枠
cli-match-column-reason = 理由
cli-match-minutes = { $minutes } 分
cli-match-continuing = 継続
cli-match-wrote-csv = すべてのペアと枠の残るすべての学校を { $path } に書き出しました。
cli-match-nothing-created = 何も作成していません。--apply を加えると、これらの交流関係を作成して各校に知らせます。
cli-match-created = 交流関係を { $created } 件作成しました。起動中のボットが今 { $told } 校の教員に知らせます。ボットにまだ教員のいない { $waiting } 校には、最初の教員が参加したときに知らせます。
cli-match-not-created = {"  "}作成せず：{ $home } + { $partner }：{ $reason }
cli-propose-refused = jointclass propose：{ $problem }
cli-sessions-listed = { $program } のセッション { $count } 件：
cli-sessions-none = { $program } にはセッションがありません。
cli-sessions-none-in-status = { $program } には { $status } のセッションがありません。
cli-discord-declaration-problem = jointclass discord-sync：{ $problem }
cli-discord-declaration-problem-unsent = jointclass discord-sync：何も送信していません。{ $problem }
cli-discord-no-token = jointclass discord-sync：DISCORD_TOKEN に Discord アプリケーションのボットトークンを設定してください（README の Discord を参照してください）。
cli-discord-token-refused = jointclass discord-sync：Discord が DISCORD_TOKEN を拒否しました。Developer Portal からボットトークンをもう一度コピーしてください。
cli-discord-forbidden = jointclass discord-sync：Discord がサーバー { $guild } へのコマンド登録を拒否しました。applications.commands スコープでボットをそのサーバーに招待してください。
cli-discord-http-error = jointclass discord-sync：Discord の応答は { $status } です：{ $text }
cli-discord-registered = { $target } に Discord のコマンド { $commands } 件（サブコマンドを含めて { $declared } 件）を登録しました。
cli-discord-up-to-date = { $target } の Discord のコマンドはすでに最新のため、何も送信していません（--force を付けると送信します）。
cli-discord-every-server = すべてのサーバー
cli-discord-server = サーバー { $guild }
cli-discord-invite = 招待リンク：{ $url }
