"""The coordinators' tie-up in chat: run, publish, and what every school is told."""

import csv
import io

from sqlmodel import select

from bot.adapters.testing import TestBot
from bot.i18n.languages import ENGLISH, LANGUAGES
from bot.i18n.messages import Message
from bot.i18n.translator import english_only
from bot.schools.survey_import import import_survey
from storage.models import Partnership
from tests.commands.test_feedback import START, end_session
from tests.schools.test_survey_import import DENVER, OSAKA, SEOUL, survey
from tests.support.booked import book_session, partnership
from tests.support.membership import join_approved

PARIS = "FR-001,Lycee Hugo,partner,FR,Paris,,middle,2,fr;en,culture,1,Mon-Fri 08:00-12:00,,"
SEOUL_NO_CLUBS = (
    "KR-002,Mirae Middle School,home,KR,Seoul,,middle,1-3,ko;en,culture,1,Mon-Fri 09:00-16:00,,"
)


def read_csv(content: bytes) -> list[dict[str, str]]:
    assert content.startswith("\ufeff".encode())  # spreadsheets read UTF-8 by its BOM
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))


async def program_with(bot, *rows):
    await import_survey(bot.core, survey(*rows), "Seoul IJC 2027", create_program=True)


async def reading_english(bot, *users):
    """The users read English, whatever their school's country (a Korean school's teachers
    read Korean otherwise): these tests are about who is told what, in English."""
    for user in users:
        await bot.ok(user, "language en")


async def published_with_only_alice(bot):
    """Seoul and Osaka paired and published while only alice (Seoul, reading English) is on
    the bot."""
    await program_with(bot, SEOUL, OSAKA)
    await reading_english(bot, "alice")
    await join_approved(bot, "alice", "KR-001")
    await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    return await bot.ok("coordinator", "tieup publish")


async def partnerships(bot):
    async with bot.core.sessions() as db:
        return (await db.exec(select(Partnership))).all()


async def test_only_coordinators_run_the_tie_up(bot):
    await program_with(bot, SEOUL, OSAKA)
    await join_approved(bot, "alice", "KR-001")
    reply = await bot.run("alice", "tieup run")
    assert not reply.ok and "Only a program coordinator" in reply.text


async def test_daylight_saving_decides_whether_paris_and_seoul_can_meet(bot):
    await program_with(bot, SEOUL_NO_CLUBS, PARIS)
    march = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert march.data["pairs"] == []
    [left_over, _] = sorted(march.data["unmatched"], key=lambda u: u["school_id"])
    assert left_over["school_id"] == "FR-001"
    assert "adding after-school hours Mon 07:00–08:00 CET = 15:00–16:00 KST" in left_over["reason"]
    april = await bot.ok("coordinator", "tieup run week_of=2027-04-05")
    assert april.data["pairs"] == [
        {
            "home": "KR-002",
            "partner": "FR-001",
            "overlap_minutes": 60,
            "language": "en",
            "score": 210,
            "continuing": False,
        }
    ]
    assert april.data["unmatched"] == []


async def test_a_run_shows_the_result_and_attaches_every_pair_without_creating_any(bot):
    await program_with(bot, SEOUL, OSAKA, DENVER)
    reply = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert "1 pair(s), the most possible, among 3 school(s)" in reply.text
    assert "KR-001 + JP-001: 390 min overlap, en, score 390" in reply.text
    [attachment] = reply.attachments
    assert attachment.filename == "tieup-seoul-ijc-2027-2027-03-15.csv"
    rows = read_csv(attachment.content)
    assert [(r["record"], r["home_id"], r["partner_id"]) for r in rows] == [
        ("pair", "KR-001", "JP-001"),
        ("open", "KR-001", ""),
        ("open", "", "US-001"),
    ]
    assert [r["open_places"] for r in rows] == ["", "1", "1"]
    assert reply.actions[0].command == "tieup publish"
    assert await partnerships(bot) == []


