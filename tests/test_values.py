"""Value extraction and normalisation: numbers, money, years, dates, ranges, measures, percentages, durations."""
from __future__ import annotations

import pytest

from storylens.valuecompare import key, overlap, same
from storylens.values import extract


def one(text: str, language: str):
    vals = extract(text, language)
    assert len(vals) == 1, [(v.kind, v.value, v.text) for v in vals]
    return vals[0]


@pytest.mark.parametrize("text,language", [
    ("The $1 billion initiative", "en"),
    ("Стоимость оценивается в миллиард долларов.", "ru"),
    ("Объём инвестиций $1 млрд.", "ru"),
    ("It will cost 1,000 million dollars.", "en"),
    ("Это обойдётся в 1 000 000 000 долларов.", "ru"),
    ("a deal worth $1bn", "en"),
])
def test_the_same_sum_of_money_in_any_form(text, language):
    v = one(text, language)
    assert (v.kind, v.value, v.unit) == ("money", 1_000_000_000, "USD")


def test_money_offsets_point_at_the_amount():
    text = "Общий объём инвестиций около $1 млрд."
    v = one(text, "ru")
    assert text[v.start:v.end] == v.text == "$1 млрд"
    assert v.approximate


def test_approximate_values_agree_within_a_tolerance():
    a, b = one("about $1 billion", "en"), one("$1.05 billion", "en")
    assert same(a, b)
    assert not same(one("$1 billion", "en"), one("$1.05 billion", "en"))


@pytest.mark.parametrize("text,language", [
    ("The first plant is expected to begin operations in 2027.", "en"),
    ("Завод должен заработать к 2027 году.", "ru"),
    ("Запуск производства ожидается в 2027 году.", "ru"),
    ("The plant will open by 2027.", "en"),
])
def test_years(text, language):
    v = one(text, language)
    assert (v.kind, v.value) == ("year", 2027)


@pytest.mark.parametrize("text,language,value", [
    ("as reported on December 17, marks a shift", "en", "12-17"),
    ("как сообщалось 17 декабря", "ru", "12-17"),
    ("on 26 July 2020 the parade", "en", "2020-07-26"),
    ("в сентябре 2019 года", "ru", "2019-09"),
])
def test_dates(text, language, value):
    v = one(text, language)
    assert (v.kind, v.value) == ("date", value)


def test_a_date_without_a_year_agrees_with_the_full_date():
    assert same(one("December 17", "en"), one("17 декабря 2025 года", "ru"))


@pytest.mark.parametrize("text,language", [
    ("«Мсты-С» ещё в 2022–2023 годах.", "ru"),
    ("shown in 2022-2023", "en"),
    ("shown in 2022–23", "en"),
])
def test_year_ranges(text, language):
    v = one(text, language)
    assert (v.kind, v.value) == ("year", [2022, 2023])


def test_a_year_inside_a_range_overlaps_it():
    assert overlap(one("in 2022", "en"), one("в 2022–2023 годах", "ru"))
    assert not overlap(one("in 2021", "en"), one("в 2022–2023 годах", "ru"))


@pytest.mark.parametrize("text,language", [("калибр 155 мм", "ru"), ("155-mm shells", "en"),
                                           ("15.5 cm", "en"), ("155 millimetres", "en")])
def test_measures_normalise_units(text, language):
    v = one(text, language)
    assert v.kind == "measure"
    assert same(v, one("155 мм", "ru"))


def test_several_calibres_are_several_values():
    vals = extract("боеприпасы советского стандарта: 82 мм, 120 мм, 122 мм и 152 мм.", "ru")
    assert [(v.kind, v.value, v.unit) for v in vals] == [("measure", n, "mm") for n in (82, 120, 122, 152)]


@pytest.mark.parametrize("text,language,value", [("grew by 25%", "en", 25), ("на 2,5 процента", "ru", 2.5),
                                                 ("2.5 percent", "en", 2.5)])
