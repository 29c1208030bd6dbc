"""Aligning claims across the articles of a story: candidate pairs, similarities, value and statement groups.

Small stories score every cross-article pair; larger ones only pairs that share a
blocking key (a value, an entity, a locality-sensitive hash of the embedding), so
the work grows with the number of matches, not with the square of all sentences.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ..model import Claim, Story, Value
from ..resources import Context
from ..values import dimension, key, same

# Cross-lingual e5 similarities: translations 0.83-0.92, related but different sentences up to ~0.9 (same language
# higher), so alignment rests on being each other's best match by a clear lead, not on a bare threshold.
ALIGN = 0.84              # mutual best sentences in different languages at least this similar ...
ALIGN_SAME_LANGUAGE = 0.88  # ... in the same language at least this similar ...
LEAD = 0.02               # ... and ahead of the runner-up on both sides by this much
LEAD_SHARED = 0.01        # ... or by this much when they also share an entity or a value
DUPLICATE = 0.95          # two sentences of one article this similar are one statement repeated
VALUE_MATCH = 0.78    # equal values: mutual best sentences at least this similar
VALUE_ALONE = 0.86    # equal values: any pair this similar joins even when not mutual best
NOUN_MATCH = 0.84     # counted things ("four plants" / "четыре завода") at least this similar
MAX_POSTING = 400     # blocking keys shared by more claims than this are too common to pair on
LSH_TABLES, LSH_BITS = 8, 10
ALL_PAIRS = 300       # up to this many claims every cross-article pair is scored; above it, blocking keys


@dataclass(slots=True)
class Mention:
    claim: int      # index into the story's claims
    value: Value
    article: str


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self, items) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in items:
            out[self.find(i)].append(i)
        return out


def _lsh_keys(vecs: np.ndarray, seed: int = 7) -> list[list[tuple]]:
    """Random-hyperplane buckets of the centred vectors: near neighbours share a bucket in some table."""
    if len(vecs) == 0:
        return []
    centred = vecs - vecs.mean(axis=0, keepdims=True)
    rng = np.random.default_rng(seed)
    planes = rng.standard_normal((LSH_TABLES, vecs.shape[1], LSH_BITS)).astype(np.float32)
    bits = np.einsum("nd,tdb->ntb", centred, planes) > 0
    weights = 1 << np.arange(LSH_BITS)
    codes = (bits * weights).sum(axis=2)
    return [[("lsh", t, int(codes[i, t])) for t in range(LSH_TABLES)] for i in range(len(vecs))]


def _candidate_pairs(claims: list[Claim], keys: list[list[tuple]]) -> set[tuple[int, int]]:
    """Pairs of claims from different articles that share a blocking key (rare keys only)."""
    postings: dict[tuple, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in set(ks):
            postings[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) < 2 or len(members) > MAX_POSTING:
            continue
        for x in range(len(members)):
            a = members[x]
            for b in members[x + 1:]:
                if claims[a].article != claims[b].article:
                    pairs.add((a, b))
    return pairs


def _ranked_by_article(pairs: dict[tuple[int, int], float], claims: list[Claim]) -> dict[tuple[int, str], list[tuple[float, int]]]:
    """For each claim and other article: that article's candidates, most similar first."""
    ranked: dict[tuple[int, str], list[tuple[float, int]]] = defaultdict(list)
    for (a, b), s in pairs.items():
        ranked[(a, claims[b].article)].append((s, b))
        ranked[(b, claims[a].article)].append((s, a))
    for v in ranked.values():
        v.sort(reverse=True)
    return ranked


