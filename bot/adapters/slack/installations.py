"""Installing into many workspaces: Bolt's OAuth flow, installations kept in the bot's database.

slack_sdk's SQLAlchemy stores run on the bot's own engine (`DATABASE_URL`), so one backup holds
everything and several replicas share the installations. Their tables (`slack_bots`,
`slack_installations`, `slack_oauth_states`) have slack_sdk's shape, not ours: they live outside
the SQLModel metadata and its migrations, and slack_sdk creates them, idempotently, when the
adapter starts in OAuth mode. A single-workspace bot never creates them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore

from storage.engine import Engine
from storage.repositories.slack_installations import newest_bot_token

logger = logging.getLogger(__name__)

STATE_LIFETIME_SECONDS = 600  # how long an "Add to Slack" link stays valid


class WorkspaceNotInstalled(LookupError):
    """No installation holds a bot token for the workspace (never installed, or uninstalled)."""


class InstalledWorkspaces:
    """Bot tokens of the workspaces that installed the app through OAuth."""

    def __init__(self, store: AsyncSQLAlchemyInstallationStore) -> None:
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
    engine: Engine, client_id: str, client_secret: str, scopes: Sequence[str]
) -> tuple[AsyncOAuthSettings, InstalledWorkspaces]:
    """Bolt's OAuth settings (`/slack/install`, `/slack/oauth_redirect`) on the bot's database."""
    store = AsyncSQLAlchemyInstallationStore(client_id=client_id, engine=engine, logger=logger)
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
