"""Rules ``two things known`` and ``two events``: differing days, years and shares that an article knows as two things,
and dates written for two different events, never make a conflicting row."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article

TOPICS = {"party": 0, "vote": 1, "varna": 2, "bridge": 3, "opened": 4, "closed": 5, "flood": 6}


def _run(*articles):
    return compare_story(articles, KeywordEmbedder(TOPICS, 32))


def _conflicts(report):
    return sorted(sorted(g.value) for g in report.comparison if g.status == "conflicting")


def test_differing_shares_conflict_until_an_article_gives_both():
    a = _article("a", "en", "The party won 12% of the vote in Varna.")
    b = _article("b", "en", "The party won 14% of the vote in Varna.")
    assert _conflicts(_run(a, b)) == [[12, 14]]
    c = _article("c", "en", "The party won 12% of the vote in Varna and 14% of the vote nationwide.")
    assert _conflicts(_run(a, b, c)) == []


def test_days_written_beside_two_different_events_do_not_conflict():
    topics = {"mill": 0, "officials": 1}
    fire = _article("a", "en", "The old mill burned in a fire on 3 May, officials said.")
    fell = _article("b", "en", "The old mill collapsed on 7 May, officials said.")
    assert _conflicts(compare_story((fire, fell), KeywordEmbedder(topics, 32))) == []
    also = _article("c", "en", "The old mill collapsed on 3 May, officials said.")
    assert len(_conflicts(compare_story((also, fell), KeywordEmbedder(topics, 32)))) == 1


def test_a_bare_number_far_from_a_figure_with_a_unit_still_conflicts_in_one_sentence_translated():
    topics = {"separated": 0, "drivers": 1}
    a = _article("a", "en", "The leading drivers were separated by 0.001 seconds at the line.")
    b = _article("b", "en", "The leading drivers were separated by 2 at the line.")
    assert len(_conflicts(compare_story((a, b), KeywordEmbedder(topics, 32, noise=0.01)))) == 1
