"""Blocking and mutual-best matching: how the linking steps pair items without scoring all pairs.

Entity linking (organisation names across languages), quote linking (one
statement in two articles), the comparison (sentences stating the same thing)
and story clustering share these. Blocking gives candidate pairs: items that
share a key (a value, an entity, a random-hyperplane hash of the embedding),
keys held by too many items being ignored. Matching keeps a pair when each
item is the other's best match, similar enough (``floor``) and ahead of its
runner-up by a margin (``lead``); callers name their thresholds
(``Thresholds``) next to the evidence for them.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When two items match: each other's best, similarity >= ``floor``, ahead of both runners-up by >= ``lead``."""

    floor: float = -1.0
    lead: float = 0.0
    alone: float = 0.0  # the lead of a best match without a runner-up is its similarity minus this


def mutual_best(score: np.ndarray, allowed: np.ndarray | None = None, thresholds: Thresholds = Thresholds(),
                symmetric: bool = False) -> list[tuple[int, int]]:
    """Pairs (row, column) of ``score`` that are each other's best among the ``allowed`` cells, with the floor and
    lead of ``thresholds``; ties go to the lower index. ``symmetric``: rows and columns are one set of items
    (mask the diagonal with ``allowed``), and each pair comes once, row < column."""
    score = np.asarray(score, dtype=np.float64)
    if score.size == 0:
        return []
    ok = np.ones(score.shape, dtype=bool) if allowed is None else np.asarray(allowed, dtype=bool)
    masked = np.where(ok, score, -np.inf)
    row_best, row_lead = _best_and_lead(masked, thresholds.alone)
    col_best, col_lead = _best_and_lead(masked.T, thresholds.alone)
    out = []
    for r, c in enumerate(row_best.tolist()):
        if c < 0 or col_best[c] != r or (symmetric and r >= c):
            continue
        if masked[r, c] >= thresholds.floor and min(row_lead[r], col_lead[c]) >= thresholds.lead:
            out.append((r, c))
    return out


