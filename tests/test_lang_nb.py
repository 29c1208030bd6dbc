"""Norwegian Bokmål from its data folder alone (storylens/lang/nb): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Statsminister Jonas Gahr Støre besøkte Bergen mandag. «Vi godtar ikke denne avtalen», sa "
            "statsministeren til journalister.",
    "inverted": "Regjeringen møttes onsdag i Oslo. «Beslutningen er endelig», sier justisminister Astri Aas-Hansen.",
    "dash": "Finansminister Jens Stoltenberg kommenterte budsjettet på Stortinget.\n– Vi har ikke råd til flere "
            "skattekutt, sier han.",
    "sums": "Ifølge rapporten bruker regjeringen to millioner kroner på prosjektet. Departementet bekreftet "
            "bevilgningen på 2 millioner kroner. Trettifem personer ble skadet i ulykken.",
    "denial": "En eksplosjon skjedde i havnen. Forsvaret avviser at det var et angrep. Politiet benekter "
              "opplysningene om pågripelser.",
    "starts": "I går stengte politiet veien. Deretter ble veien åpnet igjen. Ifølge politiet ble ingen skadd. "
              "Norges regjering bekreftet beslutningen. Norge er klar.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_norwegian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"nb"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Vi godtar ikke denne avtalen") and "Jonas Gahr Støre" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Beslutningen er endelig") and "Astri Aas-Hansen" in speaker


def test_speech_after_a_dash_closed_by_a_comma_is_the_man_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dash")
    assert (kind, words) == ("direct", "Vi har ikke råd til flere skattekutt") and "Jens Stoltenberg" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value_and_a_compound_number_word_is_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "NOK")) == 2
    assert ("count", 35, "personer") in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Forsvaret avviser")
    assert denies(*run, "denial", "Politiet benekter")
    assert claim(*run, "denial", "En eksplosjon").modality == "asserted"


def test_a_genitive_is_the_same_place_and_openers_are_no_names(run):
    report, _names = run
    [norway] = entity_with(report, "Norge")
    assert norway.type == "LOC" and "Norges" in norway.names
    assert not entity_names(report) & {"I går", "Deretter", "Ifølge", "Politiet", "Forsvaret", "Trettifem"}
