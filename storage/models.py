"""The tables. Lists are stored as `;`-joined text; times as UTC instants (see `storage.utc`);
states as the values of the `StrEnum`s below, which a CHECK constraint holds the column to.
What must never exist twice (a pending request per pair, a live session per partnership at an
instant, …) is a unique index at the end of this module, so that even two transactions racing
past every check cannot both write it."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Case, Column, ColumnElement, Enum, Index, Text, UniqueConstraint, case, text
from sqlmodel import Field, SQLModel, col

from storage.utc import UTCDateTime


def utc_column(nullable: bool = False) -> Column[datetime]:
    return Column(UTCDateTime(), nullable=nullable)


def states(of: type[StrEnum], *, length: int, check: str) -> Enum:
    """A column type holding one of the enum's values, read back as its member; the CHECK
    constraint `check` makes the database refuse any other text."""
    return Enum(
        of,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=True,
        length=length,
        name=check,
    )


class Side(StrEnum):
    """Which side of its program a school is on."""

    HOME = "home"  # in the program's own country
    PARTNER = "partner"  # abroad


class SchoolSource(StrEnum):
    CHAT = "chat"  # registered by a teacher
    IMPORT = "import"  # from a coordinator's demand survey


class PartnershipStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class PartnershipSource(StrEnum):
    REQUEST = "request"  # one school asked, the other accepted
    TIEUP = "tieup"  # a coordinator published a tie-up


class PartnershipStage(StrEnum):
    """How far a pair has come on the programs' standard model: online exchange, then offline
    exchange (a visit, either way), then a signed agreement. Values are what teachers type."""

    ONLINE = "online"  # where every partnership starts
    VISIT_PLANNED = "visit-planned"
    VISITED = "visited"
    MOU_SIGNED = "mou-signed"


class RequestStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"  # the pair is not offered again


class SessionStatus(StrEnum):
    PENDING = "pending"  # proposed; the other school confirms
    BOOKED = "booked"
    CANCELLED = "cancelled"


class Within(StrEnum):
    """Whose hours a session's time lies in."""

    CLASS_HOURS = "class_hours"
    AFTER_SCHOOL = "after_school"


class SeriesCadence(StrEnum):
    """How far apart the sessions of a series are."""

    WEEKLY = "1w"
    EVERY_2_WEEKS = "2w"
    EVERY_3_WEEKS = "3w"
    EVERY_4_WEEKS = "4w"
    MONTHLY = "month"  # the same weekday of the same week of each month (2nd Tuesday)


class Placement(StrEnum):
    """Where one occurrence of a series landed against its rule."""

    AS_PLANNED = "as_planned"  # at its planned time (with fair hours: its turn's hour)
    MOVED = "moved"  # elsewhere in its week: the planned time did not fit, or teachers moved it
    SKIPPED = "skipped"  # nothing fitted that week: no session


class OccurrenceObstacle(StrEnum):
    """Why an occurrence is not at its planned time."""

    CLOSED = "closed"  # a weekend, holiday or vacation of one school
    OUTSIDE_HOURS = "outside_hours"  # outside one school's class and after-school hours
    CLASH = "clash"  # another session of the pair holds the time


class ReminderKind(StrEnum):
    LEAD = "lead"  # request and coordination, three months before
    PRELIMINARY = "preliminary"  # preliminary meeting of the two teachers
    PRACTICE = "practice"  # device and connection check, practice run
    DAY_BEFORE = "day_before"  # the checklist
    AGENDA = "agenda"  # the day-of agenda, posted to the joint channel
    STEP = "step"  # optional nudge at the start of each agenda step
    END = "end"  # the session is over: the feedback hook


class ReminderStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"  # turned into outbox messages
    SKIPPED = "skipped"  # came due too late to be useful
    CANCELLED = "cancelled"  # its session was cancelled, moved or ended


class ActivityKind(StrEnum):
    """A non-real-time exchange: its steps are declared once in `bot.activities.kinds`."""

    VIDEO_LETTER = "video_letter"
    SHARED_BOARD = "shared_board"  # a Padlet-like board both classes post on
    LETTERS = "letters"  # handwritten letters, by post
    CULTURE_BOX = "culture_box"  # a parcel of everyday things, unpacked in class


class ActivityStatus(StrEnum):
    PROPOSED = "proposed"  # one school planned it; the other confirms
    PLANNED = "planned"  # both agreed: its steps are under way
    DONE = "done"  # every step is done
    CANCELLED = "cancelled"


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class AnswerStatus(StrEnum):
    """What a teacher says became of a session."""

    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class MessageStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a delivery pass
    SENT = "sent"
    REFUSED = "refused"  # the platform will never take it (see last_error)


