"""Latvian from its data folder alone (storylens/lang/lv): quotes, sums, dates, denials, case forms, openers."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Ministru prezidente Evika Siliņa pirmdien apmeklēja Valmieru. „Nodokļus mēs necelsim,“ žurnālistiem "
            "teica premjere.",
    "pronoun": "Ministrs Andris Sprūds otrdien ieradās Rīgā. „Projekts nav pieņemams,“ norādīja viņš.",
    "inverted": "Valdība sanāca trešdien. „Lēmums ir galīgs,“ paziņoja Valsts prezidents Edgars Rinkēvičs.",
    "cases": "Opozīcija kritizēja Rinkēviču. Žurnālisti runāja ar Rinkēviča padomnieku Rīgā. Rinkēvičam jautājumi "
             "netika uzdoti.",
    "sums": "Saskaņā ar ziņojumu valdība projektā ieguldīs divus miljonus eiro. Ministrija apstiprināja 2 miljonu "
            "eiro ieguldījumu. Pašvaldība iztērēja 300 miljonus eiro 2025. gada 12. maijā.",
    "denial": "Liepājas ostā vakar notika spēcīgs sprādziens. Aizsardzības ministrija noliedza, ka tas bijis "
              "uzbrukums. Policijas pārstāve noraidīja ziņas par aizturēšanu.",
    "typed": "Ģeologs Marko Kohvs runāja ar portālu “ERR.ee“. “Purvi var būt ļoti dziļi,” skaidroja Kohvs.",
    "starts": "Vakar policija slēdza ceļu. Pēc policijas teiktā, neviens nav cietis. Vēlāk ceļš atkal tika atvērts. "
              "Ministrija to apstiprināja.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_latvian_is_read_as_latvian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"lv"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Nodokļus mēs necelsim") and "Evika Siliņa" in speaker


def test_a_pronoun_after_the_quote_is_the_man_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "pronoun")
    assert (kind, words) == ("direct", "Projekts nav pieņemams") and "Andris Sprūds" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Lēmums ir galīgs") and "Edgars Rinkēvičs" in speaker


def test_case_forms_of_a_surname_are_one_person(run):
    report, names = run
    [person] = entity_with(report, "Edgars Rinkēvičs")
    assert person.type == "PER" and {"Rinkēviču", "Rinkēviča", "Rinkēvičam"} <= set(person.names)
    assert {names[m.article] for m in person.mentions} == {"inverted", "cases"}


def test_a_city_in_the_locative_is_the_city(run):
    report, names = run
    [city] = entity_with(report, "Rīgā")
    assert city.type == "LOC" and "Riga" in city.names
    assert {names[m.article] for m in city.mentions} == {"pronoun", "cases"}


def test_a_sum_in_words_and_in_figures_is_one_value_and_dates_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert ("money", 300_000_000, "EUR") in found and ("date", "2025-05-12", None) in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Aizsardzības ministrija noliedza")
    assert denies(*run, "denial", "Policijas pārstāve noraidīja")
    assert claim(*run, "denial", "Liepājas ostā").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Vakar", "Pēc", "Vēlāk", "Ministrija", "Opozīcija", "Žurnālisti",
                                       "Pašvaldība", "Valdība", "Saskaņā"}


def test_the_low_mark_typed_high_still_closes_a_quotation(run):
    found = quotes(*run, "typed")
    assert ("direct", "Purvi var būt ļoti dziļi") in [(kind, words) for kind, words, _speaker in found]
