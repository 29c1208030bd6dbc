"""Quote linking compares only articles that hold near statements, and its shortcuts give the general answers."""
from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

from storylens.matching import mutual_best
from storylens.model import Article, Quote, Report, Speaker
from storylens.quotes import link
from storylens.quotes.link import Part, _mutual_best, _near_articles, _shortest_elsewhere
from storylens.quotes.linkwho import Relations


def _unit(rng, n, dim=16):
    v = rng.standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_near_articles_are_exactly_the_pairs_with_a_close_statement():
    rng = np.random.default_rng(3)
    group = [f"a{k}" for k in range(9)]
    base = _unit(rng, 6)
    texts, rows, by_article = [], [], {}
    for k, a in enumerate(group):
        for j in range(3):
            if rng.random() < 0.5:  # a statement several articles quote: the same words, the same vector
                t = int(rng.integers(6))
                texts.append(f"shared {t}")
                rows.append(base[t])
            else:  # near one of them (some above the floor, some below) or unrelated
                t = int(rng.integers(6))
                v = base[t] + rng.uniform(0.0, 1.2) * _unit(rng, 1)[0]
                texts.append(f"own {k} {j}")
                rows.append(v / np.linalg.norm(v))
            by_article.setdefault(a, []).append(len(texts) - 1)
    vec = np.stack(rows).astype(np.float32)
    parts = [Part(0, t) for t in texts]
    low = min(link.CONTENT_MIN, link.SAME_LANGUAGE_MIN, link.PART_MIN, link.LIKE_MIN, link.UNNAMED_MIN)
    brute = [(a, b) for a, b in combinations(group, 2)
             if (vec[by_article[a]] @ vec[by_article[b]].T >= low).any()]
    near = _near_articles(group, by_article, parts, vec)
    assert set(brute) <= set(near)  # no pair that may link is skipped
    assert near == sorted(near, key=lambda p: (group.index(p[0]), group.index(p[1])))  # in the order of the pairs
    # and nothing far: every pair found holds two statements within rounding of the floor
    assert all((vec[by_article[a]] @ vec[by_article[b]].T >= low - 2 * link.ROUNDING).any() for a, b in near)
    assert 0 < len(brute) < len(list(combinations(group, 2)))


@pytest.mark.parametrize("seed", range(20))
def test_sparse_mutual_best_is_the_dense_one(seed):
    rng = np.random.default_rng(seed)
    sim = rng.choice([0.8, 0.85, 0.9, 0.95], size=(int(rng.integers(1, 7)), int(rng.integers(1, 7))))  # many ties
    allowed = rng.random(sim.shape) < 0.6
    cells = [(r, c, float(sim[r, c])) for r, c in zip(*np.nonzero(allowed))]
    assert _mutual_best(cells) == mutual_best(sim, allowed)


def test_shortest_elsewhere_is_the_shortest_quote_of_another_article_of_a_group():
    quotes = [Quote(f"{a}:q{n}", a, "w " * n, 0, 1, "direct", Speaker("X", None, "named")) for a, n in
              (("a", 3), ("a", 9), ("b", 5), ("c", 2), ("d", 7))]
    words = [len(q.text.split()) for q in quotes]
    groups = [["a", "b", "c"], ["c", "d"]]
    assert _shortest_elsewhere(quotes, words, groups) == {"a": 2, "b": 2, "c": 3, "d": 2}


def test_relations_of_alike_speakers_are_the_relation_of_each_pair():
    speakers = [Speaker("Anna Kovacs", "kovacs", "named"), Speaker("she", "kovacs", "pronoun"),
                Speaker("Peter Lukin", None, "named"), Speaker("a police spokesman", None, "unnamed"),
                Speaker("the police spokeswoman", None, "unnamed"), Speaker("the ministry", None, "organisation"),
                Speaker("he", None, "pronoun")]
    articles = ("en1", "en2", "ru1")
    quotes = [Quote(f"{a}:q{k}", a, "words", 0, 1, "direct", sp) for a in articles for k, sp in enumerate(speakers)]
    report = Report(articles=tuple(Article(a, "", "", a[:2]) for a in articles))
    cached = Relations(quotes, report)
    assert len(set(cached._kind)) < len(quotes)  # versions of one speaker in one language are one kind
    for i, j in combinations(range(len(quotes)), 2):
        assert cached(i, j) == cached(j, i) == Relations(quotes, report)._relation(i, j)
