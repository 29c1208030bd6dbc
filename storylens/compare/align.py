"""Aligning claims across the articles of a story: candidate pairs, similarities, aligned pairs and statement groups.

Small stories score every cross-article pair; larger ones only pairs that share a
blocking key (a value, an entity, a locality-sensitive hash of the embedding), so
the work grows with the number of matches, not with the square of all sentences.
The value rows (``valuerows``) and the numbers written outside values (``written``) read the alignment made here.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from ..disjoint import DisjointSets
from ..matching import all_pairs, best_matches, candidate_pairs, dots, lsh_keys
from ..model import Claim, Story, Value
from ..resources import Context
from ..valuecompare import dimension, same
from .compatible import Side
from .dating import Calendar
from .valuekeys import Mention
from .valuereads import row_key

# Cross-lingual e5 similarities: translations 0.83-0.92, related but different sentences up to ~0.9 (same language
# higher), so alignment rests on being each other's best match by a clear lead, not on a bare threshold.
ALIGN = 0.84              # mutual best sentences in different languages at least this similar ...
ALIGN_SAME_LANGUAGE = 0.88  # ... in the same language at least this similar ...
LEAD = 0.02               # ... and ahead of the runner-up on both sides by this much
LEAD_SHARED = 0.01        # ... or by this much when they also share an entity or a value
MATCH = 0.85              # a one-sided clear best match this similar can show a changed number (conflicts only)
MATCH_SAME_LANGUAGE = 0.90
COHESION = 0.82           # sentences of one statement row are on average at least this similar to each other
DUPLICATE = 0.95          # two sentences of one article this similar are one statement repeated
MAX_POSTING = 150     # blocking keys shared by more claims than this are too common to pair on
ALL_PAIRS = 300       # up to this many claims every cross-article pair is scored; above it, blocking keys
SUBJECT_REACH = 40    # characters between a value and an entity written about it ("Apple ... €500 million")


class StoryComparison:
    """Everything computed for one story's claims."""

    def __init__(self, story: Story, claims: list[Claim], ctx: Context, languages: dict[str, str | None],
                 mentions: dict[str, list[tuple[int, int, str]]] | None = None, calendar: Calendar | None = None,
                 people: frozenset[str] = frozenset(), places: frozenset[str] = frozenset()):
        self.story, self.claims, self.ctx, self.languages = story, claims, ctx, languages
        self.people = people  # entity ids of persons: the holders a share can have
        self.places = places  # entity ids of places: what a count may be qualified by ("62 victims in Paiporta")
        self.calendar = calendar or Calendar(None, {})
        self.mentions = mentions or {}  # article -> (start, end, entity id) of each entity mention
        self._one_sided_pairs: set[tuple[int, int]] | None = None
        self._sides: dict[int, tuple[Mention, Side]] = {}  # id of a mention -> (the mention, its side)
        self.article_values: dict[str, list[Value]] = defaultdict(list)
        for c in claims:
            self.article_values[c.article].extend(c.values)
        self.vecs = ctx.embedder.embed([c.text for c in claims]) if claims else np.zeros((0, 1))
        ids = {a: k for k, a in enumerate(dict.fromkeys(c.article for c in claims))}
        self.art = np.array([ids[c.article] for c in claims], dtype=np.int64)
        if len(claims) <= ALL_PAIRS:
            pairs = all_pairs(self.art)
        else:
            keys: list[list[tuple]] = [[] for _ in claims]
            lsh = lsh_keys(self.vecs)
            for i, c in enumerate(claims):
                keys[i].extend(lsh[i])
                keys[i].extend(("ent", e) for e in c.entities)
                keys[i].extend(("val",) + row_key(v) for v in c.values)
            pairs = candidate_pairs(self.art, keys, MAX_POSTING)
        sims = dots(self.vecs, pairs[:, 0], pairs[:, 1])
        self.pairs, self.sims = pairs, sims
        self.matches = best_matches(pairs, sims, self.art, self.vecs, LEAD, DUPLICATE)
        self.alignment = self._align()

    def _shares(self, a: int, b: int) -> bool:
        ca, cb = self.claims[a], self.claims[b]
        if set(ca.entities) & set(cb.entities):
            return True
        return any(same(x, y) for x in ca.values for y in cb.values)

    def sim_of(self, a: int, b: int) -> float:
        return float(self.vecs[a] @ self.vecs[b])

    def _same_language(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        lang = np.array([self.languages.get(c.article) or "" for c in self.claims], dtype=object)
        return lang[a] == lang[b]

    def _align(self) -> set[tuple[int, int]]:
        """Pairs of claims from different articles that state the same thing: each other's best match, similar
        enough, and clearly ahead of the runner-up on both sides (a shared entity or value lowers the lead needed)."""
        m = self.matches
        if len(m.src) == 0:
            return set()
        back = m.lookup(m.best, self.art[m.src], int(self.art.max()) + 1)
        ok = back >= 0
        back_best = np.where(ok, m.best[np.maximum(back, 0)], -1)
        back_lead = np.where(ok, m.lead[np.maximum(back, 0)], 0.0)
        mutual = ok & (back_best == m.src) & (m.src < m.best)
        floor = np.where(self._same_language(m.src, m.best), ALIGN_SAME_LANGUAGE, ALIGN)
        lead = np.minimum(m.lead, back_lead)
        cand = mutual & (m.sim >= floor) & (lead >= LEAD_SHARED)
        out = set()
        for a, b, ld in zip(m.src[cand].tolist(), m.best[cand].tolist(), lead[cand].tolist()):
            if ld >= LEAD or self._shares(a, b):
                out.add((a, b))
        return out

    def aligned(self, a: int, b: int) -> bool:
        """Do two claims from different articles state the same thing?"""
        return (min(a, b), max(a, b)) in self.alignment

    def key_at(self, m: Mention) -> str | None:
        """What a mention of the last ``value_groups`` is keyed by (a count's predicate and qualifier, a share's
        holder), or None."""
        return self.key_by_id.get(id(m))

    def side(self, m: Mention) -> Side:
        """One value mention with what the compatibility rules read about its sentence (built once per mention: the
        side keeps what the rules read of it)."""
        hit = self._sides.get(id(m))
        if hit is not None and hit[0] is m:
            return hit[1]
        c = self.claims[m.claim]
        near = frozenset(eid for s, e, eid in self.mentions.get(c.article, ())
                         if c.start <= s < c.end and m.value.start is not None
                         and max(m.value.start - e, s - m.value.end) <= SUBJECT_REACH)
        dim = dimension(m.value)
        elsewhere = tuple(v for v in self.article_values.get(c.article, ()) if dimension(v) == dim and v != m.value)
        side = Side(m.value, c, self.languages.get(c.article), near, elsewhere)
        self._sides[id(m)] = (m, side)  # the mention is kept, so its id is never another's while this lives
        return side

    def one_sided(self) -> set[tuple[int, int]]:
        """Pairs where one claim is the other's clear best match in its article but not the reverse: a sentence
        whose number was changed may no longer be its counterpart's mutual best."""
        if self._one_sided_pairs is not None:
            return self._one_sided_pairs
        m = self.matches
        if len(m.src) == 0:
            return set()
        floor = np.where(self._same_language(m.src, m.best), MATCH_SAME_LANGUAGE, MATCH)
        cand = (m.sim >= floor) & (m.lead >= LEAD)
        out = {(min(a, b), max(a, b)) for a, b in zip(m.src[cand].tolist(), m.best[cand].tolist())}
        self._one_sided_pairs = out - self.alignment
        return self._one_sided_pairs

    # -- statement groups ------------------------------------------------------------------------
    def statement_groups(self) -> list[list[int]]:
        """Aligned sentences joined into statements, strongest pairs first: a statement holds at most one sentence
        per article and its parts stay close on average, so a chain of related sentences never becomes one row."""
        n = len(self.claims)
        uf = DisjointSets(n)
        arts: dict[int, set[str]] = {}
        sums: dict[int, np.ndarray] = {}
        sizes: dict[int, int] = {}
        for a, b in sorted(self.alignment, key=lambda p: -self.sim_of(*p)):
            ra, rb = uf.find(a), uf.find(b)
            if ra == rb:
                continue
            aa, ab = arts.get(ra, {self.claims[a].article}), arts.get(rb, {self.claims[b].article})
            if aa & ab:
                continue
            va, vb = sums.get(ra, self.vecs[a]), sums.get(rb, self.vecs[b])
            na, nb = sizes.get(ra, 1), sizes.get(rb, 1)
            if float(va @ vb) / (na * nb) < COHESION:
                continue
            uf.union(a, b)
            root = uf.find(a)
            arts[root], sums[root], sizes[root] = aa | ab, va + vb, na + nb
        groups = uf.groups([i for i in range(n) if uf.find(i) in sizes]).values()
        return [sorted(g) for g in groups if len({self.claims[i].article for i in g}) > 1]
