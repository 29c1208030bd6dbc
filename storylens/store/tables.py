"""The store's tables: one per record, foreign keys declared, a ``name`` or ``title`` on every table people browse.

This module is what the code queries; the DDL itself lives in the Alembic
migrations under ``migrations/versions/`` (a test checks the two agree).
Article-scoped rows hang off ``article_versions``; story-scoped rows
(entities, quotes' links, groups) hang off ``stories`` and are replaced when
the story is re-compared. Spans are integer ``start``/``end`` pairs into the
version's cleaned ``text``; structured values are JSON.
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, Table, Text,
                        UniqueConstraint)

NAMING = {"ix": "ix_%(table_name)s_%(column_0_N_name)s", "uq": "uq_%(table_name)s_%(column_0_N_name)s",
          "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "pk": "pk_%(table_name)s"}
metadata = MetaData(naming_convention=NAMING)


def _pk() -> Column:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _fk(name: str, target: str, nullable: bool = False, ondelete: str | None = "CASCADE") -> Column:
    return Column(name, Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


runs = Table(
    "runs", metadata, _pk(),
    Column("title", Text, nullable=False),  # e.g. "add 3 input(s)"
    Column("command", Text, nullable=False),
    Column("inputs", JSON, nullable=False),  # what was asked for: paths and options, to resume an interrupted run
    Column("status", Text, nullable=False),  # running | done | interrupted
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    _fk("story_id", "stories.id", nullable=True, ondelete="SET NULL"),
    Column("added", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("new_versions", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("pid", Integer),  # the process that ran it
)

run_errors = Table(
    "run_errors", metadata, _pk(),
    _fk("run_id", "runs.id"),
    Column("name", Text, nullable=False),  # the input (file, JSONL line or URL) that could not be read
    Column("error", Text, nullable=False),
    Column("stage", Text),  # the stage that failed, when the input was read but its analysis failed
    Column("article", Text),
)

outlets = Table(
    "outlets", metadata, _pk(),
    Column("name", Text, nullable=False, unique=True),
)

stories = Table(
    "stories", metadata, _pk(),
    Column("key", Text, nullable=False),  # the story's id inside its report
    Column("title", Text, nullable=False),
    Column("languages", JSON, nullable=False),
    Column("articles", Integer, nullable=False, default=0),
    Column("conflicts", Integer, nullable=False, default=0),
    Column("disputes", Integer, nullable=False, default=0),
    Column("first_date", Text),
    Column("last_date", Text),
    # revision grows each time an article joins or changes; analysed_revision is the one the stored comparison
    # reflects, so a story whose numbers differ is re-compared by the next add (an interrupted add resumes this way)
    Column("revision", Integer, nullable=False, default=0),
    Column("analysed_revision", Integer),
    Column("holds", JSON),  # the facts the stored analysis holds (Report.holds)
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles", metadata, _pk(),
    _fk("story_id", "stories.id"),
    Column("key", Text, nullable=False),  # the article's id inside its story's report
    Column("title", Text),
    Column("url", Text, unique=True),  # an article seen again at this URL with new text becomes a new version
    _fk("outlet_id", "outlets.id", nullable=True, ondelete="SET NULL"),
    Column("language", Text),
    Column("published", Text),
    Column("versions", Integer, nullable=False, default=1),
    Column("position", Integer, nullable=False),  # order inside the story, as the inputs came
    UniqueConstraint("story_id", "key"),
)

article_versions = Table(
    "article_versions", metadata, _pk(),
    _fk("article_id", "articles.id"),
    Column("version", Integer, nullable=False),
    Column("current", Boolean, nullable=False),
    Column("title", Text),
    Column("content_hash", Text, nullable=False, index=True),  # sha256 of the cleaned text
    _fk("run_id", "runs.id", nullable=True, ondelete="SET NULL"),
    Column("added_at", DateTime(timezone=True), nullable=False),
    # the input as read (before cleaning), so any phase can be re-run from the store alone
    Column("doc_id", Text, nullable=False),
    Column("raw_text", Text),
    Column("raw_html", Text),
    Column("doc_meta", JSON, nullable=False),
    # the cleaned article
    Column("source", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("language", Text),
    Column("published", Text),
    Column("author", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("genre", Text),
    Column("removed", JSON, nullable=False),
    Column("headings", JSON, nullable=False),
    Column("flags", JSON, nullable=False),
    Column("meta", JSON, nullable=False),
    # the per-article phase's record (storylens.article/1): every story phase starts from it, never re-analyses
    Column("analysis", JSON),
    UniqueConstraint("article_id", "version"),
)

sentences = Table(
    "sentences", metadata, _pk(),
    _fk("version_id", "article_versions.id"),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("language", Text),
    Column("paragraph", Integer, nullable=False),
    Column("heading", Boolean, nullable=False),
)

entities = Table(
    "entities", metadata, _pk(),
    _fk("story_id", "stories.id"),
    Column("key", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("names", JSON, nullable=False),
    Column("articles", JSON, nullable=False),  # article keys, in report order
)

entity_names = Table(
    "entity_names", metadata, _pk(),
    _fk("entity_id", "entities.id"),
    Column("name", Text, nullable=False, index=True),  # every written form: search one script, find the others
)

mentions = Table(
    "mentions", metadata, _pk(),
    _fk("entity_id", "entities.id"),
    _fk("version_id", "article_versions.id"),
    Column("name", Text, nullable=False),  # the surface text
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("normal", Text, nullable=False),
    Column("entity_key", Text),
    Column("source", Text, nullable=False),
    Column("abbreviates", JSON),  # the span of the name an acronym stands for
)

quotes = Table(
    "quotes", metadata, _pk(),
    _fk("story_id", "stories.id"),
    _fk("version_id", "article_versions.id"),
    Column("key", Text, nullable=False),
    Column("title", Text, nullable=False),  # speaker and the quote's opening words
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", Text, nullable=False),
    Column("speaker", Text, nullable=False),
    _fk("speaker_entity_id", "entities.id", nullable=True, ondelete="SET NULL"),
    Column("speaker_entity_key", Text),
    Column("speaker_kind", Text, nullable=False),
    Column("speaker_as_written", Text),
    Column("cue", Text),
    Column("same_as", JSON, nullable=False),
)

claims = Table(
    "claims", metadata, _pk(),
    _fk("story_id", "stories.id"),
    _fk("version_id", "article_versions.id"),
    Column("key", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("values", JSON, nullable=False),  # each value with its kind, normalised value, unit and span
    Column("entities", JSON, nullable=False),
    Column("modality", Text, nullable=False),
    Column("attributed_to", Text),
    Column("sentence", Integer),
)

groups = Table(
    "groups", metadata, _pk(),
    _fk("story_id", "stories.id"),
    Column("key", Text, nullable=False),
    Column("title", Text, nullable=False),  # the topic
    Column("status", Text, nullable=False, index=True),
    Column("articles", JSON, nullable=False),
    Column("value", JSON),
    Column("note", Text),
    Column("story_key", Text),
    Column("rank", Integer),  # importance within its story (1 first): the order the matrix shows rows in
)

group_claims = Table(
    "group_claims", metadata, _pk(),
    _fk("group_id", "groups.id"),
    _fk("claim_id", "claims.id"),
)

framing = Table(
    "framing", metadata, _pk(),
    _fk("story_id", "stories.id"),
    _fk("version_id", "article_versions.id"),
    Column("title", Text),  # the article's title
    Column("genre", Text),
    Column("frames", JSON, nullable=False),
    Column("techniques", JSON, nullable=False),
    Column("genre_reasons", JSON, nullable=False),
    Column("emphasis", JSON, nullable=False),
    Column("top_frame", Text),
    Column("top_score", Float),
)

story_errors = Table(
    "story_errors", metadata, _pk(),
    _fk("story_id", "stories.id"),
    Column("name", Text, nullable=False),  # the article (or story) the per-story or per-article phase failed on
    Column("error", Text, nullable=False),
    Column("stage", Text),
    Column("article", Text),
)

http_cache = Table(
    "http_cache", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("digest", Text),  # sha256 of what was kept (feed bytes, a page's extracted text): a 200 may be unchanged
    Column("fetched_at", DateTime(timezone=True), nullable=False),
)

Index("ix_article_versions_current", article_versions.c.article_id, article_versions.c.current)

# Tables a person browses, in the order Datasette and the export list them.
BROWSED = ("stories", "articles", "article_versions", "outlets", "entities", "entity_names", "mentions", "quotes",
           "claims", "groups", "group_claims", "framing", "sentences", "runs", "run_errors", "story_errors", "http_cache")
