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
