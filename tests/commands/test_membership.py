"""Membership is granted, not taken: asking to join, approving, declining, claim codes, the
survey's named teacher, and removing a colleague."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.adapters.testing import TestBot
from bot.i18n.languages import language_for_country
from bot.i18n.messages import Message
from bot.schools.survey_import import import_survey
from storage.engine import MEMORY_URL, transaction
from storage.models import ClaimCode, JoinRequest, JoinStatus, Membership, Partnership
from storage.repositories.join_requests import JoinRequests
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.schools.test_survey_import import DENVER, OSAKA, SEOUL, survey
from tests.support.membership import join_approved

A, B = "KR-hanbit-middle", "JP-sakura-junior-high"


async def rows(bot, table):
    async with bot.core.sessions() as db:
        return list((await db.exec(select(table))).all())


async def teachers_of(bot, school_id):
    return sorted(m.user_id for m in await rows(bot, Membership) if m.school_id == school_id)


async def partners(bot):
    await bot.ok("alice", f"request {B}")
    await bot.ok("bob", "accept")


async def test_a_stranger_who_asks_to_join_is_no_teacher_and_sees_nothing_private(two_schools):
    bot = two_schools
    await partners(bot)
    asked = await bot.ok("mallory", f"school join {A}", workspace="T9")
    assert "Asked to join Hanbit Middle School" in asked.text
    assert await teachers_of(bot, A) == ["alice"]
    for line in (f"partnership end {B}", "sessions", "partners", "reminders"):
        refused = await bot.run("mallory", line, workspace="T9")
        assert not refused.ok and "not a teacher of a registered school" in refused.text, line
    shown = await bot.ok("mallory", f"school show {A}", workspace="T9")
    assert shown.data["teachers"] == [] and shown.data["teachers_elsewhere"] == 1
    [pair] = await rows(bot, Partnership)
    assert pair.status == "active"


async def test_the_schools_teachers_are_asked_with_buttons_and_approving_makes_a_teacher(
    two_schools,
):
    bot = two_schools
    asked = await bot.ok("dan", f"school join {A}")
    [request] = bot.sent_to("alice")
    number = asked.data["request_id"]
    korean, render = language_for_country("KR"), bot.core.translator.render
    assert korean is not None  # alice's school is in Seoul: she reads Korean
    assert request.text == render(
        Message(
            "membership-join-request",
            person="Dan",
            platform="test",
            user="dan",
            workspace="T1",
            school="Hanbit Middle School",
            id=A,
            number=str(number),
        ),
        korean,
    )
    assert [(a.label, a.command) for a in request.actions] == [
        (render(Message("membership-button-approve"), korean), f"teacher approve {number}"),
        (render(Message("membership-button-decline"), korean), f"teacher decline {number}"),
    ]
    assert bot.sent_to("bob") == [] and bot.sent_to("coordinator") == []
    approved = await bot.ok("alice", request.actions[0].command)
    assert "Dan is now a teacher of Hanbit Middle School" in approved.text
    assert await teachers_of(bot, A) == ["alice", "dan"]
    [welcome] = bot.sent_to("dan")
    assert welcome.text == render(  # a teacher of a Seoul school now, Dan is told in Korean
        Message("membership-approved-to-asker", by="Alice", school="Hanbit Middle School", id=A),
        korean,
    )
    assert (await bot.ok("dan", "school show")).data["school"]["id"] == A


async def test_a_second_click_on_approve_changes_nothing_and_says_what_happened(two_schools):
    bot = two_schools
    await bot.ok("dan", f"school join {A}")
    await bot.ok("alice", "teacher approve dan")
    again = await bot.run("alice", "teacher approve dan")
    assert not again.ok and "No request to join KR-hanbit-middle matches 'dan'" in again.text
    assert await teachers_of(bot, A) == ["alice", "dan"]


async def test_a_button_pressed_twice_answers_the_second_press_as_done(two_schools):
    bot = two_schools
    number = (await bot.ok("dan", f"school join {A}")).data["request_id"]
    await bot.ok("alice", f"teacher approve {number}")
    told = len(bot.sent_to("dan"))
    again = await bot.ok("alice", f"teacher approve {number}")
    assert again.data["already"] and f"You approved request #{number} of Dan" in again.text
    assert len(bot.sent_to("dan")) == told  # nobody is told twice
    other = await bot.run("alice", f"teacher decline {number}")
    assert not other.ok and f"Request #{number} was approved by alice" in other.text
    assert await teachers_of(bot, A) == ["alice", "dan"]


async def test_asking_to_join_twice_at_once_asks_once(two_schools):
    bot = two_schools
    first = await bot.ok("dan", f"school join {A}")
    again = await bot.ok("dan", f"school join {A}")
    assert again.data["already"] and again.data["request_id"] == first.data["request_id"]
    assert len(bot.sent_to("alice")) == 1 and len(await rows(bot, JoinRequest)) == 1


async def test_a_request_decided_meanwhile_is_not_decided_twice(two_schools):
    bot = two_schools
    asked = await bot.ok("dan", f"school join {A}")
    await bot.ok("coordinator", f"teacher decline {asked.data['request_id']} Unknown to us")
    late = await bot.run("alice", f"teacher approve {asked.data['request_id']}")
    assert not late.ok
    assert "Request #1 was declined by coordinator at 2027-01-11 00:00 UTC; nothing was " in (
        late.text
    )
    assert await teachers_of(bot, A) == ["alice"]


async def test_declining_tells_the_asker_why_and_they_cannot_ask_again_at_once(two_schools):
    bot = two_schools
    await bot.ok("dan", f"school join {A}")
    declined = await bot.ok("alice", 'teacher decline dan "We have no teacher called Dan"')
    assert "Declined Dan's request to join Hanbit Middle School" in declined.text
    [told] = bot.sent_to("dan")
    assert "Alice declined your request to join Hanbit Middle School: “We have no teacher " in (
        told.text
    )
    again = await bot.run("dan", f"school join {A}")
    assert not again.ok and "was declined on 2027-01-11" in again.text
    await bot.advance(timedelta(days=31))
    assert (await bot.ok("dan", f"school join {A}")).data["status"] == "pending"


async def test_only_its_teachers_and_its_coordinators_decide_a_request(two_schools):
    bot = two_schools
    await bot.ok("dan", f"school join {A}")
    for user in ("bob", "olga"):
        refused = await bot.run(user, "teacher approve dan")
        assert not refused.ok, user
    assert (
        "No request to join JP-sakura-junior-high matches 'dan'"
        in (await bot.run("bob", "teacher approve dan")).text
    )
    assert await teachers_of(bot, A) == ["alice"]


async def test_a_school_without_a_teacher_asks_its_programs_coordinators(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    asked = await bot.ok("alice", "school join KR-001")
    assert "has no teacher yet, so its program's coordinators have been asked" in asked.text
    [request] = bot.sent_to("coordinator")
    assert request.text.startswith("Hanbit Middle School has no teacher yet. Alice (test user")
    await bot.ok("coordinator", request.actions[0].command)
    assert await teachers_of(bot, "KR-001") == ["alice"]


async def test_a_coordinator_of_the_program_joins_at_once(two_schools):
    reply = await two_schools.ok("coordinator", f"school join {A}")
    assert "as its program's coordinator" in reply.text
    assert await teachers_of(two_schools, A) == ["alice", "coordinator"]


async def test_asking_for_another_school_withdraws_the_first_request(two_schools):
    bot = two_schools
    first = await bot.ok("dan", f"school join {A}")
    second = await bot.ok("dan", f"school join {B}")
    assert f"Your request to join {A} (#{first.data['request_id']}) is withdrawn" in second.text
    late = await bot.run("alice", f"teacher approve {first.data['request_id']}")
    assert not late.ok and await teachers_of(bot, A) == ["alice"]
    whoami = await bot.ok("dan", "whoami")
    assert f"you asked to join {B} on 2027-01-11" in whoami.text


async def test_a_claim_code_makes_its_holder_the_teacher_once(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    issued = await bot.ok("coordinator", "school code KR-001")
    code = issued.data["code"]
    assert "It works once, until 2027-02-10 00:00 UTC" in issued.text
    claimed = await bot.ok("alice", f"school claim {code.lower().replace('-', ' ')}")
    assert "You are now a teacher of Hanbit Middle School (KR-001), with a claim code" in (
        claimed.text
    )
    again = await bot.run("dan", f"school claim {code}")
    assert not again.ok and "already used, on 2027-01-11" in again.text
    repeat = await bot.ok("alice", f"school claim {code}")
    assert repeat.data["already"] and "You claimed Hanbit Middle School (KR-001)" in repeat.text
    assert await teachers_of(bot, "KR-001") == ["alice"]


async def test_a_claim_code_expires_and_a_new_one_replaces_the_old(bot):
    await import_survey(bot.core, survey(SEOUL, OSAKA), None)
    old = (await bot.ok("coordinator", "school code KR-001")).data["code"]
    new = (await bot.ok("coordinator", "school code KR-001")).data["code"]
    replaced = await bot.run("alice", f"school claim {old}")
    assert not replaced.ok and "not a claim code the bot handed out" in replaced.text
    await bot.advance(timedelta(days=30))
    expired = await bot.run("alice", f"school claim {new}")
    assert not expired.ok and "expired on 2027-02-10 00:00 UTC" in expired.text
    typo = await bot.run("alice", "school claim 1234")
    assert not typo.ok and "is not a claim code" in typo.text
    assert await teachers_of(bot, "KR-001") == []


async def test_only_coordinators_of_its_program_hand_out_codes(two_schools):
    refused = await two_schools.run("alice", f"school code {A}")
    assert not refused.ok and "Only a program coordinator" in refused.text
    assert await rows(two_schools, ClaimCode) == []


async def test_the_database_keeps_no_claim_code_in_clear(bot):
    await import_survey(bot.core, survey(SEOUL), None)
    code = (await bot.ok("coordinator", "school code KR-001")).data["code"]
    async with bot.core.engine.connect() as connection:
        stored = (await connection.execute(text("SELECT * FROM claimcode"))).all()
    assert len(stored) == 1
    plain = code.replace("-", "")
    assert not any(plain in str(value) or code in str(value) for value in stored[0])


async def test_the_teacher_a_survey_names_joins_at_once_and_nobody_else(bot):
    header = survey(SEOUL).splitlines()[0] + ",teacher_account,teacher_email"
    row = SEOUL + ",test:T1:alice,alice@hanbit.example"
    await import_survey(bot.core, f"{header}\n{row}\n", None)
    reply = await bot.ok("alice", "school join KR-001")
    assert "as the teacher the demand survey names" in reply.text
    other = await bot.ok("dan", "school join KR-001")
    assert other.data["status"] == "pending"
    assert await teachers_of(bot, "KR-001") == ["alice"]


async def test_a_teacher_removes_a_colleague_who_then_sees_nothing_private(two_schools):
    bot = two_schools
    await join_approved(bot, "mallory", A, approver="alice", workspace="T9")
    removed = await bot.ok("alice", "teacher remove mallory")
    assert "Mallory is no longer a teacher of Hanbit Middle School" in removed.text
    assert "Alice removed you from the teachers of Hanbit Middle School" in (
        bot.sent_to("mallory")[-1].text
    )
    assert await teachers_of(bot, A) == ["alice"]
    assert not (await bot.run("mallory", "sessions", workspace="T9")).ok


async def test_a_teacher_cannot_remove_a_teacher_of_another_school(two_schools):
    refused = await two_schools.run("alice", f"teacher remove bob school={B}")
    assert not refused.ok and "Only the teachers of Sakura Junior High" in refused.text
    assert await teachers_of(two_schools, B) == ["bob"]


async def test_registering_a_school_withdraws_a_waiting_request(two_schools):
    bot = two_schools
    await bot.ok("dan", f"school join {A}")
    reply = await bot.ok("dan", SEOUL_MIDDLE.replace("Hanbit", "Mirae"))
    assert "is withdrawn" in reply.text
    [request] = await rows(bot, JoinRequest)
    assert request.status == "withdrawn"


@pytest.fixture
async def lasting_bot(database_url, tmp_path):
    """Two schools on a database whose commands run on connections of their own (on SQLite a
    file: the in-memory database shares one connection between concurrent commands)."""
    url = (
        f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3"
        if database_url == MEMORY_URL
        else (database_url)
    )
    bot = await TestBot.start(database_url=url)
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    yield bot
    await bot.close()


async def test_approve_and_decline_pressed_at_once_decide_the_request_once(lasting_bot):
    bot = lasting_bot
    asked = await bot.ok("dan", f"school join {A}")
    number = asked.data["request_id"]
    replies = await asyncio.gather(
        bot.core.handle_text(bot.actor("alice"), f"teacher approve {number}"),
        bot.core.handle_text(bot.actor("coordinator"), f"teacher decline {number}"),
    )
    assert sorted(reply.ok for reply in replies) == [False, True]
    [lost] = [reply for reply in replies if not reply.ok]
    assert "error_id" not in lost.data
    assert f"Request #{number} was" in lost.text and "nothing was changed" in lost.text
    [request] = await rows(bot, JoinRequest)
    winner = "approved" if replies[0].ok else "declined"
    assert request.status == winner
    assert await teachers_of(bot, A) == (["alice", "dan"] if winner == "approved" else ["alice"])


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_a_request_decided_between_its_two_reads_is_said_so(lasting_bot, monkeypatch):
    """On PostgreSQL every statement reads what was committed before it: a decline committed
    after `teacher approve N` read request N as waiting, and before it listed the waiting
    ones, must be said as the decline, not as "no request matches"."""
    bot = lasting_bot
    number = (await bot.ok("dan", f"school join {A}")).data["request_id"]
    listed = JoinRequests.pending_decidable

    async def declined_meanwhile(self, school_id, program_ids):
        async with transaction(bot.core.sessions) as other:
            request = await JoinRequests(other).get(number)
            by = bot.actor("coordinator").key
            assert await JoinRequests(other).decide(
                request, JoinStatus.DECLINED, by, bot.clock.now()
            )
        return await listed(self, school_id, program_ids)

    monkeypatch.setattr(JoinRequests, "pending_decidable", declined_meanwhile)
    late = await bot.run("alice", f"teacher approve {number}")
    assert not late.ok and "error_id" not in late.data
    assert f"Request #{number} was declined by coordinator at" in late.text
    assert await teachers_of(bot, A) == ["alice"]


async def test_two_claims_of_one_code_at_once_make_one_teacher(lasting_bot):
    bot = lasting_bot
    await import_survey(bot.core, survey(DENVER), None)
    code = (await bot.ok("coordinator", "school code US-001")).data["code"]
    replies = await asyncio.gather(
        bot.core.handle_text(bot.actor("dan"), f"school claim {code}"),
        bot.core.handle_text(bot.actor("erin"), f"school claim {code}"),
    )
    assert sorted(reply.ok for reply in replies) == [False, True]
    [lost] = [reply for reply in replies if not reply.ok]
    assert "That claim code was already used" in lost.text and "error_id" not in lost.data
    winner = "dan" if replies[0].ok else "erin"
    assert await teachers_of(bot, "US-001") == [winner]
