"""Serbian in Cyrillic from its data folder alone (storylens/lang/sr); one person whatever the script."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Министар финансија Драган Јовановић у понедељак је посетио Нови Сад. „Овај предлог нећемо прихватити“, "
            "рекао је министар новинарима.",
    "dropped": "Градоначелница Јелена Петровић у уторак је стигла у Крагујевац. „Пројекат је неприхватљив“, "
               "изјавила је.",
    "inverted": "Влада се састала у среду. „Одлука је коначна“, изјавио је председник Александар Вучић.",
    "cases": "Опозиција је критиковала Вучића. Новинари су разговарали са Вучићем у Београду.",
    "latin": "Predsednik Aleksandar Vučić je u utorak posetio Niš. Opozicija je kritikovala Vučića. Vlada je "
             "potrošila 300 miliona dinara.",
    "sums": "Према извештају, влада ће у пројекат уложити два милиона евра. Министарство је потврдило улагање од "
            "2 милиона евра. Влада је потрошила 300 милиона динара 12. маја 2025.",
    "denial": "У луци је дошло до експлозије. Министарство одбране демантовало је да је реч о нападу. Портпаролка "
              "полиције негирала је наводе о хапшењу.",
    "starts": "Јуче је полиција затворила пут. Према полицији нико није повређен. Потом је пут поново отворен. "
              "Министарство је то потврдило.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_serbian_is_read_as_serbian_in_either_script(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"sr"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Овај предлог нећемо прихватити") and "Драган Јовановић" in speaker


def test_a_verb_without_its_subject_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "Пројекат је неприхватљив") and "Јелена Петровић" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Одлука је коначна") and "Александар Вучић" in speaker


def test_case_forms_and_both_scripts_are_one_person(run):
    report, names = run
    [person] = entity_with(report, "Александар Вучић")
    assert person.type == "PER"
    assert {"Вучића", "Вучићем", "Aleksandar Vučić", "Vučića"} <= set(person.names)
    assert {names[m.article] for m in person.mentions} == {"inverted", "cases", "latin"}


def test_a_sum_in_words_and_in_figures_is_one_value_and_dates_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert ("money", 300_000_000, "RSD") in found and ("date", "2025-05-12", None) in found
    assert ("money", 300_000_000, "RSD") in values(*run, "latin")


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Министарство одбране демантовало")
    assert denies(*run, "denial", "Портпаролка полиције негирала")
    assert claim(*run, "denial", "У луци").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Јуче", "Према", "Потом", "Влада", "Опозиција", "Новинари", "Министарство"}
