"""Search in any script: full text in the store, plus names matched by their spelling-blind romanised key.

The store's full-text indexes match words as written, so "Журавлев" alone would
never find "Zhuravlev". The query is also romanised (``adapters.translit``) and
compared with every stored entity name by ``skeleton`` key; articles and quotes
that mention or quote a matching entity are found whatever script they use.
"""
from __future__ import annotations

import bisect
import re
import threading
from collections import defaultdict

from sqlalchemy import func, select

from ..adapters.translit import romanise, skeleton
from ..store import read
from ..store import tables as t
from ..store.store import Store
from ..report.view import snippet
from .data import quote_rows

MAX_QUERY = 200  # characters; a longer query is cut, not refused
MIN_WORD = 3  # shorter key words would match half the names in the store


class NameIndex:
    """Every stored entity name by its skeleton words, rebuilt when the names table changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._by_start: dict[str, list[tuple[tuple[str, ...], int]]] = {}

    def _refresh(self, store: Store) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        n = t.entity_names
        with store.engine.connect() as conn:
            stamp = tuple(conn.execute(select(func.count(), func.max(n.c.id))).one())
            if stamp == self._stamp:
                return self._by_start
            by_start: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
            for entity_id, name in conn.execute(select(n.c.entity_id, n.c.name)):
                words = tuple(skeleton(name).split())
                for w in set(words):
                    by_start[w[:MIN_WORD]].append((words, entity_id))
        with self._lock:
            self._stamp, self._by_start = stamp, dict(by_start)
        return self._by_start

    def match(self, store: Store, query: str, limit: int = 200) -> list[int]:
        """Ids of entities having a name that holds every word of ``query`` (any script, any romanisation)."""
        words = [w for w in skeleton(query).split() if len(w) >= MIN_WORD]
        if not words:
            return []
        by_start = self._refresh(store)
        found: dict[int, None] = {}
        for name_words, entity_id in by_start.get(words[0][:MIN_WORD], ()):
            if all(any(_same_word(q, w) for w in name_words) for q in words):
                found[entity_id] = None
                if len(found) >= limit:
                    break
        return list(found)


def _same_word(query: str, name: str) -> bool:
    # a query word may be the start of a name word (Zhurav -> Zhuravlev) or an inflected form of it
    # (Журавлева -> Zhuravlev): at most two letters of ending beyond a name word of four or more
    if name.startswith(query):
        return True
    return len(name) >= 4 and query.startswith(name) and len(query) - len(name) <= 2


def search(store: Store, query: str, names: NameIndex, limit: int = 50) -> dict:
    """Articles, quotes and names matching ``query`` in its own script or romanised; each list best first."""
    query = " ".join(query.split())[:MAX_QUERY]
    latin = romanise(query)
    forms = list(dict.fromkeys(f for f in (query, latin) if f.strip()))
    result = {"query": query, "romanised": latin if latin != query else None, "names": [], "articles": [], "quotes": []}
    if not forms:
        return result
    entity_ids = names.match(store, query)
    for form in forms:  # names the full-text index finds but the key does not (short words, digits)
        entity_ids += [e for e in _names_by_text(store, form, limit) if e not in entity_ids]
    with store.engine.connect() as conn:
        result["names"] = _entities(conn, entity_ids[:limit])
        spelled = {n for e in result["names"] for n in e["names"]}
        versions = list(dict.fromkeys(v for form in forms for v in read.search(store, form, "articles", limit)))
        result["articles"] = _articles(conn, versions, entity_ids, forms + sorted(spelled, key=len, reverse=True), limit)
        quote_ids = list(dict.fromkeys(x for form in forms for x in read.search(store, form, "quotes", limit)))
        q = t.quotes
        by_id = {x["id"]: x for x in quote_rows(conn, q.c.id.in_(quote_ids), limit)} if quote_ids else {}
        spoken = quote_rows(conn, q.c.speaker_entity_id.in_(entity_ids), limit) if entity_ids else []
        result["quotes"] = ([by_id[x] for x in quote_ids if x in by_id] + [x for x in spoken if x["id"] not in by_id])[:limit]
    return result


def same_name(store: Store, names: NameIndex, entity: dict) -> list[dict]:
    """Entities of the same type in other stories with one of ``entity``'s names, in any script."""
    ids: dict[int, None] = {}
    for name in entity["names"]:
        ids.update(dict.fromkeys(names.match(store, name)))
    ids.pop(entity["id"], None)
    with store.engine.connect() as conn:
        return [e for e in _entities(conn, list(ids)[:100]) if e["type"] == entity["type"]
                and e["story"]["id"] != entity["story"]["id"]]


def _names_by_text(store: Store, form: str, limit: int) -> list[int]:
    rows = read.search(store, form, "names", limit)
    if not rows:
        return []
    n = t.entity_names
    with store.engine.connect() as conn:
        found = dict(conn.execute(select(n.c.id, n.c.entity_id).where(n.c.id.in_(rows))).all())
    return list(dict.fromkeys(found[r] for r in rows if r in found))


