"""Teachers type values as their language writes them: registering and booking in Korean,
Japanese or Chinese stores exactly what the English form stores, and a value that does not
read is refused with what was wrong, writing nothing."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.adapters.testing import TestBot
from storage.models import ExchangeSession, School
from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE
from tests.support.booked import partnership

REGISTER = "school register {name} city=Somewhere level=middle languages=en {fields}"
STORED = ("country", "timezone", "class_hours", "after_school_hours", "vacations")
REGISTRATIONS = {
    "ko": (
        'country=대한민국 class_hours="월-금 09:00-16:00" after_school_hours="화,목 오후 4시-6시" '
        'vacations="2027년 7월 24일부터 2027년 8월 22일까지; 2027/12/24~2028/2/28"',
        'country=KR class_hours="Mon-Fri 09:00-16:00" after_school_hours="Tue,Thu 16:00-18:00" '
        'vacations="2027-07-24..2027-08-22; 2027-12-24..2028-02-28"',
    ),
    "ja": (
        'country=日本 class_hours="月曜から金曜 8時半～15時半" '
        'after_school_hours="水 午後4時-午後5時" vacations="2027年7月21日～2027年8月31日"',
        'country=JP class_hours="Mon-Fri 08:30-15:30" after_school_hours="Wed 16:00-17:00" '
        'vacations="2027-07-21..2027-08-31"',
    ),
    "zh-Hant": (
        'country=臺灣 class_hours="週一至週五 上午8點-下午4點" '
        'vacations="2027年7月1日至2027年8月29日"',
        'country=TW class_hours="Mon-Fri 08:00-16:00" vacations="2027-07-01..2027-08-29"',
    ),
}
KR, JP = "KR-hanbit-middle", "JP-sakura-junior-high"
OPEN = 'country=KR class_hours="Mon-Fri 09:00-16:00"'
BOOKINGS = {
    "ko": ('at="2027년 3월 15일 오전 10시" duration=45분', 'at="2027-03-15 10:00" duration=45'),
    "ja": ('at="2027/03/15 10時" duration=1時間半', 'at="2027-03-15 10:00" duration=90'),
    "zh-Hant": (
        'at="2027年3月15日 上午10點半" duration=60分鐘',
        'at="2027-03-15 10:30" duration=60',
    ),
    "ko, weekday": ('at="수요일 오전 10시"', 'at="Wed 10:00"'),
    "ja, tomorrow": ('at="明日 10時"', 'at="tomorrow 10:00"'),
}


async def stored_school(bot: TestBot, name: str) -> tuple[str, ...]:
    async with bot.core.sessions() as db:
        school = (await db.exec(select(School).where(School.name == name))).one()
    return tuple(str(getattr(school, column)) for column in STORED)


async def sessions(bot: TestBot) -> list[ExchangeSession]:
    async with bot.core.sessions() as db:
        return list((await db.exec(select(ExchangeSession).order_by(ExchangeSession.id))).all())


@pytest.mark.parametrize("language", REGISTRATIONS)
async def test_a_school_registered_in_its_language_stores_what_english_stores(
    bot: TestBot, language: str
) -> None:
    typed, english = REGISTRATIONS[language]
    await bot.ok("alice", REGISTER.format(name="Typed", fields=typed))
    await bot.ok("bob", REGISTER.format(name="English", fields=english))
    assert await stored_school(bot, "Typed") == await stored_school(bot, "English")


@pytest.mark.parametrize("language", BOOKINGS)
async def test_a_session_booked_in_a_teachers_language_is_the_one_english_books(
    bot: TestBot, language: str
) -> None:
    typed, english = BOOKINGS[language]
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    await partnership(bot, KR, JP)
    await bot.ok("alice", f"book {english}")
    await bot.ok("alice", 'cancel 1 "booked again in another language"')
    await bot.ok("alice", f"book {typed}")
    first, again = await sessions(bot)
    assert (again.start_utc, again.duration_minutes) == (first.start_utc, first.duration_minutes)


@pytest.mark.parametrize(
    ("field", "why"),
    [
        ('country=KR class_hours="월-금 9시"', "class_hours: '9시' is not a time range"),
        ('country=KR class_hours="월-금 16:00-09:00"', "ends before it starts"),
        ('country=KR class_hours="윌-금 09:00-16:00"', "class_hours: '윌' is not a day"),
        ("country=일봉", "country: '일봉' is not a country"),
        (f'{OPEN} vacations="2027년 2월 30일"', "'2027년 2월 30일' is not a day of the calendar"),
        (f'{OPEN} vacations="2027년 8월 22일부터 2027년 7월 24일까지"', "ends before it starts"),
    ],
)
async def test_a_korean_value_that_does_not_read_is_refused_saying_why(
    bot: TestBot, field: str, why: str
) -> None:
    reply = await bot.run("alice", REGISTER.format(name="Typed", fields=field))
    assert not reply.ok and why in reply.text
    async with bot.core.sessions() as db:
        assert (await db.exec(select(School))).all() == []


async def test_a_date_in_numbers_without_its_year_first_is_refused_as_before(bot: TestBot) -> None:
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    await partnership(bot, KR, JP)
    reply = await bot.run("alice", 'book at="3/15 10:00"')
    assert not reply.ok and "'3/15' is not a day" in reply.text
    assert await sessions(bot) == []