class TargetKind(StrEnum):
    USER = "user"  # a direct message
    CHANNEL = "channel"


class JoinStatus(StrEnum):
    """Where a user's request to become a teacher of a school stands."""

    PENDING = "pending"  # a teacher of the school or a coordinator of its program decides
    APPROVED = "approved"  # a membership row was made
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"  # the asker asked for another school or registered their own


class NoticeStatus(StrEnum):
    """Where a published pairing stands for a school that had no teacher on the bot."""

    WAITING = "waiting"  # told when the school's first teacher joins
    DELIVERED = "delivered"
    DROPPED = "dropped"  # the partnership ended before anyone joined


class InboxStatus(StrEnum):
    """Where a command the bot acknowledged stands."""

    RECEIVED = "received"  # acknowledged, not carried out yet
    DONE = "done"  # carried out; its reply waits to be delivered
    ANSWERING = "answering"  # its reply is on its way: it may have arrived when the sender died
    ANSWERED = "answered"  # the reply was delivered
    EXPIRED = "expired"  # not carried out in time for the platform; the person is told


class AssistantStatus(StrEnum):
    """Where a volunteer assistant stands in their program."""

    PENDING = "pending"  # registered; a coordinator approves or declines
    APPROVED = "approved"  # may be assigned
    PAUSED = "paused"  # keeps what they serve, is offered nothing new
    LEFT = "left"  # gone: nothing is offered, what they served was released
    DECLINED = "declined"  # a coordinator said no


class AssignmentStatus(StrEnum):
    """An assistant's part in one session."""

    OFFERED = "offered"  # waiting for the assistant's answer; holds the session and their time
    ACCEPTED = "accepted"
    DECLINED = "declined"  # the assistant said no: they are not offered that session again
    RELEASED = "released"  # ended by a change: the session cancelled or moved, they left or
    # their hours changed


LIVE_ASSIGNMENTS = (AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED)


class AskSource(StrEnum):
    """Who asked for a session's assistant."""

    TEACHER = "teacher"  # `assist <session>`
    BOOKING = "booking"  # `book 2 assist=yes`
    PROGRAM = "program"  # the program asks for pairs without a language both teach in


class Program(SQLModel, table=True):
    """An exchange program run by an office (e.g. "Seoul IJC 2027"); schools apply to one."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=120)
    home_country: str | None = Field(default=None, max_length=2)
    created_at: datetime = Field(sa_column=utc_column())


class School(SQLModel, table=True):
    # `find` asks for the latest change before every search to keep its index current.
    __table_args__ = (Index("ix_school_updated_at", "updated_at"),)

    id: str = Field(primary_key=True, max_length=64)
    program_id: int = Field(foreign_key="program.id", index=True)
    name: str = Field(max_length=120)
    side: Side = Field(sa_type=states(Side, length=8, check="ck_school_side"))
    country: str = Field(max_length=2, index=True)
    subdivision: str | None = Field(default=None, max_length=32)
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
    source: SchoolSource = Field(
        default=SchoolSource.CHAT,
        sa_type=states(SchoolSource, length=8, check="ck_school_source"),
    )
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


class LanguageChoice(SQLModel, table=True):
    """The language a user chose to read the bot in (`/exchange language ko`), on one platform
    and workspace; a user without a row reads by their platform's locale or school's country."""

    platform: str = Field(primary_key=True, max_length=16)
    workspace: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(primary_key=True, max_length=64)
    language: str = Field(max_length=16)  # a BCP 47 tag the bot speaks: ko, en-US, zh-Hant
    chosen_at: datetime = Field(sa_column=utc_column())


class JoinRequest(SQLModel, table=True):
    """A user asking to become a teacher of a school: nothing of the school's private side is
    theirs until a teacher of it or a coordinator of its program approves."""

    __table_args__ = (
        # one open request per user: asking again for another school withdraws the first
        Index(
            "uq_joinrequest_pending_user",
            "platform",
            "workspace",
            "user_id",
            unique=True,
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    school_id: str = Field(foreign_key="school.id", index=True, max_length=64)
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=120)
    status: JoinStatus = Field(
        default=JoinStatus.PENDING,
        sa_type=states(JoinStatus, length=10, check="ck_joinrequest_status"),
    )
    asked_at: datetime = Field(sa_column=utc_column())
    decided_by: str | None = Field(default=None, max_length=160)  # platform:workspace:user_id
    decided_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    reason: str = Field(default="", max_length=300)  # the reason given with a decline


class ClaimCode(SQLModel, table=True):
    """A one-time code a coordinator hands to a school's first teacher. Only its SHA-256 digest
    is kept: the code itself is shown once, to the coordinator who issued it."""

    id: int | None = Field(default=None, primary_key=True)
    school_id: str = Field(foreign_key="school.id", index=True, max_length=64)
    digest: str = Field(max_length=64, unique=True)
    issued_by: str = Field(max_length=160)  # platform:workspace:user_id, or `import`
    issued_at: datetime = Field(sa_column=utc_column())
    expires_at: datetime = Field(sa_column=utc_column())
    used_by: str | None = Field(default=None, max_length=160)
    used_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class SurveyContact(SQLModel, table=True):
    """The teacher a demand survey names for a school: their join is approved at once."""

    school_id: str = Field(foreign_key="school.id", primary_key=True, max_length=64)
    account: str | None = Field(default=None, max_length=160)  # platform:workspace:user_id
    email: str | None = Field(default=None, max_length=254)  # lower case
    updated_at: datetime = Field(sa_column=utc_column())


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


class CurrentProgram(SQLModel, table=True):
    """The program a coordinator's commands act on when they name none (`coordinator use`)."""

    platform: str = Field(primary_key=True, max_length=16)
    workspace: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(primary_key=True, max_length=64)
    program_id: int = Field(foreign_key="program.id", index=True)
    chosen_at: datetime = Field(sa_column=utc_column())


