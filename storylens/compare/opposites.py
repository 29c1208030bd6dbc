"""Contradiction without a denial word: one source says a thing worked, another that it failed.

Each language lists, per predicate, words that say it held (``yes``: worked,
funktionierte, ha funzionato, λειτούργησε, zadziałał) and words that say it did
not (``no``: failed, versagte, guasto, απέτυχε, zawiódł) under ``opposites`` in
``lang/<code>/disputes.toml``; a negation next to the word turns it over ("did
not work", "funktionierte nicht", "nie zadziałał"). Two sentences of different
articles giving one predicate opposite polarity about the same subject (close
sentences, closer still without a shared entity or word) contradict each other.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from .. import lang
from ..claims import cues
from ..disjoint import DisjointSets
from .align import StoryComparison
from .counters import _CLAUSE_BREAK, CLAUSE_ENDS, Words, _complementizers, _match, _phrase, _table, _words, counter

BEFORE = 4  # words before a predicate within which a negation turns it over ("did not work", "non ha funzionato")
AFTER = 6   # words after it within which a language's trailing negation does ("funktionierte in der Nacht nicht")
OPPOSED = 0.87           # two sentences of opposite polarity this close speak of one subject ("the alarms")
OPPOSED_ANCHORED = 0.84  # ... this close when they share an entity or a content word's stem
SIDE = 0.87              # a sentence of one side's polarity this close to one of its sentences is another wording
ARTICLE_SIDE = 0.80      # an article's closest sentence giving the predicate, this close to the row, takes a side
UNSURE = frozenset({"hedges", "qualifiers", "question"})  # a sentence only allowing for it asserts neither side
ADVERB = 2  # a clause of this many words holding a hedge is a sentence adverb ("Reportedly, …"): it hedges it all


@dataclass(frozen=True, slots=True)
class Polarity:
    predicate: str  # the predicate's name, shared across languages ("works", "intended")
    holds: bool     # the sentence says it held (True) or did not (False)


@lru_cache(maxsize=None)
def _opposites(code: str | None) -> tuple[tuple[str, bool, tuple[tuple[str, ...], ...]], ...]:
    data = lang.data(code, "disputes").get("opposites", {})
    return tuple((name, side == "yes", _phrase(p)) for name, sides in data.items()
                 for side in ("yes", "no") for p in sides.get(side, []))


@lru_cache(maxsize=65536)
def polarity(text: str, language: str | None) -> Polarity | None:
    """The predicate a sentence states flatly, held or not; None without one, with both sides, when hedged or when
    the sentence denies or rules something out."""
    entries = _opposites(language)
    against = counter(text, language)
    # a denial or ruling-out ("arson was ruled out") is a denial row's, not a polarity; a kind negated ("it was not
    # arson") is both: the predicate's "no" side, and a classification denied
    if not entries or (against is not None and against.kind != "classifications"):
        return None
    unsure = cues(text, language) & UNSURE
    if unsure and "question" in unsure:
        return None
    toks = _words(text)
    alnum = [k for k, (w, _, _) in enumerate(toks) if any(ch.isalnum() for ch in w)]
    words = Words([toks[k][0] for k in alnum])
    negations = _table(language)["negations"]
    after = _after(language)
    hits = []
    for name, holds, parts in entries:
        span = _match(words, parts)
        if not span:
            continue
        if negations & {words[k] for k in span[2]} or _next_to_negation(toks, alnum, span[0], span[1], negations,
                                                                          after):
            holds = not holds
        hits.append((span[0], span[1], name, holds))
    # the longer phrase reads the words it holds: "działał prawidłowo" (worked properly), not "prawidłowo" alone
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)]
    found = {(name, holds) for _, _, name, holds in hits}
    spans = [(toks[alnum[a]][1], toks[alnum[b - 1]][2]) for a, b, _, _ in hits]
    # a hedge inside the predicate's own words ("carried out as planned": not a plan) leaves it flat, and so does one
    # in another clause ("the plane was in good condition, though the cause may take months to find")
    if unsure and (not found or _hedged(text, spans, language)):
        return None
    if len(found) != 1:  # "accidental or deliberate": the sentence weighs both and asserts neither
        return None
    name, holds = found.pop()
    return Polarity(name, holds)


def _hedged(text: str, spans: list[tuple[int, int]], language: str | None) -> bool:
    """A hedge outside the predicate's words in the predicate's own clause, in a clause its clause completes ("it is
    possible, experts say, that the alarm did not work") or standing alone as a sentence adverb ("Reportedly, …"):
    a hedge in another clause of the sentence hedges that clause, not the predicate."""
    blanked = _without(text, spans)
    bounds = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if any(ch.isalnum() for ch in text[a:b])]
    comps = _complementizers(language)
    own = [k for k, (a, b) in enumerate(clauses) if any(a <= s < b for s, _ in spans)]
    scope = set(own)
    for k in own:  # a clause opening with a complementizer completes the clauses before it
        first = next((w for w, _, _ in _words(text[clauses[k][0]:clauses[k][1]]) if any(ch.isalnum() for ch in w)), "")
        if first in comps:
            scope |= set(range(k))
    for k, (a, b) in enumerate(clauses):
        if not cues(blanked[a:b], language) & UNSURE:
            continue
        if k in scope or sum(any(ch.isalnum() for ch in w) for w, _, _ in _words(text[a:b])) <= ADVERB:
            return True
    return False


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given character spans blanked."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


@lru_cache(maxsize=None)
def _after(code: str | None) -> frozenset[str]:
    """The negations a language writes after its verb (German "nicht"); most write theirs before."""
    return frozenset(w.lower() for w in lang.data(code, "disputes").get("negations_after", []))


def _next_to_negation(toks: list[tuple[str, int, int]], alnum: list[int], a: int, b: int,
                      negations: frozenset[str], after: frozenset[str]) -> bool:
    """A negation within BEFORE words before word ``a``, or a trailing one within AFTER words from word ``b`` on,
    in the same clause."""
    for step, start, reach, words in ((-1, alnum[a] - 1, BEFORE, negations), (1, alnum[b - 1] + 1, AFTER, after)):
        k, seen = start, 0
        while 0 <= k < len(toks) and seen < reach:
            w = toks[k][0]
            if w in CLAUSE_ENDS or w == ".":
                break
            if w in words:
                return True
            seen += any(ch.isalnum() for ch in w)
            k += step
    return False


def contradictions(sc: StoryComparison, lang: list[str | None], stems: list[set[str]]
                   ) -> list[tuple[set[int], set[int]]]:
    """(sentences saying a predicate held, sentences saying it did not) for each subject two articles disagree on."""
    claims = sc.claims
    polar = {i: p for i, c in enumerate(claims) if (p := polarity(c.text, lang[i])) is not None}
    uf = DisjointSets(len(claims))
    for a, b in combinations(sorted(polar), 2):
        pa, pb = polar[a], polar[b]
        if pa.predicate != pb.predicate or pa.holds == pb.holds or claims[a].article == claims[b].article:
            continue
        shared = set(claims[a].entities) & set(claims[b].entities) or stems[a] & stems[b]
        sim = sc.sim_of(a, b)
        if sim >= OPPOSED or (shared and sim >= OPPOSED_ANCHORED):
            uf.union(a, b)
    out = []
    for group in uf.groups(polar).values():
        if len(group) < 2:
            continue
        sides: dict[bool, set[int]] = {True: set(), False: set()}
        for i in group:
            sides[polar[i].holds].add(i)
        for i, p in polar.items():  # the other wordings of either side: same predicate and polarity, close
            if i not in group and p.predicate == polar[group[0]].predicate and any(
                    sc.aligned(i, j) or sc.sim_of(i, j) >= SIDE for j in sides[p.holds]):
                sides[p.holds].add(i)
        for i in _closest_in_articles(sc, polar, sides[True] | sides[False]):
            sides[polar[i].holds].add(i)
        out.append((sides[True], sides[False]))
    return out


def _closest_in_articles(sc: StoryComparison, polar: dict[int, Polarity], row: set[int]) -> set[int]:
    """In each article with no sentence in the row, its sentence giving the row's predicate (either way) closest to
    the row, and in each article in it, its other sentences giving its side again, when that close: "the plane was in good technical condition" and "a aeronave estava plenamente
    funcional" say one thing about one subject in words too different for one wording of the other."""
    claims, predicate = sc.claims, polar[min(row)].predicate
    sides: dict[str, set[bool]] = {}
    for i in row:
        sides.setdefault(claims[i].article, set()).add(polar[i].holds)
    best: dict[str, tuple[float, int]] = {}
    again = set()
    for i, p in polar.items():
        if p.predicate != predicate or i in row:
            continue
        sim = max(sc.sim_of(i, j) for j in row)
        art = claims[i].article
        if sim < ARTICLE_SIDE:
            continue
        if art in sides:  # the article saying its side again in other words ("the document is forged, no licence")
            if sides[art] == {p.holds}:
                again.add(i)
        elif art not in best or sim > best[art][0]:
            best[art] = (sim, i)
    return {i for _, i in best.values()} | again
