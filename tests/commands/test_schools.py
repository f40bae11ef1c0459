"""School profiles through the test adapter: what a teacher sees and what gets stored."""

from hashlib import sha256

import pytest
from sqlmodel import func, select

from bot.i18n.languages import language_for_country
from bot.i18n.messages import Message
from storage.models import Membership, School
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.membership import join_approved


async def count(bot, model):
    async with bot.core.sessions() as db:
        return (await db.exec(select(func.count()).select_from(model))).one()


async def test_registering_stores_a_profile_and_makes_the_caller_its_teacher(bot):
    reply = await bot.ok("alice", SEOUL_MIDDLE)
    school = reply.data["school"]
    assert school["id"] == "KR-hanbit-middle"
    assert school["timezone"] == "Asia/Seoul"  # derived: Korea has one zone
    assert school["side"] == "home"  # the program's home country
    assert school["grades"] == [1, 2, 3] and school["languages"] == ["ko", "en"]
    assert school["class_hours"] == "Mon-Fri 09:00-16:00"
    assert "You are its teacher" in reply.text
    shown = await bot.ok("alice", "school show")
    assert shown.data["teachers"] == ["Alice"]


async def test_a_partner_abroad_is_on_the_partner_side(bot):
    reply = await bot.ok("bob", OSAKA_MIDDLE)
    assert reply.data["school"]["side"] == "partner"


async def test_the_profile_shows_the_zone_with_its_abbreviation(bot):
    reply = await bot.ok("alice", SEOUL_MIDDLE)
    assert "Asia/Seoul (KST, UTC+09:00)" in reply.text


async def test_a_country_with_several_zones_needs_one_and_lists_them(bot):
    reply = await bot.run(
        "carol",
        'school register "Lincoln" country=US level=middle '
        'languages=en class_hours="Mon-Fri 08:00-15:00"',
    )
    assert not reply.ok
    assert "29 time zones" in reply.text and "America/New_York" in reply.text
    assert await count(bot, School) == 0


async def test_a_zone_typo_suggests_the_right_zone(bot):
    reply = await bot.run(
        "carol",
        'school register "Lincoln" country=US timezone=America/NewYork '
        'level=middle languages=en class_hours="Mon-Fri 08:00-15:00"',
    )
    assert "did you mean America/New_York" in reply.text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("level=college", "level: 'college' is not accepted"),
        ("languages=Korean", "write the ISO 639-1 code ko"),
        ("languages=xx", "'xx' is not an ISO 639-1 language code"),
        ("country=XX", "'XX' is not a country; write a country's name or ISO 3166 code"),
        ('class_hours="Mon-Fry 09:00-16:00"', "'Fry' is not a day"),
        ("quota=0", "quota: 0 is out of range"),
        ("grades=13", "not a grade range from 1 to 12"),
        ('vacations="2027-13-01..2027-14-01"', "is not a date"),
        ("subdivision=ZZ", "'ZZ' is not a subdivision of South Korea"),
    ],
)
async def test_every_bad_value_gets_a_specific_message_and_nothing_is_written(bot, change, message):
    key = change.split("=")[0]
    line = " ".join(part for part in _split(SEOUL_MIDDLE) if not part.startswith(key + "="))
    reply = await bot.run("alice", f"{line} {change}")
    assert not reply.ok
    assert message in reply.text
    assert "Usage: /exchange school register" in reply.text or "subdivision" in message
    assert await count(bot, School) == 0 and await count(bot, Membership) == 0


def _split(line):
    from bot.core.grammar import quote, tokenize

    return [f"{t.name}={quote(t.text)}" if t.name else quote(t.text) for t in tokenize(line)]


@pytest.mark.parametrize(
    ("country", "written", "stored"),
    [
        ("AU", "vic", "VIC"),
        ("FR", '"zone a"', "Zone A"),
        ("FR", "Alsace", "6AE"),
        ("DE", "DE-BY", "BY"),
    ],
)
async def test_subdivisions_are_read_case_insensitively_with_their_aliases(
    bot, country, written, stored
):
    zone = {"AU": "Australia/Melbourne", "FR": "Europe/Paris", "DE": "Europe/Berlin"}[country]
    reply = await bot.ok(
        "alice",
        f'school register "École" country={country} timezone={zone} '
        f'level=middle languages=fr class_hours="Mon-Fri 09:00-16:00" '
        f"subdivision={written}",
    )
    assert reply.data["school"]["subdivision"] == stored


async def test_one_teacher_cannot_register_two_schools(two_schools):
    reply = await two_schools.run("alice", OSAKA_MIDDLE.replace("Sakura", "Other"))
    assert "You already teach at KR-hanbit-middle" in reply.text
    assert await count(two_schools, School) == 2


async def test_two_schools_whose_names_make_one_id_get_distinct_ids(bot):
    await bot.ok("alice", SEOUL_MIDDLE)
    reply = await bot.ok("minji", SEOUL_MIDDLE.replace("Hanbit Middle School", "Hanbit Middle"))
    assert reply.data["school"]["id"] == "KR-hanbit-middle-2"


