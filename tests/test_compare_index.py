"""The indexes the comparison links with: best column per group of columns, connected components, candidate pairs
by blocking keys, predicate stems by prefix, sentences close to a denial fetched at once."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from storylens.compare.disputes import _Closeness
from storylens import lang
from storylens.compare.predicates import _filtered, _Stems, _table, predicate
from storylens.disjoint import DisjointSets, components
from storylens.matching import best_per_group, candidate_pairs


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


def _loop_candidates(group: np.ndarray, keys: list[list[tuple]], max_posting: int) -> set[tuple[int, int]]:
    """Every pair of items of different groups sharing a key held by at most max_posting items, by a loop."""
    holders: dict[tuple, set[int]] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            holders.setdefault(k, set()).add(i)
    return {(a, b) for items in holders.values() if 2 <= len(items) <= max_posting
            for a in items for b in items if a < b and group[a] != group[b]}


def test_candidate_pairs_match_a_loop_over_keys():
    rng = np.random.default_rng(11)
    for _ in range(60):
        n = int(rng.integers(0, 40))
        group = rng.integers(0, 5, n)
        keys = [[("k", int(x)) for x in rng.integers(0, 12, rng.integers(0, 4))] for _ in range(n)]
        max_posting = int(rng.integers(2, 9))
        pairs = candidate_pairs(group, keys, max_posting)
        got = [tuple(p) for p in pairs.tolist()]
        assert got == sorted(got)  # in order, each once
        assert set(got) == _loop_candidates(group, keys, max_posting)


def _scan(word: str, stems: tuple[tuple[str, str], ...]) -> str | None:
    """A stem's class by a scan of the stems, longest first: how predicates found it before the index."""
    for stem, name in sorted(stems, key=lambda s: -len(s[0])):
        if word.startswith(stem):
            return name
    return None


def test_stem_index_finds_what_a_scan_finds():
    stems = (("zgin", "killed"), ("zginę", "killed_b"), ("ran", "injured"), ("rann", "injured_b"), ("ran", "other"),
             ("arest", "arrested"), ("", "anything"))
    index = _Stems(tuple(sorted(stems, key=lambda s: -len(s[0]))))
    for word in ("zginęło", "zginął", "ranni", "rannych", "ran", "ra", "aresztowano", "arestovany", "", "x"):
        assert index.find(word) == _scan(word, stems), word
    assert _Stems(()).find("zginęło") is None and len(_Stems(())) == 0


def test_every_language_table_finds_by_index_what_a_scan_finds():
    folders = sorted(p.parent.name for p in (Path(lang.__file__).parent).glob("*/numbers.toml"))
    assert len(folders) > 10
    for code in folders:
        for section in ("predicates", "acts"):
            exact, stems, _ = _table(code, section)
            index = _Stems(stems)
            for stem, _name in stems:
                for word in (stem, stem + "ami", stem[:-1], stem + " x"):
                    assert index.find(word) == _scan(word, stems), (code, section, word)
            for shares in (True, False):
                kept = _filtered(code, section, shares)[1]
                assert len(kept) <= len(index)
    assert predicate("Two soldiers were killed on Monday", 0, 3, "en") == "dead"
    assert predicate("Two soldiers were killed on Monday", 0, 3, "en", shares=True) is None


def test_closeness_fetched_at_once_equals_one_at_a_time():
    rng = np.random.default_rng(2)
    vecs = rng.standard_normal((300, 8)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    vecs[10] = vecs[3]  # a repeated sentence: close to 3 whatever the rounding
    cvec = {3: vecs[3] * 0.99 + vecs[4] * 0.01}
    one = _Closeness(vecs, cvec)
    together = _Closeness(vecs, cvec)
    together.fetch([3, 5, 7, 200])
    for sentences in ([3], [5, 7], [200, 3]):
        a, b = one.best([3], sentences), together.best([3], sentences)
        assert a.keys() == b.keys() and all(abs(a[i] - b[i]) < 1e-6 for i in a)
    assert 10 in one.best([], [3])
