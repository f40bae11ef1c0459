"""Partner lookup and partnerships through the test adapter: what teachers see and are told."""

import pytest
from sqlmodel import func, select

from bot.core.errors import UserError
from bot.schools.partnerships import answer_request
from storage.models import OutboundMessage, Partnership, PartnershipRequest, RequestStatus
from tests.conftest import SEOUL_MIDDLE
from tests.support.booked import in_command

PARIS_MIDDLE = (
    'school register "Lycee Hugo" country=FR city=Paris level=middle grades=2 languages=fr,en '
    'topics=culture quota=2 class_hours="Mon-Fri 08:00-12:00"'
)
NEW_YORK_MIDDLE = (
    'school register "Lincoln Middle" country=US timezone=America/New_York level=middle '
    'languages=en topics=sdgs class_hours="Mon-Fri 08:00-15:00"'
)


@pytest.fixture
async def english_readers(two_schools):
    """The two schools' teachers chose English, so notices read as these tests quote them (each
    reader's own language is tested in tests/i18n/test_partners_in_every_language.py)."""
    for teacher in ("alice", "bob"):
        await two_schools.ok(teacher, "language en")
    return two_schools


async def count(bot, model, **where):
    async with bot.core.sessions() as db:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return (await db.exec(query)).one()


async def test_find_ranks_class_time_above_after_school_time_and_explains_in_both_zones(
    two_schools,
):
    bot = two_schools
    await bot.ok("carol", PARIS_MIDDLE)
    reply = await bot.ok("alice", "find")
    assert [c["school_id"] for c in reply.data["candidates"]] == [
        "JP-sakura-junior-high",
        "FR-lycee-hugo",
    ]
    assert reply.data["week_of"] == "2027-01-18"  # the coming week
    osaka, paris = reply.sections
    assert (
        "Time together, week of 2027-01-18 (>= 60 min), class time: "
        "Mon–Fri 09:00–15:30 KST = 09:00–15:30 JST"
    ) in osaka.lines
    assert (
        "Time together, week of 2027-01-18 (>= 60 min), with after-school hours: "
        "Tue, Thu 16:00–18:00 KST = 08:00–10:00 CET"
    ) in paris.lines
    assert "Common language(s): en · shared topics: culture · grades 1-3 (yours 1-3)" in osaka.lines
    assert "Common language(s): en · shared topics: culture · grades 2 (yours 1-3)" in paris.lines
    assert (
        "Places left: 2 of 2 · ranked on: class-time overlap 0 min, any overlap 120 min, "
        "shared topics 1, grade gap 0, places left 2"
    ) in paris.lines
    assert osaka.actions[0].command == "request JP-sakura-junior-high"
    assert "Mon–Fri 09:00–15:30 KST = 09:00–15:30 JST" in reply.text


def japanese_middle(
    name: str,
    class_hours: str,
    *,
    topics: str = "coding",
    grades: str = "1-3",
    quota: int = 1,
    after_school: str = "",
) -> str:
    """A school Seoul's Hanbit Middle can meet: same wall clock (KST = JST), English, middle."""
    return (
        f'school register "{name}" country=JP level=middle grades={grades} languages=en '
        f'topics={topics} quota={quota} class_hours="{class_hours}"'
        + (f' after_school_hours="{after_school}"' if after_school else "")
    )


async def found_for_seoul(bot, *schools: str) -> list[str]:
    """Register Hanbit Middle (classes 09:00-16:00, after school Tue,Thu 16:00-18:00, topics
    culture and sdgs, grades 1-3) and `schools`, one teacher each; the order `find` gives."""
    await bot.ok("alice", SEOUL_MIDDLE)
    for number, school in enumerate(schools):
        await bot.ok(f"teacher{number}", school)
    reply = await bot.ok("alice", "find")
    return [c["school_id"] for c in reply.data["candidates"]]


async def test_find_puts_class_time_overlap_before_after_school_overlap(bot):
    order = await found_for_seoul(
        bot,
        japanese_middle("Aoba Middle", "Tue,Thu 16:00-18:00", topics="culture,sdgs", quota=5),
        japanese_middle("Zao Middle", "Mon-Fri 15:00-16:00"),
    )
    assert order == ["JP-zao-middle", "JP-aoba-middle"]


