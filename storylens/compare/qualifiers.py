"""What a count is a count of within the story: a nationality or a place that makes it a sub-count ("22 Swiss").

"115 injured" is the story's total; "22 Swiss", "14 Italiani", "3 Polaków" among
them, or "62 victims in Paiporta" against a region's toll, are sub-counts of it,
each keyed by its qualifier (rule ``qualifier``). A sub-count never meets the total
or another qualifier's sub-count, and the same qualifier's sub-counts given
differently by two outlets (22 / 20 Swiss) conflict. Two kinds of qualifier:

- ``nationality``: the counted word is a nationality ("Swiss", "İsviçreli",
  "elvețieni", "Ελβετοί"), found by the gazetteer's demonyms, or a capitalised word
  in a language that writes common nouns in lower case. It keys counts only when the
  story counts by at least two nationalities (a breakdown): "four US soldiers" in a
  story that counts no one else's soldiers is the story's subject, not a part.
- ``place``: a place the entities stage found written right beside the count in its
  clause ("62 victims in Paiporta", "in Paiporta alone 62"), unless the story's own
  place (named in at least half of its articles: "40 dead in Crans-Montana").
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .. import lang
from ..adapters import cldr
from .predicates import word_class

NOUN_CAPITALS = frozenset({"de", "lb"})  # languages that capitalise every noun: a capital there is no proper word
WORDS_AFTER = 2     # content words after a number read as its counted word
PLACE_AFTER = 24    # characters between a count and a place after it ("victims in Paiporta")
PLACE_BEFORE = 16   # characters between a place and a count after it ("In Paiporta alone 62")
OWN_PLACE = 0.5     # a place named in this share of the story's articles is the story's own
MIN_STEM = 5        # an unresolved nationality word is told apart from another by this many letters
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CLAUSE = re.compile(r"[,;:()\[\]!?]|\.\s|\s[-–—]\s")
UNRESOLVED = "*"    # a qualifier whose country is not known: it meets any other nationality


@lru_cache(maxsize=None)
def _skip(language: str | None) -> frozenset[str]:
    data = lang.data(language, "numbers") if language else {}
    return frozenset(lang.fold(w.lower()) for w in (*data.get("not_counted", []), *data.get("count_skip", [])))


def counted_words(text: str, end: int, language: str | None) -> list[tuple[str, str | None]]:
    """The words after a number in its clause that may be what it counts, as written (case kept), each with the
    word after it (None: a function word, a predicate or the clause's end follows)."""
    clause = _CLAUSE.split(text[end:])[0]
    skip = _skip(language)
    words = _WORD.findall(clause)
    out = []
    for k, w in enumerate(words):
        if len(w) < 3 or lang.fold(w.lower()) in skip:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and (lang.fold(nxt.lower()) in skip or word_class(nxt, language) is not None):
            nxt = None
        out.append((w, nxt))
        if len(out) == WORDS_AFTER:
            break
    return out


def nationality(text: str, end: int, language: str | None, gaz) -> tuple[str, str] | None:
    """(identity, the country it makes a breakdown with: "" none) of the nationality a count at ``text[..end]``
    counts, or None: the country's key when the gazetteer knows the word ("Italians", "italianos", "İsviçreli"),
    else ``UNRESOLVED`` and the word's stem for a capitalised word in a language writing common nouns in lower case
    ("Swiss"). The nationality must be what is counted, not a word describing it: it ends the phrase ("22 Swiss
    were injured", "14 Italiani e"), or follows the counted noun where adjectives follow it ("22 turistas suizos");
    "two Russian missiles" and "four US soldiers" count missiles and soldiers."""
    lower = cldr.lower_case_names(language)
    for k, (w, nxt) in enumerate(counted_words(text, end, language)):
        if k == 1 and not lower:
            break
        if nxt is not None and k == 0:
            continue  # a word describing the counted noun after it
        # a language writing "English" with a capital writes "Italians" so: "children" is no word of Chile
        place = gaz.demonym_of(w) if gaz is not None and (w[:1].isupper() or lower) else None
        if place is not None and place.kind == "territory" and not place.key[5:].isdigit():
            return place.key, place.key  # a country, not a continent ("Ameerika" is no nationality: terr:019)
        if k == 0 and w[:1].isupper() and not w.isupper() and language not in NOUN_CAPITALS:
            stem = lang.fold(w.lower())[:MIN_STEM]
            return UNRESOLVED + stem, ""  # a word of unknown country does not make a breakdown
    return None


def place(text: str, start: int, end: int, spans: list[tuple[int, int, str]], places: frozenset[str]
          ) -> str | None:
    """The place entity written right beside a count in its clause (``spans``: the sentence's entity mentions,
    offsets in ``text``), nearest first, or None."""
    found = []
    for s, e, eid in spans:
        if eid not in places:
            continue
        if s >= end and s - end <= PLACE_AFTER and not _CLAUSE.search(text[end:s]):
            found.append((s - end, eid))
        elif e <= start and start - e <= PLACE_BEFORE and not _CLAUSE.search(text[e:start]):
            found.append((start - e, eid))
    return min(found)[1] if found else None


def own_places(spans: dict[str, list[tuple[int, int, str]]], articles: set[str], places: frozenset[str]
               ) -> frozenset[str]:
    """The story's own places: named in at least ``OWN_PLACE`` of its articles."""
    seen = Counter(eid for a in articles for eid in {eid for _, _, eid in spans.get(a, ()) if eid in places})
    return frozenset(eid for eid, n in seen.items() if n >= OWN_PLACE * max(1, len(articles)))


def differ(a: str | None, b: str | None) -> bool:
    """Two qualifiers name different groups: both known and different, an unresolved word ("*swiss") only told apart
    from another unresolved word of its own script ("*swiss" / "*dutch"; "*ελβετ" may be either)."""
    if a is None or b is None or a == b:
        return False
    ua, ub = a.startswith(UNRESOLVED), b.startswith(UNRESOLVED)
    if ua and ub:
        return _script(a[1:2]) == _script(b[1:2])
    return not (ua or ub)


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split()[0] if ch else ""
