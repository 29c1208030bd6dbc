"""Rule voiced: a denied row needs a denial someone makes (quoted, reported, naming the official source, or written
by two articles). One writer's own "not caused by" beside the story names nobody who denies and disputes nothing;
the same words said by the police do, in every language, and so do two outlets writing it."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.model import Article

TOPICS = {"pyrotechn": 0, "pirotecn": 0, "pirotechn": 0, "feuerwerk": 0, "fireworks": 0, "weather": 1,
          "not caused": 2, "nicht durch": 2, "n'a pas été": 2, "no fue": 2, "nie został": 2}
# a ruling-out leans away from what it rules out (translations embed closer than a denial and its assertion)


def _disputed(*articles: Article) -> list:
    return [g for g in compare_story(articles, KeywordEmbedder(TOPICS, 16)).comparison if g.status == "disputed"]


ASSERTING = (
    _article("en1", "en", "The fire in the club was caused by fireworks used during the concert."),
    _article("de1", "de", "Das Feuer im Club wurde durch Feuerwerk während des Konzerts verursacht."),
    _article("fr1", "fr", "L'incendie du club a été provoqué par des engins pyrotechniques pendant le concert."),
)


@pytest.mark.parametrize("language, unvoiced, voiced", [
    ("en", "It was the deadliest fire in the region not caused by fireworks or a storm in decades.",
     "The fire was not caused by fireworks, police said on Monday."),
    ("de", "Es war der schwerste Brand der Region seit Jahrzehnten, der nicht durch Feuerwerk verursacht wurde.",
     "Das Feuer sei nicht durch Feuerwerk verursacht worden, sagte die Polizei am Montag."),
    ("fr", "C'est le pire incendie de la région depuis des décennies qui n'a pas été provoqué par des engins pyrotechniques.",
     "L'incendie n'a pas été provoqué par des engins pyrotechniques, a indiqué la police lundi."),
    ("es", "Fue el peor incendio de la región en décadas que no fue causado por pirotecnia ni por una tormenta.",
     "El incendio no fue causado por pirotecnia, dijo la policía el lunes."),
    ("pl", "Był to najgorszy pożar w regionie od dekad, który nie został spowodowany przez pirotechnikę.",
     "Pożar nie został spowodowany przez pirotechnikę, poinformowała policja w poniedziałek."),
])
def test_a_ruling_out_disputes_the_assertions_only_when_someone_makes_it(language, unvoiced, voiced):
    said = _disputed(*ASSERTING, _article("x1", language, voiced))
    assert len(said) == 1
    assert "x1" in said[0].articles and {"en1", "de1", "fr1"} & set(said[0].articles)
    assert "(in x1)" in said[0].note
    assert not _disputed(*ASSERTING, _article("x1", language, unvoiced))


def test_an_unvoiced_ruling_out_written_by_two_articles_still_disputes():
    said = _disputed(*ASSERTING,
                     _article("x1", "de", "Das Feuer wurde nicht durch Feuerwerk verursacht."),
                     _article("x2", "es", "El incendio no fue causado por pirotecnia."))
    assert len(said) == 1
    assert {"x1", "x2"} <= set(said[0].articles)
