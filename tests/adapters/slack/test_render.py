"""Block Kit rendering: what a Slack reader sees of a reply, and what Slack would refuse."""

import re
from datetime import UTC, datetime

import pytest

from bot.adapters.slack.render import (
    BLOCK_TEXT_BUDGET,
    MAX_BLOCKS,
    MAX_SECTION_TEXT,
    block_text,
    escape,
    local_time_token,
    render_notice,
    render_reply,
    typed_text,
    unescape,
)
from bot.core.reply import Action, Reply, Section
from tests.support.in_language import ENGLISH_WORDS


def test_user_text_cannot_ping_or_mention_anyone():
    text = "Hi <!channel> and <!here>, ask <@U0BOB> & <#C0SECRET>"
    escaped = escape(text)
    assert escaped == (
        "Hi &lt;!channel&gt; and &lt;!here&gt;, ask &lt;@U0BOB&gt; &amp; &lt;#C0SECRET&gt;"
    )
    assert "<" not in escaped and ">" not in escaped


def test_an_entity_typed_by_a_user_shows_as_typed():
    assert escape("&lt;b&gt;") == "&amp;lt;b&amp;gt;"
    assert unescape(escape("&lt;b&gt; & <i>")) == "&lt;b&gt; & <i>"


def test_a_command_reads_as_typed_with_slacks_link_markup_undone_and_mentions_kept():
    sent = (
        "book 2 link=<https://meet.example/x?a=1&amp;b=2> note=<http://zoom.us|zoom.us> "
        "with <@U0BOB|bob> 5 &lt; 6"
    )
    assert typed_text(sent) == (
        "book 2 link=https://meet.example/x?a=1&b=2 note=zoom.us with <@U0BOB|bob> 5 < 6"
    )


def test_a_plain_reply_is_one_section_with_the_same_text():
    message = render_reply(Reply(text="Registered Hanbit <Middle> School."), ENGLISH_WORDS)
    assert message.text == "Registered Hanbit &lt;Middle&gt; School."
    assert message.blocks == [
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": "Registered Hanbit &lt;Middle&gt; School."},
        }
    ]


def test_an_error_is_marked_with_a_warning_sign():
    message = render_reply(Reply.error("quota: 0 is out of range"), ENGLISH_WORDS)
    assert message.text == ":warning: quota: 0 is out of range"


def test_a_slot_shows_both_zones_as_given_plus_the_readers_own_time():
    when = datetime(2027, 3, 9, 6, 0, tzinfo=UTC)
    slot = Section(
        "Slot 2",
        lines=("Seoul: Tue 9 Mar 15:00 KST", "Osaka: Tue 9 Mar 15:00 JST"),
        actions=(Action("Book 2", "book 2", style="primary"),),
        when=when,
    )
    reply = Reply(text="3 slots for Hanbit & Sakura:\nSlot 1 …\nSlot 2 …", sections=(slot,))
    blocks = render_reply(reply, ENGLISH_WORDS).blocks
    assert blocks[0]["text"]["text"] == "3 slots for Hanbit &amp; Sakura:"
    section = blocks[1]
    assert section["text"]["text"] == (
        "*Slot 2*\n<!date^1804572000^{date_short_pretty} {time}|2027-03-09 06:00 UTC>"
    )
    assert [f["text"] for f in section["fields"]] == list(slot.lines)
    assert blocks[2] == {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "text": {"type": "plain_text", "text": "Book 2", "emoji": True},
                "value": "book 2",
                "style": "primary",
                "action_id": "run-0",
            }
        ],
    }


def test_the_local_time_token_falls_back_to_utc():
    token = local_time_token(datetime(2027, 1, 11, tzinfo=UTC))
    assert token.endswith("|2027-01-11 00:00 UTC>") and token.startswith("<!date^1799625600^")


def test_every_button_has_its_own_action_id_and_carries_its_command():
    sections = tuple(
        Section(f"School {n}", actions=(Action("Request", f"request S{n}"),)) for n in range(3)
    )
    reply = Reply(text="Candidates", sections=sections, actions=(Action("More", "find page=2"),))
    elements = [
        e
        for b in render_reply(reply, ENGLISH_WORDS).blocks
        if b["type"] == "actions"
        for e in b["elements"]
    ]
    assert [e["action_id"] for e in elements] == ["run-0", "run-1", "run-2", "run-3"]
    assert [e["value"] for e in elements] == [
        "request S0",
        "request S1",
        "request S2",
        "find page=2",
    ]
    assert all("style" not in e for e in elements)


def test_a_section_with_many_lines_keeps_them_in_its_text():
    lines = tuple(f"line {n} <x>" for n in range(12))
    block = render_reply(
        Reply(text="Head", sections=(Section("Many", lines=lines),)), ENGLISH_WORDS
    ).blocks[1]
    assert "fields" not in block
    assert block["text"]["text"].endswith("line 11 &lt;x&gt;")


