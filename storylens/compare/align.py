"""Aligning claims across the articles of a story: candidate pairs, similarities, value and statement groups.

Small stories score every cross-article pair; larger ones only pairs that share a
blocking key (a value, an entity, a locality-sensitive hash of the embedding), so
the work grows with the number of matches, not with the square of all sentences.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ..disjoint import DisjointSets
from ..matching import all_pairs, best_matches, candidate_pairs, dots, lsh_keys
from ..model import Claim, Story, Value
from ..resources import Context
from ..values import dimension, key, overlap, same

# Cross-lingual e5 similarities: translations 0.83-0.92, related but different sentences up to ~0.9 (same language
# higher), so alignment rests on being each other's best match by a clear lead, not on a bare threshold.
ALIGN = 0.84              # mutual best sentences in different languages at least this similar ...
ALIGN_SAME_LANGUAGE = 0.88  # ... in the same language at least this similar ...
LEAD = 0.02               # ... and ahead of the runner-up on both sides by this much
LEAD_SHARED = 0.01        # ... or by this much when they also share an entity or a value
MATCH = 0.85              # a one-sided clear best match this similar can show a changed number (conflicts only)
MATCH_SAME_LANGUAGE = 0.90
DUPLICATE = 0.95          # two sentences of one article this similar are one statement repeated
VALUE_MATCH = 0.78    # equal values: mutual best sentences at least this similar
VALUE_ALONE = 0.86    # equal values: any pair this similar joins even when not mutual best
NOUN_MATCH = 0.84     # counted things ("four plants" / "четыре завода") at least this similar
MAX_POSTING = 150     # blocking keys shared by more claims than this are too common to pair on
ALL_PAIRS = 300       # up to this many claims every cross-article pair is scored; above it, blocking keys


@dataclass(slots=True)
class Mention:
    claim: int      # index into the story's claims
    value: Value
    article: str


def _bare_pair(a: Value, b: Value) -> bool:
    """One is a bare number and the other a single number of any kind: comparable as plain numbers."""
    bare = (a.kind == "count" and a.unit is None) or (b.kind == "count" and b.unit is None)
    return bare and all(isinstance(v.value, (int, float)) and v.kind != "date" for v in (a, b))


def _bare_equal(a: Value, b: Value) -> bool:
    """One is a bare number (a count of nothing named) and both give the same number."""
    if not ((a.kind == "count" and a.unit is None) or (b.kind == "count" and b.unit is None)):
        return False
    if isinstance(a.value, (list, str)) or isinstance(b.value, (list, str)):
        return False
    return float(a.value) == float(b.value)


class StoryComparison:
    """Everything computed for one story's claims."""

    def __init__(self, story: Story, claims: list[Claim], ctx: Context, languages: dict[str, str | None]):
        self.story, self.claims, self.ctx, self.languages = story, claims, ctx, languages
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
                keys[i].extend(("val",) + key(v) for v in c.values)
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

    # -- value groups ----------------------------------------------------------------------------
    def value_groups(self) -> list[tuple[list[Mention], bool]]:
        mentions = [Mention(i, v, c.article) for i, c in enumerate(self.claims) for v in c.values]
        uf = DisjointSets(len(mentions))
        by_key: dict[tuple, list[int]] = defaultdict(list)
        for m_i, m in enumerate(mentions):
            by_key[key(m.value)].append(m_i)
        nouns = self._noun_vectors(mentions, by_key)
        for members in by_key.values():
            # a value given by very many mentions is linked in overlapping windows: linear, and still connected
            step = MAX_POSTING // 2
            for at in range(0, max(1, len(members) - step), step):
                self._link_equal(members[at:at + MAX_POSTING], mentions, nouns, uf)
        conflicts, agreements = self._conflicts(mentions, nouns, uf)
        for a, b in agreements + conflicts:
            uf.union(a, b)
        conflicted = {uf.find(a) for a, _ in conflicts}
        return [([mentions[i] for i in g], root in conflicted) for root, g in uf.groups(range(len(mentions))).items()]

    def _noun_vectors(self, mentions: list[Mention], by_key: dict[tuple, list[int]]) -> dict[int, np.ndarray]:
        """Embeddings of "number + counted thing" phrases, for counts that can meet another article's count: an
        equal one elsewhere, or any in a sentence matched across articles (only those are ever compared)."""
        shared = {i for members in by_key.values() if len({mentions[m].article for m in members}) > 1
                  for i in members}
        matched = {c for pair in self.alignment | self._one_sided() for c in pair}
        idx = [i for i, m in enumerate(mentions) if m.value.kind == "count" and m.value.unit
               and (i in shared or m.claim in matched)]
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

    def _link_equal(self, members: list[int], mentions: list[Mention], nouns, uf: DisjointSets) -> None:
        """Join mentions of one value (one blocking key: equal values) when they are about the same thing:
        each other's best match across two articles, or very similar sentences anyway."""
        if len(members) < 2:
            return
        claim_idx = np.array([mentions[m].claim for m in members])
        arts = np.array([mentions[m].article for m in members], dtype=object)
        sims = self.vecs[claim_idx] @ self.vecs[claim_idx].T
        ok = np.ones_like(sims, dtype=bool)
        counted = [m in nouns for m in members]
        if any(counted):
            nv = np.stack([nouns.get(m, np.zeros(self.vecs.shape[1], np.float32)) for m in members])
            has = np.array(counted)
            ok = ~(has[:, None] & has[None, :]) | ((nv @ nv.T) >= NOUN_MATCH)
        same_article = arts[:, None] == arts[None, :]
        for x, y in zip(*np.nonzero(np.triu(same_article & ok, 1))):
            # one article repeating a value about the same thing (the same or a near-duplicate sentence)
            if claim_idx[x] == claim_idx[y] or sims[x, y] >= VALUE_ALONE:
                uf.union(members[x], members[y])
        scores = np.where(ok & ~same_article, sims, -2.0)
        best: dict[tuple[int, str], int] = {}
        for art in dict.fromkeys(arts):
            cols = np.nonzero(arts == art)[0]
            top = cols[np.argmax(scores[:, cols], axis=1)]
            for x in range(len(members)):
                if scores[x, top[x]] > -2.0:
                    best[(x, art)] = int(top[x])
        for (x, art), y in best.items():
            s = scores[x, y]
            mutual = best.get((y, arts[x])) == x
            if (mutual and s >= VALUE_MATCH) or s >= VALUE_ALONE:
                uf.union(members[x], members[y])

    def _one_sided(self) -> set[tuple[int, int]]:
        """Pairs where one claim is the other's clear best match in its article but not the reverse: a sentence
        whose number was changed may no longer be its counterpart's mutual best."""
        m = self.matches
        if len(m.src) == 0:
            return set()
        floor = np.where(self._same_language(m.src, m.best), MATCH_SAME_LANGUAGE, MATCH)
        cand = (m.sim >= floor) & (m.lead >= LEAD)
        out = {(min(a, b), max(a, b)) for a, b in zip(m.src[cand].tolist(), m.best[cand].tolist())}
        return out - self.alignment

    def _conflicts(self, mentions: list[Mention], nouns, uf: DisjointSets
                   ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Mentions that give different values for one thing in matching sentences (conflicts), and mentions of
        one number that a translation wrote without its unit ("over 65" / "старше 65 лет": agreements)."""
        by_claim: dict[int, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            by_claim[m.claim].append(i)
        group_articles: dict[int, set[str]] = defaultdict(set)
        for i, m in enumerate(mentions):
            group_articles[uf.find(i)].add(m.article)
        keys = [key(m.value) for m in mentions]
        approx = [m.value.approximate for m in mentions]
        conflicts, agreements = [], []
        pairs = [(p, True) for p in sorted(self.alignment)] + [(p, False) for p in sorted(self._one_sided())]
        for (a, b), aligned in pairs:
            if a not in by_claim or b not in by_claim:
                continue
            left, right = list(by_claim[a]), list(by_claim[b])
            if not aligned:
                # a weaker match only counts values the other article gives nowhere else
                left = [x for x in left if self.claims[b].article not in group_articles[uf.find(x)]]
                right = [y for y in right if self.claims[a].article not in group_articles[uf.find(y)]]
            for x in list(left):  # values both sentences give are not in conflict
                for y in right:
                    if keys[x] == keys[y] or ((approx[x] or approx[y]) and same(mentions[x].value, mentions[y].value)):
                        left.remove(x)
                        right.remove(y)
                        break
            for x in list(left):  # a bare number against the same number with a unit
                for y in right:
                    if _bare_equal(mentions[x].value, mentions[y].value):
                        agreements.append((x, y))
                        left.remove(x)
                        right.remove(y)
                        break
            for dim in {dimension(mentions[x].value) for x in left}:
                lx = [x for x in left if dimension(mentions[x].value) == dim]
                ry = [y for y in right if dimension(mentions[y].value) == dim]
                # only a one-to-one difference is read as a conflict; several loose values are ambiguous
                if len(lx) == 1 and len(ry) == 1 and self._things_match(lx[0], ry[0], nouns) \
                        and not overlap(mentions[lx[0]].value, mentions[ry[0]].value):
                    conflicts.append((lx[0], ry[0]))
                    left.remove(lx[0])
                    right.remove(ry[0])
            if len(left) == 1 and len(right) == 1 and _bare_pair(mentions[left[0]].value, mentions[right[0]].value):
                conflicts.append((left[0], right[0]))  # "over 65" / "старше 66 лет"
        return conflicts, agreements

    # -- statement groups ------------------------------------------------------------------------
    def statement_groups(self) -> list[list[int]]:
        uf = DisjointSets(len(self.claims))
        linked = set()
        for (a, b) in self.alignment:
            uf.union(a, b)
            linked.update((a, b))
        groups = [g for g in uf.groups(sorted(linked)).values()]
        return [g for g in groups if len({self.claims[i].article for i in g}) > 1]


