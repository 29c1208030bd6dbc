"""What a value mention is keyed by besides its dimension, and when two keys say two different things.

A count's key is its predicate ("two killed" / "two injured") and qualifier ("22 Swiss" among the injured), a
share's its holder, whether it is an estimate, what happened to it and its time, a time of day's its event
(``timing``). ``differ`` tells keys of two things apart; ``readable_key`` shows a key as a row's evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import lang
from ..model import Claim, Value
from . import qualifiers
from .holders import estimate, holder
from .predicates import names, of_term, of_value, predicate
from .timing import KEY as EVENT, one_event, time_key
from .valuereads import WORDS, year_of

if TYPE_CHECKING:
    from .align import StoryComparison

_CLAUSE = re.compile(r"[,;:()\[\]]|\s[-–—]\s|\.\s")  # a year qualifies a share in its own clause only


@dataclass(slots=True)
class Mention:
    claim: int      # index into the story's claims
    value: Value
    article: str


@dataclass(slots=True)
class ValueRow:
    mentions: list[Mention]
    conflicting: bool
    rules: tuple[str, ...]  # names of the compatibility rules that joined different values into this row
    keys: tuple[str, ...] = ()  # what its mentions are keyed by ("predicate: dead", "holder: <entity id>", "estimate")
    joined: bool = False  # rule ``one thing`` (``samerow``) joined rows of differently worded figures into it


SHARE = "share"  # the key of a percentage: its holder (an entity id, "" unknown) and whether it is an estimate
QUALIFIED = "of"  # the key of a count with a qualifier: its predicate ("" none) and its nationality or place


def key_parts(k: str | None) -> tuple[str, ...] | None:
    return tuple(k.split("|")) if k is not None else None


def count_parts(p: tuple[str, ...]) -> tuple[str, str] | None:
    """(predicate, qualifier) of a count's key parts ("" unknown), or None for a share's key."""
    if p[0] == SHARE:
        return None
    return (p[1], p[2]) if p[0] == QUALIFIED and len(p) == 3 else (p[0], "")


def differ(a: str | None, b: str | None) -> bool:
    """Two values are of different things when their keys are known and not the same: a count's predicate class
    (killed / injured) or qualifier (22 Swiss / 14 Italians), a share's holder (the candidate named next to it) or its
    being an estimate (a poll)."""
    pa, pb = key_parts(a), key_parts(b)
    if pa and pb and pa[0] == pb[0] == EVENT:
        return not one_event(pa[1], pb[1])  # rule ``event``: "the accident" is the collapse, not the departure
    if pa is None or pb is None:
        # a share of another time never meets a share of the story's own time (one without any key)
        return any(p is not None and p[0] == SHARE and p[4] for p in (pa, pb))
    ca, cb = count_parts(pa), count_parts(pb)
    if ca is not None and cb is not None:
        return bool(ca[0] and cb[0] and ca[0] != cb[0]) or qualifiers.differ(ca[1] or None, cb[1] or None)
    if len(pa) != len(pb):
        return True
    return any(_time_differs(x, y) if k == 4 and pa[0] == SHARE else (x != y and x and y)
               for k, (x, y) in enumerate(zip(pa, pb)))


# what a share is of that makes it another figure than a result: the electorate that voted, the ballots counted so far
OWN_SHARES = ("share_turnout", "share_counted")


def share_what(k: str | None) -> str | None:
    """What happened to a share, from its key ("share_lost", "share_turnout"), or None."""
    p = key_parts(k)
    return p[3] or None if p is not None and p[0] == SHARE else None


def qualifier_of(k: str | None) -> str | None:
    """The qualifier in a count's key (rule ``qualifier``), or None."""
    p = key_parts(k)
    return p[2] if p is not None and p[0] == QUALIFIED and len(p) == 3 else None


def _time_differs(x: str, y: str) -> bool:
    """Two times of a share ("earlier:2020", "earlier:" for "damals", "" for the story's own): apart when one is
    the story's own and the other not, one earlier and the other later, or both name different years; a time
    without its year meets any year on its side."""
    if not x or not y:
        return x != y
    (rx, yx), (ry, yy) = x.split(":"), y.split(":")
    return rx != ry or bool(yx and yy and yx != yy)


def readable_key(k: str | None) -> tuple[str, ...]:
    """What a value is keyed by, for a row's evidence ("predicate: dead", "qualifier: terr:CH"): the rule names and
    what they read."""
    parts = key_parts(k)
    if parts is None:
        return ()
    if parts[0] == EVENT:
        return (f"event: {parts[1]}",)
    if parts[0] == QUALIFIED:
        return tuple(x for x in ((f"predicate: {parts[1]}" if parts[1] else ""), f"qualifier: {parts[2]}") if x)
    if parts[0] != SHARE:
        return (f"predicate: {parts[0]}",)
    return tuple(x for x in ((f"holder: {parts[1]}" if parts[1] else ""), ("estimate" if parts[2] == "1" else ""),
                             (f"predicate: {parts[3]}" if parts[3] else ""), (f"time: {parts[4].rstrip(':').replace(':', ' ')}" if parts[4] else ""))
                 if x)


