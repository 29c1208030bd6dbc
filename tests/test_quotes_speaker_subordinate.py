"""A speech verb inside a subordinate clause takes its subject there, not a person of the main clause before it
(sentences written for these tests: en, de, fr, ru, es)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang, text, people, speaker", [
    ("en", "Prime Minister Anna Berg cancelled the meeting with her counterpart, Peter Lund, after his office said the "
           "two sides had agreed not to discuss the dispute.", [["Anna Berg"], ["Peter Lund"]], "his office"),
    ("de", "Anna Berg verließ die Gespräche, nachdem das Ministerium erklärt hatte, der Vertrag sei gescheitert.",
     [["Anna Berg"]], "Ministerium"),
    ("fr", "Anna Berg a quitté les négociations après que le ministère a déclaré que l'accord était rompu.",
     [["Anna Berg"]], "le ministère"),
    ("ru", "Анна Берг покинула переговоры после того как министерство заявило, что сделка сорвана.",
     [["Анна Берг"]], "министерство"),
    ("es", "Anna Berg abandonó las negociaciones después de que el ministerio dijera que el acuerdo estaba roto.",
     [["Anna Berg"]], "el ministerio"),
])
def test_the_subject_of_a_verb_in_a_subordinate_clause_is_found_there(ctx, lang, text, people, speaker):
    qs = quotes(ctx, text, people=people, lang=lang)
    assert [q.speaker.text for q in qs if q.kind == "indirect"] == [speaker]


def test_a_person_in_the_subordinate_clause_still_speaks(ctx):
    qs = quotes(ctx, "Anna Berg left the talks when Peter Lund said the deal was off.",
                people=[["Anna Berg"], ["Peter Lund"]])
    assert [(q.speaker.text, q.speaker.entity) for q in qs] == [("Peter Lund", "per1")]
