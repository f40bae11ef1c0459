"""Non-real-time exchanges end to end: a New York–Seoul pair with no shared hour plans a video
letter exchange, confirms it, is reminded before each deadline, marks the steps done with
their links in the joint channel, and the coordinator's report counts it; bad input is refused
saying why, and nothing is written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.testing import TestBot
from bot.i18n.languages import language_for_country
from bot.i18n.messages import Message
from storage.engine import transaction
from storage.models import (
    Activity,
    ActivityReminder,
    ActivityStatus,
    ActivityStep,
    Membership,
    ReminderStatus,
    StepStatus,
)
from tests.conftest import SEOUL_MIDDLE
from tests.support.booked import partnership
from tests.support.table_reads import count, rows

NEW_YORK_MIDDLE = (
    'school register "Lincoln Middle School" country=US timezone=America/New_York '
    'city="New York" subdivision=NY level=middle languages=en '
    'class_hours="Mon-Fri 08:00-15:00"'
)
MELBOURNE_MIDDLE = (
    'school register "Yarra Middle School" country=AU timezone=Australia/Melbourne '
    "city=Melbourne subdivision=VIC level=middle languages=en "
    'class_hours="Mon-Fri 08:30-15:00"'
)
KR, US, AU = "KR-hanbit-middle", "US-lincoln-middle", "AU-yarra-middle"
PLAN = "activity plan video_letter start=2027-03-10"


@pytest.fixture
async def pair(bot: TestBot) -> TestBot:
    """alice teaches in Seoul, nina in New York: no hour in common, a joint channel `joint`."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("nina", NEW_YORK_MIDDLE)
    await partnership(bot, KR, US, channel="joint")
    return bot


@pytest.fixture
async def planned(pair: TestBot) -> TestBot:
    await pair.ok("alice", PLAN)
    await pair.ok("nina", "activity confirm")
    pair.messenger.sent.clear()
    return pair


async def add_teacher(
    bot: TestBot, school: str, user: str, *, platform: str = "test", workspace: str = "T1"
) -> None:
    async with transaction(bot.core.sessions) as db:
        db.add(
            Membership(
                school_id=school,
                platform=platform,
                workspace=workspace,
                user_id=user,
                joined_at=bot.clock.now(),
            )
        )


def in_channel(bot: TestBot) -> list:
    return [m for m in bot.sent if m.recipient.target_id == "joint"]


async def test_planning_shows_each_sides_step_and_deadline_in_both_zones(pair: TestBot) -> None:
    reply = await pair.ok("alice", PLAN)
    assert (
        "1. post — Hanbit Middle School: record the class's video letter and post its link, "
        "by the end of Wed 10 Mar 2027 in Seoul (Wed 10 Mar 10:00 EST (New York))"
    ) in reply.text
    # New York has moved to daylight saving time by its own deadline, two weeks later
    assert (
        "2. reply — Lincoln Middle School: watch it in class, then record and post a reply "
        "video, by the end of Wed 24 Mar 2027 in New York (Thu 25 Mar 13:00 KST (Seoul))"
    ) in reply.text
    (asked,) = [m for m in pair.sent_to("nina") if m.data.get("event") == "activity_proposed"]
    assert [a.command for a in asked.actions] == ["activity confirm 1"]
    # nina reads New York first
    assert "by the end of Wed 10 Mar 2027 in Seoul (Wed 10 Mar 10:00 EST (New York))" in (
        asked.text
    )
    (activity,) = await rows(pair, Activity)
    assert activity.status == ActivityStatus.PROPOSED
    assert await count(pair, ActivityReminder) == 0  # nothing is reminded before both agree


async def test_the_default_plan_follows_the_kinds_spacing_from_today(pair: TestBot) -> None:
    reply = await pair.ok("alice", "activity plan culture_box")
    steps = reply.data["activity"]["steps"]
    assert [s["name"] for s in steps] == ["send", "receive", "unpack"]
    assert [s["owner"] for s in steps] == [KR, US, US]
    # today is Mon 11 Jan 2027: send in two weeks, receive three weeks later, unpack a week on
    assert [s["planned_date"] for s in steps] == ["2027-01-25", "2027-02-15", "2027-02-22"]