async def test_find_ranks_a_longer_class_overlap_above_more_shared_topics(bot):
    order = await found_for_seoul(
        bot,
        japanese_middle("Aoba Middle", "Mon-Fri 11:30-16:00", topics="culture,sdgs", quota=5),
        japanese_middle("Zao Middle", "Mon-Fri 09:00-15:30"),
    )
    assert order == ["JP-zao-middle", "JP-aoba-middle"]  # 390 class minutes before 270


async def test_with_equal_class_overlap_find_ranks_the_longer_overlap_overall_first(bot):
    order = await found_for_seoul(
        bot,
        japanese_middle("Aoba Middle", "Mon-Fri 14:00-16:00", topics="culture,sdgs"),
        japanese_middle("Zao Middle", "Mon-Fri 14:00-16:00", after_school="Tue,Thu 16:00-18:00"),
    )
    assert order == ["JP-zao-middle", "JP-aoba-middle"]  # 240 minutes on Tue, Thu before 120


async def test_with_equal_overlap_find_ranks_more_shared_topics_first(bot):
    order = await found_for_seoul(
        bot,
        japanese_middle("Aoba Middle", "Mon-Fri 10:00-12:00", topics="culture", quota=5),
        japanese_middle("Zao Middle", "Mon-Fri 10:00-12:00", topics="culture,sdgs", grades="6"),
    )
    assert order == ["JP-zao-middle", "JP-aoba-middle"]


async def test_with_equal_overlap_and_topics_find_ranks_closer_grades_first(bot):
    order = await found_for_seoul(
        bot,
        japanese_middle("Aoba Middle", "Mon-Fri 10:00-12:00", grades="4", quota=5),
        japanese_middle("Zao Middle", "Mon-Fri 10:00-12:00", grades="2"),
    )
    assert order == ["JP-zao-middle", "JP-aoba-middle"]


async def test_with_everything_else_equal_find_ranks_more_places_left_first(bot):
    order = await found_for_seoul(
        bot,
        japanese_middle("Aoba Middle", "Mon-Fri 10:00-12:00", quota=6),
        japanese_middle("Zao Middle", "Mon-Fri 10:00-12:00", quota=9),
    )
    assert order == ["JP-zao-middle", "JP-aoba-middle"]


async def test_each_candidate_shows_the_facts_of_its_rank_in_their_order(bot):
    await found_for_seoul(
        bot,
        japanese_middle(
            "Zao Middle",
            "Mon-Fri 14:00-16:00",
            topics="culture",
            grades="5",
            quota=3,
            after_school="Tue,Thu 16:00-18:00",
        ),
    )
    reply = await bot.ok("alice", "find")
    assert (
        "Places left: 3 of 3 · ranked on: class-time overlap 120 min, any overlap 240 min, "
        "shared topics 1, grade gap 2, places left 3"
    ) in reply.sections[0].lines
    assert (
        reply.data["candidates"][0]
        | {
            "class_overlap_minutes": 120,
            "overlap_minutes": 240,
            "shared_topics": ["culture"],
            "grade_gap": 2,
            "remaining_quota": 3,
        }
        == reply.data["candidates"][0]
    )


async def test_find_leaves_out_own_country_other_levels_and_no_common_language(two_schools):
    bot = two_schools
    await bot.ok(
        "dan",
        'school register "Busan Middle" country=KR level=middle languages=ko,en '
        'class_hours="Mon-Fri 09:00-16:00"',
    )
    await bot.ok(
        "erin",
        'school register "Kobe High" country=JP level=high languages=en '
        'class_hours="Mon-Fri 09:00-16:00"',
    )
    await bot.ok(
        "fay",
        'school register "Nara Middle" country=JP level=middle languages=ja '
        'class_hours="Mon-Fri 09:00-16:00"',
    )
    reply = await bot.ok("alice", "find")
    assert [c["school_id"] for c in reply.data["candidates"]] == ["JP-sakura-junior-high"]
    high = await bot.ok("alice", "find level=high")
    assert [c["school_id"] for c in high.data["candidates"]] == ["JP-kobe-high"]


