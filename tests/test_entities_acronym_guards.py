"""Acronyms that must stay apart, datelines, acronyms glued to a person, numbers in names, inflected body names."""
from __future__ import annotations

import pytest

from storylens.disjoint import DisjointSets
from storylens.entities.cands import Cand, Sent
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.link import Work, acronym_fits, link_acronyms_in_story, link_within_articles
from storylens.entities.orglink import link_organisations
from storylens.entities.rules import RULES, acronym_after_span, apply, parenthesised_acronyms
from storylens.entities.shapes import name_numbers, split_acronym_person
from storylens.resources import Context


@pytest.fixture(scope="module")
def ctx():
    c = Context()
    with c.activated():
        yield c


def work(i, article, text, etype="ORG", lang="en", story="s1"):
    return Work(i, article, story, 0, len(text), text, etype, "rules", lang, kit(lang).normal(text, etype))


def sent(text, code="en", cands=()):
    s = Sent(text, 0, len(text), kit(code), gazetteer((code,)), False)
    s.cands = list(cands)
    return s


def spans(s):
    return sorted((s.text[c.start:c.end], c.type) for c in s.cands)


def test_inner_letters_fit_only_when_asked():
    assert acronym_fits("HNA", "Harbour Navigation") is True
    assert acronym_fits("HNA", "Harbour Navigation", inner=False) is False
    assert acronym_fits("HNA", "Harbour News of Africa", inner=False) is True


def test_a_story_acronym_needs_the_initials_of_another_articles_name():
    ws = [work(0, "a1", "Harbour Navigation"), work(1, "a2", "HNA")]
    uf = DisjointSets(2)
    link_acronyms_in_story(ws, uf)
    assert uf.find(0) != uf.find(1)


def test_two_different_acronyms_alone_stay_two_bodies(ctx):
    ws = [work(0, "a1", "WHO"), work(1, "a2", "OMS", lang="fr"), work(2, "a3", "ILO"), work(3, "a4", "OIT", lang="es")]
    uf = DisjointSets(len(ws))
    link_organisations(ws, uf, ctx.name_embedder.embed, gazetteer(("en", "fr", "es")))
    assert len({uf.find(i) for i in range(4)}) == 4


def test_a_name_without_its_country_joins_the_acronym_that_ends_with_it(ctx):
    ws = [work(0, "a1", "Nordic Safety Bureau"), work(1, "a1", "NSBF"), work(2, "a1", "Oslo Transit Board")]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    assert uf.find(0) == uf.find(1) != uf.find(2)


def test_a_dateline_in_capitals_is_no_expansion_of_the_agency(ctx):
    text = "BERLIN (XYZ) - The ministers met on Monday."
    city, agency = text.index("BERLIN"), text.index("XYZ")
    s = sent(text, cands=[Cand(city, city + 6, "ORG", "spacy")])
    s.cands = acronym_after_span(s)
    s.cands = parenthesised_acronyms(s)
    found = {text[c.start:c.end]: c for c in s.cands}
    assert found["XYZ"].link is None and found["XYZ"].type == "ORG"
    assert found["BERLIN"].type == "LOC"
    inside = "The Harbour Safety Office (HSO) said on Monday that it met."
    name = inside.index("Harbour")
    s = sent(inside, cands=[Cand(name, inside.index(" (HSO"), "ORG", "spacy")])
    s.cands = acronym_after_span(s)
    assert any(c.link for c in s.cands)


def test_an_acronym_glued_to_a_full_name_is_two_names(ctx):
    text = "Ce fut terrible, a déclaré à la chaîne XTV Ilona Varouxi mardi."
    a = text.index("XTV")
    s = sent(text, "fr", [Cand(a, text.index(" mardi"), "ORG", "spacy")])
    assert spans(type("S", (), {"text": text, "cands": split_acronym_person(s)})) == [("Ilona Varouxi", "PER"), ("XTV", "ORG")]
    words = "The agency XTV Space Centre opened."
    b = words.index("XTV")
    s = sent(words, "en", [Cand(b, words.index(" opened"), "ORG", "spacy")])
    assert len(split_acronym_person(s)) == 1


def test_a_short_number_after_an_organisation_is_part_of_its_name_but_not_a_date(ctx):
    text = "He co-owns the Studio Lumen 42 company and met Lumen 12 March officials."
    a, b = text.index("Studio"), text.index(" 42")
    c = text.index("Lumen 12")
    s = sent(text, "en", [Cand(a, b, "ORG", "spacy"), Cand(c, c + 5, "ORG", "spacy")])
    assert [text[x.start:x.end] for x in name_numbers(s)] == ["Studio Lumen 42", "Lumen"]


def test_a_czech_body_in_any_case_with_its_seat_is_one_name(ctx):
    forms = []
    for text in ("Spor rozhodl Krajský soud v Olomouci včera.", "Firma se obrátila ke Krajskému soudu v Olomouci včera.",
                 "Žaloba byla podána u Krajského soudu v Olomouci včera."):
        s = sent(text, "cs")
        apply(s, RULES)
        forms += [text[c.start:c.end] for c in s.cands if c.type == "ORG"]
    assert forms == ["Krajský soud v Olomouci", "Krajskému soudu v Olomouci", "Krajského soudu v Olomouci"]
    k = kit("cs")
    assert len({k.stem_form(f, every_word=True) for f in forms}) == 1


def test_a_serbian_court_in_a_case_form_keeps_the_acronym_after_it(ctx):
    s = sent("Odluka je pala, a presudu Suda BiH je potvrdilo vijeće.", "sr")
    apply(s, RULES)
    assert ("Suda BiH", "ORG") in spans(s)
