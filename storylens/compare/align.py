"""Aligning claims across the articles of a story: candidate pairs, similarities, value and statement groups.

Small stories score every cross-article pair; larger ones only pairs that share a
blocking key (a value, an entity, a locality-sensitive hash of the embedding), so
the work grows with the number of matches, not with the square of all sentences.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .. import lang
from ..disjoint import DisjointSets, components
from ..matching import all_pairs, best_matches, best_per_group, candidate_pairs, dots, lsh_keys
from ..model import Claim, Story, Value
from ..resources import Context
from ..values import bound, dimension, key, same, unit_info
from . import qualifiers
from .compatible import Side, explain
from .counted import NOUN_WORD, bare, nouns, part, same_word
from .dating import Calendar, year_after
from .holders import estimate, holder
from .predicates import names, of_value, predicate
from .timing import KEY as EVENT, event_pairs, one_event, time_key

# Cross-lingual e5 similarities: translations 0.83-0.92, related but different sentences up to ~0.9 (same language
# higher), so alignment rests on being each other's best match by a clear lead, not on a bare threshold.
ALIGN = 0.84              # mutual best sentences in different languages at least this similar ...
ALIGN_SAME_LANGUAGE = 0.88  # ... in the same language at least this similar ...
LEAD = 0.02               # ... and ahead of the runner-up on both sides by this much
LEAD_SHARED = 0.01        # ... or by this much when they also share an entity or a value
MATCH = 0.85              # a one-sided clear best match this similar can show a changed number (conflicts only)
MATCH_SAME_LANGUAGE = 0.90
COHESION = 0.82           # sentences of one statement row are on average at least this similar to each other
DUPLICATE = 0.95          # two sentences of one article this similar are one statement repeated
VALUE_MATCH = 0.78    # equal values: mutual best sentences at least this similar
VALUE_ALONE = 0.86    # equal values: any pair this similar joins even when not mutual best
NOUN_MATCH = 0.84     # counted things ("four plants" / "четыре завода") at least this similar
MAX_POSTING = 150     # blocking keys shared by more claims than this are too common to pair on
ALL_PAIRS = 300       # up to this many claims every cross-article pair is scored; above it, blocking keys
_CLAUSE = re.compile(r"[,;:()\[\]]|\s[-–—]\s|\.\s")  # a year qualifies a share in its own clause only
_WORDS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
CONTEXT_MATCH = 0.88  # dates, sums, durations in a one-sided match: the words around them this similar (one event)
CONTEXT_WORDS = 4
WRITTEN_MATCH = 0.89  # sentences this similar are one sentence translated: every number they write must agree
CONTEXT_KINDS = ("date", "year", "duration", "money")
CODE_DIGITS = 5       # an ungrouped number this long is a code, not a figure
RECALLED = 3          # years between a recalled event and the story's own time
DATELINE_WORDS = 1    # words beside a date in a sentence that only dates its page ("pátek 18. dubna 2025")
ACT_REACH = 12        # words between a date and the act it is written for ("authorised by the Council of the EU on 8 July")
SUBJECT_REACH = 40    # characters between a value and an entity written about it ("Apple ... €500 million")


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


SHARE = "share"  # the key of a percentage: its holder (an entity id, "" unknown) and whether it is an estimate
QUALIFIED = "of"  # the key of a count with a qualifier: its predicate ("" none) and its nationality or place


def _key_parts(k: str | None) -> tuple[str, ...] | None:
    return tuple(k.split("|")) if k is not None else None


def _count_parts(p: tuple[str, ...]) -> tuple[str, str] | None:
    """(predicate, qualifier) of a count's key parts ("" unknown), or None for a share's key."""
    if p[0] == SHARE:
        return None
    return (p[1], p[2]) if p[0] == QUALIFIED and len(p) == 3 else (p[0], "")


def differ(a: str | None, b: str | None) -> bool:
    """Two values are of different things when their keys are known and not the same: a count's predicate class
    (killed / injured) or qualifier (22 Swiss / 14 Italians), a share's holder (the candidate named next to it) or its
    being an estimate (a poll)."""
    pa, pb = _key_parts(a), _key_parts(b)
    if pa and pb and pa[0] == pb[0] == EVENT:
        return not one_event(pa[1], pb[1])  # rule ``event``: "the accident" is the collapse, not the departure
    if pa is None or pb is None:
        # a share of another time never meets a share of the story's own time (one without any key)
        return any(p is not None and p[0] == SHARE and p[4] for p in (pa, pb))
    ca, cb = _count_parts(pa), _count_parts(pb)
    if ca is not None and cb is not None:
        return bool(ca[0] and cb[0] and ca[0] != cb[0]) or qualifiers.differ(ca[1] or None, cb[1] or None)
    if len(pa) != len(pb):
        return True
    return any(_time_differs(x, y) if k == 4 and pa[0] == SHARE else (x != y and x and y)
               for k, (x, y) in enumerate(zip(pa, pb)))


# what a share is of that makes it another figure than a result: the electorate that voted, the ballots counted so far
OWN_SHARES = ("share_turnout", "share_counted")
COMPLEMENT = 0.2  # two shares adding up to 100% within this are the two sides of one whole


def _share_what(k: str | None) -> str | None:
    """What happened to a share, from its key ("share_lost", "share_turnout"), or None."""
    p = _key_parts(k)
    return p[3] or None if p is not None and p[0] == SHARE else None


def _qualifier_of(k: str | None) -> str | None:
    """The qualifier in a count's key (rule ``qualifier``), or None."""
    p = _key_parts(k)
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
    """What a value is keyed by, for a row's evidence ("predicate: dead", "qualifier: terr:CH")."""
    return _readable(k)


def _readable(k: str | None) -> tuple[str, ...]:
    """The rule names and what they read, for a row's evidence."""
    parts = _key_parts(k)
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


def _bare_pair(a: Value, b: Value) -> bool:
    """One is a bare number and the other a single number of a kind a translation may leave the unit off ("over
    65" / "старше 66 лет"): a year or a date is never a bare number's other reading, nor is a measure, whose unit
    a translation keeps ("240 mm" is a calibre, not the "50" of a count of guns)."""
    alone = (a.kind == "count" and a.unit is None) or (b.kind == "count" and b.unit is None)
    # rule ``bare number``: a count of a named noun is met by a bare number only when both give one predicate,
    # which pairing by predicate decides; here the bare number meets only a figure whose unit is no counted thing
    counted = any(v.kind == "count" and v.unit for v in (a, b))
    return alone and not counted and all(isinstance(v.value, (int, float)) and v.kind not in ("date", "year", "measure")
                                         for v in (a, b))