async def test_the_csv_has_both_schools_the_overlap_in_both_zones_and_each_open_reason(bot):
    await program_with(bot, SEOUL, OSAKA, DENVER)
    reply = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    pair, seoul_open, denver_open = read_csv(reply.attachments[0].content)
    assert pair == pair | {
        "program": "Seoul IJC 2027",
        "week_of": "2027-03-15",
        "duration_minutes": "60",
        "home_name": "Hanbit Middle School",
        "home_country": "KR",
        "home_languages": "ko;en",
        "home_timezone": "Asia/Seoul",
        "partner_name": "Sakura Junior High",
        "partner_country": "JP",
        "partner_languages": "ja;en",
        "partner_timezone": "Asia/Tokyo",
        "language": "en",
        "overlap_minutes": "390",
        "home_local_times": "Mon–Fri 09:00–15:30 KST",
        "partner_local_times": "Mon–Fri 09:00–15:30 JST",
        "score": "390",
        "reason": "",
    }
    assert denver_open["partner_name"] == "Lincoln Middle" and denver_open["home_name"] == ""
    assert (seoul_open["home_id"], seoul_open["open_places"]) == ("KR-001", "1")
    assert seoul_open["reason"].startswith("only 1 feasible partner(s), all paired with it")
    assert denver_open["reason"].startswith("no time overlap >= 60 min")
    assert [seoul_open["reason"], denver_open["reason"]] == [
        u["reason"] for u in reply.data["unmatched"]
    ]


def numbered(row: str, school_id: str, name: str, number: int) -> str:
    """The row as the `number`th school of its kind: an id and a name of its own."""
    country = school_id.split("-")[0]
    return row.replace(school_id, f"{country}-{number:03}").replace(name, f"{name} {number}")


async def test_a_long_result_says_how_much_is_shown_and_the_csv_holds_all(bot):
    seoul = [numbered(SEOUL_NO_CLUBS, "KR-002", "Mirae Middle School", n) for n in range(1, 13)]
    osaka = [numbered(OSAKA, "JP-001", "Sakura Junior High", n) for n in range(1, 13)]
    denver = [numbered(DENVER, "US-001", "Lincoln Middle", n) for n in range(1, 12)]
    await program_with(bot, *seoul, *osaka, *denver)
    reply = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert "Pairs (10 of 12 shown; the attached CSV lists all):" in reply.text
    assert "Schools keeping open places (10 of 11 shown; the attached CSV lists all):" in (
        reply.text
    )
    assert sum(line.startswith("  KR-") for line in reply.text.splitlines()) == 10
    records = [row["record"] for row in read_csv(reply.attachments[0].content)]
    assert (records.count("pair"), records.count("open")) == (12, 11)


async def test_a_short_result_says_everything_is_shown(bot):
    await program_with(bot, SEOUL, OSAKA, DENVER)
    reply = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert "Pairs (1, all shown):" in reply.text
    assert "Schools keeping open places (2, all shown):" in reply.text


async def test_publishing_creates_the_partnerships_and_tells_both_schools_in_both_zones(bot):
    await program_with(bot, SEOUL, OSAKA)
    await reading_english(bot, "alice", "bob")
    await join_approved(bot, "alice", "KR-001")
    await join_approved(bot, "bob", "JP-001")
    await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    reply = await bot.ok("coordinator", "tieup publish")
    assert "1 partnership(s) created" in reply.text
    [created] = await partnerships(bot)
    assert (created.school_a, created.school_b, created.source) == ("KR-001", "JP-001", "tieup")
    to_alice, to_bob = bot.sent_to("alice")[-1].text, bot.sent_to("bob")[-1].text
    assert "Hanbit Middle School is paired with Sakura Junior High" in to_alice
    assert "Mon–Fri 09:00–15:30 KST = 09:00–15:30 JST" in to_alice
    assert "Mon–Fri 09:00–15:30 JST = 09:00–15:30 KST" in to_bob
    again = await bot.run("coordinator", "tieup publish")
    assert not again.ok and "was already published" in again.text


async def paired_since_the_run(bot):
    """Seoul and Osaka, paired by the tie-up's run, then partners by request and accept."""
    await program_with(bot, SEOUL, OSAKA)
    await join_approved(bot, "alice", "KR-001")
    await join_approved(bot, "bob", "JP-001")
    await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    await bot.ok("alice", "request JP-001")
    await bot.ok("bob", "accept")