class Partnership(SQLModel, table=True):
    """Two schools that agreed to exchange; `school_a` asked (or is the home side of a tie-up)."""

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    school_a: str = Field(foreign_key="school.id", index=True, max_length=64)
    school_b: str = Field(foreign_key="school.id", index=True, max_length=64)
    status: PartnershipStatus = Field(
        default=PartnershipStatus.ACTIVE,
        sa_type=states(PartnershipStatus, length=8, check="ck_partnership_status"),
    )
    source: PartnershipSource = Field(
        default=PartnershipSource.REQUEST,
        sa_type=states(PartnershipSource, length=8, check="ck_partnership_source"),
    )
    language: str | None = Field(default=None, max_length=8)  # the common language agreed on
    channel_platform: str | None = Field(default=None, max_length=16)
    channel_workspace: str | None = Field(default=None, max_length=64)
    channel_id: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    ended_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    ended_by: str | None = Field(default=None, max_length=160)  # platform:workspace:user_id
    ended_by_school: str | None = Field(default=None, max_length=64)

    def other(self, school_id: str) -> str:
        return self.school_b if school_id == self.school_a else self.school_a

    def involves(self, school_id: str) -> bool:
        return school_id in (self.school_a, self.school_b)


class StageMove(SQLModel, table=True):
    """A partnership reaching a stage on a date, kept as history: the latest move is the pair's
    stage (none yet: online), and the report counts pairs by when they got there."""

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id", index=True)
    stage: PartnershipStage = Field(
        sa_type=states(PartnershipStage, length=16, check="ck_stagemove_stage")
    )
    on: date  # the visit's day (planned or made) or the signing's, in the host's calendar
    host_school: str | None = Field(default=None, foreign_key="school.id", max_length=64)
    recorded_by: str = Field(max_length=160)  # platform:workspace:user_id
    recorded_at: datetime = Field(sa_column=utc_column())


