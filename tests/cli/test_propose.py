"""`jointclass propose SCHOOL_A SCHOOL_B`: the same slots and checks as the chat command."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from bot.adapters.testing import TestBot
from bot.cli import propose as cli_propose
from bot.cli.main import build_parser
from bot.core.settings import Settings
from bot.i18n.messages import Message
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.in_language import english_in, written_in


@pytest.fixture
async def settings(tmp_path: Path) -> Settings:
    """A data directory holding two registered schools, Seoul and Osaka."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    bot = await TestBot.start(database_url=url)
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    await bot.close()
    return Settings(_env_file=None, DATABASE_URL=url, JOINTCLASS_DATA_DIR=str(tmp_path))  # type: ignore[call-arg]


async def run(settings: Settings, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["propose", *argv])
    code = await cli_propose.run(settings, args, out, err)
    return code, out.getvalue(), err.getvalue()


async def test_propose_prints_the_slots_in_both_zones(settings: Settings) -> None:
    code, out, _ = await run(
        settings,
        "KR-hanbit-middle",
        "Sakura Junior High",
        "--from",
        "2027-03-08",
        "--to",
        "2027-03-12",
        "--count",
        "3",
    )
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(lines) == 3
    assert lines[0] == "  1. Mon 8 Mar 09:00–10:00 KST (Seoul) · Mon 8 Mar 09:00–10:00 JST (Osaka)"
    assert "book" not in out


async def test_json_gives_the_same_data_as_the_chat_command(settings: Settings) -> None:
    code, out, _ = await run(
        settings,
        "JP-sakura-junior-high",
        "KR-hanbit-middle",
        "--json",
        "--from",
        "2027-03-08",
        "--to",
        "2027-03-12",
        "--duration",
        "1h30m",
    )
    data = json.loads(out)
    assert code == 0 and data["school_id"] == "JP-sakura-junior-high"
    slot = data["slots"][0]
    assert slot["end_utc"] == "2027-03-08T01:30:00+00:00"
    assert [local["timezone"] for local in slot["local"]] == ["Asia/Tokyo", "Asia/Seoul"]


async def test_unknown_schools_and_bad_ranges_are_refused_plainly(settings: Settings) -> None:
    code, _, err = await run(settings, "KR-hanbit-middle", "JP-nowhere")
    assert code == 2 and "No school matches 'JP-nowhere'" in err  # as chat says it
    code, _, err = await run(
        settings,
        "KR-hanbit-middle",
        "JP-sakura-junior-high",
        "--from",
        "2027-03-12",
        "--to",
        "2027-03-08",
    )
    assert code == 2 and "before it starts" in err


def test_options_are_read_with_the_chat_declarations(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["propose", "A", "B", "--duration", "5"])
    assert "duration: 5 is out of range; it must be from 15 to 240" in capsys.readouterr().err
    args = build_parser().parse_args(["propose", "A", "B"])
    assert isinstance(args, argparse.Namespace) and args.duration == 60 and args.count == 5


async def test_the_slots_and_refusals_are_in_the_programs_language(settings: Settings) -> None:
    korean = settings.model_copy(update={"language": "ko"})
    code, out, _ = await run(korean, "KR-hanbit-middle", "JP-sakura-junior-high")
    assert code == 0 and "KST (서울)" in out and english_in(out) == []
    code, _, err = await run(korean, "KR-hanbit-middle", "JP-nowhere")
    nowhere = Message("dispatch-no-school-matches", text="JP-nowhere")
    assert err == written_in("ko", Message("cli-propose-refused", problem=nowhere)) + "\n"
