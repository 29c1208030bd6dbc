"""Romanian from its data folder alone (storylens/lang/ro): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Ministrul Cătălin Predoiu a vizitat luni Clujul. „Nu vom accepta acest acord”, a spus ministrul "
            "pentru jurnaliști.",
    "pronoun": "Ministra Ana Popescu a ajuns marți la Iași. „Propunerea este inacceptabilă”, a declarat ea.",
    "inverted": "Guvernul s-a reunit miercuri. „Decizia este definitivă”, a declarat președintele Nicușor Dan.",
    "sums": "Potrivit raportului, guvernul va investi două milioane de euro în proiect. Executivul a confirmat o "
            "investiție de 2 milioane de euro. Treizeci și cinci de persoane au fost rănite.",
    "denial": "A avut loc o explozie în portul Constanța. Ministerul Apărării a negat că ar fi avut loc un atac. "
              "Purtătorul de cuvânt al poliției a dezmințit informațiile despre o arestare.",
    "starts": "Ieri, poliția a închis drumul național. Potrivit poliției, nimeni nu a fost rănit. Apoi drumul a fost "
              "redeschis.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_romanian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"ro"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Nu vom accepta acest acord") and any("Predoiu" in n for n in speaker)


def test_a_pronoun_after_the_quote_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "pronoun")
    assert (kind, words) == ("direct", "Propunerea este inacceptabilă") and "Ana Popescu" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Decizia este definitivă") and "Nicușor Dan" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Ministerul Apărării a negat")
    assert denies(*run, "denial", "Purtătorul de cuvânt al poliției a dezmințit")
    assert claim(*run, "denial", "A avut loc").modality == "asserted"


def test_a_body_is_one_organisation_and_an_inflected_place_is_found(run):
    report, _names = run
    [ministry] = entity_with(report, "Ministerul Apărării")
    assert ministry.type == "ORG"
    [cluj] = entity_with(report, "Clujul")
    assert cluj.type == "LOC"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Ieri", "Potrivit", "Apoi", "Ministrul", "Guvernul"}
