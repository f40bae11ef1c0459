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
from bot.i18n.languages import ENGLISH
from bot.i18n.messages import Message
from bot.i18n.translator import english_only
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
        ctx.say(
            Message(
                "tieup-run-heading",
                program=chosen.name,
                week=document["week_of"],
                duration=str(duration),
                pairs=str(len(pairs)),
                schools=str(len(outcome.result.profiles)),
                feasible=str(document["feasible_pairs"]),
                quality=str(sum(p["score"] for p in pairs)),
            )
        )
    ]
    if last_year is not None:
        kept = sum(p["continuing"] for p in pairs)
        lines.append(
            ctx.say(
                Message(
                    "tieup-run-continuing",
                    kept=str(kept),
                    program=last_year.name,
                    policy=continuing,
                )
            )
        )
    if pairs:
        lines.append(ctx.say(Message("tieup-run-pairs", **_shown(pairs))))
        lines += [
            ctx.say(
                Message(
                    "tieup-run-pair",
                    home=p["home"],
                    partner=p["partner"],
                    overlap=str(p["overlap_minutes"]),
                    language=p["language"],
                    score=str(p["score"]),
                    continuing="yes" if p["continuing"] else "no",
                )
            )
            for p in pairs[:SHOWN]
        ]
    if unmatched:
        lines.append(ctx.say(Message("tieup-run-open-places", **_shown(unmatched))))
        lines += [
            ctx.say(
                Message(
                    "tieup-run-open-school",
                    school=u.school_id,
                    open=str(u.remaining_quota),
                    reason=u.reason,
                )
            )
            for u in outcome.unmatched[:SHOWN]
        ]
    publish_command = "tieup publish" + (f" program={quote(program)}" if program else "")
    lines.append(ctx.say(Message("tieup-run-nothing-created", command=publish_command)))
    return Reply(
        text="\n".join(lines),
        data={"run_id": run.id, **document},
        actions=(Action(ctx.say(Message("tieup-publish-button")), publish_command, "primary"),),
        attachments=(
            Attachment(
                filename=tieup_filename(outcome),
                content=tieup_csv(outcome),
                media_type="text/csv",
                title=ctx.say(Message("tieup-run-attachment", program=chosen.name)),
            ),
        ),
    )


def _shown(items: list[dict[str, object]]) -> dict[str, str]:
    """How many a heading lists: all of them, or the first `SHOWN` (the CSV has the rest)."""
    return {
        "count": str(len(items)),
        "shown": str(min(len(items), SHOWN)),
        "all": "yes" if len(items) <= SHOWN else "no",
    }


async def earlier_program(ctx: Context, name: str | None) -> Program | None:
    """The program named by continuing_from, if any; unknown names are refused."""
    if name is None:
        return None
    found = await ctx.programs.by_name(name)
    if found is None:
        known = ", ".join(p.name for p in await ctx.programs.all())
        raise UserError(
            Message("tieup-no-earlier-program", name=name, known=known)
            if known
            else Message("tieup-no-earlier-program-none", name=name)
        )
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
        ctx.say(
            Message(
                "tieup-published",
                program=chosen.name,
                week=str(run.week_of),
                created=str(publication.created),
            )
        )
    ]
    if publication.told:
        told = publication.told
        lines.append(
            ctx.say(Message("tieup-published-told", count=str(len(told)), **_listed(told)))
        )
    if publication.waiting:
        waiting = publication.waiting
        lines.append(
            ctx.say(Message("tieup-published-waiting", count=str(len(waiting)), **_listed(waiting)))
        )
    if publication.refused:
        lines.append(
            ctx.say(Message("tieup-published-refused", count=str(len(publication.refused))))
        )
        lines += [
            ctx.say(Message("tieup-published-refused-pair", home=home, partner=partner, reason=why))
            for home, partner, why in publication.refused
        ]
    return Reply(
        text="\n".join(lines),
        data={
            "run_id": run.id,
            "created": publication.created,
            "told": publication.told,
            "waiting": publication.waiting,
            "refused": [
                {"home": h, "partner": p, "reason": english_only().render(why, ENGLISH)}
                for h, p, why in publication.refused
            ],
        },
    )


def _listed(school_ids: list[str]) -> dict[str, str]:
    """At most `SHOWN` ids, and how many more."""
    more = len(school_ids) - SHOWN
    return {
        "listed": ", ".join(school_ids[:SHOWN]),
        "more": str(max(more, 0)),
        "cut": "yes" if more > 0 else "no",
    }
