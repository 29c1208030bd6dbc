"""Numbers in Polish, Greek, Italian and German, ages, ordinals, approximations and the predicate of a count."""
import pytest

from storylens.compare.predicates import differ, of_value, predicate
from storylens.valuecompare import dimension, same
from storylens.values import extract


def values(text: str, language: str) -> list[tuple[str, object, object]]:
    return [(v.kind, v.value, v.unit) for v in extract(text, language)]


@pytest.mark.parametrize("text, expected", [
    ("W pożarze zginęło dziewiętnastu strażaków.", [("count", 19, "strażaków")]),
    ("Na miejscu było dwóch policjantów i pięciu ratowników.", [("count", 2, "policjantów"), ("count", 5, "ratowników")]),
    ("Zebrano dwadzieścia trzy wnioski i sto dwadzieścia podpisów.", [("count", 23, "wnioski"), ("count", 120, "podpisów")]),
    ("Koszt remontu wyniósł 3,5 mln zł, czyli ponad 800 tys. euro.",
     [("money", 3500000, "PLN"), ("money", 800000, "EUR")]),
    ("Projekt kosztował 2 mld dolarów.", [("money", 2000000000, "USD")]),
    ("Kolejka miała 7 kilometrów, a obrady trwały trzy godziny.",
     [("measure", 7, "km"), ("duration", 3, "hour")]),
    ("Frekwencja wyniosła 62 proc.", [("percent", 62, "percent")]),
])
def test_polish_numbers_in_every_case_form(text, expected):
    assert values(text, "pl") == expected


def test_polish_approximations_and_bounds():
    v = extract("Ewakuowano około 40 osób, a ok. 300 czekało.", "pl")
    assert [x.approximate for x in v] == [True, True]
    assert not extract("Ewakuowano ponad 40 osób.", "pl")[0].approximate


@pytest.mark.parametrize("text, expected", [
    ("Τραυματίστηκαν δεκαεννέα επιβάτες.", [("count", 19, "επιβάτες")]),
    ("Στο σημείο έσπευσαν τέσσερις πυροσβέστες και τρία οχήματα.",
     [("count", 4, "πυροσβέστες"), ("count", 3, "οχήματα")]),
    ("Ο προϋπολογισμός είναι 12 εκατ. ευρώ.", [("money", 12000000, "EUR")]),
    ("Η συνεδρίαση κράτησε σαράντα λεπτά.", [("duration", 40, "minute")]),
    ("Απομακρύνθηκαν εκατόν δεκαπέντε κάτοικοι.", [("count", 115, "κάτοικοι")]),
])
def test_greek_numbers_with_gender_forms(text, expected):
    assert values(text, "el") == expected


def test_greek_approximation_written_with_a_preposition():
    (v,) = extract("Συγκεντρώθηκαν γύρω στους 300 διαδηλωτές.", "el")
    assert v.value == 300 and v.approximate


@pytest.mark.parametrize("text, language", [
    ("Un 54enne è stato fermato in stazione.", "it"),
    ("Fermato un uomo all'età di 54 anni.", "it"),
    ("Ein 54-Jähriger wurde am Bahnhof kontrolliert.", "de"),
    ("Der Mann starb im Alter von 54 Jahren.", "de"),
    ("Zatrzymano 54-letniego kierowcę.", "pl"),
    ("Kierowca w wieku 54 lat trafił do aresztu.", "pl"),
    ("Ένας 54χρονος οδηγός συνελήφθη.", "el"),
    ("Ο οδηγός, σε ηλικία 54 ετών, συνελήφθη.", "el"),
    ("Un homme âgé de 54 ans a été interpellé.", "fr"),
    ("A driver aged 54 was stopped.", "en"),
    ("A 54-year-old driver was stopped.", "en"),
])
def test_ages_are_one_dimension_in_every_language(text, language):
    ages = [v for v in extract(text, language) if v.unit == "age"]
    assert [(v.kind, v.value) for v in ages] == [("duration", 54)]


@pytest.mark.parametrize("text, language", [
    ("Die 7. Sitzung des Rates begann pünktlich.", "de"),
    ("To już 7. posiedzenie rady w tym roku.", "pl"),
    ("Il 267° anniversario della fondazione.", "it"),
    ("The 267th anniversary of the founding.", "en"),
])
def test_ordinals_are_no_counts(text, language):
    # a rank is read as a count marked ordinal, in a dimension of its own: never a cardinal count
    assert not [v for v in extract(text, language) if v.kind == "count" and not v.ordinal]
    assert [dimension(v) for v in extract(text, language)] == ["count:ordinal"]


def test_a_full_stop_after_a_number_ends_a_sentence_or_makes_a_date():
    assert values("Die Zahl der Gäste stieg auf 12.", "de") == [("count", 12, None)]
    assert values("Die Sitzung ist am 7. Mai.", "de") == [("date", "05-07", None)]


@pytest.mark.parametrize("text, language", [
    ("Die Sitzung begann um 18.07 Uhr.", "de"),
    ("La seduta è iniziata alle 18.07.", "it"),
    ("Posiedzenie zaczęło się o 18:07.", "pl"),
    ("Η συνεδρίαση άρχισε στις 18:07.", "el"),
])
def test_times_of_day(text, language):
    assert values(text, language) == [("date", "18:07", None)]


