"""Values of one thing given as different kinds or readings: a year and a date in it, "a day when", times of two
days, shares of a supply lost or restored."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.predicates import predicate

TOPICS = {"union": 0, "unión": 0, "союз": 0, "strike": 1, "frappe": 1, "ataque": 1, "grid": 2, "red": 2, "netz": 2}


def _run(*articles):
    return compare_story(articles, KeywordEmbedder(TOPICS, 16))


def test_a_year_and_a_full_date_in_it_are_one_date_given_less_precisely():
    r = _run(_article("ru", "ru", "Страна является членом Союза с 2007 года."),
             _article("es", "es", "El país es miembro de la Unión desde el 1 de enero de 2007."))
    rows = [g for g in r.comparison if g.value == "2007-01-01"]
    assert len(rows) == 1 and rows[0].status == "agreed" and set(rows[0].articles) == {"ru", "es"}
    r = _run(_article("ru", "ru", "Страна является членом Союза с 2008 года."),
             _article("es", "es", "El país es miembro de la Unión desde el 1 de enero de 2007."))
    assert not [g for g in r.comparison if len(g.articles) > 1 and g.value is not None]


def test_a_day_written_with_the_article_is_no_figure_to_conflict_over():
    r = _run(_article("fr", "fr", "La frappe a eu lieu un jour de fête."),
             _article("es", "es", "El ataque ocurrió en una semana de fiesta."))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    r = _run(_article("fr", "fr", "La frappe a duré 2 jours."),
             _article("es", "es", "El ataque duró 3 días."))
    assert [g.status for g in r.comparison if isinstance(g.value, list)] == ["conflicting"]


def test_times_of_day_on_different_days_are_two_events():
    day = ("The report came out on 28 April 2025.", "Der Bericht erschien am 28. April 2025.")
    r = _run(_article("en", "en", "The grid failed at 12:32 on Monday.", day[0]),
             _article("de", "de", "Das Netz fiel am Dienstag um 12:38 Uhr aus.", day[1]))
    assert not [g for g in r.comparison if g.status == "conflicting" and ":" in str(g.value)]
    r = _run(_article("en", "en", "The grid failed at 12:32 on Monday.", day[0]),
             _article("de", "de", "Das Netz fiel am Montag um 12:38 Uhr aus.", day[1]))
    assert [g.value for g in r.comparison if g.status == "conflicting"] == [["2025-04-28T12:32", "2025-04-28T12:38"]]


def test_a_share_of_a_supply_restored_and_one_lost_are_two_things():
    text = "More than 60% of the grid's supply had been restored by the evening."
    at = text.index("60%")
    assert predicate(text, at, at + 3, "en", None, True) == "share_restored"
    assert predicate(text, at, at + 3, "en") is None  # a count never takes a share's class
    es = "La red perdió de golpe el 60% de la demanda."
    at = es.index("60%")
    assert predicate(es, at, at + 3, "es", None, True) == "share_lost"
    r = _run(_article("en", "en", "The grid lost 60% of its supply in five seconds."),
             _article("es", "es", "La red había recuperado el 60% del suministro por la noche."),
             _article("de", "de", "Das Netz verlor 60 Prozent seiner Versorgung in fünf Sekunden."))
    sixty = [g for g in r.comparison if g.value == 60 or g.value == 0.6]
    assert any(set(g.articles) == {"en", "de"} for g in sixty)
    assert not any("es" in g.articles and len(g.articles) > 1 for g in sixty)