def _article_one(v: Value) -> bool:
    """Rule ``article``: a duration of one unit written as a word ("a day when", "un jour où", "eine Woche") is most
    often the indefinite article, not a figure: it never makes a conflict."""
    return v.kind == "duration" and v.value == 1 and not any(ch.isdigit() for ch in v.text)


def _full_date(v: Value) -> bool:
    """A date with its year ("2026-01-01", "2025-04-28T12:33"), not a day, a month or a time alone."""
    return v.kind == "date" and str(v.value)[:4].isdigit() and str(v.value)[4:5] == "-"


@lru_cache(maxsize=None)
def _earlier(language: str | None) -> frozenset[str]:
    """A language's words of an earlier time ("damals", "previous"), folded."""
    data = lang.data(language, "numbers") if language else {}
    return frozenset(lang.fold(w.lower()) for w in data.get("earlier", []))


def _row_key(v: Value) -> tuple:
    """The blocking key of a value in rows: an age meets the same number of years ("the 50-year-old" / "un homme de
    50 ans" / "Trzaskowski, 53 anni"), which languages write either way; the sentences still decide."""
    if dimension(v) == "duration:age" and isinstance(v.value, (int, float)) and (u := unit_info("year")) is not None:
        return ("duration:time", (round(float(v.value) * u.factor, 6),))
    return key(v)


def _commonest_year(mentions: list[Mention]) -> int | None:
    """The year the story's values name most (full dates and years), for a story without a main day."""
    years = Counter(y for m in mentions if (y := _year_of(m.value)) is not None)
    return years.most_common(1)[0][0] if years else None


def _full_date_text(text: str) -> bool:
    return len(text) == 10 and text[:4].isdigit() and text[4] == "-"


def _year_of(v: Value) -> int | None:
    """The year a year or a full date names."""
    if v.kind == "year" and isinstance(v.value, (int, float)):
        return int(v.value)
    if _full_date(v):
        return int(str(v.value)[:4])
    return None


def _gives(w: Value, v: Value) -> bool:
    """Is w the date or year v (a year inside a full date counts)?"""
    if dimension(w) == dimension(v) and same(w, v):
        return True
    year = _year_of(v)
    return year is not None and year == _year_of(w) and "year" in (v.kind, w.kind)


def _writes(text: str, v: Value) -> bool:
    """Does the text write the value's whole number in digits anywhere (also as an ordinal: "21st", "21-й")?"""
    if not isinstance(v.value, (int, float)) or v.value != int(v.value) or not any(ch.isdigit() for ch in v.text):
        return False
    return str(int(v.value)) in {re.sub(r"\D", "", m.group()) for m in _DIGITS.finditer(text)}


def _bare_equal(a: Value, b: Value) -> bool:
    """One is a bare number (a count of nothing named) and both give the same number."""
    if not ((a.kind == "count" and a.unit is None) or (b.kind == "count" and b.unit is None)):
        return False
    if isinstance(a.value, (list, str)) or isinstance(b.value, (list, str)):
        return False
    return float(a.value) == float(b.value)


def _written(numbers: list[tuple[str, tuple | None, str]], other: list[tuple[str, tuple | None, str]]
             ) -> dict[str, tuple[bool, str]]:
    """Numbers of one sentence the other does not give as an equal value -> (whether it is a value, its shape)."""
    keys = {k for _, k, _ in other if k is not None}
    return {d: (k is not None, shape) for d, k, shape in numbers if k is None or k not in keys}


