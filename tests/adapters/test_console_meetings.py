"""A newcomer's whole meeting flow in the console: every time in both zones, files saved."""

from __future__ import annotations

import io
from pathlib import Path

from icalendar import Calendar

from bot.adapters.console import Console
from bot.adapters.testing import TestBot
from bot.i18n.languages import language_for_country
from bot.i18n.messages import Message
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE

FLOW = [
    f"@alice /exchange {SEOUL_MIDDLE}",
    f"@bob /exchange {OSAKA_MIDDLE}",
    '@alice /exchange request JP-sakura-junior-high "Shall we meet?"',
    "@bob /exchange accept KR-hanbit-middle",
    "@alice /exchange propose",
    '@alice /exchange book 2 type=discussion topic="School lunch"',
    "@bob /exchange confirm link=https://meet.example/abc",
    "@alice /exchange sessions",
    "@alice /exchange ics 1",
    "@alice /exchange overlap",
]


async def test_register_propose_book_confirm_list_and_get_the_files(tmp_path: Path) -> None:
    bot = await TestBot.start(JOINTCLASS_DATA_DIR=str(tmp_path))
    out = io.StringIO()
    shell = Console(bot.core, out=out, err=io.StringIO())
    try:
        replies = [await shell.run_line(line) for line in FLOW]
    finally:
        await bot.close()
    failed = [(line, r.text) for line, r in zip(FLOW, replies, strict=True) if r and not r.ok]
    assert not failed
    printed = out.getvalue()
    proposal, session_list = replies[4], replies[7]
    assert proposal is not None and session_list is not None
    for text in (proposal.text, session_list.text):
        assert "KST (Seoul)" in text and "JST (Osaka)" in text
    japanese = language_for_country("JP")  # bob's, from his school's country
    assert japanese is not None
    asked = Message(
        "meetings-proposed-notice", who="alice", school="Hanbit Middle School", session=""
    )
    heading = bot.core.translator.render(asked, japanese).splitlines()[0]
    assert f"→ to @bob: {heading}" in printed
    saved = [
        Path(line.split("Saved ", 1)[1])
        for line in printed.splitlines()
        if line.strip().startswith("Saved ")
    ]
    names = [path.name for path in saved]
    # on confirm and on `ics 1`: each download is a file of its own
    assert names[:2] == ["exchange-session-1-seq0.ics", "exchange-session-1-seq0-2.ics"]
    assert all(path.exists() for path in saved) and len(set(saved)) == len(saved)
    assert any(
        name.startswith("overlap-KR-hanbit-middle-JP-sakura-junior-high") and name.endswith(".png")
        for name in names
    )
    invite = Calendar.from_ical((tmp_path / "files" / "exchange-session-1-seq0.ics").read_bytes())
    (event,) = invite.walk("VEVENT")
    assert "KST (Seoul)" in str(event["DESCRIPTION"]) and "JST (Osaka)" in str(event["DESCRIPTION"])
    assert (tmp_path / "files" / names[-1]).read_bytes().startswith(b"\x89PNG")
