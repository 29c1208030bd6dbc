"""Croatian from its data folder alone (storylens/lang/hr)."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Ministar financija Marko Primorac u ponedjeljak je posjetio Split. „Ovaj prijedlog nećemo prihvatiti“, "
            "rekao je ministar novinarima.",
    "dropped": "Gradonačelnica Ivana Kovač u utorak je stigla u Osijek. „Projekt je neprihvatljiv“, izjavila je.",
    "inverted": "Vlada se sastala u srijedu. „Odluka je konačna“, rekao je premijer Andrej Plenković.",
    "before": "Premijer Andrej Plenković rekao je tijekom posjeta Saboru: „Zemlja je spremna.“ Ministarstvo vanjskih i "
              "europskih poslova to je potvrdilo.",
    "cases": "Oporba je kritizirala Plenkovića. Novinari su razgovarali s Plenkovićem u Zagrebu.",
    "sums": "Prema izvješću, vlada će u projekt uložiti dva milijuna eura. Ministarstvo je potvrdilo ulaganje od "
            "2 milijuna eura. Ozlijeđeno je trideset pet ljudi.",
    "dates": "Vlada je 12. svibnja 2025. isplatila pet tisuća kuna pomoći. Predsjednik Zoran Milanović posjetio je "
             "Rijeku. Oporba je kritizirala Milanovića.",
    "denial": "U luci je došlo do eksplozije. Ministarstvo obrane demantiralo je da je riječ o napadu. Glasnogovornica "
              "policije negirala je navode o uhićenju.",
    "starts": "Jučer je policija zatvorila cestu. Prema policiji nitko nije ozlijeđen. Potom je cesta ponovno otvorena. "
              "Ministarstvo je to potvrdilo.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_croatian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"hr"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Ovaj prijedlog nećemo prihvatiti") and "Marko Primorac" in speaker


def test_a_verb_without_its_subject_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "Projekt je neprihvatljiv") and "Ivana Kovač" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Odluka je konačna") and "Andrej Plenković" in speaker


def test_a_speaker_before_the_quote(run):
    [(kind, words, speaker)] = quotes(*run, "before")
    assert (kind, words) == ("direct", "Zemlja je spremna") and "Andrej Plenković" in speaker


def test_case_forms_of_a_name_are_one_person(run):
    report, _names = run
    [person] = entity_with(report, "Andrej Plenković")
    assert person.type == "PER" and {"Plenkovića", "Plenkovićem"} <= set(person.names)


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_dates_currency_and_names(run):
    report, _names = run
    found = values(*run, "dates")
    assert ("money", 5000, "HRK") in found and ("date", "2025-05-12", None) in found
    [person] = entity_with(report, "Zoran Milanović")
    assert "Milanovića" in person.names


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Ministarstvo obrane demantiralo")
    assert denies(*run, "denial", "Glasnogovornica policije negirala")
    assert claim(*run, "denial", "U luci").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Jučer", "Prema", "Potom", "Ozlijeđeno", "Vlada", "Oporba", "Novinari", "Zemlja"}
