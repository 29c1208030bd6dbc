"""One thing per row: sub-counts keyed by nationality or place, one key per row, turnout and counting progress."""
from __future__ import annotations

import re

import pytest

from compare_helpers import KeywordEmbedder, compare_story, linked_entities
from compare_helpers import article as _article
from storylens.compare import qualifiers
from storylens.compare.onething import exclusive
from storylens.compare.predicates import predicate
from storylens.resources import Context


@pytest.fixture(scope="module")
def gaz():
    return Context().gazetteer(())


def _nationality(text: str, number: str, language: str, gaz):
    at = re.search(rf"(?<!\d){re.escape(number)}(?!\d)", text)
    return qualifiers.nationality(text, at.end(), language, gaz)


@pytest.mark.parametrize("text, number, language, country", [
    ("The fire injured 115 people: 22 Swiss, 14 Italians and 3 Poles.", "22", "en", "terr:CH"),  # a listed demonym
    ("The fire injured 115 people: 22 Swiss, 14 Italians and 3 Poles.", "14", "en", "terr:IT"),
    ("The fire injured 115 people: 22 Swiss, 14 Italians and 3 Poles.", "3", "en", "terr:PL"),
    ("Entre los heridos hay 22 turistas suizos.", "22", "es", "terr:CH"),
    ("Entre os feridos estão 22 suíços e 14 italianos.", "22", "pt", "terr:CH"),
    ("Au fost răniți 115 oameni, dintre care 22 elvețieni.", "22", "ro", "terr:CH"),
    ("Yangında 115 kişi yaralandı, yaralılardan 22'si İsviçreli.", "22", "tr", "terr:CH"),
    ("Zraněno bylo 115 lidí, z toho 22 Švýcarů a 14 Italů.", "14", "cs", "terr:IT"),
    ("Rannych zostało 115 osób, w tym 14 Włochów.", "14", "pl", "terr:IT"),
    ("Unter den Verletzten sind 22 Schweizer und 14 Italiener.", "22", "de", "terr:CH"),
])
def test_a_count_of_a_nationality_is_keyed_by_its_country(text, number, language, country, gaz):
    assert _nationality(text, number, language, gaz)[0] == country


@pytest.mark.parametrize("text, number, language", [
    ("The fire injured 115 people: 22 Basques, 14 Italians and 3 Poles.", "22", "en"),
    ("Στο νοσοκομείο μεταφέρθηκαν 20 Ελβετοί και 14 Ιταλοί.", "20", "el"),
])
def test_a_capitalised_counted_word_of_unknown_country_is_a_qualifier_of_its_own(text, number, language, gaz):
    found = _nationality(text, number, language, gaz)
    assert found is not None and found[0].startswith(qualifiers.UNRESOLVED) and found[1] == ""


@pytest.mark.parametrize("text, number, language", [
    ("Russia struck the city with 2 Russian ballistic missiles.", "2", "en"),   # describes the missiles
    ("The search for 4 US soldiers went on.", "4", "en"),                       # describes the soldiers
    ("Among the injured were 15 children.", "15", "en"),                        # "children" is no word of Chile
    ("Bei dem Brand wurden 3 Menschen verletzt.", "3", "de"),                   # German capitalises every noun
    ("In Sumy 117 people were injured.", "117", "en"),
])
def test_a_word_describing_the_counted_thing_or_a_common_noun_is_no_nationality(text, number, language, gaz):
    assert _nationality(text, number, language, gaz) is None


def test_unresolved_qualifiers_differ_only_within_one_script():
    assert qualifiers.differ("terr:CH", "terr:IT")
    assert not qualifiers.differ("terr:CH", "*swiss")       # "Swiss" may be the Swiss
    assert qualifiers.differ("*swiss", "*dutch")
    assert not qualifiers.differ("*swiss", "*ελβετ")        # another script: may be one word translated
    assert not qualifiers.differ(None, "terr:CH")


def test_a_place_beside_a_count_qualifies_it_unless_it_is_the_storys_own():
    text = "In Paiporta alone 62 people died, while 211 died in the region."
    spans = [(3, 11, "paiporta")]
    at = text.index("62")
    assert qualifiers.place(text, at, at + 2, spans, frozenset({"paiporta"})) == "paiporta"
    at = text.index("211")
    assert qualifiers.place(text, at, at + 3, spans, frozenset({"paiporta"})) is None  # another clause
    mentions = {"a": [(0, 5, "valencia"), (9, 17, "paiporta")], "b": [(0, 5, "valencia")], "c": [(3, 8, "valencia")]}
    assert qualifiers.own_places(mentions, {"a", "b", "c"}, frozenset({"valencia", "paiporta"})) == {"valencia"}


TOPICS = {"injured": 0, "swiss": 1, "italians": 2, "poles": 3, "fire": 4, "people": 5}