def test_percentages(text, language, value):
    v = one(text, language)
    assert (v.kind, v.value) == ("percent", value)


@pytest.mark.parametrize("text,language,approx", [("патроны начали выпускать около пяти лет назад", "ru", True),
                                                  ("production started five years ago", "en", False)])
def test_durations(text, language, approx):
    v = one(text, language)
    assert (v.kind, v.value, v.unit, v.approximate) == ("duration", 5, "year", approx)
    assert v.text.endswith(("назад", "ago"))


def test_ages_match_across_languages():
    assert same(one("A 40-year-old suspect", "en"), one("40-летнюю подозреваемую", "ru"))


@pytest.mark.parametrize("text,language,noun", [
    ("the building of four plants", "en", "plants"),
    ("будут построены четыре завода", "ru", "завода"),
    ("создание четырёх заводов", "ru", "заводов"),
    ("Tokayev and four other Central Asian leaders met", "en", "leaders"),
    ("evacuate 1,5 тысячи человек", "ru", "человек"),
])
def test_counts_keep_the_counted_noun(text, language, noun):
    v = one(text, language)
    assert v.kind == "count" and v.unit == noun
    assert v.value == (1500 if "тысячи" in text else 4)


@pytest.mark.parametrize("text,language", [
    ("Первый завод, ASPAN-1, уже строится.", "ru"),
    ("cases of COVID-19 were found", "en"),
    ("ученик школы № 30 набрал", "ru"),
    ("a student at School No. 30 in Kostroma", "en"),
    ("in the 38th round", "en"),
    ("заняла 20-е место", "ru"),
    ("one of the leaders", "en"),
    ("between three and four in the morning", "en"),
])
def test_numbers_in_names_ordinals_and_times_are_not_counts(text, language):
    # a rank is a count marked ordinal ("the 38th round"): never a cardinal count
    assert [v for v in extract(text, language) if v.kind == "count" and not v.ordinal] == []


@pytest.mark.parametrize("text,language,value", [("1,500 people", "en", 1500), ("1 500 человек", "ru", 1500),
                                                 ("1,5 тыс. жителей", "ru", 1500), ("1.5 thousand residents", "en", 1500),
                                                 ("сто пятьдесят пять человек", "ru", 155),
                                                 ("two hundred thousand people", "en", 200000)])
def test_locale_separators_and_number_words(text, language, value):
    assert one(text, language).value == value


def test_fractions():
    v = one("which is over 2 1/2 million tenge", "en")
    assert (v.kind, v.value, v.unit) == ("money", 2_500_000, "KZT")


def test_equal_values_share_a_blocking_key():
    assert key(one("$1 billion", "en")) == key(one("миллиард долларов", "ru"))
    assert key(one("four plants", "en")) != key(one("пять заводов", "ru"))


def test_a_year_next_to_a_number_is_not_a_thousands_group():
    vals = extract("в 2020 300 человек", "ru")
    assert [(v.kind, v.value) for v in vals] == [("year", 2020), ("count", 300)]


@pytest.mark.parametrize("text,language,value,unit", [
    ("Днем потеплеет до +24...+26 градусов.", "ru", [24, 26], "C"),
    ("from 5 to 10 metres per second", "en", [5, 10], "m/s"),
    ("с 2015 по 2017 год", "ru", [2015, 2017], None),
])
def test_ranges_with_dots_and_words(text, language, value, unit):
    v = one(text, language)
    assert (v.value, v.unit) == (value, unit)


def test_bounds_are_exact_numbers():
    assert not one("more than 663 kilometres", "en").approximate
    assert not one("свыше 388 километров", "ru").approximate


@pytest.mark.parametrize("text,language,kind,value", [
    ("At 5:47 PM, a fire was reported", "en", "date", "17:47"),
    ("В 17:47 поступило сообщение", "ru", "date", "17:47"),
    ("won 5:0 at home", "en", "measure", [5, 0]),
])
def test_clock_times_and_scores(text, language, kind, value):
    v = one(text, language)
    assert (v.kind, v.value) == (kind, value)


