"""Names written by sound across scripts: Barrot = Барро, Hollande = Олланд, several spellings of one name."""
from __future__ import annotations

import pytest

from storylens.adapters.phonetic import key, readings
from storylens.adapters.translit import skeleton
from storylens.disjoint import DisjointSets
from storylens.entities.link import Work
from storylens.entities.people import link_people


def groups(names: list[tuple[str, str]]) -> list[list[str]]:
    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, "PER", "spacy", code, t) for i, (t, code) in enumerate(names)]
    uf = DisjointSets(len(ws))
    link_people(ws, uf)
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


@pytest.mark.parametrize("latin,cyrillic", [("Barrot", "Барро"), ("Hollande", "Олланд"), ("Lecornu", "Лекорню"),
                                            ("Meloni", "Мелони"), ("Chirac", "Ширак"), ("Barnier", "Барнье")])
def test_a_latin_name_read_as_spoken_meets_its_cyrillic_rendering(latin, cyrillic):
    heard = readings(latin)
    assert skeleton(cyrillic, "ru") in heard or key(skeleton(cyrillic, "ru")) in {key(r) for r in heard}


def test_full_names_link_by_sound_and_different_people_stay_apart():
    assert groups([("Jean-Noël Barrot", "en"), ("Жан-Ноэль Барро", "ru"), ("François Bayrou", "en"),
                   ("Франсуа Байру", "ru")]) == [["François Bayrou", "Франсуа Байру"],
                                                 ["Jean-Noël Barrot", "Жан-Ноэль Барро"]]
    assert groups([("François Hollande", "fr"), ("Франсуа Олланд", "ru"), ("Олланд", "bg")]) == [
        ["François Hollande", "Франсуа Олланд", "Олланд"]]
    assert groups([("Marine Le Pen", "fr"), ("Жан-Мари Ле Пен", "ru")]) == [["Marine Le Pen"], ["Жан-Мари Ле Пен"]]


def test_several_outlet_spellings_of_one_name_are_one_person():
    assert groups([("Sébastien Lecornu", "en"), ("Себастьен Лекорню", "ru"), ("Себастиен Льокорню", "bg"),
                   ("Lecornu", "fr")]) == [["Sébastien Lecornu", "Себастьен Лекорню", "Себастиен Льокорню", "Lecornu"]]
    assert groups([("Giorgia Meloni", "en"), ("Джорджа Мелони", "ru"), ("Джорджия Мелони", "bg")]) == [
        ["Giorgia Meloni", "Джорджа Мелони", "Джорджия Мелони"]]


def test_bare_surnames_link_by_sound_only_one_to_one():
    assert groups([("Barrot", "fr"), ("Барро", "ru"), ("Bayrou", "fr"), ("Байру", "ru")]) == [
        ["Barrot", "Барро"], ["Bayrou", "Байру"]]


def test_german_and_english_names_read_as_spoken_meet_their_renderings():
    assert groups([("Olaf Scholz", "de"), ("Όλαφ Σολτς", "el"), ("Oliver Dowden", "en"), ("Оливер Дауден", "ru")]) == [
        ["Olaf Scholz", "Όλαφ Σολτς"], ["Oliver Dowden", "Оливер Дауден"]]


def test_a_given_name_compared_in_its_dictionary_form_when_read_as_spoken():
    # Polish "Julia" reads "jula" as spoken, Russian "Юлия" is lemmatised "Юлий": its compared form "juli" is closer
    assert groups([("Julia Swyrydenko", "pl"), ("Yulia Sviridenko", "ro"), ("Юлий Свириденко", "ru")]) == [
        ["Julia Swyrydenko", "Yulia Sviridenko", "Юлий Свириденко"]]
