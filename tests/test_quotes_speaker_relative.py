"""A relative pronoun after a name and a comma ("the singer Tom Vale, who joked …") makes that person the subject of
the speech verb it opens, not the first person of a long sentence; and a speech verb may stand before a short phrase a
preposition opens and the comma introducing a quotation ("who joked of the new hall, “…”") (sentences written for
these tests: en, fr, it, es)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang, text, first, speaker", [
    ("en", "The gala drew many guests, among them the painter Rosa Lind and the singer Tom Vale, who joked of the new "
           "hall, “I have not seen the stage yet, but I will.”", "Rosa Lind", "Tom Vale"),
    ("en", "The painter Rosa Lind met the singer Tom Vale, who said: “I have not seen the stage yet, but I will.”",
     "Rosa Lind", "Tom Vale"),
    ("fr", "La peintre Rosa Lind a rencontré le chanteur Tom Vale, qui a déclaré : « Je n'ai pas encore vu la scène, "
           "mais je la verrai. »", "Rosa Lind", "Tom Vale"),
    ("it", "La pittrice Rosa Lind ha incontrato il cantante Tom Vale, che ha detto: «Non ho ancora visto il palco, ma "
           "lo vedrò».", "Rosa Lind", "Tom Vale"),
    ("es", "La pintora Rosa Lind se reunió con el cantante Tom Vale, quien dijo: «Todavía no he visto el escenario, "
           "pero lo veré».", "Rosa Lind", "Tom Vale"),
])
def test_a_relative_pronoun_s_verb_is_said_by_the_name_before_its_comma(ctx, lang, text, first, speaker):
    qs = [q for q in quotes(ctx, text, people=[[first], [speaker]], lang=lang) if q.kind == "direct"]
    assert [q.speaker.text for q in qs] == [speaker]
