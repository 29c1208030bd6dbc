"""What the web app reads from a store, beyond ``store.read``: filtered story pages, outlets, entities.

Every function takes an open ``Store`` and returns plain dicts and lists (JSON
as they are), so the HTML pages and the JSON API show the same data.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select

from ..store import tables as t
from ..store.store import Store

PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """Which stories the list shows: any of these left empty does not filter."""

    language: str = ""
    outlet: int | None = None
    since: str = ""  # YYYY-MM-DD: stories with an article on or after this day
    until: str = ""  # YYYY-MM-DD: stories with an article on or before this day


def stories_page(store: Store, where: StoryFilter, page: int = 1, size: int = PAGE_SIZE) -> tuple[list[dict], int]:
    """One page of stories, newest first (by last article date, then by id), and how many match in all."""
    s, a = t.stories, t.articles
    conds = []
    if where.language:
        conds.append(exists().where(a.c.story_id == s.c.id, a.c.language == where.language))
    if where.outlet is not None:
        conds.append(exists().where(a.c.story_id == s.c.id, a.c.outlet_id == where.outlet))
    if where.since:  # dates are ISO text, so string order is date order; a bare day compares below its own times
        conds.append(s.c.last_date >= where.since)
    if where.until:
        conds.append(s.c.first_date <= where.until + "\uffff")
    cond = and_(*conds) if conds else None
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(s).where(cond) if cond is not None
                             else select(func.count()).select_from(s)).scalar_one()
        stmt = select(s.c.id, s.c.title, s.c.articles, s.c.languages, s.c.first_date, s.c.last_date, s.c.conflicts,
                      s.c.disputes, s.c.revision, s.c.analysed_revision)
        if cond is not None:
            stmt = stmt.where(cond)
        rows = conn.execute(stmt.order_by(s.c.last_date.is_(None), s.c.last_date.desc(), s.c.id.desc())
                            .limit(size).offset((max(page, 1) - 1) * size)).all()
        outlets = _story_outlets(conn, [r.id for r in rows])
    return [{"id": r.id, "title": r.title, "article_count": r.articles, "languages": list(r.languages or []),
             "first_date": r.first_date, "last_date": r.last_date, "conflicts": r.conflicts, "disputes": r.disputes,
             "analysed": r.revision == r.analysed_revision, "outlets": outlets.get(r.id, [])} for r in rows], total


def _story_outlets(conn, story_ids: list[int]) -> dict[int, list[dict]]:
    if not story_ids:
        return {}
    a, o = t.articles, t.outlets
    out: dict[int, list[dict]] = defaultdict(list)
    for row in conn.execute(select(a.c.story_id, o.c.id, o.c.name).join(o, o.c.id == a.c.outlet_id)
                            .where(a.c.story_id.in_(story_ids)).distinct().order_by(a.c.story_id, o.c.name)):
        out[row.story_id].append({"id": row.id, "name": row.name})
    return out


def choices(store: Store) -> dict:
    """The values the story filters offer: every article language and every outlet."""
    a, o = t.articles, t.outlets
    with store.engine.connect() as conn:
        langs = [x for x in conn.execute(select(a.c.language).where(a.c.language.is_not(None)).distinct()
                                         .order_by(a.c.language)).scalars()]
        outlets = [{"id": r.id, "name": r.name} for r in conn.execute(select(o.c.id, o.c.name).order_by(o.c.name))]
    return {"languages": langs, "outlets": outlets}


def story_summary(store: Store, story: int) -> dict | None:
    """The story's row (id, title, revision, whether its comparison is current), or None when there is none."""
    s = t.stories
    with store.engine.connect() as conn:
        row = conn.execute(select(s.c.id, s.c.title, s.c.revision, s.c.analysed_revision, s.c.updated_at)
                           .where(s.c.id == story)).first()
    if row is None:
        return None
    return {"id": row.id, "title": row.title, "revision": row.revision, "analysed": row.revision == row.analysed_revision,
            "updated_at": row.updated_at.isoformat() if row.updated_at else None}


def entity_ids(store: Store, story: int) -> dict[str, int]:
    """Report entity id -> store entity id, for one story (links from the story page to entity pages)."""
    e = t.entities
    with store.engine.connect() as conn:
        return {row.key: row.id for row in conn.execute(select(e.c.id, e.c.key).where(e.c.story_id == story))}


def outlets(store: Store) -> list[dict]:
    """Every outlet with its number of articles and stories."""
    a, o = t.articles, t.outlets
    with store.engine.connect() as conn:
        rows = conn.execute(select(o.c.id, o.c.name, func.count(a.c.id).label("articles"),
                                   func.count(a.c.story_id.distinct()).label("stories"))
                            .join(a, a.c.outlet_id == o.c.id, isouter=True).group_by(o.c.id, o.c.name)
                            .order_by(o.c.name)).all()
    return [{"id": r.id, "name": r.name, "article_count": r.articles, "story_count": r.stories} for r in rows]


