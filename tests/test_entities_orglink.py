"""Organisations linked by translation within a story, and kept apart when their kind, country or nesting differ."""
from __future__ import annotations

import pytest

from storylens.disjoint import DisjointSets
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.link import Work
from storylens.entities.orglink import body_and_country, kind_of, link_organisations
from storylens.resources import Context


@pytest.fixture(scope="module")
def embed():
    return Context().embedder.embed


def groups(names, embed, nested=()):
    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, "ORG", "spacy", code, kit(code).normal(t, "ORG"))
          for i, (t, code) in enumerate(names)]
    for outer, inner in nested:  # inner written inside outer, in outer's article
        ws[inner].article, ws[inner].start, ws[inner].end = ws[outer].article, 1, 3
        ws[outer].start, ws[outer].end = 0, 10
    uf = DisjointSets(len(ws))
    link_organisations(ws, uf, embed, gazetteer(("en", "ru", "es", "fr")))
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


def test_a_name_splits_into_body_country_and_kind():
    gaz = gazetteer(("en", "ru"))
    assert body_and_country("Ministry of Defence of Kazakhstan", "en", gaz) == ("Ministry of Defence", frozenset({"terr:KZ"}))
    assert body_and_country("Kazakh Ministry of Defense", "en", gaz) == ("Ministry of Defense", frozenset({"terr:KZ"}))
    assert body_and_country("Минобороны Казахстана", "ru", gaz) == ("Минобороны", frozenset({"terr:KZ"}))
    assert kind_of("Defense Committee of the Russian State Duma", "en") == "committee"
    assert kind_of("Kazakhstan’s Armed Forces", "en") == "army" and kind_of("Минобороны", "ru") == "ministry"


def test_one_body_in_three_languages_is_one_entity(embed):
    assert groups([("State Duma", "en"), ("Госдума", "ru"), ("Douma d'État", "fr"), ("State Department", "en")],
                  embed) == [["State Department"], ["State Duma", "Госдума", "Douma d'État"]]
    assert groups([("European Commission", "en"), ("Comisión Europea", "es"), ("Commission européenne", "fr"),
                   ("Еврокомиссия", "ru"), ("Apple", "en")], embed) == [
        ["Apple"], ["European Commission", "Comisión Europea", "Commission européenne", "Еврокомиссия"]]


def test_a_ministry_is_not_the_armed_forces_and_countries_must_agree(embed):
    got = groups([("Ministry of Defence of Kazakhstan", "en"), ("Минобороны Казахстана", "ru"),
                  ("Ministerio de Defensa de Kazajstán", "es"), ("Kazakhstan’s Armed Forces", "en"),
                  ("Минобороны России", "ru")], embed)
    assert ["Kazakhstan’s Armed Forces"] in got and ["Минобороны России"] in got
    assert ["Ministry of Defence of Kazakhstan", "Минобороны Казахстана", "Ministerio de Defensa de Kazajstán"] in got


def test_a_part_never_joins_its_whole(embed):
    got = groups([("комитет Госдумы по обороне", "ru"), ("Госдумы", "ru"), ("State Duma", "en")], embed, nested=[(0, 1)])
    assert ["комитет Госдумы по обороне"] in got


def test_a_body_named_for_a_region_keeps_it_and_takes_no_country_from_beside_it():
    gaz = gazetteer(("en", "fr"))
    body, countries = body_and_country("European Commission", "en", gaz)
    assert body == "European Commission" and not any(c.startswith("terr:") for c in countries)
    assert body_and_country("EU Council", "en", gaz)[0] == "EU Council"


def test_a_kind_of_body_named_alone_joins_the_one_body_it_heads_in_its_article():
    from storylens.entities.link import link_within_articles

    names = [("European Commission", "en"), ("Commission", "en"), ("Пресс-служба Минобороны", "ru"), ("Минобороны", "ru")]
    ws = [Work(i, "a1" if code == "en" else "a2", "s1", 10 * i, 10 * i + 5, t, "ORG", "spacy", code, kit(code).normal(t, "ORG"))
          for i, (t, code) in enumerate(names)]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    assert uf.find(0) == uf.find(1)
    assert uf.find(2) != uf.find(3)  # the ministry is no head of its press service's name


