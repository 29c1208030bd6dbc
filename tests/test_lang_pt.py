"""Portuguese from its data folder alone (storylens/lang/pt): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "after": "O ministro das Finanças, João Pereira, visitou ontem o Porto. «Não vamos aceitar este acordo», disse "
             "o ministro aos jornalistas.",
    "pronoun": "A ministra Ana Costa chegou a Lisboa na segunda-feira. “A proposta é inaceitável”, afirmou ela.",
    "inverted": "O chefe de Estado falou no Porto. «A decisão é definitiva», afirmou o Presidente Marcelo Rebelo de "
                "Sousa.",
    "before": "A ministra Maria Lúcia Amaral esteve em Bruxelas. Maria Lúcia Amaral declarou: «O país está "
              "preparado para a crise.»",
    "sums": "O governo vai investir dois milhões de euros no projeto. O executivo confirmou um investimento de 2 "
            "milhões de euros. Trinta e cinco pessoas ficaram feridas.",
    "denial": "Houve uma explosão no porto de Setúbal. O Ministério da Defesa negou que tenha havido um ataque. A "
              "porta-voz da polícia desmentiu as notícias de uma detenção.",
    "starts": "Ontem, a polícia fechou a estrada nacional. Também os bombeiros estiveram no local. Segundo a polícia, "
              "ninguém ficou ferido. Depois, a estrada foi reaberta.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_portuguese(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"pt"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    assert quotes(*run, "after") == [("direct", "Não vamos aceitar este acordo", {"João Pereira"})]


def test_a_pronoun_after_the_quote_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "pronoun")
    assert (kind, words) == ("direct", "A proposta é inaceitável") and "Ana Costa" in speaker


def test_an_inverted_name_with_particles_is_the_speaker_and_one_entity(run):
    report, _names = run
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "A decisão é definitiva")
    assert "Marcelo Rebelo de Sousa" in speaker
    [marcelo] = entity_with(report, "Marcelo Rebelo de Sousa")
    assert marcelo.type == "PER" and "Sousa" not in marcelo.names


def test_a_quote_after_a_colon_belongs_to_the_name_before_it(run):
    [(kind, words, speaker)] = quotes(*run, "before")
    assert (kind, words) == ("direct", "O país está preparado para a crise") and "Maria Lúcia Amaral" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "O Ministério da Defesa negou")
    assert denies(*run, "denial", "A porta-voz da polícia desmentiu")
    assert claim(*run, "denial", "Houve uma explosão").modality == "asserted"


def test_a_body_with_its_connector_is_one_organisation(run):
    report, _names = run
    [ministry] = entity_with(report, "Ministério da Defesa")
    assert ministry.type == "ORG"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Ontem", "Também", "Segundo", "Depois", "Houve"}