async def test_schools_without_real_time_overlap_are_offered_only_in_async_mode(bot):
    await bot.ok(
        "alice",
        'school register "Hanbit Middle School" country=KR level=middle '
        'languages=ko,en class_hours="Mon-Fri 09:00-16:00"',
    )
    await bot.ok("gus", NEW_YORK_MIDDLE)
    live = await bot.ok("alice", "find")
    assert live.data["candidates"] == []
    assert "`/exchange find mode=async`" in live.text
    assert "meeting >= 60 min in real time: 0" in live.text
    offline = await bot.ok("alice", "find mode=async")
    assert [c["school_id"] for c in offline.data["candidates"]] == ["US-lincoln-middle"]
    assert (
        "No real-time overlap >= 60 min (no shared time): suited to a non-real-time "
        "exchange (shared boards, letters, recorded video)"
    ) in offline.sections[0].lines


async def test_find_with_the_schools_own_places_all_used_says_so_first(two_schools):
    bot = two_schools
    await bot.ok("carol", PARIS_MIDDLE)
    for school, teacher in (("JP-sakura-junior-high", "bob"), ("FR-lycee-hugo", "carol")):
        await bot.ok("alice", f"request {school}")
        await bot.ok(teacher, "accept")
    await bot.ok(
        "ken",
        'school register "Kobe Middle" country=JP level=middle languages=ja,en '
        'class_hours="Mon-Fri 08:30-15:30"',
    )
    shown = await bot.ok("alice", "find")
    assert shown.text.startswith(
        "Your school has no places left (2 of 2 used): raise the quota with "
        "`/exchange school edit quota=3` before asking another school."
    )
    assert [c["school_id"] for c in shown.data["candidates"]] == ["JP-kobe-middle"]
    nothing = await bot.ok("alice", "find country=FR")
    assert nothing.text.startswith("Your school has no places left (2 of 2 used)")
    assert "none is left once 'not already your partners' applies (1 before it)" in nothing.text


async def test_find_async_with_nothing_found_says_which_condition_left_none(two_schools):
    reply = await two_schools.ok("alice", "find mode=async")
    assert reply.data["candidates"] == []
    assert (
        "No school meets every condition: none is left once 'without 60 min in real time' "
        "applies (1 before it): every school that meets the other conditions can meet you in "
        "real time for 60 minutes or more." in reply.text
    )
    assert "`/exchange find`" not in reply.text


async def test_find_names_a_declined_request_as_the_condition_that_left_none(two_schools):
    await two_schools.ok("alice", "request JP-sakura-junior-high")
    await two_schools.ok("bob", "decline KR-hanbit-middle")
    reply = await two_schools.ok("alice", "find")
    assert "none is left once 'without a declined request between you' applies" in reply.text


async def test_find_filters_by_language_country_topic_and_duration(two_schools):
    bot = two_schools
    await bot.ok("carol", PARIS_MIDDLE)
    by_country = await bot.ok("alice", "find country=FR")
    assert [c["school_id"] for c in by_country.data["candidates"]] == ["FR-lycee-hugo"]
    by_topic = await bot.ok("bob", "find topic=SDGs")
    assert [c["school_id"] for c in by_topic.data["candidates"]] == ["KR-hanbit-middle"]
    longer = await bot.ok("alice", "find duration=3h")
    assert [c["school_id"] for c in longer.data["candidates"]] == ["JP-sakura-junior-high"]
    by_language = await bot.ok("carol", "find language=en limit=1")
    assert len(by_language.data["candidates"]) == 1 and by_language.data["total"] == 1


async def test_find_refuses_its_own_country_or_a_language_the_school_does_not_use(two_schools):
    own = await two_schools.run("alice", "find country=KR")
    assert not own.ok and "KR is your own country" in own.text
    foreign = await two_schools.run("alice", "find language=fr")
    assert not foreign.ok and "fr is not one of your school's languages (ko, en)" in foreign.text


async def test_a_request_tells_the_other_school_why_and_offers_accept_and_decline(english_readers):
    bot = english_readers
    reply = await bot.ok("alice", 'request JP-sakura-junior-high "We would love to meet you!"')
    assert "Told 1 teacher(s) of Sakura Junior High" in reply.text
    [message] = bot.sent_to("bob")
    assert "Hanbit Middle School (KR-hanbit-middle, South Korea) asks Sakura Junior High" in (
        message.text
    )
    assert "Their message: “We would love to meet you!”" in message.text
    assert "Mon–Fri 09:00–15:30 JST = 09:00–15:30 KST" in message.text  # reader's zone first
    assert [a.command for a in message.actions] == [
        "accept KR-hanbit-middle",
        "decline KR-hanbit-middle",
    ]
    listed = await bot.ok("bob", "partners")
    assert listed.data["requests_to_you"] == ["KR-hanbit-middle"]


