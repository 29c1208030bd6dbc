"""Story clustering: each version's signature, each story's running sums, postings of keys, language means.

``article_versions.signature`` keeps what clustering knows about the version
(``storylens.cluster.signature``); ``stories`` gain the sums scoring needs
(``centroid``: summed centred vectors, ``cluster_keys``: key counts, the first
and last day); ``cluster_postings`` finds the
stories holding a key in a time window; ``cluster_centres`` keeps each
language's running sum of vectors.

Revision ID: 0005_story_clustering
Revises: 0004_group_rank
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_story_clustering"
down_revision = "0004_group_rank"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("article_versions", sa.Column("signature", sa.JSON(), nullable=True))
    op.add_column("stories", sa.Column("centroid", sa.Text(), nullable=True))
    op.add_column("stories", sa.Column("cluster_keys", sa.JSON(), nullable=True))
    op.add_column("stories", sa.Column("first_day", sa.Integer(), nullable=True))
    op.add_column("stories", sa.Column("last_day", sa.Integer(), nullable=True))
    op.create_table(
        "cluster_postings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_cluster_postings_article_id_articles"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_postings")),
    )
    op.create_index(op.f("ix_cluster_postings_article_id"), "cluster_postings", ["article_id"], unique=False)
    op.create_index("ix_cluster_postings_key_day", "cluster_postings", ["key", "day"], unique=False)
    op.create_table(
        "cluster_centres",
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("language", name=op.f("pk_cluster_centres")),
    )


def downgrade() -> None:
    op.drop_table("cluster_centres")
    op.drop_index("ix_cluster_postings_key_day", table_name="cluster_postings")
    op.drop_index(op.f("ix_cluster_postings_article_id"), table_name="cluster_postings")
    op.drop_table("cluster_postings")
    with op.batch_alter_table("stories") as batch:
        for name in ("last_day", "first_day", "cluster_keys", "centroid"):
            batch.drop_column(name)
    with op.batch_alter_table("article_versions") as batch:
        batch.drop_column("signature")