async def test_every_and_starts_change_the_spacing_and_who_begins(pair: TestBot) -> None:
    reply = await pair.ok(
        "alice", "activity plan shared_board start=2027-03-09 every=2w starts=partner"
    )
    steps = reply.data["activity"]["steps"]
    assert [(s["name"], s["owner"], s["due_date"]) for s in steps] == [
        ("board", US, "2027-03-09"),
        ("posts", KR, "2027-03-23"),
        ("answers", US, "2027-04-06"),
    ]


async def test_explicit_dates_set_each_deadline(pair: TestBot) -> None:
    reply = await pair.ok("alice", "activity plan letters dates=2027-03-05,2027-04-09")
    assert [s["due_date"] for s in reply.data["activity"]["steps"]] == [
        "2027-03-05",
        "2027-04-09",
    ]


async def test_a_deadline_on_a_korean_holiday_moves_to_seouls_previous_school_day(
    pair: TestBot,
) -> None:
    reply = await pair.ok("alice", "activity plan video_letter start=2027-03-01")
    post = reply.data["activity"]["steps"][0]
    assert (post["planned_date"], post["due_date"]) == ("2027-03-01", "2027-02-26")
    assert "moved from Mon 1 Mar, Independence Movement Day in Seoul" in reply.text


async def test_a_deadline_on_a_victorian_holiday_moves_to_melbournes_previous_school_day(
    bot: TestBot,
) -> None:
    """The southern hemisphere: Labour Day in Victoria (the holidays package spells it "Labor
    Day"); Melbourne's daylight saving time ends on 4 Apr 2027, between the two deadlines."""
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("mia", MELBOURNE_MIDDLE)
    await partnership(bot, KR, AU, channel=None)
    reply = await bot.ok("mia", "activity plan video_letter start=2027-03-08 every=4w")
    post, answer = reply.data["activity"]["steps"]
    assert (post["planned_date"], post["due_date"]) == ("2027-03-08", "2027-03-05")
    assert "moved from Mon 8 Mar, Labor Day in Melbourne" in reply.text
    assert answer["due_date"] == "2027-04-05"  # Seoul's, 4 weeks after the planned 8 Mar
    # Melbourne's midnight is 13:00 UTC under AEDT in March, Seoul's 15:00 UTC all year
    assert post["due_utc"] == "2027-03-05T13:00:00+00:00"
    assert answer["due_utc"] == "2027-04-05T15:00:00+00:00"
    assert "by the end of Mon 5 Apr 2027 in Seoul (Tue 6 Apr 01:00 AEST (Melbourne))" in (
        reply.text
    )


async def test_the_partner_confirms_and_the_joint_channel_sees_the_plan(pair: TestBot) -> None:
    await pair.ok("alice", PLAN)
    pair.messenger.sent.clear()
    reply = await pair.ok("nina", "activity confirm")
    assert "is planned; the joint channel has been told" in reply.text
    (posted,) = in_channel(pair)
    assert posted.data["event"] == "activity_planned"
    assert "1. post — Hanbit Middle School" in posted.text
    (activity,) = await rows(pair, Activity)
    assert activity.status == ActivityStatus.PLANNED
    reminders = await rows(pair, ActivityReminder)
    # a week and a day before each deadline, 09:00 on the owner's clock
    assert sorted((r.due_at, r.zone) for r in reminders) == [
        (datetime(2027, 3, 3, 0, 0, tzinfo=UTC), "Asia/Seoul"),
        (datetime(2027, 3, 9, 0, 0, tzinfo=UTC), "Asia/Seoul"),
        (datetime(2027, 3, 17, 13, 0, tzinfo=UTC), "America/New_York"),
        (datetime(2027, 3, 23, 13, 0, tzinfo=UTC), "America/New_York"),
    ]


async def test_the_proposing_school_cannot_confirm_its_own_plan(pair: TestBot) -> None:
    await pair.ok("alice", PLAN)
    reply = await pair.run("alice", "activity confirm 1")
    assert not reply.ok
    assert "proposed by Hanbit Middle School, so a teacher of Lincoln Middle School confirms" in (
        reply.text
    )
    assert (await rows(pair, Activity))[0].status == ActivityStatus.PROPOSED
    assert await count(pair, ActivityReminder) == 0


