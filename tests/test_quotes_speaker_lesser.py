"""A word making a role another, lower office ("Vice President X", "il vice presidente X", "die stellvertretende
Ministerin X") introduces no holder of the bare role: "the president said" later points to the president, not to
the vice president named last (sentences written for these tests: en, it, de, fr)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang, text, boss, other", [
    ("en", "President Anna Holm opened the new bridge on Friday. She was joined by Vice President Karl Weber and "
           "other guests.\n“This bridge joins two towns,” the president said.", "Anna Holm", "Karl Weber"),
    ("en", "Director Paula Grant presented the plan on Monday. Deputy Director Omar Lind answered questions from the "
           "press.\n“We will start in spring,” the director said.", "Paula Grant", "Omar Lind"),
    ("it", "Il presidente Marco Rossi ha aperto il ponte venerdì. Era presente anche il vice presidente Luca Bianchi."
           "\n«Questo ponte unisce due città», ha detto il presidente.", "Marco Rossi", "Luca Bianchi"),
    ("de", "Die Ministerin Anna Schmidt eröffnete am Freitag die Brücke. Auch die stellvertretende Ministerin Julia "
           "Weber war dort.\n„Diese Brücke verbindet zwei Städte“, sagte die Ministerin.", "Anna Schmidt", "Julia Weber"),
])
def test_the_bare_role_points_past_the_holder_of_a_lesser_office(ctx, lang, text, boss, other):
    qs = [q for q in quotes(ctx, text, people=[[boss], [other]], lang=lang) if q.kind == "direct"]
    assert [q.speaker.text for q in qs] == [boss]


def test_the_lesser_office_is_still_its_holder_s_own_role(ctx):
    # (the vice president stays "the vice president": only the bare "president" no longer points to him)
    text = ("Vice President Karl Weber visited the port on Friday.\n“The harbour needs new cranes,” the vice "
            "president said.")
    qs = [q for q in quotes(ctx, text, people=[["Karl Weber"]]) if q.kind == "direct"]
    assert [q.speaker.text for q in qs] == ["Karl Weber"]
