## `/exchange language` (bot/commands/languages.py). $language는 언어 이름과 태그입니다(예: 한국어 (ko)).

language-shown-chosen = 직접 고른 대로 봇을 { $language }(으)로 읽습니다. `/exchange language auto`로 플랫폼과 학교에 맡길 수 있습니다.
language-shown-automatic = 플랫폼 언어나 학교 국가에 따라 봇을 { $language }(으)로 읽습니다. `/exchange language ko`(또는 ja, zh-Hant, en, en-US)로 고를 수 있습니다.
language-now-chosen = 이제부터 봇이 { $language }(으)로 씁니다.
language-now-automatic = 다시 플랫폼 언어와 학교 국가를 따릅니다. 지금은 { $language }입니다.

cmd-language = 봇이 나에게 쓰는 언어를 고르거나 보여 줍니다.
cmd-language-description = 언어를 주지 않으면 지금 읽는 언어와 그 이유를 보여 줍니다. 고른 언어는 이 플랫폼과 워크스페이스에서 답장과 봇이 보내는 메시지에 적용됩니다.
cmd-language-opt-language = ko, ja, zh-Hant, en, en-US 또는 한국어 같은 이름, 플랫폼과 학교를 따르려면 auto
value-reading-language-accepted = en, en-US, ko, ja, zh-Hant, auto 또는 언어 이름