async def test_two_schools_with_one_name_in_two_cities_get_distinct_ids(bot):
    await bot.ok("alice", SEOUL_MIDDLE)
    reply = await bot.ok("minji", SEOUL_MIDDLE.replace("city=Seoul", "city=Busan"))
    assert reply.data["school"]["id"] == "KR-hanbit-middle-2"


async def test_registering_a_school_again_says_how_to_join_it_and_writes_nothing(bot):
    await bot.ok("alice", SEOUL_MIDDLE)
    again = SEOUL_MIDDLE.replace("Hanbit Middle School", "hanbit  middle school")
    reply = await bot.run("minji", again)
    assert not reply.ok
    assert (
        "Hanbit Middle School is already registered as KR-hanbit-middle: to teach there too, "
        "`/exchange school join KR-hanbit-middle`." in reply.text
    )
    assert await count(bot, School) == 1 and await count(bot, Membership) == 1


async def test_a_country_can_be_written_out_and_a_city_that_names_a_zone_gives_the_zone(bot):
    reply = await bot.ok(
        "nina",
        'school register "Brooklyn MS 51" country="United States" city="New York" '
        'level=middle languages=en class_hours="Mon-Fri 08:00-15:00"',
    )
    assert reply.data["school"]["country"] == "US"
    assert reply.data["school"]["timezone"] == "America/New_York"
    assert (
        "Time zone America/New_York, the zone of New York; if that is wrong, change it with "
        "`/exchange school edit timezone=…`." in reply.text
    )


async def test_a_country_whose_other_zones_are_marginal_gets_its_main_zone(bot):
    reply = await bot.ok(
        "jonas",
        'school register "Gymnasium Am Rhein" country=Germany city=Bonn level=middle '
        'languages=de,en class_hours="Mon-Fri 08:00-13:00"',
    )
    assert reply.data["school"]["timezone"] == "Europe/Berlin"
    assert "Time zone Europe/Berlin, the main zone of Germany" in reply.text


async def test_a_school_with_a_non_latin_name_still_gets_a_readable_id(bot):
    reply = await bot.ok("alice", SEOUL_MIDDLE.replace("Hanbit Middle School", "한빛중학교"))
    assert reply.data["school"]["id"] == "KR-hanbit-middle"
    assert reply.data["school"]["name"] == "한빛중학교"


async def test_a_name_with_nothing_to_read_in_latin_letters_gets_the_same_id_each_time(bot):
    taipei = SEOUL_MIDDLE.replace("Hanbit Middle School", "明德國中").replace(
        "country=KR city=Seoul", "country=TW city=Taipei"
    )
    reply = await bot.ok("mei", taipei)
    assert reply.data["school"]["id"] == "TW-school-" + sha256("明德國中".encode()).hexdigest()[:4]


async def test_editing_changes_only_the_given_options(two_schools):
    reply = await two_schools.ok("alice", 'school edit quota=3 vacations="2027-07-24..2027-08-22"')
    school = reply.data["school"]
    assert (school["quota"], school["vacations"]) == (3, "2027-07-24..2027-08-22")
    assert school["class_hours"] == "Mon-Fri 09:00-16:00"
    assert reply.data["changed"] == ["quota", "vacations"]


async def test_edit_without_options_says_what_to_give(two_schools):
    reply = await two_schools.run("alice", "school edit")
    assert "Nothing to change" in reply.text


async def test_moving_to_a_multi_zone_country_asks_for_the_zone(two_schools):
    reply = await two_schools.run("alice", "school edit country=AU")
    assert "Australia has 12 time zones and the city 'Seoul' names none of them" in reply.text
    shown = await two_schools.ok("alice", "school show")
    assert shown.data["school"]["country"] == "KR"


async def test_moving_to_a_city_that_names_a_zone_takes_that_zone(two_schools):
    reply = await two_schools.ok("alice", "school edit country=Australia city=Melbourne")
    assert reply.data["school"]["timezone"] == "Australia/Melbourne"
    assert "Time zone Australia/Melbourne, the zone of Melbourne" in reply.text


async def test_a_teacher_cannot_edit_another_school(two_schools):
    reply = await two_schools.run("alice", "school edit school=JP-sakura-junior-high quota=5")
    assert not reply.ok and "only your own school" in reply.text


async def test_a_coordinator_can_edit_a_school_of_their_program(two_schools):
    await two_schools.ok("coordinator", "school join KR-hanbit-middle")
    reply = await two_schools.ok("coordinator", "school edit school=JP-sakura-junior-high quota=4")
    assert reply.data["school"]["quota"] == 4


async def test_someone_without_a_school_cannot_edit(bot):
    reply = await bot.run("dan", "school edit quota=2")
    assert "not a teacher of a registered school" in reply.text


