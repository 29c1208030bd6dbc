"""Danish from its data folder alone (storylens/lang/da): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Statsminister Mette Frederiksen besøgte Aarhus mandag. »Vi accepterer ikke denne aftale«, sagde "
            "statsministeren til journalister. Hele Frederiksens parti støttede beslutningen.",
    "inverted": "Regeringen mødtes onsdag i København. »Beslutningen er endelig«, siger justitsminister "
                "Peter Hummelgaard.",
    "dash": "Finansminister Nicolai Wammen kommenterede finansloven i Folketinget.\n– Vi har ikke råd til flere "
            "skattelettelser, siger han.",
    "sums": "Ifølge rapporten bruger regeringen to millioner kroner på projektet. Ministeriet bekræftede "
            "bevillingen på 2 millioner kroner. Femogtredive personer blev såret ved ulykken.",
    "denial": "En eksplosion skete i havnen. Forsvaret afviser, at det var et angreb. Politiet benægter "
              "oplysningerne om anholdelser.",
    "starts": "I går lukkede politiet vejen. Derefter blev vejen åbnet igen. Samtidig kom ingen til skade. "
              "Danmarks regering bekræftede beslutningen. Danmark er klar.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_danish(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"da"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Vi accepterer ikke denne aftale") and "Mette Frederiksen" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Beslutningen er endelig") and "Peter Hummelgaard" in speaker


def test_speech_after_a_dash_closed_by_a_comma_is_the_man_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dash")
    assert (kind, words) == ("direct", "Vi har ikke råd til flere skattelettelser") and "Nicolai Wammen" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "DKK")) == 2
    assert ("count", 35, "personer") in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Forsvaret afviser")
    assert denies(*run, "denial", "Politiet benægter")
    assert claim(*run, "denial", "En eksplosion").modality == "asserted"


def test_a_genitive_is_the_same_entity_a_name_ending_in_s_keeps_it_and_openers_are_no_names(run):
    report, _names = run
    [denmark] = entity_with(report, "Danmark")
    assert denmark.type == "LOC" and "Danmarks" in denmark.names
    [pm] = entity_with(report, "Mette Frederiksen")
    assert "Frederiksens" in pm.names
    assert entity_with(report, "Aarhus") and not entity_with(report, "Aarhu")
    assert not entity_names(report) & {"I går", "Derefter", "Samtidig", "Politiet", "Forsvaret", "Femogtredive"}
