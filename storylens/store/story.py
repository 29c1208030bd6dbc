"""The per-story phase over stored articles, and its records written back in one transaction.

The analysis itself is the library's (``storylens.api.analyze`` over the
story's stored inputs); this module only gathers the inputs and replaces the
story's records with the result. A story whose revision moved on while it was
being analysed (another writer added an article) is left stale for the next pass.
"""
from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from ..errors import StoreError
from ..ingest import Document
from ..resources import Context
from . import records as r
from . import tables as t
from .engine import writing
from .store import Store


def story_inputs(conn: Connection, story: int) -> list[tuple[int, Document]]:
    """(version id, input document) of the story's current article versions, in the order they joined."""
    v, a = t.article_versions, t.articles
    rows = conn.execute(select(a.c.key, v.c.id, v.c.source, v.c.raw_text, v.c.raw_html, v.c.doc_meta)
                        .join(v, (v.c.article_id == a.c.id) & v.c.current)
                        .where(a.c.story_id == story).order_by(a.c.position)).all()
    return [(row.id, Document(row.key, row.source, row.raw_text, row.raw_html, dict(row.doc_meta or {})))
            for row in rows]


def analyse_story(store: Store, story: int, ctx: Context) -> bool:
    """Re-run the story's analysis and store it; False when the story changed meanwhile (it stays stale)."""
    from ..api import analyze

    with store.engine.connect() as conn:
        revision = conn.execute(select(t.stories.c.revision).where(t.stories.c.id == story)).scalar_one()
        inputs = story_inputs(conn, story)
    report = analyze([doc for _, doc in inputs], ctx=ctx)
    version_ids = {doc.id: vid for vid, doc in inputs}
    if {a.id for a in report.articles} != set(version_ids):
        lost = sorted(set(version_ids) - {a.id for a in report.articles})
        raise StoreError(f"story {story}: stored article(s) {', '.join(lost)} no longer analyse: {report.errors}")
    with writing(store.engine) as conn:
        if conn.execute(select(t.stories.c.revision).where(t.stories.c.id == story)).scalar_one() != revision:
            return False
        write_story(conn, story, revision, report, version_ids)
    return True


def write_story(conn: Connection, story: int, revision: int, report, version_ids: dict[str, int]) -> None:
    """Replace every story-scoped record of ``story`` with those of ``report``."""
    for table in (t.quotes, t.claims, t.groups, t.framing, t.entities):  # cascades take mentions, names, group claims
        conn.execute(delete(table).where(table.c.story_id == story))
    conn.execute(delete(t.sentences).where(t.sentences.c.version_id.in_(list(version_ids.values()))))
    for art in report.articles:
        vid = version_ids[art.id]
        conn.execute(update(t.article_versions).where(t.article_versions.c.id == vid).values(**r.version_columns(art)))
        conn.execute(update(t.articles).where(t.articles.c.key == art.id, t.articles.c.story_id == story)
                     .values(language=art.language, title=art.title, published=art.published))
        _insert(conn, t.sentences, r.sentence_rows(art, vid))
    entity_ids = dict(zip((e.id for e in report.entities),
                          _insert(conn, t.entities, [r.entity_row(e, story) for e in report.entities])))
    _insert(conn, t.entity_names, [{"entity_id": entity_ids[e.id], "name": n} for e in report.entities for n in e.names])
    _insert(conn, t.mentions, [r.mention_row(m, entity_ids[e.id], version_ids[m.article])
                               for e in report.entities for m in e.mentions])
    _insert(conn, t.quotes, [r.quote_row(q, story, version_ids[q.article], entity_ids.get(q.speaker.entity))
                             for q in report.quotes])
    claim_ids = dict(zip((c.id for c in report.claims),
                         _insert(conn, t.claims, [r.claim_row(c, story, version_ids[c.article]) for c in report.claims])))
    group_ids = _insert(conn, t.groups, [r.group_row(g, story) for g in report.comparison])
    _insert(conn, t.group_claims, [{"group_id": gid, "claim_id": claim_ids[c]}
                                   for gid, g in zip(group_ids, report.comparison) for c in g.claims])
    titles = {a.id: a.title for a in report.articles}
    _insert(conn, t.framing, [r.framing_row(f, story, version_ids[f.article], titles.get(f.article))
                              for f in report.framing])
    meta = report.stories[0] if report.stories else None
    dates = sorted(a.published for a in report.articles if a.published)
    conn.execute(update(t.stories).where(t.stories.c.id == story).values(
        key=meta.id if meta else "s1", title=meta.title if meta else "story",
        languages=list(meta.languages) if meta else [], articles=len(report.articles),
        conflicts=sum(g.status == "conflicting" for g in report.comparison),
        disputes=sum(g.status == "disputed" for g in report.comparison),
        first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None, analysed_revision=revision))


def _insert(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert rows in one statement; their ids in the same order."""
    if not rows:
        return []
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())
