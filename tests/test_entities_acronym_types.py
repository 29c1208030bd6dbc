"""An organisation read as a person by a model: the story's acronyms say otherwise."""
from __future__ import annotations

from storylens.disjoint import DisjointSets
from storylens.entities.link import Work, expansions_are_no_people, link_within_articles


def work(i, article, text, etype, lang="es", source="spacy"):
    return Work(i, article, "s1", 0, len(text), text, etype, source, lang, text)


def test_a_name_spelt_by_an_acronym_of_its_article_is_an_organisation_in_every_article():
    ws = [work(0, "a1", "Red Eléctrica Española", "PER"), work(1, "a1", "REE", "MISC", source="rules"),
          work(2, "a2", "Red Eléctrica", "PER", "en"), work(3, "a3", "Red Eléctrica", "PER", "fr"),
          work(4, "a3", "Emily Thorowgood", "PER", "fr")]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    expansions_are_no_people(ws)
    assert uf.find(0) == uf.find(1)
    assert [w.type for w in ws] == ["ORG", "MISC", "ORG", "ORG", "PER"]


def test_a_word_of_capitals_alone_is_no_person():
    ws = [work(0, "a1", "REE", "PER", "en"), work(1, "a1", "Kim Jong Un", "PER", "en")]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    assert [w.type for w in ws] == ["ORG", "PER"]


def test_an_outlet_dropping_the_accents_names_the_same_organisation():
    ws = [work(0, "a1", "Red Eléctrica", "PER"), work(1, "a1", "REE", "MISC", source="rules"),
          work(2, "a2", "Red Electrica", "PER", "en"), work(3, "a3", "Rede Electrica", "PER", "pt")]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    expansions_are_no_people(ws)
    assert [w.type for w in ws] == ["ORG", "MISC", "ORG", "PER"]


def test_names_in_other_scripts_are_compared_by_their_letters():
    ws = [work(0, "a1", "Державна служба надзвичайних ситуацій", "PER", "uk"),
          work(1, "a1", "ДСНС", "MISC", "uk", source="rules"),
          work(2, "a2", "Герман Галущенко", "PER", "ru"), work(3, "a3", "Державна служба", "PER", "uk")]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    expansions_are_no_people(ws)
    assert [w.type for w in ws][2:] == ["PER", "ORG"]
