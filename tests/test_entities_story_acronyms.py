"""Acronyms and their expansions across a story's articles and scripts, and an acronym in parentheses."""
from __future__ import annotations

import pytest

from storylens.disjoint import DisjointSets
from storylens.entities.cands import Cand, Sent
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.link import Work, link_acronyms_in_story
from storylens.entities.rules import parenthesised_acronyms


def work(i, article, text, etype="ORG", lang="en", story="s1"):
    return Work(i, article, story, 0, len(text), text, etype, "rules", lang, text)


def linked(ws):
    uf = DisjointSets(len(ws))
    link_acronyms_in_story(ws, uf)
    return uf


def test_an_acronym_joins_the_expansion_another_article_writes():
    ws = [work(0, "a1", "Krajowa Rada Ochrony", lang="pl"), work(1, "a2", "KRO"), work(2, "a3", "KRO", lang="de"),
          work(3, "a2", "Baltic Energy Board")]
    uf = linked(ws)
    assert uf.find(1) == uf.find(0)
    assert uf.find(3) != uf.find(0)


def test_a_transliterated_acronym_joins_the_expansion_in_another_script():
    ws = [work(0, "a1", "Державна служба охорони", lang="uk"), work(1, "a2", "DSO", lang="es")]
    assert linked(ws).find(1) == linked(ws).find(0)


def test_two_fitting_expansions_or_another_story_link_nothing():
    ws = [work(0, "a1", "Northern Rail Agency"), work(1, "a2", "National Road Authority"), work(2, "a3", "NRA")]
    uf = linked(ws)
    assert len({uf.find(i) for i in range(3)}) == 3
    other = [work(0, "a1", "Northern Rail Agency", story="s1"), work(1, "a2", "NRA", story="s2")]
    assert linked(other).find(0) != linked(other).find(1)


def test_no_person_no_short_acronym_and_no_name_the_acronym_is_a_word_of():
    ws = [work(0, "a1", "Nadia Ruiz Alba", "PER"), work(1, "a2", "NRA"), work(2, "a1", "Ente Sociale"),
          work(3, "a2", "ES"), work(4, "a1", "ABC News"), work(5, "a3", "ABC")]
    uf = linked(ws)
    assert len({uf.find(i) for i in range(6)}) == 6


def test_an_acronym_in_parentheses_abbreviates_the_name_right_before_it_whatever_its_letters():
    text = "Lo informó el Servicio Nacional de Rescate (DSR) en su canal."
    name = text.index("Servicio")
    acr = text.index("DSR")
    s = Sent(text, 0, len(text), kit("es"), gazetteer(("es",)), False)
    s.cands = [Cand(name, text.index(" (DSR"), "ORG", "rules", "capitalised"), Cand(acr, acr + 3, "MISC", "rules", "acronyms")]
    out = parenthesised_acronyms(s)
    assert out[1].link == (name, text.index(" (DSR")) and out[1].type == "ORG"


@pytest.mark.parametrize("lang, text, before, kind, source", [
    ("es", "Habló Carla Benet Soler (PRS) ayer.", "Carla Benet Soler", "PER", "spacy"),  # a person's initials
    ("pt", "O voo saiu de Campinas (SP) ontem.", "Campinas", "LOC", "rules"),  # a state's code after its city
])
def test_an_acronym_after_a_person_or_a_place_is_not_linked_to_it(lang, text, before, kind, source):
    acronym = text[text.index("(") + 1:text.index(")")]
    s = Sent(text, 0, len(text), kit(lang), gazetteer((lang,)), False)
    start, acr = text.index(before), text.index(acronym)
    s.cands = [Cand(start, start + len(before), kind, source),
               Cand(acr, acr + len(acronym), "MISC" if kind == "PER" else "LOC", "rules", "acronyms")]
    assert parenthesised_acronyms(s)[1].link is None


def test_a_things_name_takes_the_acronym_of_its_initials_only():
    text = "La Ley de Mercados Digitales (LMD) y el Puerto de Vigo (PO) ayer."
    s = Sent(text, 0, len(text), kit("es"), gazetteer(("es",)), False)
    law, port = text.index("Ley"), text.index("Puerto")
    lmd, po = text.index("LMD"), text.index("PO)")
    s.cands = [Cand(law, text.index(" (LMD"), "MISC", "rules"), Cand(lmd, lmd + 3, "MISC", "rules", "acronyms"),
               Cand(port, text.index(" (PO"), "MISC", "rules"), Cand(po, po + 2, "MISC", "rules", "acronyms")]
    out = parenthesised_acronyms(s)
    assert out[1].link == (law, text.index(" (LMD")) and out[1].type == "MISC"
    assert out[3].link is None


def test_a_translated_things_name_keeps_the_acronym_of_the_original():
    text = "Según la Ley de Mercados Digitales (DMA) europea."
    s = Sent(text, 0, len(text), kit("es"), gazetteer(("es",)), False)
    law, dma = text.index("Ley"), text.index("DMA")
    s.cands = [Cand(law, text.index(" (DMA"), "MISC", "rules"), Cand(dma, dma + 3, "MISC", "rules", "acronyms")]
    assert parenthesised_acronyms(s)[1].link == (law, text.index(" (DMA"))
