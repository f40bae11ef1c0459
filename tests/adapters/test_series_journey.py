"""The issue's "done when" for series, through the test adapter, line for line as README shows
it in the console: two schools book six sessions across Easter Monday and Paris's change to
summer time, the after-school hour taking turns."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

from bot.adapters.testing import TestBot
from storage.models import ExchangeSession, SessionStatus

README = Path(__file__).parents[2] / "README.md"
JOURNEY = (
    (
        "alice",
        'school register "Hanbit Middle School" country=KR city=Seoul level=middle '
        'languages=ko,en class_hours="Mon-Fri 09:00-16:00" '
        'after_school_hours="Mon-Fri 16:00-18:00"',
    ),
    (
        "pierre",
        'school register "Lycée Molière" country=FR city=Paris level=middle languages=fr,en '
        'class_hours="Mon-Fri 08:00-16:00" after_school_hours="Mon-Fri 07:00-08:00"',
    ),
    ("alice", "request FR-lycee-moliere"),
    ("pierre", "accept"),
    ("alice", "propose from=2027-03-15 to=2027-03-26 count=3 series=6"),
    ("alice", 'book series 1 count=6 topic="Our towns"'),
    ("pierre", "confirm link=https://meet.example/abc"),
)
KR, FR = "KR-hanbit-middle", "FR-lycee-moliere"


async def test_two_schools_book_six_sessions_across_a_holiday_and_a_dst_change(
    bot: TestBot,
) -> None:
    replies = [await bot.ok(user, line) for user, line in JOURNEY]
    proposal, booked, confirmed = replies[-3:]
    for reply in (proposal, booked):
        assert "After school for Seoul 3 of 6, for Paris 3 of 6." in reply.text
        assert "Note: Paris moves to CEST on Sun 28 Mar 2027" in reply.text
    occurrences = booked.data["series"]["occurrences"]
    assert [o["after_school_for"] for o in occurrences] == [[FR], [KR]] * 3
    # Paris's turn on Easter Monday moves to Tuesday, still at 07:00 in Paris (now CEST)
    assert (
        "  3. (#3) Tue 30 Mar 14:00–15:00 KST (Seoul) · Tue 30 Mar 07:00–08:00 CEST (Paris) — "
        "after school for Paris — moved from Mon 29 Mar 14:00 KST (Seoul): Paris is closed on "
        "Mon 29 Mar (Easter Monday)"
    ) in booked.text
    # each school's turn stays put on its own clock across the change
    local = [o["slot"]["local"] for o in occurrences]
    assert {start[1]["start"][11:16] for start in local[0::2]} == {"07:00"}  # Paris
    assert {start[0]["start"][11:16] for start in local[1::2]} == {"16:00"}  # Seoul
    assert confirmed.text.startswith("Series #1 with Hanbit Middle School is booked: 6 sessions")
    await bot.advance(datetime(2027, 4, 20, tzinfo=UTC) - bot.clock.now())
    listed = await bot.ok("alice", "sessions")
    assert "no upcoming sessions" in listed.text
    asked = {m.data["session_id"] for m in bot.sent if m.data.get("event") == "feedback_requested"}
    agendas = [m for m in bot.sent if m.data.get("kind") == "agenda"]
    assert asked == {1, 2, 3, 4, 5, 6} and len(agendas) == 12  # to each school: no channel
    async with bot.core.sessions() as db:
        statuses = {s.status for s in (await db.exec(select(ExchangeSession))).all()}
    assert statuses == {SessionStatus.BOOKED}


def test_the_readme_shows_the_same_journey() -> None:
    readme = README.read_text(encoding="utf-8")
    for user, line in JOURNEY:
        assert f"@{user} /exchange {line}" in readme, line
