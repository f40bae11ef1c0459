## `/exchange language`（bot/commands/languages.py）。$language 是語言名稱與標籤，例如「中文（繁體） (zh-Hant)」。

language-shown-chosen = 依您的選擇，您以{ $language }閱讀機器人的訊息。`/exchange language auto` 可改由平台與學校決定。
language-shown-automatic = 依您的平台語言或學校所在國家，您以{ $language }閱讀機器人的訊息。`/exchange language zh-Hant`（或 ko、ja、en、en-US）可自行選擇。
language-now-chosen = 從現在起，機器人會以{ $language }寫給您。
language-now-automatic = 機器人再次依照您的平台語言與學校所在國家：目前為{ $language }。

cmd-language = 選擇或顯示機器人寫給您的語言。
cmd-language-description = 不指定語言時，顯示您目前閱讀的語言及原因。您的選擇適用於此平台與工作區中的回覆，以及機器人傳給您的訊息。
cmd-language-opt-language = ko、ja、zh-Hant、en 或 en-US（或語言名稱，例如 繁體中文）；auto 表示依照平台與學校
value-reading-language-accepted = en、en-US、ko、ja、zh-Hant 或 auto，或語言名稱
