"""Proposals name the daylight-saving change that makes or breaks the overlap, with both clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.sessions.slot_report import proposal_reply
from bot.sessions.slots import SlotRequest, propose_slots
from tests.sessions.test_slots import EARLY, profile

SEOUL = profile("seoul", "Asia/Seoul", "Mon-Fri 09:00-16:00", country="KR")
# after school until 20:00 New York time: 09:00 in Seoul while New York is on EST, not on EDT
NEW_YORK = profile(
    "new-york", "America/New_York", "Mon-Fri 08:00-15:00", "Mon-Fri 15:00-20:00", country="US"
)
ATHENS = profile("athens", "Europe/Athens", "Mon-Fri 08:45-14:00", country="GR")
SYDNEY = profile("sydney", "Australia/Sydney", "Mon-Fri 09:00-15:00", country="AU")


def reply_for(partner, first: date, last: date):
    request = SlotRequest(SEOUL, partner, first, last, not_before=EARLY, duration=60)
    return proposal_reply(propose_slots(request), list_id=None, footer=None)


def test_a_change_just_before_the_range_that_breaks_the_overlap_is_named_as_the_reason():
    reply = reply_for(NEW_YORK, date(2027, 3, 15), date(2027, 4, 30))
    assert reply.data["problem"]["reason"] == "outside_range"
    assert (
        "Why: they overlap only outside this range: New York moves to EDT on Sun 14 Mar 2027: "
        "from then 09:00 in Seoul is 20:00 in New York, outside new-york's hours." in reply.text
    )
    (turn,) = reply.data["overlap_turns"]
    assert (turn["timezone"], turn["date"], turn["overlap"]) == (
        "America/New_York",
        "2027-03-14",
        "closes",
    )
    assert turn["missed_utc"] == datetime(2027, 3, 19, 0, 0, tzinfo=UTC).isoformat()


def test_a_change_inside_the_range_that_breaks_the_overlap_is_said_after_the_times():
    reply = reply_for(NEW_YORK, date(2027, 3, 1), date(2027, 3, 31))
    assert reply.data["slots"]
    assert all(slot["start_utc"] < "2027-03-14" for slot in reply.data["slots"])
    assert (
        "Note: New York moves to EDT on Sun 14 Mar 2027: from then 09:00 in Seoul is 20:00 in "
        "New York, outside new-york's hours." in reply.text
    )
    assert "shifted by one hour" not in reply.text  # said once, as what it does


def test_a_change_after_the_range_that_makes_the_overlap_says_both_clocks():
    reply = reply_for(ATHENS, date(2027, 2, 1), date(2027, 2, 26))
    assert (
        "Why: they overlap only outside this range: Athens moves to EEST on Sun 28 Mar 2027: "
        "from then 14:45 in Seoul is 08:45 in Athens, inside both schools' class hours "
        "(until then it is 07:45, outside athens's class hours)." in reply.text
    )
    assert reply.data["overlap_turns"][0]["overlap"] == "opens"


def test_a_change_that_leaves_the_overlap_as_it_was_keeps_the_plain_note():
    reply = reply_for(SYDNEY, date(2027, 3, 29), date(2027, 4, 16))
    assert reply.data["overlap_turns"] == []
    assert (
        "Note: Sydney moves to AEST on Sun 4 Apr 2027; times after that are shifted by one "
        "hour relative to Seoul." in reply.text
    )
