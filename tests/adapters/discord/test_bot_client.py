"""The Discord adapter end to end: discord.py logged in to the fake Discord, driven by
INTERACTION_CREATE events shaped as Discord sends them, answering through the REST API."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import timedelta

import discord
import pytest

from bot.adapters.discord import messenger as discord_messenger
from bot.adapters.discord.components import FORM_PREFIX
from bot.adapters.discord.interactions import EXPIRED_BUTTON
from bot.adapters.discord.messenger import DiscordMessenger
from bot.adapters.discord.render import ERROR_MARK, DiscordMessage
from bot.adapters.discord.responder import POSTED_NOTE
from bot.core.outbox import OutgoingMessage, PlatformUnavailable, Recipient, enqueue
from bot.core.reply import Action
from bot.i18n.languages import ENGLISH, language_for_country
from bot.i18n.messages import Message
from bot.i18n.translator import english_only
from storage.engine import transaction
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.discord_harness import (
    CALLBACK_DEFERRED,
    LiveDiscord,
    callback_message,
    live_discord,
    visible_text,
)
from tests.support.discord_payloads import (
    APPLICATION_ID,
    CHANNEL_ID,
    EPHEMERAL,
    GUILD_ID,
    autocomplete,
    button_press,
    form_submission,
    message_payload,
    slash_command,
    snowflake,
)
from tests.support.fake_discord_api import BOT_TOKEN, Recorded
from tests.support.rich_commands import RICH_CATALOG, SLOT_1
from tests.support.scenario import SCENARIO, check_outcomes

CALLBACK_CHOICES, CALLBACK_FORM = 8, 9


@pytest.fixture
async def live() -> AsyncIterator[LiveDiscord]:
    async with live_discord(catalog=RICH_CATALOG) as running:
        yield running


def seen(callback: Recorded) -> str:
    return visible_text(callback_message(callback))


def is_ephemeral(body: dict) -> bool:
    return bool(body.get("flags", 0) & EPHEMERAL)


def buttons(body: dict) -> dict[str, str]:
    """Label to custom id of every button of a message body."""
    return {
        button["label"]: button["custom_id"]
        for row in body.get("components", [])
        for button in row["components"]
    }


async def test_the_bot_connects_without_asking_for_message_content(live) -> None:
    intents = discord.Intents._from_value(live.fake.identify["intents"])
    assert intents == discord.Intents(guilds=True)
    assert not intents.message_content and not intents.members


async def test_the_newcomer_scenario_runs_identically_through_discord() -> None:
    async with live_discord() as running:
        results = []
        for step in SCENARIO:
            text = seen(await running.slash(step.user, step.line))
            results.append((not text.startswith(ERROR_MARK), text))
    check_outcomes(results)


async def test_a_personal_answer_is_ephemeral_and_never_pings(live) -> None:
    await live.slash(
        "alice",
        SEOUL_MIDDLE.replace(
            '"Hanbit Middle School"', '"@everyone **Hanbit** <@123456789012345678>"'
        ),
    )
    callback = await live.slash("alice", "school show")
    body = callback_message(callback)
    assert is_ephemeral(body)
    assert body["allowed_mentions"] == {"parse": []}
    assert "@everyone **Hanbit** <@123456789012345678>" in seen(callback)
    assert "@everyone" not in body["content"] and "**Hanbit**" not in body["content"]


async def test_slots_are_posted_for_the_channel_with_local_times_and_buttons(live) -> None:
    callback = await live.slash("alice", "slots")
    body = callback_message(callback)
    assert not is_ephemeral(body)
    assert body["content"] == "2 slots for Hanbit Middle School and Sakura Junior High:"
    first = body["embeds"][0]["fields"][0]
    assert "16:00 KST (Asia/Seoul) · 16:00 JST (Asia/Tokyo)" in first["value"]
    assert f"<t:{int(SLOT_1.timestamp())}:F>" in first["value"]
    assert buttons(body) == {"Book 1": f"jc:{GUILD_ID}:book 1", "Book 2": f"jc:{GUILD_ID}:book 2"}


async def test_a_button_runs_its_command_as_whoever_presses_it(live) -> None:
    posted = callback_message(await live.slash("alice", "slots"))
    message = message_payload("1500000000000000001", posted)
    answer = await live.interact(button_press(message, buttons(posted)["Book 2"], "bob"))
    assert seen(answer) == "Bob booked slot 2."


async def test_a_button_works_after_a_restart(tmp_path) -> None:
    database = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    long_note = "please bring the group photos from the culture day " * 2
    async with live_discord(catalog=RICH_CATALOG, database_url=database) as before:
        posted = callback_message(await before.slash("alice", f"note {long_note}"))
    custom_id = buttons(posted)["Again"]
    assert custom_id.startswith(f"jc:{GUILD_ID}:#")  # too long to carry: stored in the database
    async with live_discord(catalog=RICH_CATALOG, database_url=database) as after:
        message = message_payload("1500000000000000002", posted)
        answer = await after.interact(button_press(message, custom_id, "bob"))
    assert seen(answer) == f"Bob noted: {long_note.strip()}"


async def test_a_button_pressed_in_a_direct_message_acts_in_its_server(live) -> None:
    await live.slash("alice", SEOUL_MIDDLE)
    message = message_payload(
        "1500000000000000003",
        {
            "components": [
                {
                    "type": 1,
                    "components": [
                        {
                            "type": 2,
                            "style": 2,
                            "label": "Who am I?",
                            "custom_id": f"jc:{GUILD_ID}:whoami",
                        }
                    ],
                }
            ]
        },
    )
    answer = await live.interact(
        button_press(message, f"jc:{GUILD_ID}:whoami", "alice", in_guild=False)
    )
    assert "Teacher of Hanbit Middle School (KR-hanbit-middle)" in seen(answer)


async def test_a_button_whose_stored_command_is_gone_says_so(live) -> None:
    custom_id = f"jc:{GUILD_ID}:#{'0' * 20}"
    message = message_payload(
        "1500000000000000004",
        {
            "components": [
                {
                    "type": 1,
                    "components": [{"type": 2, "style": 2, "label": "Old", "custom_id": custom_id}],
                }
            ]
        },
    )
    answer = await live.interact(button_press(message, custom_id, "alice"))
    assert seen(answer) == ERROR_MARK + english_only().render(EXPIRED_BUTTON, ENGLISH)
    assert is_ephemeral(callback_message(answer))


async def test_registering_through_a_form(live) -> None:
    offered = callback_message(await live.slash("carol", "forms"))
    message = message_payload("1500000000000000005", offered)
    opened = await live.interact(
        button_press(message, buttons(offered)["Register your school"], "carol")
    )
    assert opened.body["type"] == CALLBACK_FORM
    form = opened.body["data"]
    assert form["custom_id"] == f"{FORM_PREFIX}:{GUILD_ID}:school register"
    inputs = [label["component"] for label in form["components"]]
    assert [i["custom_id"] for i in inputs] == [
        "name",
        "country",
        "level",
        "languages",
        "class_hours",
    ]
    assert all(i["required"] for i in inputs)
    assert "elementary, middle" in inputs[2]["placeholder"]
    typed = {
        "name": "Lincoln Middle",
        "country": "US",
        "level": "middle",
        "languages": "en, es",
        "class_hours": "Mon-Fri 08:00-15:00",
    }
    failed = await live.interact(form_submission(form, typed, "carol"))
    assert seen(failed).startswith(ERROR_MARK) and "time zones" in seen(failed)
    typed["country"] = "GB"
    registered = await live.interact(form_submission(form, typed, "carol"))
    assert seen(registered).startswith("Registered Lincoln Middle as GB-lincoln-middle.")


async def test_a_feedback_form_asks_only_for_what_the_button_does_not_know(live) -> None:
    offered = callback_message(await live.slash("alice", "forms"))
    message = message_payload("1500000000000000006", offered)
    opened = await live.interact(button_press(message, buttons(offered)["Give feedback"], "alice"))
    form = opened.body["data"]
    inputs = [label["component"] for label in form["components"]]
    assert [(i["custom_id"], i["required"]) for i in inputs] == [
        ("rating", True),
        ("went_well", False),
        ("improve", False),
    ]
    assert inputs[1]["style"] == 2  # a paragraph for free text
    answer = await live.interact(
        form_submission(form, {"rating": "5", "went_well": 'the "quiz" game'}, "alice")
    )
    assert seen(answer) == (
        'Thanks Alice: session 12 rated 5. Went well: the "quiz" game. Improve: —.'
    )


async def test_a_form_opened_before_a_restart_can_be_sent_after_it() -> None:
    async with live_discord(catalog=RICH_CATALOG) as before:
        offered = callback_message(await before.slash("alice", "forms"))
        message = message_payload("1500000000000000007", offered)
        form = (
            await before.interact(button_press(message, buttons(offered)["Give feedback"], "alice"))
        ).body["data"]
    async with live_discord(catalog=RICH_CATALOG) as after:
        answer = await after.interact(form_submission(form, {"rating": "4"}, "alice"))
    assert seen(answer).startswith("Thanks Alice: session 12 rated 4.")


async def test_a_command_is_deferred_at_once_then_its_thinking_message_becomes_the_answer() -> None:
    async with live_discord(catalog=RICH_CATALOG) as running:
        payload = slash_command(running.registered, "alice", ("slow",), {})
        callback = await running.callback(payload)
        answer = await running.edited_answer(payload)
        followups = running.fake.sent("POST", rf"/webhooks/\d+/{payload['token']}")
    assert callback.body == {"type": CALLBACK_DEFERRED, "data": {"flags": EPHEMERAL}}
    assert visible_text(answer) == "Done, slowly."
    assert is_ephemeral(answer)
    assert followups == []  # one message: editing it again would show nothing new


async def test_work_meant_for_the_channel_is_followed_up_publicly() -> None:
    async with live_discord(catalog=RICH_CATALOG) as running:
        payload = slash_command(running.registered, "alice", ("slow",), {"public": "1"})
        await running.callback(payload)
        followup = await running.followup(payload)
        note = await running.edited_answer(payload)
    assert visible_text(note) == english_only().render(POSTED_NOTE, ENGLISH)
    assert visible_text(followup.body) == "Done, slowly."
    assert not is_ephemeral(followup.body)


async def test_files_are_attached_to_the_answer(live) -> None:
    callback = await live.slash("alice", "invite")
    assert callback.files == {"session.ics": b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"}
    assert seen(callback) == "Calendar invite attached."


async def test_time_zones_are_suggested_from_the_chosen_country(live) -> None:
    payload = autocomplete(
        live.registered,
        "alice",
        ("school", "register"),
        {"country": "US", "timezone": "chic"},
        focused="timezone",
    )
    callback = await live.interact(payload)
    assert callback.body["type"] == CALLBACK_CHOICES
    assert callback.body["data"]["choices"] == [
        {"name": "America/Chicago", "value": "America/Chicago"}
    ]


async def test_the_last_language_of_a_list_is_completed(live) -> None:
    payload = autocomplete(
        live.registered,
        "alice",
        ("school", "register"),
        {"languages": "ko, ja"},
        focused="languages",
    )
    choices = (await live.interact(payload)).body["data"]["choices"]
    assert choices[0] == {"name": "ko, ja — Japanese", "value": "ko, ja"}


async def test_countries_are_suggested_by_code_or_name(live) -> None:
    payload = autocomplete(
        live.registered, "alice", ("school", "list"), {"country": "kor"}, focused="country"
    )
    choices = (await live.interact(payload)).body["data"]["choices"]
    assert {"name": "KR — South Korea", "value": "KR"} in choices


async def test_registered_schools_are_suggested(live) -> None:
    await live.slash("alice", SEOUL_MIDDLE)
    await live.slash("bob", OSAKA_MIDDLE)
    payload = autocomplete(
        live.registered, "carol", ("school", "join"), {"school": "sak"}, focused="school"
    )
    choices = (await live.interact(payload)).body["data"]["choices"]
    assert choices == [
        {"name": "Sakura Junior High (JP-sakura-junior-high)", "value": "JP-sakura-junior-high"}
    ]


async def test_a_user_option_arrives_as_that_user(live) -> None:
    answer = await live.slash("coordinator", "coordinator add @dana")
    assert not seen(answer).startswith(ERROR_MARK), seen(answer)
    listed = seen(await live.slash("dana", "coordinator list"))
    assert "Coordinators of Seoul IJC 2027" in listed


async def test_a_teacher_approves_a_colleague_from_the_direct_message_asking(live) -> None:
    await live.slash("alice", SEOUL_MIDDLE)
    await live.slash("bob", "school join KR-hanbit-middle")
    assert await live.core.delivery.deliver_due() == 1
    [opened] = live.fake.sent("POST", r"/users/@me/channels")
    assert opened.body == {"recipient_id": int(snowflake("alice"))}
    [sent] = live.fake.sent("POST", r"/channels/\d+/messages")
    korean = language_for_country("KR")  # alice teaches in Seoul: she is asked in Korean
    assert korean is not None
    render = live.core.translator.render
    assert sent.body["content"].startswith("Bob")
    assert "Hanbit Middle School" in sent.body["content"]
    assert sent.body["allowed_mentions"] == {"parse": []}
    approve = buttons(sent.body)[render(Message("membership-button-approve"), korean)]
    assert approve == f"jc:{GUILD_ID}:teacher approve 1"
    message = message_payload("1500000000000000009", sent.body)
    answer = await live.interact(button_press(message, approve, "alice", in_guild=False))
    assert seen(answer) == "Bob is now a teacher of Hanbit Middle School; they have been told."
    assert "Hanbit Middle School" in seen(await live.slash("bob", "school show"))


async def queue_reminder(live: LiveDiscord) -> None:
    message = OutgoingMessage(
        Recipient("discord", GUILD_ID, "channel", CHANNEL_ID),
        "Reminder: joint class tomorrow at 16:00 KST (Asia/Seoul).",
        actions=(Action("Confirm", "confirm 3", "primary"),),
    )
    async with transaction(live.core.sessions) as db:
        enqueue(db, message, live.core.clock.now())


async def test_a_reminder_is_posted_to_the_joint_channel_with_its_buttons(live) -> None:
    await queue_reminder(live)
    assert await live.core.delivery.deliver_due() == 1
    [sent] = live.fake.sent("POST", rf"/channels/{CHANNEL_ID}/messages")
    assert sent.body["content"] == "Reminder: joint class tomorrow at 16:00 KST (Asia/Seoul)."
    assert buttons(sent.body) == {"Confirm": f"jc:{GUILD_ID}:confirm 3"}


async def test_an_outage_delays_a_reminder_but_loses_nothing(live) -> None:
    live.fake.fail("POST", rf"/channels/{CHANNEL_ID}/messages", 503, times=2)
    await queue_reminder(live)
    assert await live.core.delivery.deliver_due() == 0
    live.core.clock.advance(timedelta(minutes=1))
    assert await live.core.delivery.deliver_due() == 0
    live.core.clock.advance(timedelta(minutes=1))
    assert await live.core.delivery.deliver_due() == 1
    assert len(live.fake.sent("POST", rf"/channels/{CHANNEL_ID}/messages")) == 1
    live.core.clock.advance(timedelta(hours=1))
    assert await live.core.delivery.deliver_due() == 0  # and nothing is sent twice


async def test_a_rate_limit_is_waited_out(live) -> None:
    live.fake.fail("POST", rf"/channels/{CHANNEL_ID}/messages", 429, retry_after=0.05)
    await queue_reminder(live)
    assert await live.core.delivery.deliver_due() == 1
    attempts = [r for r in live.fake.requests if r.path == f"/channels/{CHANNEL_ID}/messages"]
    assert [r.status for r in attempts] == [429, 200]


async def test_a_joint_channel_is_private_to_the_two_teachers(live) -> None:
    teachers = [snowflake("alice"), snowflake("bob")]
    provisioner = live.core.channel_provisioners["discord"]
    channel_id = await provisioner.create_joint_channel(GUILD_ID, "Hanbit × Sakura", teachers)
    category, channel = live.fake.sent("POST", rf"/guilds/{GUILD_ID}/channels")
    assert category.body["type"] == 4 and category.body["name"] == "Joint classes"
    assert channel.body["type"] == 0 and channel.body["name"] == "hanbit-sakura"
    assert channel_id == live.fake.channels[GUILD_ID][1]["id"]
    assert str(channel.body["parent_id"]) == live.fake.channels[GUILD_ID][0]["id"]
    view = discord.Permissions(view_channel=True).value
    rules = {str(o["id"]): o for o in channel.body["permission_overwrites"]}
    assert int(rules[GUILD_ID]["deny"]) & view  # @everyone, whose role has the server's id
    for member in (*teachers, APPLICATION_ID):  # the teachers and the bot itself
        assert rules[member]["type"] == 1 and int(rules[member]["allow"]) & view
    await provisioner.create_joint_channel(GUILD_ID, "Hanbit × Lincoln", teachers[:1])
    assert len(live.fake.sent("POST", rf"/guilds/{GUILD_ID}/channels")) == 3  # one category


async def test_the_bot_token_appears_in_no_log_line(caplog) -> None:
    caplog.set_level(logging.DEBUG)
    async with live_discord(catalog=RICH_CATALOG) as running:
        await running.slash("alice", SEOUL_MIDDLE)
        await running.slash("alice", "slots")
    assert caplog.records
    assert not [r for r in caplog.records if BOT_TOKEN in r.getMessage()]


async def test_a_client_still_logging_in_pauses_delivery_without_costing_a_try() -> None:
    messenger = DiscordMessenger(
        discord.Client(intents=discord.Intents.none()), ids=None, translator=english_only()
    )
    message = OutgoingMessage(Recipient("discord", "1", "channel", "2"), "Session #1 soon")
    with pytest.raises(PlatformUnavailable) as waiting:
        await messenger.send(message)
    assert waiting.value.retry_after == timedelta(seconds=1)


async def test_a_message_too_long_for_one_post_keeps_to_discords_limits_and_attaches_it(
    live,
) -> None:
    steps = "\n".join(
        f"{n}. Step {n} of the day & what each class brings to it" for n in range(400)
    )
    message = OutgoingMessage(Recipient("discord", GUILD_ID, "channel", CHANNEL_ID), steps)
    async with transaction(live.core.sessions) as db:
        enqueue(db, message, live.core.clock.now())
    assert await live.core.delivery.deliver_due() == 1
    assert live.fake.refusals == []
    [sent] = live.fake.sent("POST", rf"/channels/{CHANNEL_ID}/messages")
    shown = visible_text(sent.body)
    assert "1. Step 1 of the day" in shown and "399. Step 399" not in shown
    footer = sent.body["embeds"][-1]["footer"]["text"]
    assert footer.startswith("… 293 more lines did not fit in this message")
    assert steps.encode() in sent.files.values()  # the whole text, as a file


async def test_a_message_discord_refuses_is_given_up_not_retried(live, monkeypatch) -> None:
    """Were a renderer to overfill a message, Discord (here its fake, by the same rules) would
    answer 400; the worker gives the message up instead of retrying it forever."""

    async def overfull(*_: object) -> DiscordMessage:
        return DiscordMessage(content="x" * 2001)

    monkeypatch.setattr(discord_messenger, "render_outgoing", overfull)
    await queue_reminder(live)
    assert await live.core.delivery.deliver_due() == 0
    [refusal] = live.fake.refusals
    assert refusal.answer()["errors"]["content"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"
    live.core.clock.advance(timedelta(hours=1))
    assert await live.core.delivery.deliver_due() == 0
    attempts = [r for r in live.fake.requests if r.path == f"/channels/{CHANNEL_ID}/messages"]
    assert [r.status for r in attempts] == [400]


async def test_a_volunteer_registers_with_the_assistant_command() -> None:
    async with live_discord() as running:
        assert "assistant" in [c["name"] for c in running.registered]
        line = (
            'assistant register languages=ko,ja hours="Mon-Fri 09:00-13:00" '
            "timezone=Asia/Tokyo max_per_month=4"
        )
        registered = seen(await running.slash("mina", line))
        assert "You are registered as assistant #1" in registered
        assert "Hours: Mon-Fri 09:00-13:00 (Asia/Tokyo)" in seen(
            await running.slash("mina", "assistant show")
        )
