"""Per-article records and the architecture's new fields.

``article_versions.analysis`` keeps the per-article phase's record, so a story is
compared again from its articles' records without analysing them again;
``stories.holds``, ``mentions.abbreviates``, the failing stage and article of an
error, and ``story_errors`` (what the per-story phase could not do) follow the model.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("article_versions", sa.Column("analysis", sa.JSON(), nullable=True))
    op.add_column("stories", sa.Column("holds", sa.JSON(), nullable=True))
    op.add_column("mentions", sa.Column("abbreviates", sa.JSON(), nullable=True))
    op.add_column("run_errors", sa.Column("stage", sa.Text(), nullable=True))
    op.add_column("run_errors", sa.Column("article", sa.Text(), nullable=True))
    op.create_table(
        "story_errors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=True),
        sa.Column("article", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], name=op.f("fk_story_errors_story_id_stories"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_errors")),
    )
    op.create_index(op.f("ix_story_errors_story_id"), "story_errors", ["story_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_story_errors_story_id"), table_name="story_errors")
    op.drop_table("story_errors")
    with op.batch_alter_table("run_errors") as batch:
        batch.drop_column("article")
        batch.drop_column("stage")
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("abbreviates")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("holds")
    with op.batch_alter_table("article_versions") as batch:
        batch.drop_column("analysis")
