"""Finnish from its data folder alone (storylens/lang/fi): quotes and speakers, sums, denials, suffixed names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Pääministeri Petteri Orpo vieraili maanantaina Tampereella. ”Tätä sopimusta emme hyväksy”, sanoi "
            "pääministeri toimittajille.",
    "inverted": "Hallitus kokoontui keskiviikkona Helsingissä. ”Päätös on lopullinen”, sanoi presidentti "
                "Alexander Stubb.",
    "dash": "Valtiovarainministeri Riikka Purra kommentoi budjettia eduskunnassa.\n– Meillä ei ole varaa uusiin "
            "veronkevennyksiin, hän sanoi.",
    "according": "Pääministeri Petteri Orpo puhui eduskunnassa tiistaina. Orpon mukaan Suomi on valmis auttamaan.",
    "sums": "Raportin mukaan hallitus sijoittaa hankkeeseen kaksi miljoonaa euroa. Ministeriö vahvisti 2 miljoonan "
            "euron sijoituksen. Kolmekymmentäviisi ihmistä loukkaantui onnettomuudessa.",
    "denial": "Satamassa tapahtui voimakas räjähdys. Puolustusvoimat kiisti, että kyseessä oli isku. Poliisi kiistää tiedot "
              "pidätyksistä.",
    "starts": "Eilen poliisi sulki tien. Sitten tie avattiin uudelleen. Presidentti Stubbin mukaan tilanne on "
              "vakava. Helsingin pormestari tapasi asukkaita.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_finnish(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"fi"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Tätä sopimusta emme hyväksy") and "Petteri Orpo" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Päätös on lopullinen") and "Alexander Stubb" in speaker


def test_speech_after_a_dash_closed_by_a_comma_and_a_pronoun(run):
    [(kind, words, speaker)] = quotes(*run, "dash")
    assert (kind, words) == ("direct", "Meillä ei ole varaa uusiin veronkevennyksiin") and "Riikka Purra" in speaker


def test_a_source_in_the_genitive_before_mukaan_is_the_speaker(run):
    found = quotes(*run, "according")
    assert ("indirect", "Suomi on valmis auttamaan") in [(k, w) for k, w, _s in found]
    assert all("Petteri Orpo" in s for k, w, s in found if w == "Suomi on valmis auttamaan")


def test_a_sum_in_words_and_in_figures_is_one_value_and_a_compound_number_word_is_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert ("count", 35, "ihmistä") in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Puolustusvoimat kiisti")
    assert denies(*run, "denial", "Poliisi kiistää")
    assert claim(*run, "denial", "Satamassa").modality == "asserted"


def test_case_forms_of_a_name_are_one_entity(run):
    report, _names = run
    [helsinki] = entity_with(report, "Helsingissä")
    assert helsinki.type == "LOC" and "Helsingin" in helsinki.names
    [tampere] = entity_with(report, "Tampereella")
    assert tampere.type == "LOC"
    [president] = entity_with(report, "Alexander Stubb")
    assert "Stubbin" in president.names
    [pm] = entity_with(report, "Petteri Orpo")
    assert "Orpon" in pm.names


def test_openers_and_pronouns_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Eilen", "Sitten", "Meillä", "Raportin", "Poliisi", "Satamassa",
                                       "Kolmekymmentäviisi", "Hallitus"}
