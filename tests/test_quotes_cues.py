"""Every language's quotes.toml compiles to the same shape, and verb forms carry gender where the language marks it."""
import pytest

from storylens import lang
from storylens.quotes.cues import cues_for

LANGS = [c for c in lang.available() if lang.data(c, "quotes")]


def test_english_and_russian_have_quote_cues():
    assert {"en", "ru"} <= set(LANGS)


@pytest.mark.parametrize("code", LANGS)
def test_cue_data_is_complete(code):
    cues = cues_for(code)
    assert cues.pairs and all(len(p) == 2 for p in cues.pairs)
    assert cues.name_case in ("all", "first")
    kinds = set(cues.verbs.values())
    assert kinds == {"speech", "naming"}
    assert cues.sources and all(before or after for before, after in cues.sources)
    assert set(cues.pronouns.values()) <= {"m", "f", "n", "pl"}
    assert cues.roles and cues.organisations and cues.complementizers


def test_russian_past_tense_is_expanded_and_gendered():
    ru = cues_for("ru")
    for form in ("заявил", "заявила", "заявили", "поделилась"):
        assert ru.verbs.get((form,)) == "speech", form
    assert (ru.verb_gender("отметил"), ru.verb_gender("отметила"), ru.verb_gender("отметили")) == ("m", "f", "pl")
    assert ru.name_gender("Мария Петрова") == "f" and ru.name_gender("Иван Петров") == "m"
    assert ("как", "заявила") in {b for b, _ in ru.sources}


def test_roles_match_inflected_forms_but_not_longer_words():
    ru = cues_for("ru")
    assert ru.role("эксперта") == "эксперт" and ru.role("политологом") == "политолог"
    assert ru.role("экспертами") == "эксперт"
    assert ru.role("материал") is None and ru.role("политологический") is None
    assert cues_for("en").role("officials") in ("official", "officials")


def test_role_lookup_survives_any_word():
    from storylens.quotes.cues import cues_for

    en = cues_for("en")
    assert en.role("index") is None and en.role("officials") == "officials" and en.role("index") is None
