"""The array helpers value grouping links with: best column per group of columns, connected components."""
from __future__ import annotations

import numpy as np

from storylens.disjoint import DisjointSets, components
from storylens.matching import best_per_group


def _loop_best(scores: np.ndarray, group: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The same answer by a loop per group, as value grouping computed it before."""
    top = np.zeros((scores.shape[0], n), dtype=np.int64)
    best = np.zeros((scores.shape[0], n), dtype=scores.dtype)
    for g in range(n):
        cols = np.nonzero(group == g)[0]
        top[:, g] = cols[np.argmax(scores[:, cols], axis=1)]
        best[:, g] = scores[np.arange(len(scores)), top[:, g]]
    return top, best


def test_best_per_group_matches_a_loop_with_ties():
    rng = np.random.default_rng(3)
    for _ in range(50):
        rows, cols = rng.integers(1, 12), rng.integers(1, 15)
        group = rng.integers(0, cols, cols)
        group = np.unique(group, return_inverse=True)[1].reshape(-1)  # every group present, numbered 0..n-1
        n = int(group.max()) + 1
        # few distinct scores, so rows often tie inside a group: the first column must win, as argmax does
        scores = rng.integers(-2, 3, (rows, cols)).astype(np.float32) / 2
        top, best = best_per_group(scores, group, n)
        want_top, want_best = _loop_best(scores, group, n)
        assert np.array_equal(top, want_top)
        assert np.array_equal(best, want_best)


def test_best_per_group_small_case_by_hand():
    scores = np.array([[0.1, 0.9, 0.9, 0.3],
                       [0.5, 0.2, 0.4, 0.8]])
    group = np.array([1, 0, 1, 0])  # columns 1 and 3 form group 0, columns 0 and 2 group 1
    top, best = best_per_group(scores, group, 2)
    assert top.tolist() == [[1, 2], [3, 0]]
    assert best.tolist() == [[0.9, 0.9], [0.8, 0.5]]


def test_components_equal_union_find():
    rng = np.random.default_rng(5)
    for _ in range(50):
        n = int(rng.integers(1, 40))
        k = int(rng.integers(0, 2 * n))
        xs, ys = rng.integers(0, n, k), rng.integers(0, n, k)
        uf = DisjointSets(n)
        for x, y in zip(xs.tolist(), ys.tolist()):
            uf.union(x, y)
        assert components(n, xs, ys).tolist() == [uf.find(i) for i in range(n)]


def test_components_of_a_long_chain_and_no_links():
    n = 200
    order = np.random.default_rng(1).permutation(n)
    label = components(n, order[:-1], order[1:])  # one chain through every item, in shuffled order
    assert set(label.tolist()) == {0}
    assert components(3, np.array([], dtype=np.int64), np.array([], dtype=np.int64)).tolist() == [0, 1, 2]
