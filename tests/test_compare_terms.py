"""Durations keyed by their term word: a term imposed, one demanded, the law's least, the time a thing lasted."""
from __future__ import annotations

import pytest

from storylens.compare.onething import exclusive
from storylens.compare.predicates import of_term
from storylens.values import extract


def _terms(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(v.value, of_term(text, 0, v, language)) for v in extract(text, language) if v.kind == "duration"]


@pytest.mark.parametrize("text,language,expected", [
    ("The prosecution had sought four years, but he was sentenced to two years.", "en",
     [(4, "term_demanded"), (2, "term_imposed")]),
    ("Tužilaštvo je tražilo četiri godine zatvora.", "sr", [(4, "term_demanded")]),
    ("Soud mu uložil tři roky vězení.", "cs", [(3, "term_imposed")]),
    ("Za takvo djelo propisana je minimalna kazna od tri godine.", "hr", [(3, "term_minimum")]),
    ("Postupak je trajao godinu dana.", "hr", [(1, "term_lasted")]),
    ("The talks took place over three days.", "en", [(3, None)]),
])
def test_the_term_word_nearest_a_duration_keys_it(text, language, expected):
    assert _terms(text, language) == expected


def test_two_term_keys_exclude_each_other_and_a_term_meets_an_unkeyed_duration():
    assert exclusive("term_imposed", "term_demanded")
    assert exclusive("term_lasted", "term_imposed")
    assert not exclusive("term_imposed", "term_imposed")
