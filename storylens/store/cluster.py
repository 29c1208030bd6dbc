"""Story clustering over the store: the clusterer's index kept in the store's own tables.

``StoreIndex`` answers the clusterer (``storylens.cluster``) from the database
inside the writer's transaction, so an article's placement, its rows and the
index's new state land together or not at all. Postings are read per key and
time window through the ``(key, day)`` index, and only up to the cap, so the
cost of placing an article depends on what the last days hold, not on the
store's size. A story keeps the running sums scoring needs on its row; when
two stories merge, the younger one's articles move to the older one and its
story-scoped records go (the next per-story phase rebuilds them).
"""
from __future__ import annotations

import base64
from collections import Counter
from functools import lru_cache
from typing import Iterable

import numpy as np
from sqlalchemy import Connection, delete, func, insert, select, text, update

from ..cluster.centre import ALL, Centres
from ..cluster.index import StoryState
from . import tables as t

STORY_RECORDS = ("quotes", "claims", "groups", "framing", "entities", "story_errors")


def pack(vector: np.ndarray) -> str:
    return base64.b64encode(np.asarray(vector, dtype="<f8").tobytes()).decode("ascii")


def unpack(text: str | None) -> np.ndarray | None:
    return np.frombuffer(base64.b64decode(text), dtype="<f8").copy() if text else None


HELD_CHUNK = 200  # keys per statement: three bound parameters each stays under every backend's limit, and two
# parts a key stay under SQLite's 500 parts of one compound SELECT


@lru_cache(maxsize=2 * HELD_CHUNK)
def _held_statement(keys: int, dated: bool):
    """SELECT key, article_id for ``keys`` keys (binds k0..kN, cap, and lo/hi when dated), ``LIMIT :cap`` each."""
    # An undated article is compared with every time, like MemoryIndex's ``active``. The window and the undated
    # postings are two parts: with ``day BETWEEN … OR day IS NULL`` in one WHERE the (key, day) index serves the key
    # only, and a common key's every posting was scanned, a cost that grew with the store.
    def part(n: int, where: str, alias: str) -> str:
        return (f"SELECT * FROM (SELECT key, article_id FROM cluster_postings WHERE key = :k{n}{where} LIMIT :cap)"
                f" AS {alias}{n}")

    if not dated:
        parts = [part(n, "", "q") for n in range(keys)]
    else:
        parts = [p for n in range(keys)
                 for p in (part(n, " AND day BETWEEN :lo AND :hi", "q"), part(n, " AND day IS NULL", "u"))]
    return text(" UNION ALL ".join(parts))


