"""How replies look on Discord: escaped text, embeds within limits, timestamps, buttons, files."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.discord.components import CommandIds
from bot.adapters.discord.render import (
    BLANK,
    ERROR_MARK,
    MAX_CONTENT,
    MAX_EMBED_TOTAL,
    render_outgoing,
    render_reply,
)
from bot.core.outbox import OutgoingMessage, Recipient
from bot.core.reply import Action, Attachment, Reply, Section
from tests.support.discord_payloads import GUILD_ID
from tests.support.in_language import ENGLISH_WORDS
from tests.support.inert import assert_discord_inert

WHEN = datetime(2027, 3, 9, 7, 0, tzinfo=UTC)


async def test_user_markdown_and_mentions_show_as_typed_and_ping_nobody(ids) -> None:
    reply = Reply(text="Registered **Hanbit** _Middle_ @everyone <@123456789012345678> @here")
    message = await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)
    assert "\\*\\*Hanbit\\*\\*" in message.content and "\\_Middle\\_" in message.content
    assert "@everyone" not in message.content and "@\u200beveryone" in message.content
    assert "<@123456789012345678>" not in message.content and "@\u200bhere" in message.content
    mentions = message.send_kwargs()["allowed_mentions"].to_dict()
    assert mentions == {"parse": []}


async def test_sections_become_fields_with_the_readers_own_time(ids) -> None:
    reply = Reply(
        text="2 slots for Hanbit and Sakura:\n1. …\n2. …",
        sections=(
            Section(
                "Slot 1", ("Tue 9 Mar 16:00 KST (Asia/Seoul) · 16:00 JST (Asia/Tokyo)",), when=WHEN
            ),
            Section("Slot 2", ("no time",)),
        ),
    )
    message = await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)
    assert message.content == "2 slots for Hanbit and Sakura:"
    [embed] = message.embeds
    first, second = embed.fields
    assert first.name == "Slot 1"
    stamp = int(WHEN.timestamp())
    assert first.value == (
        "Tue 9 Mar 16:00 KST (Asia/Seoul) · 16:00 JST (Asia/Tokyo)\n"
        f"Your local time: <t:{stamp}:F> (<t:{stamp}:R>)"
    )
    assert second.value == "no time"


async def test_many_long_sections_are_spread_within_discords_limits(ids) -> None:
    sections = tuple(Section(f"School {n}", (f"{n}:" + "x" * 300,) * 5) for n in range(80))
    reply = Reply(text="80 candidates:", sections=sections, command="find")
    message = await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)
    assert 1 <= len(message.embeds) <= 10
    assert all(len(embed.fields) <= 25 for embed in message.embeds)
    assert all(len(f.value) <= 1024 for embed in message.embeds for f in embed.fields)
    assert sum(len(embed) for embed in message.embeds) <= MAX_EMBED_TOTAL  # as Discord counts
    fields = [f for embed in message.embeds for f in embed.fields]
    shown = [f.name for f in fields if f.name != BLANK]
    assert shown == [f"School {n}" for n in range(len(shown))]
    values = "\n".join(f.value for f in fields)
    assert values.count(f"{len(shown) - 1}:") == 5  # the last section shown is whole
    assert message.embeds[-1].footer.text == (
        f"… {80 - len(shown)} more items did not fit in this message; find.txt, attached, has "
        "all of it."
    )
    [whole] = message.files
    assert (whole.filename, whole.fp.read()) == ("find.txt", reply.text.encode())


async def test_a_long_section_is_continued_in_more_fields_not_cut(ids) -> None:
    lines = tuple(f"step {n}: " + "y" * 90 for n in range(20))
    message = await render_reply(
        Reply(text="Agenda", sections=(Section("Steps", lines),)), ids, "1", ENGLISH_WORDS
    )
    fields = message.embeds[0].fields
    assert [f.name for f in fields] == ["Steps", BLANK]
    assert "\n".join(f.value for f in fields).split("\n") == list(lines)


async def test_text_longer_than_a_message_holds_shows_whole_lines_and_attaches_the_rest(ids):
    text = "\n".join(f"line {n} " + "z" * 200 for n in range(100))
    message = await render_reply(
        Reply(text=text, command="school list"), ids, GUILD_ID, ENGLISH_WORDS
    )
    descriptions = "\n".join(e.description for e in message.embeds if e.description)
    shown = descriptions.split("\n")
    assert shown == text.split("\n")[: len(shown)]
    assert message.embeds[-1].footer.text.startswith(f"… {100 - len(shown)} more lines did not")
    assert sum(len(embed) for embed in message.embeds) <= MAX_EMBED_TOTAL
    assert [f.filename for f in message.files] == ["school-list.txt"]


async def test_the_next_page_button_is_kept_when_there_are_more_buttons_than_fit(ids) -> None:
    sections = tuple(
        Section(f"S{n}", actions=(Action("Request", f"request S{n}"),)) for n in range(30)
    )
    reply = Reply(text="Many", sections=sections, actions=(Action("Next 10", "find page=2"),))
    view = (await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)).view
    labels = [b["label"] for row in view.to_components() for b in row["components"]]
    assert len(labels) == 25 and labels[-1] == "Next 10"


async def test_slack_style_commands_in_the_text_read_as_discord_commands(ids) -> None:
    reply = Reply(text="Raise it with `/exchange school edit quota=…` first.")
    message = await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)
    assert message.content == "Raise it with \\`/school edit quota=…\\` first."


async def test_a_masked_link_hidden_inside_an_address_links_nowhere(ids) -> None:
    reply = Reply(text="Join: https://ok.example/[Join](https://evil.example) now")
    content = (await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)).content
    assert content == "Join: https://ok.example/\\[Join](https://evil.example) now"
    assert_discord_inert(content)


async def test_text_too_long_for_a_message_goes_into_embeds(ids) -> None:
    text = "\n".join(f"  KR-school-{n}  Some School · Seoul, KR · middle" for n in range(120))
    message = await render_reply(Reply(text=text), ids, GUILD_ID, ENGLISH_WORDS)
    assert len(text) > MAX_CONTENT and message.content == ""
    assert message.embeds[0].description.startswith("  KR-school-0  Some School")
    assert all(len(e.description) <= 4096 for e in message.embeds)
    assert sum(len(embed) for embed in message.embeds) <= MAX_EMBED_TOTAL  # as Discord counts


async def test_a_failed_command_is_marked_as_such(ids) -> None:
    message = await render_reply(
        Reply.error("quota: 0 is out of range"), ids, GUILD_ID, ENGLISH_WORDS
    )
    assert message.content == ERROR_MARK + "quota: 0 is out of range"


async def test_actions_become_buttons_that_carry_their_command(ids) -> None:
    reply = Reply(
        text="Request from Sakura",
        actions=(
            Action("Accept", "accept 3", "primary"),
            Action("Decline", "decline 3", "danger"),
            Action("Accept", "accept 3", "primary"),  # the same button twice is shown once
        ),
    )
    view = (await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)).view
    assert view is not None and view.timeout is None
    [row] = view.to_components()
    assert [(b["label"], b["custom_id"], b["style"]) for b in row["components"]] == [
        ("Accept", f"jc:{GUILD_ID}:accept 3", 1),
        ("Decline", f"jc:{GUILD_ID}:decline 3", 4),
    ]


async def test_a_command_too_long_for_a_button_is_kept_and_found_after_a_restart(bot) -> None:
    command = 'request JP-sakura-junior-high "' + "We would love to meet your class! " * 4 + '"'
    reply = Reply(text="Send it?", actions=(Action("Send", command),))
    view = (
        await render_reply(
            reply, CommandIds(bot.core.sessions, bot.core.clock), GUILD_ID, ENGLISH_WORDS
        )
    ).view
    custom_id = view.to_components()[0]["components"][0]["custom_id"]
    assert len(custom_id) <= 100 and custom_id.startswith(f"jc:{GUILD_ID}:#")
    restarted = CommandIds(bot.core.sessions, bot.core.clock)
    assert await restarted.decode(custom_id.split(":", 2)[2]) == command


async def test_notifications_get_buttons_for_the_recipients_server(ids) -> None:
    message = OutgoingMessage(
        Recipient("discord", GUILD_ID, "user", "42"),
        "Sakura asks to partner with you.",
        actions=(Action("Accept", "accept 3", "primary"),),
    )
    rendered = await render_outgoing(message, ids, ENGLISH_WORDS)
    assert rendered.content == "Sakura asks to partner with you."
    assert rendered.view.to_components()[0]["components"][0]["custom_id"] == (
        f"jc:{GUILD_ID}:accept 3"
    )


async def test_a_notification_about_an_instant_shows_it_in_each_readers_own_zone(ids) -> None:
    start = datetime(2027, 3, 9, 6, 0, tzinfo=UTC)
    message = OutgoingMessage(
        Recipient("discord", GUILD_ID, "channel", "7"),
        "Session #1 starts in 60 minutes <t:1:F>",
        when=start,
    )
    rendered = await render_outgoing(message, ids, ENGLISH_WORDS)
    stamp = int(start.timestamp())
    assert rendered.content.endswith(f"\nSession starts, your time: <t:{stamp}:F> (<t:{stamp}:R>)")
    assert "\\<t:1:F>" in rendered.content  # the same token typed by a user stays inert


async def test_attachments_become_files(ids) -> None:
    reply = Reply(
        text="Invite attached.",
        attachments=(
            Attachment("session.ics", b"BEGIN:VCALENDAR", "text/calendar", "Joint class"),
        ),
    )
    [file] = (await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)).files
    assert file.filename == "session.ics" and file.description == "Joint class"
    assert file.fp.read() == b"BEGIN:VCALENDAR"


async def test_notes_of_a_reply_with_sections_are_shown_with_its_headline(ids) -> None:
    reply = Reply(
        text="2 meeting times:\n  1. …\nNote: New York moves to EDT on Sun 14 Mar 2027.",
        sections=(Section("1. Tue 9 Mar"),),
        notes=("Note: New York moves to EDT on Sun 14 Mar 2027.",),
    )
    message = await render_reply(reply, ids, GUILD_ID, ENGLISH_WORDS)
    assert message.content.startswith("2 meeting times:")
    assert "New York moves to EDT" in message.content
