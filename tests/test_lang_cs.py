"""Czech from its data folder alone (storylens/lang/cs): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, quotes, values

TEXTS = {
    "role": "Ministr vnitra Vít Rakušan v pondělí navštívil Brno. „Tuto dohodu nepřijmeme,“ řekl ministr novinářům.",
    "dropped": "Ministryně Jana Nováková v úterý přijela do Ostravy. „Návrh je nepřijatelný,“ uvedla.",
    "inverted": "Vláda se sešla ve středu. „Rozhodnutí je konečné,“ řekl prezident Petr Pavel.",
    "sums": "Podle zprávy vláda do projektu investuje dva miliony eur. Ministerstvo potvrdilo investici 2 miliony "
            "eur. Zraněno bylo třicet pět lidí.",
    "denial": "V přístavu došlo k výbuchu. Ministerstvo obrany popřelo, že by došlo k útoku. Mluvčí policie popřela "
              "zprávy o zatčení.",
    "starts": "Včera policie uzavřela silnici. Podle policie nebyl nikdo zraněn. Potom byla silnice znovu otevřena. "
              "Prezident Petr Pavel řekl: „Země je připravena.“ Ministerstvo to potvrdilo.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_czech(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"cs"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Tuto dohodu nepřijmeme") and "Vít Rakušan" in speaker


def test_a_verb_without_its_subject_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "Návrh je nepřijatelný") and "Jana Nováková" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Rozhodnutí je konečné") and "Petr Pavel" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Ministerstvo obrany popřelo")
    assert denies(*run, "denial", "Mluvčí policie popřela")
    assert claim(*run, "denial", "V přístavu").modality == "asserted"


def test_a_sentence_ends_inside_a_czech_quotation(run):
    report, names = run
    texts = [s.text for a in report.articles if names[a.id] == "starts" for s in a.sentences]
    assert "Prezident Petr Pavel řekl: „Země je připravena.“" in texts


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Včera", "Podle", "Potom", "Zraněno", "Vláda"}
