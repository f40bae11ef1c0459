"""An accepted request names the partnership it made: the crash checker found it did not."""

from sqlmodel import select

from storage.models import Partnership, PartnershipRequest


async def test_an_accepted_request_and_its_announcement_name_the_partnership_made(two_schools):
    bot = two_schools
    await bot.ok("alice", "request JP-sakura-junior-high")
    reply = await bot.ok("bob", "accept")
    async with bot.core.sessions() as db:
        partnership = (await db.exec(select(Partnership))).one()
        request = (await db.exec(select(PartnershipRequest))).one()
    assert request.partnership_id == partnership.id is not None
    assert reply.data["partnership_id"] == partnership.id
    [told] = [m for m in bot.sent_to("alice") if m.data.get("event") == "partnership_accepted"]
    assert told.data["partnership_id"] == partnership.id
