"""Language data has a contract: every part of every language folder fits its typed schema."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from storylens import lang
from storylens.cli import main
from storylens.lang import schema

ROOT = resources.files("storylens") / "lang"
FILES = sorted((code, p.name[:-5]) for code in lang.available() for p in (ROOT / code).iterdir() if p.name.endswith(".toml"))


def test_every_language_folder_has_data():
    assert {"en", "ru"} <= set(lang.available()) and len(FILES) >= 20


@pytest.mark.parametrize("code,part", FILES, ids=[f"{c}/{p}" for c, p in FILES])
def test_each_part_fits_its_schema(code, part):
    data = tomllib.loads((ROOT / code / f"{part}.toml").read_text(encoding="utf-8"))
    assert schema.check(part, data, f"{code}/{part}") == []


@pytest.mark.parametrize("name", sorted(schema.DATA))
def test_the_language_tables_under_data_fit_their_schema(name):
    data = tomllib.loads((resources.files("storylens") / "data" / f"{name}.toml").read_text(encoding="utf-8"))
    assert schema.check(name, data, schemas=schema.DATA) == []


def test_a_misspelled_key_or_a_wrong_type_is_named_with_its_path():
    assert schema.check("hedges", {"hedgse": ["may"]}) == ["hedges.hedgse: unknown key; did you mean 'hedges'?"]
    assert schema.check("numbers", {"units": {"km": {"factor": "1000"}}}) == [
        "numbers.units.km.factor: expected number, found a string"]
    assert schema.check("quotes", {"speakers": {"pronouns": {"x": ["he"]}}})[0].startswith("quotes.speakers.pronouns.x")
    assert schema.check("entities", {"countries": {"Russia": ["РФ"]}}) == [
        "entities.countries.Russia: key does not fit '[A-Z]{2}'"]
    assert schema.check("segmnt", {})[0].startswith("segmnt: no such part")


def test_folds_and_vowels_come_from_the_data():
    assert lang.fold("Ёлка и ёж") == "Елка и еж" and len(lang.fold("ёё")) == 2
    assert {"а", "ә", "і", "a", "y"} <= lang.vowels()


def test_the_languages_command_shows_what_each_language_has(capsys):
    assert main(["languages"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines()[2:] if line[:2] in lang.available()}
    assert set(rows) == set(lang.available())
    assert "natasha" in rows["ru"] and "en_core_web_sm" in rows["en"]
    assert "stop words" in out.splitlines()[0] and " - " in rows["el"]  # Greek has no quote data: shown, not hidden


def test_the_languages_command_counts_the_stop_words_spacy_ships():
    from storylens.adapters.stopwords import stop_words
    from storylens.languages import describe

    rows = {r["language"]: r for r in describe()}
    assert rows["sv"]["stop words"] == len(stop_words("sv")) > 100  # no folder list: spaCy's alone


def test_stop_words_are_read_without_importing_spacy_or_its_language_packages():
    import subprocess
    import sys

    code = ("import sys; from storylens.adapters.stopwords import stop_words; "
            "fr, ru, none = stop_words('fr'), stop_words('ru'), stop_words('zz'); "
            "print(len(fr), len(ru), len(none), 'et' in fr, 'и' in ru, "
            "any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 300 and int(out[1]) > 300 and out[2] == "0"
    assert out[3:] == ["True", "True", "False"]
