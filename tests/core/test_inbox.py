"""The inbox: a command acknowledged is carried out and answered exactly once, whatever happens to
the process that took it; a repeated delivery is answered with the first outcome."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlmodel import col, select

import bot.core.inbox as inbox_module
from bot.core.inbox import (
    CRASH_LOOP_SPAN,
    MAX_STARTS,
    CommandInbox,
    Delivery,
    NotAccepting,
    Received,
    Typed,
)
from bot.core.reply import Reply
from bot.core.stored_reply import load_reply
from bot.i18n.languages import matching_language
from bot.i18n.messages import Message
from storage.database_clock import DatabaseNow
from storage.engine import transaction
from storage.models import InboxCommand, InboxStatus, OutboundMessage, School
from tests.conftest import SEOUL_MIDDLE

GRACE = 5.0


@dataclass
class RecordingResponder:
    """A platform that takes answers for `window` after a command arrived."""

    window: timedelta = timedelta(minutes=29)
    answers: list[tuple[int, Reply]] = field(default_factory=list)

    async def can_answer(self, command: Received, age: timedelta) -> bool:
        return age < self.window

    async def answer(self, command: Received, reply: Reply) -> None:
        self.answers.append((command.id, reply))

    def texts(self) -> list[str]:
        return [reply.text for _, reply in self.answers]


def delivery(bot, user: str, line: str, key: str) -> Delivery:
    return Delivery(key, bot.actor(user), None, Typed(line))


def next_process_answering(bot) -> RecordingResponder:
    """This process, answering its test platform from now on (as an adapter that started)."""
    responder = RecordingResponder()
    bot.core.inbox.add_responder("test", responder)
    return responder


def other_process(bot, instance: str = "replica-b") -> CommandInbox:
    """The inbox of another process on the same database."""
    core = bot.core
    return CommandInbox(core.sessions, core.transactions, core.dispatcher, core.clock, instance)


async def inbox_rows(bot) -> list[InboxCommand]:
    async with bot.core.sessions() as db:
        return list((await db.exec(select(InboxCommand).order_by(col(InboxCommand.id)))).all())


async def schools_named(bot, name: str) -> int:
    async with bot.core.sessions() as db:
        return len((await db.exec(select(School).where(School.name == name))).all())


async def age(bot, command_id: int, *, minutes: float, claim_ran_out: bool = True) -> None:
    """As if the command had arrived `minutes` ago and its process had died since."""
    values = {"received_at": DatabaseNow(-60 * minutes)}
    if claim_ran_out:
        values["claimed_until"] = DatabaseNow(-1)
    async with transaction(bot.core.sessions) as db:
        await db.exec(update(InboxCommand).where(col(InboxCommand.id) == command_id).values(values))


async def direct_messages(bot) -> list[OutboundMessage]:
    async with bot.core.sessions() as db:
        sent = await db.exec(select(OutboundMessage).where(OutboundMessage.target_kind == "user"))
        return list(sent.all())


async def test_a_command_is_written_before_it_runs_then_done_with_its_reply_then_answered(bot):
    inbox = bot.core.inbox
    responder = RecordingResponder()
    received = await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    [row] = await inbox_rows(bot)
    assert (row.status, row.reply, row.user_id) == (InboxStatus.RECEIVED, None, "carol")
    assert await schools_named(bot, "Hanbit Middle School") == 0
    await inbox.carry_out_and_answer(received, lambda reply: responder.answer(received, reply))
    [row] = await inbox_rows(bot)
    assert row.status == InboxStatus.ANSWERED and "Registered Hanbit Middle School" in row.reply
    assert responder.texts()[0].startswith("Registered Hanbit Middle School")
    assert await schools_named(bot, "Hanbit Middle School") == 1


async def test_a_repeated_delivery_runs_nothing_and_its_answer_is_shown_once(bot):
    inbox = bot.core.inbox
    responder = RecordingResponder()
    first = await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "same-trigger"))
    await inbox.carry_out_and_answer(first, lambda reply: responder.answer(first, reply))
    again = await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "same-trigger"))
    assert again.repeat and again.id == first.id
    await inbox.carry_out_and_answer(again, lambda reply: responder.answer(again, reply))
    assert len(await inbox_rows(bot)) == 1
    assert await schools_named(bot, "Hanbit Middle School") == 1  # not "…-2": it ran once
    assert len(responder.answers) == 1  # the retry asks where the answer already is


async def test_a_repeat_that_wants_its_answer_elsewhere_gets_the_first_outcome(bot):
    inbox = bot.core.inbox
    responder = RecordingResponder()
    first = await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "same-trigger"))
    await inbox.carry_out_and_answer(first, lambda reply: responder.answer(first, reply))
    elsewhere = Delivery("same-trigger", bot.actor("carol"), None, Typed(SEOUL_MIDDLE), {"to": 2})
    again = await inbox.receive(elsewhere)
    await inbox.carry_out_and_answer(again, lambda reply: responder.answer(again, reply))
    first_answer, repeat_answer = responder.texts()
    assert repeat_answer == first_answer
    assert await schools_named(bot, "Hanbit Middle School") == 1


async def test_a_repeat_of_a_command_still_at_work_waits_for_the_first_answer(bot):
    inbox = bot.core.inbox
    responder = RecordingResponder()
    await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    again = await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    await inbox.carry_out_and_answer(again, lambda reply: responder.answer(again, reply))
    assert responder.answers == []
    assert await schools_named(bot, "Hanbit Middle School") == 0


async def test_a_command_whose_process_died_is_carried_out_and_answered_by_the_next(bot):
    dead = other_process(bot)
    received = await dead.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    await age(bot, received.id, minutes=1)
    responder = next_process_answering(bot)
    assert await bot.core.inbox.take_over() == 1
    assert responder.texts()[0].startswith("Registered Hanbit Middle School")
    [row] = await inbox_rows(bot)
    assert row.status == InboxStatus.ANSWERED and row.starts == 2
    assert await schools_named(bot, "Hanbit Middle School") == 1


async def test_a_living_process_keeps_its_commands(bot):
    busy = other_process(bot)
    await busy.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    bot.core.inbox.add_responder("test", RecordingResponder())
    assert await bot.core.inbox.take_over() == 0  # its claim has not run out
    assert await schools_named(bot, "Hanbit Middle School") == 0


async def test_a_restarted_instance_takes_its_earlier_commands_back_at_once(bot):
    earlier_life = CommandInbox(
        bot.core.sessions,
        bot.core.transactions,
        bot.core.dispatcher,
        bot.clock,
        bot.core.inbox.instance,
    )
    mine = await earlier_life.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    theirs = await other_process(bot).receive(delivery(bot, "dave", "whoami", "k2"))
    responder = next_process_answering(bot)
    assert await bot.core.inbox.take_over(run_out=False) == 1
    assert [command_id for command_id, _ in responder.answers] == [mine.id]
    statuses = {row.id: row.status for row in await inbox_rows(bot)}
    assert statuses == {mine.id: InboxStatus.ANSWERED, theirs.id: InboxStatus.RECEIVED}


async def test_a_reply_done_but_not_delivered_is_delivered_without_running_again(bot):
    dead = other_process(bot)
    received = await dead.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    reply = await dead.carry_out(received)  # done; the process died before answering
    assert reply is not None
    await age(bot, received.id, minutes=1)
    responder = next_process_answering(bot)
    assert await bot.core.inbox.take_over() == 1
    assert responder.texts() == [reply.text]
    assert await schools_named(bot, "Hanbit Middle School") == 1


async def test_too_late_to_answer_the_command_is_not_carried_out_and_the_person_is_told(bot):
    dead = other_process(bot)
    received = await dead.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    await age(bot, received.id, minutes=40)
    responder = next_process_answering(bot)
    assert await bot.core.inbox.take_over() == 1
    assert responder.answers == []
    assert await schools_named(bot, "Hanbit Middle School") == 0
    [told] = await direct_messages(bot)
    assert told.target_id == "carol"
    assert told.text.startswith('Your command `/exchange school register "Hanbit Middle School"')
    assert "of 40 minutes ago was not carried out" in told.text
    assert "Nothing was changed; run it again if you still need it." in told.text
    [row] = await inbox_rows(bot)
    assert row.status == InboxStatus.EXPIRED


async def test_a_person_is_told_in_the_language_their_platform_said_when_the_command_came(bot):
    """The locale arrives with the command (Discord's interaction, Slack's users.info) and is
    kept with it, so the process that tells the person, later, writes in their language."""
    dead = other_process(bot)
    typed_in_korean = replace(
        delivery(bot, "carol", SEOUL_MIDDLE, "k1"),
        actor=replace(bot.actor("carol"), locale="ko-KR"),
    )
    received = await dead.receive(typed_in_korean)
    await age(bot, received.id, minutes=40)
    bot.core.inbox.add_responder("test", RecordingResponder())
    assert await bot.core.inbox.take_over() == 1
    [told] = await direct_messages(bot)
    expected = Message(
        "inbox-not-carried-out",
        command=SEOUL_MIDDLE,
        minutes=40,
        hours=0,
        reason="late",
        platform="Test",
    )
    assert told.text == bot.core.translator.render(expected, matching_language("ko"))
    assert "실행되지 않았습니다" in told.text


async def test_an_answer_too_late_for_the_platform_goes_as_a_direct_message(bot):
    dead = other_process(bot)
    received = await dead.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    reply = await dead.carry_out(received)
    assert reply is not None
    await age(bot, received.id, minutes=45)
    bot.core.inbox.add_responder("test", RecordingResponder())
    assert await bot.core.inbox.take_over() == 1
    [told] = await direct_messages(bot)
    assert told.text.startswith('The answer to your command `/exchange school register "Hanbit')
    assert reply.text in told.text
    assert (await inbox_rows(bot))[0].status == InboxStatus.ANSWERED


async def test_an_answer_sent_after_a_restart_keeps_the_language_it_was_written_in(bot):
    """The adapter writes its own words around a reply (a file's title, a time's label) in the
    reply's language: a restart answering a stored reply must still know it."""
    dead = other_process(bot)
    korean = replace(bot.actor("carol"), locale="ko-KR")
    received = await dead.receive(Delivery("k1", korean, None, Typed(SEOUL_MIDDLE)))
    assert await dead.carry_out(received) is not None
    await age(bot, received.id, minutes=1)
    responder = next_process_answering(bot)
    assert await bot.core.inbox.take_over() == 1
    [(_, answer)] = responder.answers
    assert answer.language == matching_language("ko")
    assert answer.ok


