"""Runtime configuration from environment variables and an optional `.env` file."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Literal

import platformdirs
from dotenv import dotenv_values
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.core.identity import Actor, parse_account
from bot.core.names import PROGRAM_NAME_WORD, read_name
from bot.core.sealing import Sealer
from bot.core.value_types import ValueProblem
from bot.i18n.languages import LANGUAGES, matching_language


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("jointclass")),
        alias="JOINTCLASS_DATA_DIR",
    )
    program: str = Field(default="Default program", alias="JOINTCLASS_PROGRAM")
    home_country: str | None = Field(default="KR", alias="JOINTCLASS_HOME_COUNTRY")
    # what a reader gets who chose no language, whose platform sends no locale the bot speaks
    # and whose school's country has none of the bot's languages; English when unset
    language: str | None = Field(default=None, alias="JOINTCLASS_LANGUAGE")
    coordinators: str = Field(default="console:local:coordinator", alias="JOINTCLASS_COORDINATORS")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    log_format: Literal["text", "json"] = Field(default="text", alias="JOINTCLASS_LOG_FORMAT")
    port: int = Field(default=3000, alias="PORT")
    # names this replica in the leader lease (bot.core.leadership): unique per replica (two replicas
    # with one id would both lead); set it to something stable, like the pod name, and a
    # restarted replica retakes its own lease at once (the default, hostname:pid, is not)
    instance_id: str = Field(
        default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}",
        alias="JOINTCLASS_INSTANCE_ID",
    )
    # seconds a SIGTERM lets the commands at work finish before the process exits; what is not
    # done by then stays in the inbox for the next process (bot.core.inbox)
    shutdown_grace: float = Field(default=20.0, ge=0, alias="JOINTCLASS_SHUTDOWN_GRACE")

    # RFC 5546 wants an ORGANIZER on every invite; the bot sends none by e-mail, so no-reply
    calendar_organizer: str = Field(
        default="mailto:noreply@jointclass.invalid", alias="JOINTCLASS_CALENDAR_ORGANIZER"
    )

    slack_bot_token: SecretStr | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_client_id: str | None = Field(default=None, alias="SLACK_CLIENT_ID")
    slack_client_secret: SecretStr | None = Field(default=None, alias="SLACK_CLIENT_SECRET")
    slack_api_url: str | None = Field(default=None, alias="SLACK_API_URL")
    discord_token: SecretStr | None = Field(default=None, alias="DISCORD_TOKEN")
    discord_api_url: str | None = Field(default=None, alias="DISCORD_API_URL")
    # seals the Slack installation tokens kept in the database (bot.core.sealing); keys being
    # retired stay in JOINTCLASS_SECRET_KEY_OLD until the bot has resealed everything at start
    secret_key: SecretStr | None = Field(default=None, alias="JOINTCLASS_SECRET_KEY")
    secret_key_old: SecretStr | None = Field(default=None, alias="JOINTCLASS_SECRET_KEY_OLD")

    @field_validator("program")
    @classmethod
    def _readable_program(cls, value: str) -> str:
        try:
            return read_name(value, PROGRAM_NAME_WORD)
        except ValueProblem as problem:
            raise ValueError(f"JOINTCLASS_PROGRAM: {problem}") from None

    @model_validator(mode="after")
    def _tokens_can_be_sealed(self) -> Settings:
        if self.slack_oauth and self.secret_key is None:
            raise ValueError(
                "multi-workspace Slack (SLACK_CLIENT_ID) keeps each workspace's bot token in the "
                "database, sealed with JOINTCLASS_SECRET_KEY: set it to a Fernet key (see README, "
                "Configuration)"
            )
        self.sealer()  # a key that is not a Fernet key is refused here, not at the first install
        return self

    @field_validator("home_country")
    @classmethod
    def _upper_country(cls, value: str | None) -> str | None:
        return value.strip().upper() or None if value else None

    @field_validator("language")
    @classmethod
    def _spoken_language(cls, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        found = matching_language(value)
        if found is None:
            spoken = ", ".join(language.tag for language in LANGUAGES)
            raise ValueError(f"JOINTCLASS_LANGUAGE must be one of {spoken}, not {value!r}")
        return found.tag

    @field_validator("calendar_organizer")
    @classmethod
    def _mailto(cls, value: str) -> str:
        """`noreply@school.example` or `mailto:noreply@school.example`, kept as the latter."""
        address = value.strip()
        if address.lower().startswith("mailto:"):
            address = address[len("mailto:") :]
        name, at, domain = address.partition("@")
        if not (name and at and "." in domain) or any(c.isspace() or c in "<>,;:" for c in address):
            raise ValueError(
                "JOINTCLASS_CALENDAR_ORGANIZER must be an e-mail address, like "
                f"noreply@school.example, not {value!r}"
            )
        return f"mailto:{address}"

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_signing_secret and (self.slack_bot_token or self.slack_client_id))

    @property
    def slack_oauth(self) -> bool:
        """Installed into many workspaces through OAuth, their tokens kept in the database."""
        return bool(self.slack_client_id and self.slack_client_secret)

    def sealer(self) -> Sealer | None:
        """What seals stored secrets, when `JOINTCLASS_SECRET_KEY` is set."""
        if self.secret_key is None:
            return None
        old = self.secret_key_old.get_secret_value() if self.secret_key_old else ""
        return Sealer.from_environment(self.secret_key.get_secret_value(), old)

    @property
    def discord_enabled(self) -> bool:
        return self.discord_token is not None

    def resolved_database_url(self) -> str:
        from storage.engine import default_url

        return self.database_url or default_url(self.data_dir)

    def configured_coordinators(self) -> list[Actor]:
        """`JOINTCLASS_COORDINATORS`: comma-separated `platform:workspace:user_id` entries."""
        actors = []
        for entry in (e.strip() for e in self.coordinators.split(",")):
            if not entry:
                continue
            try:
                actors.append(parse_account(entry))
            except ValueProblem:
                raise ValueError(
                    f"JOINTCLASS_COORDINATORS entry '{entry}' must be platform:workspace:user_id"
                ) from None
        return actors


def language_setting() -> str | None:
    """`JOINTCLASS_LANGUAGE` read on its own (the environment, then `.env`, as `Settings` reads
    it), to say in that language why the settings as a whole do not read."""
    return os.environ.get("JOINTCLASS_LANGUAGE") or dotenv_values(".env").get("JOINTCLASS_LANGUAGE")
