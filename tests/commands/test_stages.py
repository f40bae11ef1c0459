"""Partnership stages through the test adapter: a pair moves from online exchange to a planned
visit, a visit made and a signed agreement; who may move it, in which order, and who is told."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.adapters.testing import TestBot
from storage.models import StageMove
from tests.commands.test_feedback import OSAKA, SEOUL, START, end_session
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import FR, KR, book_session, partnership, seoul_paris


@pytest.fixture
async def pair(bot: TestBot) -> TestBot:
    """alice teaches at Hanbit (Seoul), pierre at Molière (Paris), a joint channel; the clock
    reads 11 Jan 2027, 09:00 in Seoul and 01:00 in Paris."""
    await seoul_paris(bot)
    return bot


async def moves(bot: TestBot) -> list[tuple[str, str, str | None]]:
    async with bot.core.sessions() as db:
        rows = (await db.exec(select(StageMove).order_by(StageMove.id))).all()
    return [(row.stage.value, row.on.isoformat(), row.host_school) for row in rows]


async def test_a_pair_plans_a_visit_makes_it_and_signs_an_agreement(pair: TestBot) -> None:
    planned = await pair.ok(
        "alice", f"partnership stage {FR} visit-planned date=2027-04-12 host=KR"
    )
    assert planned.text == (
        "Recorded. Hanbit Middle School and Lycée Molière plan a visit on 12 Apr 2027, hosted by "
        "Hanbit Middle School (South Korea)."
    )
    told = [m for m in pair.sent_to("pierre") if m.data.get("event") == "partnership_stage"]
    assert [m.text for m in told] == ["Alice: " + planned.text.removeprefix("Recorded. ")]
    assert [m.recipient.target_id for m in pair.sent if m.recipient.kind == "channel"] == ["joint"]

    pair.clock.set(pair.clock.now() + timedelta(days=95))  # 16 Apr 2027
    visited = await pair.ok("pierre", f"partnership stage {KR} visited")
    assert visited.data["date"] == "2027-04-12" and visited.data["host"] == KR
    assert "met in person on 12 Apr 2027, hosted by Hanbit Middle School" in visited.text

    signed = await pair.ok("alice", f"partnership stage {FR} mou-signed date=2027-04-15")
    assert signed.data["previous"] == "visited"
    assert await moves(pair) == [
        ("visit-planned", "2027-04-12", KR),
        ("visited", "2027-04-12", KR),
        ("mou-signed", "2027-04-15", None),
    ]


async def test_an_agreement_may_come_without_a_visit_but_no_stage_goes_back(
    pair: TestBot,
) -> None:
    await pair.ok("alice", f"partnership stage {FR} mou-signed date=2027-01-10")
    back = await pair.run("pierre", f"partnership stage {KR} visit-planned date=2027-05-01 host=FR")
    assert not back.ok
    assert (
        "This partnership is already at 'MOU signed' (recorded at Mon 11 Jan 01:00 CET (Paris) "
        "by Alice); stages only move forwards"
    ) in back.text
    assert back.text.endswith("Nothing was recorded.")
    assert await moves(pair) == [("mou-signed", "2027-01-10", None)]


async def test_a_planned_visit_can_be_planned_again_with_the_other_school_hosting(
    pair: TestBot,
) -> None:
    await pair.ok("alice", f"partnership stage {FR} visit-planned date=2027-04-12 host=KR")
    again = await pair.ok(
        "pierre", f"partnership stage {KR} visit-planned date=2027-06-07 host={FR}"
    )
    assert again.data["host"] == FR and again.data["previous"] == "visit-planned"


async def test_a_repeated_move_is_answered_as_done_and_a_colleague_s_is_told_who_made_it(
    pair: TestBot,
) -> None:
    line = "visit-planned date=2027-04-12 host=KR"
    first = await pair.ok("alice", f"partnership stage {FR} {line}")
    again = await pair.ok("alice", f"partnership stage {FR} {line}")
    assert again.data == {**first.data, "already": True}
    assert again.text.startswith("You recorded this at Mon 11 Jan 09:00 KST (Seoul): Hanbit")
    same = await pair.run("pierre", f"partnership stage {KR} {line}")
    assert not same.ok
    assert same.text == (
        "Alice recorded this at Mon 11 Jan 01:00 CET (Paris): Lycée Molière and Hanbit Middle "
        "School plan a visit on 12 Apr 2027, hosted by Hanbit Middle School (South Korea). "
        "Nothing was recorded again."
    )
    told = [m for m in pair.sent_to("pierre") if m.data.get("event") == "partnership_stage"]
    assert len(told) == 1
    assert await moves(pair) == [("visit-planned", "2027-04-12", KR)]


async def test_a_move_after_the_partnership_ended_says_who_ended_it(pair: TestBot) -> None:
    await pair.ok("pierre", f"partnership end {KR}")
    late = await pair.run("alice", f"partnership stage {FR} mou-signed date=2027-01-05")
    assert not late.ok
    assert "was ended at Mon 11 Jan 09:00 KST (Seoul) by Lycée Molière; nothing was recorded" in (
        late.text
    )
    assert await moves(pair) == []


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("visit-planned date=2027-01-10 host=KR", "has passed in the host's calendar"),
        ("visit-planned date=2027-04-12", "host is needed for a visit"),
        ("visit-planned date=2027-04-12 host=JP", "host=JP is not one school of this pair"),
        ("visited host=FR", "date is needed for 'visited'"),
        ("mou-signed date=2027-02-01", "is still to come (today is 2027-01-11)"),
        ("mou-signed date=2027-01-05 host=KR", "host is only for visits"),
    ],
)
async def test_a_move_with_a_wrong_date_or_host_says_why_and_writes_nothing(
    pair: TestBot, line: str, says: str
) -> None:
    reply = await pair.run("alice", f"partnership stage {FR} {line}")
    assert not reply.ok and says in reply.text
    assert await moves(pair) == []


async def test_a_teacher_naming_their_own_school_is_asked_for_the_partner(pair: TestBot) -> None:
    reply = await pair.run("alice", f"partnership stage {KR} mou-signed date=2027-01-05")
    assert not reply.ok and "Name your partner school, not your own." in reply.text
    assert await moves(pair) == []


async def test_a_school_outside_the_pair_cannot_move_it_but_a_coordinator_can(
    pair: TestBot,
) -> None:
    await pair.ok("bob", OSAKA_MIDDLE)
    refused = await pair.run("bob", f"partnership stage {FR} mou-signed date=2027-01-05")
    assert not refused.ok
    assert await moves(pair) == []
    by_coordinator = await pair.ok(
        "coordinator", f"partnership stage {FR} visit-planned date=2027-03-02 host={FR}"
    )
    assert by_coordinator.data["host"] == FR
    told = {m.recipient.target_id for m in pair.sent if m.data.get("event") == "partnership_stage"}
    assert told == {"alice", "pierre", "joint"}


@pytest.fixture
async def held(bot: TestBot) -> TestBot:
    """alice teaches at Hanbit (Seoul), bob at Sakura (Osaka); their session #1 has ended."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    pair = await partnership(bot, SEOUL, OSAKA)
    await book_session(bot, pair, START)
    await end_session(bot)
    return bot


