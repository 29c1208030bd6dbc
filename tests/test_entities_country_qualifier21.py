"""A body named with and without its country is one body; country names in other forms and spellings are the
country (issue 14, entlink21)."""
from __future__ import annotations

import pytest

from storylens.disjoint import DisjointSets
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.link import Work
from storylens.entities.orglink import body_and_country, link_organisations
from storylens.resources import Context

LANGS = ("en", "ru", "es", "fr", "de", "el", "it")


@pytest.fixture(scope="module")
def embed():
    return Context().embedder.embed


def groups(names, embed, same_article=False):
    ws = [Work(i, "a0" if same_article else f"a{i}", "s1", 20 * i, 20 * i + len(t), t, "ORG", "spacy", code,
               kit(code).normal(t, "ORG")) for i, (t, code) in enumerate(names)]
    uf = DisjointSets(len(ws))
    link_organisations(ws, uf, embed, gazetteer(LANGS))
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


def test_a_country_adjective_is_read_without_a_dictionary_but_a_kind_of_body_is_no_nationality():
    gaz = gazetteer(LANGS)
    assert body_and_country("Portuguese National Cybersecurity Center", "en", gaz) == (
        "National Cybersecurity Center", frozenset({"terr:PT"}))
    # "Service", "Servicio" open like Dutch "Servië" (Serbia): they name a kind of body, no country
    assert body_and_country("State Emergency Service of Ukraine", "en", gaz) == (
        "State Emergency Service", frozenset({"terr:UA"}))
    assert body_and_country("Servicio Estatal de Emergencias de Ucrania", "es", gaz) == (
        "Servicio Estatal de Emergencias", frozenset({"terr:UA"}))
    assert body_and_country("Центральная избирательная комиссия Молдавии", "ru", gaz) == (
        "Центральная избирательная комиссия", frozenset({"terr:MD"}))


def test_a_country_adjective_stays_in_a_name_it_would_leave_one_word():
    gaz = gazetteer(LANGS)
    assert body_and_country("British Museum", "en", gaz)[0] == "British Museum"
    assert body_and_country("Βρετανικό Μουσείο", "el", gaz)[0] == "Βρετανικό Μουσείο"
    # where a dictionary reads the adjective, it is the country's: Kazakhstan's army (the seeds)
    assert body_and_country("казахстанская армия", "ru", gaz) == ("армия", frozenset({"terr:KZ"}))


@pytest.mark.parametrize("names", [
    [("Portuguese National Cybersecurity Center", "en"), ("National Cybersecurity Centre", "en")],
    [("Центральная избирательная комиссия Молдавии", "ru"), ("Центральная избирательная комиссия", "ru")],
    [("Consiglio nazionale delle ricerche italiano", "it"), ("Consiglio nazionale delle ricerche", "it")],
])
def test_one_body_with_and_without_its_country_in_one_language_is_one_entity(names, embed):
    assert len(groups(names, embed)) == 1


def test_an_acronym_with_and_without_its_country_in_one_article_is_one_entity(embed):
    assert len(groups([("ГСЧС Украины", "ru"), ("ГСЧС", "ru")], embed, same_article=True)) == 1


def test_a_body_without_country_beside_two_of_other_countries_joins_neither(embed):
    got = groups([("Ministry of Defence of Russia", "en"), ("Ministry of Defence of Ukraine", "en"),
                  ("Ministry of Defence", "en")], embed)
    assert len(got) == 3


@pytest.mark.parametrize("code,text,name", [
    ("de", "Vereinigten Königreich", "United Kingdom"),  # listed as "Vereinigtes Königreich"
    ("de", "Vereinigten Königreichs", "United Kingdom"),
    ("el", "Μεγάλη Βρετανία", "United Kingdom"),
    ("el", "Βρετανίας", "United Kingdom"),
    ("ru", "Республики Молдова", "Moldova"),
    ("ru", "Молдавии", "Moldova"),
    ("el", "Μαγδεμβούργο", "Magdeburg"),  # listed as Μαγδεβούργο: μβ and β spell one b
    ("el", "Μαγδεμβούργου", "Magdeburg"),
    ("el", "Εδιμβούργο", "Edinburgh"),
])
def test_a_country_or_city_in_another_form_or_spelling_is_that_place(code, text, name):
    place = kit(code).place(gazetteer(LANGS), text)
    assert place is not None and place.name == name


@pytest.mark.parametrize("code,text", [("de", "Vereinigten Kirchen"), ("el", "Νοέμβριος")])
def test_other_words_stay_no_place(code, text):
    assert kit(code).place(gazetteer(LANGS), text) is None


@pytest.mark.parametrize("code,word,key", [
    ("en", "Hellenic", "terr:GR"), ("en", "French", "terr:FR"), ("fr", "hellénique", "terr:GR"),
    ("de", "griechischen", "terr:GR"),
])
def test_a_listed_demonym_names_its_country(code, word, key):
    place = gazetteer(LANGS).demonym_of(word)
    assert place is not None and place.key == key


def test_a_body_with_a_listed_demonym_is_the_body_of_that_country(embed):
    gaz = gazetteer(LANGS)
    assert body_and_country("Hellenic Coast Guard", "en", gaz) == ("Coast Guard", frozenset({"terr:GR"}))
    assert body_and_country("Garde côtière hellénique", "fr", gaz) == ("Garde côtière", frozenset({"terr:GR"}))
    assert len(groups([("Hellenic Coast Guard", "en"), ("Coast Guard", "en")], embed)) == 1


def _keyed(names):
    from storylens.entities.link import add_keys, link_by_keys

    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, etype, "spacy", code, kit(code).normal(t, etype))
          for i, (t, code, etype) in enumerate(names)]
    add_keys(ws, gazetteer(LANGS + ("sr", "hr")), lambda _n: None)
    uf = DisjointSets(len(ws))
    link_by_keys(ws, uf)
    return len({uf.find(w.idx) for w in ws})


def test_a_name_with_a_city_in_it_is_one_name_whatever_the_citys_exonym():
    assert _keyed([("The Kyiv Independent", "en", "ORG"), ("Kijev Independent", "sr", "ORG")]) == 1
    assert _keyed([("Moscow Times", "en", "ORG"), ("Moskau Times", "de", "ORG")]) == 1
    # the other words must agree: two outlets of one city are two outlets
    assert _keyed([("Kyiv Post", "en", "ORG"), ("Kyiv Independent", "en", "ORG")]) == 2