def test_sub_counts_by_nationality_are_apart_from_the_total_and_conflict_among_themselves():
    # 115 / 116 injured is one conflict; 22 / 20 Swiss another; the Italians agree; no row holds a total and a part
    a = _article("a", "en", "The fire injured 115 people.", "Among the injured were 22 Swiss.",
                 "Among the injured were 14 Italians.", "Among the injured were 3 Poles.")
    b = _article("b", "en", "The fire injured 116 people.", "Among the injured were 20 Swiss.",
                 "Among the injured were 14 Italians.", "Among the injured were 3 Poles.")
    r = compare_story((a, b), KeywordEmbedder(TOPICS, 16))
    rows = [sorted(g.value) if isinstance(g.value, list) else [g.value] for g in r.comparison
            if g.status in ("conflicting", "agreed") and g.value is not None]
    conflicts = sorted(sorted(g.value) for g in r.comparison if g.status == "conflicting")
    assert conflicts == [[20, 22], [115, 116]]
    assert [14] in rows and [3] in rows
    assert not any(set(v) & {115, 116} and set(v) & {3, 14, 20, 22} for v in rows)
    swiss = next(g for g in r.comparison if g.status == "conflicting" and 22 in g.value)
    assert "qualifier:" in swiss.note


def test_a_count_of_one_nationality_in_a_story_counting_no_other_is_no_sub_count():
    # "four US soldiers" is the story's subject: with no breakdown by nationality it stays one count with "4 soldiers"
    a = _article("a", "en", "The search for the 4 soldiers who went missing goes on.")
    b = _article("b", "en", "The search for the 3 soldiers who went missing goes on.")
    r = compare_story((a, b), KeywordEmbedder({"soldiers": 0, "search": 1}, 8))
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[3, 4]]


def test_keys_that_exclude_each_other():
    assert exclusive("dead", "injured")
    assert not exclusive("dead", "present")              # the 58 on board are the 58 who died
    assert not exclusive("injured", "hospitalised")
    assert exclusive("of|injured|terr:CH", "of|injured|terr:IT")
    assert not exclusive("of|injured|terr:CH", "injured")  # a sub-count and an unqualified count may be one
    assert exclusive("share|p1|0||", "share|p2|0||")
    assert not exclusive("share|p1|0||", "share|p1|1||")  # a poll's wording may still be the result


ONE = {"attack": 0, "killed": 1, "injured": 1, "left": 1}


def test_a_row_holding_the_dead_and_the_injured_is_split_by_key():
    # "left 11 people" names no fate: it meets both "11 killed" and "11 injured", which must not make one row
    arts = (_article("a", "en", "The attack killed 11 people."), _article("b", "en", "The attack killed 11 people."),
            _article("c", "en", "The attack injured 11 people."), _article("d", "en", "The attack injured 11 people."),
            _article("e", "en", "The attack left 11 people."))
    r = compare_story(arts, KeywordEmbedder(ONE, 8))
    rows = [set(g.articles) for g in r.comparison if g.value == 11]
    assert not any({"a", "c"} <= s for s in rows)
    assert {"a", "b"} <= next(s for s in rows if "a" in s)
    assert {"c", "d"} <= next(s for s in rows if "c" in s)


@pytest.mark.parametrize("text, share, language, what", [
    ("Turnout was 64%, and Simion won 46.4% of the vote.", "64%", "en", "share_turnout"),
    ("Candidatul a obținut 46,4% din voturi, la o prezență de 64%.", "64%", "ro", "share_turnout"),
    ("Frekwencja wyniosła 67,3 proc.", "67,3", "pl", "share_turnout"),
    ("Die Wahlbeteiligung lag bei 71,6 Prozent.", "71,6", "de", "share_turnout"),
    ("Η συμμετοχή έφτασε το 64%.", "64%", "el", "share_turnout"),
    ("Volebná účasť bola 52 percent.", "52", "sk", "share_turnout"),
    ("PKW przeliczyła 99,97 proc. głosów.", "99,97", "pl", "share_counted"),
    ("With 99.9% of precincts reporting, he leads.", "99.9%", "en", "share_counted"),
    ("Po sečtení 99,9 % okrsků vede.", "99,9", "cs", "share_counted"),
    ("Com 99,8% das urnas apuradas, ele lidera.", "99,8%", "pt", "share_counted"),
    ("Sandıkların yüzde 99'u açıldı.", "99", "tr", "share_counted"),
])
def test_turnout_and_counting_progress_are_what_a_share_is_of(text, share, language, what):
    at = text.index(share)
    assert predicate(text, at, at + len(share), language, None, True) == what


