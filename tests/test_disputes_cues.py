"""Cues against a proposition in ten languages: a cause ruled out by negating it, doubts, a duty done or not done,
what one word after a ruling-out denies, and a sentence that counters something without naming anyone."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.counters import complement, counter
from storylens.compare.opposites import polarity
from storylens.embed import compared
from storylens.model import Article


@pytest.mark.parametrize("text, language", [
    ("The fire was not caused by an explosive device, investigators said.", "en"),
    ("Der Einsturz wurde nicht durch einen Sprengsatz verursacht.", "de"),
    ("L'incendio non è stato causato da un ordigno, secondo i vigili del fuoco.", "it"),
    ("Pożar nie został spowodowany przez ładunek wybuchowy.", "pl"),
    ("Η φωτιά δεν προκλήθηκε από εκρηκτικό μηχανισμό.", "el"),
    ("L'incendie n'a pas été causé par un engin explosif.", "fr"),
    ("El incendio no fue causado por un artefacto explosivo.", "es"),
    ("Пожар не был вызван взрывным устройством.", "ru"),
    ("Пожежа не була спричинена вибуховим пристроєм.", "uk"),
    ("Пожарът не е причинен от взривно устройство.", "bg"),
    ("Ein Anschlag wird ausgeschlossen.", "de"),
    ("Un attentato è escluso.", "it"),
    ("Теракт исключен.", "ru"),
])
def test_a_cause_negated_or_ruled_out_is_a_ruling_out(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "rulings_out"


@pytest.mark.parametrize("text, language", [
    ("The ministry cast doubt on the report of a second car.", "en"),
    ("Il ministero ha messo in dubbio la notizia di una seconda auto.", "it"),
    ("Ministerstwo podważyło doniesienia o drugim samochodzie.", "pl"),  # a form not listed: no cue
    ("Το υπουργείο αμφισβήτησε την αναφορά για δεύτερο αυτοκίνητο.", "el"),
    ("Le ministère a mis en doute l'information sur une deuxième voiture.", "fr"),
    ("El ministerio puso en duda la información sobre un segundo coche.", "es"),
    ("Министерство поставило под сомнение сообщения о второй машине.", "ru"),  # a form not listed: no cue
])
def test_a_doubt_cast_by_a_source_is_a_denial_when_its_form_is_listed(text, language):
    found = counter(text, language)
    listed = language not in ("pl", "ru")
    assert (found is not None and found.kind == "denials") is listed


@pytest.mark.parametrize("text, language, holds", [
    ("The inspection of the cable was carried out in March.", "en", True),
    ("The inspection of the cable was never carried out.", "en", False),
    ("Die Wartung des Seils wurde nicht durchgeführt.", "de", False),
    ("Die Wartung des Seils wurde versäumt.", "de", False),
    ("La manutenzione del cavo è stata effettuata a marzo.", "it", True),
    ("La manutenzione del cavo non è mai stata effettuata.", "it", False),
    ("Przegląd liny przeprowadzono zgodnie z harmonogramem.", "pl", True),
    ("Η συντήρηση του καλωδίου παραλείφθηκε.", "el", False),
    ("L'entretien du câble n'a pas été effectué.", "fr", False),
    ("El mantenimiento del cable no se realizó.", "es", False),
    ("Техобслуживание троса проведено по плану.", "ru", True),
    ("Техобслуговування троса проведено за планом.", "uk", True),
    ("Поддръжката на въжето не е извършена.", "bg", False),
])
def test_a_duty_done_or_not_done(text, language, holds):
    found = polarity(text, language)
    assert found is not None and found.predicate == "done" and found.holds is holds


def test_maintenance_done_against_maintenance_not_done_is_one_row_across_languages():
    embedder = KeywordEmbedder({"cable": 0, "seil": 0, "cavo": 0, "weather": 1, "wetter": 1}, 8, noise=0.01)
    rows = [g for g in compare_story([
        _article("en1", "en", "The maintenance of the cable was carried out in March, the operator said.",
                 "The weather was cold."),
        _article("de1", "de", "Die Wartung des Seils wurde nicht durchgeführt.", "Das Wetter war kalt."),
        _article("it1", "it", "La manutenzione del cavo non è mai stata effettuata."),
    ], embedder).comparison if g.status == "disputed"]
    assert len(rows) == 1 and set(rows[0].articles) == {"en1", "de1", "it1"}


@pytest.mark.parametrize("text, language, denied", [
    ("Police ruled out arson.", "en", "arson"),
    ("According to the emergency services, there were no injuries.", "en", "injuries"),
    ("Peskov denied reports.", "en", "Peskov"),  # a denial's object is more often before it
])
def test_one_word_after_a_ruling_out_or_negation_is_what_it_denies(text, language, denied):
    assert complement(text, counter(text, language)) == denied


def test_a_sentence_countering_something_is_compared_though_it_names_nobody():
    art = _article("de1", "de", "Die Brücke stürzte in der Nacht ein.", "Das Wetter war mild.",
                   "Ein Anschlag wird ausgeschlossen.", "Die Straße ist gesperrt.")
    keep = compared(art)
    assert 2 in keep  # the ruling-out
    assert 1 not in keep and 3 not in keep  # sentences with nothing to compare stay out


def _rows(*articles: Article) -> list:
    embedder = KeywordEmbedder({"tram": 0, "tramway": 0, "bridge": 1, "pont": 1}, 8, noise=0.01)
    return [g for g in compare_story(articles, embedder).comparison if g.status == "disputed"]


def test_a_bare_there_was_no_in_one_article_is_no_dispute_with_its_neighbours():
    # the other article tells the same story (the last tram had crossed before): nobody says a tram was there
    assert not _rows(
        _article("fr1", "fr", "Le pont s'est effondré dans la nuit.",
                 "Selon la société de transport, il n'y avait pas de tram sur le pont au moment de l'effondrement."),
        _article("fr2", "fr", "Le dernier tramway avait traversé le pont dix minutes avant l'effondrement."))
