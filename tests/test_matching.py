"""Blocking and mutual-best matching, shared by entity linking, quote linking and the comparison."""
from __future__ import annotations

import numpy as np

from storylens.matching import Thresholds, all_pairs, best_matches, candidate_pairs, dots, lsh_keys, mutual_best


def test_mutual_best_pairs_rows_and_columns_that_choose_each_other():
    score = np.array([[0.9, 0.2, 0.1],
                      [0.8, 0.7, 0.3],
                      [0.1, 0.2, 0.6]])
    # row 1 prefers column 0, which prefers row 0: no pair for row 1
    assert mutual_best(score) == [(0, 0), (2, 2)]
    assert mutual_best(score, thresholds=Thresholds(floor=0.65)) == [(0, 0)]
    allowed = np.ones_like(score, dtype=bool)
    allowed[0, 0] = False
    assert mutual_best(score, allowed) == [(1, 0), (2, 2)]


def test_the_lead_over_the_runner_up_counts_on_both_sides():
    score = np.array([[0.90, 0.89],
                      [0.10, 0.20]])
    assert mutual_best(score, thresholds=Thresholds(lead=0.05)) == []  # row 0 barely prefers column 0
    assert mutual_best(score, thresholds=Thresholds(lead=0.005)) == [(0, 0)]
    assert mutual_best(np.array([[0.9]]), thresholds=Thresholds(lead=0.5)) == [(0, 0)]  # no runner-up: lead = 0.9
    assert mutual_best(np.array([[0.9]]), thresholds=Thresholds(lead=0.5, alone=0.6)) == []


def test_one_set_against_itself_gives_each_pair_once():
    vecs = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0]])
    sims = vecs @ vecs.T
    off_diagonal = ~np.eye(3, dtype=bool)
    assert mutual_best(sims, off_diagonal, symmetric=True) == [(0, 1)]
    assert mutual_best(np.zeros((0, 0))) == []


def test_blocking_pairs_items_of_different_groups_sharing_a_rare_key():
    group = np.array([0, 0, 1, 1, 2])
    keys = [[("v", 1)], [("v", 2)], [("v", 1)], [("common",)], [("v", 1), ("common",)]]
    pairs = candidate_pairs(group, keys + [], max_posting=3)
    assert sorted(map(tuple, pairs.tolist())) == [(0, 2), (0, 4), (2, 4), (3, 4)]
    keys[1] = [("common",)]
    assert (1, 3) not in map(tuple, candidate_pairs(group, keys, max_posting=2).tolist())  # too common now
    assert sorted(map(tuple, all_pairs(np.array([0, 0, 1])).tolist())) == [(0, 2), (1, 2)]


def test_near_vectors_share_a_hash_bucket():
    rng = np.random.default_rng(1)
    base = rng.standard_normal((20, 16)).astype(np.float32)
    near = base + 0.01 * rng.standard_normal(base.shape).astype(np.float32)
    keys = lsh_keys(np.concatenate([base, near]))
    assert all(set(keys[i]) & set(keys[i + 20]) for i in range(20))


def test_best_matches_pass_over_a_near_copy_for_the_lead():
    vecs = np.array([[1.0, 0.0], [0.995, 0.0998], [0.995, 0.0998], [0.6, 0.8]], dtype=np.float32)
    group = np.array([0, 1, 1, 1])
    pairs = np.array([[0, 1], [0, 2], [0, 3]])
    m = best_matches(pairs, dots(vecs, pairs[:, 0], pairs[:, 1]), group, vecs, clear_lead=0.02, near_copy=0.95)
    row = int(np.nonzero(m.src == 0)[0][0])
    assert m.best[row] == 1 and abs(m.lead[row] - (0.995 - 0.6)) < 1e-3  # item 2 repeats item 1: not a rival
