"""Story clustering: articles placed one by one into stories, across languages, the same way every time."""
from __future__ import annotations

import numpy as np

import storylens
from storylens.cluster.centre import ALL, Centres
from storylens.cluster.index import MemoryIndex
from storylens.cluster.online import TUNING, Clusterer
from storylens.cluster.signature import Signature, day_of, value_keys
from storylens.model import Value
from storylens.settings import Settings

from conftest import REPO

DEMO = REPO / "demo" / "corpus"
DIM = 16


def unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    for axis, weight in parts:
        v[axis] = weight
    return v / np.linalg.norm(v)


def clusterer(**tuning) -> Clusterer:
    from dataclasses import replace

    return Clusterer(MemoryIndex(Centres({ALL: np.zeros(DIM)})), replace(TUNING, **tuning))


def stories_of(c: Clusterer) -> list[set[str]]:
    groups: dict[str, set[str]] = {}
    for article, story in c.index.story_of.items():
        groups.setdefault(story, set()).add(article)
    return sorted(groups.values(), key=min)


def test_close_articles_join_one_story_and_a_far_one_starts_another():
    c = clusterer()
    first = c.place(Signature("a", "en", unit((0, 1.0)), names=("p:peskov",)))
    joined = c.place(Signature("b", "ru", unit((0, 1.0), (1, 0.3)), names=("p:peskov",)))
    apart = c.place(Signature("c", "en", unit((5, 1.0))))
    assert first.score is None and joined.story == first.story and joined.score >= TUNING.join
    assert apart.score is None and apart.story != first.story
    assert stories_of(c) == [{"a", "b"}, {"c"}]


def test_an_old_story_outside_the_window_is_not_joined():
    c = clusterer(window_days=3.0)
    day = day_of("2025-11-18")
    c.place(Signature("a", "en", unit((0, 1.0)), day=day))
    c.place(Signature("b", "en", unit((0, 1.0)), day=day + 2))
    later = c.place(Signature("c", "en", unit((0, 1.0)), day=day + 30))
    assert stories_of(c) == [{"a", "b"}, {"c"}] and later.score is None


def test_a_bridging_article_merges_two_stories_into_the_older_one():
    c = clusterer(join=0.6, merge=0.6, names=0.5, evidence=1.0)
    left = c.place(Signature("a", "en", unit((0, 1.0))))
    right = c.place(Signature("b", "en", unit((0, 0.45), (2, 0.9)), names=("p:petrosyan",)))
    assert left.story != right.story  # similar, but not enough to join
    bridge = c.place(Signature("c", "en", unit((0, 1.0)), names=("p:petrosyan",)))
    assert bridge.story == left.story and bridge.merged == (right.story,)  # the older story keeps its id
    assert stories_of(c) == [{"a", "b", "c"}]


def test_a_key_held_by_too_many_active_articles_finds_no_candidates():
    c = clusterer(max_posting=3)
    for n in range(5):
        c.place(Signature(f"x{n}", "en", unit((n, 1.0)), names=("n:government",)))
    assert c.index.candidates(["n:government"], None, 3.0, 3) == []
    assert [s.id for s in c.index.candidates(["n:government"], None, 3.0, 10)] == sorted(
        {c.index.story_of[f"x{n}"] for n in range(5)}, key=lambda s: c.index.stories[s].seq)


def test_values_are_keys_but_years_and_small_counts_are_not():
    values = [Value("year", 2027, "2027"), Value("count", 4, "four"),
              Value("money", 300e6, "$300 million", "USD"), Value("count", 15000, "15,000")]
    keys = value_keys(values)
    assert len(keys) == 2 and all(k.startswith("v:") for k in keys)


def test_signature_round_trips_through_its_dict():
    sig = Signature("a", "ru", unit((3, 1.0)), ("p:peskov",), ("v:money:USD",), 739000)
    back = Signature.from_dict(sig.to_dict())
    assert (back.article, back.language, back.names, back.values, back.day) == ("a", "ru", ("p:peskov",),
                                                                                 ("v:money:USD",), 739000)
    assert np.allclose(back.vector, sig.vector)