@lru_cache(maxsize=None)
def _earlier(language: str | None) -> frozenset[str]:
    """A language's words of an earlier time ("damals", "previous"), folded."""
    data = lang.data(language, "numbers") if language else {}
    return frozenset(lang.fold(w.lower()) for w in data.get("earlier", []))


def qualify(sc: "StoryComparison", mentions: list[Mention]) -> list[str | None]:
    """Rule ``qualifier``: the nationality or place each count is a sub-count of (``qualifiers.py``), or None."""
    counts = [i for i, m in enumerate(mentions) if m.value.kind == "count" and m.value.start is not None]
    out: list[str | None] = [None] * len(mentions)
    if not counts:
        return out
    langs = tuple(sorted({x for x in sc.languages.values() if x}))
    gaz = sc.ctx.gazetteer(langs) if hasattr(sc.ctx, "gazetteer") else None
    nat: dict[int, tuple[str, str]] = {}
    for i in counts:
        m = mentions[i]
        c = sc.claims[m.claim]
        found = qualifiers.nationality(c.text, m.value.end - c.start, sc.languages.get(m.article), gaz)
        if found is not None:
            nat[i] = found
    # a nationality keys counts only in a story that counts by two or more of them (a breakdown)
    breakdown = len({label for _, label in nat.values() if label}) >= 2
    own = qualifiers.own_places(sc.mentions, {c.article for c in sc.claims}, sc.places)
    for i in counts:
        if breakdown and i in nat:
            out[i] = nat[i][0]
            continue
        m = mentions[i]
        c = sc.claims[m.claim]
        spans = [(s - c.start, e - c.start, eid) for s, e, eid in sc.mentions.get(m.article, ())
                 if c.start <= s and e <= c.end and eid not in own]
        out[i] = qualifiers.place(c.text, m.value.start - c.start, m.value.end - c.start, spans, sc.places)
    return out


def key_of(sc: "StoryComparison", m: Mention, qualifier: str | None = None) -> str | None:
    """What a value is keyed by besides its dimension: a count's predicate ("two killed" / "two injured") and
    qualifier ("22 Swiss" among the injured), a share's holder and whether it is an estimate ("50.3% for X in the
    exit poll" / "49.11% for X")."""
    c = sc.claims[m.claim]
    language = sc.languages.get(m.article)
    if m.value.kind == "percent":
        who = holder(c, m.value, sc.mentions.get(m.article, []), sc.people)
        guess = estimate(c.text, language)  # None: the language names no estimates
        what = predicate(c.text, m.value.start - c.start, m.value.end - c.start, language, None, True) \
            if m.value.start is not None and m.value.end is not None else None  # lost / restored
        if what in OWN_SHARES and who is not None:
            what = None  # a candidate's share ("z 99,97 proc. komisji Nawrocki ma 50,89 proc.")
        if what is None and who is None and sum(v.kind == "percent" for v in c.values) == 1:
            # the sentence's only share, of no one: turnout written in another clause ("The turnout, at 71.63%")
            what = next((w for w in OWN_SHARES if names(c.text, language, w, "predicates")), None)
        if what == "share_counted":
            guess = None  # how much of the vote was counted is a fact of the count, never a poll's estimate
            # ("the projection on 98% of the votes counted")
        when = _year_qualifier(sc, c, m.value)
        if who is None and not guess and what is None and when is None:
            return None
        return f"{SHARE}|{who or ''}|{'' if guess is None else int(guess)}|{what or ''}|{when or ''}"
    if qualifier is None:  # a qualifier keys counts only; a time of day keys by its event
        return of_value(c.text, c.start, m.value, language) or of_term(c.text, c.start, m.value, language) \
            or time_key(c, m.value, language)
    return f"{QUALIFIED}|{of_value(c.text, c.start, m.value, language) or ''}|{qualifier}"


def _year_qualifier(sc: "StoryComparison", c: Claim, v: Value) -> str | None:
    """Rule ``year``: a share written in one clause with a year other than the story's ("68.2% in 2020", "del
    ballottaggio del 2020 (68,2%)") or a word of an earlier time (``earlier`` in ``numbers.toml``: "damals",
    "previous") is the share of that earlier or later time, never the story's own."""
    if v.start is None or v.end is None or sc.main_year is None:
        return None
    at, end = v.start - c.start, v.end - c.start
    parts = _CLAUSE.split(c.text[:at])
    left, right = parts[-1], _CLAUSE.split(c.text[end:])[0]
    lo, hi = at - len(left), end + len(right)
    if lo > 0 and c.text[lo - 1] == "(" and len(parts) > 1:
        lo -= len(parts[-2]) + 1  # a share in brackets belongs to the words before them ("del 2020 (68,2%)")
    for w in c.values:
        year = year_of(w) if w.kind in ("year", "date") else None
        if year is not None and w.start is not None and lo <= w.start - c.start < hi and year != sc.main_year:
            return f"{'earlier' if year < sc.main_year else 'later'}:{year}"
    words = set(WORDS.findall(lang.fold(c.text[lo:hi].lower())))
    return "earlier:" if words & _earlier(sc.languages.get(c.article)) else None
