"""What a count counts: a part is not its total, a bare number is not a count of a named noun, the noun decides."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.counted import nouns, part, same_word
from storylens.values import extract

TOPICS = {"hotel": 0, "fire": 1, "incênd": 1, "pożar": 1, "brand": 1, "ranny": 2, "rannych": 2, "verletzt": 2,
          "osób": 3, "menschen": 3}


def _conflicts(*articles) -> list[list[int]]:
    r = compare_story(articles, KeywordEmbedder(TOPICS, 32))
    return sorted(sorted(g.value) for g in r.comparison if g.status == "conflicting")


@pytest.mark.parametrize("text, number, language", [
    ("Ten people were hurt, including 3 Italians.", "3", "en"),
    ("Ten people were hurt, 4 of them seriously.", "4", "en"),
    ("Zehn Menschen wurden verletzt, darunter 3 Schweizer.", "3", "de"),
    ("Dix personnes ont été blessées, dont 3 enfants.", "3", "fr"),
    ("Rannych zostało dziesięć osób, w tym 3 dzieci.", "3", "pl"),
    ("Пострадали десять человек, из них 3 ребенка.", "3", "ru"),
    ("Zraněno bylo deset lidí, z toho 3 děti.", "3", "cs"),
    ("Diez personas resultaron heridas, entre ellas 3 niños.", "3", "es"),
    ("Dieci persone sono rimaste ferite, tra cui 3 bambini.", "3", "it"),
])
def test_a_count_after_a_part_word_is_a_part(text, number, language):
    at = text.index(f" {number} ") + 1
    assert part(text, at, at + len(number), language)


@pytest.mark.parametrize("text, number, language", [
    ("Ten people were hurt in the fire.", "Ten", "en"),
    ("Three children were hurt and 4 adults died.", "4", "en"),
    ("Bei dem Brand wurden 3 Menschen verletzt.", "3", "de"),
])
def test_a_count_without_a_part_word_is_a_total(text, number, language):
    at = text.index(number)
    assert not part(text, at, at + len(number), language)


def test_the_words_a_count_counts_include_the_noun_after_an_adjective():
    text = "V hotelu bylo 240 registrovaných hostů."
    v = next(v for v in extract(text, "cs") if v.value == 240)
    assert "hostů" in nouns(v, text, v.end, "cs")


def test_one_noun_in_two_forms_is_one_word():
    assert same_word("kişi", "kişiler")
    assert not same_word("guests", "rooms")
    assert not same_word("lidem", "lodí")


def test_a_bare_number_never_conflicts_with_a_count_of_a_named_noun():
    # "31" counts nothing named (the injured), "238 hóspedes" counts the guests: two things, not one changed
    assert _conflicts(_article("en", "en", "Six people died and 31 were injured in the hotel fire."),
                      _article("pt", "pt", "Seis pessoas morreram no incêndio do hotel, que tinha 238 hóspedes.")) == []


def test_a_part_pairs_with_a_part_and_the_total_with_the_total():
    # each sentence gives an injured total and a part of it by nationality: the totals conflict, the parts count
    # different nationalities
    got = _conflicts(_article("pl", "pl", "W pożarze 115 osób zostało rannych, w tym 3 Włochów."),
                     _article("de", "de", "Bei dem Brand wurden 117 Menschen verletzt, darunter 5 Schweizer."))
    assert got == [[115, 117]]


@pytest.mark.parametrize("text, date, language, act", [
    ("The treaty was approved by the Council of the European Union on 8 July 2025.", "8 July 2025", "en", "approved"),
    ("Решение было окончательно одобрено Советом ЕС 8 июля 2025 года.", "8 июля 2025 года", "ru", "approved"),
    ("La reforma fue autorizada formalmente por el Consejo el 8 de julio de 2025.", "8 de julio de 2025", "es", "approved"),
    ("Die Regel tritt am 1. Januar 2026 in Kraft.", "1. Januar 2026", "de", "in_force"),
    ("Il est né le 4 mars 1961 à Lyon.", "4 mars 1961", "fr", "born"),
    ("Urodził się 4 marca 1961 roku w Łodzi.", "4 marca 1961", "pl", "born"),
    ("The signing was originally scheduled for 7 May 2025.", "7 May 2025", "en", "planned"),
    ("Tím podpis kontraktu, připravený na 7. května, zakázal.", "7. května", "cs", "planned"),
    ("Die Unterzeichnung war für den 7. Mai geplant.", "7. Mai", "de", "planned"),
    ("La firma estaba prevista para el 7 de mayo.", "7 de mayo", "es", "planned"),
    ("Подписание было запланировано на 7 мая.", "7 мая", "ru", "planned"),
])
def test_the_act_a_date_is_written_for(text, date, language, act):
    from storylens.compare.predicates import predicate
    at = text.index(date)
    assert predicate(text, at, at + len(date), language, 12, section="acts") == act


ACTS = {"council": (0, 2.0), "consej": (0, 2.0), "euro": (1, 2.0)}


def test_dates_of_two_acts_in_matching_sentences_do_not_conflict():
    # the day the council approved the change is not the day the country adopts the currency
    r = compare_story((_article("en", "en", "The council said the country adopts the euro on 1 January 2026."),
                       _article("es", "es", "El consejo aprobó que el país adopte el euro el 8 de julio de 2025.")),
                      KeywordEmbedder(ACTS, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # the same act given two different days in two articles is a conflict
    r = compare_story((_article("en", "en", "The council approved the euro plan on 1 July 2025."),
                       _article("es", "es", "El consejo aprobó el plan del euro el 8 de julio de 2025.")),
                      KeywordEmbedder(ACTS, 8))
    assert [sorted(map(str, g.value)) for g in r.comparison if g.status == "conflicting"] == [["2025-07-01", "2025-07-08"]]


def test_a_planned_date_does_not_conflict_with_the_day_it_happened():
    # the signing set for 7 May (stopped by a court) is not the signing done on 5 June
    r = compare_story((_article("en", "en", "The council signed the euro contract on 5 June 2025."),
                       _article("es", "es", "El consejo tenía prevista la firma del contrato del euro el 7 de mayo de 2025.")),
                      KeywordEmbedder(ACTS, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # two planned days still conflict
    r = compare_story((_article("en", "en", "The council planned to sign the euro contract on 6 May 2025."),
                       _article("es", "es", "El consejo tenía prevista la firma del contrato del euro el 7 de mayo de 2025.")),
                      KeywordEmbedder(ACTS, 8))
    assert [sorted(map(str, g.value)) for g in r.comparison if g.status == "conflicting"] == [["2025-05-06", "2025-05-07"]]


def test_counts_of_stolen_and_found_things_are_two_counts():
    from storylens.compare.predicates import predicate
    text = "Eight jewels were stolen and 3 jewels were found later."
    assert predicate(text, text.index("Eight"), text.index("Eight") + 5, "en") == "stolen"
    assert predicate(text, text.index("3 "), text.index("3 ") + 1, "en") == "found"
    pl = "Z muzeum skradziono 8 klejnotów, a policja odnalazła 3 klejnoty."
    assert predicate(pl, pl.index("8"), pl.index("8") + 1, "pl") != predicate(pl, pl.index("3"), pl.index("3") + 1, "pl")


def test_a_day_without_its_year_takes_the_year_written_right_after_it():
    from storylens.compare.dating import Calendar
    from storylens.model import Claim
    text = "Ricorda il crollo del 14 agosto del 2018 a Genova."
    values = tuple(extract(text, "it"))
    claim = Claim("a:c0", "a", text, 0, len(text), values)
    day = next(v for v in values if v.kind == "date")
    assert Calendar(None, {}).complete(day, claim, "it").value == "2018-08-14"


def test_a_day_without_its_year_lies_in_the_month_another_article_gives_with_its_year():
    from storylens.compare.compatible import Side, precision
    from storylens.model import Claim
    a, b = "Nadstrešnica se srušila 1. novembra.", "Prístrešok sa zrútil začiatkom novembra 2024."
    va, vb = extract(a, "hr")[0], extract(b, "sk")[0]
    ca, cb = Claim("a:c0", "a", a, 0, len(a), (va,)), Claim("b:c0", "b", b, 0, len(b), (vb,))
    assert precision(Side(va, ca, "hr"), Side(vb, cb, "sk"))


BRIDGE = {"bridge": (0, 2.0), "ponte": (0, 2.0), "most": (0, 2.0), "collaps": (1, 1.0), "crroll": (1, 1.0)}


def test_an_event_an_article_recalls_from_years_before_is_not_the_story_date():
    from dataclasses import replace

    def dated(a):
        return replace(a, published="2024-09-12")

    # "11 September" written without its year is the story's own day; "14 agosto del 2018" is another event
    r = compare_story((dated(_article("en", "en", "The bridge collapsed on 11 September, early in the morning.")),
                       dated(_article("it", "it", "Il ponte è crollato come il ponte Morandi il 14 agosto del 2018."))),
                      KeywordEmbedder(BRIDGE, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    # one statement giving two years, each written in full, is still a conflict
    r = compare_story((dated(_article("en", "en", "The bridge collapsed on 12 September 2021, early in the morning.")),
                       dated(_article("it", "it", "Il ponte è crollato l'11 settembre 2024, al mattino presto."))),
                      KeywordEmbedder(BRIDGE, 8))
    assert [g.status for g in r.comparison if g.value is not None and "2021-09-12" in map(str, g.value)] == ["conflicting"]


def test_a_date_alone_in_its_sentence_dates_the_page_and_conflicts_with_nothing():
    r = compare_story((_article("cs", "cs", "Most se zřítil 11. září 2024 v noci.", "pátek 18. dubna 2025"),
                       _article("en", "en", "The bridge collapsed on 11 September 2024 at night.", "Monday 3 March 2025")),
                      KeywordEmbedder({**BRIDGE, "pátek": (2, 2.0), "monday": (2, 2.0)}, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]


@pytest.mark.parametrize("text, number, language, cls", [
    ("Policija je do zdaj aretirala 12 ljudi zaradi požara.", "12", "sl", "arrested"),
    ("Bei dem Brand seien 40 Menschen ums Leben gekommen.", "40", "de", "dead"),
    ("Policija je uhapsila 7 osoba nakon požara.", "7", "sr", "arrested"),
    ("Nakon požara 7 osoba je uhićeno.", "7", "hr", "arrested"),
])
def test_predicate_forms_added_for_past_tenses_and_phrases(text, number, language, cls):
    from storylens.compare.predicates import predicate
    at = text.index(number)
    assert predicate(text, at, at + len(number), language) == cls


@pytest.mark.parametrize("text,language,part_of,total", [
    ("Rescuers found 3 of the 9 climbers alive.", "en", "3", "9"),
    ("Rescuers found three of the nine climbers alive.", "en", "three", "nine"),
    ("Спасатели нашли троих из девяти альпинистов.", "ru", "троих", "девяти"),
    ("Les secours ont retrouvé trois des neuf alpinistes.", "fr", "trois", "neuf"),
])
def test_a_count_before_its_total_is_a_part(text, language, part_of, total):
    from storylens.compare.counted import part
    a, b = text.index(part_of), text.index(total)
    assert part(text, a, a + len(part_of), language)
    assert not part(text, b, b + len(total), language)


def test_a_count_before_a_bare_total_is_a_part():
    text = "Záchranáři našli 3 z 9 horolezců."
    assert part(text, text.index("3"), text.index("3") + 1, "cs")
    assert not part(text, text.index("9"), text.index("9") + 1, "cs")


def _part_of(text: str, number: str, language: str) -> bool:
    at = text.index(number)
    return part(text, at, at + len(number), language)


def test_parts_acts_and_votes_in_languages_newly_given_the_words():
    from storylens.compare.predicates import names
    # part words (sr, mk, lt, lv, et, ca, tr had none): "od toga 15" is a part of the 68 injured
    assert _part_of("Povređeno je 68 osoba, od toga 15 dece.", "15", "sr")
    assert _part_of("Повредени се 68 лица, меѓу нив 15 деца.", "15", "mk")
    assert _part_of("Sužeista 68 žmonės, iš jų 15 vaikų.", "15", "lt")
    assert not _part_of("Povređeno je 68 osoba.", "68", "sr")
    # acts (sr, mk, lt, lv, et, ca had none) and kinds of vote (sv, fi, da, nb, mk...)
    assert names("Vlada je odobrila ugovor 8. jula.", "sr", "approved")
    assert names("Llei que entra en vigor l'1 de gener.", "ca", "in_force")
    assert names("Valdeltagandet i folkomröstningen var 50 procent.", "sv", "referendum", section="votes")
    assert names("Äänestysprosentti toisella kierroksella oli 70.", "fi", "second_round", section="votes")