async def test_accepting_creates_the_partnership_and_uses_both_schools_places(english_readers):
    bot = english_readers
    await bot.ok("alice", "request JP-sakura-junior-high")
    reply = await bot.ok("bob", "accept")
    assert "Sakura Junior High and Hanbit Middle School (KR-hanbit-middle) are partners now" in (
        reply.text
    )
    assert any("accepted your partnership request" in m.text for m in bot.sent_to("alice"))
    assert await count(bot, Partnership, status="active", source="request") == 1
    mine = await bot.ok("alice", "partners")
    assert mine.data["partners"][0]["school_id"] == "JP-sakura-junior-high"
    assert "1 of 2 place(s) left" in mine.text
    again = await bot.ok("alice", "find")
    assert again.data["candidates"] == []  # already partners: not offered
    await bot.ok("carol", PARIS_MIDDLE)
    full = await bot.run("carol", "request JP-sakura-junior-high")
    assert not full.ok
    assert "Sakura Junior High has no partner places left (quota 1, 1 active" in full.text


async def test_accept_fails_clearly_when_the_school_has_no_place_left_and_writes_nothing(
    two_schools,
):
    bot = two_schools
    await bot.ok("carol", PARIS_MIDDLE)
    await bot.ok("alice", "request JP-sakura-junior-high")
    await bot.ok("carol", "request JP-sakura-junior-high")
    several = await bot.run("bob", "accept")
    assert not several.ok and "Several requests are waiting" in several.text
    await bot.ok("bob", "accept KR-hanbit-middle")
    refused = await bot.run("bob", "accept FR-lycee-hugo")
    assert not refused.ok
    assert "Your school has no partner places left (quota 1, 1 active" in refused.text
    assert await count(bot, Partnership) == 1
    assert await count(bot, PartnershipRequest, status="pending") == 1


async def test_a_declined_school_is_not_offered_again_and_cannot_ask_again(english_readers):
    bot = english_readers
    await bot.ok("alice", "request JP-sakura-junior-high")
    reply = await bot.ok("bob", 'decline KR-hanbit-middle "Our term is full"')
    assert "Declined Hanbit Middle School's request" in reply.text
    told = bot.sent_to("alice")[-1].text
    assert "declined your partnership request: “Our term is full”" in told
    assert (await bot.ok("alice", "find")).data["candidates"] == []
    assert (await bot.ok("bob", "find")).data["candidates"] == []
    again = await bot.run("alice", "request JP-sakura-junior-high")
    assert not again.ok and "declined a partnership request between your schools" in again.text


async def test_a_request_answered_meanwhile_is_not_answered_again(two_schools):
    bot = two_schools
    await bot.ok("alice", "request JP-sakura-junior-high")
    async with bot.core.sessions() as db:
        [seen_before] = (await db.exec(select(PartnershipRequest))).all()
    await bot.ok("bob", "decline")

    async def accept_as_seen_before(ctx):
        await answer_request(ctx, seen_before, RequestStatus.ACCEPTED)

    with pytest.raises(UserError) as refusal:
        await in_command(bot, "bob2", accept_as_seen_before)
    assert refusal.value.text().startswith(
        "Hanbit Middle School's partnership request was declined at Mon 11 Jan 09:00 JST "
        "(Osaka) by Bob; nothing was accepted."
    )
    assert await count(bot, PartnershipRequest, status="declined") == 1
    assert await count(bot, Partnership) == 0


async def test_requests_are_refused_to_oneself_at_home_and_twice(two_schools):
    bot = two_schools
    await bot.ok(
        "dan",
        'school register "Busan Middle" country=KR level=middle languages=en '
        'class_hours="Mon-Fri 09:00-16:00"',
    )
    assert "your own school" in (await bot.run("alice", "request KR-hanbit-middle")).text
    assert (
        "in South Korea like your school"
        in (await bot.run("alice", "request KR-busan-middle")).text
    )
    await bot.ok("alice", "request JP-sakura-junior-high")
    twice = await bot.run("alice", "request JP-sakura-junior-high")
    assert "You already asked Sakura Junior High" in twice.text
    back = await bot.run("bob", "request KR-hanbit-middle")
    assert "accept with `/exchange accept KR-hanbit-middle`" in back.text
    assert await count(bot, PartnershipRequest) == 1


