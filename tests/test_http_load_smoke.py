"""The load benchmark, small: every signed command acked and answered, `/readyz` ready."""

from benchmarks.http_load import run_benchmark


async def test_twenty_concurrent_teachers_get_every_reply_and_no_errors():
    bot, flat_out, paced = await run_benchmark(teachers=20, requests=20)
    assert (bot.requests, len(bot.end_to_end)) == (20, 20)
    assert sum(len(replies) for replies in bot.by_command.values()) == 20
    assert {"help", "whoami", "find", "school", "time", "sessions", "partners"} <= set(
        bot.by_command
    )
    assert bot.readiness and {status for status, _ in bot.readiness} == {200}
    for result in (bot, flat_out, paced):
        assert result.errors == {}, result.app
        assert result.requests == 20
