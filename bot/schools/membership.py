"""Becoming a teacher of a school is granted, never taken: by a teacher of the school or a
coordinator of its program approving a request, by a coordinator's one-time claim code, or by
the demand survey naming the teacher's account. Until then the asker is nobody to the school."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from datetime import datetime
from typing import Protocol, TypeVar

from bot.core.errors import UserError
from bot.core.identity import Actor
from bot.core.value_types import USER, ValueProblem
from bot.i18n.messages import Message
from storage.engine import UnitOfWork
from storage.models import JoinRequest, JoinStatus, Membership, SurveyContact
from storage.repositories.join_requests import JoinRequests


class Person(Protocol):
    """A row naming someone on a platform: a membership, a join request."""

    @property
    def user_id(self) -> str: ...

    @property
    def display_name(self) -> str: ...


P = TypeVar("P", bound=Person)


def membership_row(school_id: str, person: Actor, now: datetime) -> Membership:
    """The row that makes `person` a teacher of the school (`Members.add` writes it)."""
    return Membership(
        school_id=school_id,
        platform=person.platform,
        workspace=person.workspace,
        user_id=person.user_id,
        display_name=person.display_name,
        joined_at=now,
    )


async def withdraw(
    db: UnitOfWork, waiting: JoinRequest | None, actor: Actor, now: datetime
) -> JoinRequest | None:
    """Withdraw the actor's open request to join a school, if they have one: they asked for
    another school, claimed one or registered their own."""
    if waiting is None:
        return None
    await JoinRequests(db).decide(waiting, JoinStatus.WITHDRAWN, actor.key, now)
    return waiting


def withdrawn_note(withdrawn: JoinRequest | None) -> Message | None:
    """The sentence telling the caller that their waiting request to join was withdrawn."""
    if withdrawn is None:
        return None
    return Message("membership-request-withdrawn", id=withdrawn.school_id, number=str(withdrawn.id))


def person_asking(request: JoinRequest) -> Actor:
    return Actor(request.platform, request.workspace, request.user_id, request.display_name)


def named_by_survey(contact: SurveyContact | None, actor: Actor) -> bool:
    """The survey names this very account as the school's teacher."""
    return contact is not None and contact.account == actor.key


def matching(people: Sequence[P], text: str) -> list[P]:
    """Whom `text` names among `people`: a mention, a user id or a display name."""
    wanted = text.strip()
    with suppress(ValueProblem):  # not a mention: a name, or an id as typed
        wanted = USER.parse(wanted).user_id
    folded = wanted.casefold()
    return [
        person
        for person in people
        if person.user_id == wanted or (person.display_name or "").casefold() == folded
    ]


def one_request(
    waiting: Sequence[JoinRequest], text: str, school_id: str | None, *, program: bool
) -> JoinRequest:
    """The request `text` names (its number, or the asker) among those the caller decides: to
    join `school_id` (theirs), or, with `program`, any school of the program they coordinate."""
    number = text.strip().removeprefix("#")
    if number.isdigit():
        found = [request for request in waiting if request.id == int(number)]
    else:
        found = matching(waiting, text)
    if len(found) == 1:
        return found[0]
    listed = "; ".join(f"#{r.id} {r.display_name or r.user_id} ({r.school_id})" for r in waiting)
    scope = "both" if school_id and program else "program" if program else "school"
    if not found:
        raise UserError(
            Message(
                "membership-no-such-request",
                scope=scope,
                school=school_id or "",
                text=text,
                waiting=listed,
            )
            if waiting
            else Message(
                "membership-no-such-request-none-waiting",
                scope=scope,
                school=school_id or "",
                text=text,
            ),
            show_usage=False,
        )
    raise UserError(
        Message("membership-requests-ambiguous", text=text, waiting=listed), show_usage=False
    )


def already_decided(request: JoinRequest) -> Message:
    """Why a request could not be decided: someone (or the asker) got there first."""
    when = request.decided_at.strftime("%Y-%m-%d %H:%M UTC") if request.decided_at else ""
    by = (request.decided_by or "").rsplit(":", 1)[-1]
    return Message(
        "membership-request-decided",
        number=str(request.id),
        status=request.status.value,
        by=by,
        at=when,
    )
