"""Rule ``conversion``: one sum of money given in two currencies is one row.

An article that writes a sum beside its conversion ("BAM 36,000 (approx. EUR 18,400)", "26 000 milliards de wons,
soit l'équivalent de 16,5 milliards d'euros", "etwa 36.000 KM, das sind ungefähr 18.000 Euro") says that the two
amounts are one sum, and gives the story a rate between the two currencies. Rows of money in two currencies join
when one sentence writes a mention of the one row right beside a mention of the other (nothing but a few words and
no other figure between them), and, by the story's own rates, their amounts agree (a conversion is rounded and
approximate: within ``TOLERANCE``). Rates chain across currencies the story links (won to dollar and won to euro
give dollar to euro); for two currencies the story never links, the European Central Bank's reference rate of the
story's day stands in (``adapters.rates``, shipped offline). Rows in two currencies no sentence writes side by side
join when their amounts agree by the rate and their sentences match as closely as ``SENTENCES``, no article gives
both (it would know them as two sums) and every amount of the one agrees with every amount of the other (rows of
one currency the rules of ``compatible`` left apart may so join through a conversion: "$18 billion" rounds the
"$18.6 billion" given beside 26 trillion won).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from statistics import median
from typing import TYPE_CHECKING

import numpy as np

from .. import lang
from ..adapters import rates
from ..numlexicon import lexicon
from .valuekeys import Mention, ValueRow

if TYPE_CHECKING:
    from .align import StoryComparison

_SENTENCE_END = re.compile(r"[.!?]\s+[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")

GAP = 45            # characters between an amount and its conversion written beside it ("(approx. ", ", das sind ungefähr ")
PLAUSIBLE = 1.3     # a side-by-side conversion within this factor of the central bank's rate (when it quotes both)
TOLERANCE = 0.06    # a conversion agrees with the story's rate this closely (outlets round rates and sums)
SENTENCES = 0.80    # a row joined by the rate alone: its sentences this close to the other row's on average


def pairs_beside(sc: "StoryComparison") -> list[tuple[Mention, Mention]]:
    """Mentions of money in two currencies an article writes side by side: an amount and its conversion (in one
    sentence, or across a sentence break a segmenter put after an abbreviation: "(approx. EUR 18,400)")."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in sc.value_mentions:
        v = m.value
        if v.kind == "money" and isinstance(v.value, (int, float)) and v.value > 0 and v.start is not None \
                and v.end is not None and v.unit:
            by_article[m.article].append(m)
    out = []
    for found in by_article.values():
        found.sort(key=lambda m: m.value.start)
        for x, y in zip(found, found[1:]):
            if x.value.unit == y.value.unit or not 0 <= y.value.start - x.value.end <= GAP:
                continue
            gap = _between(sc, x, y)
            if gap is None or any(ch.isdigit() for ch in gap) or _clause_break(gap) \
                    or _listed(gap, sc.languages.get(x.article)):
                continue
            known = rates.log_rate(x.value.unit, y.value.unit, sc.calendar.main)
            given = math.log(float(y.value.value) / float(x.value.value))
            if known is not None and abs(given - known) > math.log(PLAUSIBLE):
                continue  # "$1.2 million and EUR 100,000": two sums, however close
            out.append((x, y))
    return out


def _between(sc: "StoryComparison", x: Mention, y: Mention) -> str | None:
    """The text between two values of one sentence or of two sentences that follow each other, else None."""
    cx, cy = sc.claims[x.claim], sc.claims[y.claim]
    if x.claim == y.claim:
        return cx.text[x.value.end - cx.start:y.value.start - cy.start]
    if cx.end > cy.start:
        return None
    return cx.text[x.value.end - cx.start:] + " " * (cy.start - cx.end) + cy.text[:y.value.start - cy.start]


def _listed(gap: str, language: str | None) -> bool:
    """Two amounts joined by a list word ("and", "i", "și"): two sums of a list, not one and its conversion."""
    words = {lang.lower_fold(w) for w in _WORDS.findall(gap)}
    return bool(words & lexicon(language).list_words)


def _clause_break(gap: str) -> bool:
    """A semicolon, or a full stop before a further word, between two amounts: two sums, not one and its conversion
    (an abbreviation's full stop in brackets is none: "(approx. EUR 18,400)")."""
    return ";" in gap or ("(" not in gap and _SENTENCE_END.search(gap) is not None)


def story_rates(pairs: list[tuple[Mention, Mention]]) -> dict[str, dict[str, float]]:
    """The rate between each two currencies the story links, in log form (the median of what its articles give),
    chained over currencies linked through a third one."""
    given: dict[tuple[str, str], list[float]] = defaultdict(list)
    for x, y in pairs:
        r = math.log(float(y.value.value) / float(x.value.value))
        given[(x.value.unit, y.value.unit)].append(r)
        given[(y.value.unit, x.value.unit)].append(-r)
    edges: dict[str, dict[str, float]] = defaultdict(dict)
    for (a, b), rs in given.items():
        edges[a][b] = median(rs)
    rates: dict[str, dict[str, float]] = {}
    for start in list(edges):
        seen = {start: 0.0}
        todo = [start]
        while todo:
            a = todo.pop(0)
            for b, r in edges[a].items():
                if b not in seen:
                    seen[b] = seen[a] + r
                    todo.append(b)
        rates[start] = seen
    return rates


