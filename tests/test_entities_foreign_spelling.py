"""A foreign name as a language spells its sounds: Polish writes East-Slavic names by its own letters (Hałuszczenko =
Галущенко = Halushchenko), Greek writes a foreign d, b, g as ντ, μπ, γκ inside a word too (Ντούντα = Duda, Μπάιντεν =
Biden). A second key: each name's own reading stays its main key (Trzaskowski in en and pl, Αντώνης = Antonis)."""
from __future__ import annotations

from storylens.adapters.translit import foreign_skeleton, skeleton
from storylens.disjoint import DisjointSets
from storylens.entities import link as L
from storylens.entities import people as P
from storylens.entities.gazetteer import gazetteer

LANGS = ("pl", "el", "uk", "ru", "en")


def _work(i: int, text: str, code: str, etype: str, source: str = "spacy") -> L.Work:
    return L.Work(i, f"a{i}", "s1", 0, len(text), text, etype, source, code, text)


def _link(ws: list[L.Work]) -> list[list[str]]:
    gaz = gazetteer(LANGS)
    uf = DisjointSets(len(ws))
    P.retype_people(ws, gaz)
    L.add_keys(ws, gaz, lambda _n: None)
    L.link_by_keys(ws, uf)
    P.link_people(ws, uf)
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(f"{w.text}/{w.type}")
    return sorted(out.values())


def test_the_second_key_reads_a_foreign_name_as_its_language_spells_it():
    assert foreign_skeleton("Hałuszczenko", "pl") == skeleton("Галущенко", "uk") == "halushenko"
    assert foreign_skeleton("Μπάιντεν", "el") == "baiden" and foreign_skeleton("Ντούντα", "el") == "duda"
    assert foreign_skeleton("Kowalski", "pl") is None and foreign_skeleton("Downing", "en") is None
    # the main key is untouched: Trzaskowski is written alike in en and pl, Αντώνης read as a Greek name
    assert skeleton("Trzaskowski", "pl") == skeleton("Trzaskowski", "en")
    assert skeleton("Αντώνης", "el") == "antonis"


def test_a_polish_spelling_of_a_ukrainian_name_is_that_person_and_retyped():
    ws = [_work(0, "Herman Halushchenko", "en", "PER"), _work(1, "Герман Галушченко", "uk", "PER"),
          _work(2, "Hermana Hałuszczenki", "pl", "MISC", "rules"), _work(3, "Hałuszczenko", "pl", "MISC", "rules"),
          _work(4, "Halushchenko", "en", "PER"), _work(5, "Hanna Kowalczyk", "pl", "PER", "rules")]
    assert _link(ws) == [["Hanna Kowalczyk/PER"],
                         ["Herman Halushchenko/PER", "Герман Галушченко/PER", "Hermana Hałuszczenki/PER",
                          "Hałuszczenko/PER", "Halushchenko/PER"]]


def test_a_greek_spelling_of_a_foreign_name_is_that_person_and_greek_names_stay_apart():
    ws = [_work(0, "Andrzej Duda", "en", "PER"), _work(1, "Αντρέι Ντούντα", "el", "MISC", "rules"),
          _work(2, "Joe Biden", "en", "PER"), _work(3, "Μπάιντεν", "el", "PER"),
          _work(4, "Antonis Samaras", "en", "PER"), _work(5, "Αντώνης Σαμαράς", "el", "PER"),
          _work(6, "Adonis Georgiadis", "en", "PER")]
    assert _link(ws) == [["Adonis Georgiadis/PER"], ["Andrzej Duda/PER", "Αντρέι Ντούντα/PER"],
                         ["Antonis Samaras/PER", "Αντώνης Σαμαράς/PER"], ["Joe Biden/PER", "Μπάιντεν/PER"]]


def test_a_name_of_two_words_read_as_its_language_says_it_meets_its_spelling_by_sound():
    ws = [_work(0, "Downing Street", "en", "ORG"), _work(1, "Ντάουνινγκ Στριτ", "el", "MISC", "rules"),
          _work(2, "Wall Street", "en", "LOC"), _work(3, "Downing", "en", "ORG")]
    assert _link(ws) == [["Downing Street/ORG", "Ντάουνινγκ Στριτ/MISC"], ["Downing/ORG"], ["Wall Street/LOC"]]
