"""The newcomer's scenario, run through the console and through Slack: the same outcomes."""

import io
import json

from bot.adapters.console import Console
from bot.adapters.testing import TestBot
from tests.adapters.slack.conftest import TEAM, SlackUser, shown
from tests.support.scenario import SCENARIO, check_outcomes


async def through_the_console():
    bot = await TestBot.start()
    out = io.StringIO()
    console = Console(bot.core, json_output=True, out=out, err=io.StringIO())
    for step in SCENARIO:
        await console.run_line(f"@{step.user} /exchange {step.line}")
    await bot.close()
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    return [(record["ok"], record["text"]) for record in records]


async def test_the_newcomer_scenario_runs_identically_in_the_console_and_in_slack(slack):
    in_slack = []
    for step in SCENARIO:
        user = SlackUser(f"U0{step.user.upper()}", step.user, TEAM)
        in_slack.append(shown(await slack.command(user, step.line)))
    check_outcomes(in_slack)
    assert in_slack == await through_the_console()
