"""Number words with no noun after them count when a collective numeral or a part phrase says what they count."""
import pytest

from storylens.values import extract


def counts(text, language):
    return [(v.value, v.unit) for v in extract(text, language) if v.kind == "count"]


@pytest.mark.parametrize("text, language, value", [
    ("Three of them were taken to hospital.", "en", 3),
    ("Tre di loro sono stati arrestati.", "it", 3),
    ("Cuatro de ellos siguen ingresados.", "es", 4),
    ("Cinq d'entre eux ont été blessés.", "fr", 5),
    ("В результате погибли пятеро.", "ru", 5),
    ("Четверо из них находятся в больнице.", "ru", 4),
    ("Загинули троє.", "uk", 3),
    ("Traja z nich sú v nemocnici.", "sk", 3),
    ("Zatrzymano trzech z nich.", "pl", 3),
    ("При катастрофата загинаха петима.", "bg", 5),
])
def test_a_number_word_counts_alone_when_it_counts_people_or_a_part(text, language, value):
    assert counts(text, language) == [(value, None)]


@pytest.mark.parametrize("text, language, value, noun", [
    ("Ранены 40 человек, из них семеро детей.", "ru", 7, "детей"),
    ("Серед них одна дитина.", "uk", 1, "дитина"),
    ("Na miejscu była czwórka dzieci.", "pl", 4, "dzieci"),
    ("Zginęło pięcioro dzieci.", "pl", 5, "dzieci"),
])
def test_collectives_and_parts_keep_their_noun(text, language, value, noun):
    assert (value, noun) in counts(text, language)


@pytest.mark.parametrize("text, language", [
    ("one of the leaders", "en"),
    ("one of them said", "en"),  # a single one of a group is no count to compare
    ("Es waren zwei oder drei.", "de"),
    ("двух или трёх", "ru"),
    ("У двох випадках", "uk"),
])
def test_bare_number_words_stay_uncounted(text, language):
    assert [c for c in counts(text, language) if c[1] is None] == []


@pytest.mark.parametrize("text, language, value, noun", [
    ("Εννέα από τους τραυματίες νοσηλεύονται.", "el", 9, "τραυματίες"),
    ("Three of the injured are children.", "en", 3, "injured"),
    ("Due dei feriti sono gravi.", "it", 2, "feriti"),
    ("Zwei der Verletzten sind Kinder.", "de", 2, "verletzten"),
    ("Deux des blessés sont des enfants.", "fr", 2, "blessés"),
    ("Dos de los heridos son niños.", "es", 2, "heridos"),
    ("Двое из пострадавших — дети.", "ru", 2, "пострадавших"),
])
def test_a_part_of_the_counted_things_counts_them(text, language, value, noun):
    assert (value, noun) in counts(text, language)
