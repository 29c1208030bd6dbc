"""How a number outside any value is written into its words: only numbers written the same way are one number changed."""
from __future__ import annotations

from storylens.compare.written import _shape


def _of(text: str, number: str) -> str:
    at = text.index(number)
    return _shape(text, at, at + len(number))


def test_a_full_stop_before_a_lower_case_word_makes_a_rank_not_a_figure():
    assert _of("Dan žalosti zbog smrti 16. žrtve nesreće", "16") == "attached"
    assert _of("Die 7. Wahl seit dem Krieg", "7") == "plain"  # a capital after the stop: no sign of a rank here
    assert _of("Umrlo je 14 ljudi.", "14") == "plain"
    assert _of("They counted 14. Then the rescuers left.", "14") == "plain"  # the end of a sentence
    assert _of("They counted 14.", "14") == "plain"
