"""Help for every command, and who coordinates what."""

from bot.commands import CATALOG


async def test_help_lists_every_command_with_its_summary(bot):
    reply = await bot.ok("anyone", "help")
    for spec in CATALOG:
        assert f"{spec.name}" in reply.text and spec.summary in reply.text


async def test_an_empty_command_shows_help(bot):
    reply = await bot.ok("anyone", "")
    assert reply.command == "help"


async def test_help_for_one_command_shows_usage_every_option_and_an_example(bot):
    reply = await bot.ok("anyone", "help school register")
    spec = CATALOG.get(("school", "register"))
    assert spec.usage() in reply.text and spec.example in reply.text
    for param in spec.params:
        assert f"  {param.name}  " in reply.text


async def test_help_for_a_group_lists_its_commands(bot):
    reply = await bot.ok("anyone", "help school")
    assert {c["name"] for c in reply.data["commands"]} >= {"school register", "school join"}


async def test_help_for_an_unknown_command_suggests_one(bot):
    reply = await bot.run("anyone", "help shcool list")
    assert "Did you mean `school list`" in reply.text


async def test_configured_coordinators_can_add_others_who_are_told(bot):
    reply = await bot.ok("coordinator", "coordinator add @minji")
    assert "minji is now a coordinator of Seoul IJC 2027" in reply.text
    assert "made you a coordinator" in bot.sent_to("minji")[0].text
    listing = await bot.ok("minji", "coordinator list")
    assert [c["user_id"] for c in listing.data["coordinators"]] == ["coordinator", "minji"]


async def test_a_teacher_cannot_add_coordinators(two_schools):
    reply = await two_schools.run("alice", "coordinator add @alice")
    assert not reply.ok and "Only a program coordinator" in reply.text


async def test_adding_a_coordinator_twice_is_refused(bot):
    await bot.ok("coordinator", "coordinator add @minji")
    reply = await bot.run("coordinator", "coordinator add @minji")
    assert "already a coordinator" in reply.text


async def test_whoami_tells_a_newcomer_what_to_do(bot):
    reply = await bot.ok("newbie", "whoami")
    assert "school register" in reply.text and reply.data["school_id"] is None


async def test_coordinators_in_another_workspace_are_other_people(bot):
    reply = await bot.run("coordinator", "coordinator list", workspace="T2")
    assert not reply.ok
