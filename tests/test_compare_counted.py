"""What a count counts: a part is not its total, a bare number is not a count of a named noun, the noun decides."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.counted import nouns, part, same_word
from storylens.values import extract

TOPICS = {"hotel": 0, "fire": 1, "incênd": 1, "pożar": 1, "brand": 1, "ranny": 2, "rannych": 2, "verletzt": 2,
          "osób": 3, "menschen": 3}


def _conflicts(*articles) -> list[list[int]]:
    r = compare_story(articles, KeywordEmbedder(TOPICS, 32))
    return sorted(sorted(g.value) for g in r.comparison if g.status == "conflicting")


@pytest.mark.parametrize("text, number, language", [
    ("Ten people were hurt, including 3 Italians.", "3", "en"),
    ("Ten people were hurt, 4 of them seriously.", "4", "en"),
    ("Zehn Menschen wurden verletzt, darunter 3 Schweizer.", "3", "de"),
    ("Dix personnes ont été blessées, dont 3 enfants.", "3", "fr"),
    ("Rannych zostało dziesięć osób, w tym 3 dzieci.", "3", "pl"),
    ("Пострадали десять человек, из них 3 ребенка.", "3", "ru"),
    ("Zraněno bylo deset lidí, z toho 3 děti.", "3", "cs"),
    ("Diez personas resultaron heridas, entre ellas 3 niños.", "3", "es"),
    ("Dieci persone sono rimaste ferite, tra cui 3 bambini.", "3", "it"),
])
def test_a_count_after_a_part_word_is_a_part(text, number, language):
    at = text.index(f" {number} ") + 1
    assert part(text, at, at + len(number), language)


@pytest.mark.parametrize("text, number, language", [
    ("Ten people were hurt in the fire.", "Ten", "en"),
    ("Three children were hurt and 4 adults died.", "4", "en"),
    ("Bei dem Brand wurden 3 Menschen verletzt.", "3", "de"),
])
def test_a_count_without_a_part_word_is_a_total(text, number, language):
    at = text.index(number)
    assert not part(text, at, at + len(number), language)


def test_the_words_a_count_counts_include_the_noun_after_an_adjective():
    text = "V hotelu bylo 240 registrovaných hostů."
    v = next(v for v in extract(text, "cs") if v.value == 240)
    assert "hostů" in nouns(v, text, v.end, "cs")


def test_one_noun_in_two_forms_is_one_word():
    assert same_word("kişi", "kişiler")
    assert not same_word("guests", "rooms")
    assert not same_word("lidem", "lodí")


def test_a_bare_number_never_conflicts_with_a_count_of_a_named_noun():
    # "31" counts nothing named (the injured), "238 hóspedes" counts the guests: two things, not one changed
    assert _conflicts(_article("en", "en", "Six people died and 31 were injured in the hotel fire."),
                      _article("pt", "pt", "Seis pessoas morreram no incêndio do hotel, que tinha 238 hóspedes.")) == []


def test_a_part_pairs_with_a_part_and_the_total_with_the_total():
    # each sentence gives an injured total and a part of it by nationality: the totals conflict, the parts count
    # different nationalities
    got = _conflicts(_article("pl", "pl", "W pożarze 115 osób zostało rannych, w tym 3 Włochów."),
                     _article("de", "de", "Bei dem Brand wurden 117 Menschen verletzt, darunter 5 Schweizer."))
    assert got == [[115, 117]]