def test_half_of_a_scale_in_either_language():
    assert same(one("nearly half a trillion dollars of aid", "en"), one("почти на полтриллиона долларов", "ru"))


def test_power_capacity_is_a_measure_in_both_languages():
    from storylens.values import extract

    (en,) = extract("a combined capacity of 200 megawatts", "en")
    (ru,) = extract("общей мощностью 250 мегаватт", "ru")
    assert (en.kind, en.value, en.unit) == ("measure", 200, "MW")
    assert (ru.kind, ru.value, ru.unit) == ("measure", 250, "MW")


@pytest.mark.parametrize("code,text,count,money", [
    ("de", "rund 200.000 Geschosse für etwa 300 Millionen Euro", 200_000, 300_000_000),
    ("uk", "близько 200 тисяч снарядів за 300 мільйонів євро", 200_000, 300_000_000),
    ("el", "περίπου 200.000 βλήματα για 300 εκατομμύρια ευρώ", 200_000, 300_000_000),
])
def test_a_language_is_added_by_its_number_data(code, text, count, money):
    from storylens.values import extract

    values = extract(text, code)
    assert [(v.kind, v.value) for v in values] == [("count", count), ("money", money)]
    assert values[1].unit == "EUR" and values[0].approximate


@pytest.mark.parametrize("text,language,value,unit", [
    ("Apple écope d’une amende de 500 millions d’euros.", "fr", 500_000_000, "EUR"),
    ("Le contrat atteint 1 milliard de dollars.", "fr", 1_000_000_000, "USD"),
    ("Elle a payé cinq cents millions d'euros.", "fr", 500_000_000, "EUR"),
    ("Apple fue multada con 500 millones de euros.", "es", 500_000_000, "EUR"),
    ("La inversión es de mil millones de dólares.", "es", 1_000_000_000, "USD"),
    ("Глобата е 500 милиона евро.", "bg", 500_000_000, "EUR"),
    ("Сделката е за 1,5 млрд. лева.", "bg", 1_500_000_000, "BGN"),
])
def test_sums_in_languages_read_through_cldr_and_text2num(text, language, value, unit):
    v = one(text, language)
    assert (v.kind, v.value, v.unit) == ("money", value, unit)


def test_one_sum_in_four_languages_is_one_key():
    sums = [one("a €500 million fine", "en"), one("une amende de 500 millions d'euros", "fr"),
            one("una multa de 500 millones de euros", "es"), one("глоба от 500 милиона евро", "bg")]
    assert len({key(v) for v in sums}) == 1


@pytest.mark.parametrize("text,language,value,noun", [
    ("Doce personas murieron en el ataque.", "es", 12, "personas"),
    ("Quatre-vingt-dix maisons ont brûlé.", "fr", 90, "maisons"),
    ("Es kamen zweihundert Menschen.", "de", 200, "menschen"),
])
def test_number_words_through_text2num(text, language, value, noun):
    v = one(text, language)
    assert (v.kind, v.value, v.unit) == ("count", value, noun)


def test_a_round_number_noun_is_an_approximate_count():
    v = one("une centaine de policiers", "fr")
    assert (v.kind, v.value, v.unit, v.approximate) == ("count", 100, "policiers", True)
    assert same(v, one("100 policiers", "fr"))
    assert not same(v, one("environ 60 policiers", "fr"))


def test_a_bare_plural_scale_is_no_amount():
    assert extract("des millions de personnes", "fr") == []


def test_durations_and_dates_in_french_and_spanish():
    assert (one("Les entreprises ont 60 jours pour se conformer.", "fr").value,
            one("La Comisión dio 60 días a ambas empresas.", "es").unit) == (60, "day")
    assert one("introduit en novembre 2024", "fr").value == "2024-11"


