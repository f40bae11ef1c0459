"""The coordinators' tie-up in chat: run, publish, and what every school is told."""

import json

from sqlmodel import select

from bot.schools.survey_import import import_survey
from storage.models import Partnership
from tests.schools.test_survey_import import DENVER, OSAKA, SEOUL, survey
from tests.support.membership import join_approved

PARIS = "FR-001,Lycee Hugo,partner,FR,Paris,,middle,2,fr;en,culture,1,Mon-Fri 08:00-12:00,,"
SEOUL_NO_CLUBS = (
    "KR-002,Mirae Middle School,home,KR,Seoul,,middle,1-3,ko;en,culture,1,Mon-Fri 09:00-16:00,,"
)


async def program_with(bot, *rows):
    await import_survey(bot.core, survey(*rows), "Seoul IJC 2027")


async def partnerships(bot):
    async with bot.core.sessions() as db:
        return (await db.exec(select(Partnership))).all()


async def test_only_coordinators_run_the_tie_up(bot):
    await program_with(bot, SEOUL, OSAKA)
    await join_approved(bot, "alice", "KR-001")
    reply = await bot.run("alice", "tieup run")
    assert not reply.ok and "Only a program coordinator" in reply.text


async def test_daylight_saving_decides_whether_paris_and_seoul_can_meet(bot):
    await program_with(bot, SEOUL_NO_CLUBS, PARIS)
    march = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert march.data["pairs"] == []
    [left_over, _] = sorted(march.data["unmatched"], key=lambda u: u["school_id"])
    assert left_over["school_id"] == "FR-001"
    assert "adding after-school hours Mon 07:00–08:00 CET = 15:00–16:00 KST" in left_over["reason"]
    april = await bot.ok("coordinator", "tieup run week_of=2027-04-05")
    assert april.data["pairs"] == [
        {
            "home": "KR-002",
            "partner": "FR-001",
            "overlap_minutes": 60,
            "language": "en",
            "score": 210,
        }
    ]
    assert april.data["unmatched"] == []


async def test_a_run_shows_the_result_and_attaches_every_pair_without_creating_any(bot):
    await program_with(bot, SEOUL, OSAKA, DENVER)
    reply = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert "1 pair(s), the most possible, among 3 school(s)" in reply.text
    assert "KR-001 + JP-001: 390 min overlap, en, score 390" in reply.text
    [attachment] = reply.attachments
    document = json.loads(attachment.content)
    assert {pair["partner"] for pair in document["pairs"]} == {"JP-001"}
    assert {u["school_id"]: u["remaining_quota"] for u in document["unmatched"]} == {
        "KR-001": 1,
        "US-001": 1,
    }
    assert reply.actions[0].command == "tieup publish"
    assert await partnerships(bot) == []


async def test_publishing_creates_the_partnerships_and_tells_both_schools_in_both_zones(bot):
    await program_with(bot, SEOUL, OSAKA)
    await join_approved(bot, "alice", "KR-001")
    await join_approved(bot, "bob", "JP-001")
    await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    reply = await bot.ok("coordinator", "tieup publish")
    assert "1 partnership(s) created" in reply.text
    [created] = await partnerships(bot)
    assert (created.school_a, created.school_b, created.source) == ("KR-001", "JP-001", "tieup")
    to_alice, to_bob = bot.sent_to("alice")[-1].text, bot.sent_to("bob")[-1].text
    assert "Hanbit Middle School is paired with Sakura Junior High" in to_alice
    assert "Mon–Fri 09:00–15:30 KST = 09:00–15:30 JST" in to_alice
    assert "Mon–Fri 09:00–15:30 JST = 09:00–15:30 KST" in to_bob
    again = await bot.run("coordinator", "tieup publish")
    assert not again.ok and "was already published" in again.text


async def test_publishing_skips_pairs_that_changed_since_the_run(bot):
    await program_with(bot, SEOUL, OSAKA)
    await join_approved(bot, "alice", "KR-001")
    await join_approved(bot, "bob", "JP-001")
    await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    await bot.ok("alice", "request JP-001")
    await bot.ok("bob", "accept")
    reply = await bot.ok("coordinator", "tieup publish")
    assert "0 partnership(s) created" in reply.text
    assert "KR-001 + JP-001: Hanbit Middle School and Sakura Junior High are already " in (
        reply.text
    )
    assert len(await partnerships(bot)) == 1


async def test_the_run_leaves_out_pairs_that_are_partners_already_or_declined(bot):
    await program_with(bot, SEOUL, OSAKA)
    await join_approved(bot, "alice", "KR-001")
    await join_approved(bot, "bob", "JP-001")
    await bot.ok("alice", "request JP-001")
    await bot.ok("bob", "decline")
    reply = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert reply.data["pairs"] == []
    assert (
        "already partners with it or declined a request between them"
        in (reply.data["unmatched"][0]["reason"])
    )


async def test_publishing_needs_a_run_first(bot):
    reply = await bot.run("coordinator", "tieup publish")
    assert not reply.ok and "has no tie-up to publish yet" in reply.text
