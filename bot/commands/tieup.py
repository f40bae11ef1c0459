"""The coordinators' batch tie-up in chat: run it, look it over, publish it."""

from __future__ import annotations

from datetime import date

from bot.commands.coordination import PROGRAM_PARAM, coordinated_program
from bot.core.context import Context
from bot.core.grammar import quote
from bot.core.reply import Action, Attachment, Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import DATE, DURATION
from bot.matching.feasibility import DEFAULT_DURATION, coming_monday
from bot.matching.tieup_csv import tieup_csv, tieup_filename
from bot.matching.tieup_runs import latest_run, publish, record, run_tieup

commands = CommandGroup()

SHOWN = 10  # pairs and schools with open places listed in the reply; the CSV has them all


@commands.command(
    "tieup run",
    summary="Tie up every school of your program at once: the most pairs possible, then the "
    "best ones.",
    role=Role.COORDINATOR,
    params=[
        PROGRAM_PARAM,
        Param(
            "week_of",
            DATE,
            "a date in the reference week whose hours and DST count; default: the coming week",
            default=None,
        ),
        Param(
            "duration",
            DURATION,
            "the shortest real-time overlap that counts, in minutes",
            default=DEFAULT_DURATION,
            minimum=15,
            maximum=240,
        ),
    ],
    example="/exchange tieup run week_of=2027-04-05 duration=60",
)
async def tieup_run(
    ctx: Context, program: str | None, week_of: date | None, duration: int
) -> Reply:
    chosen = await coordinated_program(ctx, program)
    outcome = await run_tieup(ctx, chosen, week_of or coming_monday(ctx.now), duration)
    run = await record(ctx, outcome)
    document = outcome.as_json()
    pairs, unmatched = document["pairs"], document["unmatched"]
    lines = [
        f"Tie-up of {chosen.name} for the week of {document['week_of']} (>= {duration} min): "
        f"{len(pairs)} pair(s), the most possible, among {len(outcome.result.applicants)} "
        f"school(s) with places left ({document['feasible_pairs']} feasible pairs); total "
        f"quality {sum(p['score'] for p in pairs)}.",
    ]
    if pairs:
        lines.append(f"Pairs {_shown(pairs)}:")
        lines += [
            f"  {p['home']} + {p['partner']}: {p['overlap_minutes']} min overlap, "
            f"{p['language']}, score {p['score']}"
            for p in pairs[:SHOWN]
        ]
    if unmatched:
        lines.append(f"Schools keeping open places {_shown(unmatched)}:")
        lines += [
            f"  {u['school_id']} ({u['remaining_quota']} open): {u['reason']}"
            for u in unmatched[:SHOWN]
        ]
    publish_command = "tieup publish" + (f" program={quote(program)}" if program else "")
    lines.append(
        f"Nothing is created yet: `/exchange {publish_command}` creates these "
        "partnerships and tells every school."
    )
    return Reply(
        text="\n".join(lines),
        data={"run_id": run.id, **document},
        actions=(Action("Publish", publish_command, "primary"),),
        attachments=(
            Attachment(
                filename=tieup_filename(outcome),
                content=tieup_csv(outcome),
                media_type="text/csv",
                title=f"Tie-up of {chosen.name}: every pair and every school with open places",
            ),
        ),
    )


def _shown(items: list[dict[str, object]]) -> str:
    """`(3, all shown)` or `(10 of 21 shown; the attached CSV lists all)`."""
    if len(items) <= SHOWN:
        return f"({len(items)}, all shown)"
    return f"({SHOWN} of {len(items)} shown; the attached CSV lists all)"


@commands.command(
    "tieup publish",
    summary="Create the partnerships of your latest tie-up run and tell both schools of each.",
    description="Schools with no teacher on the bot yet are told when their first teacher joins.",
    role=Role.COORDINATOR,
    params=[PROGRAM_PARAM],
    example="/exchange tieup publish",
)
async def tieup_publish(ctx: Context, program: str | None) -> Reply:
    chosen = await coordinated_program(ctx, program)
    run = await latest_run(ctx, chosen)
    publication = await publish(ctx, chosen, run)
    lines = [
        f"Published the tie-up of {chosen.name} (week of {run.week_of}): "
        f"{publication.created} partnership(s) created."
    ]
    if publication.told:
        lines.append(
            f"Told now: the teachers of {len(publication.told)} school(s) "
            f"({_listed(publication.told)})."
        )
    if publication.waiting:
        lines.append(
            f"Not told yet: {len(publication.waiting)} school(s) with no teacher on the bot "
            f"({_listed(publication.waiting)}); each is told of its partner when its first "
            "teacher joins (`/exchange school join <school>`)."
        )
    if publication.refused:
        lines.append(
            f"{len(publication.refused)} pair(s) were not created, as things changed since the run:"
        )
        lines += [f"  {home} + {partner}: {why}" for home, partner, why in publication.refused]
    return Reply(
        text="\n".join(lines),
        data={
            "run_id": run.id,
            "created": publication.created,
            "told": publication.told,
            "waiting": publication.waiting,
            "refused": [
                {"home": h, "partner": p, "reason": why} for h, p, why in publication.refused
            ],
        },
    )


def _listed(school_ids: list[str]) -> str:
    """At most `SHOWN` ids, then how many more."""
    more = len(school_ids) - SHOWN
    return ", ".join(school_ids[:SHOWN]) + (f" and {more} more" if more > 0 else "")