def _money(row: ValueRow) -> list[Mention]:
    return [m for m in row.mentions if m.value.kind == "money"]


def _currency(row: ValueRow) -> str | None:
    """The one currency of a row of single sums of money (bare numbers beside them: "cerca de $100 milhões" read
    as 100 million), else None."""
    money = _money(row)
    if not money or any(m.value.kind != "money" and (m.value.kind != "count" or m.value.unit) for m in row.mentions):
        return None
    units = {m.value.unit for m in money}
    if len(units) != 1 or any(not isinstance(m.value.value, (int, float)) or m.value.value <= 0 for m in money):
        return None
    return units.pop()


def _amount(row: ValueRow) -> float:
    return float(median(float(m.value.value) for m in _money(row)))


def join(rows: list[ValueRow], sc: "StoryComparison") -> list[ValueRow]:
    """The rows with the rows of one sum given in two currencies joined (rule ``conversion``)."""
    money = [k for k, row in enumerate(rows) if _currency(row) is not None]
    if len({_currency(rows[k]) for k in money}) < 2:
        return rows
    pairs = pairs_beside(sc)
    given = story_rates(pairs)
    day = sc.calendar.main

    def rate(a: str, b: str) -> float | None:
        """The story's own rate between two currencies, else the central bank's on the story's day."""
        r = given.get(a, {}).get(b)
        if r is None:
            r = rates.log_rate(a, b, day)
        if r is None:  # through a currency the story converts one of them to (hryvnias given in zloty, zloty to dollars)
            r = next((r1 + r2 for c, r1 in given.get(a, {}).items() if (r2 := rates.log_rate(c, b, day)) is not None),
                     None)
        if r is None:
            r = next((r1 - r2 for c, r2 in given.get(b, {}).items() if (r1 := rates.log_rate(a, c, day)) is not None),
                     None)
        return r

    at = {(m.claim, m.value.start): k for k in money for m in rows[k].mentions}
    owner = {k: k for k in money}

    def find(k: int) -> int:
        while owner[k] != k:
            k = owner[k]
        return k

    def agree(a: int, b: int) -> bool:
        ca, cb = _currency(rows[a]), _currency(rows[b])
        r = 0.0 if ca == cb else rate(ca, cb)
        if r is None:
            return False
        return abs(math.log(_amount(rows[b])) - math.log(_amount(rows[a])) - r) <= math.log1p(TOLERANCE)

    def members(root: int) -> list[int]:
        return [j for j in money if find(j) == root]

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            owner[max(ra, rb)] = min(ra, rb)

    # a sum and its conversion written side by side: their rows are one
    for x, y in pairs:
        a, b = at.get((x.claim, x.value.start)), at.get((y.claim, y.value.start))
        if a is not None and b is not None and agree(a, b):
            union(a, b)
    # rows in two currencies whose amounts agree by the rate and whose sentences match: one sum, closest first
    vecs = np.stack([sc.vecs[[m.claim for m in rows[k].mentions]].mean(axis=0) for k in money])
    sims = vecs @ vecs.T
    xs, ys = np.nonzero(np.triu(sims >= SENTENCES, 1))
    cands = sorted(zip(sims[xs, ys].tolist(), xs.tolist(), ys.tolist()), reverse=True)
    for _, x, y in cands:
        a, b = money[x], money[y]
        ra, rb = find(a), find(b)
        if ra == rb or not agree(a, b):
            continue
        ga, gb = members(ra), members(rb)
        if len({_currency(rows[j]) for j in ga + gb}) < 2:
            continue  # rows of one currency only: the rules of ``compatible`` and ``samerow`` decide those
        if {m.article for j in ga for m in rows[j].mentions} & {m.article for j in gb for m in rows[j].mentions}:
            continue  # an article giving both, not side by side, knows them as two sums
        if not all(agree(x, y) for x in ga for y in gb):
            continue
        union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for k in money:
        groups[find(k)].append(k)
    merged: dict[int, ValueRow] = {}
    gone: set[int] = set()
    for root, found in groups.items():
        if len(found) < 2:
            continue
        parts = [rows[k] for k in sorted(found)]
        rules = tuple(dict.fromkeys(r for p in parts for r in (*p.rules, "conversion")))
        keys = parts[0].keys if all(p.keys == parts[0].keys for p in parts) else ()
        merged[min(found)] = ValueRow([m for p in parts for m in p.mentions], any(p.conflicting for p in parts),
                                      rules, keys, any(p.joined for p in parts))
        gone.update(k for k in found if k != min(found))
    return [merged.get(k, row) for k, row in enumerate(rows) if k not in gone]
