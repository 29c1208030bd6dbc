"""Swedish from its data folder alone (storylens/lang/sv): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Statsminister Ulf Kristersson besökte Göteborg på måndagen. ”Vi godtar inte det här avtalet”, sa "
            "statsministern till journalister.",
    "inverted": "Regeringen samlades på onsdagen i Stockholm. ”Beslutet är slutgiltigt”, säger justitieminister "
                "Gunnar Strömmer.",
    "dash": "Finansminister Elisabeth Svantesson kommenterade budgeten i riksdagen.\n– Vi har inte råd med fler "
            "skattesänkningar, säger hon.",
    "before": "Utrikesminister Maria Malmer Stenergard sa: ”Sverige står redo att hjälpa.”",
    "sums": "Enligt rapporten satsar regeringen två miljoner kronor på projektet. Departementet bekräftade "
            "satsningen på 2 miljoner kronor. Trettiofem personer skadades i olyckan.",
    "denial": "En explosion inträffade i hamnen. Försvarsmakten förnekar att det var en attack. Polisen "
              "dementerade uppgifterna om gripanden.",
    "starts": "Igår stängde polisen vägen. Sedan öppnades vägen igen. Enligt polisen skadades ingen. Sveriges "
              "regering bekräftade beslutet. Sverige är redo.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_swedish(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"sv"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Vi godtar inte det här avtalet") and "Ulf Kristersson" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Beslutet är slutgiltigt") and "Gunnar Strömmer" in speaker


def test_speech_after_a_dash_closed_by_a_comma_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dash")
    assert (kind, words) == ("direct", "Vi har inte råd med fler skattesänkningar") and "Elisabeth Svantesson" in speaker


def test_a_speaker_before_a_colon(run):
    [(kind, words, speaker)] = quotes(*run, "before")
    assert (kind, words) == ("direct", "Sverige står redo att hjälpa") and "Maria Malmer Stenergard" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value_and_a_compound_number_word_is_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "SEK")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Försvarsmakten förnekar")
    assert denies(*run, "denial", "Polisen dementerade")
    assert claim(*run, "denial", "En explosion").modality == "asserted"


def test_a_quotation_opened_by_a_closing_mark_starts_its_own_sentence(run):
    report, names = run
    texts = [s.text for a in report.articles if names[a.id] == "inverted" for s in a.sentences]
    assert texts[0] == "Regeringen samlades på onsdagen i Stockholm."


def test_a_genitive_is_the_same_place_and_openers_are_no_names(run):
    report, _names = run
    [sweden] = entity_with(report, "Sverige")
    assert sweden.type == "LOC" and "Sveriges" in sweden.names
    assert not entity_names(report) & {"Igår", "Sedan", "Enligt", "Regeringen", "Polisen", "Trettiofem"}
