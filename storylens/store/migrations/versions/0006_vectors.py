"""Sentence vectors by model and text hash, so a story is compared again without embedding its articles again.

Revision ID: 0006_vectors
Revises: 0005_story_clustering
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_vectors"
down_revision = "0005_story_clustering"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vectors",
        sa.Column("model", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("model", "key", name=op.f("pk_vectors")),
    )


def downgrade() -> None:
    op.drop_table("vectors")
