"""Estonian from its data folder alone (storylens/lang/et): quotes, sums, dates, denials, case forms, openers."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Peaminister Kristen Michal külastas esmaspäeval Pärnut. „Me ei tõsta makse,“ ütles peaminister "
            "ajakirjanikele.",
    "pronoun": "Minister Kristina Kallas saabus teisipäeval Tallinnasse. „Projekt on vastuvõetamatu,“ sõnas ta.",
    "inverted": "Valitsus kogunes kolmapäeval. „Otsus on lõplik,“ teatas president Alar Karis.",
    "cases": "Opositsioon kritiseeris Karist. Ajakirjanikud rääkisid Karisega Tallinnas. Karise nõunik keeldus "
             "kommenteerimast.",
    "sums": "Aruande kohaselt investeerib valitsus projekti kaks miljonit eurot. Ministeerium kinnitas 2 miljoni "
            "euro suurust investeeringut. Linn kulutas 12. mail 2025 300 miljonit eurot.",
    "denial": "Paldiski sadamas toimus eile võimas plahvatus. Kaitseministeerium eitas, et tegemist oli rünnakuga. "
              "Politsei pressiesindaja lükkas ümber teated vahistamisest.",
    "starts": "Eile sulges politsei tee. Politsei sõnul keegi viga ei saanud. Hiljem avati tee uuesti. Ministeerium "
              "kinnitas seda.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_estonian_is_read_as_estonian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"et"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Me ei tõsta makse") and "Kristen Michal" in speaker


def test_a_pronoun_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "pronoun")
    assert (kind, words) == ("direct", "Projekt on vastuvõetamatu") and "Kristina Kallas" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Otsus on lõplik") and "Alar Karis" in speaker


def test_case_forms_of_a_surname_are_one_person(run):
    report, names = run
    [person] = entity_with(report, "Alar Karis")
    assert person.type == "PER" and {"Karist", "Karisega", "Karise"} <= set(person.names)
    assert {names[m.article] for m in person.mentions} == {"inverted", "cases"}


def test_case_forms_of_a_city_are_the_city(run):
    report, _names = run
    [city] = entity_with(report, "Tallinnas")
    assert city.type == "LOC" and {"Tallinn", "Tallinnasse"} <= set(city.names)


def test_a_sum_in_words_and_in_figures_is_one_value_and_dates_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert ("money", 300_000_000, "EUR") in found and ("date", "2025-05-12", None) in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Kaitseministeerium eitas")
    assert denies(*run, "denial", "Politsei pressiesindaja lükkas")
    assert claim(*run, "denial", "Paldiski sadamas").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Eile", "Hiljem", "Ministeerium", "Opositsioon", "Ajakirjanikud", "Linn",
                                       "Valitsus", "Aruande", "Politsei"}
