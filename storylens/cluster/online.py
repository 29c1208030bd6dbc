"""Online story clustering: each article joins the best active story, or starts one; close stories merge.

An article is scored against the candidate stories the index gives (sharing a
name, a value or a vector bucket, active in the time window): the cosine of its
centred title-and-lead vector with the story's centroid, plus evidence from
the names and values they share (each key weighted by how rare it is in the
window), less a little for every day between them, and less a good deal when
both name places and none of them is the same. It joins the best story
scoring at least ``join``; otherwise it starts a new story. Then the story it
joined is compared with the other candidates, and two stories scoring at least
``merge`` become one (the older keeps its id): stories that began apart as
their first articles differed come together once later articles bridge them.
A wrong merge makes two outlets look as if they confirmed each other, so both
thresholds lean towards keeping stories apart. Ties go to the older story; the
same articles in the same order always give the same stories.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .index import Index, StoryState, vector_keys
from .signature import Signature


@dataclass(frozen=True, slots=True)
class Tuning:
    """The thresholds and weights of clustering (measured on the stream set, docs/eval.md)."""

    join: float = 0.50  # score an article needs to join a story
    merge: float = 0.65  # score two stories need to become one
    names: float = 0.10  # weight of shared names at full evidence
    values: float = 0.10  # weight of shared values at full evidence
    evidence: float = 8.0  # summed rarity (log inverse document frequency) counted as full evidence
    window_days: float = 3.0  # a story is active while a member is at most this many days away
    day_cost: float = 0.03  # score lost per day between an article and a story
    place_clash: float = 0.20  # score lost when both name places (gazetteer keys) and share none
    max_posting: int = 50  # keys held by more active articles than this find no candidates
    min_articles: int = 100  # rarity counts at least this many articles: in a young store a key seen once is rare


TUNING = Tuning()


PLACES = ("city:", "terr:")  # gazetteer keys (signature.name_keys): the same place in every language and script


def places(keys) -> list[str]:
    return [k for k in keys if k.startswith(PLACES)]


def clash(keys, other, mine: list[str] | None = None) -> bool:
    """Whether both name places and none is the same: weather in Moscow is not weather in St Petersburg.

    ``other`` is a set or Counter (looked up, not copied: a large story holds thousands of keys); ``mine`` the
    places of ``keys`` when the caller has them already."""
    mine = places(keys) if mine is None else mine
    if not mine or any(k in other for k in mine):
        return False
    return any(k.startswith(PLACES) for k in other)


def shared_keys(a, b) -> set[str]:
    """The keys two key collections (sets or Counters) share, found from the smaller one."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return {k for k in small if k in big}


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an article went: its story, the score that put it there (None: a new story), stories merged into it."""

    article: str
    story: str
    score: float | None = None
    merged: tuple[str, ...] = ()


@dataclass
class Clusterer:
    """Places articles one by one into the stories of ``index``."""

    index: Index
    tuning: Tuning = TUNING
    new_id: object = None  # article id -> story id (default: stories.story_id)
    placements: list[Placement] = field(default_factory=list)

    def place(self, sig: Signature) -> Placement:
        """Put one article into its story and merge the stories it bridges."""
        t = self.tuning
        vec = self.index.centres.centred(sig.vector, sig.language)
        keys = sig.keys()
        blocking = vector_keys(vec)
        stories = self.index.candidates([*keys, *blocking], sig.day, t.window_days, t.max_posting)
        rarity = self._rarity(keys, sig.day)
        scored = [(self.score(vec, set(keys), sig.day, s, rarity), s) for s in stories]
        best = max(scored, key=lambda x: x[0], default=None)  # max keeps the first: the older story wins a tie
        if best is not None and best[0] >= t.join:
            story, score = best[1], best[0]
        else:
            story, score = self.index.new_story(self._new_id(sig.article)), None
        self.index.add(sig.article, story, vec, sig.vector, sig.language, keys, blocking, sig.day)
        merged = self._merge(story, [s for _, s in scored if s.id != story.id], rarity)
        out = Placement(sig.article, merged[0].id if merged else story.id, score,
                        tuple(s.id for s in merged if s.id != merged[0].id) if len(merged) > 1 else ())
        self.placements.append(out)
        return out

    def assign(self, sig: Signature, story: StoryState) -> Placement:
        """Put one article into a story chosen elsewhere (``storylens add --story``), so later articles find it."""
        vec = self.index.centres.centred(sig.vector, sig.language)
        self.index.add(sig.article, story, vec, sig.vector, sig.language, sig.keys(), vector_keys(vec), sig.day)
        out = Placement(sig.article, story.id)
        self.placements.append(out)
        return out

    def score(self, vec: np.ndarray, keys: set[str], day: int | None, story: StoryState,
              rarity: dict[str, float]) -> float:
        t = self.tuning
        shared = shared_keys(keys, story.keys)
        return (story.cosine(vec) + self._evidence(shared, rarity)
                - t.day_cost * story.distance(day) - t.place_clash * clash(keys, story.keys))

    def _evidence(self, shared: set[str], rarity: dict[str, float]) -> float:
        t = self.tuning
        names = sum(rarity.get(k, 0.0) for k in shared if not k.startswith("v:"))
        values = sum(rarity.get(k, 0.0) for k in shared if k.startswith("v:"))
        return t.names * min(names, t.evidence) / t.evidence + t.values * min(values, t.evidence) / t.evidence

    def _rarity(self, keys, day: int | None) -> dict[str, float]:
        """log(N / df) of each key among the articles in the window (a key seen nowhere yet is not evidence)."""
        n = max(self.index.articles(), self.tuning.min_articles)
        df = self.index.document_frequency(keys, day, self.tuning.window_days, self.tuning.max_posting + 1)
        return {k: math.log((n + 1) / (c + 1)) for k, c in df.items() if c}

    def _merge(self, story: StoryState, others: list[StoryState], rarity: dict[str, float]) -> list[StoryState]:
        """Merge ``story`` with every other candidate close enough to it; the merged stories, oldest first."""
        t = self.tuning
        close = []
        mine = places(story.keys)
        for other in others:
            shared = shared_keys(story.keys, other.keys)
            gap = min(story.distance(other.first_day), story.distance(other.last_day))
            s = (story.cosine(other.unit()) + self._evidence(shared, rarity) - t.day_cost * gap
                 - t.place_clash * clash(story.keys, other.keys, mine))
            if s >= t.merge:
                close.append(other)
        if not close:
            return []
        group = sorted([story, *close], key=lambda s: s.seq)
        return [group[0], *(other for other in group[1:] if self.index.merge(group[0], other))]

    def _new_id(self, article: str) -> str:
        """A new story's id: ``new_id(article)`` when given (the store numbers its own), else from the article."""
        if self.new_id is not None:
            return self.new_id(article)
        from ..stories import story_id

        return story_id(article)

