"""states as types: a CHECK constraint holds each status column to its StrEnum

Existing rows already hold these values (the code wrote nothing else), so the constraints are
added in place; SQLite has no ALTER TABLE … ADD CONSTRAINT, so batch mode copies each table
into one that has them (`storage.migrate` turns foreign keys off meanwhile).

The values are written out here, not read from `storage.models`: a migration describes the
schema of its day, and a state added later comes with a migration of its own.

Revision ID: c5e5bd295f61
Revises: ed8c777b49ec
Create Date: 2026-12-05 18:41:13.907811
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c5e5bd295f61"
down_revision: str | None = "ed8c777b49ec"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table → constraint → (column, the values it may hold)
CHECKS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "school": {
        "ck_school_side": ("side", ("home", "partner")),
        "ck_school_source": ("source", ("chat", "import")),
    },
    "partnership": {
        "ck_partnership_status": ("status", ("active", "ended")),
        "ck_partnership_source": ("source", ("request", "tieup")),
    },
    "partnershiprequest": {
        "ck_partnershiprequest_status": ("status", ("pending", "accepted", "declined")),
    },
    "outboundmessage": {
        "ck_outboundmessage_target_kind": ("target_kind", ("user", "channel")),
        "ck_outboundmessage_status": ("status", ("pending", "sending", "sent", "refused")),
    },
    "exchangesession": {
        "ck_exchangesession_within": ("within", ("class_hours", "after_school")),
        "ck_exchangesession_status": ("status", ("pending", "booked", "cancelled")),
    },
    "slotoffer": {
        "ck_slotoffer_within": ("within", ("class_hours", "after_school")),
    },
    "feedbackanswer": {
        "ck_feedbackanswer_status": ("status", ("held", "postponed", "cancelled")),
    },
    "reminder": {
        "ck_reminder_kind": (
            "kind",
            ("lead", "preliminary", "practice", "day_before", "agenda", "step", "end"),
        ),
        "ck_reminder_status": ("status", ("pending", "sent", "skipped", "cancelled")),
    },
}


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def upgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for name, (column, values) in checks.items():
                batch.create_check_constraint(name, _one_of(column, values))


def downgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for name in checks:
                batch.drop_constraint(name, type_="check")
