"""Corrections of an earlier report ("at first five were reported") deny what was first reported; the figure they
correct disputes the articles still giving it, and nothing else of the story."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.counters import complement, counter, denied_figure
from storylens.compare.disputes import _voiced, is_denial
from storylens.model import Claim


@pytest.mark.parametrize("text, language, figure", [
    ("Спершу повідомлялось про 5 загиблих українців.", "uk", 5),
    ("Сначала сообщалось о 5 погибших украинцах.", "ru", 5),
    ("Five Ukrainians were initially reported among the dead; the ministry now says four.", "en", None),
    ("Inicialmente se informó de 5 ucranianos muertos.", "es", 5),
    ("Il veicolo era elettrico, a differenza delle informazioni iniziali che lo avevano erroneamente identificato "
     "come a metano.", "it", None),
    ("Zunächst war von 5 toten Ukrainern die Rede.", "de", 5),
])
def test_a_correction_denies_what_was_first_reported(text, language, figure):
    found = counter(text, language)
    assert found is not None and found.kind == "corrections"
    if figure is not None:
        assert denied_figure(text, found, language).value == figure


def test_a_negation_before_a_correction_still_corrects():
    # "not methane, as initially reported": the negation is the correction's, it allows for nothing
    found = counter("The bus was electric, not methane-powered as initially reported.", "en")
    assert found is not None and found.kind == "corrections"
    assert found.kind == "corrections"


@pytest.mark.parametrize("text, language", [
    ("Спершу повідомлялось про 5 загиблих українців.", "uk"),
    ("The bus had erroneously been identified as methane-powered.", "en"),
    ("Inicialmente se informó de 5 ucranianos muertos.", "es"),
])
def test_a_correction_is_a_voiced_denial_without_a_named_source(text, language):
    c = Claim("c1", "a1", text, 0, len(text))
    assert is_denial(c, language) and _voiced(c, language)


@pytest.mark.parametrize("text, language", [
    ("The incident was first reported by a local radio station.", "en"),  # the first report, not a correction
    ("Ранее сообщалось, что автобус упал с эстакады.", "ru"),  # "earlier it was reported": background, no correction
    ("Раніше повідомлялося, що автобус упав з естакади.", "uk"),
])
def test_a_first_or_earlier_report_is_no_correction(text, language):
    found = counter(text, language)
    assert found is None or found.kind != "corrections"


TOPICS = {"ukrain": 0, "україн": 0, "ucrain": 0, "weather": 1, "bus": 2, "автобус": 2}


def test_a_corrected_figure_disputes_the_articles_still_giving_it_and_no_other_sentence():
    r = compare_story([
        _article("en1", "en", "Five Ukrainian citizens were among the dead.", "The weather was mild."),
        _article("it1", "it", "Tra le vittime ci sono cinque cittadini ucraini.", "Il bus è caduto dal cavalcavia."),
        _article("uk1", "uk", "Загинули четверо громадян України.", "Спершу повідомлялось про 5 загиблих українців."),
        _article("en2", "en", "The bus fell from the overpass.")], KeywordEmbedder(TOPICS, 16))
    disputed = [g for g in r.comparison if g.status == "disputed"]
    assert len(disputed) == 1
    assert set(disputed[0].articles) == {"en1", "it1", "uk1"}
    texts = {c.text for c in r.claims if c.id in disputed[0].claims}
    assert not any("weather" in t or "overpass" in t or "cavalcavia" in t or "четверо" in t for t in texts)
