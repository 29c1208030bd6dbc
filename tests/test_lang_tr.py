"""Turkish from its data folder alone (storylens/lang/tr): quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "said": "İçişleri Bakanı Ali Yerlikaya pazartesi günü Ankara'da açıklama yaptı. Yerlikaya, \"Bu kabul edilemez "
            "bir durum\" dedi.",
    "expressions": "Bakan Ayşe Demir salı günü İzmir'e geldi. Demir, “Teklif kabul edilemez” ifadelerini kullandı.",
    "sums": "Rapora göre hükümet projeye iki milyon euro yatıracak. Bakanlık 2 milyon euroluk yatırımı doğruladı. "
            "Otuz beş kişi yaralandı.",
    "denial": "Limanda bir patlama meydana geldi. Bakanlık saldırı iddialarını yalanladı. Valilik gözaltı "
              "haberlerini yalanladı.",
    "starts": "Dün polis yolu kapattı. Sonra yol yeniden açıldı. Cumartesi günü Bolu Valiliği açıklama yaptı.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_turkish(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"tr"}


def test_the_speaker_before_the_quote_and_the_verb_after_it(run):
    [(kind, words, speaker)] = quotes(*run, "said")
    assert (kind, words) == ("direct", "Bu kabul edilemez bir durum") and "Ali Yerlikaya" in speaker
    [(kind, words, speaker)] = quotes(*run, "expressions")
    assert (kind, words) == ("direct", "Teklif kabul edilemez") and "Ayşe Demir" in speaker


def test_a_case_ending_after_an_apostrophe_stays_off_the_name(run):
    report, _names = run
    [ankara] = entity_with(report, "Ankara")
    assert ankara.type == "LOC" and "Ankara'da" in ankara.names
    [minister] = entity_with(report, "Ali Yerlikaya")
    assert minister.type == "PER" and "Yerlikaya" in minister.names


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Bakanlık saldırı iddialarını yalanladı")
    assert denies(*run, "denial", "Valilik gözaltı haberlerini yalanladı")
    assert claim(*run, "denial", "Limanda").modality == "asserted"


def test_a_body_named_head_last_is_one_organisation_and_day_names_are_no_names(run):
    report, _names = run
    [governorate] = entity_with(report, "Bolu Valiliği")
    assert governorate.type == "ORG"
    assert not entity_names(report) & {"Dün", "Sonra", "Cumartesi", "Rapora", "Bakanlık"}
