## `/exchange help` (bot/commands/help.py). 명령과 옵션 이름, 사용법, 예시는 입력하는 그대로 둡니다.

help-overview = Joint Class Bot 명령 목록입니다. 자세한 설명은 `/exchange help <command>`로 볼 수 있습니다.
help-usage = 사용법: { $usage }
help-options = 옵션은 다음과 같습니다:
help-who = 쓸 수 있는 사람: { $who }
help-example = 예: { $example }
help-who-anyone = 누구나
help-who-teachers = 등록된 학교의 교사
help-who-coordinators = 프로그램 코디네이터
help-who-teachers-and-coordinators = 등록된 학교의 교사와 프로그램 코디네이터
help-option-help = { $help }.
help-option-choices = 다음 중 하나입니다: { $choices }.
help-option-accepts = { $accepted } 형식을 받습니다.
help-option-accepts-list = { $accepted } 형식을 쉼표로 구분한 목록으로 받습니다.
help-option-range = 범위는 { $low }–{ $high }입니다.
help-option-required = 꼭 필요합니다.
help-option-default = 기본값은 { $default }입니다.

cmd-help = 모든 명령을 보여 주거나 한 명령의 사용법, 옵션, 예시를 설명합니다.
cmd-help-opt-command = 설명할 명령, 예: 'school register'
