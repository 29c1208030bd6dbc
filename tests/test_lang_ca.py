"""Catalan from its data folder alone (storylens/lang/ca): quotes, sums, denials, names, sentence openers."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "El conseller Joan Ignasi Elena va visitar dilluns Girona. «No acceptarem aquesta proposta», va dir el "
            "conseller als periodistes.",
    "dropped": "La consellera Laura Vilagrà va arribar dimarts a Tarragona. «El projecte és inacceptable», va afirmar.",
    "inverted": "El Govern es va reunir dimecres. «La decisió és definitiva», ha dit el president Pere Aragonès.",
    "before": "L'alcaldessa Ada Colau ha declarat: \"Tornarem a obrir el mercat la setmana vinent\".",
    "surname": "Els periodistes van parlar amb Aragonès a Barcelona. Aragonès no va respondre les preguntes.",
    "sums": "Segons l'informe, el Govern invertirà dos milions d'euros en el projecte. La Generalitat ha confirmat una "
            "inversió de 2 milions d'euros. L'Ajuntament va gastar 300 milions d'euros el 12 de maig de 2025. Hi "
            "havia tres mil milions de dòlars en joc.",
    "denial": "Hi va haver una explosió al port. El Ministeri de Defensa va negar que es tractés d'un atac. La portaveu "
              "de la policia ha desmentit les informacions sobre una detenció.",
    "starts": "Ahir la policia va tallar la carretera. Segons la policia ningú no va resultar ferit. Després la via es "
              "va tornar a obrir. Aquest dilluns el Departament ho va confirmar. Un nou govern va prendre possessió.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_catalan_is_read_as_catalan(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"ca"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "No acceptarem aquesta proposta") and "Joan Ignasi Elena" in speaker


def test_a_verb_without_its_subject_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "El projecte és inacceptable") and "Laura Vilagrà" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "La decisió és definitiva") and "Pere Aragonès" in speaker


def test_a_speaker_before_a_colon_says_the_quote(run):
    [(kind, words, speaker)] = quotes(*run, "before")
    assert (kind, words) == ("direct", "Tornarem a obrir el mercat la setmana vinent") and "Ada Colau" in speaker


def test_a_surname_alone_is_the_person_named_in_full(run):
    report, names = run
    [person] = entity_with(report, "Pere Aragonès")
    assert person.type == "PER" and "Aragonès" in person.names
    assert {names[m.article] for m in person.mentions} == {"inverted", "surname"}


def test_a_sum_in_words_and_in_figures_is_one_value_and_dates_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert ("money", 300_000_000, "EUR") in found and ("date", "2025-05-12", None) in found
    assert ("money", 3_000_000_000, "USD") in found


def test_new_is_no_nine(run):
    assert not [v for v in values(*run, "starts") if v[0] == "count"]


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "El Ministeri de Defensa va negar")
    assert denies(*run, "denial", "La portaveu de la policia")
    assert claim(*run, "denial", "Hi va haver").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Ahir", "Segons", "Després", "Aquest", "Hi", "Els", "Un"}
