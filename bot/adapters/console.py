"""The console adapter: `[@user] /exchange <command> …` lines in, replies out.

Piped or interactive. `@alice` at the start of a line acts as alice for that line. The console
says its users read English, as a platform says its client's language; `--lang ko` says Korean,
and each user's own `/exchange language` wins over either. Files a
command produces (calendar invites, charts, CSV) are written under the data directory and their
paths printed. With `--json`, every reply is one JSON object per line on standard output and
messages the bot sends to other people go to standard error, so the output stays parseable.
With a demo clock (`jointclass console --demo-clock …`), `/clock advance 30d` lines move time
and the reminders due on the way fire, each at its own moment. `/import survey.csv --program
NAME` (with `jointclass import`'s --create-program, --move-from, --dry-run) loads a demand
survey as `jointclass import` does, into the console's own database (the
demo's throwaway one included).
"""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.core.bot_core import BotCore
from bot.core.identity import Actor, ChannelRef
from bot.core.outbox import OutgoingMessage
from bot.core.reply import Reply
from bot.i18n.languages import Language
from bot.i18n.messages import Joined, Message
from bot.i18n.reader_language import reader_language
from bot.reminders.demo_clock import DemoClock
from bot.schools.import_program import ImportRefused
from bot.schools.survey_import import SurveyInvalid, import_survey, read_survey_file
from storage.models import TargetKind

