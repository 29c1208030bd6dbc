"""Views for the comparison matrix and for quotes by speaker; full-text search on articles, quotes and names.

SQLite gets FTS5 tables kept in step by triggers (Datasette finds them by the
``content=[table]`` option, written in brackets as it looks for, and offers a search box); PostgreSQL gets GIN indexes on
``to_tsvector('simple', ...)``, the expressions ``storylens.store.read.search`` queries.
The 'simple' configuration and unicode61 both fold case in every script and stem nothing,
so a name matches in any language.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MATRIX = """
CREATE VIEW matrix AS
SELECT g.story_id, s.title AS story, g.id AS group_id, g.title AS topic, g.status, g.value, g.note,
       c.id AS claim_id, c.text AS claim, c.modality, a.id AS article_id, v.title AS article,
       o.name AS outlet, v.language, v.published
FROM groups g
JOIN stories s ON s.id = g.story_id
JOIN group_claims gc ON gc.group_id = g.id
JOIN claims c ON c.id = gc.claim_id
JOIN article_versions v ON v.id = c.version_id
JOIN articles a ON a.id = v.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
"""

QUOTES_BY_SPEAKER = """
CREATE VIEW quotes_by_speaker AS
SELECT COALESCE(e.name, q.speaker) AS speaker, q.speaker_entity_id AS entity_id, q.speaker_kind,
       q.story_id, s.title AS story, a.id AS article_id, v.title AS article, o.name AS outlet,
       v.language, v.published, q.kind, q.text AS quote, q.id AS quote_id
FROM quotes q
JOIN stories s ON s.id = q.story_id
JOIN article_versions v ON v.id = q.version_id
JOIN articles a ON a.id = v.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN entities e ON e.id = q.speaker_entity_id
"""

# table -> the columns searched (SQLite FTS5 columns; concatenated into one tsvector on PostgreSQL)
SEARCHED = {"article_versions": ("title", "text"), "quotes": ("speaker", "text"), "entity_names": ("name",)}


def _sqlite_fts(table: str, cols: tuple[str, ...]) -> list[str]:
    fts, names = f"{table}_fts", ", ".join(cols)
    new, old = ", ".join(f"new.{c}" for c in cols), ", ".join(f"old.{c}" for c in cols)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content=[{table}], content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {names} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END",
    ]


def pg_document(cols: tuple[str, ...]) -> str:
    return "to_tsvector('simple', " + " || ' ' || ".join(f"coalesce({c}, '')" for c in cols) + ")"


def upgrade() -> None:
    op.execute(MATRIX)
    op.execute(QUOTES_BY_SPEAKER)
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, cols in SEARCHED.items():
        if sqlite:
            for stmt in _sqlite_fts(table, cols):
                op.execute(stmt)
        else:
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin ({pg_document(cols)})")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in SEARCHED:
        if sqlite:
            for suffix in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER {table}_fts_{suffix}")
            op.execute(f"DROP TABLE {table}_fts")
        else:
            op.execute(f"DROP INDEX ix_{table}_search")
    op.execute("DROP VIEW quotes_by_speaker")
    op.execute("DROP VIEW matrix")
