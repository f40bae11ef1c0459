"""Which language each reader of a reminder reads, so that it is written once per language: a
teacher their own choice, else their school's country's; a coordinator or an assistant their
own choice; else the program's default; a joint channel both schools' languages, the home
side's first (once when the same). Choices are read once per batch, not once per message."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.core.outbox import Recipient
from bot.i18n.languages import Language
from bot.i18n.messages import Localizable, Message
from bot.i18n.reader_language import reader_language, school_language
from bot.i18n.translator import Translator
from storage.engine import UnitOfWork
from storage.models import School, TargetKind
from storage.repositories.languages import LanguageChoices, UserKey


def _user(recipient: Recipient) -> UserKey:
    return recipient.platform, recipient.workspace, recipient.target_id


@dataclass(frozen=True)
class Readers:
    translator: Translator
    chosen: Mapping[UserKey, str]  # the languages the recipients chose themselves
    default: str | None  # the program's (`JOINTCLASS_LANGUAGE`)

    @classmethod
    async def of(
        cls,
        db: UnitOfWork,
        translator: Translator,
        default: str | None,
        recipients: Iterable[Recipient],
    ) -> Readers:
        users = [_user(r) for r in recipients if r.kind == TargetKind.USER]
        return cls(translator, await LanguageChoices(db).of_users(users), default)

    def language(self, recipient: Recipient, school: School | None) -> Language:
        """A person's language; `school` is theirs when they are reached as its teacher."""
        return reader_language(
            chosen=self.chosen.get(_user(recipient)),
            school_country=school.country if school else None,
            program_default=self.default,
        )

    def write(
        self,
        text: Message | Localizable,
        recipient: Recipient,
        school: School | None,
        schools: tuple[School, School],
    ) -> str:
        """`text` for one recipient; for a joint channel of `schools` (home side first), in
        both schools' languages."""
        message = text if isinstance(text, Message) else Message("reminder-text", text=text)
        return "\n\n".join(
            self.translator.in_both(message, *self.languages(recipient, school, schools))
        )

    def languages(
        self, recipient: Recipient, school: School | None, schools: tuple[School, School]
    ) -> tuple[Language, Language]:
        """What `write` writes in: a person's language (twice), or a joint channel's two."""
        if recipient.kind != TargetKind.CHANNEL:
            language = self.language(recipient, school)
            return language, language
        home, partner = (school_language(s.country, self.default) for s in schools)
        return home, partner

    def label(
        self,
        message: Message,
        recipient: Recipient,
        school: School | None,
        schools: tuple[School, School],
    ) -> str:
        """A button's label: in both schools' languages on one line for a joint channel."""
        return " / ".join(
            self.translator.in_both(message, *self.languages(recipient, school, schools))
        )
