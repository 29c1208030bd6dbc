"""Reading a store: the story list, a story loaded back into a ``Report``, full-text search."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, select, text

from ..errors import StoreError
from ..model import InputError, Report, Story
from . import records as r
from . import tables as t
from .store import Store


def list_stories(store: Store) -> list[dict]:
    """Every story, newest first: counts, dates and its articles (id, key, source or URL, language, date)."""
    s, a, v = t.stories, t.articles, t.article_versions
    with store.engine.connect() as conn:
        stories = [dict(row._mapping) for row in conn.execute(select(
            s.c.id, s.c.title, s.c.articles.label("article_count"), s.c.languages, s.c.first_date, s.c.last_date, s.c.conflicts,
            s.c.disputes, s.c.revision, s.c.analysed_revision, s.c.updated_at).order_by(s.c.id.desc()))]
        members = defaultdict(list)
        for row in conn.execute(select(a.c.story_id, a.c.id, a.c.key, a.c.url, v.c.source, a.c.language,
                                       a.c.published, a.c.versions)
                                .join(v, (v.c.article_id == a.c.id) & v.c.current).order_by(a.c.position)):
            members[row.story_id].append({"id": row.id, "key": row.key, "source": row.url or row.source,
                                          "language": row.language, "date": row.published,
                                          "versions": row.versions})
    for story in stories:
        story["analysed"] = story.pop("analysed_revision") == story.pop("revision")
        story["updated_at"] = story["updated_at"].isoformat() if story["updated_at"] else None
        story["articles"] = members[story["id"]]
    return stories


def load_report(store: Store, story: int) -> Report:
    """The stored story as the ``Report`` that ``analyze`` gives for the same articles."""
    with store.engine.connect() as conn:
        row = conn.execute(select(t.stories).where(t.stories.c.id == story)).first()
        if row is None:
            raise StoreError(f"no story {story} in the store (list them with `storylens stories`)")
        if row.analysed_revision != row.revision:
            raise StoreError(f"story {story} has articles not analysed yet; run `storylens add` again to finish")
        return _assemble(conn, row)


def _assemble(conn: Connection, story) -> Report:
    from ..serialize import entity_mentions

    a, v = t.articles, t.article_versions
    versions = conn.execute(select(a.c.key, v).join(v, (v.c.article_id == a.c.id) & v.c.current)
                            .where(a.c.story_id == story.id).order_by(a.c.position)).all()
    key_of = {row.id: row.key for row in versions}
    ids = list(key_of)
    sentences = defaultdict(list)
    for s in _rows(conn, select(t.sentences).where(t.sentences.c.version_id.in_(ids)).order_by(t.sentences.c.id)):
        sentences[s["version_id"]].append(s)
    articles = tuple(r.article_from_rows(row.key, row._mapping, sentences[row.id]) for row in versions)
    mentions = defaultdict(list)
    entity_rows = _rows(conn, select(t.entities).where(t.entities.c.story_id == story.id).order_by(t.entities.c.id))
    for m in _rows(conn, select(t.mentions).where(t.mentions.c.entity_id.in_([e["id"] for e in entity_rows]))
                   .order_by(t.mentions.c.id)):
        mentions[m["entity_id"]].append((key_of[m["version_id"]], m))
    entities = tuple(r.entity_from_rows(e, mentions[e["id"]], story.key) for e in entity_rows)
    quotes = tuple(r.quote_from_row(q, key_of[q["version_id"]])
                   for q in _rows(conn, _of_story(t.quotes, story.id)))
    claim_rows = _rows(conn, _of_story(t.claims, story.id))
    claims = tuple(r.claim_from_row(c, key_of[c["version_id"]]) for c in claim_rows)
    claim_key = {c["id"]: c["key"] for c in claim_rows}
    members = defaultdict(list)
    group_rows = _rows(conn, _of_story(t.groups, story.id))
    for gc in _rows(conn, select(t.group_claims).where(t.group_claims.c.group_id.in_([g["id"] for g in group_rows]))
                    .order_by(t.group_claims.c.id)):
        members[gc["group_id"]].append(claim_key[gc["claim_id"]])
    comparison = tuple(r.group_from_row(g, members[g["id"]]) for g in group_rows)
    framing = tuple(r.framing_from_row(f, key_of[f["version_id"]]) for f in _rows(conn, _of_story(t.framing, story.id)))
    run_errors = conn.execute(  # what the runs that fed this story could not read, then what its phases could not do
        select(t.run_errors).join(t.runs, t.runs.c.id == t.run_errors.c.run_id)
        .where(t.runs.c.story_id == story.id).order_by(t.run_errors.c.id)).all()
    errors = tuple(InputError(e.name, e.error, e.stage, e.article)
                   for e in [*run_errors, *conn.execute(_of_story(t.story_errors, story.id))])
    stories = (Story(story.key, story.title, tuple(row.key for row in versions), tuple(story.languages)),)
    return Report(articles=articles, stories=stories, entities=entities, quotes=quotes, claims=claims,
                  comparison=comparison, framing=framing, errors=errors,
                  mentions=entity_mentions(entities, articles), holds=tuple(story.holds or ()))


def _of_story(table, story: int):
    return select(table).where(table.c.story_id == story).order_by(table.c.id)


def _rows(conn: Connection, stmt) -> list[dict]:
    return [dict(row._mapping) for row in conn.execute(stmt)]


SEARCHED = {"articles": ("article_versions", ("title", "text")), "quotes": ("quotes", ("speaker", "text")),
            "names": ("entity_names", ("name",))}


def search(store: Store, query: str, what: str = "articles", limit: int = 50) -> list[int]:
    """Ids of rows of ``what`` (articles, quotes, names) matching every word of ``query``, best first."""
    if what not in SEARCHED:
        raise StoreError(f"cannot search {what!r}; choose one of {', '.join(SEARCHED)}")
    table, cols = SEARCHED[what]
    words = [w.replace('"', "") for w in query.split() if w.replace('"', "")]
    if not words:
        return []
    with store.engine.connect() as conn:
        if store.backend == "sqlite":
            match = " ".join(f'"{w}"' for w in words)  # each word a phrase: user text never reaches FTS5 syntax
            sql = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q ORDER BY rank LIMIT :n"
            return list(conn.execute(text(sql), {"q": match, "n": limit}).scalars())
        doc = "to_tsvector('simple', " + " || ' ' || ".join(f"coalesce({c}, '')" for c in cols) + ")"
        sql = (f"SELECT id FROM {table} WHERE {doc} @@ plainto_tsquery('simple', :q) "
               f"ORDER BY ts_rank({doc}, plainto_tsquery('simple', :q)) DESC, id LIMIT :n")
        return list(conn.execute(text(sql), {"q": " ".join(words), "n": limit}).scalars())
