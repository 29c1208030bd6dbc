"""A title chain names its holder: the person named at once after a role is the speaker, in a coordinated clause
("Prime Minister X described …, and said") and after a body's initials in brackets ("the leader of the United
National Movement (UNM) Tina Bokuchava") (sentences written for these tests: en, de, es, it, pl, ru)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang, text, person", [
    ("de", "Ministerpräsident Hans Weber beschrieb am Sonntag den Sieg als „beeindruckend“ und sagte: „Jeder Versuch "
           "ist zum Scheitern verurteilt.“", "Hans Weber"),
    ("es", "El primer ministro Jorge Ruiz calificó el domingo la victoria de «impresionante» y dijo: «Cualquier "
           "intento está condenado al fracaso».", "Jorge Ruiz"),
    ("it", "Il premier Marco Bianchi ha definito la vittoria «netta» e ha detto: «Ogni tentativo è destinato a "
           "fallire».", "Marco Bianchi"),
    ("pl", "Premier Jan Nowak opisał w niedzielę zwycięstwo jako „imponujące” i powiedział: „Każda próba jest "
           "skazana na porażkę”.", "Jan Nowak"),
])
def test_a_coordinated_verb_shares_the_title_holder_not_the_bare_title(ctx, lang, text, person):
    qs = quotes(ctx, text, people=[[person]], lang=lang)
    direct = [q for q in qs if q.kind == "direct"]
    assert direct and all((q.speaker.text, q.speaker.entity) == (person, "per0") for q in direct)


@pytest.mark.parametrize("lang, text, person, body", [
    ("en", "“We cannot accept the rigged results,” said the leader of the United National Movement (UNM) Tina "
           "Bokuchava at the election night.", "Tina Bokuchava", ["United National Movement", "UNM"]),
    ("ru", "«Мы не признаём итоги», — заявила лидер Единого национального движения (ЕНД) Тина Бокучава на вечере.",
     "Тина Бокучава", ["Единого национального движения", "ЕНД"]),
    ("de", "„Wir erkennen die Ergebnisse nicht an“, sagte die Vorsitzende der Vereinten Nationalen Bewegung (UNM) "
           "Tina Bokutschawa am Abend.", "Tina Bokutschawa", ["Vereinten Nationalen Bewegung", "UNM"]),
])
def test_a_bodys_initials_in_brackets_do_not_end_the_title_chain(ctx, lang, text, person, body):
    qs = quotes(ctx, text, people=[[person]], orgs=[body], lang=lang)
    assert [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [(person, "per0")]
