"""partnership stages: each move of a pair from online exchange to a visit to a signed agreement

One new table and nothing else: rows a database already holds are not touched, and a
partnership with no move yet is at the first stage (online exchange). The stage is held to
its values by a CHECK constraint, as every state is.

Revision ID: 3f1c2a7d9e10
Revises: f776faec1d70
Create Date: 2026-12-05 22:25:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.utc

revision: str = "3f1c2a7d9e10"
down_revision: str | None = "f776faec1d70"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stagemove",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "online",
                "visit-planned",
                "visited",
                "mou-signed",
                name="ck_stagemove_stage",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("host_school", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column("recorded_at", storage.utc.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["host_school"], ["school.id"]),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stagemove", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stagemove_partnership_id"), ["partnership_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("stagemove", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stagemove_partnership_id"))
    op.drop_table("stagemove")