async def test_ending_a_partnership_frees_the_places_and_tells_the_partner(english_readers):
    bot = english_readers
    await bot.ok("alice", "request JP-sakura-junior-high")
    await bot.ok("bob", "accept")
    await bot.ok("alice", "channel link", channel="C-joint")
    reply = await bot.ok("alice", 'partnership end JP-sakura-junior-high "Timetable clash"')
    assert "Hanbit Middle School has 2 partner place(s) left" in reply.text
    assert "ended your partnership: “Timetable clash”" in bot.sent_to("bob")[-1].text
    posted = [m.text for m in bot.sent if m.recipient.target_id == "C-joint"][-1]
    assert "교류가 끝났습니다: “Timetable clash”" in posted  # the schools' languages, Seoul's first
    assert posted.index("교류가 끝났습니다") < posted.index("交流")
    messages = await count(bot, OutboundMessage)
    again = await bot.ok("alice", "partnership end JP-sakura-junior-high")
    assert again.data["already"] and "You ended the partnership with Sakura" in again.text
    late = await bot.run("bob", "partnership end KR-hanbit-middle")
    assert not late.ok
    assert "was ended at Mon 11 Jan 09:00 JST (Osaka) by Hanbit Middle School" in late.text
    assert await count(bot, OutboundMessage) == messages  # the repeats told nobody anything


async def test_channel_link_binds_the_current_channel_and_asks_which_partner_if_several(
    two_schools,
):
    bot = two_schools
    await bot.ok("carol", PARIS_MIDDLE)
    outside = await bot.run("alice", "channel link")
    assert not outside.ok and "Run this inside the channel" in outside.text
    for teacher, school in (("bob", "JP-sakura-junior-high"), ("carol", "FR-lycee-hugo")):
        await bot.ok("alice", f"request {school}")
        await bot.ok(teacher, "accept")
    which = await bot.run("alice", "channel link", channel="C1")
    assert not which.ok and "say which with partner=" in which.text
    reply = await bot.ok("alice", "channel link partner=FR-lycee-hugo", channel="C1")
    assert "joint channel of Hanbit Middle School and Lycee Hugo" in reply.text
    assert any(m.recipient.kind == "channel" and m.recipient.target_id == "C1" for m in bot.sent)
    taken = await bot.run("alice", "channel link partner=JP-sakura-junior-high", channel="C1")
    assert not taken.ok and "already the joint channel of another partnership" in taken.text
    async with bot.core.sessions() as db:
        linked = (await db.exec(select(Partnership).where(Partnership.channel_id == "C1"))).all()
    assert [p.school_b for p in linked] == ["FR-lycee-hugo"]


class FakeProvisioner:
    def __init__(self):
        self.created = []

    async def create_joint_channel(self, workspace, name, member_user_ids):
        self.created.append((workspace, name, member_user_ids))
        return "C-new"


async def test_channel_create_asks_the_platform_and_links_the_new_channel(two_schools):
    bot = two_schools
    provisioner = FakeProvisioner()
    bot.core.add_channel_provisioner("test", provisioner)
    await bot.ok("alice", "request JP-sakura-junior-high")
    await bot.ok("bob", "accept")
    reply = await bot.ok("alice", "channel create")
    assert provisioner.created == [
        ("T1", "jc-kr-hanbit-middle-jp-sakura-junior-high", ["alice", "bob"])
    ]
    assert reply.data["channel_id"] == "C-new"
    assert any(m.recipient.target_id == "C-new" for m in bot.sent)
    again = await bot.run("alice", "channel create")
    assert not again.ok and "already has a joint channel" in again.text


async def test_channel_create_without_platform_support_points_to_channel_link(two_schools):
    bot = two_schools
    await bot.ok("alice", "request JP-sakura-junior-high")
    await bot.ok("bob", "accept")
    reply = await bot.run("alice", "channel create")
    assert not reply.ok
    assert "cannot create channels on test" in reply.text
    assert "`/exchange channel link`" in reply.text


async def test_find_sees_changes_made_after_an_earlier_search(two_schools):
    bot = two_schools
    assert len((await bot.ok("alice", "find")).data["candidates"]) == 1
    await bot.ok("bob", "school edit languages=ja")
    assert (await bot.ok("alice", "find")).data["candidates"] == []
    await bot.ok("carol", PARIS_MIDDLE)
    assert [c["school_id"] for c in (await bot.ok("alice", "find")).data["candidates"]] == [
        "FR-lycee-hugo"
    ]