class StoryComparison:
    """Everything computed for one story's claims."""

    def __init__(self, story: Story, claims: list[Claim], ctx: Context, languages: dict[str, str | None]):
        self.story, self.claims, self.ctx, self.languages = story, claims, ctx, languages
        self.vecs = ctx.embedder.embed([c.text for c in claims]) if claims else np.zeros((0, 1))
        if len(claims) <= ALL_PAIRS:
            pairs = {(a, b) for a in range(len(claims)) for b in range(a + 1, len(claims))
                     if claims[a].article != claims[b].article}
        else:
            keys: list[list[tuple]] = [[] for _ in claims]
            lsh = _lsh_keys(self.vecs)
            for i, c in enumerate(claims):
                keys[i].extend(lsh[i])
                keys[i].extend(("ent", e) for e in c.entities)
                keys[i].extend(("val",) + key(v) for v in c.values)
            pairs = _candidate_pairs(claims, keys)
        self.sim = self._similarities(pairs)
        self.ranked = _ranked_by_article(self.sim, claims)

    def _similarities(self, pairs: set[tuple[int, int]]) -> dict[tuple[int, int], float]:
        if not pairs:
            return {}
        arr = np.array(sorted(pairs))
        sims = np.einsum("nd,nd->n", self.vecs[arr[:, 0]], self.vecs[arr[:, 1]])
        return {(int(a), int(b)): float(s) for (a, b), s in zip(arr, sims)}

    def _shares(self, a: int, b: int) -> bool:
        ca, cb = self.claims[a], self.claims[b]
        if set(ca.entities) & set(cb.entities):
            return True
        return any(same(x, y) for x in ca.values for y in cb.values)

    def sim_of(self, a: int, b: int) -> float:
        return self.sim.get((min(a, b), max(a, b)), float(self.vecs[a] @ self.vecs[b]))

    def margin(self, a: int, article: str) -> tuple[int | None, float, float]:
        """Claim a's best match in ``article``, its similarity, and its lead over the next match that is not a
        near-copy of the best (an article repeating a sentence must not hide a clear match)."""
        ranked = self.ranked.get((a, article))
        if not ranked:
            return None, 0.0, 0.0
        s0, b = ranked[0]
        for s1, c in ranked[1:]:
            if self.sim_of(b, c) < DUPLICATE:
                return b, s0, s0 - s1
        return b, s0, 1.0

    def aligned(self, a: int, b: int) -> bool:
        """Do two claims from different articles state the same thing? Mutual best, similar enough, and clearly
        ahead of the runner-up on both sides; a shared entity or value lowers the lead needed."""
        ca, cb = self.claims[a], self.claims[b]
        best_b, s, lead_a = self.margin(a, cb.article)
        best_a, _, lead_b = self.margin(b, ca.article)
        if best_b != b or best_a != a:
            return False
        same_language = self.languages.get(ca.article) == self.languages.get(cb.article)
        if s < (ALIGN_SAME_LANGUAGE if same_language else ALIGN):
            return False
        lead = min(lead_a, lead_b)
        return lead >= (LEAD_SHARED if self._shares(a, b) else LEAD)

    # -- value groups ----------------------------------------------------------------------------
    def value_groups(self) -> list[tuple[list[Mention], bool]]:
        mentions = [Mention(i, v, c.article) for i, c in enumerate(self.claims) for v in c.values]
        uf = _UnionFind(len(mentions))
        by_key: dict[tuple, list[int]] = defaultdict(list)
        for m_i, m in enumerate(mentions):
            by_key[key(m.value)].append(m_i)
        nouns = self._noun_vectors(mentions)
        for members in by_key.values():
            if len(members) > MAX_POSTING:
                members = members[:MAX_POSTING]
            self._link_equal(members, mentions, nouns, uf)
        conflicts = self._conflicts(mentions, nouns)
        for a, b in conflicts:
            uf.union(a, b)
        conflicted = {uf.find(a) for a, _ in conflicts}
        return [([mentions[i] for i in g], root in conflicted) for root, g in uf.groups(range(len(mentions))).items()]

    def _noun_vectors(self, mentions: list[Mention]) -> dict[int, np.ndarray]:
        """Embeddings of "number + counted thing" phrases, for counts only."""
        idx = [i for i, m in enumerate(mentions) if m.value.kind == "count" and m.value.unit]
        if not idx:
            return {}
        phrases = [self._count_phrase(mentions[i]) for i in idx]
        vecs = self.ctx.embedder.embed(phrases)
        return dict(zip(idx, vecs))

    def _count_phrase(self, m: Mention) -> str:
        c = self.claims[m.claim]
        start = m.value.start - c.start
        tail = c.text[start:].split()
        return " ".join(tail[:4])

    def _things_match(self, a: int, b: int, nouns: dict[int, np.ndarray]) -> bool:
        if a in nouns and b in nouns:
            return float(nouns[a] @ nouns[b]) >= NOUN_MATCH
        return True

    def _link_equal(self, members: list[int], mentions: list[Mention], nouns, uf: _UnionFind) -> None:
        """Join mentions of one value across articles when they are about the same thing."""
        best: dict[tuple[int, str], tuple[int, float]] = {}
        scored: list[tuple[int, int, float]] = []
        for x in range(len(members)):
            a = members[x]
            for b in members[x + 1:]:
                ma, mb = mentions[a], mentions[b]
                if not same(ma.value, mb.value) or not self._things_match(a, b, nouns):
                    continue
                if ma.article == mb.article:
                    # one article repeating a value about the same thing (a duplicated sentence)
                    if ma.claim == mb.claim or self.sim_of(ma.claim, mb.claim) >= VALUE_ALONE:
                        uf.union(a, b)
                    continue
                s = self.sim_of(ma.claim, mb.claim)
                scored.append((a, b, s))
                for p, q in ((a, b), (b, a)):
                    k = (p, mentions[q].article)
                    if k not in best or s > best[k][1]:
                        best[k] = (q, s)
        for a, b, s in scored:
            mutual = best[(a, mentions[b].article)][0] == b and best[(b, mentions[a].article)][0] == a
            if (mutual and s >= VALUE_MATCH) or s >= VALUE_ALONE:
                uf.union(a, b)

    def _conflicts(self, mentions: list[Mention], nouns) -> list[tuple[int, int]]:
        """Pairs of mentions that give different values for one thing in aligned sentences."""
        by_claim: dict[int, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            by_claim[m.claim].append(i)
        out = []
        for (a, b) in self.sim:
            if a not in by_claim or b not in by_claim or not self.aligned(a, b):
                continue
            left, right = list(by_claim[a]), list(by_claim[b])
            for x in list(left):  # values both sentences give are not in conflict
                for y in right:
                    if same(mentions[x].value, mentions[y].value, 0.1):
                        left.remove(x)
                        right.remove(y)
                        break
            for dim in {dimension(mentions[x].value) for x in left}:
                lx = [x for x in left if dimension(mentions[x].value) == dim]
                ry = [y for y in right if dimension(mentions[y].value) == dim]
                # only a one-to-one difference is read as a conflict; several loose values are ambiguous
                if len(lx) == 1 and len(ry) == 1 and self._things_match(lx[0], ry[0], nouns):
                    out.append((lx[0], ry[0]))
        return out

    # -- statement groups ------------------------------------------------------------------------
    def statement_groups(self) -> list[list[int]]:
        uf = _UnionFind(len(self.claims))
        linked = set()
        for (a, b) in self.sim:
            if self.aligned(a, b):
                uf.union(a, b)
                linked.update((a, b))
        groups = [g for g in uf.groups(sorted(linked)).values()]
        return [g for g in groups if len({self.claims[i].article for i in g}) > 1]