async def test_joining_by_name_asks_the_existing_teachers(two_schools):
    reply = await two_schools.ok("dan", "school join Hanbit Middle School")
    assert "Asked to join Hanbit Middle School (KR-hanbit-middle)" in reply.text
    told = two_schools.sent_to("alice")
    korean = language_for_country("KR")  # alice teaches in Seoul
    assert korean is not None and len(told) == 1
    asks = Message(
        "membership-join-request",
        person="Dan",
        platform="test",
        user="dan",
        workspace="T1",
        school="Hanbit Middle School",
        id="KR-hanbit-middle",
        number=str(reply.data["request_id"]),
    )
    assert told[0].text == two_schools.core.translator.render(asks, korean)
    assert two_schools.sent_to("bob") == []


async def test_teachers_of_another_workspace_are_not_named_to_strangers(two_schools):
    await join_approved(
        two_schools, "kenji", "JP-sakura-junior-high", approver="bob", workspace="T2"
    )
    stranger = await two_schools.ok("zoe", "school show JP-sakura-junior-high")
    assert stranger.data["teachers"] == ["Bob"] and stranger.data["teachers_elsewhere"] == 1
    assert "Kenji" not in stranger.text and "1 in another workspace" in stranger.text
    colleague = await two_schools.ok("bob", "school show")
    assert colleague.data["teachers"] == ["Bob", "Kenji"]
    coordinator = await two_schools.ok("coordinator", "school show JP-sakura-junior-high")
    assert coordinator.data["teachers"] == ["Bob", "Kenji"]


async def test_joining_an_unknown_school_says_how_to_find_one(bot):
    reply = await bot.run("dan", "school join nowhere")
    assert "No school matches 'nowhere'" in reply.text and "school list" in reply.text


async def test_an_ambiguous_name_lists_the_matches(two_schools):
    await two_schools.ok("minji", SEOUL_MIDDLE.replace("city=Seoul", "city=Busan"))
    reply = await two_schools.run("dan", "school join Hanbit")
    assert "matches several schools" in reply.text and "KR-hanbit-middle-2" in reply.text


async def test_leaving_keeps_the_school(two_schools):
    await two_schools.ok("alice", "school leave")
    assert "not a teacher" in (await two_schools.run("alice", "school edit quota=2")).text
    listing = await two_schools.ok("zoe", "school list")
    assert listing.data["total"] == 2


async def test_the_list_filters_by_country_and_level(two_schools):
    reply = await two_schools.ok("zoe", "school list country=JP level=middle")
    assert [s["id"] for s in reply.data["schools"]] == ["JP-sakura-junior-high"]
    none = await two_schools.ok("zoe", "school list level=high")
    assert none.data["total"] == 0 and "No schools" in none.text


@pytest.mark.parametrize(
    "lookalike",
    ["Hаnbit Middle School", "Ｈａｎｂｉｔ Ｍｉｄｄｌｅ Ｓｃｈｏｏｌ", "HANBIT MIDDLE SCHOOL"],
    ids=["cyrillic-a", "full-width", "capitals"],
)
async def test_a_look_alike_name_is_refused_with_the_school_it_imitates(two_schools, lookalike):
    reply = await two_schools.run("minji", SEOUL_MIDDLE.replace("Hanbit Middle School", lookalike))
    assert not reply.ok and "`/exchange school join KR-hanbit-middle`" in reply.text
    assert await count(two_schools, School) == 2


@pytest.mark.parametrize(
    ("hidden", "says"),
    [("\u200b", "U+200B ZERO WIDTH SPACE"), ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE")],
)
async def test_a_name_hiding_characters_is_refused_in_chat_and_forms(two_schools, hidden, says):
    typed = await two_schools.run(
        "minji", SEOUL_MIDDLE.replace("Hanbit Middle School", f"Mirae Middle{hidden} School")
    )
    form = await two_schools.core.handle_options(
        two_schools.actor("minji"),
        ("school", "register"),
        {
            "name": f"Mirae Middle{hidden} School",
            "country": "KR",
            "level": "middle",
            "languages": "ko",
            "class_hours": "Mon-Fri 09:00-16:00",
        },
    )
    for reply in (typed, form):
        assert not reply.ok and "name: the name contains" in reply.text and says in reply.text
    assert await count(two_schools, School) == 2


async def test_a_name_is_stored_in_composed_form(bot):
    decomposed = "Lyce\u0301e Molie\u0300re"
    reply = await bot.ok(
        "claire",
        f'school register "{decomposed}" country=FR level=high languages=fr '
        'class_hours="Mon-Fri 08:00-17:00"',
    )
    assert reply.data["school"]["name"] == "Lycée Molière"


async def test_renaming_into_a_look_alike_of_another_school_is_refused(two_schools):
    reply = await two_schools.run("bob", 'school edit name="Hanbit Middle Schooӏ"')
    assert not reply.ok and "looks just like Hanbit Middle School (KR-hanbit-middle)" in reply.text
    shown = await two_schools.ok("bob", "school show")
    assert shown.data["school"]["name"] == "Sakura Junior High"
    renamed = await two_schools.ok("alice", 'school edit name="HANBIT Middle School"')
    assert renamed.data["school"]["name"] == "HANBIT Middle School"
