"""BCubed precision and recall of a clustering: how articles were grouped into stories against gold stories.

For each item, precision is the share of its predicted cluster that shares its gold cluster, recall the share
of its gold cluster that shares its predicted cluster; the measure averages both over items (Bagga and
Baldwin, 1998; Amigó et al., 2009). An item the prediction leaves out counts as a cluster of its own.
"""
from __future__ import annotations

from collections import Counter
from typing import Hashable, Mapping

from .measures import Score


def bcubed(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> tuple[float, float, int]:
    """(summed item precision, summed item recall, items) over the gold items."""
    alone = object()
    pred = {i: predicted.get(i, (alone, i)) for i in gold}
    gold_size = Counter(gold.values())
    pred_size = Counter(pred.values())
    both = Counter((gold[i], pred[i]) for i in gold)
    p = sum(both[(gold[i], pred[i])] / pred_size[pred[i]] for i in gold)
    r = sum(both[(gold[i], pred[i])] / gold_size[gold[i]] for i in gold)
    return p, r, len(gold)


def bcubed_score(name: str, gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> Score:
    """BCubed as a Score: the hit counts are the items' precisions and recalls summed (so P = hits / items)."""
    p, r, n = bcubed(gold, predicted)
    return Score(name, round(p, 4), n, round(r, 4), n, note="BCubed over articles: P and R averaged per article")
