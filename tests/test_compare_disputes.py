"""Assertion against denial across languages: one disputed row holding both sides, naming who denies."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story, linked_entities
from compare_helpers import article as _article
from storylens.model import Article
from storylens.pipeline import Report

TOPICS = {"nato": 0, "нато": 0, "otan": 0, "weather": 1, "denied": 2, "опроверг": 2, "desmint": 2, "no hubo": 2}
# translations embed close; a denial leans away from what it denies


def _report(*articles: Article) -> Report:
    """The articles as one story, the ministry and NATO linked as entities wherever they are written."""
    forms = {"e-mod": ("ministry", "Министерство", "Ministerio"), "e-nato": ("NATO", "НАТО", "OTAN")}
    return compare_story(articles, KeywordEmbedder(TOPICS, 32), linked_entities(articles, forms, "ORG"))


def test_a_denial_reported_in_two_languages_disputes_the_assertions_of_every_language():
    r = _report(
        _article("en1", "en", "The army is moving to NATO standards for its artillery.", "The weather was mild."),
        _article("es1", "es", "El ejército adopta los estándares de la OTAN para su artillería."),
        _article("ru1", "ru", "Армия переходит на стандарты НАТО в артиллерии."),
        _article("ru2", "ru", "Армия переходит на стандарты НАТО.",
                 "Министерство обороны опровергло сообщения о переходе на стандарты НАТО."),
        _article("en2", "en", "The army is said to be moving to NATO standards.",
                 "The ministry denied that the army is moving to NATO standards."))
    disputed = [g for g in r.comparison if g.status == "disputed"]
    assert len(disputed) == 1
    assert set(disputed[0].articles) == {"en1", "es1", "ru1", "ru2", "en2"}
    assert "denied by ministry (in ru2, en2)" in disputed[0].note


def test_without_a_denial_the_same_assertions_agree():
    r = _report(
        _article("en1", "en", "The army is moving to NATO standards for its artillery."),
        _article("ru1", "ru", "Армия переходит на стандарты НАТО в артиллерии."),
        _article("es1", "es", "El ejército adopta los estándares de la OTAN para su artillería."))
    assert not [g for g in r.comparison if g.status == "disputed"]


def test_a_reported_negated_event_disputes_the_assertions_and_the_weather_stays_out():
    r = _report(
        _article("en1", "en", "The army is moving to NATO standards for its artillery."),
        _article("ru1", "ru", "Армия переходит на стандарты НАТО."),
        _article("es1", "es", "El Ministerio dijo que no hubo ninguna transición a los estándares de la OTAN."),
        _article("en2", "en", "The weather was mild and there was no rain, the forecast said."))
    disputed = [g for g in r.comparison if g.status == "disputed"]
    assert len(disputed) == 1
    assert set(disputed[0].articles) == {"en1", "ru1", "es1"}
    assert "(in es1)" in disputed[0].note


def test_not_ruling_something_out_is_no_denial():
    r = _report(
        _article("en1", "en", "The army is moving to NATO standards for its artillery."),
        _article("ru1", "ru", "Армия переходит на стандарты НАТО."),
        _article("fr1", "fr", "Le ministère n'a pas exclu un passage aux normes de l'OTAN."))
    assert not [g for g in r.comparison if g.status == "disputed"]
