"""Every command against every role, as the table in tests/support/authorization.py declares.

One scene per backend: school A (alice, and ahmed in a third workspace, approved by alice),
partner school B (bob) with an active partnership, a joint channel and three sessions (one past
with feedback, one booked ahead, one booked by B waiting for A) and two activities (A's video
letter, which B confirmed, and B's letters, waiting for A), school C in A's workspace (carol),
school D in another workspace (dave), school E asking A to partner, the program's coordinator,
olga who coordinates another program, uma whom the bot does not know, penny who asked to join A
and waits for an answer, a claim code for A, anna, an approved assistant in a
fourth workspace who assisted the past session, serves the one ahead and is offered the
waiting one, and pete, who volunteered and waits for approval. Each cell starts from the
scene's rows, restored when an earlier cell changed them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import delete, insert, select
from sqlmodel import SQLModel

from bot.adapters.testing import TestBot
from bot.commands import CATALOG
from bot.core.context import NOT_A_COORDINATOR, NOT_A_TEACHER
from bot.core.identity import ChannelRef
from bot.core.reply import Reply
from bot.core.spec import Role as Declared
from bot.i18n.languages import ENGLISH
from bot.i18n.translator import english_only
from storage.engine import transaction
from storage.models import (
    AskSource,
    AssignmentStatus,
    AssistanceRequest,
    AssistantAssignment,
    AssistantStatus,
    ClassAssistant,
    Coordinator,
    Partnership,
    Program,
)
from tests.conftest import BACKENDS, OSAKA_MIDDLE, SEOUL_MIDDLE, backend_database
from tests.support.authorization import MATRIX, ROLE_KEYS, ROLES, Outcome, with_table
from tests.support.booked import PARIS_HIGH, book_session
from tests.support.membership import join_approved

Rows = dict[str, list[dict[str, Any]]]  # table name: its rows in key order
README = Path(__file__).parents[2] / "README.md"
A, B = "KR-hanbit-middle", "JP-sakura-junior-high"
PROGRAM = "Seoul IJC 2027"
LONDON_MIDDLE = (
    'school register "Thames Middle School" country=GB city=London level=middle grades=7-9 '
    'languages=en topics=culture class_hours="Mon-Fri 08:30-15:30"'
)
TAIPEI_MIDDLE = (
    'school register "Taipei Middle School" country=TW city=Taipei level=middle '
    'languages=zh,en class_hours="Mon-Fri 08:00-16:00"'
)
PAST = datetime(2027, 1, 5, 2, 0, tzinfo=UTC)  # Tue 11:00 in Seoul and Osaka, before "now"
AHEAD = datetime(2027, 4, 6, 2, 0, tzinfo=UTC)  # Tue 11:00, after every proposed time
ASSISTANT = 'assistant register languages=ko,ja hours="Mon-Fri 08:00-18:00" timezone=Asia/Seoul'


class FakeProvisioner:
    async def create_joint_channel(self, workspace: str, name: str, members: list[str]) -> str:
        return "jc-created"


@dataclass
class Scene:
    bot: TestBot
    values: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    changed: bool = False  # by the last cell: allowed commands write

    def line(self, command: str, role: str) -> str:
        pair = B if role == "teacher" else A
        return MATRIX[command].line.format(pair=pair, **self.values)

    async def run(self, command: str, role: str) -> tuple[Reply, Rows]:
        """Run the cell on the scene's rows; returns the reply and the rows it ran on."""
        if self.changed:
            await self._restore()
        self.changed = True  # until the rows after it are known
        before = self.rows
        if command in PREPARE:
            await PREPARE[command](self)
            before = await table_rows(self.bot)
        who = next(r for r in ROLES if r.key == role)
        reply = await self.bot.core.handle_text(
            self.bot.actor(who.user, who.workspace),
            self.line(command, role),
            ChannelRef("test", who.workspace, MATRIX[command].channel),
        )
        return reply, before

    async def rows_after(self) -> Rows:
        rows = await table_rows(self.bot)
        self.changed = rows != self.rows
        return rows

    async def _restore(self) -> None:
        tables = SQLModel.metadata.sorted_tables
        async with self.bot.core.engine.begin() as connection:
            for table in reversed(tables):
                await connection.execute(delete(table))
            for table in tables:
                if self.rows[table.name]:
                    await connection.execute(insert(table), self.rows[table.name])
        self.bot.core.services.partner_index.forget()  # restored rows went back in time


