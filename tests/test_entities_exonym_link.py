"""One-word places named by exonym link within a story across languages by sound and meaning (names of our own
choosing; the multilingual name embedder the project ships)."""
from __future__ import annotations

import pytest

from storylens.disjoint import DisjointSets
from storylens.entities.exonyms import link_exonyms
from storylens.entities.link import Work
from storylens.resources import Context


@pytest.fixture(scope="module")
def embed():
    return Context().name_embedder.embed


def groups(names, embed, story=lambda i: "s1"):
    ws = [Work(i, f"a{i}", story(i), 0, len(t), t, etype, "rules", code, t) for i, (t, code, etype) in enumerate(names)]
    uf = DisjointSets(len(ws))
    link_exonyms(ws, uf, embed)
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


def test_a_river_named_in_each_language_its_own_way_is_one_place(embed):
    assert groups([("Elbe", "de", "LOC"), ("Elba", "it", "MISC"), ("Oder", "de", "LOC"), ("Wisła", "pl", "LOC")],
                  embed) == [["Elbe", "Elba"], ["Oder"], ["Wisła"]]


def test_persons_organisations_one_language_and_other_stories_never_link(embed):
    assert groups([("Elbe", "de", "LOC"), ("Elba", "it", "PER")], embed) == [["Elba"], ["Elbe"]]
    assert groups([("Elbe", "de", "LOC"), ("Elba", "de", "MISC")], embed) == [["Elba"], ["Elbe"]]
    assert groups([("Elbe", "de", "LOC"), ("Elba", "it", "MISC")], embed, story=lambda i: f"s{i}") == [["Elba"], ["Elbe"]]


def test_two_matches_in_one_language_link_neither(embed):
    assert groups([("Elbe", "de", "LOC"), ("Elba", "it", "MISC"), ("Alba", "it", "MISC")], embed) == [
        ["Alba"], ["Elba"], ["Elbe"]]