async def begun_by_processes_that_died(bot, *, minutes_ago: float) -> Received:
    """A command begun by as many processes as may die at it, the first `minutes_ago`."""
    dead = other_process(bot)
    received = await dead.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    async with transaction(bot.core.sessions) as db:
        await db.exec(
            update(InboxCommand)
            .where(col(InboxCommand.id) == received.id)
            .values(starts=MAX_STARTS)
        )
    await age(bot, received.id, minutes=minutes_ago)
    return received


async def test_a_command_that_stopped_every_process_that_began_it_is_given_up(bot):
    await begun_by_processes_that_died(bot, minutes_ago=CRASH_LOOP_SPAN.total_seconds() / 60 + 1)
    bot.core.inbox.add_responder("test", RecordingResponder())
    assert await bot.core.inbox.take_over() == 1
    assert await schools_named(bot, "Hanbit Middle School") == 0
    [told] = await direct_messages(bot)
    assert "was not carried out: it stopped the bot each time it was tried" in told.text


async def test_processes_killed_in_quick_turn_do_not_give_a_command_up(bot):
    """Deploys that kill pods seconds apart are not a crash loop: the command still runs."""
    await begun_by_processes_that_died(bot, minutes_ago=0.5)
    responder = next_process_answering(bot)
    assert await bot.core.inbox.take_over() == 1
    assert await schools_named(bot, "Hanbit Middle School") == 1
    assert len(responder.answers) == 1
    assert await direct_messages(bot) == []


