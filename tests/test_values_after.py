"""Bounds and approximations written after the number ("100 or more", "10-нан астам", "10'dan fazla"): the number is
a limit or an estimate as it is with the words before it, and the comparison reads it so."""
from __future__ import annotations

import pytest

from storylens.compare.compatible import Side, explain
from storylens.model import Claim
from storylens.values import bound, extract

AFTER = [
    ("en", "Officials counted 100 or more boats.", "lower"),
    ("en", "The fire killed 10 or fewer people.", "upper"),
    ("ru", "Погибли 100 с лишним человек.", "lower"),
    ("ru", "Эвакуировали 300 и более жителей.", "lower"),
    ("uk", "Загинули 20 з гаком людей.", "lower"),
    ("de", "Es starben 20 oder mehr Menschen.", "lower"),
    ("fr", "Il y a eu 20 morts ou plus dans l'incendie.", None),  # the noun between: not a bound after the number
    ("es", "Murieron 20 o más personas.", "lower"),
    ("pl", "Zginęło 20 lub więcej osób.", "lower"),
    ("tr", "Yangında 10'dan fazla kişi öldü.", "lower"),
    ("tr", "Yangında 100 milyondan fazla lira zarar oldu.", "lower"),
    ("hu", "A tűzben 10-nél több ember halt meg.", "lower"),
    ("kk", "Апатта 10-нан астам адам қаза тапты.", "lower"),
    ("kk", "Өртте 5-тен кем адам жарақат алды.", "upper"),
]


@pytest.mark.parametrize("language, text, expected", AFTER)
def test_a_bound_after_the_number(language, text, expected):
    v = extract(text, language)[0]
    assert bound(text, v.start, language, v.end) == expected


def test_without_its_end_only_the_words_before_are_read():
    text = "Officials counted 100 or more boats."
    v = extract(text, "en")[0]
    assert bound(text, v.start, "en") is None
    assert bound("more than 100 boats", 10, "en") == "lower"


@pytest.mark.parametrize("language, text", [
    ("kk", "Апатта 500-ге жуық адам зардап шекті."),
    ("tr", "Yangında 100'e yakın kişi yaralandı."),
    ("hu", "A tűzben 100 körül ember sérült meg."),
])
def test_an_approximation_after_the_number(language, text):
    assert extract(text, language)[0].approximate


@pytest.mark.parametrize("language, text", [
    ("kk", "Апатта 500 адам зардап шекті."),
    ("tr", "Yangında 100 kişi yaralandı."),
    ("hu", "A tűzben 100 ember sérült meg."),
])
def test_a_plain_number_is_exact(language, text):
    v = extract(text, language)[0]
    assert not v.approximate and bound(text, v.start, language, v.end) is None


def _side(text: str, language: str, article: str) -> Side:
    values = tuple(extract(text, language))
    claim = Claim(f"c-{article}", article, text, 0, len(text), values, ())
    return Side(values[0], claim, language, frozenset())


@pytest.mark.parametrize("language, bounded_text, exact_text", [
    ("kk", "Апатта 10-нан астам адам қаза тапты.", "Апатта 12 адам қаза тапты."),
    ("tr", "Yangında 10'dan fazla kişi öldü.", "Yangında 12 kişi öldü."),
    ("en", "The fire killed 10 or more people.", "The fire killed 12 people."),
])
def test_a_value_within_a_bound_after_the_number_is_compatible(language, bounded_text, exact_text):
    found = explain(_side(bounded_text, language, "a"), _side(exact_text, language, "b"))
    assert found is not None and found.name == "bound"


def test_a_value_outside_a_bound_after_the_number_is_no_bound():
    found = explain(_side("Апатта 10-нан астам адам қаза тапты.", "kk", "a"), _side("Апатта 8 адам қаза тапты.", "kk", "b"))
    assert found is None or found.name != "bound"
