"""Times of day written with a full stop or an "h", unit words in more languages, and rows stating dates in full."""
from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.compare.dating import Calendar
from storylens.model import Claim
from storylens.values import extract


def kinds(text: str, language: str) -> list[tuple]:
    return [(v.kind, v.value, v.unit) for v in extract(text, language)]


@pytest.mark.parametrize("text,language", [
    ("A las 12.33 horas de este lunes se cortó la luz.", "es"),
    ("Le courant a été coupé à 12h33 lundi.", "fr"),
    ("Um 12.33 Uhr fiel der Strom aus.", "de"),
    ("Свет отключился в 12.33 по местному времени.", "ru"),
    ("The power went out at 12.33pm.", "en"),
])
def test_a_time_of_day_written_with_a_full_stop_or_an_h(text, language):
    times = [v for v in extract(text, language) if v.kind == "date"]
    assert [v.value for v in times] == ["12:33"]


@pytest.mark.parametrize("text,language,expected", [
    ("Prices rose 12.33 percent.", "en", ("percent", 12.33, "percent")),
    ("The index stood at 12.33 points.", "en", ("measure", 12.33, "points")),
    ("El salto fue de 1.20 metros.", "es", ("measure", 1.2, "m")),
    ("Creció un 2.35 %.", "es", ("percent", 2.35, "percent")),
])
def test_a_decimal_number_with_a_unit_is_no_time(text, language, expected):
    assert kinds(text, language) == [expected]


def test_an_english_decimal_without_a_clock_word_is_no_time():
    assert all(v.kind != "date" for v in extract("The ratio was 12.33 in the end.", "en"))


@pytest.mark.parametrize("text,language,expected", [
    ("15 gigavatios en cinco segundos", "es", [("measure", 15, "GW"), ("duration", 5, "second")]),
    ("à 200 mètres de l'impact", "fr", [("measure", 200, "m")]),
    ("in nur fünf Sekunden 15 Gigawatt", "de", [("duration", 5, "second"), ("measure", 15, "GW")]),
    ("un ammanco di 500 milioni di euro", "it", [("money", 500_000_000, "EUR")]),
    ("a 200 metri dalla piazza", "it", [("measure", 200, "m")]),
    ("за п’ять секунд", "uk", [("duration", 5, "second")]),
    ("на 200 метра от мястото", "bg", [("measure", 200, "m")]),
])
def test_units_in_every_language(text, language, expected):
    assert kinds(text, language) == expected


def claim(text: str, language: str, article: str = "a") -> Claim:
    values = tuple(extract(text, language))
    return Claim(f"{article}:c0", article, text, 0, len(text), values, (), "asserted", None, 0)


def stated(calendar: Calendar, text: str, language: str, article: str = "a") -> list[str]:
    c = claim(text, language, article)
    return [calendar.complete(v, c, language).value for v in c.values if v.kind == "date"]


def test_a_yearless_date_takes_the_year_nearest_its_article():
    cal = Calendar.of([], {"a": "2026-01-01"})
    assert stated(cal, "Desde el 8 de agosto pasado los precios se muestran en ambas monedas.", "es") == ["2025-08-08"]
    assert stated(cal, "Between Jan. 1 and June 30, people can exchange lev.", "en") == ["2026-01-01", "2026-06-30"]


def story(*texts: str, language: str = "en") -> list[Claim]:
    return [claim(t, language, f"a{k}") for k, t in enumerate(texts)]


def test_a_yearless_date_without_a_publication_day_takes_the_storys_main_day():
    claims = story("The blackout of 28 April 2025", "On 28 April the grid failed.", "Since April 28 trains stopped.")
    cal = Calendar.of(claims, {})
    assert cal.main is not None and cal.main.isoformat() == "2025-04-28"
    assert stated(cal, "after a March 20 fire shut down Heathrow", "en") == ["2025-03-20"]


def test_without_a_full_date_the_main_day_needs_several_articles_and_a_publication_year():
    assert Calendar.of(story("On 7 November they spoke.", "Talks on 7 November."), {"a0": "2024-11-09"}).main is None
    # the day many write, but nothing gives its year: left without one rather than guessed
    three = story("On 7 November they spoke.", "Talks on 7 November.", "The call of 7 November.")
    assert Calendar.of(three, {}).main is None
    assert Calendar.of(three, {"a0": "2024-11-09"}).main.isoformat() == "2024-11-07"


def test_a_time_takes_the_date_of_its_sentence_or_the_weekday_beside_it():
    cal = Calendar.of(story("the blackout on 28 April 2025"), {})
    assert stated(cal, "El sistema quedó restablecido a las 11:15 del martes.", "es") == ["2025-04-29T11:15"]
    assert stated(cal, "A las 12:33 del lunes desaparecieron 15 gigavatios.", "es") == ["2025-04-28T12:33"]
    assert stated(cal, "The missiles struck at 10:15 on 13 April 2025.", "en") == ["2025-04-13T10:15", "2025-04-13"]
    assert stated(cal, "Power went out at 12:33 p.m.", "en") == ["2025-04-28T12:33"]