def _best_and_lead(masked: np.ndarray, alone: float) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the column of the best allowed cell (-1 when none) and its lead over the runner-up."""
    if masked.shape[1] == 0:
        return np.full(masked.shape[0], -1), np.zeros(masked.shape[0])
    best = np.argmax(masked, axis=1)
    top = masked[np.arange(len(masked)), best]
    best = np.where(np.isfinite(top), best, -1)
    if masked.shape[1] > 1:
        second = np.partition(masked, -2, axis=1)[:, -2]
    else:
        second = np.full(len(masked), -np.inf)
    with np.errstate(invalid="ignore"):  # rows with nothing allowed subtract infinities; they are set to 0 below
        lead = np.where(np.isfinite(second), top - second, top - alone)
    return best, np.where(np.isfinite(top), lead, 0.0)


# -- blocking ---------------------------------------------------------------------------------------

def lsh_keys(vecs: np.ndarray, tables: int = 10, bits: int = 12, seed: int = 7) -> list[list[tuple]]:
    """Random-hyperplane buckets of the centred vectors: near neighbours share a bucket in some table."""
    if len(vecs) == 0:
        return []
    return hyperplane_keys(vecs - vecs.mean(axis=0, keepdims=True), tables, bits, seed)


def hyperplane_keys(vecs: np.ndarray, tables: int, bits: int, seed: int = 7) -> list[list[tuple]]:
    """Random-hyperplane buckets of vectors already centred by the caller: the same planes for the same seed and
    dimension, so keys computed one item at a time (an online index) match keys computed in a batch."""
    rng = np.random.default_rng(seed)
    planes = rng.standard_normal((tables, vecs.shape[1], bits)).astype(np.float32)
    on = np.einsum("nd,tdb->ntb", np.asarray(vecs, dtype=np.float32), planes) > 0
    codes = (on * (1 << np.arange(bits))).sum(axis=2)
    return [[("lsh", t, int(codes[i, t])) for t in range(tables)] for i in range(len(vecs))]


def candidate_pairs(group: np.ndarray, keys: list[list[tuple]], max_posting: int) -> np.ndarray:
    """Pairs (a < b) of items of different groups (articles) that share a blocking key held by at most
    ``max_posting`` items: commoner keys say nothing about which items match."""
    postings: dict[tuple, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in set(ks):
            postings[k].append(i)
    by_size: dict[int, list[list[int]]] = defaultdict(list)  # postings of one size pair up in one array operation
    for members in postings.values():
        if 2 <= len(members) <= max_posting:
            by_size[len(members)].append(members)
    chunks = []
    for size, lists in by_size.items():
        m = np.array(lists, dtype=np.int64)
        x, y = np.triu_indices(size, 1)
        chunks.append((m[:, x] * len(group) + m[:, y]).ravel())
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(chunks))
    pairs = np.stack([codes // len(group), codes % len(group)], axis=1)
    return pairs[group[pairs[:, 0]] != group[pairs[:, 1]]]


def all_pairs(group: np.ndarray) -> np.ndarray:
    """Every pair (a < b) of items of different groups."""
    x, y = np.triu_indices(len(group), 1)
    keep = group[x] != group[y]
    return np.stack([x[keep], y[keep]], axis=1)


def dots(vecs: np.ndarray, a: np.ndarray, b: np.ndarray, chunk: int = 65536) -> np.ndarray:
    """Row-wise dot products of vecs[a] and vecs[b], in chunks so memory stays flat for millions of pairs."""
    out = np.empty(len(a), dtype=np.float32)
    for at in range(0, len(a), chunk):
        out[at:at + chunk] = np.einsum("nd,nd->n", vecs[a[at:at + chunk]], vecs[b[at:at + chunk]])
    return out


# -- best matches over candidate pairs ----------------------------------------------------------------

@dataclass(slots=True)
class BestMatches:
    """For every (item, other group) with candidates: the best match there, its similarity and its lead over
    the runner-up, where a runner-up that is a near-copy of the best (a repeated sentence) is passed over."""

    src: np.ndarray
    group: np.ndarray
    best: np.ndarray
    sim: np.ndarray
    lead: np.ndarray

    def lookup(self, src: np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
        """Row of each (src, group), or -1 when that item has no candidate in that group."""
        codes = self.src * n_groups + self.group
        want = src * n_groups + group
        pos = np.searchsorted(codes, want)
        pos = np.clip(pos, 0, max(len(codes) - 1, 0))
        found = (len(codes) > 0) & (codes[pos] == want) if len(codes) else np.zeros(len(want), bool)
        return np.where(found, pos, -1)


def best_matches(pairs: np.ndarray, sims: np.ndarray, group: np.ndarray, vecs: np.ndarray, clear_lead: float,
                 near_copy: float) -> BestMatches:
    """The best match of every item in every other group where it has candidates, with its lead: a runner-up
    ``clear_lead`` behind settles the lead; a closer one that is a near-copy of the best (similarity to it
    >= ``near_copy``) is passed over for the next (up to three)."""
    if len(pairs) == 0:
        z = np.zeros(0, dtype=np.int64)
        return BestMatches(z, z, z, np.zeros(0), np.zeros(0))
    src = np.concatenate([pairs[:, 0], pairs[:, 1]])
    dst = np.concatenate([pairs[:, 1], pairs[:, 0]])
    sim = np.concatenate([sims, sims])
    order = np.lexsort((-sim, group[dst], src))
    src, dst, sim = src[order], dst[order], sim[order]
    start = np.r_[True, (src[1:] != src[:-1]) | (group[dst][1:] != group[dst][:-1])]
    first = np.nonzero(start)[0]
    size = np.diff(np.r_[first, len(src)])
    b0, s0 = dst[first], sim[first]
    lead = np.ones(len(first))
    open_ = np.ones(len(first), dtype=bool)
    for k in (1, 2, 3):  # the runner-up: the next candidate that is not a near-copy of the best
        has = open_ & (size > k)
        idx = np.where(has, first + k, first)
        sk = sim[idx]
        clear = has & (s0 - sk >= clear_lead)
        close = np.nonzero(has & ~clear)[0]  # only a close runner-up needs the near-copy test
        copy = np.zeros(len(first), dtype=bool)
        if len(close):
            copy[close] = dots(vecs, b0[close], dst[idx[close]]) >= near_copy
        settle = has & (clear | ~copy)
        lead = np.where(settle, s0 - sk, lead)
        open_ &= ~settle
    return BestMatches(src[first], group[b0], b0, s0, lead)


def best_per_group(scores: np.ndarray, group: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row and per group of columns (``group[j]`` numbers column j's group, 0..n-1, every group present): the
    first column of the group with the row's highest score, and that score; array operations, no loop per row."""
    order = np.argsort(group, kind="stable")
    counts = np.bincount(group, minlength=n)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    ordered = scores[:, order]
    best = np.maximum.reduceat(ordered, starts, axis=1)
    at = np.where(ordered == np.repeat(best, counts, axis=1), order[None, :], len(group))
    return np.minimum.reduceat(at, starts, axis=1), best
