"""The remote class assistants' demo from the README, typed into the console with the demo
clock: a coordinator approves two volunteers, two pairs ask, `assistants match` assigns them
and explains the session it cannot cover, the assistant gets the practice run, the checklist
and the agenda with their part, and the report shows the coverage."""

from __future__ import annotations

from tests.support.readme_demo import run_demo


async def test_the_readme_demo_matches_assists_reminds_and_reports(tmp_path):
    printed, replies = await run_demo("2027-03-01", tmp_path)

    match = next(r for line, r in replies.items() if line.endswith("assistants match"))
    assert match.data["assignments"] == [
        {"session": 1, "assistant": 1, "languages": ["ko", "ja"]},
        {"session": 3, "assistant": 2, "languages": ["ko", "fr"]},
    ]
    assert [item["session"] for item in match.data["uncovered"]] == [2]
    assert "mina is not available then (Mon-Tue 08:00-13:00, Asia/Tokyo)" in match.text
    assert "The nearest start that week at which one is free: Thu 8 Apr 14:15 KST" in match.text

    to_mina = [block.split("\n  → ")[0] for block in printed.split("  → to @mina: ")[1:]]
    assert [text.split("\n")[0] for text in to_mina[-4:]] == [
        "The online exchange Hanbit Middle School × Sakura Junior High (session #1), where you "
        "interpret Korean–Japanese, is in 1 week: time for a practice run with the teachers.",
        "The online exchange Hanbit Middle School × Sakura Junior High (session #1), where you "
        "interpret Korean–Japanese, is tomorrow: your checklist.",
        "Today's agenda: Hanbit Middle School × Sakura Junior High",
        "Thank you for assisting session #1 (Hanbit Middle School × Sakura Junior High, Tue 6 "
        "Apr 09:00–10:00 JST (Tokyo) · Tue 6 Apr 09:00–10:00 KST (Seoul))! Three short "
        "questions: did it take place, how did it go (1 to 5), and what would help you next "
        "time? Press the button, or type `/exchange assistant survey 1 took_place=yes rating=5 "
        'comment="…"`.',
    ]
    agenda = to_mina[-2]
    assert "Tue 6 Apr 2027 09:00–10:00 JST (Tokyo) · Tue 6 Apr 2027 09:00–10:00 KST (Seoul)" in (
        agenda
    )
    assert "Interpretation: mina greets both classes and interprets the teachers' words." in agenda

    report = replies["@coordinator /exchange report"]
    assert (
        "Remote class assistants: 3 session(s) asked for one; 2 covered (2 accepted, 0 offered "
        "and waiting), 1 uncovered."
    ) in report.text
    assert "Uncovered: #2 Hanbit Middle School × Sakura Junior High" in report.text
    assert "mina: 1 session(s), 1.0 h; teachers rate the assistance 5.0 of 5" in report.text
    assert report.data["assistance"]["assistants"][0]["hours"] == 1.0
