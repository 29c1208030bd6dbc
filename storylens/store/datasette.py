"""Datasette metadata for a store: table descriptions and canned queries, served by a Datasette plugin.

Installed with storylens, this module is a Datasette plugin (entry point
``datasette``): ``datasette storylens.db`` finds any SQLite file that is a
storylens store and describes it, no ``--metadata`` file needed. Datasette
installed elsewhere can use ``metadata()`` written to a file instead.
"""
from __future__ import annotations

import sqlite3

DESCRIPTIONS = {
    "stories": "One row per story: the articles that cover one event, with counts of conflicting and disputed rows.",
    "articles": "One row per article (one URL or one input), with the story it belongs to; versions hold its text.",
    "article_versions": "Every text an article has had: the input as read, the cleaned text and its metadata. "
                        "`current` marks the one analysed; older versions are history.",
    "outlets": "Publications the articles came from.",
    "entities": "People, organisations, places and named things, linked across the articles of one story.",
    "entity_names": "Every written form of an entity, in every script: search one, find the others.",
    "mentions": "Each place an entity is named: the text as written and its span in the article version.",
    "quotes": "Direct, partial and indirect quotes with their speakers; `same_as` links one statement across articles.",
    "claims": "Statements with normalised values (counts, money, dates...) and their modality.",
    "groups": "Rows of the comparison matrix: claims grouped across sources as agreed, single_source, conflicting "
              "or disputed.",
    "group_claims": "Which claims make up each comparison row.",
    "framing": "Per article: genre, frames with scores and evidence, persuasion techniques.",
    "sentences": "Sentences of each article version, with offsets into its text and their language.",
    "runs": "Each `storylens add`: what it was asked to read and what it added.",
    "run_errors": "Inputs a run could not read or analyse, and why (with the failing stage, when one did).",
    "story_errors": "What a story's analysis could not do: the article or stage that failed, and why.",
    "http_cache": "What the fetcher remembers per URL (ETag, Last-Modified, digest of the content) for conditional requests.",
    "matrix": "The comparison matrix, one row per claim in a group: story, topic, status, article, outlet, language.",
    "quotes_by_speaker": "Quotes with their speaker's linked name, story, article, outlet and language.",
}

QUERIES = {
    "conflicting_and_disputed": {
        "title": "Conflicting and disputed rows by story",
        "description": "Comparison rows where sources disagree on a value or contradict each other; leave story empty "
                       "for all stories.",
        "sql": "select story_id, story, group_id, topic, status, note, article, outlet, language, claim\n"
               "from matrix\nwhere status in ('conflicting', 'disputed')\n"
               "  and (:story = '' or story_id = cast(:story as integer))\n"
               "order by story_id, group_id, article_id",
    },
    "everything_one_person_said": {
        "title": "Everything one person said",
        "description": "Every quote of a person across stories and languages; any written form of the name works.",
        "sql": "select speaker, story, article, outlet, language, published, kind, quote\n"
               "from quotes_by_speaker\n"
               "where entity_id in (select entity_id from entity_names where name like '%' || :person || '%')\n"
               "   or speaker like '%' || :person || '%'\n"
               "order by story_id, article_id, quote_id",
    },
    "articles_by_outlet_and_language": {
        "title": "Articles by outlet and language",
        "description": "How many articles each outlet contributed in each language, over how many stories and dates.",
        "sql": "select coalesce(o.name, '(no outlet)') as outlet, a.language, count(*) as articles,\n"
               "       count(distinct a.story_id) as stories, min(a.published) as first, max(a.published) as last\n"
               "from articles a left join outlets o on o.id = a.outlet_id\n"
               "group by o.name, a.language\norder by articles desc, outlet",
    },
}


def metadata() -> dict:
    """The metadata of one store database: title, table descriptions, canned queries."""
    return {"title": "storylens store", "description": "How stories are told across outlets and languages: "
            "articles, entities, quotes, claims and where sources agree or conflict.",
            "tables": {name: {"description": text} for name, text in DESCRIPTIONS.items()},
            "queries": QUERIES}


def is_store(path: str | None) -> bool:
    """Whether a SQLite file is a storylens store (it has the store's tables)."""
    if not path:
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return False
    return {"alembic_version", "stories", "article_versions", "groups"} <= names


try:
    from datasette import hookimpl
except ImportError:  # Datasette is optional: without it this module only builds metadata
    hookimpl = None

if hookimpl is not None:
    @hookimpl
    def get_metadata(datasette, key, database, table):
        known = datasette.__dict__.setdefault("_storylens_stores", {})
        for name, db in datasette.databases.items():
            if name not in known:
                known[name] = is_store(getattr(db, "path", None))
        return {"databases": {name: metadata() for name, ok in known.items() if ok}}
