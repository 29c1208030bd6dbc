"""A Latin name with š or ž and the same name in Cyrillic, which spells those sounds with two letters in romanisation
(Štip = Щип, Šmyhal = Шмигаль), are one name; the name without its marks ("Stip") still is too."""
from __future__ import annotations

from storylens.adapters.translit import hacek_skeleton
from storylens.disjoint import DisjointSets
from storylens.entities import link as L
from storylens.entities.gazetteer import gazetteer

LANGS = ("mk", "bg", "cs", "uk", "en")


def _work(i: int, text: str, code: str, etype: str, article: str) -> L.Work:
    return L.Work(i, article, "s1", 0, len(text), text, etype, "rules", code, text)


def _link(ws: list[L.Work]) -> list[list[str]]:
    uf = DisjointSets(len(ws))
    L.add_keys(ws, gazetteer(LANGS), lambda _n: None)
    L.link_by_keys(ws, uf)
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


def test_the_hacek_is_read_as_cyrillic_spells_it():
    assert hacek_skeleton("Štip", "mk") == "shtip" and hacek_skeleton("Žytomyr", "cs") == "jitomir"
    assert hacek_skeleton("Stip", "en") is None


def test_a_place_with_a_hacek_links_to_its_cyrillic_and_its_unmarked_spelling():
    ws = [_work(0, "Štip", "mk", "LOC", "a1"), _work(1, "Щип", "bg", "MISC", "a2"), _work(2, "Stip", "en", "LOC", "a3"),
          _work(3, "Sopot", "en", "LOC", "a4")]
    assert _link(ws) == [["Sopot"], ["Štip", "Щип", "Stip"]]


def test_a_persons_full_name_with_a_hacek_links_to_its_cyrillic_spelling():
    ws = [_work(0, "Denys Šmyhal", "cs", "PER", "a1"), _work(1, "Денис Шмигаль", "uk", "PER", "a2"),
          _work(2, "Denys Smyk", "en", "PER", "a3")]
    assert _link(ws) == [["Denys Smyk"], ["Denys Šmyhal", "Денис Шмигаль"]]
