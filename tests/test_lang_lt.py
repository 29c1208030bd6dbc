"""Lithuanian from its data folder alone (storylens/lang/lt): quotes, sums, dates, denials, case forms, openers."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Premjeras Gintautas Paluckas pirmadienį lankėsi Kaune. „Mokesčių nedidinsime“, – sakė premjeras "
            "žurnalistams.",
    "dropped": "Ministrė Dovilė Šakalienė antradienį atvyko į Vilnių. „Projektas yra nepriimtinas“, – teigė ji.",
    "inverted": "Vyriausybė posėdžiavo trečiadienį. „Sprendimas galutinis“, – pareiškė prezidentas Gitanas Nausėda.",
    "cases": "Opozicija kritikavo Nausėdą. Žurnalistai kalbėjosi su Nausėda Vilniuje. Nausėdos komanda atsisakė "
             "komentuoti.",
    "sums": "Pasak ataskaitos, vyriausybė į projektą investuos du milijonus eurų. Ministerija patvirtino 2 mln. eurų "
            "investiciją. Savivaldybė išleido 300 milijonų eurų 2025 m. gegužės 12 d.",
    "denial": "Klaipėdos uoste vakar įvyko stiprus sprogimas. Krašto apsaugos ministerija neigė, kad tai buvo išpuolis. Policijos atstovė "
              "paneigė pranešimus apie sulaikymą.",
    "foreign": "NATO vadovas Markas Rutte kalbėjo Briuselyje. \"Tai siaubingos naujienos\", - pareiškė Rutte.",
    "starts": "Vakar policija uždarė kelią. Pasak policijos, niekas nenukentėjo. Vėliau kelias vėl buvo atidarytas. "
              "Ministerija tai patvirtino. 2024 m. buvo penki tokie atvejai.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_lithuanian_is_read_as_lithuanian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"lt"}


def test_a_role_after_the_quote_and_dash_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Mokesčių nedidinsime") and "Gintautas Paluckas" in speaker


def test_a_pronoun_after_the_quote_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "Projektas yra nepriimtinas") and "Dovilė Šakalienė" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Sprendimas galutinis") and "Gitanas Nausėda" in speaker


def test_case_forms_of_a_surname_are_one_person(run):
    report, names = run
    [person] = entity_with(report, "Gitanas Nausėda")
    assert person.type == "PER" and {"Nausėdą", "Nausėdos"} <= set(person.names)
    assert {names[m.article] for m in person.mentions} == {"inverted", "cases"}


def test_case_forms_of_a_city_are_the_city(run):
    report, _names = run
    [city] = entity_with(report, "Vilnius")
    assert city.type == "LOC" and {"Vilnių", "Vilniuje"} <= set(city.names)
    assert "Kaunas" in entity_with(report, "Kaune")[0].names


def test_a_sum_in_words_and_in_figures_is_one_value_and_dates_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert ("money", 300_000_000, "EUR") in found and ("date", "2025-05-12", None) in found


def test_a_year_marked_m_is_a_year_not_metres(run):
    found = values(*run, "starts")
    assert ("year", 2024, None) in found and not [v for v in found if v[2] == "m"]


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Krašto apsaugos ministerija neigė")
    assert denies(*run, "denial", "Policijos atstovė paneigė")
    assert claim(*run, "denial", "Klaipėdos uoste").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Vakar", "Pasak", "Vėliau", "Ministerija", "Opozicija", "Žurnalistai",
                                       "Savivaldybė", "Vyriausybė"}


def test_a_foreign_name_ending_in_e_is_still_a_subject(run):
    [(kind, words, speaker)] = quotes(*run, "foreign")
    assert (kind, words) == ("direct", "Tai siaubingos naujienos") and "Markas Rutte" in speaker
