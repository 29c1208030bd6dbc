"""A place of several words in case forms of each word (Slavic languages without a dictionary) is that place, also
when the rules read it as a given name and a surname (short sentences and names of our own)."""
from __future__ import annotations

import pytest

from storylens.disjoint import DisjointSets
from storylens.entities import link as L
from storylens.entities import people
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit

LANGS = ("sr", "sl", "sk", "pl", "en")


@pytest.mark.parametrize("code,text,name", [
    ("sr", "Novom Sadu", "Novi Sad"), ("sr", "Новом Саду", "Novi Sad"), ("sl", "Novem Sadu", "Novi Sad"),
    ("sk", "Nového Sadu", "Novi Sad"), ("pl", "Macedonii Północnej", "North Macedonia"),
    ("sr", "Severnoj Makedoniji", "North Macedonia"),
])
def test_every_word_of_a_place_in_a_case_form_still_names_the_place(code, text, name):
    place = kit(code).place(gazetteer(LANGS), text)
    assert place is not None and place.name == name


@pytest.mark.parametrize("code,text", [("pl", "Andrzeja Nowaka"), ("sr", "Novom Ivanu"), ("sk", "Novom Roku")])
def test_a_persons_name_in_a_case_form_is_no_place(code, text):
    assert kit(code).place(gazetteer(LANGS), text) is None


def _work(i: int, text: str, code: str, etype: str, article: str) -> L.Work:
    return L.Work(i, article, "s1", 0, len(text), text, etype, "rules", code, text)


def _link(ws: list[L.Work]) -> list[list[str]]:
    uf = DisjointSets(len(ws))
    L.link_within_articles(ws, uf)
    L.add_keys(ws, gazetteer(LANGS), lambda _n: None)
    L.link_by_keys(ws, uf)
    people.places_not_people(ws, uf)
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(f"{w.text}/{w.type}")
    return sorted(out.values())


def test_a_place_in_case_forms_read_as_a_person_joins_the_place():
    ws = [_work(0, "Novom Sadu", "sr", "PER", "a1"), _work(1, "Novi Sad", "en", "LOC", "a2"),
          _work(2, "Novem Sadu", "sl", "PER", "a3"), _work(3, "Ana Novak", "sl", "PER", "a3")]
    assert _link(ws) == [["Ana Novak/PER"], ["Novom Sadu/LOC", "Novi Sad/LOC", "Novem Sadu/LOC"]]


def test_a_persons_cluster_with_a_full_name_that_is_no_place_stays_a_person():
    ws = [_work(0, "Marko Sadić", "sr", "PER", "a1"), _work(1, "Sadić", "sr", "PER", "a1"),
          _work(2, "Novi Sad", "en", "LOC", "a2")]
    assert _link(ws) == [["Marko Sadić/PER", "Sadić/PER"], ["Novi Sad/LOC"]]
