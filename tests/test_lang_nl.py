"""Dutch from its data folder alone (storylens/lang/nl): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "after": "Minister Ruben Brekelmans bezocht maandag de kazerne in Den Haag. \"We moeten onze verdediging "
             "versterken\", zei hij tegen journalisten.",
    "aldus": "Premier Dick Schoof sprak dinsdag in Brussel met de Franse president. „Dit akkoord is een goede stap”, "
             "aldus Schoof.",
    "particle": "Het kabinet vergaderde woensdag. \"We gaan door met het plan\", zei minister Hugo de Jonge.",
    "before": "Minister Hugo de Jonge kwam donderdag naar Utrecht. Hugo de Jonge zei: \"Het kabinet staat achter het "
              "plan.\"",
    "sums": "Volgens het rapport kost het plan twee miljoen euro. Het ministerie bevestigde dat het plan 2 miljoen "
            "euro kost. Vijfendertig mensen raakten gewond.",
    "denial": "Er was een storing bij de haven van Rotterdam. Het ministerie ontkende dat er een cyberaanval was "
              "geweest. De woordvoerder van de politie weersprak de berichten over een arrestatie.",
    "starts": "Gisteren sloot de politie de snelweg af. Ook de brandweer was ter plaatse. Volgens de politie raakte "
              "niemand gewond. Daarna ging de weg weer open.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_dutch(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"nl"}


def test_a_pronoun_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "after")
    assert (kind, words) == ("direct", "We moeten onze verdediging versterken") and "Ruben Brekelmans" in speaker


def test_aldus_after_the_quote_names_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "aldus")
    assert (kind, words) == ("direct", "Dit akkoord is een goede stap") and "Dick Schoof" in speaker


def test_an_inverted_name_with_a_particle_is_the_speaker_and_one_entity(run):
    report, _names = run
    [(kind, words, speaker)] = quotes(*run, "particle")
    assert (kind, words) == ("direct", "We gaan door met het plan") and "Hugo de Jonge" in speaker
    [hugo] = entity_with(report, "Hugo de Jonge")
    assert hugo.type == "PER" and "Jonge" not in hugo.names


def test_a_quote_after_a_colon_belongs_to_the_name_before_it(run):
    [(kind, words, speaker)] = quotes(*run, "before")
    assert (kind, words) == ("direct", "Het kabinet staat achter het plan") and "Hugo de Jonge" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Het ministerie ontkende")
    assert denies(*run, "denial", "De woordvoerder van de politie weersprak")
    assert claim(*run, "denial", "Er was een storing").modality == "asserted"


def test_adjectives_of_nationality_and_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Franse", "Gisteren", "Ook", "Volgens", "Daarna", "Het"}
