"""Whose share a percentage is: the person named next to it, and whether it is an estimate (a poll) or a result.

"Nawrocki won 50.89%, Trzaskowski 49.11%" gives two shares of one vote, one per
candidate: they are two values, never one value given two ways, so a share is
keyed by its holder (rule ``holder``), the person named nearest before it in its
sentence ("Nawrocki: 50.89%", "Trzaskowski (49.11%)", "Trzaskowski lag mit 50,3
Prozent vor Nawrocki") or right after it ("50.3% for Trzaskowski"). A share an
exit poll or a projection gives is an estimate, not the count's result (rule
``estimate``): the sentence names a poll (``estimate`` among a language's
``[predicates]`` in ``lang/<code>/numbers.toml``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import lang
from ..model import Claim, Value

BEFORE = 90   # characters before a share searched for its holder
AFTER = 8     # characters between a share and a holder named right after it ("50.3% for X": the unit and a word)
_STOP = re.compile(r"[;!?]|\.\s")  # a holder is never read across a sentence's parts
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_UNIT_AFTER = re.compile(r"\s*(%|[^\W\d_]+\.?)?\s*", re.UNICODE)


@lru_cache(maxsize=None)
def _estimate_words(language: str | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact words, stems) that name an estimate (a poll, a projection) in one language."""
    forms = lang.data(language, "numbers").get("predicates", {}).get("estimate", []) if language else []
    folded = [lang.fold(f.lower()) for f in forms]
    return frozenset(f for f in folded if not f.endswith("-")), tuple(f[:-1] for f in folded if f.endswith("-"))


def estimate(text: str, language: str | None) -> bool | None:
    """Does the sentence give its figures as an estimate (an exit poll, a projection, a survey)? None when the
    language has no words for one."""
    exact, stems = _estimate_words(language)
    if not exact and not stems:
        return None
    low = lang.fold(text.lower())
    words = _WORD.findall(low)
    return any(w in exact or w.startswith(stems) for w in words) or any(not e.isalpha() and e in low for e in exact)


def holder(claim: Claim, v: Value, spans: list[tuple[int, int, str]], people: frozenset[str]) -> str | None:
    """The person a share ``v`` of the sentence ``claim`` belongs to: the nearest named before it in its part of the
    sentence, else one named right after it; None when no person is named there. ``spans`` are the article's
    entity mentions (start, end, entity id) in text order."""
    if v.start is None or v.end is None or not people:
        return None
    lo = max(claim.start, v.start - BEFORE)
    cut = [m.end() for m in _STOP.finditer(claim.text[lo - claim.start:v.start - claim.start])]
    lo = lo + cut[-1] if cut else lo
    near = spans[bisect_left(spans, (lo,)):bisect_left(spans, (v.end + BEFORE,))]
    before = [(s, e, eid) for s, e, eid in near if e <= v.start and eid in people]
    if before:
        return max(before, key=lambda m: m[1])[2]
    gap = _UNIT_AFTER.match(claim.text, v.end - claim.start)
    reach = v.end + (gap.end() - (v.end - claim.start) if gap else 0) + AFTER
    after = [(s, e, eid) for s, e, eid in near if v.end <= s <= reach and eid in people]
    return min(after)[2] if after else None
