"""Rule figure: a source calling a figure wrong ("not 700", "700 is exaggerated") disputes the articles giving it."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.counters import counter, denied_figure


@pytest.mark.parametrize("text, language, figure", [
    ("The port authority said the ferry could carry dozens of people, but not 300.", "en", 300),
    ("Laut der Hafenbehörde könnten Dutzende Menschen an Bord gewesen sein, aber nicht 300.", "de", 300),
    ("Σύμφωνα με το λιμεναρχείο, στο πλοίο θα χωρούσαν δεκάδες άτομα, όχι όμως 300.", "el", 300),
    ("Le chiffre de 300 passagers est exagéré, selon la capitainerie.", "fr", 300),
    ("По словам капитана, цифра в 300 пассажиров сильно преувеличена.", "ru", 300),
])
def test_a_figure_negated_or_called_exaggerated_is_the_figure_denied(text, language, figure):
    found = counter(text, language)
    assert found is not None and found.kind in ("figures", "denials")
    assert denied_figure(text, found, language).value == figure


@pytest.mark.parametrize("text, language", [
    ("The ferry carried no more than 300 people, the port authority said.", "en"),  # a bound, not a figure denied
    ("The port will not reopen until 2027, the authority said.", "en"),  # a year
])
def test_bounds_and_years_after_a_negation_deny_no_figure(text, language):
    found = counter(text, language)
    assert found is None or found.kind != "figures"


TOPICS = {"ferry": 0, "fähre": 0, "πλοίο": 0, "weather": 1}


def test_a_figure_called_wrong_disputes_every_article_giving_it_and_no_other_sentence():
    r = compare_story([
        _article("en1", "en", "The ferry may have carried 300 passengers, survivors said.", "The weather was mild."),
        _article("de1", "de", "Auf der Fähre sollen 300 Passagiere gewesen sein.", "Die Fähre sank am Morgen."),
        _article("el1", "el", "Το πλοίο μετέφερε 300 επιβάτες.",
                 "Σύμφωνα με το λιμεναρχείο, στο πλοίο θα χωρούσαν δεκάδες επιβάτες, όχι όμως 300."),
        _article("en2", "en", "The ferry sank in the morning.")], KeywordEmbedder(TOPICS, 16))
    disputed = [g for g in r.comparison if g.status == "disputed"]
    assert len(disputed) == 1
    assert set(disputed[0].articles) == {"en1", "de1", "el1"}
    assert "rules: figure" in disputed[0].note
    texts = {c.text for c in r.claims if c.id in disputed[0].claims}
    assert not any("sank" in t or "weather" in t for t in texts)


def test_without_a_source_calling_it_wrong_the_figure_is_no_dispute():
    r = compare_story([
        _article("en1", "en", "The ferry may have carried 300 passengers, survivors said."),
        _article("de1", "de", "Auf der Fähre sollen 300 Passagiere gewesen sein.")], KeywordEmbedder(TOPICS, 16))
    assert not [g for g in r.comparison if g.status == "disputed"]


@pytest.mark.parametrize("text, language", [
    ("A No 10 spokeswoman said the talks were cancelled.", "en"),  # "No 10" is an office
    ("Officials said no 10 of the passengers were hurt in the fall from the pier.", "en"),
])
def test_a_number_after_no_that_goes_on_in_its_clause_is_no_figure_denied(text, language):
    found = counter(text, language)
    assert found is None or found.kind != "figures"
