"""Words that open with a number ("7-day" written as one word) and multiplicatives ("five times")."""
import pytest

from storylens.values import extract


def read(text, language):
    return [(v.kind, v.value, v.unit) for v in extract(text, language)]


@pytest.mark.parametrize("text, language, expected", [
    ("Ogłoszono trzydniową żałobę narodową.", "pl", ("duration", 3, "day")),
    ("Po pięciominutowej przerwie wznowiono obrady.", "pl", ("duration", 5, "minute")),
    ("Spłonął dziesięciopiętrowy budynek.", "pl", ("count", 10, "storeys")),
    ("Hořel osmipatrový dům.", "cs", ("count", 8, "storeys")),
    ("Hořel 14patrový dům.", "cs", ("count", 14, "storeys")),
    ("Dvaačtyřicetiletý řidič byl zadržen.", "cs", ("duration", 42, "age")),
    ("Vyhlásili dvojdňový smútok.", "sk", ("duration", 2, "day")),
    ("Útočník trikrát vystrelil.", "sk", ("count", 3, "times")),
    ("Объявлен пятидневный траур.", "ru", ("duration", 5, "day")),
    ("Горел девятиэтажный дом.", "ru", ("count", 9, "storeys")),
    ("Оголошено дводенну жалобу.", "uk", ("duration", 2, "day")),
    ("Обявен е тридневен траур.", "bg", ("duration", 3, "day")),
    ("Κηρύχθηκε τετραήμερο πένθος.", "el", ("duration", 4, "day")),
    ("A tárgyalás háromórás volt.", "hu", ("duration", 3, "hour")),
    ("Ein vierstöckiges Haus brannte.", "de", ("count", 4, "storeys")),
    ("Es gilt eine zweitägige Staatstrauer.", "de", ("duration", 2, "day")),
    ("Ein 10-stöckiges Haus brannte.", "de", ("count", 10, "storeys")),
    ("a 20-storey tower", "en", ("count", 20, "storeys")),
])
def test_a_word_that_opens_with_a_number_is_read(text, language, expected):
    assert expected in read(text, language)


@pytest.mark.parametrize("text, language", [
    ("Tříkrálová sbírka začala.", "cs"),  # "tří" opens the word, but "králová" names nothing measured
    ("Dvoupokojový byt je volný.", "cs"),
    ("Пятиминутка началась.", "ru"),
    ("Die Dreiecke und Siebensachen", "de"),
    ("Ein Einzelfall", "de"),
])
def test_a_word_that_opens_with_a_number_by_chance_is_no_value(text, language):
    assert read(text, language) == []


@pytest.mark.parametrize("text, language, value", [
    ("Napastnik strzelił pięć razy.", "pl", 5),
    ("He fired three times.", "en", 3),
    ("Il a tiré quatre fois.", "fr", 4),
    ("Disparó seis veces.", "es", 6),
    ("Он выстрелил пять раз.", "ru", 5),
    ("Útočník vystřelil 7 krát.", "cs", 7),
    ("Er schoss viermal.", "de", 4),
])
def test_how_often_is_a_count_of_times(text, language, value):
    assert ("count", value, "times") in read(text, language)


def test_once_is_no_count_of_times():
    assert read("It happened one time.", "en") == []