def _shape(text: str, start: int, end: int) -> str:
    """How a number is written into its words: inside a name ("KN-23"), with an ordinal ending ("21st", "21-м",
    "21e") or on its own ("1 euro"); only numbers written the same way can be one number changed."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if before[-1:].isalpha() or (before[-1:] in "-‑" and before[:1].isalpha()):
        return "name"
    if before[-1:] in "-‑/." and before[:1].isdigit():
        return "compound"  # the second part of a date, a range or a reference ("2024-11", "3/4")
    if after[:1].isalpha() or after[:1] in "ºª°" or (after[:1] in "-‑" and after[1:2].isalpha()):
        return "attached"
    return "plain"


class StoryComparison:
    """Everything computed for one story's claims."""

    def __init__(self, story: Story, claims: list[Claim], ctx: Context, languages: dict[str, str | None],
                 mentions: dict[str, list[tuple[int, int, str]]] | None = None, calendar: Calendar | None = None,
                 people: frozenset[str] = frozenset(), places: frozenset[str] = frozenset()):
        self.story, self.claims, self.ctx, self.languages = story, claims, ctx, languages
        self.people = people  # entity ids of persons: the holders a share can have
        self.places = places  # entity ids of places: what a count may be qualified by ("62 victims in Paiporta")
        self.calendar = calendar or Calendar(None, {})
        self.mentions = mentions or {}  # article -> (start, end, entity id) of each entity mention
        self._one_sided_pairs: set[tuple[int, int]] | None = None
        self._article_values: dict[str, list[Value]] = defaultdict(list)
        for c in claims:
            self._article_values[c.article].extend(c.values)
        self.vecs = ctx.embedder.embed([c.text for c in claims]) if claims else np.zeros((0, 1))
        ids = {a: k for k, a in enumerate(dict.fromkeys(c.article for c in claims))}
        self.art = np.array([ids[c.article] for c in claims], dtype=np.int64)
        if len(claims) <= ALL_PAIRS:
            pairs = all_pairs(self.art)
        else:
            keys: list[list[tuple]] = [[] for _ in claims]
            lsh = lsh_keys(self.vecs)
            for i, c in enumerate(claims):
                keys[i].extend(lsh[i])
                keys[i].extend(("ent", e) for e in c.entities)
                keys[i].extend(("val",) + _row_key(v) for v in c.values)
            pairs = candidate_pairs(self.art, keys, MAX_POSTING)
        sims = dots(self.vecs, pairs[:, 0], pairs[:, 1])
        self.pairs, self.sims = pairs, sims
        self.matches = best_matches(pairs, sims, self.art, self.vecs, LEAD, DUPLICATE)
        self.alignment = self._align()

    def _shares(self, a: int, b: int) -> bool:
        ca, cb = self.claims[a], self.claims[b]
        if set(ca.entities) & set(cb.entities):
            return True
        return any(same(x, y) for x in ca.values for y in cb.values)

    def sim_of(self, a: int, b: int) -> float:
        return float(self.vecs[a] @ self.vecs[b])

    def _same_language(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        lang = np.array([self.languages.get(c.article) or "" for c in self.claims], dtype=object)
        return lang[a] == lang[b]

    def _align(self) -> set[tuple[int, int]]:
        """Pairs of claims from different articles that state the same thing: each other's best match, similar
        enough, and clearly ahead of the runner-up on both sides (a shared entity or value lowers the lead needed)."""
        m = self.matches
        if len(m.src) == 0:
            return set()
        back = m.lookup(m.best, self.art[m.src], int(self.art.max()) + 1)
        ok = back >= 0
        back_best = np.where(ok, m.best[np.maximum(back, 0)], -1)
        back_lead = np.where(ok, m.lead[np.maximum(back, 0)], 0.0)
        mutual = ok & (back_best == m.src) & (m.src < m.best)
        floor = np.where(self._same_language(m.src, m.best), ALIGN_SAME_LANGUAGE, ALIGN)
        lead = np.minimum(m.lead, back_lead)
        cand = mutual & (m.sim >= floor) & (lead >= LEAD_SHARED)
        out = set()
        for a, b, ld in zip(m.src[cand].tolist(), m.best[cand].tolist(), lead[cand].tolist()):
            if ld >= LEAD or self._shares(a, b):
                out.add((a, b))
        return out

    def aligned(self, a: int, b: int) -> bool:
        """Do two claims from different articles state the same thing?"""
        return (min(a, b), max(a, b)) in self.alignment

    # -- value groups ----------------------------------------------------------------------------
    def value_groups(self) -> list[ValueRow]:
        """Rows of value mentions, each about one thing: equal values about the same thing, values given in
        compatible ways (each such pair named by its rule) and, for a conflict, the differing values."""
        mentions = [Mention(i, v, c.article) for i, c in enumerate(self.claims) for v in c.values]
        uf = DisjointSets(len(mentions))
        by_key: dict[tuple, list[int]] = defaultdict(list)
        for m_i, m in enumerate(mentions):
            by_key[_row_key(m.value)].append(m_i)
        nouns = self._noun_vectors(mentions, by_key)
        self._main_year = self.calendar.main.year if self.calendar.main else _commonest_year(mentions)
        self._predicates = [self._key_of(m, q) for m, q in zip(mentions, self._qualify(mentions))]
        self._mentions = mentions
        self._memo: dict[tuple, object] = {}  # per mention (or claim): what the pair tests read of it, read once
        self._key_at = {id(m): k for m, k in zip(mentions, self._predicates)}
        # full dates (with their year) each row holds: a date given without its year ("1 January") may join one
        # full date, never chain 1 January 2007 and 1 January 2026 into one row
        self._by_article: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            self._by_article[m.article].append(m)
        self._dated = {i: {str(m.value.value)} for i, m in enumerate(mentions) if _full_date(m.value)}
        self._yearless = {i for i, m in enumerate(mentions) if m.value.kind == "date" and not _full_date(m.value)}
        # the full date each yearless one stands for by its article's publication day or the story's main day
        self._read_as = {i: str(self.calendar.complete(mentions[i].value, self.claims[mentions[i].claim],
                                                       self.languages.get(mentions[i].article)).value)
                         for i in self._yearless}
        years = Counter(int(str(m.value.value)[:4]) for m in mentions if _full_date(m.value))
        self._story_year = str(years.most_common(1)[0][0]) if years else None
        for members in by_key.values():
            # a value given by very many mentions is linked in overlapping windows: linear, and still connected
            step = MAX_POSTING // 2
            for at in range(0, max(1, len(members) - step), step):
                self._link_equal(members[at:at + MAX_POSTING], mentions, nouns, uf)
        conflicts, agreements = self._conflicts(mentions, nouns, uf)
        timed_conflicts, timed_agreements = event_pairs(self, mentions, self._predicates)
        conflicts += [p for p in timed_conflicts if p not in set(conflicts)]
        agreements += timed_agreements
        arts: dict[int, set[str]] = defaultdict(set)
        for i, m in enumerate(mentions):
            arts[uf.find(i)].add(m.article)
        rules: dict[int, list[str]] = defaultdict(list)
        units: dict[int, set[tuple]] = defaultdict(set)
        values: dict[int, set[tuple]] = defaultdict(set)
        days: dict[int, set[str]] = defaultdict(set)  # the dates with their year each row gives
        for i, m in enumerate(mentions):
            units[uf.find(i)].add((dimension(m.value), m.value.unit))
            values[uf.find(i)].add(_row_key(m.value))
            if m.value.kind == "date" and str(m.value.value)[:4].isdigit():
                days[uf.find(i)].add(str(m.value.value))
        conflicted: set[int] = set()

        def join(a: int, b: int, conflict: bool, rule: str | None) -> None:
            ra, rb = uf.find(a), uf.find(b)
            if ra == rb:
                return
            was = conflicted & {ra, rb}
            kinds = units[ra] | units[rb]
            if conflict and was and len(values[ra] | values[rb]) > 2 and (len(kinds) > 1 or None in {u for _, u in kinds}):
                # a third value chained onto a conflict must be of the same named unit (12, 14 and 15 injured):
                # otherwise it is a date or a count of another event or thing, and one row would hold many things
                return
            dated = days[ra] | days[rb]
            if not conflict and any(not (x.startswith(y) or y.startswith(x)) for x in dated for y in dated):
                return  # one value given two ways never joins rows of two different dates ("in 2024" and its dates)
            notes = rules[ra] + rules[rb]
            merged, vals = arts[ra] | arts[rb], values[ra] | values[rb]
            uf.union(a, b)
            root = uf.find(a)
            arts[root], rules[root], units[root], values[root] = merged, notes + ([rule] if rule else []), kinds, vals
            days[root] = dated
            if conflict or was:
                conflicted.add(root)

        for a, b, rule in agreements:
            join(a, b, False, rule)
        # the closest sentences first: a chain of conflicts keeps the pair that most surely speaks of one thing
        for a, b in sorted(conflicts, key=lambda p: -self.sim_of(mentions[p[0]].claim, mentions[p[1]].claim)):
            join(a, b, True, None)
        out = []
        for root, g in uf.groups(range(len(mentions))).items():
            if root not in conflicted and rules[root] and self._exact_differ(g, mentions):
                conflicted.add(root)
            keys = {self._predicates[i] for i in g}
            shown = _readable(next(iter(keys))) if len(keys) == 1 else ()
            out.append(ValueRow([mentions[i] for i in g], root in conflicted, tuple(dict.fromkeys(rules[root])), shown))
        return out

    def _exact_differ(self, group: list[int], mentions: list[Mention]) -> bool:
        """Rule ``exact values differ``: a row that compatibility rules joined ("more than 60" holds 68 and 205)
        still holds a conflict when two articles give it as exact numbers no rule reconciles (68 / 205)."""
        exact: dict[tuple, Mention] = {}
        for i in group:
            m = mentions[i]
            v = m.value
            if v.kind in ("date", "year") or v.approximate or v.start is None or isinstance(v.value, (list, str)):
                continue
            c = self.claims[m.claim]
            if bound(c.text, v.start - c.start, self.languages.get(m.article)) is not None:
                continue
            exact.setdefault(key(v), m)
        found = list(exact.values())
        return any(x.article != y.article and explain(self.side(x), self.side(y)) is None
                   for k, x in enumerate(found) for y in found[k + 1:])

    def key_at(self, m: Mention) -> str | None:
        """What a mention of the last ``value_groups`` is keyed by (a count's predicate and qualifier, a share's
        holder), or None."""
        return self._key_at.get(id(m))

    def _qualify(self, mentions: list[Mention]) -> list[str | None]:
        """Rule ``qualifier``: the nationality or place each count is a sub-count of (``qualifiers.py``), or None."""
        counts = [i for i, m in enumerate(mentions) if m.value.kind == "count" and m.value.start is not None]
        out: list[str | None] = [None] * len(mentions)
        if not counts:
            return out
        langs = tuple(sorted({x for x in self.languages.values() if x}))
        gaz = self.ctx.gazetteer(langs) if hasattr(self.ctx, "gazetteer") else None
        nat: dict[int, tuple[str, str]] = {}
        for i in counts:
            m = mentions[i]
            c = self.claims[m.claim]
            found = qualifiers.nationality(c.text, m.value.end - c.start, self.languages.get(m.article), gaz)
            if found is not None:
                nat[i] = found
        # a nationality keys counts only in a story that counts by two or more of them (a breakdown)
        breakdown = len({label for _, label in nat.values() if label}) >= 2
        own = qualifiers.own_places(self.mentions, {c.article for c in self.claims}, self.places)
        for i in counts:
            if breakdown and i in nat:
                out[i] = nat[i][0]
                continue
            m = mentions[i]
            c = self.claims[m.claim]
            spans = [(s - c.start, e - c.start, eid) for s, e, eid in self.mentions.get(m.article, ())
                     if c.start <= s and e <= c.end and eid not in own]
            out[i] = qualifiers.place(c.text, m.value.start - c.start, m.value.end - c.start, spans, self.places)
        return out

    def _key_of(self, m: Mention, qualifier: str | None = None) -> str | None:
        """What a value is keyed by besides its dimension: a count's predicate ("two killed" / "two injured") and
        qualifier ("22 Swiss" among the injured), a share's holder and whether it is an estimate ("50.3% for X in the
        exit poll" / "49.11% for X")."""
        c = self.claims[m.claim]
        language = self.languages.get(m.article)
        if m.value.kind == "percent":
            who = holder(c, m.value, self.mentions.get(m.article, []), self.people)
            guess = estimate(c.text, language)  # None: the language names no estimates
            what = predicate(c.text, m.value.start - c.start, m.value.end - c.start, language, None, True) \
                if m.value.start is not None and m.value.end is not None else None  # lost / restored
            if what in OWN_SHARES and who is not None:
                what = None  # a candidate's share ("z 99,97 proc. komisji Nawrocki ma 50,89 proc.")
            if what is None and who is None and sum(v.kind == "percent" for v in c.values) == 1:
                # the sentence's only share, of no one: turnout written in another clause ("The turnout, at 71.63%")
                what = next((w for w in OWN_SHARES if names(c.text, language, w, "predicates")), None)
            when = self._year_qualifier(c, m.value)
            if who is None and not guess and what is None and when is None:
                return None
            return f"{SHARE}|{who or ''}|{'' if guess is None else int(guess)}|{what or ''}|{when or ''}"
        if qualifier is None:  # a qualifier keys counts only; a time of day keys by its event
            return of_value(c.text, c.start, m.value, language) or time_key(c, m.value, language)
        return f"{QUALIFIED}|{of_value(c.text, c.start, m.value, language) or ''}|{qualifier}"

    def _year_qualifier(self, c: Claim, v: Value) -> str | None:
        """Rule ``year``: a share written in one clause with a year other than the story's ("68.2% in 2020", "del
        ballottaggio del 2020 (68,2%)") or a word of an earlier time (``earlier`` in ``numbers.toml``: "damals",
        "previous") is the share of that earlier or later time, never the story's own."""
        if v.start is None or v.end is None or self._main_year is None:
            return None
        at, end = v.start - c.start, v.end - c.start
        parts = _CLAUSE.split(c.text[:at])
        left, right = parts[-1], _CLAUSE.split(c.text[end:])[0]
        lo, hi = at - len(left), end + len(right)
        if lo > 0 and c.text[lo - 1] == "(" and len(parts) > 1:
            lo -= len(parts[-2]) + 1  # a share in brackets belongs to the words before them ("del 2020 (68,2%)")
        for w in c.values:
            year = _year_of(w) if w.kind in ("year", "date") else None
            if year is not None and w.start is not None and lo <= w.start - c.start < hi and year != self._main_year:
                return f"{'earlier' if year < self._main_year else 'later'}:{year}"
        words = set(_WORDS.findall(lang.fold(c.text[lo:hi].lower())))
        return "earlier:" if words & _earlier(self.languages.get(c.article)) else None

    def side(self, m: Mention) -> Side:
        """One value mention with what the compatibility rules read about its sentence."""
        c = self.claims[m.claim]
        near = frozenset(eid for s, e, eid in self.mentions.get(c.article, ())
                         if c.start <= s < c.end and m.value.start is not None
                         and max(m.value.start - e, s - m.value.end) <= SUBJECT_REACH)
        dim = dimension(m.value)
        elsewhere = tuple(v for v in self._article_values.get(c.article, ()) if dimension(v) == dim and v != m.value)
        return Side(m.value, c, self.languages.get(c.article), near, elsewhere)

    def _noun_vectors(self, mentions: list[Mention], by_key: dict[tuple, list[int]]) -> dict[int, np.ndarray]:
        """Embeddings of "number + counted thing" phrases, for counts that can meet another article's count: an
        equal one elsewhere, or any in a sentence matched across articles (only those are ever compared)."""
        shared = {i for members in by_key.values() if len({mentions[m].article for m in members}) > 1
                  for i in members}
        matched = {c for pair in self.alignment | self._one_sided() for c in pair}
        idx = [i for i, m in enumerate(mentions) if m.value.kind == "count" and m.value.unit
               and (i in shared or m.claim in matched)]
        if not idx:
            return {}
        phrases = [self._count_phrase(mentions[i]) for i in idx]
        vecs = self.ctx.embedder.embed(phrases)
        return dict(zip(idx, vecs))

    def _count_phrase(self, m: Mention) -> str:
        c = self.claims[m.claim]
        start = m.value.start - c.start
        tail = c.text[start:].split()
        return " ".join(tail[:4])

    def _context(self, m: Mention) -> str:
        """The words a value attaches to: a few before it, the value, a few after (within its sentence)."""
        c = self.claims[m.claim]
        start, end = m.value.start - c.start, m.value.end - c.start
        before, after = c.text[:start].split()[-CONTEXT_WORDS:], c.text[end:].split()[:CONTEXT_WORDS - 1]
        return " ".join([*before, m.value.text, *after])

    def _event_words(self, m: Mention) -> str:
        """The words a date is written beside, without the date itself: what happened then."""
        c = self.claims[m.claim]
        start, end = m.value.start - c.start, m.value.end - c.start
        before, after = c.text[:start].split()[-CONTEXT_WORDS - 1:], c.text[end:].split()[:CONTEXT_WORDS]
        return " ".join([*before, *after])

    def _contexts_match(self, a: Mention, b: Mention) -> bool:
        """Are two dates, sums or durations attached to the same words (the same event, the same fine)?"""
        if (a.value.kind not in CONTEXT_KINDS and b.value.kind not in CONTEXT_KINDS) or a.value.start is None or b.value.start is None:
            return True
        va, vb = self.ctx.embedder.embed([self._context(a), self._context(b)])
        return float(va @ vb) >= CONTEXT_MATCH

    def _things_match(self, a: int, b: int, nouns: dict[int, np.ndarray]) -> bool:
        """Do two counts count one thing: the same event predicate (killed / injured / shot down) when both have one,
        and similar "number + counted thing" phrases?"""
        if differ(self._predicates[a], self._predicates[b]):
            return False
        va, vb = self._mentions[a].value, self._mentions[b].value
        if va.kind in ("date", "year") and vb.kind in ("date", "year") and (self._other_act(a, b) or self._other_act(b, a)):
            return False  # rule ``act``: the day a decision was approved is not the day it takes effect
        if va.kind == "date" and vb.kind == "date" and (self._dateline(a) or self._dateline(b)):
            return False  # rule ``dateline``: "Friday 18 April 2025" alone dates a page, it tells no event
        if va.kind in ("date", "year") and vb.kind in ("date", "year") and self._recalled(a, b):
            return False  # rule ``recalled``: the collapse of 2018 an article recalls is not the story's day
        if va.kind == "percent" and vb.kind == "percent":
            wa, wb = _share_what(self._predicates[a]), _share_what(self._predicates[b])
            if wa != wb and (wa in OWN_SHARES or wb in OWN_SHARES):
                return False  # rule ``turnout``: the share that voted is not a candidate's share of the vote
            if isinstance(va.value, (int, float)) and isinstance(vb.value, (int, float)) \
                    and abs(va.value + vb.value - 100) <= COMPLEMENT:
                return False  # rule ``complement``: 46.4% and 53.6% are the two sides of one vote, not one changed
            if wa == wb == "share_counted":
                return False  # rule ``progress``: the share of ballots counted grows while outlets write
        if va.kind == "count" and vb.kind == "count":
            if (_qualifier_of(self._predicates[a]) is None) != (_qualifier_of(self._predicates[b]) is None):
                return False  # rule ``qualifier``: "22 Swiss" among the injured is not the "115 injured"
            event = self._predicates[a] is not None and self._predicates[a] == self._predicates[b]
            if bare(va) != bare(vb) and not event and not (self._part(a) and self._part(b)) and not self._alone(a, b):
                return False  # rule ``bare number``: "31 were" counts nothing named, "238 guests" does ("of them
                # 15" leaves out the noun of the count it is a part of; the only figure of two sentences is one)
            if va.unit and vb.unit and not event and not self._same_noun(a, b):
                return False  # rule ``counted noun``: "66 lives" and "161 rooms" count two things
            known = [p for p in (self._predicates[a], self._predicates[b]) if p is not None]
            if len(known) == 1 and not self.aligned(self._mentions[a].claim, self._mentions[b].claim):
                return False  # rule ``predicate``: "76 died" is not "eleven sentenced" in a merely similar sentence
        if a in nouns and b in nouns:
            return float(nouns[a] @ nouns[b]) >= NOUN_MATCH
        return True

    def _other_act(self, a: int, b: int) -> bool:
        """Rule ``act``: is mention a's date written for an act (born, approved, announced, in force: ``[acts]`` in
        ``numbers.toml``) that b's sentence does not name? Then the two dates are of two acts."""
        m, other = self._mentions[a], self._mentions[b]
        if m.value.start is None or m.value.end is None:
            return False
        if ("act", a) not in self._memo:
            c = self.claims[m.claim]
            self._memo["act", a] = predicate(c.text, m.value.start - c.start, m.value.end - c.start,
                                             self.languages.get(m.article), ACT_REACH, section="acts")
        cls = self._memo["act", a]
        if cls is None:
            return False
        if ("names", other.claim, cls) not in self._memo:
            self._memo["names", other.claim, cls] = names(self.claims[other.claim].text,
                                                          self.languages.get(other.article), cls)
        return not self._memo["names", other.claim, cls]

    def _recalled(self, a: int, b: int) -> bool:
        """Rule ``recalled``: one date is written without its year (the story's own time: "il 13 settembre") and the
        other with a year three or more years from the story's ("il 14 agosto del 2018"): an earlier event one article
        recalls, not the story's date given differently. Two dates both written with their years still conflict."""
        pub = sorted(d.year for d in self.calendar.published.values())
        now = self.calendar.main.year if self.calendar.main else (pub[len(pub) // 2] if pub else self._main_year)
        if now is None:
            return False
        near = far = False
        for i in (a, b):
            m = self._mentions[i]
            c = self.claims[m.claim]
            raw = str(m.value.value)
            yearless = m.value.kind == "date" and len(raw) == 5 and raw[2] == "-" and year_after(m.value, c) is None
            year = _year_of(self.calendar.complete(m.value, c, self.languages.get(m.article)))
            if year is None:
                return False
            near |= yearless and abs(year - now) <= 1
            far |= not yearless and abs(year - now) >= RECALLED
        return near and far

    def _dateline(self, i: int) -> bool:
        """Is mention i a date written alone, with at most one word beside it (a weekday: "pátek 18. dubna 2025")?"""
        m = self._mentions[i]
        c = self.claims[m.claim]
        if m.value.start is None or m.value.end is None:
            return False
        rest = c.text[:m.value.start - c.start] + " " + c.text[m.value.end - c.start:]
        return len(_WORDS.findall(rest)) <= DATELINE_WORDS

    def _alone(self, a: int, b: int) -> bool:
        """Are mentions a and b the only figures of two aligned sentences (one statement)?"""
        ca, cb = self._mentions[a].claim, self._mentions[b].claim
        return len(self.claims[ca].values) == 1 and len(self.claims[cb].values) == 1 and self.aligned(ca, cb)

    def _part(self, i: int) -> bool:
        """Is mention i a count that is a part of another ("including 36 children", "15 of them")?"""
        m = self._mentions[i]
        if m.value.kind != "count" or m.value.start is None or m.value.end is None:
            return False
        if ("part", i) not in self._memo:
            c = self.claims[m.claim]
            self._memo["part", i] = part(c.text, m.value.start - c.start, m.value.end - c.start,
                                         self.languages.get(m.article))
        return self._memo["part", i]

    def _nouns(self, i: int) -> tuple[str, ...]:
        if ("nouns", i) not in self._memo:
            m = self._mentions[i]
            c = self.claims[m.claim]
            self._memo["nouns", i] = nouns(m.value, c.text, m.value.end - c.start, self.languages.get(m.article))
        return self._memo["nouns", i]

    def _same_noun(self, a: int, b: int) -> bool:
        """Rule ``counted noun``: two counts share a noun in two forms, or two nouns that alone translate each other."""
        na, nb = self._nouns(a), self._nouns(b)
        if not (na and nb):
            return False
        if any(same_word(x, y) for x in na for y in nb):
            return True
        vecs = self.ctx.embedder.embed([*na, *nb])  # only when both name a noun: this runs per candidate pair
        return float((vecs[:len(na)] @ vecs[len(na):].T).max()) >= NOUN_WORD

    def _link_equal(self, members: list[int], mentions: list[Mention], nouns, uf: DisjointSets) -> None:
        """Join mentions of one value (one blocking key: equal values) when they are about the same thing:
        each other's best match across two articles, or very similar sentences anyway."""
        if len(members) < 2:
            return
        claim_idx = np.array([mentions[m].claim for m in members])
        arts = np.array([mentions[m].article for m in members], dtype=object)
        sims = self.vecs[claim_idx] @ self.vecs[claim_idx].T
        ok = np.ones_like(sims, dtype=bool)
        counted = [m in nouns for m in members]
        if any(counted):
            nv = np.stack([nouns.get(m, np.zeros(self.vecs.shape[1], np.float32)) for m in members])
            has = np.array(counted)
            ok = ~(has[:, None] & has[None, :]) | ((nv @ nv.T) >= NOUN_MATCH)
        preds = [self._predicates[m] for m in members]
        if any(p is not None for p in preds):
            # "two soldiers killed" and "two soldiers injured" are two things, whatever the sentences share
            kinds = list(dict.fromkeys(preds))
            code = np.array([kinds.index(p) for p in preds])
            apart = np.array([[differ(p, q) for q in kinds] for p in kinds], dtype=bool)
            ok = ok & ~apart[code[:, None], code[None, :]]
        # articles numbered in order of first appearance; the links are made in the order a loop over articles,
        # then over mentions, would make them, since a link refused for its dates depends on the links before it
        names = {a: k for k, a in enumerate(dict.fromkeys(arts))}
        art_of = np.array([names[a] for a in arts], dtype=np.int64)
        same_article = art_of[:, None] == art_of[None, :]
        # one article repeating a value about the same thing (the same or a near-duplicate sentence)
        repeat = same_article & ok & ((claim_idx[:, None] == claim_idx[None, :]) | (sims >= VALUE_ALONE))
        xs, ys = np.nonzero(np.triu(repeat, 1))
        scores = np.where(ok & ~same_article, sims, -2.0)
        top, best = best_per_group(scores, art_of, len(names))  # x's best mention in each article, and its score
        found = best > -2.0
        # mutual: y is x's best in y's article and x is y's best in x's article
        mutual = found & found[top, art_of[:, None]] & (top[top, art_of[:, None]] == np.arange(len(members))[:, None])
        keep = found & ((mutual & (best >= VALUE_MATCH)) | (best >= VALUE_ALONE))
        at, xb = np.nonzero(keep.T)  # article by article, mention by mention
        xs, ys = np.concatenate((xs, xb)), np.concatenate((ys, top[xb, at]))
        if not any(m in self._yearless or uf.find(m) in self._dated for m in members):
            # no date in these rows: every link is made, whatever the order
            for x, root in enumerate(components(len(members), xs, ys).tolist()):
                if root != x:
                    uf.union(members[root], members[x])
            return
        for x, y in zip(xs.tolist(), ys.tolist()):
            self._union_equal(uf, members[x], members[y])

    def _union_equal(self, uf: DisjointSets, a: int, b: int) -> None:
        """Join two mentions under one blocking key unless their rows would then hold two different full dates."""
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return
        dates = self._dated.get(ra, set()) | self._dated.get(rb, set())
        if len(dates) > 1:
            return
        yearless = [m for m in (a, b) if m in self._yearless]
        if dates and yearless:
            full, read = next(iter(dates)), self._read_as[yearless[0]]
            if _full_date_text(read) and read != full:
                return  # "8 August" in an article of January 2026 is the 8 August before it, not the one after
            if not _full_date_text(read) and not full.startswith(f"{self._story_year}-"):
                return  # a date written without its year is a date of the story's year, not 1 January 1999
        uf.union(a, b)
        if dates:
            self._dated[uf.find(a)] = dates

    def _one_sided(self) -> set[tuple[int, int]]:
        """Pairs where one claim is the other's clear best match in its article but not the reverse: a sentence
        whose number was changed may no longer be its counterpart's mutual best."""
        if self._one_sided_pairs is not None:
            return self._one_sided_pairs
        m = self.matches
        if len(m.src) == 0:
            return set()
        floor = np.where(self._same_language(m.src, m.best), MATCH_SAME_LANGUAGE, MATCH)
        cand = (m.sim >= floor) & (m.lead >= LEAD)
        out = {(min(a, b), max(a, b)) for a, b in zip(m.src[cand].tolist(), m.best[cand].tolist())}
        self._one_sided_pairs = out - self.alignment
        return self._one_sided_pairs

    def _conflicts(self, mentions: list[Mention], nouns, uf: DisjointSets
                   ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str | None]]]:
        """Mentions that give different values for one thing in matching sentences (conflicts), and mentions that
        give one value two compatible ways (agreements, with the rule that says so: "over 65" / "старше 65 лет",
        "under eight minutes" / "seven minutes", "about 100" / "une centaine")."""
        by_claim: dict[int, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            by_claim[m.claim].append(i)
        group_articles: dict[int, set[str]] = defaultdict(set)
        for i, m in enumerate(mentions):
            group_articles[uf.find(i)].add(m.article)
        keys = [_row_key(m.value) for m in mentions]
        # pairs of articles that already give one holder the same share: their other shares of that holder are
        # other things (a poll, a region, the first round), never the same share given two ways (rule ``holder``)
        holders: dict[int, set[tuple[str, str]]] = defaultdict(set)
        for i, m in enumerate(mentions):
            parts = _key_parts(self._predicates[i])
            if parts and parts[0] == SHARE and parts[1]:
                holders[uf.find(i)].add((parts[1], m.article))
        agreed_on: set[tuple[str, str, str]] = set()
        for found in holders.values():
            for who, a in found:
                agreed_on.update((who, a, b) for w2, b in found if w2 == who and b != a)
        conflicts: list[tuple[int, int]] = []
        agreements: list[tuple[int, int, str | None]] = []
        pairs = [(p, True) for p in sorted(self.alignment)] + [(p, False) for p in sorted(self._one_sided())]
        for (a, b), aligned in pairs:
            if a not in by_claim or b not in by_claim:
                continue
            left, right = list(by_claim[a]), list(by_claim[b])
            if not aligned:
                # a weaker match only counts values the other article gives nowhere else
                left = [x for x in left if self.claims[b].article not in group_articles[uf.find(x)]]
                right = [y for y in right if self.claims[a].article not in group_articles[uf.find(y)]]
            for x in list(left):  # values both sentences give are not in conflict
                for y in right:
                    if keys[x] == keys[y]:
                        left.remove(x)
                        right.remove(y)
                        break
            for x in list(left):  # a bare number against the same number with a unit
                for y in right:
                    if _bare_equal(mentions[x].value, mentions[y].value) and not differ(self._predicates[x], self._predicates[y]):
                        agreements.append((x, y, None))
                        left.remove(x)
                        right.remove(y)
                        break
            for dim in {dimension(mentions[x].value) for x in left}:
                lx = [x for x in left if dimension(mentions[x].value) == dim]
                ry = [y for y in right if dimension(mentions[y].value) == dim]
                for x, y in self._one_to_one(lx, ry, nouns):
                    left.remove(x)
                    right.remove(y)
                    if not aligned and not self._contexts_match(mentions[x], mentions[y]):
                        continue  # a date, a sum or a duration of something else ("a year of investigation" / "60 days to comply")
                    if self._known(mentions[x], mentions[y]):
                        continue
                    parts = _key_parts(self._predicates[x])
                    if parts and parts[0] == SHARE and parts[1] and (
                            not aligned or self.sim_of(a, b) < WRITTEN_MATCH
                            or (parts[1], mentions[x].article, mentions[y].article) in agreed_on):
                        continue  # one candidate's shares differ by poll, round and region: only a sentence and its
                        # translation giving two shares are one share in conflict
                    times = [p[4] for p in (parts, _key_parts(self._predicates[y])) if p and p[0] == SHARE and p[4]]
                    if times and not (len(times) == 2 and times[0] == times[1] and not times[0].endswith(":")):
                        continue  # shares of another time ("damals", "in 2023") conflict only when they name one year
                    rule = explain(self.side(mentions[x]), self.side(mentions[y]))
                    if rule is None and not (_article_one(mentions[x].value) or _article_one(mentions[y].value)):
                        conflicts.append((x, y))
                    elif rule is not None and rule.same_thing:
                        agreements.append((x, y, rule.name))
            pair = self._year_in_date(left, right, mentions)
            if pair is not None:
                x, y = pair
                left.remove(x)
                right.remove(y)
                if aligned or self._contexts_match(mentions[x], mentions[y]):
                    agreements.append((x, y, "precision"))
            if len(left) == 1 and len(right) == 1 and _bare_pair(mentions[left[0]].value, mentions[right[0]].value) \
                    and not differ(self._predicates[left[0]], self._predicates[right[0]]):
                if self._number_known(mentions[left[0]], mentions[right[0]]):
                    continue  # each article gives the other's number too: two things ("1.95583 leva" / "one month")
                rule = explain(self.side(mentions[left[0]]), self.side(mentions[right[0]]))
                if rule is None:
                    conflicts.append((left[0], right[0]))  # "over 65" / "старше 66 лет"
                elif rule.same_thing:
                    agreements.append((left[0], right[0], rule.name))
        return conflicts, agreements

    @staticmethod
    def _year_in_date(left: list[int], right: list[int], mentions: list[Mention]) -> tuple[int, int] | None:
        """Rule ``precision`` across kinds: the only year one sentence gives and the only full date the other gives,
        in that year ("since 2007" / "since 1 January 2007"), are one date given less precisely."""
        for xs, ys in ((left, right), (right, left)):
            years = [x for x in xs if mentions[x].value.kind == "year"]
            dates = [y for y in ys if _full_date(mentions[y].value)]
            if len(years) == 1 and len(dates) == 1 \
                    and _year_of(mentions[years[0]].value) == _year_of(mentions[dates[0]].value):
                return (years[0], dates[0]) if xs is left else (dates[0], years[0])
        return None

    def _one_to_one(self, lx: list[int], ry: list[int], nouns) -> list[tuple[int, int]]:
        """The differing values of one dimension that pair up one to one: the only value on each side, or else the
        only value of one event predicate on each side ("40 dead, 115 injured" / "47 dead, 116 injured"); several
        loose values are ambiguous and pair with nothing."""
        if len(lx) == 1 and len(ry) == 1:
            return [(lx[0], ry[0])] if self._things_match(lx[0], ry[0], nouns) else []
        out = []
        # a part ("including 3 Italians") is paired apart from the total of its predicate ("115 injured")
        for cls in {(self._predicates[x], self._part(x)) for x in lx if self._predicates[x] is not None}:
            px = [x for x in lx if (self._predicates[x], self._part(x)) == cls]
            py = [y for y in ry if (self._predicates[y], self._part(y)) == cls]
            if len(px) == 1 and len(py) == 1 and self._things_match(px[0], py[0], nouns):
                out.append((px[0], py[0]))
        return out

    def _known(self, x: Mention, y: Mention) -> bool:
        """Does each article know the other's value, so the two are two different things, not one thing reported two
        ways? A date or year the other article also gives is another event (the changeover on 1 January, the end
        of dual circulation on 1 February); a number the other sentence also writes (the "21st" of "21st of 27")
        is not one number changed."""
        if x.value.kind in ("date", "year"):
            return self._other_days(x, y) or self._anchored_elsewhere(x, y) or self._anchored_elsewhere(y, x)
        if x.value.kind == "percent":
            # an article giving both shares (a poll's and the result's, one region's and the country's) knows them
            # as two things (rule ``holder``: the same holder's other share)
            return self._share_known(x, y) or self._share_known(y, x)
        return _writes(self.claims[y.claim].text, x.value) or _writes(self.claims[x.claim].text, y.value)

    def _other_days(self, x: Mention, y: Mention) -> bool:
        """Two times of day whose sentences put them on different days ("at 12:32 on Monday" / "at 12:38 on
        Tuesday") are the times of two events, not one time given two ways."""
        if dimension(x.value) != "time" or dimension(y.value) != "time":
            return False
        days = []
        for m in (x, y):
            full = str(self.calendar.complete(m.value, self.claims[m.claim], self.languages.get(m.article)).value)
            days.append(full[:10] if _full_date_text(full[:10]) else None)
        return None not in days and days[0] != days[1]

    def _share_known(self, x: Mention, y: Mention) -> bool:
        """Does y's article give x's share too, of no other holder than x's?"""
        kx = _key_parts(self._key_at.get(id(x)))
        for m in self._by_article.get(y.article, ()):
            if m.value.kind == "percent" and same(m.value, x.value):
                km = _key_parts(self._key_at.get(id(m)))
                if kx is None or km is None or not (kx[1] and km[1] and kx[1] != km[1]):
                    return True
        return False

    def _number_known(self, x: Mention, y: Mention) -> bool:
        """Does either article give the other's number anywhere, with or without a unit?"""
        def gives(article: str, v: Value) -> bool:
            return any(isinstance(w.value, (int, float)) and float(w.value) == float(v.value)
                       for w in self._article_values.get(article, ()))
        return gives(y.article, x.value) or gives(x.article, y.value)

    def _anchored_elsewhere(self, x: Mention, y: Mention) -> bool:
        """Does y's article give x's date too, written beside words closer to x's than the words y is written beside?
        Then x belongs to that other event of y's article, and y is the date of something else."""
        if x.value.start is None or y.value.start is None:
            return False
        same_date = [m for m in self._by_article.get(y.article, ()) if m.value.start is not None and _gives(m.value, x.value)]
        if not same_date:
            return False
        vecs = self.ctx.embedder.embed([self._event_words(x), self._event_words(y),
                                        *(self._event_words(m) for m in same_date)])
        return float(max(vecs[2:] @ vecs[0])) >= float(vecs[1] @ vecs[0])

    # -- statement groups ------------------------------------------------------------------------
    def statement_groups(self) -> list[list[int]]:
        """Aligned sentences joined into statements, strongest pairs first: a statement holds at most one sentence
        per article and its parts stay close on average, so a chain of related sentences never becomes one row."""
        n = len(self.claims)
        uf = DisjointSets(n)
        arts: dict[int, set[str]] = {}
        sums: dict[int, np.ndarray] = {}
        sizes: dict[int, int] = {}
        for a, b in sorted(self.alignment, key=lambda p: -self.sim_of(*p)):
            ra, rb = uf.find(a), uf.find(b)
            if ra == rb:
                continue
            aa, ab = arts.get(ra, {self.claims[a].article}), arts.get(rb, {self.claims[b].article})
            if aa & ab:
                continue
            va, vb = sums.get(ra, self.vecs[a]), sums.get(rb, self.vecs[b])
            na, nb = sizes.get(ra, 1), sizes.get(rb, 1)
            if float(va @ vb) / (na * nb) < COHESION:
                continue
            uf.union(a, b)
            root = uf.find(a)
            arts[root], sums[root], sizes[root] = aa | ab, va + vb, na + nb
        groups = uf.groups([i for i in range(n) if uf.find(i) in sizes]).values()
        return [sorted(g) for g in groups if len({self.claims[i].article for i in g}) > 1]

    # -- numbers written in names, ordinals and codes ----------------------------------------------
    def written_conflicts(self) -> list[tuple[int, int, str, str]]:
        """Aligned sentences that write one different number outside any value ("the 38th round" / "the 58th
        round", "channel 360" / "channel 541"): (claim, claim, its number, the other's number)."""
        out = []
        numbers: dict[int, list[tuple[str, tuple | None, str]]] = {}
        for a, b in sorted(self.alignment):
            # only sentences close enough to be one sentence translated say the same thing with every number
            if self.sim_of(a, b) < WRITTEN_MATCH:
                continue
            for c in (a, b):
                if c not in numbers:
                    numbers[c] = self._numbers(c)
            if not numbers[a] or not numbers[b]:
                continue
            na, nb = _written(numbers[a], numbers[b]), _written(numbers[b], numbers[a])
            left, right = na.keys() - nb.keys(), nb.keys() - na.keys()
            if len(left) == 1 and len(right) == 1:
                (x,), (y,) = left, right
                # two differing values are the value groups' business; "1 euro" against "the 21st state" is not one
                # number changed
                if not (na[x][0] and nb[y][0]) and na[x][1] == nb[y][1]:
                    out.append((a, b, x, y))
        return out

    def _numbers(self, a: int) -> list[tuple[str, tuple | None, str]]:
        """The digit numbers a claim writes, each with the key of the value it sits in (None outside values) and
        its shape; numbers inside dates and years and ungrouped codes (postal codes, phone numbers) are left out."""
        c = self.claims[a]
        spans = [(v.start - c.start, v.end - c.start, v) for v in c.values if v.start is not None]
        out = []
        for m in _DIGITS.finditer(c.text):
            # a rank ("38th round", a value marked ordinal) is still compared as a written number, as before ranks
            # were values: its value row only meets other ranks
            inside = [v for s, e, v in spans if s <= m.start() < e and not v.ordinal]
            if inside and inside[0].kind in ("date", "year"):
                continue
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= CODE_DIGITS and digits == m.group():
                continue  # transcribed, not reported
            out.append((digits, key(inside[0]) if inside else None, _shape(c.text, m.start(), m.end())))
        return out
