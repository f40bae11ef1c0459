"""No message the bot sends breaks a limit Slack or Discord enforce, judged by the rules the fake
platforms answer by (tests/support/platform_limits.py): for the largest replies it gives (200
schools listed, 50 candidates found, a 600-school tie-up, a 20-step agenda, and the messages they
cause), and for any reply shaped like them (a property, over generated replies).

Nothing is cut silently either: a message shows whole items (sections, or lines of text) in
order, always its headline and notes; when it cannot hold them all it says how many are left
and carries the whole text as a file.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from benchmarks.survey_generator import survey_csv, survey_rows
from bot.adapters.discord import render as discord_render
from bot.adapters.discord.components import CommandIds
from bot.adapters.discord.render import as_discord_commands
from bot.adapters.slack import render as slack_render
from bot.adapters.testing import TestBot
from bot.core.context import Context
from bot.core.outbox import OutgoingMessage
from bot.core.reply import Action, Reply, Section
from bot.schools.survey_import import import_survey
from bot.sessions.agenda import DayAgenda, save_agenda
from bot.sessions.agenda_templates import AgendaStep
from storage.models import ExchangeSession
from tests.support.booked import in_command
from tests.support.discord_harness import visible_text
from tests.support.fuzz import FUZZ
from tests.support.in_language import ENGLISH_WORDS
from tests.support.platform_limits import discord_message_problems, slack_message_problems

PROGRAM = "Seoul IJC 2027"
# Text that grows when escaped (Slack writes `&` as `&amp;`, Discord puts `\` before `*`), at
# the longest the profile accepts: names 120 characters, cities 80.
HOSTILE = "& <b> *bold* _it_ `code` ||spoiler|| ~~s~~ [x](https://evil.example) "
SEOUL_TEACHER = (
    'school register "Hanbit Middle School" country=KR city=Seoul level=high grades=1-3 '
    "languages=ko,en,ja,zh topics=culture,sdgs,coding,ai,music,sports quota=50 "
    'class_hours="Mon-Fri 06:00-23:00" after_school_hours="Sat 08:00-12:00"'
)


def hostile(prefix: str, length: int) -> str:
    return (prefix + " " + HOSTILE * 3)[:length].strip()


# --- what each platform would receive, judged by the fakes' rules -------------------------


def slack_body(message: slack_render.SlackMessage) -> dict[str, Any]:
    return {"text": message.text, "blocks": message.blocks}


def discord_body(message: discord_render.DiscordMessage) -> dict[str, Any]:
    return {
        "content": message.content,
        "embeds": [embed.to_dict() for embed in message.embeds],
        "components": message.view.to_components() if message.view else [],
    }


async def assert_fits_both(reply: Reply, ids: CommandIds) -> None:
    slack = slack_render.render_reply(reply, ENGLISH_WORDS)
    assert [str(v) for v in slack_message_problems(slack_body(slack))] == [], reply.command
    discord = await discord_render.render_reply(reply, ids, "1", ENGLISH_WORDS)
    problems = discord_message_problems(discord_body(discord), len(discord.files))
    assert [str(v) for v in problems] == [], reply.command
    assert_nothing_cut(reply, slack, discord)


async def assert_notice_fits_both(message: OutgoingMessage, ids: CommandIds) -> None:
    slack = slack_render.render_notice(message.text, ENGLISH_WORDS, message.actions, message.when)
    assert [str(v) for v in slack_message_problems(slack_body(slack))] == []
    discord = await discord_render.render_outgoing(message, ids, ENGLISH_WORDS)
    assert [str(v) for v in discord_message_problems(discord_body(discord))] == []
    lines = message.text.split("\n")
    assert_lines_kept(lines, slack_shown(slack), slack.attachments, message.text)
    on_discord = [as_discord_commands(line) for line in lines]
    assert_lines_kept(on_discord, discord_shown(discord), discord.overflow, message.text)


# --- nothing cut silently -------------------------------------------------------------------

MORE = re.compile(r"… (\d+) more (item|line)s? did not fit in this message; (\S+), attached")


def slack_shown(message: slack_render.SlackMessage) -> str:
    texts = []
    for block in message.blocks:
        texts.append((block.get("text") or {}).get("text", ""))
        texts += [field["text"] for field in block.get("fields", ())]
    return slack_render.unescape("\n".join(texts))


def discord_shown(message: discord_render.DiscordMessage) -> str:
    body = discord_body(message)
    footers = [(e.get("footer") or {}).get("text", "") for e in body["embeds"]]
    return visible_text(body) + "\n" + "\n".join(footers)


def assert_nothing_cut(
    reply: Reply, slack: slack_render.SlackMessage, discord: discord_render.DiscordMessage
) -> None:
    if reply.sections:  # the notes are in the text too; with sections they show below them
        for shown in (slack_shown(slack), discord_shown(discord)):
            assert all(note in shown for note in reply.notes)
        assert_items_kept(reply, slack_shown(slack), slack.attachments)
        assert_items_kept(reply, discord_shown(discord), discord.overflow)
    else:
        lines = reply.text.split("\n")
        assert_lines_kept(lines, slack_shown(slack), slack.attachments, reply.text)
        on_discord = [as_discord_commands(line) for line in lines]
        assert_lines_kept(on_discord, discord_shown(discord), discord.overflow, reply.text)


def assert_items_kept(reply: Reply, shown: str, whole: tuple[Any, ...]) -> None:
    titles = [section.title for section in reply.sections]
    kept = 0
    while kept < len(titles) and titles[kept] in shown and _lines_in(reply.sections[kept], shown):
        kept += 1
    more = MORE.search(shown)
    if kept == len(titles):
        assert more is None and whole == ()
        return
    assert more is not None, f"{len(titles) - kept} items left out without a word"
    assert (int(more[1]), more[2]) == (len(titles) - kept, "item")
    assert [w.content for w in whole] == [reply.text.encode()]


def _lines_in(section: Section, shown: str) -> bool:
    return all(line in shown for line in section.lines)


def assert_lines_kept(lines: list[str], shown: str, whole: tuple[Any, ...], text: str) -> None:
    more = MORE.search(shown)
    kept = sum(1 for line in lines if line.strip() and line in shown)
    counted = len([line for line in lines if line.strip()])
    if more is None:
        assert kept == counted and whole == ()
        return
    assert more[2] == "line" and [w.content for w in whole] == [text.encode()]
    assert int(more[1]) >= counted - kept  # each line not shown is counted (blank ones too)


# --- the largest replies the bot gives --------------------------------------------------------


@pytest.fixture
async def bot() -> AsyncIterator[TestBot]:
    """One backend is enough here: rendering does not depend on the database."""
    test_bot = await TestBot.start(JOINTCLASS_PROGRAM=PROGRAM)
    yield test_bot
    await test_bot.close()


async def import_program(bot: TestBot, count: int, *, hostile_names: bool) -> None:
    rows = list(survey_rows(1.0, seed=2027))[:count]
    if hostile_names:
        for row in rows:
            row["name"] = hostile(row["school_id"], 120)
            row["city"] = hostile(row["city"], 80)
    result = await import_survey(bot.core, survey_csv(rows), PROGRAM)
    assert len(result.created) == count


async def test_a_200_school_list_fits_every_page(bot, ids) -> None:
    await import_program(bot, 200, hostile_names=True)
    page, pages = 1, 1
    while page <= pages:
        reply = await bot.ok("zoe", f"school list page={page}")
        assert len(reply.data["schools"]) == 20
        await assert_fits_both(reply, ids)
        pages = reply.data["pages"]
        page += 1
    assert pages == 10 and [a.command for a in reply.actions] == []


async def test_50_candidates_fit_every_page(bot, ids) -> None:
    await import_program(bot, 616, hostile_names=True)
    await bot.ok("alice", SEOUL_TEACHER)
    shown = 0
    for page in range(1, 6):
        reply = await bot.ok("alice", f"find limit=50 page={page}")
        await assert_fits_both(reply, ids)
        shown += len(reply.sections)
        if page < 5:
            assert [a.label for a in reply.actions] == ["Next 10"]
    assert shown == 50


async def test_a_600_school_tie_up_fits(bot, ids) -> None:
    await import_program(bot, 616, hostile_names=True)
    reply = await bot.ok("coordinator", "tieup run week_of=2027-04-05")
    assert len(reply.data["pairs"]) >= 200
    await assert_fits_both(reply, ids)
    published = await bot.ok("coordinator", "tieup publish")
    await assert_fits_both(published, ids)
    for message in bot.sent[:50]:  # both schools of each pair are told
        await assert_notice_fits_both(message, ids)


async def test_a_20_step_agenda_fits_as_a_reply_and_as_the_day_of_posts(bot, ids) -> None:
    """Commands take at most 12 steps; 20 are stored directly, as a longer template could."""
    await bot.ok("alice", SEOUL_TEACHER.replace("quota=50", "quota=2"))
    sakura = await bot.ok(
        "bob",
        f'school register "{hostile("Sakura", 120)}" country=JP city=Osaka level=high '
        'languages=ja,en class_hours="Mon-Fri 08:30-15:30"',
    )
    await bot.ok("alice", f"request {sakura.data['school']['id']}")
    await bot.ok("bob", "accept")
    await bot.ok("alice", "propose duration=90")
    await bot.ok("alice", "book 1")
    await bot.ok("bob", "confirm 1")
    steps = tuple(
        AgendaStep(hostile(f"Step {n:02d}", 60), 5 if n < 10 else 4, hostile("Guide", 100))
        for n in range(20)
    )

    async def store(ctx: Context) -> None:
        session = await ctx.db.get(ExchangeSession, 1)
        assert session is not None
        agenda = DayAgenda("discussion", steps, nudges=True, custom=True)
        await save_agenda(ctx.db, session, agenda, by="test:T1:alice", now=ctx.now)

    await in_command(bot, "alice", store)
    reply = await bot.ok("bob", "agenda show 1")
    assert all(f"Step {n:02d}" in reply.text for n in range(20))
    await assert_fits_both(reply, ids)
    await bot.advance(timedelta(days=120))
    posted = [message for message in bot.sent if "Step 19" in message.text]
    assert posted, "the day-of agenda was posted"
    for message in bot.sent:
        await assert_notice_fits_both(message, ids)


# --- any reply shaped like them ---------------------------------------------------------------

characters = st.sampled_from(list("abcdefghij &<>*_~`|[]()\\#-@:é가")).map(str)
texts = st.lists(characters, min_size=1, max_size=200).map("".join)
sections = st.lists(
    st.tuples(
        st.text(alphabet="abc &<*", min_size=1, max_size=60),
        st.lists(texts, max_size=15),
        st.booleans(),
    ),
    max_size=60,
)


@FUZZ
@given(
    headline=texts,
    items=sections,
    notes=st.lists(texts, max_size=3),
    lines=st.lists(texts, max_size=300),
)
@example(  # the largest of each, in the characters escaping makes longest
    headline="&" * 200,
    items=[("&" * 60, ["&*" * 100] * 15, True)] * 60,
    notes=["<" * 200] * 3,
    lines=["*&" * 100] * 300,
)
async def test_any_reply_fits_and_says_what_it_leaves_out(
    ids, headline, items, notes, lines
) -> None:
    listed = tuple(
        Section(
            f"Item {number:03d}: {title}",
            tuple(body),
            (Action("Request", f"request S{number}"),) if button else (),
        )
        for number, (title, body, button) in enumerate(items, start=1)
    )
    text = "\n".join([headline, *(f"{s.title}\n" + "\n".join(s.lines) for s in listed), *notes])
    rich = Reply(
        text=text,
        sections=listed,
        notes=tuple(notes),
        actions=(Action("Next 10", "find page=2"),),
        command="find",
    )
    await assert_fits_both(rich, ids)
    await assert_fits_both(Reply(text="\n".join([headline, *lines]), command="list"), ids)
