"""Everything a command handler may touch, handed to it explicitly (no globals), including the
reader's language: a handler writes `ctx.say(Message("key", …))`, and notices to other people
are rendered in each recipient's own language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic

from sqlmodel.ext.asyncio.session import AsyncSession
from typing_extensions import TypeVar

from bot.core.channels import ChannelProvisioner
from bot.core.clock import Clock
from bot.core.errors import PermissionDenied
from bot.core.identity import Actor, ChannelRef
from bot.core.outbox import OutgoingMessage, Recipient, enqueue
from bot.core.reply import Action, Button
from bot.core.spec import Role
from bot.i18n.languages import ENGLISH, Language
from bot.i18n.messages import Localizable, Message, one_after_another
from bot.i18n.reader_language import reader_language, school_language
from bot.i18n.translator import Translator
from storage.models import Membership, Program, School, Side, TargetKind
from storage.repositories.coordinators import Coordinators
from storage.repositories.languages import LanguageChoices
from storage.repositories.members import Members
from storage.repositories.programs import Programs
from storage.repositories.schools import Schools

if TYPE_CHECKING:
    from bot.core.settings import Settings
    from bot.core.spec import Catalog

# The bot's long-lived parts (reminders, the partner index…), built by the composition root
# (`bot.bootstrap`). The core hands them on without knowing their type; code that uses one
# names what it needs, e.g. `Context[BookingServices]`. A bare `Context` uses none of them.
ServicesT = TypeVar("ServicesT", covariant=True, default=object)

# How recent a change of the caller's own must be for the same command to read as its repeat
# (a double click, a line retyped because the reply was slow) rather than as a new intent.
REPEAT_WINDOW = timedelta(minutes=5)


@dataclass
class Context(Generic[ServicesT]):
    actor: Actor
    channel: ChannelRef | None
    db: AsyncSession  # the command's unit of work: committed only if the handler succeeds
    clock: Clock
    settings: Settings
    catalog: Catalog
    services: ServicesT
    translator: Translator
    # the caller's: their choice, their platform's locale, their school's country, the
    # program's default, English (`bot.core.dispatch` resolves it before the handler runs)
    language: Language = ENGLISH
    membership: Membership | None = None  # the actor's school, when they are a teacher
    coordinated: list[Program] = field(default_factory=list)  # programs they coordinate
    # Sentences the reply ends with, whatever the handler wrote: e.g. which program a
    # coordinator's command acted on when they named none.
    footnotes: list[str] = field(default_factory=list)
    # Platforms whose adapter can create a joint channel (`BotCore.add_channel_provisioner`).
    channel_provisioners: Mapping[str, ChannelProvisioner] = field(default_factory=dict)

    def say(self, message: Message | Localizable) -> str:
        """The message (or a text written per language, as a reminder plan's notes) as the
        caller reads it."""
        if isinstance(message, Message):
            return self.translator.render(message, self.language)
        return message.localized(self.language, self.translator)

    def say_sentences(self, *messages: Message | None) -> str:
        """Whole messages one after another as the caller reads them, a space apart (none after
        a full-width 。！？, as Japanese and Chinese write); a None (a sentence that does not
        apply) is left out."""
        return one_after_another(self.say(message) for message in messages if message is not None)

    def post_for_both(
        self,
        channel: ChannelRef,
        message: Message,
        one: School,
        other: School,
        data: dict[str, Any] | None = None,
        *,
        when: datetime | None = None,
    ) -> None:
        """Post to a joint channel, which both schools' classes read: in the home-side school's
        language, then in the partner school's, once when they read the same."""
        home, partner = (other, one) if other.side == Side.HOME != one.side else (one, other)
        default = self.settings.language
        languages = (
            school_language(home.country, default),
            school_language(partner.country, default),
        )
        text = "\n\n".join(self.translator.in_both(message, *languages))
        self.notify_channel(channel, text, data, when=when, languages=languages)

    async def language_of(self, platform: str, workspace: str, user_id: str) -> Language:
        """The language someone other than the caller reads (`reader_in`, without a platform
        locale: that is known only while they run a command, and is not stored, as a command
        that only reads writes nothing; a teacher who reads another language than their
        school's chooses it with `/exchange language`)."""
        return await reader_in(self.db, self.settings.language, platform, workspace, user_id)

    @property
    def now(self) -> datetime:
        return self.clock.now()

    @property
    def schools(self) -> Schools:
        return Schools(self.db)

    @property
    def members(self) -> Members:
        return Members(self.db)

    @property
    def programs(self) -> Programs:
        return Programs(self.db)

    @property
    def coordinators(self) -> Coordinators:
        return Coordinators(self.db)

    async def my_school(self) -> School:
        """The caller's school; the role check guarantees teachers have one."""
        if self.membership is None:
            raise PermissionDenied(NOT_A_TEACHER)
        school = await self.schools.get(self.membership.school_id)
        assert school is not None  # membership rows reference existing schools
        return school

    def admit(self, role: Role) -> None:
        """Refuse before the handler runs when the caller is not whom the command is for."""
        teacher, coordinator = self.membership is not None, bool(self.coordinated)
        if role is Role.COORDINATOR and not coordinator:
            raise PermissionDenied(NOT_A_COORDINATOR)
        if (role is Role.TEACHER and not teacher) or (
            role is Role.TEACHER_OR_COORDINATOR and not (teacher or coordinator)
        ):
            raise PermissionDenied(NOT_A_TEACHER)

    def repeats(self, by: str | None, at: datetime | None) -> bool:
        """Whether a change recorded as made `by` (an actor key) `at` is the caller's own, of
        moments ago: the command that asks for it again is then its repeat."""
        return by == self.actor.key and at is not None and self.now - at <= REPEAT_WINDOW

    async def who(self, key: str) -> str:
        """Who did something (`key` as rows record it, never the caller's own: callers say
        "you" in their own message): the teacher's name, else their user id."""
        platform, _, rest = key.partition(":")
        workspace, _, user_id = rest.rpartition(":")
        member = await self.members.of_user(platform, workspace, user_id)
        return (member.display_name if member else "") or user_id

    def coordinates(self, program_id: int) -> bool:
        return any(program.id == program_id for program in self.coordinated)

    async def notify_person(
        self,
        platform: str,
        workspace: str,
        user_id: str,
        message: Message,
        data: dict[str, Any] | None = None,
        actions: Sequence[Action | Button] = (),
        when: datetime | None = None,
    ) -> None:
        """Tell one person, in their language (`language_of`), buttons' labels too."""
        language = await self.language_of(platform, workspace, user_id)
        text = self.translator.render(message, language)
        buttons = self._buttons(actions, language)
        self.notify_user(
            platform, workspace, user_id, text, data, buttons, when, languages=(language,)
        )

    def _buttons(
        self, actions: Sequence[Action | Button], language: Language
    ) -> tuple[Action, ...]:
        return tuple(
            action.written(language, self.translator) if isinstance(action, Button) else action
            for action in actions
        )

    def notify_user(
        self,
        platform: str,
        workspace: str,
        user_id: str,
        text: str,
        data: dict[str, Any] | None = None,
        actions: tuple[Action, ...] = (),
        when: datetime | None = None,
        *,
        languages: tuple[Language, ...] = (),
    ) -> None:
        """Tell one person text already written in `languages` (a converted area calls
        `notify_person` with a `Message`)."""
        recipient = Recipient(platform, workspace, TargetKind.USER, user_id)
        message = OutgoingMessage(recipient, text, data or {}, actions, when, languages)
        enqueue(self.db, message, self.now)

    def notify_channel(
        self,
        channel: ChannelRef,
        text: str,
        data: dict[str, Any] | None = None,
        actions: tuple[Action, ...] = (),
        when: datetime | None = None,
        *,
        languages: tuple[Language, ...] = (),
    ) -> None:
        recipient = Recipient(
            channel.platform, channel.workspace, TargetKind.CHANNEL, channel.channel_id
        )
        message = OutgoingMessage(recipient, text, data or {}, actions, when, languages)
        enqueue(self.db, message, self.now)

    async def notify_school(
        self,
        school_id: str,
        text: str | Message,
        data: dict[str, Any] | None = None,
        actions: Sequence[Action | Button] = (),
        *,
        except_actor: bool = True,
        when: datetime | None = None,
    ) -> int:
        """Tell every teacher of a school, a `Message` (and `Button` labels) in each one's
        language (their choice, else the school's country's); returns how many were told."""
        me = (self.actor.platform, self.actor.workspace, self.actor.user_id)
        members = [
            member
            for member in await self.members.of_school(school_id)
            if not (except_actor and (member.platform, member.workspace, member.user_id) == me)
        ]
        if not members:
            return 0
        school = await self.schools.get(school_id)
        chosen = await LanguageChoices(self.db).of_users(
            (member.platform, member.workspace, member.user_id) for member in members
        )
        for member in members:
            key = (member.platform, member.workspace, member.user_id)
            language = reader_language(
                chosen=chosen.get(key),
                school_country=school.country if school else None,
                program_default=self.settings.language,
            )
            written = self.translator.in_language(text, language)
            buttons = self._buttons(actions, language)
            languages = (language,) if isinstance(text, Message) else ()
            self.notify_user(*key, written, data, buttons, when, languages=languages)
        return len(members)


async def reader_in(
    db: AsyncSession,
    program_default: str | None,
    platform: str,
    workspace: str,
    user_id: str,
    *,
    locale: str | None = None,
) -> Language:
    """The language a user reads: their own choice, else their platform's `locale`, else their
    school's country, else the program's default (`JOINTCLASS_LANGUAGE`), else English."""
    chosen, country = await LanguageChoices(db).with_country(platform, workspace, user_id)
    return reader_language(
        chosen=chosen,
        platform_locale=locale,
        school_country=country,
        program_default=program_default,
    )


NOT_A_TEACHER = Message("access-not-a-teacher")
NOT_A_COORDINATOR = Message("access-not-a-coordinator")
