"""Phonetic keys of names with jellyfish (Metaphone), for names written by sound in another script.

Russian and Bulgarian outlets render a French name by how it sounds (Barrot =
Барро, Hollande = Олланд), not by its letters, so a romanised skeleton of the
Cyrillic side can miss the Latin spelling. Both sides are compared through
readings: the Latin name as the languages' ``[sounds]`` data says it is
spoken (silent endings dropped, digraphs simplified), and a Metaphone key of
each reading to block the comparison.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from .translit import skeleton

# Metaphone letters that romanisations add or drop freely (the y of "yu", a silent h, w for v).
_LOOSE = str.maketrans("", "", "YWH")


@lru_cache(maxsize=65536)
def readings(word: str) -> frozenset[str]:
    """Skeletons of a Latin-script word as written and as each language's sound rules read it.

    "Barrot" -> {"barot", "baro"}; "Hollande" -> {"holande", "oland"}. The rules
    (``[sounds] rules`` in a language's entities.toml) rewrite the lower-case
    spelling; the result is folded like every other name (``skeleton``).
    """
    out = {skeleton(word)}
    plain = word.lower()
    for code in lang.available():
        rules = lang.data(code, "entities").get("sounds", {}).get("rules", ())
        if rules:
            w = plain
            for pattern, repl in rules:
                w = re.sub(pattern, repl, w)
            out.add(skeleton(w))
    return frozenset(x for x in out if x)


@lru_cache(maxsize=65536)
def own_reading(text: str, code: str | None) -> str | None:
    """The skeleton of a Latin-script name as its own language's sound rules read each word ("Downing Street" in
    English: "dauning strit", as Greek writes it, Ντάουνινγκ Στριτ), or None when the language has no rules or they
    change nothing."""
    rules = lang.data(code, "entities").get("sounds", {}).get("rules", ()) if code else ()
    if not rules:
        return None
    out = []
    for word in text.lower().split():
        for pattern, repl in rules:
            word = re.sub(pattern, repl, word)
        out.append(word)
    heard = skeleton(" ".join(out))
    return heard if heard and heard != skeleton(text) else None


@lru_cache(maxsize=65536)
def key(reading: str) -> str:
    """The Metaphone key of a reading, without the letters romanisations disagree on."""
    import jellyfish

    return jellyfish.metaphone(reading).translate(_LOOSE)


def distance(a: str, b: str) -> int:
    """Edits (insertions, deletions, substitutions) between two readings or skeletons (rapidfuzz, which quote
    linking already uses for the same measure)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)