def test_long_text_is_split_between_lines_into_sections_slack_accepts():
    text = "\n".join(f"{n:04d} " + "&" * 120 for n in range(12))
    blocks = render_notice(text, ENGLISH_WORDS).blocks
    assert len(blocks) > 1
    assert all(len(b["text"]["text"]) <= MAX_SECTION_TEXT for b in blocks)
    assert unescape("\n".join(b["text"]["text"] for b in blocks)) == text


def test_a_single_long_line_is_split_without_breaking_an_entity():
    blocks = render_notice("<" * 1500, ENGLISH_WORDS).blocks
    assert len(blocks) == 2
    assert all(len(b["text"]["text"]) <= MAX_SECTION_TEXT for b in blocks)
    assert "".join(unescape(b["text"]["text"]) for b in blocks) == "<" * 1500


def test_text_longer_than_slack_takes_shows_whole_lines_counts_the_rest_and_attaches_it():
    text = "\n".join(f"{n:04d} " + "&" * 120 for n in range(200))
    message = render_reply(Reply(text=text, command="school list"), ENGLISH_WORDS)
    *shown, more = [b["text"]["text"] for b in message.blocks]
    lines = unescape("\n".join(shown)).split("\n")
    assert lines == text.split("\n")[: len(lines)]
    assert more == (
        f"… {200 - len(lines)} more lines did not fit in this message; school-list.txt, "
        "attached, has all of it."
    )
    assert block_text(message.blocks) <= BLOCK_TEXT_BUDGET
    [whole] = message.attachments
    assert (whole.filename, whole.content) == ("school-list.txt", text.encode())


def test_items_that_do_not_fit_are_counted_and_the_notes_and_buttons_kept():
    sections = tuple(Section(f"School {n}", actions=(Action("Request", "x"),)) for n in range(40))
    reply = Reply(
        text="Many",
        sections=sections,
        notes=("Note: your school has no places left.",),
        actions=(Action("Next 10", "find page=2"),),
    )
    message = render_reply(reply, ENGLISH_WORDS)
    blocks = message.blocks
    assert len(blocks) == MAX_BLOCKS
    texts = [b.get("text", {}).get("text", "") for b in blocks]
    shown = sum(text.startswith("*School") for text in texts)
    assert texts[-3] == (
        f"… {40 - shown} more items did not fit in this message; reply.txt, attached, has "
        "all of it."
    )
    assert texts[-2] == "Note: your school has no places left."
    assert blocks[-1]["elements"][0]["value"] == "find page=2"
    assert [a.filename for a in message.attachments] == ["reply.txt"]


def test_a_section_longer_than_one_block_holds_is_continued_not_cut():
    lines = tuple(f"step {n}: " + "x" * 200 for n in range(20))
    blocks = render_reply(
        Reply(text="Head", sections=(Section("Agenda", lines=lines),)), ENGLISH_WORDS
    ).blocks
    assert len(blocks) > 2
    assert all(len(b["text"]["text"]) <= MAX_SECTION_TEXT for b in blocks)
    assert "\n".join(b["text"]["text"] for b in blocks[1:]).endswith(lines[-1])


def test_empty_lines_are_not_sent_as_empty_fields():
    block = render_reply(
        Reply(text="H", sections=(Section("S", lines=("a", "")),)), ENGLISH_WORDS
    ).blocks[1]
    assert "fields" not in block and block["text"]["text"] == "*S*\na\n"


def test_a_button_label_is_clipped_and_an_oversized_command_dropped():
    actions = (Action("L" * 100, "school show"), Action("Too long", "x" * 2001))
    elements = render_notice("Pick", ENGLISH_WORDS, actions).blocks[1]["elements"]
    assert len(elements) == 1
    assert len(elements[0]["text"]["text"]) == 75


def test_notes_after_the_sections_are_shown_below_them():
    reply = Reply(
        text="2 meeting times:\n  1. …\n  2. …\nNote: New York moves to EDT on Sun 14 Mar 2027.",
        sections=(Section("1. Tue 9 Mar"), Section("2. Wed 10 Mar")),
        notes=("Note: New York moves to EDT on Sun 14 Mar 2027.",),
    )
    blocks = render_reply(reply, ENGLISH_WORDS).blocks
    texts = [block.get("text", {}).get("text", "") for block in blocks]
    assert "New York moves to EDT" in texts[-1]
    assert texts.index(texts[-1]) > 2


@pytest.mark.parametrize("width", range(240, 340, 4))
def test_the_count_of_items_left_out_is_true_when_its_own_line_squeezes_one_more_out(width):
    """The footer takes room too: sized near the text budget, one more item may have to go
    once it is added, and the footer must count that one as well."""
    sections = tuple(Section(f"School {n:02d}", lines=("x" * width,)) for n in range(40))
    message = render_reply(Reply(text="Many", sections=sections), ENGLISH_WORDS)
    texts = [b.get("text", {}).get("text", "") for b in message.blocks]
    shown = sum(text.startswith("*School") for text in texts)
    counted = re.match(r"… (\d+) more items? did not fit in this message", texts[-1])
    assert counted is not None and int(counted[1]) == 40 - shown