def test_without_any_day_a_date_is_left_as_written():
    cal = Calendar.of([], {})
    c = claim("Power went out at 12:33 on 30 June.", "en")
    assert [cal.complete(v, c, "en").value for v in c.values] == ["12:33", "06-30"]
    assert cal.complete(replace(c.values[0], kind="count"), c, "en").value == "12:33"


def test_a_full_date_one_article_alone_writes_is_not_the_main_day():
    # one article recalls an older crash with its full date; the others write the story's day without a year
    claims = story("It was the worst crash since 17 July 2007.", "The plane fell on Friday.", "All died on Friday.")
    assert Calendar.of(claims, {}).main.isoformat() == "2007-07-17"  # without publication days: any full date
    both = story("It was the worst crash since 17 July 2007.", "As on 17 July 2007, all died.", "It fell on Friday.")
    assert Calendar.of(both, {}).main.isoformat() == "2007-07-17"
    # one article's full date near the publication days is the story's day
    near = story("The blackout of 28 April 2025 hit Spain.", "Trains stopped on Monday.", "Power came back.")
    assert Calendar.of(near, {"a1": "2025-04-29", "a2": "2025-04-29"}).main.isoformat() == "2025-04-28"
    assert Calendar.of(claims, {"a1": "2024-08-10"}).main is None


def test_the_main_day_lies_within_two_weeks_of_the_middle_publication_day():
    # three outlets recall an earlier fire on the same full date: it is no day of this story
    claims = story("The fire of 3 March 2024 killed nine.", "Like the fire on 3 March 2024, it spread fast.",
                   "Since 3 March 2024 inspections rose.")
    published = {"a0": "2025-06-10", "a1": "2025-06-11", "a2": "2025-06-12"}
    cal = Calendar.of(claims, published)
    assert cal.main is None and cal.middle is not None and cal.middle.isoformat() == "2025-06-11"
    near = story("The storm of 9 June 2025 flooded the port.", "On 9 June 2025 the port closed.")
    assert Calendar.of(near, published).main.isoformat() == "2025-06-09"


def test_a_yearless_main_day_takes_the_year_nearest_the_publication_days():
    claims = story("Fireworks were sold until December 31.", "On December 31 the shops shut.",
                   "By December 31 the stock was gone.")
    cal = Calendar.of(claims, {"a0": "2026-01-02", "a1": "2026-01-02", "a2": "2026-01-03"})
    assert cal.main is not None and cal.main.isoformat() == "2025-12-31"


def test_a_yearless_date_of_an_article_without_a_publication_day_reads_against_the_middle_one():
    # the story's main day is far from December, but the other articles appeared in January 2026
    cal = Calendar.of(story("The vote of 2 June 2026 was close.", "On 2 June 2026 the vote was held."),
                      {"a0": "2026-01-02", "a1": "2026-01-03", "a2": "2026-01-04"})
    assert cal.main is None
    assert stated(cal, "Prices were shown in both currencies since 8 August.", "en", article="x") == ["2025-08-08"]


@pytest.mark.parametrize("text,language", [
    ("The dam was finished in late October.", "en"),
    ("Der Damm wurde Ende Oktober fertig.", "de"),
    ("Přehrada byla dokončena na konci října.", "cs"),
    ("Плотину достроили в конце октября.", "ru"),
    ("Le barrage a été achevé fin octobre.", "fr"),
    ("Le barrage a été achevé à la mi-octobre.", "fr"),
    ("La presa se terminó a finales de octubre.", "es"),
    ("La diga è stata completata a metà ottobre.", "it"),
    ("A barragem foi concluída em meados de outubro.", "pt"),
    ("Tamę ukończono pod koniec października.", "pl"),
    ("Язовирът беше завършен в края на октомври.", "bg"),
])
def test_a_vague_part_of_a_month_is_a_date_to_the_month(text, language):
    import datetime as dt

    from storylens.compare.dating import Calendar
    from storylens.model import Claim
    values = tuple(extract(text, language))
    assert [(v.kind, v.value) for v in values] == [("date", "10")]
    claim = Claim("a:c0", "a", text, 0, len(text), values)
    # the year nearest the article's publication: October before a January article is last year's
    assert Calendar(None, {"a": dt.date(2025, 1, 10)}).complete(values[0], claim, language).value == "2024-10"


def test_a_vague_part_of_a_month_keeps_its_written_year():
    assert [v.value for v in extract("Der Damm wurde Ende Oktober 2023 fertig.", "de")] == ["2023-10"]
    assert [v.value for v in extract("The dam was finished in mid-October 2023.", "en")] == ["2023-10"]