async def test_a_process_presumed_dead_cannot_finish_what_another_took_over(bot):
    slow = other_process(bot)
    received = await slow.receive(delivery(bot, "carol", SEOUL_MIDDLE, "k1"))
    await age(bot, received.id, minutes=1)
    responder = next_process_answering(bot)
    assert await bot.core.inbox.take_over() == 1
    assert await slow.carry_out(received) is None  # its outcome would be a second run
    assert await schools_named(bot, "Hanbit Middle School") == 1
    assert len(responder.answers) == 1


async def test_a_shutdown_lets_commands_finish_and_leaves_the_rest_for_the_next_process(bot):
    inbox = bot.core.inbox
    quick = await inbox.receive(delivery(bot, "carol", "whoami", "quick"))
    stuck = await inbox.receive(delivery(bot, "dave", "whoami", "stuck"))
    release = asyncio.Event()

    async def never_done() -> None:
        await release.wait()

    working = [
        asyncio.ensure_future(inbox.work_on(quick, inbox.carry_out_and_answer(quick, noop))),
        asyncio.ensure_future(inbox.work_on(stuck, never_done())),
    ]
    await asyncio.sleep(0)
    left = await inbox.drain(0.5)
    await asyncio.gather(*working, return_exceptions=True)
    assert left == 1
    statuses = {row.interaction: row.status for row in await inbox_rows(bot)}
    assert statuses == {"quick": InboxStatus.ANSWERED, "stuck": InboxStatus.RECEIVED}
    responder = RecordingResponder()
    nextone = other_process(bot, "replica-c")  # its claim was released: taken at once
    nextone.add_responder("test", responder)
    assert await nextone.take_over() == 1 and len(responder.answers) == 1