@pytest.mark.parametrize("text,language,value", [
    ("Le 1er janvier 2026, la Bulgarie adopte l'euro.", "fr", "2026-01-01"),
    ("La llamada habría tenido lugar el 7 de noviembre de 2024.", "es", "2024-11-07"),
    ("las elecciones del 5 de noviembre", "es", "11-05"),
])
def test_days_with_an_ordinal_or_a_linking_word(text, language, value):
    v = one(text, language)
    assert (v.kind, v.value) == ("date", value)


@pytest.mark.parametrize("text,language", [
    ("Ali Yılmaz (20) yangında hayatını kaybetti.", "tr"),
    ("Der Fahrer Taleb A. (50) wurde festgenommen.", "de"),
    ("Anna Kowalska (20, studentka) trafiła do szpitala.", "pl"),
])
def test_a_number_in_brackets_after_a_name_is_an_age(text, language):
    assert [(v.kind, v.value, v.unit) for v in extract(text, language)] == [("duration", 20 if "50" not in text else 50, "age")]


@pytest.mark.parametrize("text,language", [
    ("Nesta terça-feira (29), o presidente falou.", "pt"),
    ("On Friday (20) the talks ended.", "en"),
    ("the airline (Voepass) gave 62 (58 passengers).", "en"),
])
def test_a_number_in_brackets_after_a_weekday_or_a_common_word_is_no_age(text, language):
    assert all(v.unit != "age" for v in extract(text, language))


@pytest.mark.parametrize("text,language", [
    ("Daarna volgen de SGP (3) en de BVB (7).", "nl"),
    ("Hinter der ÖVP (52) liegt die SPÖ (21).", "de"),
    ("The XYZ (12) came third.", "en"),
])
def test_a_number_in_brackets_after_an_acronym_is_no_age(text, language):
    assert [(v.kind, v.unit) for v in extract(text, language)] and all(
        (v.kind, v.unit) == ("count", None) for v in extract(text, language))


@pytest.mark.parametrize("text,language,value", [
    ("De partij verloor twee zetels en hield er vier stuks over.", "nl", 4),
    ("Am Ende blieben ihr nur noch drei Stück.", "de", 3),
    ("На складе осталось пять штук.", "ru", 5),
    ("Zostały im jeszcze cztery sztuki.", "pl", 4),
])
def test_a_number_word_before_a_counter_word_is_a_count_of_no_noun(text, language, value):
    assert [(v.kind, v.value, v.unit) for v in extract(text, language) if v.value == value] == [("count", value, None)]


def test_a_number_after_a_designation_is_its_series_not_a_count():
    assert [(v.kind, v.value) for v in extract("Um bimotor ATR-72 500 da Voepass levava 58 passageiros.", "pt")] \
        == [("count", 58)]


@pytest.mark.parametrize("text, language, expected", [
    ("Más de 67,000 soldados fueron desplegados.", "es", 67000),  # Honduras, Mexico, Peru group with a comma
    ("Más de 67.000 soldados fueron desplegados.", "es", 67000),
    ("Votaron 12,345,678 personas.", "es", 12345678),
    ("Es waren 67,000 Menschen dort.", "de", 67000),  # no fraction is written with three zeros
    ("Foram 67,500 pessoas.", "pt", 67.5),  # Portuguese decimal comma: no country of it groups with a comma
    ("Es waren 1,234 Tonnen.", "de", 1.234),
    ("Perdió el 7,125 por ciento.", "es", 7.125),  # a share is a fraction of a hundred
    ("Costó 2,500 millones de dólares.", "es", 2.5e6),  # a scale word keeps the decimal
])
def test_a_decimal_mark_before_three_digits_is_read_per_language(text, language, expected):
    assert [v.value for v in extract(text, language)] == [expected]


