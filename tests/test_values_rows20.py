"""Value rows (issue 12): a date written alike in two articles meets its like, not the yearless date beside it;
a language detected for its neighbour's text reads the neighbour's month and weekday names."""
from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.numdates import weekday_forms
from storylens.values import extract

from compare_helpers import KeywordEmbedder, article, compare_story


def _dates(report) -> dict:
    return {g.value: g for g in report.comparison if g.topic.startswith("date") and not isinstance(g.value, list)}


@pytest.mark.parametrize("a_text,a_lang,b_text,b_lang", [
    ("Los precios se muestran en euros y en levas desde el pasado 8 de agosto y hasta el 8 de agosto de 2026.", "es",
     "Les prix sont affichés en euros et en levs depuis le 8 août dernier et jusqu'au 8 août 2026.", "fr"),
    ("Prices have been shown in euros and leva since 8 August and will be until 8 August 2026.", "en",
     "Die Preise werden seit dem 8. August in Euro und Lewa angezeigt, bis zum 8. August 2026.", "de"),
])
def test_a_full_date_meets_the_same_full_date_not_the_yearless_one_in_its_sentence(a_text, a_lang, b_text, b_lang):
    # each sentence gives "8 August" (last year's, read by the publication day) and "8 August 2026": equally similar
    # sentences, so the full date's best match must be the other full date, or the two never join
    emb = KeywordEmbedder({"euro": 0, "prei": 0, "price": 0, "prix": 0, "precio": 0}, dim=8, noise=0.01)
    r = compare_story([replace(article("a", a_lang, a_text), published="2026-01-02"),
                       replace(article("b", b_lang, b_text), published="2026-01-03")], emb)
    dates = _dates(r)
    assert "2026-08-08" in dates and set(dates["2026-08-08"].articles) == {"a", "b"}


@pytest.mark.parametrize("text,language,value", [
    ("Presuda je izrečena još 26. veljače, upućen je na adresu.", "sr", "02-26"),  # Croatian text read as Serbian
    ("Vojnici su nestali 25. ožujka u močvari.", "sr", "03-25"),
    ("Presuda je izrečena 26. februara u Sarajevu.", "hr", "02-26"),  # Serbian (Latin) text read as Croatian
    ("Presuda je izrečena 26. februara u Sarajevu.", "sr", "02-26"),
])
def test_a_neighbour_languages_month_names_are_read(text, language, value):
    assert [v.value for v in extract(text, language) if v.kind == "date"] == [value]


def test_a_neighbour_languages_weekday_names_are_read():
    stems = {stem for stem, _ in weekday_forms("sr")}
    assert any("srijed".startswith(s) for s in stems) and any("понедељак".startswith(s) for s in stems)


def test_a_row_joined_by_approximation_states_the_approximate_time_as_written_too():
    # "around 3:30" holds 3:27 (rule approximation): the row keeps both as given, so the approximate one is not lost
    emb = KeywordEmbedder({"fire": 0, "incendi": 0, "incêndio": 0}, dim=8, noise=0.01)
    r = compare_story([article("a", "en", "The fire broke out at 3:27 local time in the hotel."),
                       article("b", "it", "L'incendio è scoppiato intorno alle 3:30 nell'albergo."),
                       article("c", "pt", "O incêndio começou por volta das 3h30 no hotel.")], emb)
    rows = [g for g in r.comparison if g.topic.startswith("date") and len(g.articles) == 3]
    assert len(rows) == 1 and rows[0].status == "agreed"
    assert sorted(str(v)[-5:] for v in rows[0].value) == ["03:27", "03:30"]


@pytest.mark.parametrize("text,language,value", [
    ("Los cambios se introdujeron en noviembre de 2024, según la Comisión.", "es", "2024-11"),
    ("A lei entrou em vigor em março de 2024, segundo a Comissão.", "pt", "2024-03"),
    ("Els canvis es van introduir el novembre de 2024.", "ca", "2024-11"),
])
def test_a_month_linked_to_its_year_is_a_date_not_a_bare_year(text, language, value):
    assert [(v.kind, v.value) for v in extract(text, language)] == [("date", value)]
