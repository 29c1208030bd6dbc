"""Rule ``one thing``: rows of one figure given differently by different outlets joined into one conflicting row.

Equal values join rows when their sentences match (``valuerows``); differing values only when two sentences are
aligned or one is the other's clear best match. Outlets that word a figure differently ("erau cazați 234 de
oameni" / "tinha 238 hóspedes registrados") leave two rows, each "agreed", and the conflict unseen. A row is
one thing by WHAT it counts or measures and of WHICH event, not by its number: each mention is read as the words
around it with the number masked ("erau cazați # de oameni"), embedded across languages, and two rows of one
dimension join when those masked contexts are as close as one statement's, the rows' keys (predicate, qualifier,
part) allow one thing, and no article gives both values (an article that gives both knows them as two things).
A counted noun shared by the two rows (the same word, or two words that translate each other) lowers the
closeness asked for; counts of two different nouns need the closeness of a translation.
Rule ``one person``: an age is a person's, so two rows of ages join when every mention of each is written beside a
person entity and the rows share that person ("Taleb A. (50)" / "der 49-jährige Taleb A."), whatever the words
around them; ages of two people, or of no one named, stay apart.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from functools import lru_cache

from .. import lang
from ..model import Value
from ..matching import candidate_pairs, dots, lsh_keys
from ..valuecompare import base, dimension, same
from .align import MAX_POSTING, SUBJECT_REACH
from .compatible import explain
from .counted import NOUN_WORD, nouns, same_word
from .samething import _stages, other_stage
from .timing import marks as stage_of
from .valuekeys import OWN_SHARES, Mention, ValueRow, differ, qualifier_of, share_what

if TYPE_CHECKING:
    from .align import StoryComparison

KINDS = ("count", "measure", "duration", "money")
WINDOW = 6          # words on either side of a value read as what it is about
MASK = "#"          # the number's place in its masked context
SAME_NOUN = 0.85    # masked contexts of rows sharing a counted noun at least this close on average
OTHER = 0.90        # ... of rows whose counted nouns differ (or are unknown) at least this close
SENTENCES = 0.83    # ... and their sentences at least this close on average (about one thing, not two in one frame)
ALL_ROWS = 400       # up to this many rows every pair of them is scored; above it, hyperplane buckets
MAX_RATIO = 3.0     # two values of one figure differ by at most this factor (1,500 / 500 people)
AGE_GAP = 5         # two ages of one person differ by at most this many years (a typo or a birthday, not a generation)
AGE = "duration:age"
_HYPHENED = re.compile(r"^[-‐–][^\W\d_]")  # "71-year-old", "five-day": a figure inside an adjective


def _eligible(sc: "StoryComparison", row: ValueRow) -> str | None:
    """The dimension of a row that may join another: one dimension of counts, measures, durations or sums, single
    numbers other than one (a count of one is most often an article or "one of them")."""
    dims = set()
    for m in row.mentions:
        v = m.value
        if v.kind not in KINDS or v.ordinal or v.start is None or v.end is None:
            return None
        if not isinstance(v.value, (int, float)) or v.value <= 1:
            return None
        dim = dimension(v)
        if dim == AGE and not _person(sc, m):
            return None  # an age is a person's: of no person named, it is no figure of the story (rule ``one person``)
        if v.kind == "duration" and _ago(v, sc.languages.get(m.article)):
            return None  # "two hours ago" is the writer's hour, not one figure of the story
        c = sc.claims[m.claim]
        if dim != AGE and (_HYPHENED.match(c.text[v.end - c.start:v.end - c.start + 2]) or "-" in v.text):
            return None  # a figure inside an adjective ("five-day"); an age is most often written so ("49-year-old")
        dims.add(dim)
    return dims.pop() if len(dims) == 1 else None


@lru_cache(maxsize=None)
def _ago_words(language: str | None) -> frozenset[str]:
    data = lang.data(language, "numbers") if language else {}
    return frozenset(lang.fold(w.lower()) for w in data.get("ago", []))


def _ago(v: Value, language: str | None) -> bool:
    """Is the duration written as a time before the article ("tolv timmar sedan", "13 óra előtt")?"""
    words = v.text.split()
    return len(words) > 1 and lang.fold(words[-1].lower()) in _ago_words(language)


def _person(sc: "StoryComparison", m: Mention) -> frozenset[str]:
    """The person entities written right beside a value (an age's person: "Taleb A. (50)", "50-year-old Taleb")."""
    return frozenset(e for e in sc.side(m).subjects if e in sc.people)


def _people(sc: "StoryComparison", row: ValueRow) -> frozenset[str]:
    """The persons every mention of a row of ages is written beside (a row whose mentions name none: empty)."""
    found = [_person(sc, m) for m in row.mentions]
    return frozenset.union(*found) if found and all(found) else frozenset()


def _holders(sc: "StoryComparison", row: ValueRow) -> frozenset[str]:
    """The persons any mention of a row is written for (a count's holder: "Trzaskowski zdobył 10 237 177"), of
    those the story counts by: only a person whose count some sentence gives beside another person's count
    ("Nawrocki was supported by 10,606,877 voters and Trzaskowski by 10,237,286") holds counts; a minister
    named beside the figure he gave ("Yerlikaya said 9 people were detained") holds none."""
    if "holders" not in sc.memo:
        by_claim: dict[int, set[str]] = defaultdict(set)
        for m in sc.value_mentions:
            if m.value.kind == "count" and (h := _holder(sc, m)) is not None:
                by_claim[m.claim].add(h)
        sc.memo["holders"] = frozenset(h for found in by_claim.values() if len(found) >= 2 for h in found)
    return frozenset(h for m in row.mentions if (h := _holder(sc, m)) is not None) & sc.memo["holders"]


def _holder(sc: "StoryComparison", m: Mention) -> str | None:
    """The person written nearest before a value within ``SUBJECT_REACH`` characters, else nearest after it: in
    "Nawrocki was supported by 10,606,877 voters and Trzaskowski by 10,237,286" each count is its own candidate's."""
    if m.value.start is None or m.value.end is None:
        return None
    key = ("holder", m.claim, m.value.start, m.value.end)  # asked once per pair of rows: scanned once per mention
    if key not in sc.memo:
        sc.memo[key] = _nearest_person(sc, m)
    return sc.memo[key]


def _nearest_person(sc: "StoryComparison", m: Mention) -> str | None:
    c = sc.claims[m.claim]
    before = [(m.value.start - e, eid) for s, e, eid in sc.mentions.get(c.article, ())
              if eid in sc.people and c.start <= s and e <= m.value.start and m.value.start - e <= SUBJECT_REACH]
    after = [(s - m.value.end, eid) for s, e, eid in sc.mentions.get(c.article, ())
             if eid in sc.people and s >= m.value.end and e <= c.end and s - m.value.end <= SUBJECT_REACH]
    return min(before)[1] if before else (min(after)[1] if after else None)


def masked(sc: "StoryComparison", m: Mention) -> str:
    """The words around a value, the number itself replaced by ``MASK``: what the value is about."""
    c = sc.claims[m.claim]
    s, e = m.value.start - c.start, m.value.end - c.start
    before, after = c.text[:s].split()[-WINDOW:], c.text[e:].split()[:WINDOW]
    return " ".join([*before, MASK, *after])


def _nouns(sc: "StoryComparison", m: Mention) -> tuple[str, ...]:
    c = sc.claims[m.claim]
    return nouns(m.value, c.text, m.value.end - c.start, sc.languages.get(m.article))


def join(rows: list[ValueRow], sc: "StoryComparison") -> list[ValueRow]:
    """The rows with rows of one figure given differently joined (rule ``one thing``)."""
    idx = [(r, d) for r, row in enumerate(rows) if (d := _eligible(sc, row)) is not None]
    if len(idx) < 2:
        return rows
    mentions = [m for r, _ in idx for m in rows[r].mentions]
    vecs = sc.ctx.embedder.embed([masked(sc, m) for m in mentions])
    sums, at = [], 0
    for r, _ in idx:
        n = len(rows[r].mentions)
        sums.append(vecs[at:at + n].sum(axis=0))
        at += n
    sums = np.stack(sums)
    sizes = np.array([len(rows[r].mentions) for r, _ in idx], dtype=np.float64)
    means = (sums / sizes[:, None]).astype(np.float32)  # mean . mean = the rows' average pairwise similarity
    said = np.stack([sc.vecs[[m.claim for m in rows[r].mentions]].mean(axis=0) for r, _ in idx]).astype(np.float32)
    dims = [d for _, d in idx]
    codes = {d: k for k, d in enumerate(dict.fromkeys(dims))}
    code = np.array([codes[d] for d in dims], dtype=np.int64)
    if len(idx) <= ALL_ROWS:
        xs, ys = np.triu_indices(len(idx), 1)
    else:  # rows of a very large story meet only rows of their dimension sharing a hyperplane bucket: linear
        keys = [[(dims[k],) + key for key in ks] for k, ks in enumerate(lsh_keys(means))]
        pairs = candidate_pairs(np.arange(len(idx)), keys, MAX_POSTING)
        xs, ys = pairs[:, 0], pairs[:, 1]
    sims, sentences = dots(means, xs, ys), dots(said, xs, ys)
    keep = (code[xs] == code[ys]) & (sims >= SAME_NOUN) & (sentences >= SENTENCES)
    arts = [frozenset(m.article for m in rows[r].mentions) for r, _ in idx]
    cands = [(s, a, b) for s, a, b in zip(sims[keep].tolist(), xs[keep].tolist(), ys[keep].tolist())
             if not arts[a] & arts[b]]
    # rule ``one person``: rows of ages sharing their person meet whatever the words around them
    ages = [k for k, d in enumerate(dims) if d == AGE]
    people = {k: _people(sc, rows[idx[k][0]]) for k in ages}
    seen = {(a, b) for _, a, b in cands}
    cands += [(1.0, a, b) for n, a in enumerate(ages) for b in ages[n + 1:]
              if (a, b) not in seen and people[a] & people[b] and not arts[a] & arts[b]]
    cands.sort(reverse=True)
    verdicts: dict[tuple[int, int, bool], tuple[ValueRow, ValueRow, tuple[bool, str, str | None]]] = {}

    def one_thing(A: ValueRow, B: ValueRow, sim: float) -> tuple[bool, str, str | None]:
        # _alike and the join below ask the same pairs of rows: each verdict once (it reads sim only against OTHER;
        # the rows are kept with it so that their ids are never reused by another row)
        key = (id(A), id(B), sim < OTHER)
        hit = verdicts.get(key)
        if hit is None:
            hit = verdicts[key] = (A, B, _one_thing(sc, A, B, sim))
        return hit[2]

    cands = _alike(sc, rows, idx, dims, cands, one_thing)
    out_rows = {k: rows[r] for k, (r, _) in enumerate(idx)}
    owner = list(range(len(idx)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(idx))}

    def find(k: int) -> int:
        while owner[k] != k:
            k = owner[k]
        return k

    for sim, a, b in cands:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        A, B = out_rows[ra], out_rows[rb]
        if {m.article for m in A.mentions} & {m.article for m in B.mentions}:
            continue  # an article gives one figure of a thing: two of its figures are two things
        ok, why, rule = one_thing(A, B, sim)
        if not ok:
            continue
        # the joined row's parts stay close on average (a chain of similar rows never becomes one row)
        ma, mb = members[ra], members[rb]
        avg = float(sums[ma].sum(axis=0) @ sums[mb].sum(axis=0)) / (sizes[ma].sum() * sizes[mb].sum())
        if avg < SAME_NOUN and dims[a] != AGE:
            continue
        conflicting = A.conflicting or B.conflicting or rule is None
        named = () if rule in (None, "equal") else (rule,)
        rules = tuple(dict.fromkeys(A.rules + B.rules + named))
        keys = A.keys if A.keys == B.keys else ()
        joined = ValueRow(A.mentions + B.mentions, conflicting, rules, keys, True)
        _joined_info(sc, joined, A, B)
        root, other = min(ra, rb), max(ra, rb)
        owner[other] = root
        members[root] = ma + mb
        out_rows[root] = joined
        del out_rows[other]
    joined_at = {idx[k][0]: row for k, row in out_rows.items()}
    gone = {idx[k][0] for k in range(len(idx))} - set(joined_at)
    return [joined_at.get(r, row) for r, row in enumerate(rows) if r not in gone]


def _alike(sc: "StoryComparison", rows: list[ValueRow], idx: list[tuple[int, str]], dims: list[str],
           cands: list[tuple[float, int, int]], one_thing=None) -> list[tuple[float, int, int]]:
    """Rule ``two things alike``: two sentences whose figures of two or more dimensions would each join as one
    figure given differently ("fires 45kg shells at a distance of 40 kilometers" / "launches 85 kilogram rockets at
    a distance of 60 kilometers") describe two things of one kind (two weapons), not one thing told two ways:
    none of their figures join."""
    one_thing = one_thing or (lambda A, B, sim: _one_thing(sc, A, B, sim))
    ok: list[tuple[float, int, int, frozenset]] = []
    kinds: dict[tuple[int, int], set[str]] = defaultdict(set)
    for sim, a, b in cands:
        A, B = rows[idx[a][0]], rows[idx[b][0]]
        if not one_thing(A, B, sim)[0]:
            continue
        ca, cb = {x.claim for x in A.mentions}, {y.claim for y in B.mentions}  # each sentence once
        pairs = frozenset((min(x, y), max(x, y)) for x in ca for y in cb)
        for pair in pairs:
            kinds[pair].add(dims[a])
        ok.append((sim, a, b, pairs))
    return [(sim, a, b) for sim, a, b, pairs in ok if all(len(kinds[p]) < 2 for p in pairs)]


@dataclass(slots=True)
class _RowInfo:
    """What the pair tests of ``_one_thing`` read of one row, read once per row: a row of a large story holds hundreds
    of mentions and meets many other rows, so reading its mentions again for each pair grew with their product."""

    keys: frozenset           # its mentions' keys (predicate, qualifier, share)
    unqualified: frozenset    # whether each key names no qualifier (True, False or both)
    parts: frozenset          # whether each mention is a part of a total
    articles: frozenset
    stage_sides: dict         # ``_stage_sides``
    signatures: dict          # ``_signatures``
    holders: frozenset | None = None  # ``_holders``, read when asked
    people: frozenset | None = None   # ``_people``, read when asked
    nouns: set | None = None          # (counted noun, language) of each mention, read when asked


def _info(sc: "StoryComparison", row: ValueRow) -> _RowInfo:
    """The row's ``_RowInfo``, kept with the row (so that its id is never another row's while the memo lives)."""
    memo = sc.memo.setdefault("rows", {})
    hit = memo.get(id(row))
    if hit is None:
        keys = [sc.key_at(m) for m in row.mentions]
        info = _RowInfo(frozenset(keys), frozenset(qualifier_of(k) is None for k in keys),
                        frozenset(_part(sc, m) for m in row.mentions), frozenset(m.article for m in row.mentions),
                        _stage_sides(sc, row), _signatures(sc, row))
        hit = memo[id(row)] = (row, info)
    return hit[1]


def _joined_info(sc: "StoryComparison", joined: ValueRow, a: ValueRow, b: ValueRow) -> None:
    """The ``_RowInfo`` of row a joined with row b (``a.mentions + b.mentions``) from theirs, as reading its mentions
    would give it: a row that takes in rows one by one is not read again whole each time."""
    ia, ib = _info(sc, a), _info(sc, b)
    sides = {cls: list(reps) for cls, reps in ia.stage_sides.items()}
    for cls, reps in ib.stage_sides.items():
        mine = sides.setdefault(cls, [])
        for m in reps:  # b's first mentions of two articles hold the first of an article other than a's one
            if len(mine) < 2 and all(r.article != m.article for r in mine):
                mine.append(m)
    info = _RowInfo(ia.keys | ib.keys, ia.unqualified | ib.unqualified, ia.parts | ib.parts, ia.articles | ib.articles,
                    sides, _merged(ia.signatures, ib.signatures))
    if ia.holders is not None and ib.holders is not None:
        info.holders = ia.holders | ib.holders
    if ia.people is not None and ib.people is not None:
        info.people = ia.people | ib.people if ia.people and ib.people else frozenset()
    if ia.nouns is not None and ib.nouns is not None:
        info.nouns = ia.nouns | ib.nouns
    sc.memo.setdefault("rows", {})[id(joined)] = (joined, info)


def _merged(first: dict, then: dict) -> dict:
    out = dict(first)
    for k, v in then.items():
        out.setdefault(k, v)
    return out


def _one_thing(sc: "StoryComparison", a: ValueRow, b: ValueRow, sim: float) -> tuple[bool, str, str | None]:
    """May rows a and b be one figure given differently? (ok, why not, the compatibility rule that joins them)"""
    ia, ib = _info(sc, a), _info(sc, b)
    if any(differ(x, y) for x in ia.keys for y in ib.keys):
        return False, "key", None
    if ia.unqualified != ib.unqualified:
        return False, "qualifier", None
    if ia.parts.isdisjoint(ib.parts):
        return False, "part", None  # "including 36 children" is a part, never the total it is a part of
    if a.mentions[0].value.kind == "count" and (ha := _row_holders(sc, a, ia)) and (hb := _row_holders(sc, b, ib)) \
            and not ha & hb:
        return False, "person", None  # rule ``other person``: the votes of two candidates ("Trzaskowski zdobył
        # 10 237 177 głosów" / "Nawrocki was supported by 10,606,877 voters")
    sides_b = ib.stage_sides
    if any(other_stage(sc, m, n) for ms in ia.stage_sides.values() for m in ms
           for ns in sides_b.values() for n in ns):
        return False, "count stage", None  # rule ``count stage``: a vote's tally at 97.66% counted is not the final one
    if a.mentions[0].value.kind == "count" and len(ea := _estimates(sc, a)) == 1 and len(eb := _estimates(sc, b)) == 1 \
            and ea != eb:
        return False, "figure stage", None  # rule ``figure stage``: the seats an exit poll gives are not the count's
    x, y = base(a.mentions[0].value)[0], base(b.mentions[0].value)[0]
    if min(x, y) <= 0 or max(x, y) > MAX_RATIO * min(x, y):
        return False, "ratio", None
    if dimension(a.mentions[0].value) == AGE:
        if not _row_people(sc, a, ia) & _row_people(sc, b, ib):
            return False, "person", None  # the ages of two people
        if abs(a.mentions[0].value.value - b.mentions[0].value.value) > AGE_GAP:
            return False, "age", None
    # an article giving the other row's value too knows the two as two things
    sa, sb = ia.signatures, ib.signatures
    for info, own, other in ((ia, sa, sb), (ib, sb, sa)):
        theirs = [t for t in other.values() if not any(same(t, w, 0.0) for w in own.values())]
        if theirs and any(not _givers(sc, t).isdisjoint(info.articles) for t in theirs):
            return False, "known", None
    rule = None
    if any(same(x, y) for x in sa.values() for y in sb.values()):  # all that same() reads: each figure once
        rule = "equal"
    else:
        r = _explained(sc, a.mentions[0], b.mentions[0])
        if r is not None and not r.same_thing:
            return False, f"rule {r.name}", None
        rule = r.name if r is not None else None
    shared = _noun_shared(sc, a, b)
    if shared is False or (shared is None and sim < OTHER):
        return False, "noun", None
    if dimension(a.mentions[0].value) == AGE:
        return True, "", rule  # one person's age: the person is what it is about
    if a.mentions[0].value.kind == "duration" and (sim < OTHER or {m.value.unit for m in a.mentions} != {m.value.unit for m in b.mentions}):
        return False, "duration", None  # a duration's unit counts nothing: its words must say as much as a bare number's
    return True, "", rule


def _estimates(sc: "StoryComparison", row: ValueRow) -> frozenset[bool]:
    """Whether each of a row's counts is a poll's estimate (rule ``figure stage``): {True}, {False} or both."""
    return frozenset("estimate" in stage_of(sc, m) for m in row.mentions)


def _row_holders(sc: "StoryComparison", row: ValueRow, info: _RowInfo) -> frozenset[str]:
    if info.holders is None:
        info.holders = _holders(sc, row)
    return info.holders


def _row_people(sc: "StoryComparison", row: ValueRow, info: _RowInfo) -> frozenset[str]:
    if info.people is None:
        info.people = _people(sc, row)
    return info.people


def _explained(sc: "StoryComparison", x: Mention, y: Mention):
    """The compatibility rule of two rows' first mentions, read in their two sentences only (a further figure
    elsewhere in an article is no part of a total here); once per pair of mentions: a joined row keeps its first
    mention and meets again the rows its parts met."""
    memo = sc.memo.setdefault("explained", {})
    key = (id(x), id(y))
    if key not in memo:
        memo[key] = (x, y, explain(_sentence_side(sc, x), _sentence_side(sc, y)))
    return memo[key][2]


def _sentence_side(sc: "StoryComparison", m: Mention):
    """The mention's side without its article's other values (its sentence only), built once per mention."""
    memo = sc.memo.setdefault("sentence sides", {})
    hit = memo.get(id(m))
    if hit is None:
        hit = memo[id(m)] = (m, replace(sc.side(m), elsewhere=()))  # the mention kept: its id stays its own
    return hit[1]


def _stage_sides(sc: "StoryComparison", row: ValueRow) -> dict[tuple, list[Mention]]:
    """A row's mentions by all that ``other_stage`` reads of a mention besides its article (its kind, whether it is
    the counted share itself, its article's counting stages), each class with mentions of at most two articles: asked
    of these, ``other_stage`` answers as of every pair of the two rows' mentions, in time linear in the rows."""
    out: dict[tuple, list[Mention]] = {}
    for m in row.mentions:
        cls = (m.value.kind, share_what(sc.key_at(m)) in OWN_SHARES, _stages(sc, m.article))
        reps = out.setdefault(cls, [])
        if len(reps) < 2 and all(r.article != m.article for r in reps):
            reps.append(m)
    return out


def _signature(v: Value) -> tuple:
    """All that ``same`` reads of a value: two values with one signature compare alike with every other."""
    return dimension(v), base(v), v.approximate


def _signatures(sc: "StoryComparison", row: ValueRow) -> dict[tuple, Value]:
    """One value of each signature in a row (a row of 300 mentions holds a handful of distinct figures)."""
    memo = sc.memo.setdefault("signatures", {})
    out: dict[tuple, Value] = {}
    for m in row.mentions:
        sig = memo.get(id(m.value))
        if sig is None:
            sig = memo[id(m.value)] = (_signature(m.value), m.value)  # the value is kept: its id stays its own
        out.setdefault(sig[0], m.value)
    return out


def _givers(sc: "StoryComparison", v: Value) -> frozenset[str]:
    """The articles giving value v anywhere (the same figure of the same dimension), once per signature in a story:
    the candidates come from ``_figures``, so a story of many figures is not scanned once per figure."""
    memo = sc.memo.setdefault("givers", {})
    sig = _signature(v)
    hit = memo.get(sig)
    if hit is None:
        hit = memo[sig] = frozenset(art for art, w in _figures(sc).near(v) if same(w, v, 0.0))
    return hit


class FigureIndex:
    """The values of a story's articles by dimension and order of magnitude: ``near(v)`` holds every value that
    ``same(w, v, 0.0)`` can accept (dates by dimension alone; numbers within a relative 1e-6 fall in one bucket of
    the logarithm or the next, checked both sides; zero, tiny, infinite and empty figures are always read)."""

    WIDTH = 1e-5  # of a bucket of log |x|: ten times the widest relative tolerance ``same`` reads at tolerance 0

    def __init__(self, values: dict[str, list[Value]]):
        self.by_dim: dict[str, list[tuple[str, Value]]] = defaultdict(list)
        self.buckets: dict[tuple, list[tuple[str, Value]]] = defaultdict(list)
        for article, vs in values.items():
            for w in vs:
                self.by_dim[dimension(w)].append((article, w))
                self.buckets[self._bucket(w)].append((article, w))

    @classmethod
    def _bucket(cls, v: Value) -> tuple:
        b = base(v)
        if isinstance(b, str):
            return dimension(v), "text"
        if not b or not math.isfinite(b[0]) or abs(b[0]) < 1e-8:
            return dimension(v), len(b), "odd"
        return dimension(v), len(b), b[0] > 0, math.floor(math.log(abs(b[0])) / cls.WIDTH)

    def near(self, v: Value) -> list[tuple[str, Value]]:
        """(article, value) of every value that may be v's figure (a superset: ``same`` decides)."""
        key = self._bucket(v)
        if key[-1] in ("text", "odd"):
            return self.by_dim.get(key[0], [])
        dim, n, sign, at = key
        return [hit for k in (at - 1, at, at + 1) for hit in self.buckets.get((dim, n, sign, k), ())] + \
            list(self.buckets.get((dim, n, "odd"), ()))


def _figures(sc: "StoryComparison") -> FigureIndex:
    if "figures" not in sc.memo:
        sc.memo["figures"] = FigureIndex(sc.article_values)
    return sc.memo["figures"]


def _part(sc: "StoryComparison", m: Mention) -> bool:
    from .counted import part
    if m.value.kind != "count":
        return False
    memo = sc.memo.setdefault("parts", {})
    key = (m.claim, m.value.start, m.value.end)
    if key not in memo:
        c = sc.claims[m.claim]
        memo[key] = part(c.text, m.value.start - c.start, m.value.end - c.start, sc.languages.get(m.article))
    return memo[key]


def _row_nouns(sc: "StoryComparison", row: ValueRow) -> set[tuple[str, str | None]]:
    info = _info(sc, row)
    if info.nouns is None:
        info.nouns = {(w, sc.languages.get(m.article)) for m in row.mentions for w in _nouns(sc, m)}
    return info.nouns


def _noun_shared(sc: "StoryComparison", a: ValueRow, b: ValueRow) -> bool | None:
    """Do the two rows count one noun: the same word in two forms, or, across two languages, two words that
    translate each other? True for measures, durations and sums (their unit is their dimension); None when a count
    names no noun (a bare number)."""
    if a.mentions[0].value.kind != "count":
        return True
    na, nb = _row_nouns(sc, a), _row_nouns(sc, b)
    if not (na and nb):
        return None
    if any(same_word(x, y) for x, _ in na for y, _ in nb):
        return True
    # two words of one language are not translations of each other: a word embedding finds "registered" close to
    # "rescuers"; across languages a noun and its translation are closer than any two other nouns
    la, lb = sorted(na), sorted(nb)
    vecs = sc.ctx.embedder.embed([w for w, _ in la] + [w for w, _ in lb])
    sims = vecs[:len(la)] @ vecs[len(la):].T
    return any(sims[i, j] >= NOUN_WORD for i, (_, x) in enumerate(la) for j, (_, y) in enumerate(lb) if x != y)
