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


def test_a_word_opening_with_a_number_is_a_name_not_an_ordinal_ending():
    # a portal's name ("24chasa", "24sata"): never one number changed against a rank ("21-й", "21st")
    assert _of("пишет болгарский портал 24chasa.", "24") == "name"
    assert _of("Objavio je portal 24sata.", "24") == "name"
    assert _of("став 21-й страной еврозоны", "21") == "attached"
    assert _of("the 21st member of the euro area", "21") == "attached"
    assert _of("la 21e nation de la zone", "21") == "attached"