@pytest.mark.parametrize("text,language,value,unit", [
    ("Sud ga je osudio na godinu dana zatvora.", "hr", 1, "year"),
    ("Суд га је осудио на годину дана затвора.", "sr", 1, "year"),
    ("Sastanak je trajao sat vremena.", "sr", 1, "hour"),
    ("A bíróság egy év börtönre ítélte.", "hu", 1, "year"),
    ("Egy éves börtönbüntetést kapott.", "hu", 1, "year"),
    ("A tárgyalás egy hónapig tartott.", "hu", 1, "month"),
    ("Śledztwo trwało półtora roku.", "pl", 1.5, "year"),
])
def test_one_of_a_unit_written_without_a_number(text, language, value, unit):
    found = [(v.kind, v.value, v.unit) for v in extract(text, language)]
    assert found == [("duration", value, unit)]


def test_the_indefinite_article_before_a_noun_that_is_no_unit_counts_nothing():
    assert extract("Egy nagy ház állt ott.", "hu") == []


@pytest.mark.parametrize("text,language,years", [
    ("Sporazum je potpisan 1995. godine.", "sr", [1995]),
    ("Bio je ministar od 2021. do 2025. godine.", "hr", [2021, 2025]),
    ("V letu 2024. je bilo mirno.", "sl", [2024]),
])
def test_a_year_written_with_the_ordinal_full_stop_is_a_year(text, language, years):
    assert [v.value for v in extract(text, language) if v.kind == "year"] == years


@pytest.mark.parametrize("text,language,value,unit", [
    ("BAM 12,000", "en", 12000, "BAM"),
    ("oko 12 hiljada KM", "sr", 12000, "BAM"),
    ("3 trillion won", "en", 3e12, "KRW"),
    ("3 000 milliards de wons", "fr", 3e12, "KRW"),
    ("mintegy 9500 eurónak", "hu", 9500, "EUR"),
    ("200 milhões de reais", "pt", 200e6, "BRL"),
])
def test_currencies_of_smaller_economies_and_their_case_forms(text, language, value, unit):
    money = [v for v in extract(text, language) if v.kind == "money"]
    assert len(money) == 1 and money[0].value == value and money[0].unit == unit


@pytest.mark.parametrize("text,language,value,unit", [
    ("Dobio je jednogodišnju kaznu.", "hr", 1, "age"),
    ("Tražena je 5-godišnja zabrana.", "sr", 5, "age"),
    ("Bio je to dvodnevni posjet.", "hr", 2, "day"),
    ("Била је то дводневна посета.", "sr", 2, "day"),
])
def test_a_number_at_the_start_of_a_word_with_what_it_measures(text, language, value, unit):
    found = [(v.kind, v.value, v.unit) for v in extract(text, language)]
    assert found == [("duration", value, unit)]


def test_a_number_glued_into_a_code_of_letters_and_numbers_is_no_value():
    # rule ``glued code``: capitals between numbers, or the series after a word of letters and digits
    assert extract("The 3M22 missile hit 4 homes.", "en")[0].value == 4
    assert extract("Ракета 9М723 попала в 4 дома.", "ru")[0].value == 4
    assert extract("A B737-800 jet carried 12 people.", "en")[0].value == 12
    assert extract("Der ATR72-500 mit 64 Passagieren landete.", "de")[0].value == 64


def test_units_dates_and_ranges_written_as_one_word_stay_values():
    assert [(v.value, v.unit) for v in extract("A 5km2 area burned.", "en")] == [(5, "km2")]
    assert [(v.value, v.unit) for v in extract("They were 3-4km away.", "en")] == [([3, 4], "km")]
    assert [v.value for v in extract("Le courant a été coupé à 12h33 lundi.", "fr")] == ["12:33"]


@pytest.mark.parametrize("text,language,value", [
    ("Sie sahen eine fünf Meter lange Schlange.", "de", 5),    # an article before a number word: no sum (was 6)
    ("Μια πέντε μέτρων σήραγγα.", "el", 5),
    ("Они прошли одна пять метров.", "ru", 5),
])
def test_two_number_words_side_by_side_are_no_sum(text, language, value):
    assert [v.value for v in extract(text, language)] == [value]


