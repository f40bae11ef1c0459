"""School profiles: register, show, edit and list (who teaches there: `membership.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pytz

from bot.core.context import Context
from bot.core.errors import PermissionDenied, UserError
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Form, Param, Role
from bot.core.value_types import CHOICE, INTEGER, SCHOOL
from bot.schools.fields import new_school_id, profile_columns, side_for
from bot.schools.lookalikes import Named, NameIndex, registered_already
from bot.schools.membership import grant, withdraw, withdrawn_note
from bot.schools.profile import LEVELS, SchoolProfile
from bot.schools.profile_fields import PROFILE_FIELDS, REGISTRATION_FORM_FIELDS
from bot.times.geography import COUNTRY, country_name
from storage.models import School, SchoolSource
from storage.repositories.join_requests import JoinRequests
from storage.repositories.partnerships import Partnerships

commands = CommandGroup()


@commands.command(
    "school register",
    summary="Register your school so partners can find it; you become its first teacher.",
    role=Role.ANYONE,
    params=[field.option for field in PROFILE_FIELDS],
    form=Form("Register your school", REGISTRATION_FORM_FIELDS),
    example='/exchange school register "Hanbit Middle School" country=KR city=Seoul '
    "level=middle grades=1-3 languages=ko,en topics=culture,sdgs quota=2 "
    'class_hours="Mon-Fri 09:00-16:00" after_school_hours="Tue,Thu 16:00-18:00"',
)
async def register_school(
    ctx: Context,
    name: str,
    country: str,
    city: str,
    timezone: str | None,
    level: str,
    grades: tuple[int, ...],
    languages: list[str],
    topics: list[str],
    quota: int,
    class_hours: Any,
    after_school_hours: Any,
    vacations: Any,
    subdivision: str | None,
    side: str | None,
) -> Reply:
    if ctx.membership is not None:
        raise UserError(
            f"You already teach at {ctx.membership.school_id}. "
            "Use `/exchange school edit` to change it, or `/exchange school leave` first.",
            show_usage=False,
        )
    if not class_hours:
        raise UserError("class_hours: give at least one window, e.g. 'Mon-Fri 09:00-16:00'")
    program = await ctx.programs.ensure(ctx.settings.program, ctx.settings.home_country, ctx.now)
    assert program.id is not None  # flushed by ensure
    columns = profile_columns(locals(), country=country)
    columns["side"] = side_for(program, country, side)
    _refuse_lookalike(name, await ctx.schools.names_in_program(program.id), None)
    taken = {school_id.lower() for school_id in await ctx.schools.ids()}
    school = School(
        id=new_school_id(country, name, taken),
        program_id=program.id,
        source=SchoolSource.CHAT,
        created_at=ctx.now,
        updated_at=ctx.now,
        **columns,
    )
    ctx.db.add(school)
    await ctx.db.flush()
    grant(ctx.db, school.id, ctx.actor, ctx.now)
    waiting = await JoinRequests(ctx.db).pending_of_user(
        ctx.actor.platform, ctx.actor.workspace, ctx.actor.user_id
    )
    withdrawn = await withdraw(ctx.db, waiting, ctx.actor, ctx.now)
    await ctx.db.flush()
    return Reply(
        text=f"Registered {school.name} as {school.id}. You are its teacher."
        + withdrawn_note(withdrawn)
        + "\n"
        + describe(school, [ctx.actor.label], ctx.now),
        data={"school": school_data(school)},
    )


@commands.command(
    "school show",
    summary="Show a school's profile (yours when no school is given).",
    role=Role.ANYONE,
    params=[
        Param(
            "school",
            SCHOOL,
            "the school id or name; default: your school",
            default=None,
            positional=True,
            greedy=True,
            max_length=120,
        )
    ],
    example="/exchange school show KR-hanbit-middle",
)
async def show_school(ctx: Context, school: School | None) -> Reply:
    if school is None:
        school = await ctx.my_school()
    members = await ctx.members.of_school(school.id)
    if await _sees_every_teacher(ctx, school):
        shown = list(members)
    else:  # people of another workspace stay private unless a partnership joins the schools
        here = (ctx.actor.platform, ctx.actor.workspace)
        shown = [m for m in members if (m.platform, m.workspace) == here]
    teachers = [m.display_name or m.user_id for m in shown]
    elsewhere = len(members) - len(shown)
    names = teachers + ([f"{elsewhere} in another workspace"] if elsewhere else [])
    return Reply(
        text=describe(school, names, ctx.now),
        data={"school": school_data(school), "teachers": teachers, "teachers_elsewhere": elsewhere},
    )


async def _sees_every_teacher(ctx: Context, school: School) -> bool:
    """Its own teachers, its partners' teachers and the program's coordinators."""
    if ctx.coordinates(school.program_id) or ctx.membership is None:
        return ctx.coordinates(school.program_id)
    mine = ctx.membership.school_id
    return (
        mine == school.id or await Partnerships(ctx.db).active_between(mine, school.id) is not None
    )


@commands.command(
    "school edit",
    summary="Change your school's profile; only the options you give change.",
    role=Role.TEACHER_OR_COORDINATOR,
    params=[
        *(field.edit_option() for field in PROFILE_FIELDS),
        Param(
            "school", SCHOOL, "coordinators only: the school to edit", default=None, max_length=120
        ),
    ],
    example='/exchange school edit quota=3 after_school_hours="Wed 15:00-17:00"',
)
async def edit_school(
    ctx: Context,
    name: str | None,
    country: str | None,
    city: str | None,
    timezone: str | None,
    level: str | None,
    grades: tuple[int, ...] | None,
    languages: list[str] | None,
    topics: list[str] | None,
    quota: int | None,
    class_hours: Any,
    after_school_hours: Any,
    vacations: Any,
    subdivision: str | None,
    side: str | None,
    school: School | None,
) -> Reply:
    target = await _editable_school(ctx, school)
    values = {k: v for k, v in locals().items() if k not in {"ctx", "school", "target"}}
    given = {k: v for k, v in values.items() if v is not None}
    if not given:
        raise UserError("Nothing to change: give at least one option, e.g. quota=2.")
    if class_hours is not None and not class_hours:
        raise UserError("class_hours: a school needs at least one class-hour window.")
    if name is not None:
        _refuse_lookalike(name, await ctx.schools.names_in_program(target.program_id), target.id)
    if country is not None and timezone is None and country != target.country:
        given["timezone"] = None  # a new country needs its zone re-derived or given
    columns = profile_columns(given, country=country or target.country)
    for column, value in columns.items():
        setattr(target, column, value)
    target.updated_at = ctx.now
    ctx.db.add(target)
    changed = ", ".join(sorted(columns))
    return Reply(
        text=f"Updated {target.name} ({target.id}): {changed}.\n" + describe(target, None, ctx.now),
        data={"school": school_data(target), "changed": sorted(columns)},
    )


def _refuse_lookalike(name: str, schools: Sequence[Named], other_than: str | None) -> None:
    found = NameIndex(schools).find(name, other_than=other_than)
    if found is not None:
        raise UserError(f"name: {registered_already(name, *found)}", show_usage=False)


async def _editable_school(ctx: Context, school: School | None) -> School:
    if school is None:
        return await ctx.my_school()
    mine = ctx.membership is not None and ctx.membership.school_id == school.id
    if not mine and not ctx.coordinates(school.program_id):
        scope = "your own school" + (" or the schools of your program" if ctx.coordinated else "")
        raise PermissionDenied(f"You can edit only {scope}; {school.name} is not yours to edit.")
    return school


@commands.command(
    "school list",
    summary="List the registered schools of the program, optionally by country or level.",
    role=Role.ANYONE,
    params=[
        Param("country", COUNTRY, "only schools in this country", default=None),
        Param("level", CHOICE, "only schools of this level", choices=LEVELS, default=None),
        Param("limit", INTEGER, "how many to show", default=50, minimum=1, maximum=200),
    ],
    example="/exchange school list country=JP level=middle",
)
async def list_schools(ctx: Context, country: str | None, level: str | None, limit: int) -> Reply:
    program = await ctx.programs.ensure(ctx.settings.program, ctx.settings.home_country, ctx.now)
    schools = await ctx.schools.in_program(program.id, country=country, level=level)  # type: ignore[arg-type]
    shown = schools[:limit]
    if not shown:
        return Reply(
            text=f"No schools registered in {program.name} match.", data={"schools": [], "total": 0}
        )
    lines = [
        f"{len(schools)} school(s) in {program.name}"
        + (f", showing {len(shown)}" if len(shown) < len(schools) else "")
        + ":"
    ]
    lines += [
        f"  {s.id}  {s.name} · {s.city or country_name(s.country)}, {s.country} · "
        f"{s.level} · {s.languages.replace(';', ',')} · quota {s.quota}"
        for s in shown
    ]
    return Reply(
        text="\n".join(lines),
        data={"schools": [school_data(s) for s in shown], "total": len(schools)},
    )


def zone_label(timezone: str, at: datetime) -> str:
    """`Asia/Seoul (KST, UTC+09:00)` for the given instant."""
    local = at.astimezone(pytz.timezone(timezone))
    offset = local.strftime("%z")
    return f"{timezone} ({local.tzname()}, UTC{offset[:3]}:{offset[3:]})"


def describe(school: School, teachers: list[str] | None, now: datetime) -> str:
    profile = SchoolProfile.of(school)
    lines = [
        f"{school.name} ({school.id}) · {school.side} side",
        f"  Where: {school.city + ', ' if school.city else ''}{country_name(school.country)}"
        f"{' (' + school.subdivision + ')' if school.subdivision else ''}"
        f" · time zone {zone_label(school.timezone, now)}",
        f"  Level: {school.level}"
        + (f", grades {school.grades}" if school.grades else "")
        + f" · languages: {', '.join(profile.languages)}",
        f"  Topics: {', '.join(profile.topics) or '—'} · wants {school.quota} partner class(es)",
        f"  Class hours: {school.class_hours or '—'} (local time)",
        f"  After school: {school.after_school_hours or '—'}",
        f"  Vacations: {school.vacations or '—'}",
    ]
    if teachers is not None:
        lines.append(f"  Teachers: {', '.join(teachers) or 'none yet'}")
    return "\n".join(lines)


def school_data(school: School) -> dict[str, Any]:
    profile = SchoolProfile.of(school)
    return {
        "id": school.id,
        "name": school.name,
        "program_id": school.program_id,
        "side": school.side,
        "country": school.country,
        "subdivision": school.subdivision,
        "city": school.city,
        "timezone": school.timezone,
        "level": school.level,
        "grades": list(profile.grades),
        "languages": list(profile.languages),
        "topics": list(profile.topics),
        "quota": school.quota,
        "class_hours": school.class_hours,
        "after_school_hours": school.after_school_hours,
        "vacations": school.vacations,
    }