class PartnershipRequest(SQLModel, table=True):
    """A school asking another to be partner classes; a declined pair is not offered again."""

    id: int | None = Field(default=None, primary_key=True)
    from_school: str = Field(foreign_key="school.id", index=True, max_length=64)
    to_school: str = Field(foreign_key="school.id", index=True, max_length=64)
    status: RequestStatus = Field(
        default=RequestStatus.PENDING,
        sa_type=states(RequestStatus, length=10, check="ck_partnershiprequest_status"),
    )
    message: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    requested_by: str = Field(max_length=160)  # platform:workspace:user_id
    responded_by: str | None = Field(default=None, max_length=160)
    response: str = Field(default="", max_length=300)  # the reason given with a decline
    partnership_id: int | None = Field(default=None, foreign_key="partnership.id")
    created_at: datetime = Field(sa_column=utc_column())
    responded_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class TieupRun(SQLModel, table=True):
    """A coordinator's tie-up proposal, kept so that `tieup publish` creates what was shown."""

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    week_of: date
    duration_minutes: int
    result: str = Field(sa_column=Column(Text, nullable=False))  # pairs and unmatched, as JSON
    run_by: str = Field(max_length=160)
    created_at: datetime = Field(sa_column=utc_column())
    published_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class TieupNotice(SQLModel, table=True):
    """A published pairing one school has not heard of, having no teacher on the bot yet: the
    row waits for the school's first teacher, so the notice survives restarts."""

    __table_args__ = (UniqueConstraint("partnership_id", "school_id"),)

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id")
    school_id: str = Field(foreign_key="school.id", index=True, max_length=64)
    run_id: int = Field(foreign_key="tieuprun.id")  # the week and duration the pairing used
    status: NoticeStatus = Field(
        default=NoticeStatus.WAITING,
        sa_type=states(NoticeStatus, length=10, check="ck_tieupnotice_status"),
    )
    created_at: datetime = Field(sa_column=utc_column())
    settled_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class OutboundMessage(SQLModel, table=True):
    """A message waiting to be delivered (or delivered): written in the same transaction as the
    change it announces, so a crash can delay a notification but never lose it."""

    # Delivery asks, for every due row, whether an earlier message to the same recipient is
    # still pending or sending: one index seek per status, however many were sent before.
    __table_args__ = (
        Index(
            "ix_outboundmessage_recipient_queue",
            "platform",
            "workspace",
            "target_kind",
            "target_id",
            "status",
            "id",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16, index=True)
    workspace: str = Field(max_length=64)
    target_kind: TargetKind = Field(
        sa_type=states(TargetKind, length=8, check="ck_outboundmessage_target_kind")
    )
    target_id: str = Field(max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))
    payload: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    status: MessageStatus = Field(
        default=MessageStatus.PENDING,
        sa_type=states(MessageStatus, length=8, check="ck_outboundmessage_status"),
        index=True,
    )
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_column=utc_column())
    next_attempt_at: datetime = Field(sa_column=utc_column())
    sent_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class ButtonCommand(SQLModel, table=True):
    """A button's command too long for the platform's component id (Discord allows 100
    characters): the id carries `key` instead, and the row outlives restarts like the button."""

    key: str = Field(primary_key=True, max_length=32)  # a digest of `command`
    command: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=utc_column())


