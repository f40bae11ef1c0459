"""The tables. Lists are stored as `;`-joined text; times as UTC instants (see `storage.utc`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.utc import UTCDateTime


def utc_column(nullable: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(UTCDateTime(), nullable=nullable)


class Program(SQLModel, table=True):
    """An exchange program run by an office (e.g. "Seoul IJC 2027"); schools apply to one."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=120)
    home_country: str | None = Field(default=None, max_length=2)
    created_at: datetime = Field(sa_column=utc_column())


class School(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=64)
    program_id: int = Field(foreign_key="program.id", index=True)
    name: str = Field(max_length=120)
    side: str = Field(max_length=8)  # "home" or "partner"
    country: str = Field(max_length=2, index=True)
    subdivision: str | None = Field(default=None, max_length=10)
    city: str = Field(default="", max_length=80)
    timezone: str = Field(max_length=64)
    level: str = Field(max_length=12, index=True)
    grades: str = Field(default="", max_length=64)
    languages: str = Field(max_length=120)
    topics: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    quota: int = Field(default=1)
    class_hours: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    after_school_hours: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    vacations: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    source: str = Field(default="chat", max_length=8)  # "chat" or "import"
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class Membership(SQLModel, table=True):
    """A teacher of a school, as known on one platform and workspace."""

    __table_args__ = (UniqueConstraint("platform", "workspace", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    school_id: str = Field(foreign_key="school.id", index=True, max_length=64)
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=120)
    joined_at: datetime = Field(sa_column=utc_column())


class Coordinator(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("program_id", "platform", "workspace", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=120)
    added_by: str = Field(default="configuration", max_length=120)
    added_at: datetime = Field(sa_column=utc_column())


class Partnership(SQLModel, table=True):
    """Two schools that agreed to exchange; `school_a` asked (or is the home side of a tie-up)."""

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    school_a: str = Field(foreign_key="school.id", index=True, max_length=64)
    school_b: str = Field(foreign_key="school.id", index=True, max_length=64)
    status: str = Field(default="active", max_length=8)  # "active" or "ended"
    source: str = Field(default="request", max_length=8)  # "request" or "tieup"
    language: str | None = Field(default=None, max_length=8)  # the common language agreed on
    channel_platform: str | None = Field(default=None, max_length=16)
    channel_workspace: str | None = Field(default=None, max_length=64)
    channel_id: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    ended_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))

    def other(self, school_id: str) -> str:
        return self.school_b if school_id == self.school_a else self.school_a


class OutboundMessage(SQLModel, table=True):
    """A message waiting to be delivered (or delivered): written in the same transaction as the
    change it announces, so a crash can delay a notification but never lose it."""

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16, index=True)
    workspace: str = Field(max_length=64)
    target_kind: str = Field(max_length=8)  # "user" or "channel"
    target_id: str = Field(max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))
    payload: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    status: str = Field(default="pending", max_length=8, index=True)  # pending, sending, sent
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_column=utc_column())
    next_attempt_at: datetime = Field(sa_column=utc_column())
    sent_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
