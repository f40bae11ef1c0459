"""School profiles: register, show, edit and list (who teaches there: `membership.py`), each
reply in the reader's language (`schools.ftl`); the profile a reply shows is a
`SchoolProfileText` argument, written for whoever reads it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from textwrap import indent
from typing import Any

import pytz

from bot.commands.coordination import coordinated_program
from bot.core.context import Context
from bot.core.declared_text import choice_label
from bot.core.errors import AlreadyDone, PermissionDenied, UserError
from bot.core.pages import PAGE_PARAM, next_page, page_of
from bot.core.reply import Reply
from bot.core.spec import CommandGroup, Form, Param, Role
from bot.core.value_types import CHOICE, SCHOOL
from bot.i18n.languages import Language
from bot.i18n.messages import Message, Renderer
from bot.i18n.time_text import TimeAt
from bot.i18n.weekday_text import WeekdaysText
from bot.schools.fields import (
    already_registered,
    in_another_city,
    new_school_id,
    profile_columns,
    side_for,
)
from bot.schools.lookalikes import Named, NameIndex, registered_already
from bot.schools.membership import membership_row, withdraw, withdrawn_note
from bot.schools.profile import LEVELS, SchoolProfile
from bot.schools.profile_fields import PROFILE_FIELDS, REGISTRATION_FORM_FIELDS
from bot.times.country_names import COUNTRY, CountryName
from bot.times.display import Place
from storage.models import Membership, Program, School, SchoolSource
from storage.repositories.join_requests import JoinRequests
from storage.repositories.partnerships import Partnerships

commands = CommandGroup()

SCHOOLS_PER_PAGE = 20


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
    if not class_hours:
        raise UserError(Message("school-class-hours-needed"))
    program = await ctx.programs.ensure(ctx.settings.program, ctx.settings.home_country, ctx.now)
    assert program.id is not None  # flushed by ensure
    # registrations take turns: a school id is taken once, a teacher registers once
    await ctx.programs.lock(program.id)
    await _refuse_a_second_school(ctx, name)
    in_program = await ctx.schools.in_program(program.id)
    compatriots = [school for school in in_program if school.country == country]
    existing = already_registered(name, city, compatriots)
    if existing is not None:
        raise UserError(
            Message("school-registered-before", name=existing.name, id=existing.id)
            if city
            else Message(
                "school-registered-before-without-city", name=existing.name, id=existing.id
            ),
            show_usage=False,
        )
    _refuse_lookalike(
        name, [(s.id, s.name) for s in in_program if not in_another_city(s, city)], None
    )
    stored = profile_columns(locals(), country=country)
    columns = stored.columns | {"side": side_for(program, country, side)}
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
    if not await ctx.members.add(membership_row(school.id, ctx.actor, ctx.now)):
        await _refuse_a_second_school(ctx, name)  # another command of theirs was first
    waiting = await JoinRequests(ctx.db).pending_of_user(
        ctx.actor.platform, ctx.actor.workspace, ctx.actor.user_id
    )
    withdrawn = await withdraw(ctx.db, waiting, ctx.actor, ctx.now)
    return Reply(
        text="\n".join(
            [
                ctx.say_sentences(
                    Message("school-registered", name=school.name, id=school.id),
                    withdrawn_note(withdrawn),
                ),
                *map(ctx.say, stored.notes),
                ctx.say(
                    Message("school-profile", profile=profile(school, [ctx.actor.label], ctx.now))
                ),
            ]
        ),
        data={"school": school_data(school)},
    )


async def _refuse_a_second_school(ctx: Context, name: str) -> None:
    """A teacher teaches at one school. Read as committed now (another command of theirs may
    have just registered one): their own registration of this very school moments ago is
    answered with it."""
    membership = await ctx.members.of_user(
        ctx.actor.platform, ctx.actor.workspace, ctx.actor.user_id
    )
    if membership is None:
        return
    school = await ctx.schools.get(membership.school_id)
    assert school is not None  # memberships reference existing schools
    if (
        await registered_with(ctx, membership, school)
        and school.name.casefold() == name.strip().casefold()
        and ctx.repeats(ctx.actor.key, membership.joined_at)
    ):
        raise AlreadyDone(
            Message(
                "school-registered-already",
                name=school.name,
                id=school.id,
                at=_moment(membership.joined_at, school),
                profile=profile(school, [ctx.actor.label], ctx.now),
            ),
            {"school": school_data(school)},
        )
    raise UserError(Message("school-teaches-elsewhere", id=school.id), show_usage=False)


async def registered_with(ctx: Context, membership: Membership, school: School) -> bool:
    """Whether the school was registered with this membership: one registered in chat gets its
    first teacher so."""
    first = (await ctx.members.of_school(school.id))[0]
    return school.source == SchoolSource.CHAT and first.id == membership.id


@commands.command(
    "school show",
    writes=False,
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
    return Reply(
        text=ctx.say(
            Message("school-profile", profile=profile(school, teachers, ctx.now, elsewhere))
        ),
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
        raise UserError(Message("school-edit-nothing"))
    if class_hours is not None and not class_hours:
        raise UserError(Message("school-edit-class-hours-needed"))
    if name is not None:
        _refuse_lookalike(name, await ctx.schools.names_in_program(target.program_id), target.id)
    if country is not None and timezone is None and country != target.country:
        given["timezone"] = None  # a new country needs its zone re-derived or given
    stored = profile_columns(given, country=country or target.country, city=target.city)
    columns = stored.columns
    for column, value in columns.items():
        setattr(target, column, value)
    target.updated_at = ctx.now
    ctx.db.add(target)
    changed = ", ".join(sorted(columns))  # option names, as typed in every language
    return Reply(
        text="\n".join(
            [
                ctx.say(Message("school-updated", name=target.name, id=target.id, changed=changed)),
                *map(ctx.say, stored.notes),
                ctx.say(Message("school-profile", profile=profile(target, None, ctx.now))),
            ]
        ),
        data={"school": school_data(target), "changed": sorted(columns)},
    )


def _refuse_lookalike(name: str, schools: Sequence[Named], other_than: str | None) -> None:
    found = NameIndex(schools).find(name, other_than=other_than)
    if found is not None:
        raise UserError(
            Message(
                "grammar-option-problem", option="name", problem=registered_already(name, *found)
            ),
            show_usage=False,
        )


async def _editable_school(ctx: Context, school: School | None) -> School:
    if school is None:
        return await ctx.my_school()
    mine = ctx.membership is not None and ctx.membership.school_id == school.id
    if not mine and not ctx.coordinates(school.program_id):
        raise PermissionDenied(
            Message("school-edit-not-yours-coordinator", name=school.name)
            if ctx.coordinated
            else Message("school-edit-not-yours", name=school.name)
        )
    return school


@commands.command(
    "school list",
    writes=False,
    summary="List the registered schools of your program, optionally by country or level.",
    role=Role.ANYONE,
    params=[
        Param("country", COUNTRY, "only schools in this country", default=None),
        Param("level", CHOICE, "only schools of this level", choices=LEVELS, default=None),
        PAGE_PARAM,
    ],
    example="/exchange school list country=JP level=middle",
    description="Coordinators see their current program's schools, teachers their own "
    "school's program, anyone else the program teachers register in. Schools are listed "
    f"{SCHOOLS_PER_PAGE} to a page; the Next button (or `page=`) shows the next ones.",
)
async def list_schools(ctx: Context, country: str | None, level: str | None, page: int) -> Reply:
    program = await _listed_program(ctx)
    schools = (
        await ctx.schools.in_program(program.id, country=country, level=level)  # type: ignore[arg-type]
        if program
        else []
    )
    if not schools or program is None:
        name = program.name if program else ctx.settings.program
        return Reply(
            text=ctx.say(Message("school-list-none", program=name)),
            data={"schools": [], "total": 0},
        )
    shown = page_of(schools, page, SCHOOLS_PER_PAGE)
    lines = [
        ctx.say(
            Message(
                "school-list-heading",
                count=str(len(schools)),
                program=program.name,
                span=shown.span,
            )
        )
    ]
    lines += [
        ctx.say(
            Message(
                "school-list-row",
                id=s.id,
                name=s.name,
                place=s.city or CountryName(s.country),
                country=s.country,
                level=choice_label(s.level),
                languages=s.languages.replace(";", ","),
                quota=s.quota,
            )
        )
        for s in shown.items
    ]
    return Reply(
        text="\n".join(lines),
        data={
            "schools": [school_data(s) for s in shown.items],
            "total": len(schools),
            "page": shown.number,
            "pages": shown.count,
        },
        actions=next_page(ctx, "school list", {"country": country, "level": level}, shown),
    )


async def _listed_program(ctx: Context) -> Program | None:
    """A coordinator's current program, a teacher's own, or the program teachers register in
    (seeded at every start)."""
    if ctx.coordinated:
        return await coordinated_program(ctx, None)
    school = await ctx.schools.get(ctx.membership.school_id) if ctx.membership else None
    program = await ctx.programs.get(school.program_id) if school else None
    return program or await ctx.programs.by_name(ctx.settings.program)


def zone_label(timezone: str, at: datetime) -> str:
    """`Asia/Seoul (KST, UTC+09:00)` for the given instant."""
    local = at.astimezone(pytz.timezone(timezone))
    offset = local.strftime("%z")
    return f"{timezone} ({local.tzname()}, UTC{offset[:3]}:{offset[3:]})"


def _moment(instant: datetime, reader: School) -> TimeAt:
    """When something happened, on the reader's school's clock: `Mon 11 Jan 10:02 KST (Seoul)`."""
    return TimeAt(instant, (Place.of(reader),))


@dataclass(frozen=True)
class SchoolProfileText:
    """A school's profile as a message argument, every line a whole message (`schools.ftl`).
    `teachers` is None where they are not shown; `elsewhere` counts those of other workspaces."""

    school: School
    teachers: tuple[str, ...] | None
    now: datetime
    elsewhere: int = 0

    def localized(self, language: Language, translator: Renderer) -> str:
        school, profile = self.school, SchoolProfile.of(self.school)
        place = ", ".join(
            part
            for part in (school.city, CountryName(school.country).localized(language, translator))
            if part
        )
        place += f" ({school.subdivision})" if school.subdivision else ""
        none = translator.render(Message("school-profile-none"), language)
        level, languages = choice_label(school.level), ", ".join(profile.languages)
        lines = [
            Message("school-profile-title", name=school.name, id=school.id, side=school.side),
            Message(
                "school-profile-where", place=place, zone=zone_label(school.timezone, self.now)
            ),
            Message(
                "school-profile-level-grades",
                level=level,
                grades=school.grades,
                languages=languages,
            )
            if school.grades
            else Message("school-profile-level", level=level, languages=languages),
            Message(
                "school-profile-topics",
                topics=", ".join(profile.topics) or none,
                quota=school.quota,
            ),
            Message("school-profile-class-hours", hours=_hours(school.class_hours) or none),
            Message("school-profile-after-school", hours=_hours(school.after_school_hours) or none),
            Message("school-profile-vacations", vacations=school.vacations or none),
        ]
        if self.teachers is not None:
            lines.append(self._teachers())
        title, *details = [translator.render(line, language) for line in lines]
        return "\n".join([title, indent("\n".join(details), "  ")])  # whole lines, indented

    def _teachers(self) -> Message:
        names, elsewhere = ", ".join(self.teachers or ()), self.elsewhere
        if names and elsewhere:
            return Message("school-profile-teachers-and-elsewhere", teachers=names, count=elsewhere)
        if elsewhere:
            return Message("school-profile-teachers-elsewhere", count=elsewhere)
        if names:
            return Message("school-profile-teachers", teachers=names)
        return Message("school-profile-no-teachers")


def _hours(stored: str | None) -> WeekdaysText | None:
    return WeekdaysText(stored) if stored else None


def profile(
    school: School, teachers: list[str] | None, now: datetime, elsewhere: int = 0
) -> SchoolProfileText:
    return SchoolProfileText(school, None if teachers is None else tuple(teachers), now, elsewhere)


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