async def test_a_video_letter_exchange_is_reminded_and_completed_with_links(
    planned: TestBot,
) -> None:
    await planned.advance(timedelta(days=51))  # to Sat 3 Mar 2027, 00:00 UTC: 09:00 in Seoul
    (week_before,) = [m for m in planned.sent_to("alice") if m.data["event"] == "activity_deadline"]
    assert week_before.text == seoul_reminder(planned, days=7)  # in Korean, her school's
    assert not [m for m in planned.sent_to("nina") if m.data.get("event") == "activity_deadline"]

    planned.messenger.sent.clear()
    reply = await planned.ok("alice", "activity done post https://video.example/hanbit")
    assert "Step post of activity #1 is done" in reply.text
    (posted,) = in_channel(planned)
    assert "marked step post of activity #1 done" in posted.text
    assert "https://video.example/hanbit" in posted.text
    assert "Next: reply by Lincoln Middle School." in posted.text

    await planned.advance(timedelta(days=21))  # past every reminder of both steps
    to_alice = [m for m in planned.sent_to("alice") if m.data.get("event") == "activity_deadline"]
    assert not to_alice  # the day-before reminder of a step already done is not sent
    to_nina = [m for m in planned.sent_to("nina") if m.data.get("event") == "activity_deadline"]
    assert [m.data["step"] for m in to_nina] == ["reply", "reply"]
    assert "due in 7 days" in to_nina[0].text and "due tomorrow" in to_nina[1].text

    planned.messenger.sent.clear()
    await planned.ok("nina", "activity done reply https://video.example/lincoln")
    (posted,) = in_channel(planned)
    assert "Every step is done: the video letter exchange is complete." in posted.text
    (activity,) = await rows(planned, Activity)
    assert activity.status == ActivityStatus.DONE
    report = await planned.ok("coordinator", "report 2027-1")
    assert (
        "Activities (non-real-time exchanges): 1 — waiting for confirmation 0 · under way 0 · "
        "overdue 0 · done 1 · cancelled 0"
    ) in report.text
    assert report.data["activities"]["counts"]["done"] == 1
    (steps_file,) = [a for a in report.attachments if a.filename.startswith("activities-")]
    assert steps_file.filename == "activities-seoul-ijc-2027-2027-1.csv"
    lines = steps_file.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 3  # the header and one row per step
    assert "every step of the term's activities (CSV)" in report.text


async def test_the_report_counts_an_activity_whose_deadline_passed_as_overdue(
    planned: TestBot,
) -> None:
    await planned.advance(timedelta(days=62))  # Seoul's post was due by 10 Mar
    report = await planned.ok("coordinator", "report 2027-1")
    assert report.data["activities"]["counts"]["overdue"] == 1
    assert (
        "  Overdue: Hanbit Middle School – Lincoln Middle School, video letter exchange #1: "
        "post by Hanbit Middle School, due Wed 10 Mar"
    ) in report.text
    shown = await planned.ok("alice", "activity show 1")
    assert "— overdue" in shown.text


async def test_a_cancelled_activity_sends_no_more_reminders(planned: TestBot) -> None:
    reply = await planned.ok("nina", 'activity cancel 1 "Our spring term was cut short"')
    assert "is cancelled; Hanbit Middle School has been told" in reply.text
    (posted,) = in_channel(planned)
    assert "Reason: Our spring term was cut short" in posted.text
    assert {r.status for r in await rows(planned, ActivityReminder)} == {ReminderStatus.CANCELLED}
    await planned.advance(timedelta(days=80))
    assert not [m for m in planned.sent if m.data.get("event") == "activity_deadline"]


