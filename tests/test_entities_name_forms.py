"""Names across a woman's surname form, family-name-first order and softened stems (own test names only)."""
from __future__ import annotations

from storylens.disjoint import DisjointSets
from storylens.entities import people
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.link import Work

from test_entities_sound import groups  # persons grouped by link_people alone


def test_a_womans_surname_in_czech_and_slovak_is_her_familys_in_every_case_form():
    assert {"Horvát", "Horváta"} <= kit("sk").surname_bases("Horvátovej")
    assert "Palota" in kit("cs").surname_bases("Palotovou")
    assert kit("sk").surname_bases("Horvát") == set()  # no -ová: nothing to undo
    assert kit("en").surname_bases("Horvátová") == set()  # a language without the pairs


def test_a_slovak_womans_surname_links_the_person_named_elsewhere_and_not_another_woman():
    assert groups([("Erzsébet Horvát", "en"), ("Erzsébet Horvátová", "sk")]) == [
        ["Erzsébet Horvát", "Erzsébet Horvátová"]]
    assert groups([("Erzsébet Palota", "en"), ("Erzsébet Palotovej", "sk")]) == [
        ["Erzsébet Palota", "Erzsébet Palotovej"]]
    # the same family, another given name: two people
    assert groups([("Erzsébet Horvát", "en"), ("Ilona Horvátová", "sk")]) == [
        ["Erzsébet Horvát"], ["Ilona Horvátová"]]


def _works(names):
    return [Work(i, f"a{i}", "s1", 0, len(t), t, etype, "spacy", code, kit(code).normal(t, etype))
            for i, (t, code, etype) in enumerate(names)]


def test_a_hungarian_name_read_as_a_person_is_turned_over_only_when_so_it_names_someone():
    ws = _works([("Tamás Szilágyi", "en", "PER"), ("Szilágyi Tamás", "hu", "PER"), ("Szilágyi Tamásnak", "hu", "PER"),
                 ("Kerekes Ágnes", "hu", "PER")])
    people.retype_people(ws, gazetteer(("en", "hu")))
    assert [w.normal for w in ws] == ["Tamás Szilágyi", "Tamás Szilágyi", "Tamásnak Szilágyi", "Kerekes Ágnes"]
    uf = DisjointSets(len(ws))
    people.link_people(ws, uf)
    assert uf.find(0) == uf.find(1) == uf.find(2) != uf.find(3)


def test_a_cluster_is_compared_by_a_form_written_given_name_first():
    # the Hungarian form comes first and is as long: the English one still names the cluster
    ws = _works([("Szilágyi Ágnes", "hu", "PER"), ("Ágnes Szilágyi", "en", "PER"), ("Ágnes Szilágyiová", "sk", "PER")])
    uf = DisjointSets(len(ws))
    uf.union(0, 1)
    people.link_people(ws, uf)
    assert uf.find(0) == uf.find(2)


def test_a_softened_stem_before_the_locative_ending_is_undone():
    assert "Praha" in kit("cs").stems("Praze") and "Amerika" in kit("cs").stems("Americe")
    assert "Прага" in kit("uk").stems("Празі") and "Африка" in kit("uk").stems("Африці")