async def test_feedback_wishing_for_a_visit_or_an_agreement_names_the_stage_command(
    held: TestBot,
) -> None:
    bot = held
    wish = await bot.ok("alice", "feedback submit 1 status=held rating=5 continue_with=visit")
    assert (
        "Your partnership is at 'online exchange'. Once a visit has a date, record it: "
        f"`/exchange partnership stage {OSAKA} visit-planned date=YYYY-MM-DD host=<country of "
        "the school that hosts>`."
    ) in wish.text
    await bot.ok("alice", f"partnership stage {OSAKA} visit-planned date=2027-05-03 host=JP")
    both = await bot.ok(
        "bob", "feedback submit 1 status=held rating=5 continue_with=visit,agreement"
    )
    assert "Your partnership is at 'visit planned'. Once the visit has taken place" in both.text
    online = await bot.ok("alice", "feedback submit 1 continue_with=online")
    assert "partnership stage" not in online.text


async def test_the_report_shows_the_funnel_and_the_pairs_that_want_to_continue(
    held: TestBot,
) -> None:
    bot = held
    await bot.ok("alice", "feedback submit 1 status=held rating=5 continue_with=online,visit")
    await bot.ok("bob", "feedback submit 1 status=held rating=4 continue_with=visit")
    await bot.ok("bob", f"partnership stage {SEOUL} visit-planned date=2027-05-03 host=JP")
    report = await bot.ok("coordinator", "report")
    assert (
        "Stages by year (each pair at its latest stage by 31 Dec):\n"
        "  2027: online exchange 0 · visit planned 1 · visited 0 · MOU signed 0\n"
        "Pairs that want to continue, both schools (1):\n"
        "  Hanbit Middle School – Sakura Junior High: at visit planned, next: visited"
    ) in report.text
    assert report.data["stages"]["funnel"] == {
        "2027": {"online": 0, "visit-planned": 1, "visited": 0, "mou-signed": 0}
    }
    rows = list(csv.DictReader(io.StringIO(report.attachments[1].content.decode("utf-8-sig"))))
    assert [row["pair_stage"] for row in rows] == ["visit-planned", "visit-planned"]