def outlet(store: Store, outlet_id: int) -> dict | None:
    """One outlet: its articles (newest first) with their stories, and counts of languages and genres."""
    a, o, v, s = t.articles, t.outlets, t.article_versions, t.stories
    with store.engine.connect() as conn:
        row = conn.execute(select(o.c.id, o.c.name).where(o.c.id == outlet_id)).first()
        if row is None:
            return None
        arts = conn.execute(select(a.c.id, v.c.title, a.c.url, a.c.language, a.c.published, v.c.genre, a.c.versions,
                                   s.c.id.label("story_id"), s.c.title.label("story_title"))
                            .join(v, (v.c.article_id == a.c.id) & v.c.current).join(s, s.c.id == a.c.story_id)
                            .where(a.c.outlet_id == outlet_id)
                            .order_by(a.c.published.is_(None), a.c.published.desc(), a.c.id.desc())).all()
    articles = [{"id": r.id, "title": r.title, "url": r.url, "language": r.language, "published": r.published,
                 "genre": r.genre, "versions": r.versions, "story": {"id": r.story_id, "title": r.story_title}}
                for r in arts]
    return {"id": row.id, "name": row.name, "article_count": len(articles),
            "languages": dict(Counter(x["language"] or "unknown" for x in articles).most_common()),
            "genres": dict(Counter(x["genre"] or "not classified" for x in articles).most_common()),
            "articles": articles}


def entity(store: Store, entity_id: int) -> dict | None:
    """One entity of one story: every name form, where it is mentioned, and the quotes it is the speaker of."""
    e, n, m, v, a, s, q, o = (t.entities, t.entity_names, t.mentions, t.article_versions, t.articles, t.stories,
                              t.quotes, t.outlets)
    with store.engine.connect() as conn:
        row = conn.execute(select(e.c.id, e.c.key, e.c.type, e.c.name, e.c.story_id, s.c.title.label("story_title"))
                           .join(s, s.c.id == e.c.story_id).where(e.c.id == entity_id)).first()
        if row is None:
            return None
        names = list(dict.fromkeys(conn.execute(select(n.c.name).where(n.c.entity_id == entity_id)
                                                .order_by(n.c.id)).scalars()))
        mentioned = conn.execute(select(a.c.id, v.c.title, a.c.language, o.c.name.label("outlet"),
                                        func.count(m.c.id).label("count"))
                                 .select_from(m).join(v, v.c.id == m.c.version_id).join(a, a.c.id == v.c.article_id)
                                 .join(o, o.c.id == a.c.outlet_id, isouter=True)
                                 .where(m.c.entity_id == entity_id)
                                 .group_by(a.c.id, v.c.title, a.c.language, o.c.name).order_by(a.c.id)).all()
        said = quote_rows(conn, q.c.speaker_entity_id == entity_id)
    return {"id": row.id, "key": row.key, "type": row.type, "name": row.name, "names": names or [row.name],
            "story": {"id": row.story_id, "title": row.story_title},
            "articles": [{"id": r.id, "title": r.title, "language": r.language, "outlet": r.outlet,
                          "mentions": r.count} for r in mentioned],
            "quotes": said}


def quote_rows(conn, cond, limit: int = 200) -> list[dict]:
    """Quotes matching ``cond`` with their article, outlet and story, in story and article order."""
    q, v, a, o, s = t.quotes, t.article_versions, t.articles, t.outlets, t.stories
    rows = conn.execute(select(q.c.id, q.c.text, q.c.speaker, q.c.kind, q.c.speaker_entity_id, a.c.id.label("article_id"),
                               v.c.title.label("article_title"), v.c.language, o.c.name.label("outlet"),
                               s.c.id.label("story_id"), s.c.title.label("story_title"))
                        .join(v, v.c.id == q.c.version_id).join(a, a.c.id == v.c.article_id)
                        .join(s, s.c.id == q.c.story_id).join(o, o.c.id == a.c.outlet_id, isouter=True)
                        .where(cond).order_by(s.c.id, a.c.position, q.c.start).limit(limit)).all()
    return [{"id": r.id, "text": r.text, "speaker": r.speaker, "kind": r.kind, "speaker_entity": r.speaker_entity_id,
             "language": r.language, "outlet": r.outlet,
             "article": {"id": r.article_id, "title": r.article_title},
             "story": {"id": r.story_id, "title": r.story_title}} for r in rows]