def _entities(conn, ids: list[int]) -> list[dict]:
    if not ids:
        return []
    e, n, s = t.entities, t.entity_names, t.stories
    rows = {r.id: r for r in conn.execute(select(e.c.id, e.c.name, e.c.type, e.c.story_id, s.c.title)
                                          .join(s, s.c.id == e.c.story_id).where(e.c.id.in_(ids)))}
    forms: dict[int, list[str]] = defaultdict(list)
    for entity_id, name in conn.execute(select(n.c.entity_id, n.c.name).where(n.c.entity_id.in_(ids)).order_by(n.c.id)):
        if name not in forms[entity_id]:
            forms[entity_id].append(name)
    return [{"id": i, "name": rows[i].name, "type": rows[i].type, "names": forms[i] or [rows[i].name],
             "story": {"id": rows[i].story_id, "title": rows[i].title}} for i in ids if i in rows]


def _articles(conn, versions: list[int], entity_ids: list[int], needles: list[str], limit: int) -> list[dict]:
    """Articles whose text matched, then those mentioning a matching entity; each with where to land in its story."""
    v, a, m = t.article_versions, t.articles, t.mentions
    first_mention: dict[int, int] = {}
    if entity_ids:
        for vid, start in conn.execute(select(m.c.version_id, func.min(m.c.start)).join(v, v.c.id == m.c.version_id)
                                       .where(m.c.entity_id.in_(entity_ids), v.c.current).group_by(m.c.version_id)):
            first_mention[vid] = start
    order = list(dict.fromkeys(versions + sorted(first_mention)))
    if not order:
        return []
    o, s = t.outlets, t.stories
    rows = {r.id: r for r in conn.execute(
        select(v.c.id, v.c.current, v.c.text, v.c.title, v.c.language, v.c.published, a.c.id.label("article_id"), a.c.key,
               a.c.story_id, a.c.position, o.c.name.label("outlet"), s.c.title.label("story_title"))
        .join(a, a.c.id == v.c.article_id).join(s, s.c.id == a.c.story_id)
        .join(o, o.c.id == a.c.outlet_id, isouter=True).where(v.c.id.in_(order)))}
    picked, seen = [], set()
    for vid in order:
        r = rows.get(vid)
        if r is None or r.article_id in seen:
            continue
        seen.add(r.article_id)
        at = first_mention.get(vid) if r.current else None
        picked.append((r, vid, at if at is not None else _find(r.text, needles)))
        if len(picked) >= limit:
            break
    anchors = _anchors(conn, [(r, vid, at) for r, vid, at in picked if r.current])
    return [{"id": r.article_id, "key": r.key, "title": r.title, "language": r.language, "published": r.published,
             "outlet": r.outlet, "current": bool(r.current), "story": {"id": r.story_id, "title": r.story_title},
             "snippet": _around(r.text, at), "anchor": anchors.get(vid)} for r, vid, at in picked]


def _find(text: str, needles: list[str]) -> int | None:
    for needle in needles:
        words = [w for w in needle.split() if len(w) >= 2]
        for w in words:
            hit = re.search(re.escape(w), text, re.IGNORECASE)
            if hit:
                return hit.start()
    return None


def _around(text: str, at: int | None, width: int = 200) -> str:
    if at is None:
        return snippet(text[: width * 2], width)
    lo = max(0, at - width // 3)
    lo = text.rfind(" ", 0, lo) + 1 if lo else 0
    return ("…" if lo else "") + snippet(text[lo: lo + width * 2], width)


def _anchors(conn, hits: list[tuple]) -> dict[int, str]:
    """The story page's anchor of each hit: its sentence at the matched offset, else its article's pane."""
    if not hits:
        return {}
    a, sn = t.articles, t.sentences
    stories = {r.story_id for r, _, _ in hits}
    order: dict[int, list[int]] = defaultdict(list)  # story -> article ids in page order (the report's sources)
    for story, article in conn.execute(select(a.c.story_id, a.c.id).where(a.c.story_id.in_(stories))
                                       .order_by(a.c.story_id, a.c.position)):
        order[story].append(article)
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    wanted = [vid for _, vid, at in hits if at is not None]
    if wanted:
        for vid, start, idx in conn.execute(select(sn.c.version_id, sn.c.start, sn.c.idx)
                                            .where(sn.c.version_id.in_(wanted)).order_by(sn.c.version_id, sn.c.start)):
            starts[vid].append((start, idx))
    out = {}
    for r, vid, at in hits:
        pos = order[r.story_id].index(r.article_id)
        k = bisect.bisect_right(starts[vid], (at, float("inf"))) - 1 if at is not None else -1
        out[vid] = f"a{pos}-s{starts[vid][k][1]}" if k >= 0 else f"art-{pos}"
    return out