def test_a_country_of_several_words_leaves_the_body_in_any_case_form():
    gaz = gazetteer(("en", "hr", "pl"))
    assert body_and_country("Court of Bosnia and Herzegovina", "en", gaz) == ("Court", frozenset({"terr:BA"}))
    assert body_and_country("Court of Bosnia & Herzegovina", "en", gaz) == ("Court", frozenset({"terr:BA"}))
    assert body_and_country("Sud BiH", "hr", gaz) == ("Sud", frozenset({"terr:BA"}))
    assert body_and_country("Ambasada Stanów Zjednoczonych", "pl", gaz) == ("Ambasada", frozenset({"terr:US"}))


def test_a_prosecutors_office_is_a_kind_of_body_in_every_language(embed):
    assert kind_of("Prosecutor's Office of Bosnia and Herzegovina", "en") == "prosecutor"
    assert kind_of("Tužilaštvo BiH", "sr") == kind_of("Специализированная антикоррупционная прокуратура", "ru") \
        == kind_of("Staatsanwaltschaft Magdeburg", "de") == "prosecutor"
    assert kind_of("Court of Bosnia and Herzegovina", "en") != "prosecutor"


def test_a_capital_inside_a_word_makes_it_no_function_word():
    gaz = gazetteer(("hr", "sr"))
    assert kit("hr").place(gaz, "BiH").key == "terr:BA"  # not Croatian "bih" ("I would")
    assert kit("sr").place(gaz, "БиХ").key == "terr:BA"


def typed_groups(names, embed):
    """``groups`` for (text, language, type) triples."""
    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, etype, "spacy", code, kit(code).normal(t, etype))
          for i, (t, code, etype) in enumerate(names)]
    uf = DisjointSets(len(ws))
    link_organisations(ws, uf, embed, gazetteer(("en", "el", "pt", "tr", "sv", "fi", "ro", "sr", "pt")))
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


def test_a_name_of_no_kind_joins_its_translation_by_an_own_word_written_alike(embed):
    got = typed_groups([("Parthenon Sculptures", "en", "ORG"), ("Γλυπτά του Παρθενώνα", "el", "MISC"),
                        ("Voepass Linhas Aéreas", "pt", "MISC"), ("Voepass Hava Yolları", "tr", "MISC")], embed)
    assert ["Parthenon Sculptures", "Γλυπτά του Παρθενώνα"] in got
    assert ["Voepass Linhas Aéreas", "Voepass Hava Yolları"] in got


def test_meaning_alone_links_no_name_of_no_kind(embed):
    # two outlets of one city share only the city; a street and a person share nothing
    got = typed_groups([("The Kyiv Independent", "ro", "MISC"), ("Kiev Post", "pt", "MISC"),
                        ("Tornfalkgatan 26", "sv", "MISC"), ("Johanna Pakarinen", "fi", "MISC")], embed)
    assert len(got) == 4


def test_a_coalition_is_a_kind_of_body_of_its_own():
    assert kind_of("Koalicja Obywatelska", "pl") == kind_of("Civic Coalition", "en") == "coalition"
    assert kind_of("Labour Party", "en") != "coalition"


def test_an_own_word_must_be_written_alike_beyond_its_opening():
    from storylens.entities.orglink import _own_word_alike, _proper_keys

    gaz = gazetteer(("en", "pl", "sv", "pt"))
    keys = lambda name, code: _proper_keys(name, code, gaz)  # noqa: E731
    # a case ending differs; a word that only opens alike is another word
    assert _own_word_alike(keys("Campus Risbergska", "sv"), keys("Campus Risberskan", "sv"))
    assert not _own_word_alike(keys("Nordic Fund", "en"), frozenset({"nrdvg"}))  # Narodowego
    # a given name is a person's word, no own word of a body or a name
    assert not keys("Michael Fund", "en") and keys("Charles Darwin Foundation", "en") == keys("Darwin", "en")


def test_two_kinds_of_body_never_link_through_an_own_word():
    from storylens.entities.orglink import Org, _compatible

    def org(root, etype, kind):
        return Org(root, etype, ["Guarulhos"], frozenset(), kind, frozenset({"pt"}), frozenset({f"a{root}"}),
                   proper=frozenset({"grls"}))

    assert _compatible(org(0, "MISC", None), org(1, "MISC", None), set())
    assert not _compatible(org(0, "MISC", "court"), org(1, "ORG", "museum"), set())


