"""Unit tests for the entity stage's pieces: romanisation, normalisation, acronyms, gazetteer, aliases, rules."""
from __future__ import annotations

import json

import pytest

from storylens.adapters.translit import is_latin, romanise, skeleton
from storylens.entities import aliases as aliases_mod
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.link import acronym_fits
from storylens.errors import ConfigError


def test_romanise_russian_and_kazakh_letters():
    assert romanise("Алексей Журавлев", "ru") == "Aleksey Zhuravlev"
    assert romanise("Касым-Жомарт Токаев", "ru") == "Kasym-Zhomart Tokayev"
    # Kazakh letters romanise inside a Russian article through the Kazakh table
    assert romanise("Қайрат Қайкенұлы", "ru") == "Qayrat Qaykenuly"
    assert romanise("НАТО", "ru") == "NATO"
    assert romanise("Great Sky", "ru") == "Great Sky"


@pytest.mark.parametrize("a,b", [
    ("Alexey Zhuravlev", "Aleksei Zhuravlyov"),
    ("Alexei Zhuravlev", "Алексей Журавлёв"),
    ("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев"),
    ("Tokaev", "Tokayev"),
])
def test_skeleton_folds_spelling_variants(a, b):
    assert skeleton(a) == skeleton(b)


def test_skeleton_keeps_different_names_apart():
    assert skeleton("Moscow Times") != skeleton("Moscow")
    assert skeleton("Petrov") != skeleton("Popov")


def test_is_latin():
    assert is_latin("Great Sky") and not is_latin("Госдума") and not is_latin("ВФокусе Mail")


@pytest.mark.parametrize("text,etype,normal", [
    ("Карагандой", "LOC", "Караганда"),
    ("Госдумы", "ORG", "Госдума"),
    ("Алексея Журавлева", "PER", "Алексей Журавлев"),
    ("Министерство обороны Казахстана", "ORG", "Министерство обороны Казахстана"),
    ("Министерства обороны Казахстана", "ORG", "Министерство обороны Казахстана"),
    ("Организации Договора о коллективной безопасности", "ORG", "Организация Договора о коллективной безопасности"),
    ("Евразийского экономического союза", "ORG", "Евразийский экономический союз"),
    ("Восточной Европы", "LOC", "Восточная Европа"),
    ("Мсты-С", "MISC", "Мста-С"),
    ("Дмитрием Родионовым", "PER", "Дмитрий Родионов"),
    ("Родионов", "PER", "Родионов"),
    ("Анны Петровой", "PER", "Анна Петрова"),
    ("Касым-Жомарт Токаев", "PER", "Касым-Жомарт Токаев"),
    ("НАТО", "ORG", "НАТО"),
    ("ВФокусе", "ORG", "ВФокусе"),
])
def test_russian_normalisation(text, etype, normal):
    assert kit("ru").normal(text, etype) == normal


def test_english_normalisation_strips_possessive():
    assert kit("en").normal("Kazakhstan’s", "LOC") == "Kazakhstan"


@pytest.mark.parametrize("acr,exp,ok", [
    ("ОДКБ", "Организация Договора о коллективной безопасности", True),
    ("ЕАЭС", "Евразийский экономический союз", True),
    ("NATO", "North Atlantic Treaty Organization", True),
    ("ОТГ", "Организация тюркских государств", True),
    ("СНГ", "Организация тюркских государств", False),
    ("NATO", "Moscow Times", False),
])
def test_acronym_fits(acr, exp, ok):
    assert acronym_fits(acr, exp) is ok


def test_gazetteer_exonyms_across_languages():
    g = gazetteer(("en", "ru"))
    assert g.lookup("Россия").key == g.lookup("Russia").key == g.lookup("РФ").key
    assert g.lookup("Москва").key == g.lookup("Moscow").key
    assert g.lookup("Караганда").key == g.lookup("Karaganda").key
    assert g.lookup("Moscow Times") is None
    assert g.lookup("White House") is None  # a translated alternate name of another city is not kept
    assert g.is_demonym("Kazakh") and g.is_demonym("Ukrainian") and not g.is_demonym("Kazakhstan")


def test_alias_file_toml_and_json(tmp_path):
    t = tmp_path / "a.toml"
    t.write_text('[[entity]]\nname = "Collective Security Treaty Organization"\ntype = "ORG"\n'
                 'variants = ["CSTO", "ОДКБ"]\n', encoding="utf-8")
    a = aliases_mod.load(t)
    assert a.canonical("одкб") == "Collective Security Treaty Organization"
    assert a.find([(0, 4, "CSTO"), (5, 8, "met")])[0][:2] == (0, 4)
    j = tmp_path / "a.json"
    j.write_text(json.dumps([{"name": "Foo Bar", "type": "PER", "variants": ["F. Bar"]}]), encoding="utf-8")
    assert aliases_mod.load(j).get("F. Bar").type == "PER"
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entity]]\nname = "X"\ntype = "THING"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        aliases_mod.load(bad)
