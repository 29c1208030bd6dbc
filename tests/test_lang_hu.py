"""Hungarian from its data folder alone (storylens/lang/hu): quotes and speakers, sums, denials, suffixed names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Orbán Viktor miniszterelnök hétfőn Debrecenbe látogatott. „Ezt a megállapodást nem fogadjuk el” – "
            "mondta a miniszterelnök az újságíróknak. Orbán Viktornak a polgármester is gratulált.",
    "inverted": "A kormány szerdán ülésezett Budapesten. „A döntés végleges” – közölte Pintér Sándor "
                "belügyminiszter.",
    "dash": "Varga Mihály pénzügyminiszter a költségvetésről beszélt a parlamentben.\n– Nem engedhetünk meg újabb "
            "adócsökkentést – mondta.",
    "according": "Magyar Péter kedden Szegeden tartott fórumot. Magyar Péter szerint az ország kész segíteni.",
    "sums": "A jelentés szerint a kormány kétmillió forintot fektet a projektbe. A minisztérium megerősítette a 2 "
            "millió forintos beruházást. Harmincöt ember megsérült a balesetben.",
    "denial": "Nagy robbanás történt a kikötőben. A Honvédelmi Minisztérium cáfolta, hogy támadás történt. A "
              "rendőrség tagadja a letartóztatásokról szóló híreket.",
    "starts": "Tegnap a rendőrség lezárta az utat. Ezután az utat újra megnyitották. Korábban senki sem sérült meg a "
              "városban. Budapesten nyugodt a helyzet.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_hungarian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"hu"}


def test_a_role_after_the_quote_and_a_dash_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Ezt a megállapodást nem fogadjuk el") and "Orbán Viktor" in speaker


def test_an_inverted_name_and_title_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "A döntés végleges") and "Pintér Sándor" in speaker


def test_dash_speech_with_a_subjectless_verb_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dash")
    assert (kind, words) == ("direct", "Nem engedhetünk meg újabb adócsökkentést") and "Varga Mihály" in speaker


def test_a_source_before_szerint_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "according")
    assert (kind, words) == ("indirect", "az ország kész segíteni") and "Magyar Péter" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value_and_a_compound_number_word_is_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "HUF")) == 2
    assert ("count", 35, "ember") in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "A Honvédelmi Minisztérium cáfolta")
    assert denies(*run, "denial", "A rendőrség tagadja")
    assert claim(*run, "denial", "Nagy robbanás").modality == "asserted"


def test_family_name_first_case_forms_and_a_body_named_head_last(run):
    report, _names = run
    [pm] = entity_with(report, "Orbán Viktor")
    assert pm.type == "PER" and "Orbán Viktornak" in pm.names
    [budapest] = entity_with(report, "Budapest")
    assert budapest.type == "LOC" and "Budapesten" in budapest.names
    [debrecen] = entity_with(report, "Debrecenbe")
    assert debrecen.type == "LOC"
    [ministry] = entity_with(report, "Honvédelmi Minisztérium")
    assert ministry.type == "ORG"


def test_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Tegnap", "Ezután", "Korábban", "Harmincöt", "Viktor", "Mihály", "Nagy"}
