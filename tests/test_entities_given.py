"""Given names translated between languages (Giuseppe = José = Иосиф) and regnal names with their ordinals."""
from __future__ import annotations

from storylens.entities.people import translated
from storylens.adapters.translit import skeleton
from test_entities_sound import groups  # one way to link a list of person names, shared with the sound tests


def test_translated_given_names_are_one_name_and_others_are_not():
    assert translated(skeleton("Giuseppe", "it"), skeleton("Иосиф", "ru"))
    assert translated(skeleton("Franciszek", "pl"), skeleton("Franziskus", "de"))
    assert translated(skeleton("Jean", "fr"), skeleton("Іван", "uk"))
    assert not translated(skeleton("Jean", "fr"), skeleton("Jeanne", "fr"))
    assert not translated(skeleton("Pietro", "it"), skeleton("Paolo", "it"))


def test_full_names_with_translated_given_names_link_and_different_people_stay_apart():
    assert groups([("Giuseppe Verdi", "it"), ("Joseph Verdi", "en"), ("Иосиф Верди", "ru")]) == [
        ["Giuseppe Verdi", "Joseph Verdi", "Иосиф Верди"]]
    # same surname, given names that are different names in any language: two people
    assert groups([("Pietro Parolin", "it"), ("Paul Parolin", "en")]) == [["Paul Parolin"], ["Pietro Parolin"]]


def test_a_regnal_name_links_across_languages_only_with_its_own_ordinal():
    assert groups([("Leo XIV", "en"), ("León XIV", "es"), ("Leone XIV", "it"), ("Лев XIV", "ru"),
                   ("Leon XIV", "pl"), ("Leo XIII", "de")]) == [
        ["Leo XIII"], ["Leo XIV", "León XIV", "Leone XIV", "Лев XIV", "Leon XIV"]]
    assert groups([("Benedict XVI", "en"), ("Benedetto XVI", "it"), ("Benedict XV", "fr")]) == [
        ["Benedict XV"], ["Benedict XVI", "Benedetto XVI"]]


def test_a_given_name_alone_links_across_languages_when_each_language_names_it_once():
    assert groups([("Francesco", "it"), ("Francisco", "es"), ("Franziskus", "de")]) == [
        ["Francesco", "Francisco", "Franziskus"]]
    # two different bare names in one language: which one is meant is unknown, so nothing links
    assert groups([("Giuseppe", "it"), ("José", "es"), ("Józef", "es")]) == [["Giuseppe"], ["José"], ["Józef"]]
    assert groups([("Giuseppe", "it"), ("José", "es"), ("Józef", "pl")]) == [["Giuseppe", "José", "Józef"]]


def test_a_given_name_in_another_case_form_is_still_that_name():
    # papieża Franciszka (Polish genitive, its vowel dropped), Papst Franziskus, papa Francesco
    assert groups([("Franciszka", "pl"), ("Franziskus", "de"), ("Francesco", "it")]) == [
        ["Franciszka", "Franziskus", "Francesco"]]
    assert groups([("Leona XIV", "pl"), ("Leone XIV", "it")]) == [["Leona XIV", "Leone XIV"]]


def test_a_full_name_no_recogniser_typed_is_the_person_named_with_a_given_name_written_by_sound():
    from storylens.disjoint import DisjointSets
    from storylens.entities import people
    from storylens.entities.gazetteer import gazetteer
    from storylens.entities.kit import kit
    from storylens.entities.link import Work

    names = [("Майкл Кофман", "ru", "PER"), ("Michael Kofman", "en", "MISC"), ("Viktor Orbán", "en", "PER"),
             ("Orbán Viktor", "hu", "MISC")]
    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, etype, "natasha" if code == "ru" else "spacy", code,
               kit(code).normal(t, etype)) for i, (t, code, etype) in enumerate(names)]
    people.retype_people(ws, gazetteer(("ru", "en", "hu")))
    assert [w.type for w in ws] == ["PER"] * 4
    uf = DisjointSets(len(ws))
    people.link_people(ws, uf)
    assert uf.find(0) == uf.find(1) and uf.find(2) == uf.find(3) and uf.find(0) != uf.find(2)
