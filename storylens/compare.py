"""Comparison: group claims about the same thing across the articles of a story and give each group a status.

Two kinds of group come out:

* value groups: one value (a count of plants, a sum of money, a year...) as each
  article gives it. Mentions pair up across articles when their values agree and
  their sentences are each other's best match (cross-lingual embeddings) and, for
  counts, the counted things match too. Sentences aligned as the same statement
  whose values of one dimension differ make a ``conflicting`` group.
* statement groups: sentences that say the same thing in different articles,
  ``agreed`` unless one article states it flatly and another only as a
  possibility or denies it (``disputed``).

Candidates come from blocking keys (value keys, shared entities, locality-sensitive
hashes of the embeddings), never from all pairs of sentences, and groups never
cross stories. Embeddings are taken from ``ctx.embedder`` (computed once per text).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

import numpy as np

from .claims import cues
from .model import Claim, Group, Story, Value
from .pipeline import FunctionStage, Report
from .resources import Context
from .values import dimension, key, same

ALIGN = 0.86          # mutual best sentences at least this similar state the same thing
ALIGN_ENTITY = 0.83   # ... or this similar when they also share an entity or a value
VALUE_MATCH = 0.78    # equal values: mutual best sentences at least this similar
VALUE_ALONE = 0.86    # equal values: any pair this similar joins even when not mutual best
NOUN_MATCH = 0.84     # counted things ("four plants" / "четыре завода") at least this similar
MAX_POSTING = 400     # blocking keys shared by more claims than this are too common to pair on
LSH_TABLES, LSH_BITS = 8, 10
ALL_PAIRS = 300       # up to this many claims every cross-article pair is scored; above it, blocking keys


@dataclass(slots=True)
class _Mention:
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


def _best_by_article(pairs: dict[tuple[int, int], float], claims: list[Claim]) -> dict[tuple[int, str], tuple[int, float]]:
    best: dict[tuple[int, str], tuple[int, float]] = {}
    for (a, b), s in pairs.items():
        for x, y in ((a, b), (b, a)):
            k = (x, claims[y].article)
            if k not in best or s > best[k][1]:
                best[k] = (y, s)
    return best


def _mutual(a: int, b: int, best, claims: list[Claim]) -> bool:
    return best.get((a, claims[b].article), (None,))[0] == b and best.get((b, claims[a].article), (None,))[0] == a


class _StoryComparison:
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
        self.best = _best_by_article(self.sim, claims)
        self.shared = {p: self._shares(*p) for p in self.sim}

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

    def aligned(self, a: int, b: int) -> bool:
        """Do two claims from different articles state the same thing?"""
        p = (min(a, b), max(a, b))
        if p not in self.sim or not _mutual(a, b, self.best, self.claims):
            return False
        return self.sim[p] >= (ALIGN_ENTITY if self.shared[p] else ALIGN)

    # -- value groups ----------------------------------------------------------------------------
    def value_groups(self) -> list[tuple[list[_Mention], bool]]:
        mentions = [_Mention(i, v, c.article) for i, c in enumerate(self.claims) for v in c.values]
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

    def _noun_vectors(self, mentions: list[_Mention]) -> dict[int, np.ndarray]:
        """Embeddings of "number + counted thing" phrases, for counts only."""
        idx = [i for i, m in enumerate(mentions) if m.value.kind == "count" and m.value.unit]
        if not idx:
            return {}
        phrases = [self._count_phrase(mentions[i]) for i in idx]
        vecs = self.ctx.embedder.embed(phrases)
        return dict(zip(idx, vecs))

    def _count_phrase(self, m: _Mention) -> str:
        c = self.claims[m.claim]
        start = m.value.start - c.start
        tail = c.text[start:].split()
        return " ".join(tail[:4])

    def _things_match(self, a: int, b: int, nouns: dict[int, np.ndarray]) -> bool:
        if a in nouns and b in nouns:
            return float(nouns[a] @ nouns[b]) >= NOUN_MATCH
        return True

    def _link_equal(self, members: list[int], mentions: list[_Mention], nouns, uf: _UnionFind) -> None:
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

    def _conflicts(self, mentions: list[_Mention], nouns) -> list[tuple[int, int]]:
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


def _qualified(c: Claim, language: str | None) -> bool:
    """The claim only allows for something or denies it (strong qualifiers, explicit denials)."""
    found = cues(c.text, language)
    return "qualifiers" in found or "denials" in found


def _articles(claims: list[Claim]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.article for c in claims))


def _pick(claims: list[Claim], languages: dict[str, str | None], prefer: str) -> Claim:
    for c in claims:
        if languages.get(c.article) == prefer:
            return c
    return claims[0]


def _value_label(mentions: list[_Mention], claims: list[Claim], languages, prefer: str) -> str:
    chosen = next((m for m in mentions if languages.get(m.article) == prefer), mentions[0])
    v = chosen.value
    if v.kind == "count" and v.unit and v.unit not in v.text.lower():
        return f"{v.text} {v.unit}"
    return v.text


def _statement_label(claims: list[Claim], languages, prefer: str, words: int = 9) -> str:
    c = _pick(claims, languages, prefer)
    parts = c.text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def compare_story(story: Story, claims: list[Claim], ctx: Context, languages: dict[str, str | None],
                  prefer: str = "en") -> list[Group]:
    """Groups with statuses for one story's claims (ids are assigned by the caller)."""
    sc = _StoryComparison(story, claims, ctx, languages)
    groups: list[Group] = []
    for mentions, conflicted in sc.value_groups():
        members = [claims[i] for i in dict.fromkeys(m.claim for m in mentions)]
        arts = _articles(members)
        values = []
        for m in mentions:
            if not any(same(m.value, v) for v in values):
                values.append(m.value)
        label = _value_label(mentions, members, languages, prefer)
        if conflicted and len(values) > 1:
            by_art = "; ".join(f"{a}: {', '.join(dict.fromkeys(m.value.text for m in mentions if m.article == a))}"
                               for a in arts)
            groups.append(Group("", f"{mentions[0].value.kind}: {label}", "conflicting", tuple(c.id for c in members),
                                arts, [v.value for v in values], f"values differ — {by_art}", story.id))
            continue
        status = "agreed" if len(arts) > 1 else "single_source"
        note = None
        if len(arts) > 1 and any(m.value.approximate for m in mentions):
            note = "some sources give the value as approximate"
        groups.append(Group("", f"{mentions[0].value.kind}: {label}", status, tuple(c.id for c in members), arts,
                            mentions[0].value.value, note, story.id))
    for idx in sc.statement_groups():
        members = [claims[i] for i in idx]
        arts = _articles(members)
        qualified = {c.article for c in members if _qualified(c, languages.get(c.article))}
        flat = {c.article for c in members if c.modality in ("asserted", "reported") and c.article not in qualified}
        status, note = "agreed", None
        if qualified and flat:
            status = "disputed"
            note = (f"stated by {', '.join(sorted(flat))}; only allowed for, doubted or denied by "
                    f"{', '.join(sorted(qualified))}")
        groups.append(Group("", _statement_label(members, languages, prefer), status, tuple(c.id for c in members),
                            arts, None, note, story.id))
    return groups


def compare(report: Report, ctx: Context) -> Report:
    languages = {a.id: a.language for a in report.articles}
    stories = report.stories or (Story("s1", "story", tuple(a.id for a in report.articles)),)
    prefer = ctx.settings.report_language
    out: list[Group] = []
    for story in stories:
        members = set(story.articles)
        claims = [c for c in report.claims if c.article in members]
        for g in compare_story(story, claims, ctx, languages, prefer):
            out.append(replace(g, id=f"g{len(out) + 1}"))
    return replace(report, comparison=tuple(out))


STAGE = FunctionStage("compare", compare, needs=("claims", "stories"), adds=("comparison",))
