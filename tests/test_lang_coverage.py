"""Every language with comparison data has the words the comparison rules read: a missing key makes a rule silently
do nothing in that language (held-out stories come in languages the dev stories do not show)."""
from __future__ import annotations

import pytest

from storylens import lang
from storylens.compare.counters import KINDS
from storylens.compare.predicates import predicate
from storylens.values import extract

# top-level keys of numbers.toml, and classes of its sections, that comparison rules read
KEYS = ("clause_words", "list_words")
CLASSES = {"predicates": ("dead", "injured", "found", "entered"), "events": ("outage", "event"),
           "terms": ("imposed", "demanded", "minimum", "lasted")}


def with_counters() -> list[str]:
    """Languages with counter data (disputes of every kind) and numbers: those whose stories are compared."""
    return [c for c in lang.available() if lang.data(c, "numbers")
            and all(lang.data(c, "disputes").get(k) for k in KINDS)]


def test_languages_with_counter_data_are_found():
    assert {"en", "ru", "de", "fr", "fi", "hu", "tr", "et"} <= set(with_counters())


@pytest.mark.parametrize("code", with_counters())
def test_every_compared_language_has_the_words_comparison_rules_read(code):
    data = lang.data(code, "numbers")
    missing = [k for k in KEYS if not data.get(k)]
    # "between 20 and 30" is written with a preposition or with a postposition ("20 ja 30 välillä")
    if not data.get("range_between") and not data.get("range_between_after"):
        missing.append("range_between")
    missing += [f"{s}.{c}" for s, classes in CLASSES.items() for c in classes if not data.get(s, {}).get(c)]
    assert not missing, f"{code}: numbers.toml lacks {missing}"


@pytest.mark.parametrize("text, language, low, high", [
    ("vene oli 20 ja 30 metrin välillä", "fi", 20, 30),
    ("a hajó 20 és 30 méter között volt", "hu", 20, 30),
    ("tekne 20 ile 30 metre arasında", "tr", 20, 30),
    ("paat oli 20 ja 30 meetri vahel", "et", 20, 30),
    ("20 és 30 ember között sérült meg", "hu", 20, 30),  # a counted word between the number and the postposition
    ("un vaixell entre 20 i 30 metres", "ca", 20, 30),
])
def test_between_written_after_the_numbers_is_a_range(text, language, low, high):
    assert [v.value for v in extract(text, language) if isinstance(v.value, list)] == [[low, high]]


def test_a_list_without_the_postposition_is_no_range():
    assert not [v for v in extract("vene oli 20 ja 30 metriä pitkä", "fi") if isinstance(v.value, list)]
    assert not [v for v in extract("20 és 30 méter magas", "hu") if isinstance(v.value, list)]


def test_between_a_number_and_a_date_written_after_is_no_range():
    assert not [v for v in extract("2 ja 5 tammikuuta välillä", "fi") if isinstance(v.value, list)]
    assert not [v for v in extract("2 ile 5 Mart arasında", "tr") if isinstance(v.value, list)]


@pytest.mark.parametrize("text, language, number, cls", [
    ("78 погибли тогда как 105 спасены", "ru", "78", "dead"),
    ("Двадцять тіл знайдено на місці", "uk", "Двадцять", "found"),
    ("Löydettiin 12 ruumista", "fi", "12", "found"),
    ("12 holttestet találtak", "hu", "12", "found"),
    ("19 drónt behatolt a légtérbe", "hu", "19", "entered"),
    ("19 dronów wleciało", "pl", "19", "entered"),
    ("19 drones trængte ind i luftrummet", "da", "19", "entered"),
])
def test_the_predicate_of_a_count_is_read_in_each_language(text, language, number, cls):
    at = text.index(number)
    assert predicate(text, at, at + len(number), language) == cls


@pytest.mark.parametrize("text, language", [
    ("78 ihmistä kun taas 105 pelastettiin", "fi"),
    ("78 человек тогда как 105 спасены", "ru"),
    ("78 osób podczas gdy 105 uratowano", "pl"),
    ("78 personer medan 105 räddades", "sv"),
    ("78 embert míg 105-öt kimentettek", "hu"),
])
def test_a_contrasting_conjunction_ends_the_clause_of_a_count(text, language):
    """The predicate after "while" ("kun taas", "тогда как") is the second count's, never the first's."""
    assert predicate(text, 0, 2, language) is None