async def test_a_reminder_on_a_closed_day_goes_out_on_the_previous_open_day(
    pair: TestBot,
) -> None:
    """Seoul's post due Tue 2 Mar: the day before is Independence Movement Day."""
    await pair.ok("alice", "activity plan video_letter start=2027-03-02")
    reply = await pair.ok("nina", "activity confirm")
    seoul = [r for r in await rows(pair, ActivityReminder) if r.zone == "Asia/Seoul"]
    assert sorted(r.due_at for r in seoul) == [
        datetime(2027, 2, 23, 0, 0, tzinfo=UTC),
        datetime(2027, 2, 26, 0, 0, tzinfo=UTC),  # Friday, not the holiday Monday
    ]
    (moved,) = [r for r in seoul if r.moved_because]
    assert moved.moved_because == "Independence Movement Day"
    assert (
        "The reminder a day before step post goes out Fri 26 Feb 09:00 KST (Seoul): Mon 1 Mar "
        "is Independence Movement Day in Seoul."
    ) in reply.text


async def test_an_unknown_kind_is_refused_with_the_nearest_kind(pair: TestBot) -> None:
    reply = await pair.run("alice", "activity plan vidoe_leter")
    assert not reply.ok
    assert "kind: 'vidoe_leter' is not accepted. Did you mean 'video_letter'?" in reply.text
    assert await count(pair, Activity) == 0


async def test_a_kind_is_read_as_teachers_write_it(pair: TestBot) -> None:
    reply = await pair.ok("alice", "activity plan padlet")
    assert reply.data["activity"]["kind"] == "shared_board"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "activity plan video_letter start=2027-01-04",
            "Step post's date 2027-01-04 is in the past for Hanbit Middle School: today is "
            "Mon 11 Jan 2027 there.",
        ),
        (
            "activity plan letters dates=2027-03-05",
            "A handwritten letter exchange has 2 steps (send, reply); dates= gives 1.",
        ),
        (
            "activity plan letters dates=2027-03-05,2027-03-01",
            "dates= must go forward: 2027-03-01 is not after 2027-03-05.",
        ),
        (
            "activity plan letters dates=2027-03-05,2027-04-01 every=2w",
            "dates= gives every step's date; leave out start= and every=.",
        ),
        (
            "activity plan shared_board board=ftp://files.example/board",
            "board: 'ftp://files.example/board' is not a link",
        ),
    ],
)
async def test_bad_plans_are_refused_saying_why_and_write_nothing(
    pair: TestBot, line: str, expected: str
) -> None:
    reply = await pair.run("alice", line)
    assert not reply.ok
    assert expected in reply.text
    assert await count(pair, Activity) == 0
    assert await count(pair, ActivityStep) == 0


async def test_a_school_without_a_partnership_cannot_plan(bot: TestBot) -> None:
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("nina", NEW_YORK_MIDDLE)
    reply = await bot.run("alice", f"activity plan video_letter {US}")
    assert not reply.ok
    assert "are not partners yet, so no activity can be planned" in reply.text
    assert await count(bot, Activity) == 0


async def test_a_step_is_marked_done_only_by_its_owner_school(planned: TestBot) -> None:
    reply = await planned.run("nina", "activity done post https://video.example/x")
    assert not reply.ok
    assert "Step post of activity #1 is Hanbit Middle School's to do" in reply.text
    assert "Yours: reply." in reply.text
    assert {s.status for s in await rows(planned, ActivityStep)} == {StepStatus.OPEN}
    assert not in_channel(planned)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "activity done post http//video.example/x",
            "link: 'http//video.example/x' is not a link",
        ),
        ("activity done post", "Step post is marked done with its link"),
        ("activity done wave activity=1", "has no step 'wave'; its steps are: post, reply."),
    ],
)
async def test_bad_steps_and_links_are_refused_and_write_nothing(
    planned: TestBot, line: str, expected: str
) -> None:
    reply = await planned.run("alice", line)
    assert not reply.ok
    assert expected in reply.text
    assert {s.status for s in await rows(planned, ActivityStep)} == {StepStatus.OPEN}
    assert not in_channel(planned)


async def test_a_step_of_an_unconfirmed_activity_cannot_be_done_yet(pair: TestBot) -> None:
    await pair.ok("alice", PLAN)
    reply = await pair.run("alice", "activity done post https://video.example/x")
    assert not reply.ok
    assert "is not confirmed yet: a teacher of Lincoln Middle School confirms it first" in (
        reply.text
    )


