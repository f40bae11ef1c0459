"""Issue 18's "done when": a Seoul teacher's whole term through `jointclass console --lang ko`
(README's "A term in Korean, in the console") reads in Korean, the Osaka teacher's in Japanese,
the Taipei teacher's in Traditional Chinese; no English sentence of the catalogs is left and no
message fell back to English."""

from __future__ import annotations

import logging
import re
from itertools import pairwise

from bot.i18n.languages import language_for_country
from tests.support.in_language import english_in, saved_line
from tests.support.walk_through import KOREAN, README, read_walk_through, run_walk_through

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3041-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
CODE = re.compile(r"`[^`]*`")
KOREAN_READER = language_for_country("KR")  # the console's --lang


def first_replies(printed: str) -> dict[str, list[str]]:
    """The first line answering each typed line, by who typed it (`@alice` …)."""
    replies: dict[str, list[str]] = {}
    lines = printed.splitlines()
    for typed, answer in pairwise(lines):
        if typed.startswith("you> @"):
            replies.setdefault(typed.split()[1], []).append(answer)
    return replies


async def test_a_seoul_teachers_term_reads_in_each_readers_language(tmp_path, caplog) -> None:
    walk = read_walk_through(README.read_text(encoding="utf-8"), KOREAN)
    with caplog.at_level(logging.WARNING, logger="bot.i18n.translator"):
        printed = await run_walk_through(walk, tmp_path)
    shown = "\n".join(  # file names (`…-ratings.png`) and typed lines are not sentences
        line
        for line in saved_line(KOREAN_READER).sub("", printed).splitlines()
        if not line.startswith("you> ")
    )
    shown = CODE.sub("", shown).replace("Default program", "")  # commands, the program's name
    assert english_in(shown) == []
    assert [r.message for r in caplog.records if "in English" in r.message] == []
    replies = first_replies(printed)
    assert all(HANGUL.search(line) for line in replies["@alice"] + replies["@coordinator"])
    assert all(KANA.search(line) for line in replies["@bob"])
    assert all(HAN.search(line) and not KANA.search(line) for line in replies["@mei"])
    assert "  → to #console: 이제 이 채널은" in printed  # the joint channel: Seoul's first …
    assert "このチャンネルは" in printed  # … then Osaka's
