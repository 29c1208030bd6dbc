"""What a value row states: each value as written when the row is joined by approximation, rounding or conversion."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article

TOPICS = {"pożar": 0, "brand": 0, "fire": 0, "osób": 1, "mensch": 1, "people": 1, "inflation": 2, "prices": 3}


def _run(*articles):
    return compare_story(articles, KeywordEmbedder(TOPICS, 32))


def test_a_row_joined_by_approximation_states_each_value_as_written():
    r = _run(_article("pl", "pl", "W pożarze hali zginęło około 40 osób."),
             _article("de", "de", "Bei dem Brand der Halle starben 42 Menschen."))
    rows = [g for g in r.comparison if g.value is not None and len(g.articles) == 2]
    assert [(g.status, sorted(g.value)) for g in rows] == [("agreed", [40, 42])]
    assert "approximation" in rows[0].note


def test_a_row_joined_by_rounding_with_decimals_states_both_figures():
    r = _run(_article("a", "en", "Inflation rose to 4.6 percent as prices climbed in May."),
             _article("b", "en", "Inflation rose to 5 percent as prices climbed in May."))
    rows = [g for g in r.comparison if g.value is not None and len(g.articles) == 2]
    assert [(g.status, sorted(g.value)) for g in rows] == [("agreed", [4.6, 5])]
    assert "rounding" in rows[0].note