def test_analyze_clusters_two_stories_in_two_languages_only_when_asked(seeds_dir):
    seeds = sorted(p.stem for p in seeds_dir.glob("*.txt"))
    demo = sorted(p.stem for p in DEMO.glob("*.txt"))
    clustered = storylens.analyze([seeds_dir, DEMO], settings=Settings(cluster=True))
    found = sorted(sorted(s.articles) for s in clustered.stories)
    assert found == sorted([seeds, demo])
    langs = {tuple(sorted(s.languages)) for s in clustered.stories}
    assert langs == {("en", "ru")}  # each story crosses the two languages
    again = storylens.analyze([seeds_dir, DEMO], settings=Settings(cluster=True))
    assert [s.to_dict() if hasattr(s, "to_dict") else s for s in again.stories] == \
        [s.to_dict() if hasattr(s, "to_dict") else s for s in clustered.stories]
    assert len(storylens.analyze([seeds_dir, DEMO]).stories) == 1


def test_articles_stored_before_clustering_are_indexed_and_new_ones_join_their_story(tmp_path):
    """A store written before migration 0005_story_clustering holds no index: the next add indexes its articles in their stories."""
    from sqlalchemy import delete, select, update

    from storylens.store import tables as t
    from storylens.store.store import Store
    from storylens.store.write import add

    wire = (DEMO / "wire_en.txt").read_text(encoding="utf-8")
    follow = tmp_path / "follow_en.txt"
    follow.write_text(wire.replace("on Thursday approved", "on Friday confirmed its approval of")
                      .replace("Armenia approves", "Armenia confirms"), encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store:
        first = add(store, [DEMO])
        with store.engine.begin() as conn:  # as a store from before story clustering: no index at all
            conn.execute(delete(t.cluster_postings))
            conn.execute(delete(t.cluster_centres))
            conn.execute(update(t.stories).values(centroid=None, cluster_keys={}, first_day=None, last_day=None))
        later = add(store, [follow])
        with store.engine.connect() as conn:
            indexed = set(conn.execute(select(t.cluster_postings.c.article_id).distinct()).scalars())
            stories = conn.execute(select(t.articles.c.story_id).distinct()).scalars().all()
    assert later.count("added") == 1 and later.story == first.story and stories == [first.story]
    assert len(indexed) == 4


def test_the_store_index_counts_a_keys_postings_in_the_window_and_undated_ones_up_to_the_cap(tmp_path):
    from datetime import datetime

    from storylens.store.cluster import StoreIndex
    from storylens.store.store import Store

    import sqlite3

    store = Store.open(tmp_path / "s.db")
    rows = ([("k", i, 10) for i in range(300)]  # long ago
            + [("k", 1000 + i, 100) for i in range(3)] + [("k", 2000 + i, None) for i in range(2)]
            + [("c", 3000 + i, 99 if i % 2 else None) for i in range(80)])  # 40 in the window, 40 undated
    raw = sqlite3.connect(tmp_path / "s.db")  # postings alone, no articles behind them: foreign keys left off
    raw.executemany("INSERT INTO cluster_postings (key, article_id, day) VALUES (?, ?, ?)", rows)
    raw.commit()
    raw.close()
    with store.engine.connect() as conn:
        index = StoreIndex(conn, {}, datetime.now)
        assert index.document_frequency(["k", "c"], 100, 5, 51) == {"k": 5, "c": 51}
        assert index.document_frequency(["k"], None, 5, 51) == {"k": 51}
        assert len(index._held(["k"], 100, 5, 51)["k"]) == 5
    store.close()


def test_place_clash_and_shared_keys_read_counters_as_sets():
    from collections import Counter

    from storylens.cluster.online import clash, places, shared_keys

    story = Counter({"city:1": 3, "p:ivanov": 2, "v:money:USD:5e+06": 1, "terr:7": 1})
    assert clash({"city:2", "p:ivanov"}, story)  # both name places, none the same
    assert not clash({"city:2", "terr:7"}, story)  # one place shared
    assert not clash({"p:ivanov"}, story)  # the article names no place
    assert not clash({"city:2"}, Counter({"p:ivanov": 4}))  # the story names none
    assert clash(story, Counter({"city:9": 1}), places(story)) == clash(story, Counter({"city:9": 1}))
    assert shared_keys({"p:ivanov", "city:2", "v:x"}, story) == {"p:ivanov"}
    assert shared_keys(story, Counter({"terr:7": 2, "n:x": 1})) == {"terr:7"}
