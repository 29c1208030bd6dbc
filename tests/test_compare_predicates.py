"""Value rows keyed by what happened to the counted thing: killed vs injured, shot down vs entered, across languages."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.model import Article
from storylens.pipeline import Report

TOPICS = {"pożar": 0, "incend": 0, "brand": 0, "fire": 0, "osób": 1, "person": 1, "mensch": 1, "people": 1,
          "dron": 2, "drohn": 2}


def _run(*articles: Article) -> Report:
    return compare_story(articles, KeywordEmbedder(TOPICS, 32))


def _rows(report: Report) -> list[tuple[str, object, tuple[str, ...]]]:
    return [(g.status, g.value, g.articles) for g in report.comparison if g.value is not None]


def test_dead_and_injured_counts_of_one_noun_conflict_each_with_its_own_kind():
    r = _run(_article("pl", "pl", "W pożarze hali zginęło 40 osób, a 115 osób zostało rannych."),
             _article("it", "it", "Nell'incendio del capannone sono morte 47 persone e 116 persone sono rimaste ferite."))
    conflicts = sorted(sorted(g.value) for g in r.comparison if g.status == "conflicting")
    assert conflicts == [[40, 47], [115, 116]]


def test_an_approximate_count_conflicts_beyond_its_rounding():
    r = _run(_article("pl", "pl", "W pożarze hali zginęło około 40 osób."),
             _article("de", "de", "Bei dem Brand der Halle starben 47 Menschen."))
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[40, 47]]
    r = _run(_article("pl", "pl", "W pożarze hali zginęło około 40 osób."),
             _article("de", "de", "Bei dem Brand der Halle starben 42 Menschen."))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_the_same_number_of_one_thing_with_different_predicates_makes_different_rows():
    r = _run(_article("pl", "pl", "Nad krajem zestrzelono 4 drony."),
             _article("it", "it", "Sono stati abbattuti 4 droni sopra il paese."),
             _article("de", "de", "Insgesamt 4 Drohnen drangen in den Luftraum ein."))
    fours = [(g.status, g.articles) for g in r.comparison if g.value == 4]
    assert ("agreed", ("pl", "it")) in fours
    assert not any("de" in arts and len(arts) > 1 for _, arts in fours)


def test_without_predicates_the_same_count_still_agrees():
    r = _run(_article("pl", "pl", "W hali było 40 osób."),
             _article("de", "de", "In der Halle waren 40 Menschen."))
    assert ("agreed", 40, ("pl", "de")) in _rows(r)
