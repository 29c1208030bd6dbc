"""Disjoint sets (union-find) over item indices: how linking stages turn pairwise links into groups."""
from __future__ import annotations

from typing import Iterable


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