def test_a_compound_names_its_kind_by_its_last_part():
    # German and Dutch write a body's kind as the end of one word; English does not
    assert kind_of("Zentrale Wahlkommission", "de") == kind_of("Central Election Commission", "en") == "commission"
    assert kind_of("Zentralen Referendumskommission", "de") == "commission"
    assert kind_of("Georgischer Traum", "de") is None and kind_of("Wahlkommission", "en") is None


def test_a_movement_is_a_kind_of_body_in_every_language():
    assert kind_of("United National Movement", "en") == kind_of("Movimiento Nacional Unido", "es") \
        == kind_of("Vereinte Nationale Bewegung", "de") == kind_of("Национальное движение", "ru") == "movement"
    assert kind_of("Labour Party", "en") != "movement"


def test_a_nationality_word_with_an_unlisted_ending_names_its_country():
    gaz = gazetteer(("de", "fr", "en"))
    assert body_and_country("Georgischer Öffentlicher Rundfunk", "de", gaz) == ("Öffentlicher Rundfunk", frozenset({"terr:GE"}))
    assert body_and_country("Mouvement national géorgien", "fr", gaz) == ("Mouvement national", frozenset({"terr:GE"}))
    # one word left: the adjective stays a word of the name, which then names no country ("British Museum")
    assert body_and_country("Georgischer Traum", "de", gaz) == ("Georgischer Traum", frozenset())
    assert body_and_country("Public Broadcaster", "en", gaz)[1] == frozenset()


def langs_groups(names, embed, langs, joined=()):
    """``groups`` for (text, language, type) triples, with pairs of them already one entity."""
    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, etype, "spacy", code, kit(code).normal(t, etype))
          for i, (t, code, etype) in enumerate(names)]
    uf = DisjointSets(len(ws))
    for a, b in joined:
        uf.union(a, b)
    link_organisations(ws, uf, embed, gazetteer(langs))
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


def test_a_party_named_for_its_country_joins_its_translations(embed):
    # the country is a word of the party's own name: the name is compared whole, its country still checked
    got = langs_groups([("Georgian Dream", "en", "ORG"), ("Грузинская мечта", "ru", "ORG"),
                        ("Rêve géorgien", "fr", "MISC"), ("Central Election Commission", "en", "ORG")],
                       embed, ("en", "ru", "fr"))
    assert ["Georgian Dream", "Грузинская мечта"] in got


def test_two_parties_of_one_country_do_not_link_through_it(embed):
    # the country's adjective is a word of a short name, not evidence: Strong Georgia is not Georgian Dream
    got = langs_groups([("Georgian Dream", "en", "ORG"), ("Грузинская мечта", "ru", "ORG"),
                        ("Rêve géorgien", "fr", "MISC"), ("Strong Georgia", "en", "ORG"),
                        ("Сильная Грузия", "ru", "ORG"), ("Starkes Georgien", "de", "MISC")],
                       embed, ("en", "ru", "fr", "de"))
    dream = next(g for g in got if "Georgian Dream" in g)
    assert not {"Strong Georgia", "Сильная Грузия", "Starkes Georgien"} & set(dream)


def test_an_acronym_with_its_countrys_expands_nothing(embed):
    # ЦИК РК (ЦИК of the Republic of Kazakhstan) is no expansion that lets ЦИК be the CIS
    got = langs_groups([("Commonwealth of Independent States", "en", "ORG"), ("CIS", "en", "ORG"),
                        ("ЦИК РК", "ru", "ORG"), ("ЦИК", "ru", "ORG")], embed, ("en", "ru"), joined=[(0, 1), (2, 3)])
    assert not any("CIS" in g and "ЦИК" in g for g in got)


def test_one_body_named_with_and_without_its_country_in_one_article_links():
    from storylens.entities.orglink import Org, _may_link

    def org(root, bodies, langs, arts, countries=frozenset({"terr:GE"})):
        return Org(root, "ORG", bodies, countries, "commission", frozenset(langs), frozenset(arts))

    named = org(0, ["Central Election Commission", "Центральная избирательная комиссия"], {"en", "ru"}, {"a1", "a2"})
    bare = org(1, ["Центральная избирательная комиссия", "ЦИК"], {"ru"}, {"a2", "a3"})
    other = org(2, ["Окружная избирательная комиссия"], {"ru"}, {"a2"})
    assert _may_link(named, bare, set())
    assert not _may_link(named, other, set())  # another body of the same kind in that article
    assert not _may_link(named, org(3, bare.bodies, {"ru"}, {"a2"}, frozenset({"terr:KZ"})), set())
