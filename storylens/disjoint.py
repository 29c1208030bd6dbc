"""Disjoint sets (union-find) over item indices: how linking stages turn pairwise links into groups."""
from __future__ import annotations

from typing import Iterable

import numpy as np


class DisjointSets:
    """Union-find with path halving; the smallest index of a set is its representative."""

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

    def groups(self, items: Iterable[int] | None = None) -> dict[int, list[int]]:
        """Representative → members (of ``items``, default every index), in the order given."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)) if items is None else items:
            out.setdefault(self.find(i), []).append(i)
        return out


def components(n: int, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """The connected components of n items linked by the pairs (xs[k], ys[k]): each item's smallest linked index."""
    label = np.arange(n)
    xs, ys = np.asarray(xs, dtype=np.int64), np.asarray(ys, dtype=np.int64)
    while True:
        low = np.minimum(label[xs], label[ys])
        new = label.copy()
        np.minimum.at(new, xs, low)
        np.minimum.at(new, ys, low)
        while not np.array_equal(new[new], new):
            new = new[new]  # a label's own label is smaller still: follow it
        if np.array_equal(new, label):
            return label
        label = new
