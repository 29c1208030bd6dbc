"""The per-story phase over stored article records, and its records written back in one transaction.

The analysis is the library's (``phases.assemble`` over the ``ArticleAnalysis``
records the per-article phase stored); this module only gathers those records
and replaces the story's records with the result. No article is analysed again.
A story whose revision moved on while it was being compared (another writer
added an article) is left stale for the next pass.
"""
from __future__ import annotations

from sqlalchemy import Connection, delete, func, insert, select, update

from ..model import ArticleAnalysis, Document, Report
from ..resources import Context
from . import records as r
from . import tables as t
from .engine import writing
from .store import Store

CHUNK = 500  # version ids per query: well under every backend's limit on bound parameters


def story_records(conn: Connection, story: int, ctx: Context, known: dict[int, ArticleAnalysis] | None = None
                  ) -> list[tuple[int, ArticleAnalysis, bool]]:
    """(version id, per-article record, whether it was just made) of the story's current versions, in order.

    ``known`` holds records by version id that this process has just stored (not read back). A version stored
    before per-article records existed (schema 0002) is analysed once here from its input."""
    from ..clean import clean
    from ..phases import analyse_article

    known = known or {}
    v, a = t.article_versions, t.articles
    ids = conn.execute(select(a.c.key, v.c.id).join(v, (v.c.article_id == a.c.id) & v.c.current)
                       .where(a.c.story_id == story).order_by(a.c.position)).all()
    todo = [row.id for row in ids if row.id not in known]
    stored = {}
    for i in range(0, len(todo), CHUNK):
        stored.update({row.id: row for row in conn.execute(
            select(v.c.id, v.c.analysis, v.c.source, v.c.raw_text, v.c.raw_html, v.c.doc_meta)
            .where(v.c.id.in_(todo[i:i + CHUNK])))})
    out = []
    for key, vid in ids:
        if vid in known:
            out.append((vid, known[vid], False))
            continue
        row = stored[vid]
        if row.analysis is not None:
            out.append((vid, ArticleAnalysis.from_dict(row.analysis), False))
        else:
            doc = Document(key, row.source, row.raw_text, row.raw_html, dict(row.doc_meta or {}))
            out.append((vid, analyse_article(clean(doc), ctx), True))
    return out


def analyse_story(store: Store, story: int, ctx: Context, known: dict[int, ArticleAnalysis] | None = None) -> bool:
    """Compare the story again from its articles' records (``known``: some already in memory, by version id) and
    store it; False when it changed meanwhile."""
    from ..phases import assemble

    with store.engine.connect() as conn:
        revision = conn.execute(select(t.stories.c.revision).where(t.stories.c.id == story)).scalar_one()
        records = story_records(conn, story, ctx, known)
    report = assemble([x for _, x, _ in records], ctx)
    version_ids = {x.article.id: vid for vid, x, _ in records}
    with writing(store.engine) as conn:
        if conn.execute(select(t.stories.c.revision).where(t.stories.c.id == story)).scalar_one() != revision:
            return False
        for vid, x, made in records:
            if made:
                conn.execute(update(t.article_versions).where(t.article_versions.c.id == vid)
                             .values(analysis=x.to_dict()))
        write_story(conn, story, revision, report, version_ids)
    return True


def write_story(conn: Connection, story: int, revision: int, report: Report, version_ids: dict[str, int]) -> None:
    """Replace every story-scoped record of ``story`` with those of ``report``."""
    for table in (t.quotes, t.claims, t.groups, t.framing, t.entities, t.story_errors):
        conn.execute(delete(table).where(table.c.story_id == story))  # cascades take mentions, names, group claims
    for art in report.articles:  # the story phase adds the genre and framing's flags to each article
        conn.execute(update(t.article_versions).where(t.article_versions.c.id == version_ids[art.id])
                     .values(**r.version_columns(art)))
    entity_ids = dict(zip((e.id for e in report.entities),
                          insert_rows(conn, t.entities, [r.entity_row(e, story) for e in report.entities])))
    insert_all(conn, t.entity_names, [{"entity_id": entity_ids[e.id], "name": n}
                                       for e in report.entities for n in e.names])
    insert_all(conn, t.mentions, [r.mention_row(m, entity_ids[e.id], version_ids[m.article])
                                   for e in report.entities for m in e.mentions])
    insert_all(conn, t.quotes, [r.quote_row(q, story, version_ids[q.article], entity_ids.get(q.speaker.entity))
                                 for q in report.quotes])
    claim_ids = dict(zip((c.id for c in report.claims), insert_rows(
        conn, t.claims, [r.claim_row(c, story, version_ids[c.article]) for c in report.claims])))
    group_ids = insert_rows(conn, t.groups, [r.group_row(g, story) for g in report.comparison])
    insert_all(conn, t.group_claims, [{"group_id": gid, "claim_id": claim_ids[c]}
                                       for gid, g in zip(group_ids, report.comparison) for c in g.claims])
    titles = {a.id: a.title for a in report.articles}
    insert_all(conn, t.framing, [r.framing_row(f, story, version_ids[f.article], titles.get(f.article))
                                  for f in report.framing])
    insert_all(conn, t.story_errors, [{"story_id": story, "name": e.source, "error": e.error, "stage": e.stage,
                                        "article": e.article} for e in report.errors])
    meta = report.stories[0] if report.stories else None
    dates = sorted(a.published for a in report.articles if a.published)
    conn.execute(update(t.stories).where(t.stories.c.id == story).values(
        key=meta.id if meta else "story", title=meta.title if meta else "story",
        languages=list(meta.languages) if meta else [], articles=len(report.articles), holds=list(report.holds),
        conflicts=sum(g.status == "conflicting" for g in report.comparison),
        disputes=sum(g.status == "disputed" for g in report.comparison),
        first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None, analysed_revision=revision))


def insert_all(conn: Connection, table, rows: list[dict]) -> None:
    """Insert rows whose ids nobody needs: one executemany (RETURNING would make SQLite insert row by row)."""
    if rows:
        conn.execute(insert(table), rows)


def insert_rows(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert rows in one statement; their ids in the same order."""
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        # SQLite runs an ordered INSERT … RETURNING one statement per row. The writer holds the database's one
        # write lock (BEGIN IMMEDIATE), so it numbers the rows as SQLite would (max + 1 on): one executemany.
        start = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one() + 1
        ids = list(range(start, start + len(rows)))
        conn.execute(insert(table), [{**row, "id": i} for row, i in zip(rows, ids)])
        return ids
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())
