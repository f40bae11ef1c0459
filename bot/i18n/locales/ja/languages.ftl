## `/exchange language`（bot/commands/languages.py）。$language は言語名とタグです（例: 日本語 (ja)）。

language-shown-chosen = ご自分で選んだとおり、ボットを{ $language }で読んでいます。`/exchange language auto` でプラットフォームと学校に任せられます。
language-shown-automatic = プラットフォームの言語か学校の国に従って、ボットを{ $language }で読んでいます。`/exchange language ja`（または ko、zh-Hant、en、en-US）で選べます。
language-now-chosen = これからはボットが{ $language }で書きます。
language-now-automatic = 再びプラットフォームの言語と学校の国に従います。今は{ $language }です。

cmd-language = ボットがあなたに書く言語を選ぶか、表示します。
cmd-language-description = 言語を指定しなければ、今読んでいる言語とその理由を表示します。選んだ言語は、このプラットフォームとワークスペースで、返信とボットが送るメッセージに使われます。
cmd-language-opt-language = ko、ja、zh-Hant、en、en-US（または 日本語 のような名前）、プラットフォームと学校に従うなら auto
value-reading-language-accepted = en、en-US、ko、ja、zh-Hant、auto、または言語の名前