class InboxCommand(SQLModel, table=True):
    """A command a platform handed over (slash command, button, form), written before it is
    acknowledged and carried out from here: marked done with its reply in the transaction of its
    effects, then answered. So neither a crash nor a shutdown after the acknowledgement loses it
    or runs it twice, and a repeated delivery of the same interaction is recognised by its key.
    Times are the database's clock, like the leader lease's."""

    __table_args__ = (
        UniqueConstraint("platform", "interaction", name="uq_inboxcommand_interaction"),
        Index("ix_inboxcommand_open", "status", "claimed_until"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    interaction: str = Field(max_length=200)  # the platform's id of this delivery
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    user_name: str = Field(default="", max_length=120)
    locale: str | None = Field(default=None, max_length=35)  # as the platform said, if it did
    channel_id: str | None = Field(default=None, max_length=64)
    invocation: str = Field(sa_column=Column(Text, nullable=False))  # JSON: a line, or options
    route: str = Field(sa_column=Column(Text, nullable=False))  # JSON: where the adapter answers
    status: InboxStatus = Field(
        default=InboxStatus.RECEIVED,
        sa_type=states(InboxStatus, length=9, check="ck_inboxcommand_status"),
    )
    reply: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # once done
    owner: str = Field(max_length=200)  # the process carrying it out (instance id and boot)
    claimed_until: datetime = Field(sa_column=utc_column())  # renewed while that process lives
    starts: int = Field(default=1)  # processes that began carrying it out
    received_at: datetime = Field(sa_column=utc_column())
    done_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    answered_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class OpenedForm(SQLModel, table=True):
    """A form (a Slack modal) opened for a command: the command line it completes and where its
    answer goes. The modal carries only `key`, as Slack keeps at most 3,000 characters of
    metadata with it, and what the user typed belongs on the bot's side anyway."""

    key: str = Field(primary_key=True, max_length=32)  # random: a submission names its form
    command: str = Field(sa_column=Column(Text, nullable=False))  # the line, as far as typed
    channel_id: str | None = Field(default=None, max_length=64)
    response_url: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(sa_column=utc_column())


class ExchangeSession(SQLModel, table=True):
    """One online class of a partnership, pending until the other school confirms. Times are
    UTC instants; local times are derived from the schools' zones whenever they are shown."""

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id", index=True)
    start_utc: datetime = Field(sa_column=utc_column())
    end_utc: datetime = Field(sa_column=utc_column())
    duration_minutes: int
    within: Within = Field(
        default=Within.CLASS_HOURS,
        sa_type=states(Within, length=12, check="ck_exchangesession_within"),
    )
    status: SessionStatus = Field(
        default=SessionStatus.PENDING,
        sa_type=states(SessionStatus, length=10, check="ck_exchangesession_status"),
        index=True,
    )
    program_type: str = Field(default="cultural_exchange", max_length=20)
    topic: str = Field(default="", max_length=200)
    video_link: str | None = Field(default=None, max_length=500)
    agenda_link: str | None = Field(default=None, max_length=500)
    proposed_by_school: str = Field(foreign_key="school.id", max_length=64)
    proposed_by: str = Field(max_length=160)  # platform:workspace:user_id
    confirmed_by: str | None = Field(default=None, max_length=160)
    confirmed_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    ics_uid: str = Field(max_length=80, unique=True)  # stable for the session's whole life
    ics_sequence: int = Field(default=0)  # bumped by every reschedule and the cancellation
    cancel_reason: str | None = Field(default=None, max_length=300)
    cancelled_by: str | None = Field(default=None, max_length=160)
    cancelled_by_school: str | None = Field(default=None, max_length=64)
    cancelled_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class SessionSeries(SQLModel, table=True):
    """Sessions of one partnership booked together on a rule (every two weeks, six times). Each
    occurrence is an `ExchangeSession` of its own; `SeriesOccurrence` says where the rule put it."""

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id", index=True)
    cadence: SeriesCadence = Field(
        sa_type=states(SeriesCadence, length=8, check="ck_sessionseries_cadence")
    )
    occurrences: int  # how many dates the rule gave, skipped ones included
    fair_hours: bool = Field(default=True)  # the after-school hour takes turns when one is needed
    proposed_by_school: str = Field(foreign_key="school.id", max_length=64)
    proposed_by: str = Field(max_length=160)  # platform:workspace:user_id
    created_at: datetime = Field(sa_column=utc_column())


class SeriesOccurrence(SQLModel, table=True):
    """One date of a series' rule: its planned time, where it landed and why."""

    __table_args__ = (UniqueConstraint("series_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    series_id: int = Field(foreign_key="sessionseries.id", index=True)
    position: int  # 1-based, in the rule's order
    planned_start_utc: datetime = Field(sa_column=utc_column())
    placement: Placement = Field(
        sa_type=states(Placement, length=10, check="ck_seriesoccurrence_placement")
    )
    obstacle: OccurrenceObstacle | None = Field(
        default=None,
        sa_type=states(OccurrenceObstacle, length=13, check="ck_seriesoccurrence_obstacle"),
    )
    obstacle_school: str | None = Field(default=None, max_length=64)  # whose hours or closure
    obstacle_name: str = Field(default="", max_length=120)  # the closure's name: "Chuseok"
    session_id: int | None = Field(
        default=None, foreign_key="exchangesession.id", unique=True
    )  # None when skipped
    after_school_for: str = Field(default="", max_length=140)  # `;`-joined school ids


class SlotList(SQLModel, table=True):
    """The numbered slots `propose` showed a teacher, so `book 2` books exactly what they saw.
    Ids are never reused (SQLite would otherwise), so an old button cannot name a newer list."""

    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    school_id: str = Field(foreign_key="school.id", max_length=64)
    partner_id: str = Field(foreign_key="school.id", max_length=64)
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64, index=True)
    duration_minutes: int
    created_at: datetime = Field(sa_column=utc_column())


class SlotOffer(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("slot_list_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    slot_list_id: int = Field(foreign_key="slotlist.id", index=True)
    number: int  # 1-based, as shown
    start_utc: datetime = Field(sa_column=utc_column())
    end_utc: datetime = Field(sa_column=utc_column())
    within: Within = Field(sa_type=states(Within, length=12, check="ck_slotoffer_within"))


class FeedbackRequest(SQLModel, table=True):
    """One school's side of an ended session, asked for feedback. The row drives the nudge and
    the coordinator's escalation, so neither is lost across a restart nor sent twice."""

    __table_args__ = (UniqueConstraint("session_id", "school_id"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="exchangesession.id", index=True)
    school_id: str = Field(foreign_key="school.id", max_length=64)
    asked_at: datetime = Field(sa_column=utc_column())
    answered_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    nudged_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    # the teachers the nudge reached (none when the school had no teacher on the bot)
    nudges_sent: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    escalated_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class FeedbackAnswer(SQLModel, table=True):
    """A teacher's answer about one session: one per teacher, edited in place until the
    program closes the term's report. Lists are `;`-joined choices."""

    __table_args__ = (UniqueConstraint("session_id", "platform", "workspace", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="exchangesession.id", index=True)
    school_id: str = Field(foreign_key="school.id", max_length=64)
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=120)
    status: AnswerStatus = Field(
        sa_type=states(AnswerStatus, length=10, check="ck_feedbackanswer_status")
    )
    reason: str = Field(default="", max_length=200)
    rating: int | None = Field(default=None)  # 1–5, only when held
    went_well: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    improve: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    problems: str = Field(default="", max_length=80)
    continue_with: str = Field(default="", max_length=60)
    submitted_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class StudentImpression(SQLModel, table=True):
    """A student's one-line impression of a session. Deliberately holds no user id and no
    time of writing, so it cannot be traced back to the student."""

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="exchangesession.id", index=True)
    text: str = Field(max_length=140)


class FeedbackClosure(SQLModel, table=True):
    """A program's report for one term, closed by a coordinator: answers are final from then."""

    __table_args__ = (UniqueConstraint("program_id", "term"),)

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    term: str = Field(max_length=8)  # a named term, e.g. 2027-1
    closed_at: datetime = Field(sa_column=utc_column())
    closed_by: str = Field(max_length=160)


class FeedbackPolicy(SQLModel, table=True):
    """A program's feedback choices; a program without a row uses the defaults."""

    program_id: int = Field(foreign_key="program.id", primary_key=True)
    student_prompt: bool = Field(default=True)  # ask the joint channel for impressions
    updated_at: datetime = Field(sa_column=utc_column())
    updated_by: str = Field(max_length=160)


class Reminder(SQLModel, table=True):
    """One message of a booked session's reminder plan, due at an instant. These rows are the
    schedule: the in-memory alarm is rebuilt from them at every start, and a row is claimed,
    turned into outbox messages and marked sent in one transaction."""

    __table_args__ = (Index("ix_reminder_status_next_attempt_at", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="exchangesession.id", index=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    kind: ReminderKind = Field(sa_type=states(ReminderKind, length=12, check="ck_reminder_kind"))
    audience: str = Field(max_length=80)  # channel, joint, coordinators or teachers:<school id>
    step: int | None = Field(default=None)  # the agenda step a nudge marks
    zone: str = Field(max_length=64)  # whose wall clock set the due instant
    due_at: datetime = Field(sa_column=utc_column())
    useful_until: datetime = Field(sa_column=utc_column())  # later than this: skipped
    next_attempt_at: datetime = Field(sa_column=utc_column())  # due_at, or a retry's instant
    status: ReminderStatus = Field(
        default=ReminderStatus.PENDING,
        sa_type=states(ReminderStatus, length=10, check="ck_reminder_status"),
    )
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=500)
    delayed: bool = Field(default=False)  # sent late, with a note saying so
    messages: int = Field(default=0)  # outbox messages it became
    sent_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    created_at: datetime = Field(sa_column=utc_column())


class ProgramLeadTimes(SQLModel, table=True):
    """A program's reminder lead times (`3mo`, `1w`, `60m`, `off`); no row means the defaults."""

    program_id: int = Field(foreign_key="program.id", primary_key=True)
    lead: str = Field(max_length=24)
    preliminary: str = Field(max_length=24)
    practice: str = Field(max_length=24)
    day_before: str = Field(max_length=24)
    agenda: str = Field(max_length=24)
    updated_by: str = Field(max_length=160)
    updated_at: datetime = Field(sa_column=utc_column())


class SessionAgenda(SQLModel, table=True):
    """A session's agenda choices; without a row, its program type's template, no nudges.
    Custom steps, when teachers wrote their own, are `AgendaItem` rows."""

    session_id: int = Field(foreign_key="exchangesession.id", primary_key=True)
    template: str = Field(max_length=20)  # the program type whose template it starts from
    nudges: bool = Field(default=False)  # mark each step's start in the joint channel
    updated_by: str = Field(max_length=160)
    updated_at: datetime = Field(sa_column=utc_column())


class AgendaItem(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="sessionagenda.session_id", index=True)
    position: int  # 0-based order on the day
    title: str = Field(max_length=80)
    minutes: int
    guidance: str = Field(default="", max_length=300)


class Lease(SQLModel, table=True):
    """Who holds a lease (the leader's: `bot.core.leadership`) and until when, by the database's
    clock. One row per lease; a holder that stops renewing loses it when it expires."""

    name: str = Field(primary_key=True, max_length=32)
    holder: str = Field(max_length=160)  # an instance id: `JOINTCLASS_INSTANCE_ID`
    expires_at: datetime = Field(sa_column=utc_column())


class ClassAssistant(SQLModel, table=True):
    """A volunteer who interprets in online classes of one program, as known on one platform
    and workspace (which need not be the schools'). Hours are weekly, in their own zone."""

    __table_args__ = (UniqueConstraint("platform", "workspace", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=120)
    languages: str = Field(max_length=120)  # ISO 639-1 codes, `;`-joined
    hours: str = Field(sa_column=Column(Text, nullable=False))
    timezone: str = Field(max_length=64)
    max_per_month: int
    vacations: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    status: AssistantStatus = Field(
        default=AssistantStatus.PENDING,
        sa_type=states(AssistantStatus, length=10, check="ck_classassistant_status"),
    )
    registered_at: datetime = Field(sa_column=utc_column())
    decided_by: str | None = Field(default=None, max_length=160)  # the approving coordinator
    decided_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    updated_at: datetime = Field(sa_column=utc_column())


class AssistanceRequest(SQLModel, table=True):
    """A session asking for an assistant to interpret between two languages."""

    session_id: int = Field(foreign_key="exchangesession.id", primary_key=True)
    first_language: str = Field(max_length=8)
    second_language: str = Field(max_length=8)
    source: AskSource = Field(
        sa_type=states(AskSource, length=8, check="ck_assistancerequest_source")
    )
    asked_by: str = Field(max_length=160)  # platform:workspace:user_id, or the program
    asked_at: datetime = Field(sa_column=utc_column())


class AssistantAssignment(SQLModel, table=True):
    """An assistant offered, serving, or no longer serving one session. At most one live
    (offered or accepted) row per session: a unique index holds it even under races."""

    __table_args__ = (
        Index(
            "ux_assistantassignment_live_session",
            "session_id",
            unique=True,
            sqlite_where=text("status IN ('offered', 'accepted')"),
            postgresql_where=text("status IN ('offered', 'accepted')"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="exchangesession.id", index=True)
    assistant_id: int = Field(foreign_key="classassistant.id", index=True)
    status: AssignmentStatus = Field(
        default=AssignmentStatus.OFFERED,
        sa_type=states(AssignmentStatus, length=10, check="ck_assistantassignment_status"),
    )
    offered_at: datetime = Field(sa_column=utc_column())
    answered_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    ended_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    note: str = Field(default="", max_length=300)  # why it was declined or released


class AssistanceRating(SQLModel, table=True):
    """A teacher's rating of the assistance in one session, one per teacher."""

    __table_args__ = (UniqueConstraint("session_id", "platform", "workspace", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="exchangesession.id", index=True)
    assistant_id: int = Field(foreign_key="classassistant.id", index=True)
    school_id: str = Field(foreign_key="school.id", max_length=64)
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    rating: int  # 1–5
    comment: str = Field(default="", max_length=500)
    rated_at: datetime = Field(sa_column=utc_column())


class AssistantSurvey(SQLModel, table=True):
    """The assistant's short survey after a session they served."""

    assignment_id: int = Field(foreign_key="assistantassignment.id", primary_key=True)
    took_place: bool
    rating: int | None = Field(default=None)  # 1–5, how it went, when it took place
    comment: str = Field(default="", max_length=500)  # what would help next time
    answered_at: datetime = Field(sa_column=utc_column())


class AssistancePolicy(SQLModel, table=True):
    """A program's assistance choices; a program without a row asks only when teachers do."""

    program_id: int = Field(foreign_key="program.id", primary_key=True)
    auto_ask: bool = Field(default=False)  # ask for pairs without a language both teach in
    updated_by: str = Field(max_length=160)
    updated_at: datetime = Field(sa_column=utc_column())


class Activity(SQLModel, table=True):
    """A non-real-time exchange of one partnership (a video letter, a shared board, letters, a
    culture box): its steps, each owned by one school with a deadline, are `ActivityStep`s."""

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id", index=True)
    kind: ActivityKind = Field(sa_type=states(ActivityKind, length=12, check="ck_activity_kind"))
    status: ActivityStatus = Field(
        default=ActivityStatus.PROPOSED,
        sa_type=states(ActivityStatus, length=10, check="ck_activity_status"),
    )
    first_school: str = Field(foreign_key="school.id", max_length=64)  # owns the first step
    board_link: str | None = Field(default=None, max_length=500)  # a shared board's address
    proposed_by_school: str = Field(foreign_key="school.id", max_length=64)
    proposed_by: str = Field(max_length=160)  # platform:workspace:user_id
    created_at: datetime = Field(sa_column=utc_column())
    confirmed_by: str | None = Field(default=None, max_length=160)
    confirmed_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    cancelled_by: str | None = Field(default=None, max_length=160)
    cancelled_by_school: str | None = Field(default=None, max_length=64)
    cancelled_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    cancel_reason: str | None = Field(default=None, max_length=300)


class ActivityStep(SQLModel, table=True):
    """One step of an activity, done by one school by a date of its own calendar."""

    __table_args__ = (
        UniqueConstraint("activity_id", "position"),
        UniqueConstraint("activity_id", "name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", index=True)
    position: int  # 1-based, in the order the steps are done
    name: str = Field(max_length=20)  # as `activity done <name>` names it
    owner_school: str = Field(foreign_key="school.id", max_length=64)
    due_date: date  # the owner's local date, an open day of its calendar
    due_utc: datetime = Field(sa_column=utc_column())  # the end of that day, owner's zone
    planned_date: date  # the date the rule gave, before moving off a closed day
    moved_because: str = Field(default="", max_length=120)  # "Chuseok", "Saturday"; "" if not
    status: StepStatus = Field(
        default=StepStatus.OPEN,
        sa_type=states(StepStatus, length=6, check="ck_activitystep_status"),
    )
    link: str | None = Field(default=None, max_length=500)  # the video, board or photo
    done_by: str | None = Field(default=None, max_length=160)
    done_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class ActivityReminder(SQLModel, table=True):
    """A reminder to a step's owner school before its deadline; the rows are the schedule, as
    `Reminder` rows are for sessions."""

    __table_args__ = (
        UniqueConstraint("step_id", "lead"),
        Index("ix_activityreminder_status_due_at", "status", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    step_id: int = Field(foreign_key="activitystep.id", index=True)
    lead: str = Field(max_length=12)  # how long before the deadline: 1w, 1d
    zone: str = Field(max_length=64)  # the owner's, whose clock set `due_at`
    due_at: datetime = Field(sa_column=utc_column())
    moved_because: str = Field(default="", max_length=120)  # the closed day it was moved off
    status: ReminderStatus = Field(
        default=ReminderStatus.PENDING,
        sa_type=states(ReminderStatus, length=10, check="ck_activityreminder_status"),
    )
    messages: int = Field(default=0)  # outbox messages it became
    sent_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    created_at: datetime = Field(sa_column=utc_column())


def _lesser(first: Any, second: Any) -> Case[Any]:
    """The smaller of two columns' values: with `_greater`, a pair the same either way round."""
    return case((first < second, first), else_=second)


def _greater(first: Any, second: Any) -> Case[Any]:
    return case((first < second, second), else_=first)


def _only(condition: ColumnElement[bool]) -> dict[str, Any]:
    """A partial index's rows, the same on both databases."""
    return {"sqlite_where": condition, "postgresql_where": condition}


Index(
    "uq_partnershiprequest_pending_pair",
    _lesser(col(PartnershipRequest.from_school), col(PartnershipRequest.to_school)),
    _greater(col(PartnershipRequest.from_school), col(PartnershipRequest.to_school)),
    unique=True,
    **_only(col(PartnershipRequest.status) == RequestStatus.PENDING),
)
Index(
    "uq_partnership_active_pair",
    _lesser(col(Partnership.school_a), col(Partnership.school_b)),
    _greater(col(Partnership.school_a), col(Partnership.school_b)),
    unique=True,
    **_only(col(Partnership.status) == PartnershipStatus.ACTIVE),
)
Index(
    "uq_partnership_active_channel",
    col(Partnership.channel_platform),
    col(Partnership.channel_workspace),
    col(Partnership.channel_id),
    unique=True,
    **_only(col(Partnership.status) == PartnershipStatus.ACTIVE),
)
Index(
    "uq_exchangesession_live_start",
    col(ExchangeSession.partnership_id),
    col(ExchangeSession.start_utc),
    unique=True,
    **_only(col(ExchangeSession.status).in_((SessionStatus.PENDING, SessionStatus.BOOKED))),
)
Index(
    "uq_activity_live_kind",
    col(Activity.partnership_id),
    col(Activity.kind),
    unique=True,
    **_only(col(Activity.status).in_((ActivityStatus.PROPOSED, ActivityStatus.PLANNED))),
)
