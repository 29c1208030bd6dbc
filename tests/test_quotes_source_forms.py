"""Source phrases with a possessive ("podľa jej tvrdenia", "Állítása szerint"), and cue verbs added per language."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang,text,words", [
    ("sk", "Starostka Anna Kováčová otvorila nový most. Podľa jej tvrdenia mesto ušetrí na opravách veľa peňazí.",
     "mesto ušetrí"),
    ("cs", "Starostka Anna Kovářová otevřela nový most. Podle jejích slov město ušetří na opravách hodně peněz.",
     "město ušetří"),
    ("pl", "Burmistrz Anna Kowalska otworzyła nowy most. Według jej słów miasto zaoszczędzi dużo na naprawach.",
     "miasto zaoszczędzi"),
    ("hu", "Kovács Anna polgármester átadta az új hidat. Állítása szerint a város sokat spórol a javításokon.",
     "a város sokat"),
])
def test_a_source_phrase_with_a_possessive_gives_the_words_to_the_person_before(ctx, lang, text, words):
    who = text.split(".")[0].split()[1:3] if lang != "hu" else ["Kovács", "Anna"]
    name = " ".join(who)
    qs = quotes(ctx, text, people=[[name]], lang=lang)
    assert [(q.kind, q.speaker.text) for q in qs if words in q.text] == [("indirect", name)]


@pytest.mark.parametrize("lang,text,who", [
    ("fr", "Le maire Paul Martin a salué « une victoire de tous les habitants » après le vote.", "Paul Martin"),
    ("pt", "À chegada ao tribunal para acompanhar os interrogatórios, o advogado Rui Lopes prestou declarações às "
           "televisões sobre o dinheiro apreendido pela polícia: \"Não houve crime.\"", "Rui Lopes"),
    ("pl", "\"Sytuacja jest trudna\" - podaje Jan Kowal.", "Jan Kowal"),
])
def test_cue_verbs_added_to_the_language_data(ctx, lang, text, who):
    qs = quotes(ctx, text, people=[[who]], lang=lang)
    assert [q.speaker.text for q in qs] == [who]

