"""Speech whose marks were dropped: a paragraph of words, then a line of a dash and its attribution."""
from __future__ import annotations

import pytest

from storylens.quotes.marks import dialogue_spans
from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang,text,who", [
    ("pl", "Burmistrz mówił długo o budżecie miasta.\nZbudujemy nowy most przed zimą\n— zapowiedziała Anna Nowak "
           "na konferencji.", "Anna Nowak"),
    ("en", "The mayor spoke at length about the city budget.\nWe will build a new bridge before winter\n— said Anna "
           "Berg at the meeting.", "Anna Berg"),
])
def test_a_paragraph_before_a_dash_attribution_line_is_speech(ctx, lang, text, who):
    qs = quotes(ctx, text, people=[[who]], lang=lang)
    assert [(q.kind, q.speaker.text) for q in qs if q.text.startswith(("Zbudujemy", "We will"))] == [("direct", who)]


def test_a_line_before_an_attribution_line_ending_in_a_colon_or_quoted_is_left_alone():
    text = "Plan na zimę:\n— powiedziała Anna.\n„Zbudujemy most”\n— dodała."
    spans = dialogue_spans(text, lambda pos: text.startswith(("powiedziała", "dodała"), pos))
    assert spans == []


def test_an_attribution_line_is_no_speech_of_its_own():
    text = "Zbudujemy nowy most przed zimą\n— zapowiedziała Anna Nowak na konferencji prasowej w ratuszu."
    spans = dialogue_spans(text, lambda pos: text.startswith("zapowiedziała", pos))
    assert [text[s.start:s.end] for s in spans] == ["Zbudujemy nowy most przed zimą"]
