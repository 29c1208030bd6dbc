"""Numbers written in parts and round-number nouns after an article."""
import pytest

from storylens.values import extract


def read(text, language):
    return [(v.kind, v.value, v.approximate) for v in extract(text, language) if v.kind in ("count", "money", "measure")]


@pytest.mark.parametrize("text, language, value", [
    ("Yaklaşık 3 bin 400 kişi katıldı.", "tr", 3400),
    ("Nüfus 11 milyondan fazla.", "tr", 11000000),
    ("Frekwencja: 18 mln 120 tys. 455 osób.", "pl", 18120455),
    ("Prišlo 25-tisíc ľudí.", "sk", 25000),
    ("Přišlo 40-tisíc lidí.", "cs", 40000),
    ("Пришли 5 тысяч 300 человек.", "ru", 5300),
])
def test_a_number_written_in_parts_is_one_number(text, language, value):
    assert [v for k, v, _ in read(text, language)] == [value]


def test_a_year_after_a_scale_is_no_part_of_it():
    assert [v.kind for v in extract("5 млн в 2024 году", "ru")][-1] == "year"
    assert read("выделено 5 млн 2024 году", "ru") == [("count", 5000000, False)]


@pytest.mark.parametrize("text, language, value", [
    ("Il y a eu près d’une centaine d’autres blessés.", "fr", 100),
    ("dont une dizaine de mineurs", "fr", 10),
    ("Sono state fermate una cinquantina di persone.", "it", 50),
    ("Hubo una veintena de heridos.", "es", 20),
])
def test_a_round_number_after_its_article_is_one_approximate_count(text, language, value):
    assert read(text, language) == [("count", value, True)]


@pytest.mark.parametrize("text, language, count, calibre", [
    ("Росія отримала близько п'ятдесяти 170-мм самохідних гаубиць.", "uk", 50, 170),
    ("Россия получила около пятидесяти 170-мм самоходных гаубиц.", "ru", 50, 170),
    ("They sent 20 240mm rocket launchers.", "en", 20, 240),
    ("They sent 50 170-mm guns.", "en", 50, 170),
])
def test_a_count_before_a_calibre_counts_the_noun_after_it(text, language, count, calibre):
    got = [(v.kind, v.value) for v in extract(text, language)]
    assert got == [("count", count), ("measure", calibre)]
    assert extract(text, language)[0].unit is not None


def test_a_group_of_zeros_glued_to_a_unit_stays_in_its_number():
    assert read("a 1 000-km trip", "fr") == [("measure", 1000, False)]


@pytest.mark.parametrize("text, language, value", [
    ("Bulgaria, con veintiún miembros", "es", 21),
    ("Загинули сорок людей.", "uk", 40),
    ("Постраждали сто п’ятдесят осіб.", "uk", 150),
])
def test_number_words_text2num_or_the_table_lacked(text, language, value):
    assert [v for k, v, _ in read(text, language)] == [value]