async def test_a_shutdown_waits_for_a_command_acknowledged_but_not_yet_handed_over(bot):
    """Slack's listener closes once its requests are acknowledged; the work after an ack is
    handed over a moment later, and the drain waits for it instead of stopping under it."""
    inbox = bot.core.inbox
    late = await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "late"))

    async def hand_over_after_the_ack() -> None:
        await asyncio.sleep(0.1)
        await inbox.work_on(late, inbox.carry_out_and_answer(late, noop))

    handing = asyncio.ensure_future(hand_over_after_the_ack())
    assert await inbox.drain(GRACE) == 0
    assert [row.status for row in await inbox_rows(bot)] == [InboxStatus.ANSWERED]
    await handing


async def test_a_command_never_handed_over_does_not_hold_every_shutdown_for_the_grace(
    bot, monkeypatch
):
    """A request that failed between the receipt and the hand-over (its ack raised) never
    comes: the drain waits for it `ARRIVAL_WAIT`, not the whole grace."""
    monkeypatch.setattr(inbox_module, "ARRIVAL_WAIT", 0.2)
    inbox = bot.core.inbox
    await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "failed"))
    loop = asyncio.get_running_loop()
    began = loop.time()
    assert await inbox.drain(GRACE) == 0
    assert loop.time() - began < GRACE / 2
    responder = RecordingResponder()
    nextone = other_process(bot, "replica-c")  # released by the drain: taken at once
    nextone.add_responder("test", responder)
    assert await nextone.take_over() == 1 and len(responder.answers) == 1


