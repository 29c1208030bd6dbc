"""Where clustering finds candidate stories: postings of keys, the stories' running sums, the language means.

An article's candidates are the active stories (a member within the time
window) holding one of its keys: a name, a value, or a random-hyperplane bucket
of its vector (``matching.hyperplane_keys``). A key held by more than
``max_posting`` active articles says nothing about which story an article
belongs to and is skipped, so the work per article depends on how many
articles share its keys in the last days, not on how many are stored.
``MemoryIndex`` keeps all of it in memory (``storylens analyze --cluster``);
the store keeps the same in its tables (``storylens.store.cluster``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Protocol

import numpy as np

from ..matching import hyperplane_keys
from .centre import Centres

LSH_TABLES = 16  # with 6 bits each: a neighbour at cosine 0.6 shares a bucket in some table 9 times in 10
LSH_BITS = 6


@dataclass
class StoryState:
    """What scoring needs about a story: its members' summed centred vectors, key counts and days."""

    id: str
    seq: int  # creation order: when two stories merge, the older one's id stays
    members: list[str] = field(default_factory=list)
    total: np.ndarray | None = None
    keys: Counter = field(default_factory=Counter)
    first_day: int | None = None
    last_day: int | None = None

    def cosine(self, vector: np.ndarray | None) -> float:
        """Cosine of a unit vector with the story's centroid (0 for a story with no vectors yet)."""
        norm = float(np.linalg.norm(self.total)) if self.total is not None else 0.0
        return float(vector @ self.total) / norm if norm and vector is not None else 0.0

    def unit(self) -> np.ndarray | None:
        """The centroid as a unit vector (None for a story with no vectors yet)."""
        norm = float(np.linalg.norm(self.total)) if self.total is not None else 0.0
        return self.total / norm if norm else None

    def distance(self, day: int | None) -> int:
        """Days between ``day`` and the nearest end of the story's span (0 when either is unknown or inside)."""
        if day is None or self.first_day is None:
            return 0
        return max(0, self.first_day - day, day - self.last_day)

    def take(self, article: str, vector: np.ndarray, keys: Iterable[str], day: int | None) -> None:
        self.members.append(article)
        self.total = vector.astype(np.float64) if self.total is None else self.total + vector
        self.keys.update(set(keys))
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)

    def absorb(self, other: "StoryState") -> None:
        self.members += other.members
        self.total = self.total + other.total
        self.keys.update(other.keys)
        for day in (other.first_day, other.last_day):
            if day is not None:
                self.first_day = day if self.first_day is None else min(self.first_day, day)
                self.last_day = day if self.last_day is None else max(self.last_day, day)


class Index(Protocol):
    """What the clusterer asks of an index; ``MemoryIndex`` and the store's index answer the same way."""

    centres: Centres

    def articles(self) -> int: ...

    def document_frequency(self, keys: Iterable[str], day: int | None, window: float, cap: int) -> dict[str, int]:
        """Active articles holding each key, counted up to ``cap``."""

    def candidates(self, keys: Iterable[str], day: int | None, window: float, max_posting: int) -> list[StoryState]: ...

    def new_story(self, story_id: str) -> StoryState: ...

    def add(self, article: str, story: StoryState, vector: np.ndarray, raw: np.ndarray, language: str | None,
            keys: Iterable[str], blocking: Iterable[str], day: int | None) -> None: ...

    def merge(self, keep: StoryState, drop: StoryState) -> bool: ...


def vector_keys(centred: np.ndarray) -> list[str]:
    """The hyperplane buckets of one centred vector, as index keys."""
    return [f"h:{t}:{code}" for _, t, code in hyperplane_keys(centred[None, :], LSH_TABLES, LSH_BITS)[0]]


def active(day: int | None, other: int | None, window: float) -> bool:
    return day is None or other is None or abs(day - other) <= window


class MemoryIndex:
    """The whole index in memory, for one run."""

    def __init__(self, centres: Centres):
        self.centres = centres
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}
        self.postings: dict[str, list[tuple[str, int | None]]] = defaultdict(list)  # key -> (article, day)
        self._seq = 0

    def articles(self) -> int:
        return len(self.story_of)

    def document_frequency(self, keys: Iterable[str], day: int | None, window: float, cap: int) -> dict[str, int]:
        return {k: min(cap, sum(1 for _, d in self.postings.get(k, ()) if active(day, d, window))) for k in keys}

    def candidates(self, keys: Iterable[str], day: int | None, window: float, max_posting: int) -> list[StoryState]:
        found: dict[str, StoryState] = {}
        for k in keys:
            held = [a for a, d in self.postings.get(k, ()) if active(day, d, window)]
            if len(held) > max_posting:
                continue
            for a in held:
                s = self.stories[self.story_of[a]]
                found.setdefault(s.id, s)
        return sorted(found.values(), key=lambda s: s.seq)

    def new_story(self, story_id: str) -> StoryState:
        self._seq += 1
        story = self.stories[story_id] = StoryState(story_id, self._seq)
        return story

    def add(self, article: str, story: StoryState, vector: np.ndarray, raw: np.ndarray, language: str | None,
            keys: Iterable[str], blocking: Iterable[str], day: int | None) -> None:
        keys = list(keys)
        story.take(article, vector, keys, day)
        self.story_of[article] = story.id
        for k in dict.fromkeys([*keys, *blocking]):
            self.postings[k].append((article, day))
        self.centres.add(raw, language)

    def merge(self, keep: StoryState, drop: StoryState) -> bool:
        keep.absorb(drop)
        for a in drop.members:
            self.story_of[a] = keep.id
        del self.stories[drop.id]
        return True
