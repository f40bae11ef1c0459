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
adapters-console-import-unread = { $problem }. `/import survey.csv --program "Seoul IJC 2027"`처럼 입력해 주세요(`jointclass import`처럼 --create-program, --move-from PROGRAM, --dry-run도 쓸 수 있습니다).
adapters-console-import-which-file = 가져올 파일을 알려 주세요. `/import survey.csv --program "Seoul IJC 2027"`처럼 입력해 주세요(`jointclass import`처럼 --create-program, --move-from PROGRAM, --dry-run도 쓸 수 있습니다).
adapters-console-import-cannot-read = { $path }을(를) 읽을 수 없습니다. { $error }
