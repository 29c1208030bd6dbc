"""The initial schema: one table per record (see storylens/store/tables.py for what each holds).

Revision ID: 0001
Revises: (none)
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('http_cache',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('digest', sa.Text(), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_http_cache'))
    )
    op.create_table('outlets',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlets')),
    sa.UniqueConstraint('name', name=op.f('uq_outlets_name'))
    )
    op.create_table('stories',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('articles', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('disputes', sa.Integer(), nullable=False),
    sa.Column('first_date', sa.Text(), nullable=True),
    sa.Column('last_date', sa.Text(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('analysed_revision', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stories'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.Text(), nullable=True),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('versions', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_articles_outlet_id_outlets'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_articles_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('story_id', 'key', name=op.f('uq_articles_story_id_key')),
    sa.UniqueConstraint('url', name=op.f('uq_articles_url'))
    )
    op.create_index(op.f('ix_articles_outlet_id'), 'articles', ['outlet_id'], unique=False)
    op.create_index(op.f('ix_articles_story_id'), 'articles', ['story_id'], unique=False)
    op.create_table('entities',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('names', sa.JSON(), nullable=False),
    sa.Column('articles', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_entities_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entities'))
    )
    op.create_index(op.f('ix_entities_story_id'), 'entities', ['story_id'], unique=False)
    op.create_table('groups',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('articles', sa.JSON(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('story_key', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_groups_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups'))
    )
    op.create_index(op.f('ix_groups_status'), 'groups', ['status'], unique=False)
    op.create_index(op.f('ix_groups_story_id'), 'groups', ['story_id'], unique=False)
    op.create_table('runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('command', sa.Text(), nullable=False),
    sa.Column('inputs', sa.JSON(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('story_id', sa.Integer(), nullable=True),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('new_versions', sa.Integer(), nullable=False),
    sa.Column('errors', sa.Integer(), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_runs_story_id_stories'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_runs'))
    )
    op.create_index(op.f('ix_runs_story_id'), 'runs', ['story_id'], unique=False)
    op.create_table('article_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.Text(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('doc_id', sa.Text(), nullable=False),
    sa.Column('raw_text', sa.Text(), nullable=True),
    sa.Column('raw_html', sa.Text(), nullable=True),
    sa.Column('doc_meta', sa.JSON(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=True),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('genre', sa.Text(), nullable=True),
    sa.Column('removed', sa.JSON(), nullable=False),
    sa.Column('headings', sa.JSON(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_versions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_article_versions_run_id_runs'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_versions')),
    sa.UniqueConstraint('article_id', 'version', name=op.f('uq_article_versions_article_id_version'))
    )
    op.create_index(op.f('ix_article_versions_article_id'), 'article_versions', ['article_id'], unique=False)
    op.create_index(op.f('ix_article_versions_content_hash'), 'article_versions', ['content_hash'], unique=False)
    op.create_index('ix_article_versions_current', 'article_versions', ['article_id', 'current'], unique=False)
    op.create_index(op.f('ix_article_versions_run_id'), 'article_versions', ['run_id'], unique=False)
    op.create_table('entity_names',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_entity_names_entity_id_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entity_names'))
    )
    op.create_index(op.f('ix_entity_names_entity_id'), 'entity_names', ['entity_id'], unique=False)
    op.create_index(op.f('ix_entity_names_name'), 'entity_names', ['name'], unique=False)
    op.create_table('run_errors',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_run_errors_run_id_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_run_errors'))
    )
    op.create_index(op.f('ix_run_errors_run_id'), 'run_errors', ['run_id'], unique=False)
    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('entities', sa.JSON(), nullable=False),
    sa.Column('modality', sa.Text(), nullable=False),
    sa.Column('attributed_to', sa.Text(), nullable=True),
    sa.Column('sentence', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_claims_story_id_stories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['article_versions.id'], name=op.f('fk_claims_version_id_article_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    op.create_index(op.f('ix_claims_story_id'), 'claims', ['story_id'], unique=False)
    op.create_index(op.f('ix_claims_version_id'), 'claims', ['version_id'], unique=False)
    op.create_table('framing',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('genre', sa.Text(), nullable=True),
    sa.Column('frames', sa.JSON(), nullable=False),
    sa.Column('techniques', sa.JSON(), nullable=False),
    sa.Column('genre_reasons', sa.JSON(), nullable=False),
    sa.Column('emphasis', sa.JSON(), nullable=False),
    sa.Column('top_frame', sa.Text(), nullable=True),
    sa.Column('top_score', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_framing_story_id_stories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['article_versions.id'], name=op.f('fk_framing_version_id_article_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_framing'))
    )
    op.create_index(op.f('ix_framing_story_id'), 'framing', ['story_id'], unique=False)
    op.create_index(op.f('ix_framing_version_id'), 'framing', ['version_id'], unique=False)
    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('normal', sa.Text(), nullable=False),
    sa.Column('entity_key', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_mentions_entity_id_entities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['article_versions.id'], name=op.f('fk_mentions_version_id_article_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    op.create_index(op.f('ix_mentions_entity_id'), 'mentions', ['entity_id'], unique=False)
    op.create_index(op.f('ix_mentions_version_id'), 'mentions', ['version_id'], unique=False)
    op.create_table('quotes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=False),
    sa.Column('speaker_entity_id', sa.Integer(), nullable=True),
    sa.Column('speaker_entity_key', sa.Text(), nullable=True),
    sa.Column('speaker_kind', sa.Text(), nullable=False),
    sa.Column('speaker_as_written', sa.Text(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('same_as', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_entity_id'], ['entities.id'], name=op.f('fk_quotes_speaker_entity_id_entities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_quotes_story_id_stories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['article_versions.id'], name=op.f('fk_quotes_version_id_article_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes'))
    )
    op.create_index(op.f('ix_quotes_speaker_entity_id'), 'quotes', ['speaker_entity_id'], unique=False)
    op.create_index(op.f('ix_quotes_story_id'), 'quotes', ['story_id'], unique=False)
    op.create_index(op.f('ix_quotes_version_id'), 'quotes', ['version_id'], unique=False)
    op.create_table('sentences',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=True),
    sa.Column('paragraph', sa.Integer(), nullable=False),
    sa.Column('heading', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['article_versions.id'], name=op.f('fk_sentences_version_id_article_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sentences'))
    )
    op.create_index(op.f('ix_sentences_version_id'), 'sentences', ['version_id'], unique=False)
    op.create_table('group_claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_group_claims_claim_id_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_group_claims_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_claims'))
    )
    op.create_index(op.f('ix_group_claims_claim_id'), 'group_claims', ['claim_id'], unique=False)
    op.create_index(op.f('ix_group_claims_group_id'), 'group_claims', ['group_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_group_claims_group_id'), table_name='group_claims')
    op.drop_index(op.f('ix_group_claims_claim_id'), table_name='group_claims')
    op.drop_table('group_claims')
    op.drop_index(op.f('ix_sentences_version_id'), table_name='sentences')
    op.drop_table('sentences')
    op.drop_index(op.f('ix_quotes_version_id'), table_name='quotes')
    op.drop_index(op.f('ix_quotes_story_id'), table_name='quotes')
    op.drop_index(op.f('ix_quotes_speaker_entity_id'), table_name='quotes')
    op.drop_table('quotes')
    op.drop_index(op.f('ix_mentions_version_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_entity_id'), table_name='mentions')
    op.drop_table('mentions')
    op.drop_index(op.f('ix_framing_version_id'), table_name='framing')
    op.drop_index(op.f('ix_framing_story_id'), table_name='framing')
    op.drop_table('framing')
    op.drop_index(op.f('ix_claims_version_id'), table_name='claims')
    op.drop_index(op.f('ix_claims_story_id'), table_name='claims')
    op.drop_table('claims')
    op.drop_index(op.f('ix_run_errors_run_id'), table_name='run_errors')
    op.drop_table('run_errors')
    op.drop_index(op.f('ix_entity_names_name'), table_name='entity_names')
    op.drop_index(op.f('ix_entity_names_entity_id'), table_name='entity_names')
    op.drop_table('entity_names')
    op.drop_index(op.f('ix_article_versions_run_id'), table_name='article_versions')
    op.drop_index('ix_article_versions_current', table_name='article_versions')
    op.drop_index(op.f('ix_article_versions_content_hash'), table_name='article_versions')
    op.drop_index(op.f('ix_article_versions_article_id'), table_name='article_versions')
    op.drop_table('article_versions')
    op.drop_index(op.f('ix_runs_story_id'), table_name='runs')
    op.drop_table('runs')
    op.drop_index(op.f('ix_groups_story_id'), table_name='groups')
    op.drop_index(op.f('ix_groups_status'), table_name='groups')
    op.drop_table('groups')
    op.drop_index(op.f('ix_entities_story_id'), table_name='entities')
    op.drop_table('entities')
    op.drop_index(op.f('ix_articles_story_id'), table_name='articles')
    op.drop_index(op.f('ix_articles_outlet_id'), table_name='articles')
    op.drop_table('articles')
    op.drop_table('stories')
    op.drop_table('outlets')
    op.drop_table('http_cache')
