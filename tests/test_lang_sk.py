"""Slovak from its data folder alone (storylens/lang/sk): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Minister vnútra Matúš Šutaj Eštok v pondelok navštívil Žilinu. „Túto dohodu neprijmeme,“ povedal "
            "minister novinárom.",
    "dropped": "Ministerka Zuzana Dolinková v utorok pricestovala do Prešova. „Návrh je neprijateľný,“ uviedla.",
    "inverted": "Vláda sa zišla v stredu. „Rozhodnutie je konečné,“ povedal premiér Robert Fico.",
    "cases": "Premiér Robert Fico pricestoval do Bratislavy. Opozícia kritizovala Fica. Novinári hovorili s Ficom.",
    "sums": "Podľa správy vláda do projektu investuje dva milióny eur. Ministerstvo potvrdilo investíciu 2 milióny "
            "eur. Zranených bolo dvadsaťpäť ľudí 12. mája 2025.",
    "denial": "V prístave došlo k výbuchu. Ministerstvo obrany poprelo, že by išlo o útok. Hovorkyňa polície poprela "
              "správy o zatknutí.",
    "starts": "Včera polícia uzavrela cestu. Podľa polície nikto nebol zranený. Potom bola cesta znovu otvorená. "
              "Prezident Peter Pellegrini povedal: „Krajina je pripravená.“ Ministerstvo to potvrdilo.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_slovak(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"sk"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Túto dohodu neprijmeme") and "Matúš Šutaj Eštok" in speaker


def test_a_verb_without_its_subject_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "Návrh je neprijateľný") and "Zuzana Dolinková" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Rozhodnutie je konečné") and "Robert Fico" in speaker


def test_case_forms_of_a_name_are_one_person(run):
    report, _names = run
    [person] = entity_with(report, "Robert Fico")
    assert person.type == "PER" and {"Fica", "Ficom"} <= set(person.names)


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 25 for kind, value, _unit in found)
    assert ("date", "2025-05-12", None) in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Ministerstvo obrany poprelo")
    assert denies(*run, "denial", "Hovorkyňa polície poprela")
    assert claim(*run, "denial", "V prístave").modality == "asserted"


def test_a_sentence_ends_inside_a_slovak_quotation(run):
    report, names = run
    texts = [s.text for a in report.articles if names[a.id] == "starts" for s in a.sentences]
    assert "Prezident Peter Pellegrini povedal: „Krajina je pripravená.“" in texts


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Včera", "Podľa", "Potom", "Zranených", "Vláda", "Opozícia", "Novinári", "Krajina"}
