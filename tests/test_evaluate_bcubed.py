"""BCubed precision and recall on hand-worked clusterings."""
from __future__ import annotations

import pytest

from storylens.evaluate.bcubed import bcubed, bcubed_score

GOLD = {"a1": "x", "a2": "x", "a3": "x", "b1": "y", "b2": "y"}


def test_a_perfect_clustering_scores_one():
    p, r, n = bcubed(GOLD, {"a1": 1, "a2": 1, "a3": 1, "b1": 2, "b2": 2})
    assert (p / n, r / n) == (1.0, 1.0)


def test_everything_in_one_cluster_has_full_recall_and_low_precision():
    s = bcubed_score("s", GOLD, {k: 0 for k in GOLD})
    # each a-item's cluster of 5 holds 3 of its story, each b-item's 2: (3*3/5 + 2*2/5) / 5
    assert s.precision == pytest.approx(13 / 25, abs=1e-4) and s.recall == 1.0


def test_singletons_have_full_precision_and_low_recall():
    s = bcubed_score("s", GOLD, {})  # items left out are clusters of their own
    assert s.precision == 1.0 and s.recall == pytest.approx((3 * 1 / 3 + 2 * 1 / 2) / 5, abs=1e-4)


def test_a_wrong_merge_costs_precision_and_a_split_costs_recall():
    merged = bcubed_score("s", GOLD, {"a1": 1, "a2": 1, "a3": 1, "b1": 1, "b2": 2})
    split = bcubed_score("s", GOLD, {"a1": 1, "a2": 1, "a3": 3, "b1": 2, "b2": 2})
    assert merged.precision == pytest.approx((3 * 3 / 4 + 1 / 4 + 1) / 5, abs=1e-4) and merged.recall == pytest.approx((3 + 0.5 + 0.5) / 5, abs=1e-4)
    assert split.precision == 1.0 and split.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, abs=1e-4)
    assert 0 < merged.f1 < 1 and 0 < split.f1 < 1