PLATFORM = "console"
WORKSPACE = "local"
DEFAULT_USER = "you"
CHANNEL = ChannelRef(PLATFORM, WORKSPACE, "console")
_LINE = re.compile(r"\s*(?:@(?P<user>[\w.\-]{1,64})\s+)?(?P<rest>.*)", re.DOTALL)
IMPORT_USAGE = Message("adapters-console-import-usage")
# why a file could not be read, as `adapters-console-cannot-read` says it
_UNREADABLE = {FileNotFoundError: "missing", IsADirectoryError: "folder", PermissionError: "denied"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline


def printable(text: str) -> str:
    """Text for a terminal: control characters a user typed (an escape sequence that clears
    the screen, a carriage return that overwrites the line) are shown as `\\x1b`, not obeyed."""
    return _CONTROL.sub(lambda char: f"\\x{ord(char[0]):02x}", text)


class ConsoleMessenger:
    """Shows what the bot sends to someone else, as the console has no inboxes."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    async def send(self, message: OutgoingMessage) -> None:
        target = message.recipient
        where = f"@{target.target_id}" if target.kind == TargetKind.USER else f"#{target.target_id}"
        body = printable(message.text).replace("\n", "\n    ")
        print(f"  → to {printable(where)}: {body}", file=self.out)
        for action in message.actions:
            print(printable(f"    [{action.label}] /exchange {action.command}"), file=self.out)
        self.out.flush()


class Console:
    def __init__(
        self,
        core: BotCore,
        *,
        json_output: bool = False,
        default_user: str = DEFAULT_USER,
        out: TextIO = sys.stdout,
        err: TextIO = sys.stderr,
        demo_clock: DemoClock | None = None,
        locale: str | None = "en",
    ) -> None:
        self.core = core
        # `--lang`: the language the console says its users read, as a platform's locale does
        self.locale = locale
        self.demo_clock = demo_clock  # `/clock …` lines move it (`jointclass console --demo-clock`)
        self.json_output = json_output
        self.default_user = default_user
        self.out = out
        self.files_dir = core.settings.data_dir / "files"
        self.notes = err if json_output else out  # what the bot sends others, clock stops
        core.add_messenger(PLATFORM, ConsoleMessenger(self.notes))

    async def run_line(self, line: str) -> Reply | None:
        """Handle one input line; returns None for blank lines and comments."""
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            return None
        match = _LINE.fullmatch(stripped)
        assert match is not None
        user = match["user"] or self.default_user
        command = match["rest"].strip()
        reply = await self._dispatch(user, command)
        self._print(user, reply)
        await self.core.run_due_work()
        return reply

    async def _dispatch(self, user: str, command: str) -> Reply:
        if command.startswith("/"):
            head, _, rest = command.partition(" ")
            if head.lower() == "/clock":
                return await self._clock(rest)
            if head.lower() == "/import":
                return await self._import(rest)
            if head.lower() != "/exchange":
                refusal = Message("adapters-console-only-exchange", command=head)
                return Reply.error(self._written(refusal))
            command = rest
        actor = Actor(PLATFORM, WORKSPACE, user, user, self.locale)
        return await self.core.handle_text(actor, command, CHANNEL)

    async def _import(self, arguments: str) -> Reply:
        """`/import FILE [--program NAME] [--create-program] [--move-from NAME] [--dry-run]`:
        the survey import of `jointclass import`."""
        try:
            words = shlex.split(arguments)
        except ValueError:  # a quotation mark left open
            unreadable = Message("adapters-console-import-unreadable", usage=IMPORT_USAGE)
            return Reply.error(self._written(unreadable))
        program, move_from = _take_option(words, "--program"), _take_option(words, "--move-from")
        create_program, dry_run = (
            _take_flag(words, "--create-program"),
            _take_flag(words, "--dry-run"),
        )
        if len(words) != 1 or words[0].startswith("-"):
            which = Message("adapters-console-import-which-file", usage=IMPORT_USAGE)
            return Reply.error(self._written(which))
        path = Path(words[0])
        try:
            result = await import_survey(
                self.core,
                read_survey_file(path),
                program,
                move_from=move_from,
                create_program=create_program,
                dry_run=dry_run,
            )
        except OSError as error:
            problem = _UNREADABLE.get(type(error), "unknown")
            reason = error.strerror or type(error).__name__
            cannot = Message(
                "adapters-console-cannot-read", problem=problem, path=str(path), reason=reason
            )
            return Reply.error(self._written(cannot))
        except SurveyInvalid as invalid:
            return Reply.error(self._lines(invalid.report(str(path))))
        except ImportRefused as refused:
            refusal = Message("survey-refused", path=str(path), reason=refused.message)
            return Reply.error(self._written(refusal))
        return Reply(text=self._lines(result.summary(str(path))), command="import")

    async def _clock(self, rest: str) -> Reply:
        if self.demo_clock is None:
            return Reply.error(self._written(Message("adapters-console-clock-demo-only")))
        text = await self.demo_clock.handle(rest, self._note, self._language())
        return Reply(text=text, command="clock")

    def _language(self) -> Language:
        """The language of `--lang`, which the console's own messages are written in."""
        return reader_language(
            platform_locale=self.locale, program_default=self.core.settings.language
        )

    def _written(self, message: Message) -> str:
        return self.core.translator.render(message, self._language())

    def _lines(self, messages: list[Message]) -> str:
        return Joined(messages).localized(self._language(), self.core.translator)

    def _note(self, text: str) -> None:
        print(text, file=self.notes)

    def _print(self, user: str, reply: Reply) -> None:
        files = [str(self._save(attachment)) for attachment in reply.attachments]
        if self.json_output:
            data: dict[str, Any] = dict(reply.data)
            if files:
                data["files"] = files
            record = {
                "user": user,
                "command": reply.command,
                "ok": reply.ok,
                "text": reply.text,
                "data": data,
            }
            print(json.dumps(record, ensure_ascii=False, default=str), file=self.out)
        else:
            print(printable(reply.text), file=self.out)
            for action in reply.actions:
                print(printable(f"  [{action.label}] /exchange {action.command}"), file=self.out)
            for path in files:
                saved = self._written(Message("adapters-console-saved", path=path))
                print(f"  {saved}", file=self.out)
        self.out.flush()

    def _save(self, attachment: Any) -> Path:
        """Under the files directory, never over an earlier download: `invite-2.ics` when
        `invite.ics` is there already."""
        self.files_dir.mkdir(parents=True, exist_ok=True)
        wanted = Path(Path(attachment.filename).name)
        path, copy = self.files_dir / wanted, 1
        while path.exists():
            copy += 1
            path = self.files_dir / f"{wanted.stem}-{copy}{wanted.suffix}"
        path.write_bytes(attachment.content)
        return path

    def banner(self) -> str:
        if self.demo_clock is None:
            return self._written(Message("adapters-console-banner"))
        return self._written(Message("adapters-console-banner-demo-clock"))

    async def run(self, source: TextIO = sys.stdin) -> None:
        interactive = source.isatty()
        if interactive:
            print(self.banner(), file=self.out)
        loop = asyncio.get_running_loop()
        while True:
            if interactive:
                print(f"{self.default_user}> ", end="", file=self.out, flush=True)
            line = await loop.run_in_executor(None, source.readline)
            if not line:
                break
            if interactive and line.strip() in {"quit", "exit"}:
                break
            await self.run_line(line)


def _take_option(words: list[str], name: str) -> str | None:
    """The value after `name` in `words`, both removed; None when it is not there."""
    if name not in words[:-1]:
        return None
    at = words.index(name)
    value = words.pop(at + 1)
    words.pop(at)
    return value


def _take_flag(words: list[str], name: str) -> bool:
    if name not in words:
        return False
    words.remove(name)
    return True