async def test_marking_a_step_done_twice_is_answered_as_done(planned: TestBot) -> None:
    await planned.ok("alice", "activity done post https://video.example/x")
    planned.messenger.sent.clear()
    again = await planned.ok("alice", "activity done post https://video.example/x")
    assert "You marked step post of activity #1 done at" in again.text
    assert not in_channel(planned)  # the channel is not told twice


async def test_a_colleague_is_told_who_marked_the_step_done(planned: TestBot) -> None:
    await add_teacher(planned, KR, "bora")
    await planned.ok("alice", "activity done post https://video.example/x")
    reply = await planned.run("bora", "activity done post https://video.example/y")
    assert not reply.ok
    assert (
        "Step post of activity #1 was already marked done at Mon 11 Jan 09:00 KST (Seoul) by "
        in reply.text
    )
    assert "(https://video.example/x); nothing changed." in reply.text
    (step, _) = await rows(planned, ActivityStep)
    assert step.link == "https://video.example/x"


async def test_planning_the_same_kind_again_is_answered_with_the_first_plan(
    pair: TestBot,
) -> None:
    await pair.ok("alice", PLAN)
    again = await pair.ok("alice", PLAN)
    assert again.text.startswith("You planned this as activity #1 at")
    await add_teacher(pair, KR, "bora")
    other = await pair.run("bora", "activity plan video_letter start=2027-04-07")
    assert not other.ok
    assert (
        "A video letter exchange with Lincoln Middle School already waits for confirmation as "
        "activity #1"
    ) in other.text
    assert await count(pair, Activity) == 1


async def test_cancelling_twice_is_answered_as_done_and_a_colleague_is_told_who(
    planned: TestBot,
) -> None:
    await planned.ok("alice", "activity cancel 1")
    again = await planned.ok("alice", "activity cancel 1")
    assert "You cancelled activity #1 at" in again.text
    late = await planned.run("nina", "activity done reply https://video.example/z")
    assert not late.ok
    assert "Activity #1 was cancelled at" in late.text and "by Hanbit Middle School" in late.text


async def test_the_list_shows_each_activity_and_its_next_step(planned: TestBot) -> None:
    reply = await planned.ok("nina", "activity list")
    assert (
        "#1 video letter exchange with Hanbit Middle School — planned; next: post by Hanbit "
        "Middle School, by the end of Wed 10 Mar 2027 in Seoul"
    ) in reply.text


async def test_another_schools_activity_reads_as_unknown(planned: TestBot) -> None:
    await planned.ok(
        "carol",
        'school register "Kiwi School" country=NZ level=middle languages=en '
        'class_hours="Mon-Fri 09:00-15:00"',
    )
    reply = await planned.run("carol", "activity show 1")
    assert not reply.ok
    assert "Kiwi School has no activity #1." in reply.text


async def test_the_shared_boards_first_step_sets_the_board_link(pair: TestBot) -> None:
    await pair.ok("alice", "activity plan shared_board")
    await pair.ok("nina", "activity confirm")
    await pair.ok("alice", "activity done board https://padlet.example/hanbit-lincoln")
    shown = await pair.ok("nina", "activity show 1")
    assert "Board: https://padlet.example/hanbit-lincoln" in shown.text
    assert shown.data["activity"]["board_link"] == "https://padlet.example/hanbit-lincoln"


async def test_propose_without_a_shared_hour_offers_a_video_letter_to_run(pair: TestBot) -> None:
    reply = await pair.ok("alice", "propose")
    assert reply.data["slots"] == []
    assert (
        "Exchange without meeting: `/exchange activity plan video_letter US-lincoln-middle` "
        "plans a video letter exchange"
    ) in reply.text
    (button,) = [a for a in reply.actions if a.command.startswith("activity plan")]
    assert button.label == "Plan a video letter exchange"
    planned = await pair.ok("alice", button.command)
    assert planned.data["activity"]["kind"] == "video_letter"