@pytest.mark.parametrize("text,language,value", [
    ("Погибли пять тысяч двести человек.", "ru", 5200),
    ("Было два миллиона пятьсот тысяч человек.", "ru", 2_500_000),
    ("Zginęło trzy tysiące dwieście osób.", "pl", 3200),
    ("Приехали две тысячи двадцать пять человек.", "ru", 2025),
])
def test_number_words_after_a_large_scale_are_one_number(text, language, value):
    v = one(text, language)
    assert (v.kind, v.value) == ("count", value)


@pytest.mark.parametrize("text,language,value", [
    ("Požár vypukl v 9 hodin a 40 minut ráno.", "cs", "09:40"),
    ("Die Explosion ereignete sich um 9 Uhr 40 am Bahnhof.", "de", "09:40"),
    ("L'explosion a eu lieu à 9 h 40, près de la gare.", "fr", "09:40"),
    ("Взрыв произошел в 9 часов и 40 минут утра.", "ru", "09:40"),
])
def test_hours_and_minutes_in_words_are_one_time(text, language, value):
    v = one(text, language)
    assert (v.kind, v.value) == ("date", value)


def test_a_count_after_a_clock_word_is_no_minutes():
    vals = extract("Um 9 Uhr 40 Menschen warteten.", "de")
    assert [(v.kind, v.value) for v in vals] == [("date", "09:00"), ("count", 40)]


@pytest.mark.parametrize("text,language,noun", [
    ("Rescuers found three of the nine climbers alive.", "en", "climbers"),
    ("Спасатели нашли троих из девяти альпинистов.", "ru", "альпинистов"),
    ("Les secours ont retrouvé trois des neuf alpinistes.", "fr", "alpinistes"),
    ("Die Retter fanden drei der neun Bergsteiger.", "de", "bergsteiger"),
])
def test_a_part_before_its_total_counts_what_the_total_counts(text, language, noun):
    vals = extract(text, language)
    assert [(v.value, v.unit.lower()) for v in vals] == [(3, noun), (9, noun)]


@pytest.mark.parametrize("text,language,noun", [
    ("Rescuers found 3 out of 9 climbers alive.", "en", "climbers"),
    ("Záchranáři našli tři z devíti horolezců.", "cs", "horolezců"),
    ("Ratownicy odnaleźli trzech z dziewięciu wspinaczy.", "pl", "wspinaczy"),
    ("Die Retter fanden drei von neun Bergsteigern.", "de", "bergsteigern"),
])
def test_a_part_before_a_bare_total_counts_what_the_total_counts(text, language, noun):
    vals = extract(text, language)
    assert [(v.value, v.unit.lower()) for v in vals] == [(3, noun), (9, noun)]


def test_of_before_a_name_is_no_partitive():
    vals = extract("2 of Finland's 5 reactors", "en")
    assert [(v.value, v.unit) for v in vals] == [(2, None), (5, "reactors")]


@pytest.mark.parametrize("text, language, low, high", [
    ("a boat between 20 and 30 meters long", "en", 20, 30),
    ("ein Boot zwischen 20 und 30 Meter lang", "de", 20, 30),
    ("un bateau entre 20 et 30 mètres", "fr", 20, 30),
    ("лодка длиной между 20 и 30 метрами", "ru", 20, 30),
    ("between 400 and 750 people were on board", "en", 400, 750),
])
def test_between_two_numbers_is_a_range(text, language, low, high):
    assert [v.value for v in extract(text, language) if isinstance(v.value, list)] == [[low, high]]


def test_between_a_number_and_a_date_or_an_hour_is_no_range():
    assert [(v.kind, v.value) for v in extract("between 1 and 5 January", "en")] == [("count", 1), ("date", "01-05")]
    assert ("date", "15:00") in [(v.kind, v.value) for v in extract("between 2 and 3 p.m.", "en")]

