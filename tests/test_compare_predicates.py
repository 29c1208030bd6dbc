"""Value rows keyed by what happened to the counted thing: killed vs injured, shot down vs entered, across languages."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.model import Article
from storylens.pipeline import Report

TOPICS = {"pożar": 0, "incend": 0, "brand": 0, "fire": 0, "osób": 1, "person": 1, "mensch": 1, "people": 1,
          "dron": 2, "drohn": 2}


def _run(*articles: Article) -> Report:
    return compare_story(articles, KeywordEmbedder(TOPICS, 32))


def _rows(report: Report) -> list[tuple[str, object, tuple[str, ...]]]:
    return [(g.status, g.value, g.articles) for g in report.comparison if g.value is not None]


def test_dead_and_injured_counts_of_one_noun_conflict_each_with_its_own_kind():
    r = _run(_article("pl", "pl", "W pożarze hali zginęło 40 osób, a 115 osób zostało rannych."),
             _article("it", "it", "Nell'incendio del capannone sono morte 47 persone e 116 persone sono rimaste ferite."))
    conflicts = sorted(sorted(g.value) for g in r.comparison if g.status == "conflicting")
    assert conflicts == [[40, 47], [115, 116]]


def test_an_approximate_count_conflicts_beyond_its_rounding():
    r = _run(_article("pl", "pl", "W pożarze hali zginęło około 40 osób."),
             _article("de", "de", "Bei dem Brand der Halle starben 47 Menschen."))
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[40, 47]]
    r = _run(_article("pl", "pl", "W pożarze hali zginęło około 40 osób."),
             _article("de", "de", "Bei dem Brand der Halle starben 42 Menschen."))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_the_same_number_of_one_thing_with_different_predicates_makes_different_rows():
    r = _run(_article("pl", "pl", "Nad krajem zestrzelono 4 drony."),
             _article("it", "it", "Sono stati abbattuti 4 droni sopra il paese."),
             _article("de", "de", "Insgesamt 4 Drohnen drangen in den Luftraum ein."))
    fours = [(g.status, g.articles) for g in r.comparison if g.value == 4]
    assert ("agreed", ("pl", "it")) in fours
    assert not any("de" in arts and len(arts) > 1 for _, arts in fours)


def test_without_predicates_the_same_count_still_agrees():
    r = _run(_article("pl", "pl", "W hali było 40 osób."),
             _article("de", "de", "In der Halle waren 40 Menschen."))
    assert ("agreed", 40, ("pl", "de")) in _rows(r)


def _class(text: str, number: str, language: str) -> str | None:
    from storylens.compare.predicates import predicate

    at = text.index(number)
    return predicate(text, at, at + len(number), language)


def test_the_seriously_injured_are_a_count_of_their_own_in_each_language():
    assert _class("Bei dem Unfall gab es 41 Schwerverletzte.", "41", "de") == "injured_seriously"
    assert _class("Bei dem Unfall wurden 68 Menschen verletzt.", "68", "de") == "injured"
    assert _class("Ci sono 68 feriti, 15 dei quali in gravi condizioni.", "15", "it") == "injured_seriously"
    assert _class("Rannych zostało 68 osób, w tym 37 ciężko.", "37", "pl") == "injured_seriously"
    assert _class("Il y a 68 blessés, dont 15 grièvement.", "15", "fr") == "injured_seriously"
    # a hospital word nearer the number does not hide the condition it is in
    assert _class("Από τους τραυματίες, 15 νοσηλεύονται σε σοβαρή κατάσταση.", "15", "el") == "injured_seriously"
    assert _class("Από τους τραυματίες, 15 νοσηλεύονται στο νοσοκομείο.", "15", "el") == "hospitalised"
    # languages that had no such words: cs, pt, tr, sr, nl, ro read the seriously injured too
    assert _class("Zraněno bylo 68 lidí, z toho 15 těžce.", "15", "cs") == "injured_seriously"
    assert _class("Há 68 feridos, 15 deles em estado grave.", "15", "pt") == "injured_seriously"
    assert _class("Yangında 15 kişi ağır yaralandı.", "15", "tr") == "injured_seriously"
    assert _class("Povređeno je 68 osoba, od toga 15 teško.", "15", "sr") == "injured_seriously"
    assert _class("Er vielen 68 gewonden, van wie 15 zwaargewond.", "15", "nl") == "injured_seriously"
    assert _class("Au fost rănite 68 de persoane, dintre care 15 grav.", "15", "ro") == "injured_seriously"
    assert _class("Au fost rănite 68 de persoane.", "68", "ro") == "injured"


def test_seriously_injured_and_injured_counts_of_one_event_make_their_own_rows():
    r = _run(_article("en", "en", "In the hall fire 68 people were injured; 41 people were seriously injured."),
             _article("fr", "fr", "Dans l'incendie de la halle, 68 personnes ont été blessées; 15 personnes ont été "
                                  "grièvement blessées."))
    assert ("agreed", 68, ("en", "fr")) in _rows(r)
    assert [sorted(g.value) for g in r.comparison if g.status == "conflicting"] == [[15, 41]]


EXACT = {"depot": (0, 1.0), "blast": (1, 1.0), "explosion": (1, 0.5), "deposito": (0, 0.5), "esplosione": (1, 1.0),
         "people": (2, 0.3), "mensch": (2, 0.3), "person": (2, 0.3)}


def test_a_row_joined_by_a_bound_still_conflicts_when_two_exact_counts_differ():
    r = compare_story((_article("en", "en", "Police said more than 60 people were injured in the blast at the depot."),
                       _article("de", "de", "Bei der Explosion im Depot wurden 68 Menschen verletzt."),
                       _article("it", "it", "Nell'esplosione al deposito sono rimaste ferite 205 persone.")),
                      KeywordEmbedder(EXACT, 8))
    rows = [g for g in r.comparison if isinstance(g.value, list) and 68 in g.value]
    assert len(rows) == 1 and rows[0].status == "conflicting" and sorted(rows[0].value) == [60, 68, 205]
    r = compare_story((_article("en", "en", "Police said more than 60 people were injured in the blast at the depot."),
                       _article("de", "de", "Bei der Explosion im Depot wurden 68 Menschen verletzt."),
                       _article("it", "it", "Nell'esplosione al deposito sono rimaste ferite 68 persone.")),
                      KeywordEmbedder(EXACT, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_a_killing_written_as_a_gerund_is_a_death_toll():
    assert _class("Ракетите удариха града, убивайки най-малко 21 души.", "21", "bg") == "dead"
    assert _class("I missili hanno colpito la città uccidendo almeno 21 persone.", "21", "it") == "dead"
    assert _class("Les missiles ont frappé la ville, tuant au moins 21 personnes.", "21", "fr") == "dead"
    assert _class("Рakety udarili po gorodu, убив не менее 21 человека.", "21", "ru") == "dead"


def test_predicate_forms_of_several_words_are_read_in_text_order():
    from storylens.compare.predicates import predicate
    text = "Yangında 76 kişi hayatını kaybetti, 9 kişi gözaltına alındı."
    assert predicate(text, text.index("76"), text.index("76") + 2, "tr") == "dead"
    assert predicate(text, text.index("9 "), text.index("9 ") + 1, "tr") == "arrested"
    nl = "Bij de brand vielen 12 dodelijke slachtoffers."
    assert predicate(nl, nl.index("12"), nl.index("12") + 2, "nl") == "dead"


def test_turkish_counts_of_one_noun_in_any_case_under_different_verbs_are_apart():
    from storylens.values import extract
    assert {v.unit for v in extract("76 kişinin hayatını kaybettiği yangında 51 kişi yaralandı.", "tr")} == {"kişi"}
    r = _run(_article("tr", "tr", "Yangında 76 kişinin hayatını kaybettiğini, 51 kişinin de yaralandığını açıkladı."),
             _article("tr2", "tr", "Yangında 238 kişinin konakladığı otelde 76 kişi hayatını kaybetti."))
    assert not [g for g in r.comparison if g.status == "conflicting"]  # 51 injured are not 238 guests


def test_an_earlier_years_share_is_keyed_by_its_year():
    r = _run(_article("it", "it", "L'affluenza ha raggiunto il 72,8%, superando quella del ballottaggio del 2020 (68,2%)."),
             _article("en", "en", "Turnout was 68.2% in the runoff of 2025."))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_a_contrasting_conjunction_ends_a_counts_clause():
    from storylens.compare.predicates import predicate
    el = "Ο απολογισμός είναι 40 νεκροί ενώ 57 άνθρωποι έχουν διασωθεί από το πλοίο."
    assert predicate(el, el.index("57"), el.index("57") + 2, "el") == "rescued"
    assert predicate(el, el.index("40"), el.index("40") + 2, "el") == "dead"
    en = "Officials counted 12 dead while 30 people were injured."
    assert predicate(en, en.index("30"), en.index("30") + 2, "en") == "injured"
