"""Contradiction without a denial word: the same predicate with opposite polarity about one subject, across
languages, is one disputed row; the same polarity, or opposite polarity about different subjects, is none."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.opposites import polarity
from storylens.model import Article

TOPICS = {"alarm": 0, "allarme": 0, "συναγερμ": 0, "sprinkler": 1, "tramwaj": 2}  # one direction per subject


def _disputed(*articles: Article) -> list:
    return [g for g in compare_story(articles, KeywordEmbedder(TOPICS, 16)).comparison if g.status == "disputed"]


@pytest.mark.parametrize("text, language, holds", [
    ("The alarm system did not work during the fire.", "en", False),
    ("The alarm system functioned correctly, the fire brigade said.", "en", True),
    ("The sprinklers worked as designed.", "en", True),
    ("Die Alarmanlage funktionierte nicht.", "de", False),
    ("Der Rauchmelder schlug sofort an.", "de", True),
    ("Der Rauchmelder schlug in dieser Nacht nicht an.", "de", False),
    ("L'impianto di allarme non ha funzionato.", "it", False),
    ("L'impianto di allarme ha funzionato regolarmente.", "it", True),
    ("Ο συναγερμός δεν λειτούργησε.", "el", False),
    ("Ο συναγερμός λειτούργησε κανονικά.", "el", True),
    ("System alarmowy nie zadziałał.", "pl", False),
    ("System alarmowy zadziałał prawidłowo.", "pl", True),
    ("L'alarme n'a pas fonctionné cette nuit-là.", "fr", False),
    ("Пожарная сигнализация не сработала.", "ru", False),
    ("La alarma funcionó sin problemas.", "es", True),
])
def test_a_predicate_and_its_polarity_in_each_language(text, language, holds):
    found = polarity(text, language)
    assert found is not None and found.predicate == "works" and found.holds is holds


@pytest.mark.parametrize("text, language, holds", [
    ("Il rogo non è stato certamente doloso.", "it", False),
    ("Το πόρισμα καταλήγει ότι δεν είναι εμπρησμός.", "el", False),
    ("Der Brand wurde vorsätzlich gelegt.", "de", True),
    ("Pożar był przypadkowy.", "pl", False),
    ("L'incendie est d'origine accidentelle.", "fr", False),
])
def test_whether_it_was_intended_in_each_language(text, language, holds):
    found = polarity(text, language)
    assert found is not None and found.predicate == "intended" and found.holds is holds


@pytest.mark.parametrize("text, language", [
    ("The fire may have been accidental or deliberate.", "en"),  # both sides weighed, and hedged
    ("Il rogo potrebbe essere stato doloso.", "it"),             # only allowed for
    ("The museum reopened on Sunday.", "en"),                     # no predicate of the data
    ("Wykluczono natomiast podpalenie.", "pl"),                    # arson ruled out: a denial, not a polarity
])
def test_hedged_weighed_or_absent_predicates_have_no_polarity(text, language):
    assert polarity(text, language) is None


def test_worked_against_did_not_work_across_languages_is_one_disputed_row():
    rows = _disputed(
        _article("en1", "en", "The alarm system did not work when the fire broke out."),
        _article("de1", "de", "Die Alarmanlage funktionierte in der Nacht nicht."),
        _article("it1", "it", "Secondo i vigili del fuoco, l'impianto di allarme ha funzionato correttamente."),
        _article("el1", "el", "Ο συναγερμός λειτούργησε κανονικά, δήλωσε η πυροσβεστική."),
        _article("pl1", "pl", "Tramwaje działały normalnie przez całą noc."))
    assert len(rows) == 1
    assert set(rows[0].articles) == {"en1", "de1", "it1", "el1"}
    assert rows[0].note.startswith("contradicted by")
    assert "(in it1, el1)" in rows[0].note


def test_one_polarity_or_different_subjects_dispute_nothing():
    assert not _disputed(
        _article("en1", "en", "The alarm system did not work when the fire broke out."),
        _article("de1", "de", "Die Alarmanlage funktionierte in der Nacht nicht."),
        _article("en2", "en", "The sprinklers worked as designed, officials said."))


@pytest.mark.parametrize("text, language, holds", [
    ("Her lawyers said they will appeal the ruling.", "en", True),
    ("The mayor said he would not appeal the ruling.", "en", False),
    ("Die Verteidigung wird Berufung einlegen.", "de", True),
    ("Gradonačelnik je rekao da se ne planira žaliti na presudu.", "hr", False),
    ("Njegov odvjetnik kaže da će ipak podnijeti žalbu.", "hr", True),
    ("Starosta řekl, že se proti rozsudku odvolá.", "cs", True),
])
def test_whether_a_ruling_is_appealed_in_each_language(text, language, holds):
    found = polarity(text, language)
    assert found is not None and found.predicate == "appeal" and found.holds is holds