async def test_publishing_skips_pairs_that_changed_since_the_run(bot):
    await paired_since_the_run(bot)
    reply = await bot.ok("coordinator", "tieup publish")
    assert "0 partnership(s) created" in reply.text
    assert "KR-001 + JP-001: Hanbit Middle School and Sakura Junior High are already " in (
        reply.text
    )
    assert len(await partnerships(bot)) == 1


async def test_why_a_pair_was_not_created_reads_in_the_coordinators_language(bot):
    await paired_since_the_run(bot)
    await bot.ok("coordinator", "language ko")
    reply = await bot.ok("coordinator", "tieup publish")
    why = Message(
        "partners-pair-already", school="Hanbit Middle School", partner="Sakura Junior High"
    )
    korean = next(language for language in LANGUAGES if language.tag == "ko")
    assert bot.core.translator.render(why, korean) in reply.text
    assert reply.data["refused"] == [
        {"home": "KR-001", "partner": "JP-001", "reason": english_only().render(why, ENGLISH)}
    ]


async def test_the_run_leaves_out_pairs_that_are_partners_already_or_declined(bot):
    await program_with(bot, SEOUL, OSAKA)
    await join_approved(bot, "alice", "KR-001")
    await join_approved(bot, "bob", "JP-001")
    await bot.ok("alice", "request JP-001")
    await bot.ok("bob", "decline")
    reply = await bot.ok("coordinator", "tieup run week_of=2027-03-15")
    assert reply.data["pairs"] == []
    assert (
        "already partners with it or declined a request between them"
        in (reply.data["unmatched"][0]["reason"])
    )


async def test_publishing_needs_a_run_first(bot):
    reply = await bot.run("coordinator", "tieup publish")
    assert not reply.ok and "has no tie-up to publish yet" in reply.text


async def test_publishing_says_who_was_told_and_who_hears_when_a_teacher_joins(bot):
    reply = await published_with_only_alice(bot)
    assert "Told now: the teachers of 1 school(s) (KR-001)." in reply.text
    assert (
        "Not told yet: 1 school(s) with no teacher on the bot (JP-001); each is told of its "
        "partner when its first teacher joins" in reply.text
    )
    assert (reply.data["told"], reply.data["waiting"]) == (["KR-001"], ["JP-001"])
    to_alice = bot.sent_to("alice")[-1].text
    assert "Sakura Junior High has no teacher on the bot yet: they will be told" in to_alice


async def test_the_first_teacher_to_join_hears_of_the_pairing_and_the_next_does_not(bot):
    await published_with_only_alice(bot)
    await reading_english(bot, "bob")
    approved = await join_approved(bot, "bob", "JP-001")
    assert "A tie-up paired Sakura Junior High before it had a teacher here" in approved.text
    [pairing] = pairings_to(bot, "bob")
    assert "Sakura Junior High is paired with Hanbit Middle School" in pairing.text
    assert "Mon–Fri 09:00–15:30 JST = 09:00–15:30 KST" in pairing.text
    assert "no teacher on the bot yet" not in pairing.text  # alice was there all along
    second = await join_approved(bot, "carol", "JP-001", approver="bob")
    assert "tie-up" not in second.text
    assert pairings_to(bot, "carol") == []


def pairings_to(bot, user):
    return [m for m in bot.sent_to(user) if m.data.get("event") == "tieup_published"]


async def test_a_waiting_pairing_survives_a_restart(tmp_path):
    url = f"sqlite:///{tmp_path}/bot.sqlite3"
    first = await TestBot.start(database_url=url)
    await program_with(first, SEOUL, OSAKA)
    await first.ok("coordinator", "tieup run week_of=2027-03-15")
    published = await first.ok("coordinator", "tieup publish")
    assert published.data["waiting"] == ["KR-001", "JP-001"] and published.data["told"] == []
    await first.close()
    second = await TestBot.start(database_url=url)
    await reading_english(second, "bob")
    await join_approved(second, "bob", "JP-001")
    [pairing] = pairings_to(second, "bob")
    assert "Sakura Junior High is paired with Hanbit Middle School" in pairing.text
    assert "Hanbit Middle School has no teacher on the bot yet" in pairing.text
    await second.close()