class StoreIndex:
    """The clusterer's ``Index`` on one open write transaction."""

    def __init__(self, conn: Connection, background: dict[str, np.ndarray], now) -> None:
        self.conn = conn
        self.now = now
        rows = conn.execute(select(t.cluster_centres.c.language, t.cluster_centres.c.count,
                                   t.cluster_centres.c.total)).all()
        self.centres = Centres(dict(background), {r.language: unpack(r.total) for r in rows},
                               {r.language: r.count for r in rows})
        self.pending: tuple[StoryState, list[str], int | None] | None = None  # postings of the article being added
        self._memo: dict[tuple, dict[str, list[int]]] = {}  # postings read for this placement (nothing is posted
        # until ``post``, after scoring, so the candidates' and the rarities' look-ups share one read)

    def articles(self) -> int:
        return self.centres.counts.get(ALL, 0)

    def _held(self, keys: Iterable[str], day: int | None, window: float, cap: int) -> dict[str, list[int]]:
        """Up to ``cap`` articles holding each key in the window: one statement for all keys, each key's part
        limited on its own (``LIMIT`` per key, so a key held by thousands costs no more than ``cap`` rows)."""
        memo = self._memo.setdefault((day, window, cap), {})
        todo = [k for k in dict.fromkeys(keys) if k not in memo]
        for i in range(0, len(todo), HELD_CHUNK):
            part = todo[i:i + HELD_CHUNK]
            memo.update({k: [] for k in part})
            for key, article_id in self.conn.execute(_held_statement(len(part), day is not None), {
                    **{f"k{n}": k for n, k in enumerate(part)}, "cap": cap,
                    **({"lo": day - int(window), "hi": day + int(window)} if day is not None else {})}):
                memo[key].append(article_id)
            for k in part:  # a dated key's two parts may give up to twice the cap: a key counts at most ``cap``
                del memo[k][cap:]
        return {k: memo[k] for k in keys}

    def document_frequency(self, keys: Iterable[str], day: int | None, window: float, cap: int) -> dict[str, int]:
        return {k: len(held) for k, held in self._held(list(keys), day, window, cap).items()}

    def candidates(self, keys: Iterable[str], day: int | None, window: float, max_posting: int) -> list[StoryState]:
        found: set[int] = set()
        for held in self._held(list(keys), day, window, max_posting + 1).values():
            if len(held) <= max_posting:
                found.update(held)
        if not found:
            return []
        story_ids = set(self.conn.execute(select(t.articles.c.story_id).where(t.articles.c.id.in_(found))).scalars())
        return [self._state(row) for row in self.conn.execute(
            select(t.stories).where(t.stories.c.id.in_(story_ids)).order_by(t.stories.c.id))]

    def story(self, story_id: int) -> StoryState:
        return self._state(self.conn.execute(select(t.stories).where(t.stories.c.id == story_id)).one())

    @staticmethod
    def _state(row) -> StoryState:
        return StoryState(str(row.id), row.id, [], unpack(row.centroid), Counter(row.cluster_keys or {}),
                          row.first_day, row.last_day)

    def new_story(self, story_id: str) -> StoryState:
        stamp = self.now()
        new = self.conn.execute(insert(t.stories).values(
            key="s1", title="(new story)", languages=[], articles=0, conflicts=0, disputes=0, revision=0,
            created_at=stamp, updated_at=stamp, cluster_keys={}).returning(t.stories.c.id)).scalar_one()
        return StoryState(str(new), new)

    def add(self, article: str, story: StoryState, vector: np.ndarray, raw: np.ndarray, language: str | None,
            keys: Iterable[str], blocking: Iterable[str], day: int | None) -> None:
        keys = list(keys)
        story.take(article, vector, keys, day)
        self._save_story(story)
        self.centres.add(raw, language)
        for lang in dict.fromkeys((language or ALL, ALL)):
            self._save_centre(lang)
        self.pending = (story, list(dict.fromkeys([*keys, *blocking])), day)

    def post(self, article_id: int) -> None:
        """Write the postings of the article just placed, now that its row exists."""
        if self.pending is None:
            return
        _, keys, day = self.pending
        self.conn.execute(insert(t.cluster_postings), [{"key": k, "article_id": article_id, "day": day} for k in keys])
        self.pending = None

    def merge(self, keep: StoryState, drop: StoryState) -> bool:
        """Move ``drop``'s articles into ``keep``; refused (False) when an article key would repeat in ``keep``."""
        a = t.articles
        keys = lambda sid: set(self.conn.execute(select(a.c.key).where(a.c.story_id == sid)).scalars())  # noqa: E731
        if keys(int(keep.id)) & keys(int(drop.id)):
            return False
        keep.absorb(drop)
        start = self.conn.execute(select(func.coalesce(func.max(a.c.position) + 1, 0))
                                  .where(a.c.story_id == int(keep.id))).scalar_one()
        moving = self.conn.execute(select(a.c.id).where(a.c.story_id == int(drop.id)).order_by(a.c.position)).scalars()
        for n, article_id in enumerate(list(moving)):
            self.conn.execute(update(a).where(a.c.id == article_id).values(story_id=int(keep.id), position=start + n))
        for name in STORY_RECORDS:
            table = getattr(t, name)
            self.conn.execute(delete(table).where(table.c.story_id == int(drop.id)))
        self.conn.execute(update(t.runs).where(t.runs.c.story_id == int(drop.id)).values(story_id=int(keep.id)))
        self.conn.execute(delete(t.stories).where(t.stories.c.id == int(drop.id)))
        self._save_story(keep)
        self.conn.execute(update(t.stories).where(t.stories.c.id == int(keep.id)).values(
            revision=t.stories.c.revision + 1, updated_at=self.now()))
        return True

    def _save_story(self, story: StoryState) -> None:
        self.conn.execute(update(t.stories).where(t.stories.c.id == int(story.id)).values(
            centroid=pack(story.total) if story.total is not None else None, cluster_keys=dict(story.keys),
            first_day=story.first_day, last_day=story.last_day))

    def _save_centre(self, lang: str) -> None:
        c = t.cluster_centres
        values = {"count": self.centres.counts[lang], "total": pack(self.centres.sums[lang])}
        if not self.conn.execute(update(c).where(c.c.language == lang).values(**values)).rowcount:
            self.conn.execute(insert(c).values(language=lang, **values))


class Placer:
    """Story clustering for one ``add``: signatures outside the lock, placements inside each article's transaction."""

    def __init__(self, conn: Connection, ctx, now) -> None:
        from dataclasses import replace

        from ..cluster.centre import background
        from ..cluster.online import TUNING

        self.ctx = ctx
        self.now = now
        self.background = background(ctx)
        self.tuning = replace(TUNING, window_days=ctx.settings.cluster_days)
        # the languages placed so far (one row each, not a scan of the articles), whose place names are looked up
        self.languages = set(conn.execute(select(t.cluster_centres.c.language)).scalars()) - {None, ALL}

    def signature(self, analysis):
        """The article's signature (an article without a publication date has no day: any time window holds it)."""
        from ..cluster.signature import signature

        lang = analysis.article.language
        if lang:
            self.languages.add(lang)
        return signature(analysis, self.ctx, self.ctx.gazetteer(tuple(sorted(self.languages))))

    def place(self, conn: Connection, sig, story: int | None = None):
        """Place the article (into ``story`` when given); the index's postings wait for ``index.post(article_id)``."""
        from ..cluster.online import Clusterer

        index = StoreIndex(conn, self.background, self.now)
        clusterer = Clusterer(index, self.tuning, new_id=lambda _: "")
        placement = clusterer.assign(sig, index.story(story)) if story is not None else clusterer.place(sig)
        return placement, index


def unindexed(conn: Connection) -> list[tuple[int, int, dict]]:
    """(article id, story id, per-article record) of current versions not yet in the index, oldest first."""
    a, v, p = t.articles, t.article_versions, t.cluster_postings
    has = select(p.c.id).where(p.c.article_id == a.c.id).exists()
    rows = conn.execute(select(a.c.id, a.c.story_id, v.c.analysis).join(v, (v.c.article_id == a.c.id) & v.c.current)
                        .where(~has, v.c.analysis.is_not(None)).order_by(a.c.id)).all()
    return [(r.id, r.story_id, r.analysis) for r in rows]