async def test_find_async_names_the_command_to_run_once_partners(bot: TestBot) -> None:
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("nina", NEW_YORK_MIDDLE)
    reply = await bot.ok("alice", "find mode=async")
    (section,) = [s for s in reply.sections if "Lincoln Middle School" in s.title]
    assert (
        "Once you are partners, exchange without meeting: `/exchange activity plan "
        "video_letter US-lincoln-middle` plans a video letter exchange"
    ) in "\n".join(section.lines)
    realtime = await bot.ok("alice", "find")
    assert "activity plan" not in realtime.text


async def test_ending_the_partnership_cancels_its_activities_and_their_reminders(
    planned: TestBot,
) -> None:
    reply = await planned.ok("nina", f"partnership end {KR} Our program closed")
    assert "Cancelled activity #1, the video letter exchange." in reply.text
    assert reply.data["cancelled_activity_ids"] == [1]
    (activity,) = await rows(planned, Activity)
    assert activity.status == ActivityStatus.CANCELLED
    assert activity.cancel_reason == "the partnership ended"
    assert {r.status for r in await rows(planned, ActivityReminder)} == {ReminderStatus.CANCELLED}
    told = [m for m in planned.sent_to("alice") if m.data.get("event") == "partnership_ended"]
    korean = language_for_country("KR")  # alice teaches in Seoul
    assert korean is not None
    cancelled = Message("partners-cancelled-activity", number="1", title="video letter exchange")
    assert planned.core.translator.render(cancelled, korean) in told[0].text


async def test_a_reminder_that_came_due_while_the_bot_was_down_says_the_days_left(
    planned: TestBot,
) -> None:
    """Down from before Seoul's week-before reminder (Wed 3 Mar) until Fri 5 Mar: it goes out
    on restart, counting five days to Wed 10 Mar, not seven."""
    planned.clock.set(datetime(2027, 3, 5, 1, 0, tzinfo=UTC))
    await planned.core.run_due_work()
    (late,) = [m for m in planned.sent_to("alice") if m.data.get("event") == "activity_deadline"]
    assert late.text == seoul_reminder(planned, days=5)


def seoul_reminder(bot: TestBot, *, days: int) -> str:
    """The reminder of Seoul's step `post`, `days` before its deadline, as alice reads it."""
    reminder = Message(
        "reminder-deadline",
        step="post",
        activity="the video letter exchange #1 with Lincoln Middle School",
        days=days,
        task="record the class's video letter and post its link",
        due="by the end of Wed 10 Mar 2027 in Seoul (Wed 10 Mar 10:00 EST (New York))",
        done="/exchange activity done post https://… activity=1",
    )
    korean = language_for_country("KR")
    assert korean is not None
    return bot.core.translator.render(reminder, korean)


async def test_a_reminder_whose_deadline_has_passed_is_skipped_not_sent(planned: TestBot) -> None:
    planned.clock.set(datetime(2027, 3, 11, 1, 0, tzinfo=UTC))  # Seoul's post was due by 10 Mar
    await planned.core.run_due_work()
    to_alice = [m for m in planned.sent_to("alice") if m.data.get("event") == "activity_deadline"]
    assert to_alice == []
    seoul = [r for r in await rows(planned, ActivityReminder) if r.zone == "Asia/Seoul"]
    assert {r.status for r in seoul} == {ReminderStatus.SKIPPED}


async def test_a_pair_exchanging_by_activity_is_not_at_risk_for_going_quiet(
    planned: TestBot,
) -> None:
    """No session all term: without the video letter the pair would be idle from early April
    (30 school days after 1 Mar); its deadlines (10 and 24 Mar) and the post done on 9 Mar
    start the count again."""
    await planned.ok("alice", "activity done post https://video.example/hanbit")
    planned.clock.set(datetime(2027, 4, 20, tzinfo=UTC))
    report = await planned.ok("coordinator", "report 2027-1")
    assert "no session and no activity" not in report.text
    await planned.ok("nina", "activity cancel 1")
    quiet = await planned.ok("coordinator", "report 2027-1")
    assert (
        "Hanbit Middle School – Lincoln Middle School: no session and no activity for six school "
        "weeks of the term (since 1 Mar 2027)"
    ) in quiet.text
