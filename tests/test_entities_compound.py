"""Compound surnames and lone given names, titles before a surname, a person's party in parentheses, ministers'
portfolios and hotels named with or without their kind, in short texts of our own in pt/cs/nl/pl/es/it/ro/tr/en."""
from __future__ import annotations

import pytest

from storylens.api import analyze
from storylens.evaluate.runner import stages_up_to
from storylens.resources import Context
from test_entities_regnal import found
from test_entities_sound import groups


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context()


def entities(ctx, texts: list[str]):
    return analyze(texts=texts, ctx=ctx, stages=stages_up_to("entities"))


def holders(report, surface: str) -> set[str]:
    return {e.id for e in report.entities if any(m.text == surface for m in e.mentions)}


def test_a_compound_surname_and_its_first_part_join_the_one_full_name():
    assert groups([("Joaquim Tavares Benedito dos Santos", "pt"), ("Benedito dos Santos", "nl"), ("Benedito", "cs"),
                   ("Benedito", "pt"), ("Carla Santos", "pt"), ("Santos", "pt")]) == [
        ["Carla Santos"],
        ["Joaquim Tavares Benedito dos Santos", "Benedito dos Santos", "Benedito", "Benedito"],
        ["Santos"]]  # a surname two persons share joins neither


def test_a_shared_tail_never_joins_two_persons():
    assert groups([("Marine Le Pen", "fr"), ("Jean-Marie Le Pen", "fr"), ("Le Pen", "fr")]) == [
        ["Jean-Marie Le Pen"], ["Le Pen"], ["Marine Le Pen"]]


def test_a_lone_given_name_joins_the_only_full_name_holding_it():
    assert groups([("Rashid Al Khouri", "it"), ("Rashid", "de"), ("Khouri", "fr")]) == [
        ["Rashid Al Khouri", "Rashid", "Khouri"]]
    assert groups([("Rashid Al Khouri", "it"), ("Rashid Haddad", "it"), ("Rashid", "de")]) == [
        ["Rashid", ], ["Rashid Al Khouri"], ["Rashid Haddad"]]


def test_a_title_before_a_surname_is_no_given_name():
    assert groups([("Prezydent Lambert", "pl"), ("Oskar Lambert", "en"), ("Président Lambert", "fr")]) == [
        ["Prezydent Lambert", "Oskar Lambert", "Président Lambert"]]


def test_regnal_ordinals_keep_rulers_apart():
    assert groups([("Leo XIV", "en"), ("Leone XIII", "it"), ("Leo", "en"), ("Leone", "it")]) == [
        ["Leo", "Leone"], ["Leo XIV"], ["Leone XIII"]]


@pytest.mark.parametrize("text,code,kept,gone", [
    ("Segundo o ministro turco do Interior, Omar Kaya, as buscas continuam.", "pt", None, "Interior"),
    ("O ministro da Saúde, Omar Kaya, disse que dez pessoas ficaram feridas.", "pt", None, "Saúde"),
    ("La ministra de Asuntos Exteriores de Chile habló ayer con la prensa.", "es", ("Chile", "LOC"), "Asuntos"),
    ("De Franse minister van Buitenlandse Zaken Paul Maréchal reageerde gisteren.", "nl", ("Paul Maréchal", "PER"),
     "Buitenlandse"),
    ("Il ministro dell'Interno ha parlato con i sindaci della valle.", "it", None, "Interno"),
    ("Het ministerie van Buitenlandse Zaken zoekt uit of er Nederlanders gewond zijn.", "nl",
     ("ministerie van Buitenlandse Zaken", "ORG"), None),
])
def test_a_ministers_portfolio_is_no_name(text, code, kept, gone):
    spans = found(text, code)
    if kept:
        assert kept in spans
    if gone:
        assert not [t for t, kind in spans if t.startswith(gone) and kind != "ORG"]


def test_a_persons_acronym_in_parentheses_is_a_party_not_the_person(ctx):
    report = entities(ctx, [
        "O senador Joaquim Tavares Benedito dos Santos (PSR) pediu um minuto de silêncio no plenário. "
        "Benedito disse que o governo vai ajudar as famílias."])
    assert holders(report, "PSR") and holders(report, "PSR") != holders(report, "Joaquim Tavares Benedito dos Santos")


def test_a_name_spelt_without_accents_elsewhere_is_found_whole(ctx):
    report = entities(ctx, [
        "O senador Joaquim Tavares Benedito dos Santos pediu um minuto de silêncio no plenário nesta sexta-feira.",
        "De Braziliaanse senator Joaquim Tavares Benedito dos Santos vroeg vrijdag om een minuut stilte.",
        "Der brasilianische Senator Joaquim Tavares Benedito dos Santos bat am Freitag um eine Schweigeminute."])
    whole = holders(report, "Joaquim Tavares Benedito dos Santos")
    assert len(whole) == 1 and not holders(report, "Santos")


def test_a_hotel_is_one_entity_with_or_without_its_kind_in_each_language(ctx):
    report = entities(ctx, [
        "Yangın gece saatlerinde Mavi Kartal Otel'de çıktı ve itfaiye ekipleri sabaha kadar çalıştı.",
        "Incendiul a izbucnit noaptea la Hotelul Mavi Kartal, iar pompierii au lucrat până dimineața.",
        "The fire broke out overnight at the Mavi Kartal Hotel, and firefighters worked until the morning.",
        "Požár vypukl v noci v hotelu Mavi Kartal a hasiči zasahovali až do rána."])
    hotel = holders(report, "Mavi Kartal Hotel")
    assert len(hotel) == 1
    assert hotel == holders(report, "Hotelul Mavi Kartal") == holders(report, "Mavi Kartal")