@pytest.mark.parametrize("text, language, number, expected", [
    ("W wypadku zginęło dwóch pasażerów, a pięciu zostało rannych.", "pl", "dwóch", "dead"),
    ("Dwóch pasażerów zginęło, a pięciu pasażerów jest rannych.", "pl", "pięciu", "injured"),
    ("Nad granicą zestrzelono 4 balony, a 12 balonów wleciało nad kraj.", "pl", "4", "downed"),
    ("Nad granicą zestrzelono 4 balony, a 12 balonów wleciało nad kraj.", "pl", "12", "entered"),
    ("Σκοτώθηκαν δύο ορειβάτες και τραυματίστηκαν πέντε ορειβάτες.", "el", "δύο", "dead"),
    ("Σκοτώθηκαν δύο ορειβάτες και τραυματίστηκαν πέντε ορειβάτες.", "el", "πέντε", "injured"),
    ("Nell'incidente sono morti 3 operai e 8 operai sono rimasti feriti.", "it", "3", "dead"),
    ("Nell'incidente sono morti 3 operai e 8 operai sono rimasti feriti.", "it", "8", "injured"),
    ("Dodici pazienti sono stati trasferiti in ospedali di Milano.", "it", "Dodici", "hospitalised"),
    ("Bei dem Unfall starben 3 Arbeiter, 8 Arbeiter wurden verletzt.", "de", "3", "dead"),
    ("Bei dem Unfall starben 3 Arbeiter, 8 Arbeiter wurden verletzt.", "de", "8", "injured"),
    ("Three climbers died and five climbers were injured.", "en", "five", "injured"),
    ("Die Sitzung hatte 40 Teilnehmer.", "de", "40", None),
])
def test_the_predicate_of_a_count(text, language, number, expected):
    at = text.index(number)
    (v,) = [v for v in extract(text, language) if v.start == at]
    assert of_value(text, 0, v, language) == expected


def test_predicates_compare_across_languages_by_class():
    dead_pl = predicate("zginęło 3 osób", 7, 8, "pl")
    dead_el = predicate("σκοτώθηκαν 3 άνθρωποι", 11, 12, "el")
    injured_de = predicate("3 Menschen wurden verletzt", 0, 1, "de")
    assert dead_pl == dead_el == "dead"
    assert differ(dead_pl, injured_de)
    assert not differ(dead_pl, None)  # a count with no predicate word may be either


def test_an_approximate_figure_holds_only_its_rounding():
    about_40 = extract("about 40 people", "en")[0]
    assert same(about_40, extract("43 people", "en")[0])
    assert not same(about_40, extract("47 people", "en")[0])  # 40 vs 47: a different figure, not an approximation
    about_115 = extract("oko\u0142o 115 os\u00f3b", "pl")[0]
    assert same(about_115, extract("116 os\u00f3b", "pl")[0])
    assert not same(about_115, extract("119 os\u00f3b", "pl")[0])
    assert same(extract("about 100 people", "en")[0], extract("108 people", "en")[0])


@pytest.mark.parametrize("text, language, expected", [
    ("Posiedzenie zaczęło się o godz. 18 w ratuszu.", "pl", "18:00"),
    ("Wyjazd o godz. 6 rano.", "pl", "06:00"),
    ("La riunione è iniziata alle 18 di ieri.", "it", "18:00"),
    ("La riunione è iniziata alle 6 di sera.", "it", "18:00"),
    ("Die Sitzung begann um 18 Uhr.", "de", "18:00"),
    ("Η συνεδρίαση άρχισε στις 6 το απόγευμα.", "el", "18:00"),
    ("La réunion a commencé à 18 heures.", "fr", "18:00"),
    ("The meeting began at 6 p.m.", "en", "18:00"),
])
def test_whole_hours_are_times_of_day(text, language, expected):
    assert values(text, language) == [("date", expected, None)]


@pytest.mark.parametrize("text, language, expected", [
    ("Nagrody trafiły do 18 szkół.", "pl", [("count", 18, "szkół")]),
    ("Il premio è andato alle 18 scuole.", "it", [("count", 18, "scuole")]),
    ("Die Quote stieg um 18 Prozent.", "de", [("percent", 18, "percent")]),
    ("Ο διαγωνισμός έγινε στις 18 Μαΐου.", "el", [("date", "05-18", None)]),
    ("La réunion a duré pendant 18 heures.", "fr", [("duration", 18, "hour")]),
])
def test_an_hour_cue_before_a_counted_thing_or_a_date_leaves_it_alone(text, language, expected):
    assert values(text, language) == expected


def test_an_approximate_time_holds_the_minutes_around_it():
    around = extract("Der Zug kam um etwa 18 Uhr an.", "de")
    assert [v.value for v in around] == ["18:00"] and around[0].approximate
    assert same(around[0], extract("Il treno è arrivato alle 18.07.", "it")[0])
    assert not same(extract("Der Zug kam um 18 Uhr an.", "de")[0], extract("Il treno è arrivato alle 18.07.", "it")[0])


def test_an_hour_and_its_minutes_written_as_words_are_one_time():
    assert values("В 17 часов 47 минут поступило сообщение.", "ru") == [("date", "17:47", None)]
