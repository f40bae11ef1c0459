"""The coordinators' batch tie-up in chat: run it, look it over, publish it."""

from __future__ import annotations

from datetime import date

from bot.commands.coordination import PROGRAM_PARAM, coordinated_program
from bot.core.context import Context
from bot.core.errors import UserError
from bot.core.grammar import quote
from bot.core.reply import Action, Attachment, Reply
from bot.core.spec import CommandGroup, Param, Role
from bot.core.value_types import CHOICE, DATE, DURATION, TEXT
from bot.matching.feasibility import DEFAULT_DURATION, coming_monday
from bot.matching.tieup import ContinuingPolicy
from bot.matching.tieup_csv import tieup_csv, tieup_filename
from bot.matching.tieup_runs import latest_run, publish, record, run_tieup
from storage.models import Program

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
        Param(
            "continuing_from",
            TEXT,
            "last year's program: its pairs whose schools applied again and both want to "
            "continue are kept",
            default=None,
            max_length=120,
        ),
        Param(
            "continuing",
            CHOICE,
            "keep last year's continuing pairs first; prefer them where it costs no pair; or "
            "ignore them",
            choices=tuple(ContinuingPolicy),
            default=ContinuingPolicy.KEEP.value,
        ),
    ],
    example='/exchange tieup run week_of=2028-04-03 continuing_from="Seoul IJC 2027"',
    description="With continuing_from, a pair of that program continues when both its schools "
    "applied again (they are now in this program) and each school's latest feedback saying what "
    "next names a step other than none. keep (the default) pairs them first, whatever this "
    "year's hours, each using a place of both schools, and matches the rest optimally; prefer "
    "keeps the most pairs possible and, among those tie-ups, the most continuing pairs that "
    "still meet this year's rules; ignore matches everyone afresh.",
)
async def tieup_run(
    ctx: Context,
    program: str | None,
    week_of: date | None,
    duration: int,
    continuing_from: str | None,
    continuing: str,
) -> Reply:
    chosen = await coordinated_program(ctx, program)
    last_year = await earlier_program(ctx, continuing_from)
    outcome = await run_tieup(
        ctx,
        chosen,
        week_of or coming_monday(ctx.now),
        duration,
        continuing_from=last_year,
        policy=ContinuingPolicy(continuing),
    )
    run = await record(ctx, outcome)
    document = outcome.as_json()
    pairs, unmatched = document["pairs"], document["unmatched"]
    lines = [
        f"Tie-up of {chosen.name} for the week of {document['week_of']} (>= {duration} min): "
        f"{len(pairs)} pair(s), the most possible, among {len(outcome.result.profiles)} "
        f"school(s) with places left ({document['feasible_pairs']} feasible pairs); total "
        f"quality {sum(p['score'] for p in pairs)}.",
    ]
    if last_year is not None:
        kept = sum(p["continuing"] for p in pairs)
        lines.append(f"{kept} of them continue from {last_year.name} ({continuing}).")
    if pairs:
        lines.append(f"Pairs {_shown(pairs)}:")
        lines += [
            f"  {p['home']} + {p['partner']}: {p['overlap_minutes']} min overlap, "
            f"{p['language']}, score {p['score']}" + (" · continuing" if p["continuing"] else "")
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


async def earlier_program(ctx: Context, name: str | None) -> Program | None:
    """The program named by continuing_from, if any; unknown names are refused."""
    if name is None:
        return None
    found = await ctx.programs.by_name(name)
    if found is None:
        known = ", ".join(p.name for p in await ctx.programs.all()) or "none"
        raise UserError(f"continuing_from: no program named '{name}'. Programs: {known}.")
    return found


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