async def test_a_command_handed_over_after_the_drain_is_the_next_processs(bot):
    inbox = bot.core.inbox
    late = await inbox.receive(delivery(bot, "carol", SEOUL_MIDDLE, "late"))
    hurry = asyncio.Event()
    hurry.set()
    await inbox.drain(GRACE, hurry)
    assert await inbox.work_on(late, inbox.carry_out_and_answer(late, noop)) is None
    assert await schools_named(bot, "Hanbit Middle School") == 0
    responder = RecordingResponder()
    nextone = other_process(bot, "replica-c")  # let go: taken at once
    nextone.add_responder("test", responder)
    assert await nextone.take_over() == 1 and len(responder.answers) == 1
    assert await schools_named(bot, "Hanbit Middle School") == 1


async def test_a_second_stop_signal_ends_the_wait_at_once(bot):
    inbox = bot.core.inbox
    stuck = await inbox.receive(delivery(bot, "dave", "whoami", "stuck"))
    working = asyncio.ensure_future(inbox.work_on(stuck, asyncio.Event().wait()))
    await asyncio.sleep(0)
    hurry = asyncio.Event()
    hurry.set()
    loop = asyncio.get_running_loop()
    began = loop.time()
    assert await inbox.drain(GRACE, hurry) == 1
    assert loop.time() - began < 1
    await asyncio.gather(working, return_exceptions=True)


async def test_no_command_is_taken_once_the_bot_is_shutting_down(bot):
    bot.core.inbox.stop_accepting()
    with pytest.raises(NotAccepting):
        await bot.core.inbox.receive(delivery(bot, "carol", "whoami", "late"))
    assert await inbox_rows(bot) == []


async def noop(reply: Reply) -> None:
    return None


async def test_commands_arriving_together_are_written_and_answered_together(bot):
    inbox = bot.core.inbox
    lines = ["whoami", "help", "school list", SEOUL_MIDDLE]
    received = await asyncio.gather(
        *(inbox.receive(delivery(bot, f"user{n}", line, f"k{n}")) for n, line in enumerate(lines))
    )
    assert sorted(command.id for command in received) == [1, 2, 3, 4]
    await asyncio.gather(*(inbox.carry_out_and_answer(command, noop) for command in received))
    rows = await inbox_rows(bot)
    assert [row.status for row in rows] == [InboxStatus.ANSWERED] * 4
    assert all(row.reply for row in rows)  # kept for repeats, effects or not
    # the reads ran in read-only transactions, which took no outcome: recorded on their own
    assert [load_reply(row.reply).ok for row in rows if row.reply] == [True] * 4


async def test_a_reply_taken_is_marked_answered_at_once_not_behind_other_commands_writes(
    bot, monkeypatch
):
    """A process killed between the platform taking a reply and the mark "answered" sends it
    again after its restart: the mark must not wait for another command's receipt meanwhile."""
    inbox, transactions = bot.core.inbox, bot.core.transactions
    received = await inbox.receive(delivery(bot, "carol", "whoami", "k1"))
    posting, taken = asyncio.Event(), asyncio.Event()

    async def slow_post(reply: Reply) -> None:
        posting.set()
        await taken.wait()

    answering = asyncio.ensure_future(inbox.carry_out_and_answer(received, slow_post))
    await posting.wait()
    receipt_held, written = asyncio.Event(), transactions.run

    async def holding_receipts(work):
        if any(isinstance(item, dict) for item in work.args[0]):
            await receipt_held.wait()
        return await written(work)

    monkeypatch.setattr(transactions, "run", holding_receipts)
    arriving = asyncio.ensure_future(inbox.receive(delivery(bot, "dave", "help", "k2")))
    await asyncio.sleep(0.05)
    taken.set()
    await asyncio.wait_for(answering, timeout=5)
    [row] = await inbox_rows(bot)
    assert row.status == InboxStatus.ANSWERED and not arriving.done()
    receipt_held.set()
    assert (await arriving).id == row.id + 1