async def test_a_pairing_ended_before_anyone_joined_is_not_announced(bot):
    await published_with_only_alice(bot)
    await bot.ok("alice", 'partnership end JP-001 "Timetable clash"')
    approved = await join_approved(bot, "bob", "JP-001")
    assert "tie-up" not in approved.text
    assert not any(m.data.get("event") == "tieup_published" for m in bot.sent_to("bob"))


# Next year's tie-up remembers


async def last_years_pair_wants_to_continue(bot) -> None:
    """In Seoul IJC 2027, Mirae (KR-002, quota 1) and Lincoln (US-001, Denver: no shared hour
    with Seoul) held a session and both want to continue; the partnership has ended. Every
    school applied again to Seoul IJC 2028 (the configured coordinator coordinates every
    program it imports)."""
    await program_with(bot, SEOUL_NO_CLUBS, OSAKA, DENVER)
    await join_approved(bot, "alice", "KR-002")
    await join_approved(bot, "dave", "US-001")
    pair = await partnership(bot, "KR-002", "US-001")
    await book_session(bot, pair, START)
    await end_session(bot)
    await bot.ok("alice", "feedback submit 1 status=held rating=5 continue_with=online,visit")
    await bot.ok("dave", "feedback submit 1 status=held rating=4 continue_with=none")
    await bot.ok("dave", "feedback submit 1 continue_with=online")  # changed their mind
    await bot.ok("alice", "partnership end US-001")
    await import_survey(
        bot.core,
        survey(SEOUL_NO_CLUBS, OSAKA, DENVER),
        "Seoul IJC 2028",
        move_from="Seoul IJC 2027",
        create_program=True,
    )


NEXT_YEAR = 'tieup run program="Seoul IJC 2028" week_of=2028-03-13 continuing_from="Seoul IJC 2027"'


async def test_next_years_tie_up_keeps_the_continuing_pair_and_counts_it_against_quotas(bot):
    await last_years_pair_wants_to_continue(bot)
    kept = await bot.ok("coordinator", NEXT_YEAR)
    assert [(p["home"], p["partner"], p["continuing"]) for p in kept.data["pairs"]] == [
        ("KR-002", "US-001", True)
    ]
    assert [u["school_id"] for u in kept.data["unmatched"]] == ["JP-001"]  # Mirae's place is used
    assert "1 of them continue from Seoul IJC 2027 (keep)." in kept.text
    assert "KR-002 + US-001: 0 min overlap, en, score 0 · continuing" in kept.text
    await bot.ok("coordinator", 'tieup publish program="Seoul IJC 2028"')
    assert {(p.school_a, p.school_b, p.status) for p in await partnerships(bot)} == {
        ("KR-002", "US-001", "ended"),
        ("KR-002", "US-001", "active"),
    }


async def test_ignoring_or_preferring_continuing_pairs_matches_on_this_years_hours(bot):
    await last_years_pair_wants_to_continue(bot)
    for policy in ("ignore", "prefer"):  # Mirae and Lincoln share no hour: Osaka gets Mirae
        reply = await bot.ok("coordinator", f"{NEXT_YEAR} continuing={policy}")
        assert [(p["home"], p["partner"], p["continuing"]) for p in reply.data["pairs"]] == [
            ("KR-002", "JP-001", False)
        ]


async def test_a_pair_where_one_school_wants_no_more_is_not_kept(bot):
    await last_years_pair_wants_to_continue(bot)
    await bot.ok("dave", "feedback submit 1 continue_with=none")
    reply = await bot.ok("coordinator", NEXT_YEAR)
    assert [(p["home"], p["partner"]) for p in reply.data["pairs"]] == [("KR-002", "JP-001")]


async def test_an_unknown_earlier_program_is_refused_by_name(bot):
    await last_years_pair_wants_to_continue(bot)
    reply = await bot.run("coordinator", NEXT_YEAR.replace('2027"', '2026"'))
    assert not reply.ok
    assert "continuing_from: no program named 'Seoul IJC 2026'" in reply.text
