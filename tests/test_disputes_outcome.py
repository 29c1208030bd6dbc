"""One-winner outcomes: "X won" in some articles against "Y won" or "we won" (said by Y) in others is one row."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story, linked_entities
from compare_helpers import article as _article
from storylens.model import Article

# the outcome sentences share the vote's direction; the weather and the turnout are other things
WORDS = {"vote": (0, 1.0), "wahl": (0, 1.0), "wybor": (0, 1.0), "voto": (0, 1.0), "ψηφοφορ": (0, 1.0),
         "scrutin": (0, 1.0), "votación": (0, 1.0), "голосуван": (0, 1.0), "гласуван": (0, 1.0),
         "won": (1, 0.5), "gewonnen": (1, 0.5), "wygrał": (1, 0.5), "vinto": (1, 0.5), "κέρδισ": (1, 0.5),
         "remporté": (1, 0.5), "ganó": (1, 0.5), "переміг": (1, 0.5), "спечели": (1, 0.5),
         "weather": (2, 1.0), "wetter": (2, 1.0), "turnout": (3, 1.0), "frekwencja": (3, 1.0)}
PEOPLE = {"e-kowal": ("Kowal", "Κόβαλ", "Коваль", "Ковал"), "e-nowak": ("Nowak", "Νόβακ", "Новак")}


def _rows(*articles: Article) -> list:
    embedder = KeywordEmbedder(WORDS, 8, noise=0.01)
    report = compare_story(articles, embedder, linked_entities(articles, PEOPLE, "PER"))
    return [g for g in report.comparison if g.status == "disputed"]


def test_a_claimed_victory_against_the_count_is_one_contested_row_across_languages():
    rows = _rows(
        _article("de1", "de", "Kowal hat die Wahl am Sonntag gewonnen.", "Das Wetter war kalt."),
        _article("pl1", "pl", "Wybory wygrał Kowal, podała komisja wyborcza.", "Frekwencja była wysoka."),
        _article("fr1", "fr", "Kowal a remporté le scrutin de dimanche."),
        _article("it1", "it", "«Abbiamo vinto il voto», ha detto Nowak ai suoi sostenitori."),
        _article("el1", "el", "Ο Νόβακ διεκδίκησε τη νίκη στην ψηφοφορία της Κυριακής."),
        _article("en1", "en", "Nowak won the vote, exit polls suggested on Sunday evening."))
    assert len(rows) == 1
    assert rows[0].topic.startswith("contested:")
    assert set(rows[0].articles) == {"de1", "pl1", "fr1", "it1", "el1", "en1"}
    assert "contested by" in rows[0].note and "de1" in rows[0].note.split("stated by")[0]


def test_every_language_gives_the_outcome_to_its_holder():
    # Spanish, Ukrainian and Bulgarian reports of one result, and a claim of the rival's in Russian
    rows = _rows(
        _article("es1", "es", "Kowal ganó la votación del domingo."),
        _article("uk1", "uk", "Коваль переміг на голосуванні в неділю."),
        _article("bg1", "bg", "Ковал спечели гласуването в неделя."),
        _article("ru1", "ru", "Новак объявил о победе на голосовании."))
    assert len(rows) == 1
    assert set(rows[0].articles) == {"es1", "uk1", "bg1", "ru1"}


def test_an_earlier_stage_or_one_holder_is_no_dispute():
    # the first round went to the other candidate: that is not the outcome in question
    assert not _rows(
        _article("en1", "en", "Kowal won the vote on Sunday."),
        _article("de1", "de", "Kowal hat die Wahl am Sonntag gewonnen."),
        _article("en2", "en", "Nowak won the first round of the vote two weeks ago."))
    # every article gives the result to the same holder
    assert not _rows(
        _article("en1", "en", "Kowal won the vote on Sunday."),
        _article("pl1", "pl", "Wybory wygrał Kowal."),
        _article("it1", "it", "Kowal ha vinto il voto."))


def test_no_winner_yet_and_a_question_claim_nothing():
    assert not _rows(
        _article("en1", "en", "Kowal won the vote on Sunday."),
        _article("de1", "de", "Kowal hat die Wahl am Sonntag gewonnen."),
        _article("it1", "it", "Il voto non ha ancora un vincitore: Nowak non ha vinto, né Kowal."),
        _article("en2", "en", "Has Nowak won the vote?"))


def test_we_won_said_by_a_pronoun_goes_to_the_person_named_before_it():
    # "„Wir haben gesiegt“, sagte er" names nobody: "er" is the candidate the article spoke of last
    results = [_article("en1", "en", "Kowal won the vote on Sunday."),
               _article("pl1", "pl", "Wybory wygrał Kowal, podała komisja wyborcza."),
               _article("fr1", "fr", "Kowal a remporté le scrutin de dimanche.")]
    rows = _rows(*results, _article("de1", "de", "Nowak sprach am Abend vor seinen Anhängern in Warschau.",
                                    "„Wir haben gesiegt“, sagte er um 22 Uhr."))
    assert len(rows) == 1
    assert set(rows[0].articles) == {"en1", "pl1", "fr1", "de1"}
    # the same words after the winner was named last are his own, and no contest
    assert not _rows(*results, _article("de1", "de", "Kowal sprach am Abend vor seinen Anhängern in Warschau.",
                                        "„Wir haben gesiegt“, sagte er um 22 Uhr."))