def test_shares_of_ballots_counted_never_conflict_and_turnout_is_not_a_candidates_share():
    vote = {"counted": 0, "precincts": 0, "turnout": 1, "simion": 2}
    r = compare_story((_article("a", "en", "With 99.5% of precincts counted, the result is clear."),
                       _article("b", "en", "With 99.9% of precincts counted, the result is clear.")),
                      KeywordEmbedder(vote, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    arts = (_article("a", "en", "Simion won 61% as turnout rose."), _article("b", "en", "The turnout was 64%."))
    ents = linked_entities(arts, {"p-simion": ["Simion"]}, "PER")
    r = compare_story(arts, KeywordEmbedder({"turnout": 1}, 8), ents)
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_two_shares_making_up_one_whole_are_the_two_sides_of_a_vote():
    # one outlet gives the winner's share, the other the loser's: not one share changed
    vote = {"runoff": 0, "won": 1}
    r = compare_story((_article("a", "en", "In the runoff the winner won 53.6% of the vote."),
                       _article("b", "en", "In the runoff the loser won 46.4% of the vote.")), KeywordEmbedder(vote, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    r = compare_story((_article("a", "en", "In the runoff the winner won 53.6% of the vote."),
                       _article("b", "en", "In the runoff the winner won 55.6% of the vote.")), KeywordEmbedder(vote, 8))
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[53.6, 55.6]]


def test_turnout_never_pairs_with_a_share_of_anything_else():
    vote = {"vote": 0}
    r = compare_story((_article("a", "en", "In the vote, turnout was 64%."),
                       _article("b", "en", "In the vote, the incumbent got 61%.")), KeywordEmbedder(vote, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    r = compare_story((_article("a", "en", "In the vote, turnout was 64%."),
                       _article("b", "ro", "In the vote, prezența a fost de 61%.")), KeywordEmbedder(vote, 8))
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[61, 64]]


def test_shares_of_supply_restored_grow_and_are_no_other_share():
    grid = {"power": 0, "supply": 0, "spain": 1}
    # two hours of one restoration: "60% restored" by evening, "99% restored" the next morning
    r = compare_story((_article("a", "en", "Spain has restored 60% of its power supply."),
                       _article("b", "es", "España ha restablecido el 99% del suministro de power.")),
                      KeywordEmbedder(grid, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # a share restored is not the share of supply renewables gave
    r = compare_story((_article("a", "en", "Spain has restored 100% of its power supply."),
                       _article("b", "en", "Spain had 75% of its power supply from renewables.")),
                      KeywordEmbedder(grid, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # two shares lost in one moment still conflict
    r = compare_story((_article("a", "en", "Spain lost 60% of its power supply."),
                       _article("b", "en", "Spain lost 50% of its power supply.")), KeywordEmbedder(grid, 8))
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[50, 60]]


def test_figures_of_two_votes_do_not_conflict():
    vote = {"turnout": 0, "явка": 0, "frekwencja": 0}
    # the referendum's turnout and the presidential election's, held the same day
    r = compare_story((_article("a", "ru", "Явка на референдуме составила 50,72%."),
                       _article("b", "uk", "Явка на президентських виборах перевищила 51,4%.")), KeywordEmbedder(vote, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # the first round's turnout and the runoff's
    r = compare_story((_article("a", "en", "Turnout in the first round was 67.3%."),
                       _article("b", "en", "Turnout in the runoff was 71.6%.")), KeywordEmbedder(vote, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # a sentence naming no vote between them: its figure is the election's, never the referendum's changed
    r = compare_story((_article("a", "ru", "Явка на референдуме составила 50,72%."),
                       _article("b", "pl", "Frekwencja sięgnęła 51,4 proc."),
                       _article("c", "uk", "Явка на президентських виборах перевищила 51,4%.")), KeywordEmbedder(vote, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # one vote's turnout given two ways still conflicts
    r = compare_story((_article("a", "en", "Turnout in the runoff was 71.6%."),
                       _article("b", "pl", "Frekwencja w drugiej turze wyniosła 72,8 proc.")), KeywordEmbedder(vote, 8))
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[71.6, 72.8]]



def _stage_story(stage_a: str | None, stage_b: str | None):
    texts = []
    for name, stage, share in (("a", stage_a, "48.8%"), ("b", stage_b, "50.4%")):
        tail = f" By then {stage} of precincts were counted." if stage else ""
        texts.append(_article(name, "en", f"Sandu won {share} of the vote.{tail}"))
    ents = linked_entities(tuple(texts), {"p-sandu": ["Sandu"]}, "PER")
    r = compare_story(tuple(texts), KeywordEmbedder({"counted": 0, "sandu": 1}, 8), ents)
    return [sorted(g.value) for g in r.comparison if g.status == "conflicting"]


def test_figures_of_two_counting_stages_do_not_conflict():
    # rule count stage: one outlet wrote at 97% counted, the other at 100%: two stages of one count
    assert _stage_story("97%", "100%") == []
    # one stage named alike, or none, and the shares still conflict
    assert _stage_story("100%", "100%") == [[48.8, 50.4]]
    assert _stage_story(None, None) == [[48.8, 50.4]]