async def table_rows(bot: TestBot) -> Rows:
    """Every row of every table, in key order: equal snapshots mean nothing was written."""
    rows = {}
    async with bot.core.engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            found = await connection.execute(select(table).order_by(*table.primary_key.columns))
            rows[table.name] = [dict(row._mapping) for row in found]
    return rows


async def build_scene(bot: TestBot) -> Scene:
    bot.core.add_channel_provisioner("test", FakeProvisioner())
    await bot.ok("alice", SEOUL_MIDDLE)
    await join_approved(bot, "ahmed", A, approver="alice", workspace="T3")
    await bot.ok("bob", OSAKA_MIDDLE)
    await bot.ok("carol", PARIS_HIGH)
    await bot.ok("dave", LONDON_MIDDLE, workspace="T2")
    asking = (await bot.ok("erin", TAIPEI_MIDDLE)).data["school"]["id"]
    await bot.ok("alice", f"request {B}")
    accepted = await bot.ok("bob", "accept")
    await bot.ok("alice", f"channel link partner={B}", channel="jc-ab")
    await bot.ok("erin", f"request {A}")
    async with bot.core.sessions() as db:
        pair = await db.get(Partnership, accepted.data["partnership_id"])
    past, _ = await book_session(bot, pair, PAST, topic="Origami")
    ahead, _ = await book_session(bot, pair, AHEAD, topic="School lunch")
    await bot.ok(
        "alice", f'feedback submit {past.id} status=held rating=5 went_well="paper cranes"'
    )
    await bot.ok("alice", f"propose {B}")
    await bot.ok("bob", f"propose {A}")
    waiting = await bot.ok("bob", "book 1")
    await bot.ok("coordinator", "tieup run")
    penny_asks = await bot.ok("penny", f"school join {A}")
    code = (await bot.ok("coordinator", f"school code {A}")).data["code"]
    planned = await bot.ok("alice", f"activity plan video_letter {B}")
    await bot.ok("bob", "activity confirm")
    waiting_activity = await bot.ok("bob", f"activity plan letters {A}")
    anna = await _assistant_of_the_pair(bot, past.id, ahead.id, waiting.data["session"]["id"])
    pete = (await bot.ok("pete", ASSISTANT)).data["assistant"]["id"]
    # A second program comes from `jointclass import --program`, and its coordinators only from
    # a deployment configured for it: no chat command makes either, so they are rows here.
    async with transaction(bot.core.sessions) as db:
        other = Program(name="Tokyo Exchange 2027", home_country="JP", created_at=bot.clock.now())
        db.add(other)
        await db.flush()
        db.add(
            Coordinator(
                program_id=other.id,
                platform="test",
                workspace="T1",
                user_id="olga",
                display_name="Olga",
                added_at=bot.clock.now(),
            )
        )
    values = {
        "A": A,
        "B": B,
        "E": asking,
        "program": PROGRAM,
        "pair_id": pair.id,
        "S0": past.id,
        "S1": ahead.id,
        "S2": waiting.data["session"]["id"],
        "new_time": "2027-04-07 11:00",  # the day after S1, same hour
        "asker": f"#{penny_asks.data['request_id']}",
        "code": code,
        "A1": anna,
        "P": pete,
        "X1": planned.data["activity"]["id"],  # alice's video letter, bob confirmed it
        "X2": waiting_activity.data["activity"]["id"],  # bob's letters, waiting for alice
    }
    # The table is about standing, not about a double click: every cell runs well after the
    # scene's own commands, so none of them is answered as a repeat of what set the scene.
    bot.clock.advance(timedelta(minutes=10))
    return Scene(bot, values, await table_rows(bot))


