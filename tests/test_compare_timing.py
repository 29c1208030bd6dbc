"""Times of day: written with a marker in many languages, keyed by the event they are written for (rule ``event``),
compared across articles however unlike their sentences are, approximate ones held by their rounding step."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.timing import event, one_event
from storylens.valuecompare import same
from storylens.values import extract


def _times(text: str, language: str) -> list[str]:
    return [str(v.value) for v in extract(text, language) if v.kind == "date"]


@pytest.mark.parametrize("language, text, time", [
    ("en", "The result came at 18.05 local time.", "18:05"),
    ("de", "Der Rauch stieg gegen 18.08 Uhr auf.", "18:08"),
    ("fr", "La fumée est apparue à 18h08, heure locale.", "18:08"),
    ("it", "Il fumo è apparso alle 18.07 di sera.", "18:07"),
    ("it", "Il fumo è apparso alle 18,08 ore locali.", "18:08"),
    ("es", "El humo salió a las 18.08 horas.", "18:08"),
    ("pl", "Dym pojawił się o godz. 18,08 w czwartek.", "18:08"),
    ("ru", "Дым появился в 18.08 по местному времени.", "18:08"),
    ("cs", "Kouř se objevil v 18.08 hodin.", "18:08"),
    ("el", "Ο καπνός εμφανίστηκε στις 18.08 το απόγευμα.", "18:08"),
    ("tr", "Duman saat 18.08'de yükseldi.", "18:08"),
])
def test_a_time_marker_makes_a_dotted_or_comma_number_a_time_of_day(language, text, time):
    assert _times(text, language) == [time]  # never 18 August, never the number 18.08


@pytest.mark.parametrize("language, text", [
    ("ru", "Цены выросли в 2,15 раза."),      # a factor after the cue "в"
    ("de", "Die Suche dauerte 2,15 Stunden."),  # a duration in hours
    ("en", "The index rose to 18.08 points."),  # a decimal number
])
def test_a_decimal_number_stays_a_number(language, text):
    assert _times(text, language) == []


@pytest.mark.parametrize("language, text, cls", [
    ("en", "The bridge collapsed at 3:08 in the night.", "collapse"),
    ("de", "Um 2.50 Uhr fuhr die letzte Bahn, um 3.08 Uhr stürzte sie ein.", "collapse"),
    ("fr", "L'incendie s'est déclaré vers 3h30 dans le restaurant.", "fire"),
    ("it", "L'incendio è scoppiato intorno alle 3:30 del mattino.", "fire"),
    ("es", "El apagón empezó a las 12.33 horas del lunes.", "outage"),
    ("pl", "Atak nastąpił o godz. 19.04 na jarmarku.", "attack"),
    ("ru", "Взрыв прогремел в 10:15 по местному времени.", "explosion"),
    ("cs", "Požár byl nahlášen ve 3:27 místního času.", "fire"),
    ("el", "Η έκρηξη σημειώθηκε στις 10:15 το πρωί.", "explosion"),
    ("tr", "Yangın saat 03.30 sıralarında çıktı.", "fire"),
    ("pt", "A aeronave decolou de Cascavel às 11h46.", "departure"),
    ("sv", "Klockan 12.33 kom larm om en skottlossning.", "alarm"),
])
def test_a_time_takes_the_event_of_its_clause(language, text, cls):
    v = [v for v in extract(text, language) if v.kind == "date"][-1]
    assert event(text, v.start, v.end, language) == cls


def test_the_event_of_a_time_is_read_in_its_own_clause_only():
    text = "The tram crossed the bridge at 2:50 and the bridge collapsed at 3:08."
    first = next(v for v in extract(text, "en") if v.value == "02:50")
    assert event(text, first.start, first.end, "en") is None  # "collapsed" belongs to the time after "and"


def test_a_generic_event_word_stands_for_the_main_event_only():
    assert one_event("event", "fire") and one_event("collapse", "collapse")
    assert not one_event("event", "departure") and not one_event("fire", "collapse")


def test_an_approximate_time_holds_the_times_within_half_its_rounding_step():
    around = lambda t, lang: next(v for v in extract(t, lang) if v.kind == "date")  # noqa: E731
    assert same(around("around 3:30 in the morning", "en"), around("la ora locală 03:27", "ro"))
    assert same(around("gegen 3 Uhr", "de"), around("um 3.08 Uhr", "de"))
    # "around 10:15" and "around 10.30am" are two different times of one strike
    assert not same(around("around 10:15 am", "en"), around("around 10.30am", "en"))


TOPICS = {"bridge": 0, "brücke": 0, "ponte": 0, "tram": 1, "bahn": 1, "mayor": 2, "bürgermeister": 2, "sindaco": 2}


def _run(*articles):
    return compare_story(articles, KeywordEmbedder(TOPICS, 16))


def _time_rows(report):
    return [g for g in report.comparison if ":" in str(g.value)]


def test_times_of_one_event_conflict_across_languages_in_unlike_sentences():
    r = _run(_article("de", "de", "Der Bürgermeister sprach von Glück, denn um 3.08 Uhr stürzte die Brücke ein."),
             _article("it", "it", "Il ponte è crollato alle 3:15, quando non passava nessun tram."))
    rows = [g for g in _time_rows(r) if g.status == "conflicting"]
    assert len(rows) == 1 and set(rows[0].articles) == {"de", "it"}
    assert "event: collapse" in rows[0].note


def test_times_of_two_events_stay_apart():
    r = _run(_article("de", "de", "Der Bürgermeister sprach von Glück, denn um 2.50 Uhr fuhr die letzte Bahn."),
             _article("it", "it", "Il ponte è crollato alle 3:08, quando non passava nessun tram."))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_an_article_giving_one_event_two_times_conflicts_with_no_one():
    r = _run(_article("de", "de", "Um 3.08 Uhr stürzte die Brücke ein.", "Andere sagen, um 3.20 Uhr stürzte sie ein."),
             _article("it", "it", "Il ponte è crollato alle 3:15, quando non passava nessun tram."))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_a_full_stop_before_a_capital_ends_the_clause_of_a_time():
    text = "İlk müdahale saat 04.15'te yapıldı. Yangında kusuru olan kim varsa cezalandırılacak."
    v = next(v for v in extract(text, "tr") if v.kind == "date")
    assert event(text, v.start, v.end, "tr") is None  # the fire is named in the next sentence, not for 04.15


def test_a_conflict_inside_a_row_joined_by_an_approximation_is_still_a_conflict():
    # "gegen 3 Uhr" holds 2:40 and 3:20 alike, so the three join in one row; 2:40 and 3:20 still conflict
    r = _run(_article("de", "de", "Gegen 3 Uhr stürzte die Brücke ein."),
             _article("it", "it", "Il ponte è crollato alle 2:40, quando non passava nessun tram."),
             _article("en", "en", "The bridge collapsed at 3:20 in the night."))
    rows = [g for g in _time_rows(r) if {"it", "en"} <= set(g.articles)]
    assert len(rows) == 1 and rows[0].status == "conflicting"


def test_times_of_one_event_hours_apart_are_two_moments():
    r = _run(_article("de", "de", "Um 3.08 Uhr stürzte die Brücke ein."),
             _article("it", "it", "Il ponte è crollato alle 9:30, quando non passava nessun tram."))
    assert not [g for g in _time_rows(r) if g.status == "conflicting"]


GATHERING = {"versamml": 0, "gathering": 0, "okuplj": 0, "feuer": 0, "fire": 0, "square": (1, 0.6)}


def test_times_no_sentence_writes_an_event_for_never_conflict():
    # rule ``no event``: matching sentences, neither naming what happened at its time
    r = compare_story((_article("de", "de", "Die Versammlung beginnt um 11.30 Uhr."),
                       _article("en", "en", "The gathering on the square begins at 12:15.")), KeywordEmbedder(GATHERING, 8))
    assert not [g for g in _time_rows(r) if g.status == "conflicting"]
    r = compare_story((_article("sr", "sr", "Okupljanje počinje u 11:30."),
                       _article("en", "en", "The gathering on the square begins at 12:15.")), KeywordEmbedder(GATHERING, 8))
    assert not [g for g in _time_rows(r) if g.status == "conflicting"]
    # the same sentences naming an event still conflict
    r = compare_story((_article("de", "de", "Das Feuer brach um 11.30 Uhr aus."),
                       _article("en", "en", "The fire on the square broke out at 12:15.")), KeywordEmbedder(GATHERING, 8))
    assert [g.status for g in _time_rows(r)] == ["conflicting"]
