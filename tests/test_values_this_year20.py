"""Rule ``this year``: a day without its year followed by "this year" is of the year its article is published in,
not the one nearest its publication day (8 August read on 1 January 2026 is nearer in 2025)."""
import datetime as dt

import pytest

from storylens.compare.dating import Calendar
from storylens.model import Claim
from storylens.values import extract


@pytest.mark.parametrize("text, language", [
    ("Цените трябва да са в двете валути до 8 август тази година.", "bg"),
    ("Die Preise müssen bis zum 8. August dieses Jahres in beiden Währungen stehen.", "de"),
    ("Les prix seront affichés dans les deux monnaies jusqu'au 8 août de cette année.", "fr"),
    ("Prices must be shown in both currencies until August 8 this year.", "en"),
    ("Цены будут указаны в двух валютах до 8 августа этого года.", "ru"),
])
def test_this_year_is_the_publication_year(text, language):
    (date,) = [v for v in extract(text, language) if v.kind == "date"]
    assert date.value == "08-08"
    claim = Claim("c1", "a1", text, 0, len(text), (date,))
    calendar = Calendar(None, {"a1": dt.date(2026, 1, 1)})
    assert calendar.complete(date, claim, language).value == "2026-08-08"


def test_a_day_alone_keeps_the_nearest_year():
    text = "Цените трябва да са в двете валути до 8 август."
    (date,) = [v for v in extract(text, "bg") if v.kind == "date"]
    claim = Claim("c1", "a1", text, 0, len(text), (date,))
    assert Calendar(None, {"a1": dt.date(2026, 1, 1)}).complete(date, claim, "bg").value == "2025-08-08"


def test_this_year_without_a_publication_day_is_the_story_year():
    text = "Die Preise müssen bis zum 8. August dieses Jahres in beiden Währungen stehen."
    (date,) = [v for v in extract(text, "de") if v.kind == "date"]
    claim = Claim("c1", "a2", text, 0, len(text), (date,))
    calendar = Calendar(dt.date(2026, 1, 1), {"a1": dt.date(2026, 1, 1)}, middle=dt.date(2026, 1, 1))
    assert calendar.complete(date, claim, "de").value == "2026-08-08"


@pytest.mark.parametrize("this_text, this_lang", [
    ("Цените на продуктите в евро и в лева ще бъдат до 8 август тази година.", "bg"),
    ("Die Preise in Euro und Lewa gelten bis zum 8. August dieses Jahres.", "de"),
    ("Les prix en euros et en levs sont affichés jusqu'au 8 août de cette année.", "fr"),
])
def test_this_year_day_does_not_join_last_years_yearless_day(this_text, this_lang):
    # published on 1 January 2026: "8 August this year" is 2026-08-08, "el pasado 8 de agosto" 2025-08-08
    from dataclasses import replace

    from compare_helpers import KeywordEmbedder, article, compare_story

    emb = KeywordEmbedder({"euro": 0, "prei": 0, "price": 0, "prix": 0, "precio": 0, "цен": 0}, dim=8, noise=0.01)
    other = "Los precios en euros y en levas se muestran desde el pasado 8 de agosto."
    r = compare_story([replace(article("a", this_lang, this_text), published="2026-01-01"),
                       replace(article("b", "es", other), published="2026-01-02"),
                       replace(article("c", "es", "Todos " + other[4:]), published="2026-01-02")], emb)
    rows = [g for g in r.comparison if g.topic.startswith("date")]
    assert any(set(g.articles) == {"b", "c"} for g in rows)
    assert not any({"a", "b"} <= set(g.articles) for g in rows)
