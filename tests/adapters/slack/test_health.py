"""The Slack HTTP server carries the health probes next to `/slack/events`, unsigned."""


async def test_the_slack_http_server_answers_liveness_and_readiness_probes(slack):
    for path, expected in (
        ("/healthz", {"status": "ok"}),
        ("/readyz", {"status": "ready", "database": "ok"}),
    ):
        answer = await slack.requests.get(path)
        assert (answer.status, answer.json()) == (200, expected)
