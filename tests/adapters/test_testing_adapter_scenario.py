from tests.support.scenario import SCENARIO, check_outcomes


async def test_the_newcomer_scenario_runs_through_the_test_adapter(bot):
    results = []
    for step in SCENARIO:
        reply = await bot.run(step.user, step.line)
        results.append((reply.ok, reply.text))
    check_outcomes(results)
