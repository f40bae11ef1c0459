"""Who may run which command: the declared authorization table and its README rendering.

Every leaf command of the catalog has one row: the line that is run, aimed at school A, the
A–B partnership, its sessions or the program, and what each of the ten roles gets.
`tests/commands/test_authorization.py` runs every cell against a real scene; a command without a row
fails it. `python -m tests.support.authorization README.md` writes the table into the README.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

START = "<!-- authorization:start -->"
END = "<!-- authorization:end -->"


class Outcome(StrEnum):
    YES = "yes"  # done for the target: school A, the A–B partnership, its session, the program
    OWN = "own"  # done, but only for the caller's own school or program; A's is not touched
    PUBLIC = "public"  # done with program-wide directory data only (profiles, time zones, hours)
    ASKS = "asks"  # a request is recorded for A's teachers or coordinators; nothing else changes
    NO = "no"  # refused with a specific message; nothing is written


LEGEND = {
    Outcome.YES: "allowed, for school A, the A–B partnership, its session or the program",
    Outcome.OWN: "allowed, but only for the caller's own school or program: nothing of "
    "school A's is shown or changed",
    Outcome.PUBLIC: "allowed, showing only what the program's directory shows everyone "
    "(profiles, time zones, hours)",
    Outcome.ASKS: "allowed to ask: A's teachers (or, without any, the program's coordinators) "
    "are asked to approve, and until one does the asker sees nothing of A's private side",
    Outcome.NO: "refused with a message saying why; nothing is written",
}


@dataclass(frozen=True)
class Role:
    key: str
    heading: str  # the README column
    user: str
    workspace: str
    teacher: bool = False
    coordinator: bool = False


ROLES = (
    Role("teacher", "teacher of A", "alice", "T1", teacher=True),
    Role("partner", "teacher of partner B", "bob", "T1", teacher=True),
    Role("neighbour", "teacher of C (A's workspace)", "carol", "T1", teacher=True),
    Role("outsider", "teacher of D (other workspace)", "dave", "T2", teacher=True),
    Role("coordinator", "coordinator of the program", "coordinator", "T1", coordinator=True),
    Role("foreign_coordinator", "coordinator of another program", "olga", "T1", coordinator=True),
    Role("unknown", "unknown user", "uma", "T1"),
    Role("pending", "asked to join A, not yet approved", "penny", "T1"),
    Role("assistant", "assistant of A–B's sessions (other workspace)", "anna", "T4"),
    Role("pending_assistant", "pending assistant", "pete", "T1"),
)
ROLE_KEYS = tuple(role.key for role in ROLES)


@dataclass(frozen=True)
class Row:
    """One command: `line` (placeholders filled by the scene) and an outcome per role.

    `cells` lists the outcomes in `ROLES` order. `marker` is text only a reader of the
    target's private side sees: a `yes` reply shows it, `own` and `public` replies must not.
    `refusals` maps a role key (or `*`) to the phrase its refusal must contain, for roles
    that the command's declared role lets through to the handler.
    """

    line: str
    cells: str
    marker: str = ""
    refusals: tuple[tuple[str, str], ...] = ()
    channel: str = "general"  # where it is typed, in the caller's workspace

    def outcome(self, role: str) -> Outcome:
        return Outcome(self.cells.split()[ROLE_KEYS.index(role)])

    def refusal(self, role: str) -> str:
        phrases = dict(self.refusals)
        return phrases.get(role, phrases.get("*", ""))


NOT_THEIR_SESSION = (("*", "no session #"),)
NOT_THEIR_ACTIVITY = (("*", "no activity #"),)
NOT_THEIR_PARTNER = (("*", "is not a partner of"),)
PROGRAM = 'program="{program}"'
COORDINATORS_ONLY = "no no no no yes no no no no no"
FOREIGN_PROGRAM = (("foreign_coordinator", "You do not coordinate a program named"),)
PAIR_ONLY = "yes yes no no no no no no no no"
ASSISTANTS_ONLY = "no no no no no no no no yes yes"  # registered, approved or not
APPROVED_ONLY = "no no no no no no no no yes no"
NO_SUCH_REQUEST = (("*", "No request to join"),)
NOT_AN_ASSISTANT = (("*", "You are not registered as a remote class assistant"),)
OTHER_PROGRAMS_ASSISTANT = (("foreign_coordinator", "in a program you do not coordinate"),)

MATRIX: dict[str, Row] = {
    "accept": Row(
        "accept {E}",
        "yes no no no no no no no no no",
        refusals=(("*", "has no request waiting for your answer"),),
    ),
    "activity cancel": Row("activity cancel {X1}", PAIR_ONLY, refusals=NOT_THEIR_ACTIVITY),
    "activity confirm": Row(
        "activity confirm {X2}",
        "yes no no no no no no no no no",
        refusals=(("partner", "so a teacher of"), *NOT_THEIR_ACTIVITY),
    ),
    "activity done": Row(
        "activity done post https://video.example/hanbit activity={X1}",
        "yes no no no no no no no no no",
        refusals=(("partner", "Hanbit Middle School's to do"), *NOT_THEIR_ACTIVITY),
    ),
    "activity list": Row(
        "activity list", "yes yes own own no no no no no no", marker="#{X1} video letter exchange"
    ),
    "activity plan": Row(
        "activity plan culture_box {pair}", PAIR_ONLY, refusals=(("*", "are not partners"),)
    ),
    "activity show": Row(
        "activity show {X1}",
        PAIR_ONLY,
        marker="1. post — Hanbit Middle School",
        refusals=NOT_THEIR_ACTIVITY,
    ),
    "agenda edit": Row("agenda edit {S1} nudges=on", PAIR_ONLY, refusals=NOT_THEIR_SESSION),
    "agenda show": Row(
        "agenda show {S1}", "yes yes no no yes no no no no no", refusals=NOT_THEIR_SESSION
    ),
    "agenda template": Row(
        "agenda template discussion minutes=90", "yes yes yes yes yes yes yes yes yes yes"
    ),
    "book": Row("book 2 partner={pair}", PAIR_ONLY, refusals=(("*", "are not partners"),)),
    "cancel": Row('cancel {S1} "Typhoon: school closed"', PAIR_ONLY, refusals=NOT_THEIR_SESSION),
    "channel create": Row("channel create partner={pair}", PAIR_ONLY, refusals=NOT_THEIR_PARTNER),
    "channel link": Row(
        "channel link partner={pair}", PAIR_ONLY, refusals=NOT_THEIR_PARTNER, channel="jc-new"
    ),
    "confirm": Row(
        "confirm {S2}",
        "yes no no no no no no no no no",
        refusals=(("partner", "so a teacher of"), *NOT_THEIR_SESSION),
    ),
    "coordinator add": Row(
        f"coordinator add @newbie {PROGRAM}", COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM
    ),
    "coordinator lead-times": Row(
        f"coordinator lead-times day_before=2d {PROGRAM}",
        COORDINATORS_ONLY,
        refusals=FOREIGN_PROGRAM,
    ),
    "coordinator list": Row(
        f"coordinator list {PROGRAM}", COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM
    ),
    "coordinator use": Row(
        'coordinator use "{program}"', COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM
    ),
    "decline": Row(
        'decline {E} "Our timetable is full"',
        "yes no no no no no no no no no",
        refusals=(("*", "has no request waiting for your answer"),),
    ),
    "feedback close": Row(
        f"feedback close 2026-2 {PROGRAM}", COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM
    ),
    "feedback impression": Row(
        'feedback impression {S0} "We folded paper together"',
        "yes yes yes no yes yes yes yes no yes",
        refusals=(("*", "joint channel"),),
        channel="jc-ab",
    ),
    "feedback settings": Row(
        f"feedback settings student_prompt=off {PROGRAM}",
        COORDINATORS_ONLY,
        refusals=FOREIGN_PROGRAM,
    ),
    "feedback submit": Row(
        "feedback submit {S0} status=held rating=4", PAIR_ONLY, refusals=NOT_THEIR_SESSION
    ),
    "feedback summary": Row(
        "feedback summary {S0}",
        "yes yes no no yes no no no no no",
        marker="paper cranes",
        refusals=(("*", "visible to the teachers of"),),
    ),
    "find": Row("find", "yes own own own no no no no no no"),
    "help": Row("help", "yes yes yes yes yes yes yes yes yes yes"),
    "language": Row("language ja", "yes yes yes yes yes yes yes yes yes yes"),
    "ics": Row("ics {S1}", PAIR_ONLY, refusals=NOT_THEIR_SESSION),
    "overlap": Row("overlap {pair}", "yes yes public public no no no no no no"),
    "partners": Row("partners", "yes yes own own no no no no no no", marker="jc-ab"),
    "partnership end": Row("partnership end {pair}", PAIR_ONLY, refusals=NOT_THEIR_PARTNER),
    "partnership stage": Row(
        "partnership stage {pair} mou-signed date=2027-01-04",
        "yes yes no no yes no no no no no",
        refusals=(
            *NOT_THEIR_PARTNER,
            ("foreign_coordinator", "Only the teachers of a pair and its program's coordinators"),
        ),
    ),
    "propose": Row(
        "propose {pair}", "yes yes public public no no no no no no", marker="Book one with"
    ),
    "reminders": Row(
        "reminders {S1}", "yes yes own own yes own no no no no", marker="session #{S1}"
    ),
    "report": Row(f"report 2026-2 {PROGRAM}", COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM),
    "request": Row(
        "request {A}",
        "no no yes yes no no no no no no",
        refusals=(("teacher", "your own school"), ("partner", "already partners")),
    ),
    "reschedule": Row("reschedule {S1} {new_time}", PAIR_ONLY, refusals=NOT_THEIR_SESSION),
    "school edit": Row(
        "school edit quota=3 school={A}",
        "yes no no no yes no no no no no",
        refusals=(("*", "You can edit only your own school"),),
    ),
    "school join": Row(
        "school join {A}",
        "no no no no yes asks asks no asks asks",
        refusals=(
            ("teacher", "already a teacher of"),
            ("pending", "You asked to join Hanbit Middle School"),
            ("*", "You already teach"),
        ),
    ),
    "teacher approve": Row(
        "teacher approve {asker}", "yes no no no yes no no no no no", refusals=NO_SUCH_REQUEST
    ),
    "teacher decline": Row(
        "teacher decline {asker}", "yes no no no yes no no no no no", refusals=NO_SUCH_REQUEST
    ),
    "teacher remove": Row(
        "teacher remove ahmed school={A}",
        "yes no no no yes no no no no no",
        refusals=(("*", "Only the teachers of Hanbit Middle School"),),
    ),
    "school code": Row(
        "school code {A}",
        COORDINATORS_ONLY,
        refusals=(("foreign_coordinator", "only for the schools of your program"),),
    ),
    "school claim": Row(
        "school claim {code}",
        "no no no no yes yes yes yes yes yes",
        refusals=(("*", "You already teach at"),),
    ),
    "school leave": Row("school leave", "yes own own own no no no no no no", marker="Hanbit"),
    "school list": Row(
        "school list", "public public public public public public public public public public"
    ),
    "school register": Row(
        'school register "Kiwi Middle School" country=NZ timezone=Pacific/Auckland '
        'level=middle languages=en class_hours="Mon-Fri 09:00-15:00"',
        "no no no no yes yes yes yes yes yes",
        refusals=(("*", "You already teach"),),
    ),
    "school show": Row(
        "school show {A}",
        "yes yes public public yes public public public public public",
        marker="Ahmed",
    ),
    "sessions": Row(
        "sessions {pair}",
        "yes yes no no yes no no no no no",
        marker="#{S1}",
        refusals=(("foreign_coordinator", "is not a school of"), ("*", "are not partners")),
    ),
    "tieup publish": Row(f"tieup publish {PROGRAM}", COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM),
    "tieup run": Row(f"tieup run {PROGRAM}", COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM),
    "time": Row("time Tue 15:00 partner={pair}", "yes yes public public no no no no no no"),
    "whoami": Row("whoami", "yes yes yes yes yes yes yes yes yes yes"),
    "assist": Row("assist {S1}", PAIR_ONLY, refusals=NOT_THEIR_SESSION),
    "assistant register": Row(
        'assistant register languages=ko,en hours="Mon-Fri 09:00-17:00" timezone=Asia/Seoul',
        "yes yes yes yes yes yes yes yes no no",
        refusals=(("*", "You are already registered as assistant"),),
    ),
    "assistant show": Row(
        "assistant show #{A1}",
        "no no no no yes no no no yes no",
        marker="08:00-18:00",
        refusals=(("*", "Coordinators see the assistants of their own program only"),),
    ),
    "assistant edit": Row(
        "assistant edit max_per_month=3",
        ASSISTANTS_ONLY,
        refusals=NOT_AN_ASSISTANT,
    ),
    "assistant pause": Row(
        "assistant pause",
        APPROVED_ONLY,
        refusals=(*NOT_AN_ASSISTANT, ("pending_assistant", "nothing to pause")),
    ),
    "assistant resume": Row(
        "assistant resume",
        APPROVED_ONLY,
        refusals=(*NOT_AN_ASSISTANT, ("pending_assistant", "nothing to resume")),
    ),
    "assistant leave": Row("assistant leave", ASSISTANTS_ONLY, refusals=NOT_AN_ASSISTANT),
    "assistant approve": Row(
        "assistant approve #{P}", COORDINATORS_ONLY, refusals=OTHER_PROGRAMS_ASSISTANT
    ),
    "assistant decline": Row(
        'assistant decline #{P} "Not this term"',
        COORDINATORS_ONLY,
        refusals=OTHER_PROGRAMS_ASSISTANT,
    ),
    "assistant accept": Row(
        "assistant accept {S2}",
        APPROVED_ONLY,
        refusals=(*NOT_AN_ASSISTANT, ("pending_assistant", "You have no session #")),
    ),
    "assistant withdraw": Row(
        'assistant withdraw {S2} "Travelling"',
        APPROVED_ONLY,
        refusals=(*NOT_AN_ASSISTANT, ("pending_assistant", "You have no session #")),
    ),
    "assistant survey": Row(
        "assistant survey {S0} took_place=yes rating=4",
        APPROVED_ONLY,
        refusals=(*NOT_AN_ASSISTANT, ("pending_assistant", "You did not assist session")),
    ),
    "assistants list": Row(
        f"assistants list {PROGRAM}",
        COORDINATORS_ONLY,
        marker="08:00-18:00",
        refusals=FOREIGN_PROGRAM,
    ),
    "assistants match": Row(
        f"assistants match {PROGRAM}", COORDINATORS_ONLY, refusals=FOREIGN_PROGRAM
    ),
    "coordinator assistance": Row(
        f"coordinator assistance auto_ask=on {PROGRAM}",
        COORDINATORS_ONLY,
        refusals=FOREIGN_PROGRAM,
    ),
    "feedback assistance": Row(
        "feedback assistance {S0} rating=5", PAIR_ONLY, refusals=NOT_THEIR_SESSION
    ),
}

SYMBOLS = {
    Outcome.YES: "yes",
    Outcome.OWN: "own",
    Outcome.PUBLIC: "public",
    Outcome.ASKS: "asks",
    Outcome.NO: "—",
}


def markdown_table() -> str:
    lines = [
        "| command | " + " | ".join(role.heading for role in ROLES) + " |",
        "|---|" + "---|" * len(ROLES),
    ]
    for name, row in sorted(MATRIX.items()):
        cells = " | ".join(SYMBOLS[row.outcome(role)] for role in ROLE_KEYS)
        lines.append(f"| `{name}` | {cells} |")
    lines.append("")
    lines += [f"- **{SYMBOLS[outcome]}**: {meaning}." for outcome, meaning in LEGEND.items()]
    return "\n".join(lines)


def with_table(readme: str) -> str:
    before, found, rest = readme.partition(START)
    if not found:
        raise ValueError(f"the README has no '{START}' marker")
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{markdown_table()}\n{END}{after}"


def main(path: str) -> None:
    readme = Path(path)
    readme.write_text(with_table(readme.read_text(encoding="utf-8")), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "README.md")
