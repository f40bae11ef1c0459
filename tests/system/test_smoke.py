from tests.conftest import OSAKA_MIDDLE, SEOUL_MIDDLE


async def test_two_teachers_register_and_see_each_other(bot):
    await bot.ok("alice", SEOUL_MIDDLE)
    await bot.ok("bob", OSAKA_MIDDLE)
    listing = await bot.ok("carol", "school list")
    assert [s["id"] for s in listing.data["schools"]] == [
        "JP-sakura-junior-high",
        "KR-hanbit-middle",
    ]