async def _assistant_of_the_pair(bot: TestBot, past: int, ahead: int, waiting: int) -> int:
    """anna (another workspace) is approved, accepted S1, is offered S2, and assisted S0."""
    anna = (await bot.ok("anna", ASSISTANT, workspace="T4")).data["assistant"]["id"]
    await bot.ok("coordinator", f"assistant approve #{anna}")
    await bot.ok("alice", f"assist {ahead}")
    await bot.ok("anna", f"assistant accept {ahead}", workspace="T4")
    await bot.ok("alice", f"assist {waiting}")
    async with transaction(bot.core.sessions) as db:  # too late to ask in chat: it is over
        db.add(
            AssistanceRequest(
                session_id=past,
                first_language="ko",
                second_language="ja",
                source=AskSource.TEACHER,
                asked_by="test:T1:alice",
                asked_at=PAST,
            )
        )
        db.add(
            AssistantAssignment(
                session_id=past,
                assistant_id=anna,
                status=AssignmentStatus.ACCEPTED,
                offered_at=PAST,
            )
        )
    return int(anna)


@pytest.fixture(scope="module", params=BACKENDS)
def scene_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """Not async: the PostgreSQL cluster must start outside the module's event loop."""
    yield from backend_database(request)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def scene(scene_database: str) -> AsyncIterator[Scene]:
    bot = await TestBot.start(database_url=scene_database)
    yield await build_scene(bot)
    await bot.close()


async def unlink_joint_channel(scene: Scene) -> None:
    async with transaction(scene.bot.core.sessions) as db:
        pair = await db.get(Partnership, scene.values["pair_id"])
        pair.channel_platform = pair.channel_workspace = pair.channel_id = None
        db.add(pair)


async def pause_anna(scene: Scene) -> None:
    async with transaction(scene.bot.core.sessions) as db:
        anna = await db.get(ClassAssistant, scene.values["A1"])
        assert anna is not None
        anna.status = AssistantStatus.PAUSED
        db.add(anna)


PREPARE = {
    "channel create": unlink_joint_channel,  # a partnership gets one joint channel
    "assistant resume": pause_anna,  # only a paused assistant resumes
}


def expected_refusal(command: str, role: str) -> str:
    """The phrase the refusal must contain: the dispatcher's own for a role the declaration
    keeps out, else the one the table names."""
    spec = CATALOG.get(tuple(command.split()))
    assert spec is not None
    who = next(r for r in ROLES if r.key == role)
    refusal = None
    if spec.role is Declared.TEACHER and not who.teacher:
        refusal = NOT_A_TEACHER
    if spec.role is Declared.COORDINATOR and not who.coordinator:
        refusal = NOT_A_COORDINATOR
    if spec.role is Declared.TEACHER_OR_COORDINATOR and not (who.teacher or who.coordinator):
        refusal = NOT_A_TEACHER
    if refusal is not None:
        return english_only().render(refusal, ENGLISH)
    phrase = MATRIX[command].refusal(role)
    assert phrase, f"the table names no refusal for {command} as {role}"
    return phrase


CELLS = [(command, role) for command in sorted(MATRIX) for role in ROLE_KEYS]


@pytest.mark.asyncio(loop_scope="module")  # the scene is built once per backend
@pytest.mark.parametrize(
    ("command", "role"),
    CELLS,
    ids=[f"{command.replace(' ', '-')}-as-{role}" for command, role in CELLS],
)
async def test_the_command_gives_the_role_what_the_table_says(scene, command, role):
    row = MATRIX[command]
    reply, before = await scene.run(command, role)
    after = await scene.rows_after()
    outcome, marker = row.outcome(role), row.marker.format(**scene.values)
    if outcome is Outcome.NO:
        assert not reply.ok, f"allowed, the table says refused:\n{reply.text}"
        assert "error_id" not in reply.data, reply.text
        assert expected_refusal(command, role) in reply.text
        assert after == before, "a refused command wrote something"
        return
    assert reply.ok, f"refused, the table says {outcome}:\n{reply.text}"
    if outcome is Outcome.ASKS:
        assert after["membership"] == before["membership"], "an asker became a teacher"
        asked = [r for r in after["joinrequest"] if r not in before["joinrequest"]]
        assert [(r["status"], r["school_id"]) for r in asked] == [("pending", A)]
    if marker and outcome is Outcome.YES:
        assert marker in reply.text
    elif marker:
        assert marker not in reply.text, f"{outcome} reply shows A's private side"


def test_every_declared_command_has_a_row_in_the_table():
    assert sorted(MATRIX) == sorted(spec.name for spec in CATALOG)


def test_the_readme_table_matches_the_declared_one():
    text = README.read_text(encoding="utf-8")
    assert text == with_table(text), "run: python -m tests.support.authorization README.md"
