"""One thing per row: a value row whose mentions are keyed by different things is split into one row per thing.

Equal values join when their sentences match, and a mention keyed by nothing (a
count with no predicate word: "11 people") meets any key, so it can chain "11
killed" and "11 injured" into one row. Rule ``one key``: a row never holds two
keys that exclude each other; its keyed mentions are split by key, and each mention
keyed by nothing goes with the part whose "number + next words" phrases are closest to
its own ("двох дітей" goes with "two children killed", not with "two missiles launched").
A key given in one article only is not enough to split a row (``MIN_ARTICLES``): one
misread predicate would scatter the row's other mentions. Keys
exclude each other when they name two groups (two qualifiers: "22 Swiss" / "14
Italians"; two holders of shares) or two fates no one counted shares (``EXCLUSIVE``:
the dead are never the injured, the rescued or the arrested). Other predicates may
count one group told two ways: the 58 passengers on board are the 58 who died.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..valuecompare import key
from .valuekeys import ValueRow, count_parts, differ, key_parts, readable_key

TERM = "term_"  # the keys of durations by their term word (``predicates.of_term``)
MIN_ARTICLES = 2  # a part split off a row holds keyed mentions of at least this many articles
PHRASE_WORDS = 4  # words of a count's phrase ("two children were killed")
# fates that never befall one person at once: a count of the one is never a count of the other
EXCLUSIVE = {frozenset(("dead", other)) for other in
             ("injured", "injured_seriously", "hospitalised", "rescued", "evacuated", "arrested")}
# the roles of a vote's counts: those entitled, on the lists, who took part, for, against, invalid ballots: each
# another figure (one group inside another, never the same number)
VOTE_ROLES = ("entitled", "registered", "voted", "voted_for", "voted_against", "invalid")
EXCLUSIVE |= {frozenset((a, b)) for a in VOTE_ROLES for b in VOTE_ROLES if a != b}

if TYPE_CHECKING:
    from .align import StoryComparison


def split(rows: list["ValueRow"], sc: "StoryComparison") -> list["ValueRow"]:
    """The rows with each row holding keys that differ split into one row per key."""
    out = []
    for row in rows:
        out.extend(_split(row, sc))
    return out


def exclusive(a: str, b: str) -> bool:
    """Do two keys name two different groups (qualifiers, holders) or two fates that exclude each other?"""
    if not differ(a, b):
        return False
    ca, cb = count_parts(key_parts(a)), count_parts(key_parts(b))
    if ca is None or cb is None:
        pa, pb = key_parts(a), key_parts(b)
        # shares of two holders (a poll's wording or another time may still be one share told two ways)
        return len(pa) == len(pb) and bool(pa[1] and pb[1] and pa[1] != pb[1])
    if ca[1] and cb[1]:
        return True  # two nationalities or places (qualifiers.differ said so)
    if ca[1] != cb[1]:
        return False  # a qualified count and one of no qualifier may be one count told two ways
    if ca[0].startswith(TERM) and cb[0].startswith(TERM):
        return True  # a term imposed, one demanded, the law's least, the time a trial lasted (``predicates.of_term``)
    return frozenset((ca[0], cb[0])) in EXCLUSIVE


def _classes(keys: list[str | None]) -> list[list[str]]:
    """Known keys in classes of keys that do not exclude each other, the commonest first."""
    classes: list[list[str]] = []
    for k, _ in Counter(k for k in keys if k is not None).most_common():
        home = next((c for c in classes if not any(exclusive(k, other) for other in c)), None)
        if home is None:
            classes.append([k])
        else:
            home.append(k)
    return classes


def _phrase(sc: "StoryComparison", m) -> str:
    c = sc.claims[m.claim]
    start = (m.value.start or c.start) - c.start
    return " ".join(c.text[start:].split()[:PHRASE_WORDS])


def _split(row: "ValueRow", sc: "StoryComparison") -> list["ValueRow"]:
    keys = [sc.key_at(m) for m in row.mentions]
    # keys one article gives alone stay with the row (one misread predicate splits nothing)
    spread = {k: {m.article for m, x in zip(row.mentions, keys) if x == k} for k in set(keys) if k is not None}
    # (a duration's term word is no misreading: "trajao godinu dana" is the trial's length in one article too)
    keys = [k if k is not None and (len(spread[k]) >= MIN_ARTICLES or k.startswith(TERM)) else None for k in keys]
    classes = _classes(keys)
    if len(classes) < 2:
        return [row]
    parts: list[list[int]] = [[] for _ in classes]
    for i, k in enumerate(keys):
        if k is not None:
            parts[next(n for n, c in enumerate(classes) if k in c)].append(i)
    vecs = sc.ctx.embedder.embed([_phrase(sc, m) for m in row.mentions])
    for i, k in enumerate(keys):
        if k is None:
            # the part whose counted phrases are closest to this one's
            near = [float(max(vecs[j] @ vecs[i] for j in p)) for p in parts]
            parts[max(range(len(parts)), key=lambda n: (near[n], len(parts[n])))].append(i)
    out = []
    for p, c in zip(parts, classes):
        ms = [row.mentions[i] for i in sorted(p)]
        several = len({key(m.value) for m in ms}) > 1
        conflicting = row.conflicting and several and len({m.article for m in ms}) > 1
        out.append(ValueRow(ms, conflicting, row.rules if several else (), readable_key(c[0]) if len(c) == 1 else ()))
    return out

