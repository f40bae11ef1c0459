"""Installing into many workspaces: Bolt's OAuth flow, installations kept in the bot's database.

slack_sdk's SQLAlchemy stores run on the bot's own engine (`DATABASE_URL`), so one backup holds
everything and several replicas share the installations. Their tables (`slack_bots`,
`slack_installations`, `slack_oauth_states`) have slack_sdk's shape, not ours: they live outside
the SQLModel metadata and its migrations, and slack_sdk creates them, idempotently, when the
adapter starts in OAuth mode. A single-workspace bot never creates them.

Their token columns are sealed with `JOINTCLASS_SECRET_KEY` (`bot.core.sealing`): the store
writes and reads them through sealed copies of slack_sdk's tables, and each start seals what an
older version kept in clear and reseals what a retired key sealed, so a rotated-out key can be
dropped from `JOINTCLASS_SECRET_KEY_OLD` once the bot has started with the new one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from sqlalchemy import MetaData

from bot.core.sealing import Sealer
from storage.engine import Engine
from storage.repositories.slack_installations import (
    newest_bot_token,
    reseal_tokens,
    sealed_copy,
    widen_token_columns,
)

logger = logging.getLogger(__name__)

STATE_LIFETIME_SECONDS = 600  # how long an "Add to Slack" link stays valid


class WorkspaceNotInstalled(LookupError):
    """No installation holds a bot token for the workspace (never installed, or uninstalled)."""


class SealedInstallationStore(AsyncSQLAlchemyInstallationStore):
    """slack_sdk's store on sealed copies of its tables: tokens are sealed as they are written
    and opened as they are read, by every query slack_sdk and Bolt make."""

    def __init__(self, client_id: str, engine: Engine, sealer: Sealer) -> None:
        super().__init__(client_id=client_id, engine=engine, logger=logger)
        self.plain_tables = (self.bots, self.installations)  # values as stored, to reseal
        self.metadata = MetaData()
        self.bots = sealed_copy(self.bots, self.metadata, sealer)
        self.installations = sealed_copy(self.installations, self.metadata, sealer)
        self.sealer = sealer

    async def create_tables(self) -> None:
        """Create the tables (once), make room for sealed tokens, seal what is still clear."""
        await super().create_tables()
        await widen_token_columns(self.engine, self.plain_tables)
        resealed = await reseal_tokens(self.engine, self.plain_tables, self.sealer)
        if resealed:
            logger.info("Sealed %d stored Slack token(s) with JOINTCLASS_SECRET_KEY", resealed)


class InstalledWorkspaces:
    """Bot tokens of the workspaces that installed the app through OAuth."""

    def __init__(self, store: SealedInstallationStore) -> None:
        self.store = store

    async def bot_token(self, workspace: str) -> str:
        """The newest bot token for the workspace's team id (or org id, for org-wide installs).

        slack_sdk's own `find_bot` also wants the Enterprise Grid org id, which a queued message
        does not carry; a team id is unique across Slack, so it alone finds the installation.
        """
        store = self.store
        token = await newest_bot_token(store.engine, store.bots, store.client_id, workspace)
        if token is None:
            raise WorkspaceNotInstalled(f"the Slack app is not installed in workspace {workspace}")
        return token


async def oauth_settings(
    engine: Engine, client_id: str, client_secret: str, scopes: Sequence[str], sealer: Sealer
) -> tuple[AsyncOAuthSettings, InstalledWorkspaces]:
    """Bolt's OAuth settings (`/slack/install`, `/slack/oauth_redirect`) on the bot's database,
    its tokens sealed with `sealer`."""
    store = SealedInstallationStore(client_id, engine, sealer)
    states = AsyncSQLAlchemyOAuthStateStore(
        expiration_seconds=STATE_LIFETIME_SECONDS, engine=engine, logger=logger
    )
    await store.create_tables()
    await states.create_tables()
    settings = AsyncOAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=list(scopes),
        installation_store=store,
        state_store=states,
        state_expiration_seconds=STATE_LIFETIME_SECONDS,
        logger=logger,
    )
    return settings, InstalledWorkspaces(store)
