## 어댑터(bot/adapters)가 직접 하는 말: Discord, Slack, 콘솔이 명령 앞뒤에 읽는 사람의 언어로 보여 줍니다.

adapters-discord-outdated = Discord가 이 봇에 없는 명령을 보냈습니다(명령 목록이 오래되었을 수 있습니다). 잠시 뒤에 다시 해 보시거나, 봇 운영자에게 `jointclass discord-sync`를 실행해 달라고 요청해 주세요.
adapters-discord-incomplete = Discord가 이 명령을 필요한 내용 없이 보냈습니다. 다시 해 주세요.
adapters-discord-posted = 완료했습니다. 답은 이 채널에 올렸습니다.
adapters-discord-expired-button = 이 버튼은 더 이상 작동하지 않습니다. 명령을 다시 실행해 주세요.
adapters-discord-expired-form = 이 양식은 더 이상 작동하지 않습니다. 명령을 다시 실행해 주세요.
adapters-console-only-exchange = 여기서는 /exchange 명령만 알아듣습니다. { $command }은(는) 알아듣지 못합니다. /exchange help를 입력해 주세요
adapters-console-clock-demo-only = 시계는 버려도 되는 데이터베이스로 하는 데모에서만 움직입니다. `jointclass console --demo-clock 2027-01-11T09:00Z`로 콘솔을 시작한 다음 `/clock advance 30d`를 입력하면 시계가 움직이고 그사이에 예정된 알림이 나갑니다.
adapters-console-banner = Joint Class Bot 콘솔입니다. `/exchange help`를 입력해 주세요. 명령 앞에 `@이름`을 쓰면 다른 사람으로 실행하고, Ctrl-D를 누르면 끝납니다.
adapters-console-banner-demo-clock = Joint Class Bot 콘솔입니다. `/exchange help`를 입력해 주세요. 명령 앞에 `@이름`을 쓰면 다른 사람으로 실행하고, Ctrl-D를 누르면 끝납니다.
    데모 시계: `/clock`은 시각을 보여 주고, `/clock advance 30d`나 `/clock to 2027-04-12T06:00Z`는 시계를 움직이며 그사이에 예정된 알림을 보냅니다.

## Around any message, on Slack and Discord: the reader's own time, the whole text as a file.
adapters-whole-text = 전체 내용
adapters-more-lines = { $count ->
   *[other] … 나머지 { $count }줄은 이 메시지에 다 담지 못했습니다. 첨부한 { $file }에 전부 있습니다.
}
adapters-more-items = { $count ->
   *[other] … 나머지 { $count }개 항목은 이 메시지에 다 담지 못했습니다. 첨부한 { $file }에 전부 있습니다.
}
adapters-your-local-time = 내 현지 시각: { $time }
adapters-session-starts = 세션 시작(내 현지 시각): { $time }

## A form's inputs, on Slack and Discord: the option's help as a sentence, what it accepts.
adapters-form-help = { $help }.
adapters-form-accepts = { $accepted } 형식으로 입력해 주세요.
adapters-form-several = 여러 개는 쉼표로 구분해 주세요.
adapters-form-accepts-several = { $accepted } (여러 개는 쉼표로 구분)

## Slack's forms and files.
adapters-slack-form-submit = 제출
adapters-slack-form-cancel = 취소
adapters-slack-expired-form = 봇이 더 이상 이 양식을 알지 못합니다. 명령을 다시 실행해 새 양식을 열어 주세요.
adapters-slack-channel-names-taken = Slack에 이미 #{ $first }부터 #{ $last }까지의 채널이 있습니다. 공동 채널에 다른 이름을 정해 주세요.
adapters-slack-files-not-sent = 죄송합니다. { $files }을(를) 보내지 못했습니다. 파일을 받으려면 명령을 다시 실행해 주세요.

## Discord's joint channels: the category every member of the server sees, and the audit log.
adapters-discord-category = 공동 수업
adapters-discord-category-reason = 학교 파트너십의 공동 채널
adapters-discord-channel-reason = 학교 파트너십의 공동 채널

## The console's survey import.
adapters-console-import-usage = `/import survey.csv --program "Seoul IJC 2027"`처럼 입력해 주세요(`jointclass import`와 같이 `--create-program`, `--move-from PROGRAM`, `--dry-run`도 쓸 수 있습니다).
adapters-console-import-which-file = 어느 파일을 가져올지 알려 주세요. { $usage }
adapters-console-import-unreadable = 이 줄을 파일과 옵션으로 읽을 수 없습니다. 따옴표가 닫히지 않았습니다. { $usage }
adapters-console-cannot-read = { $problem ->
    [missing] { $path }을(를) 읽을 수 없습니다. 그런 파일이 없습니다.
    [folder] { $path }을(를) 읽을 수 없습니다. 파일이 아니라 폴더입니다.
    [denied] { $path }을(를) 읽을 수 없습니다. 봇에게 열 권한이 없습니다.
   *[unknown] { $path }을(를) 읽을 수 없습니다: { $reason }.
}
adapters-console-saved = { $path }에 저장했습니다
