"""Claims: body sentences as statements, with their normalised values, entities, modality and speaker.

Every body sentence of a few words is a claim (headings are never analysed).
Values come from ``values.extract``; entities from the ``entities`` stage's
mentions and speakers from the ``quotes`` stage when those ran (both optional).
Modality cues are per-language data in ``lang/<code>/hedges.toml``; ``cues``
says which kinds of cue a text carries so the comparison can tell a flat
statement from a qualified or denied one.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from typing import Sequence

from . import guard, lang
from .model import Article, ArticleAnalysis, Claim, Quote, Report, Sentence, Value
from .pipeline import ArticleStage
from .resources import Context
from .numlexicon import WIDE_CHAR, tokenize
from .values import extract

MIN_WORDS = 4  # shorter body lines are captions, datelines or debris, not statements
# (Chinese and Japanese put no space between words: there twice as many characters stand for the words)
CUE_KINDS = ("hedges", "qualifiers", "negations", "denials", "reporting")


@lru_cache(maxsize=None)
def _cue_table(code: str | None) -> dict:
    table = lang.data(code, "hedges") or {}
    out: dict = {}
    # clitics written onto a word ("doesn't"): split off so the cue lists can name them ("n't")
    clitics = [c.replace("’", "'") for c in table.get("clitics", [])]
    pattern = "(" + "|".join(re.escape(c) for c in clitics) + r")\b"
    out["clitics"] = re.compile(pattern, re.IGNORECASE) if clitics else None
    for kind in CUE_KINDS + ("not_negations",):
        out[kind] = frozenset(tuple(t.low for t in tokenize(p)) for p in table.get(kind, []))
    return out


def _find(words: list[str], phrases: frozenset[tuple[str, ...]]) -> list[tuple[int, int]]:
    spans = []
    for p in phrases:
        n = len(p)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == p:
                spans.append((i, i + n))
    return spans


@lru_cache(maxsize=65536)
def cues(text: str, language: str | None) -> frozenset[str]:
    """Which kinds of modality cue ``text`` carries: hedges, qualifiers, negations, denials, reporting, question."""
    table = _cue_table(language)
    # split contracted negations off their verb ("doesn't" -> "does n't") so the data can list "n't"
    text = text.replace("’", "'")
    if table["clitics"] is not None:
        text = table["clitics"].sub(r" \1", text)
    words = [t.low for t in tokenize(text)]
    found = set()
    shielded = {i for a, b in _find(words, table["not_negations"]) for i in range(a, b)}
    for kind in CUE_KINDS:
        spans = _find(words, table[kind])
        if kind == "negations":
            spans = [(a, b) for a, b in spans if not any(i in shielded for i in range(a, b))]
        if spans:
            found.add(kind)
    if text.rstrip().rstrip("»”\"').").endswith("?"):
        found.add("question")
    return frozenset(found)


def modality(found: frozenset[str], quoted: bool) -> str:
    """One modality from a sentence's cues; the strongest wins (question, negated, hedged, reported)."""
    if "question" in found:
        return "question"
    if "denials" in found or "negations" in found:
        return "negated"
    if "hedges" in found or "qualifiers" in found:
        return "hedged"
    if quoted or "reporting" in found:
        return "reported"
    return "asserted"


def entity_starts(mentions) -> list[tuple[int, str]]:
    """(start, entity id) of every linked mention, in order."""
    return sorted((m.start, m.entity) for m in mentions if m.entity)


def claim_entities(start: int, end: int, starts: list[tuple[int, str]]) -> tuple[str, ...]:
    """Entities named in the span: those with a mention starting inside it, in order, each once."""
    lo, hi = bisect_left(starts, (start,)), bisect_left(starts, (end,))
    return tuple(dict.fromkeys(e for _at, e in starts[lo:hi]))


class QuoteIndex:
    """An article's quotes in text order, with the farthest end reached so far, for overlap lookups by bisection."""

    def __init__(self, quotes):
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self._reach = list(accumulate((q.end for q in self.quotes), max))

    def first_overlapping(self, start: int, end: int):
        """The first quote (in text order) sharing a character with [start, end), or None."""
        i = bisect_right(self._reach, start)  # the first quote ending after start: no earlier one reaches it
        return self.quotes[i] if i < len(self.quotes) and self.quotes[i].start < end else None


def claim_speaker(start: int, end: int, quotes: QuoteIndex | Sequence[Quote]) -> str | None:
    """Who the span is attributed to: the speaker (entity, else description) of the first quote overlapping it."""
    index = quotes if isinstance(quotes, QuoteIndex) else QuoteIndex(quotes)
    q = index.first_overlapping(start, end)
    return q.speaker.entity or q.speaker.text if q is not None else None


def sentence_claim(article: Article, s: Sentence, cid: str, entity_starts: list[tuple[int, str]],
                   quotes: QuoteIndex | Sequence[Quote]) -> Claim:
    """The claim a sentence makes: values shifted to article offsets, entities, modality and speaker."""
    language = s.language or article.language
    vals = tuple(replace(v, start=v.start + s.start, end=v.end + s.start) for v in sentence_values(s.text, language,
                                                                                                   article.language))
    ents = claim_entities(s.start, s.end, entity_starts)
    speaker = claim_speaker(s.start, s.end, quotes)
    return Claim(cid, article.id, s.text, s.start, s.end, vals, ents,
                 modality(cues(s.text, language), speaker is not None), speaker, s.index)  # type: ignore[arg-type]


# kinds a unit word makes of a number: a count of a word the sentence's language does not know as a unit may be one
UNIT_KINDS = ("measure", "money", "duration", "percent")


def sentence_values(text: str, language: str | None, article_language: str | None) -> list[Value]:
    """The values of a sentence read in its own language; where that language is not the article's (a short sentence
    detected as a neighbour language: Portuguese "a cerca de 300 quilómetros" read as Spanish), a count the article's
    language reads with a unit at the same place ("300 quilómetros": 300 km, not 300 things called "quilómetros") takes
    that reading (rule ``article language``)."""
    vals = extract(text, language)
    if not article_language or language == article_language or not any(v.kind == "count" for v in vals):
        return vals
    other = {v.start: v for v in extract(text, article_language) if v.kind in UNIT_KINDS}
    return [other[v.start] if v.kind == "count" and v.start in other and v.unit else v for v in vals]


def claim_id(article_id: str, start: int) -> str:
    """A claim's id: its article's id and its offset, so it never changes when other articles come and go."""
    return f"{article_id}:c{start}"


def article_claims(analysis: ArticleAnalysis, ctx: Context) -> ArticleAnalysis:
    """Add the claims of one article's body sentences."""
    a = analysis.article
    starts = entity_starts(analysis.mentions)
    quotes = QuoteIndex(analysis.quotes)
    claims = []
    for s in a.body:
        if len(s.text.split()) >= MIN_WORDS or len(WIDE_CHAR.findall(s.text)) >= 2 * MIN_WORDS:
            claims.append(sentence_claim(a, s, claim_id(a.id, s.start), starts, quotes))
            guard.check()  # the article's time budget, off the main thread (no timer there)
    return replace(analysis, claims=tuple(claims))


def attribute(claims, mentions, quotes) -> tuple[Claim, ...]:
    """The claims with entities and speaker read again from ``mentions`` and ``quotes`` (after story linking)."""
    starts: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.entity:
            starts.setdefault(m.article, []).append((m.start, m.entity))
    grouped: dict[str, list[Quote]] = {}
    for q in quotes:
        grouped.setdefault(q.article, []).append(q)
    by_article = {a: QuoteIndex(qs) for a, qs in grouped.items()}
    for v in starts.values():
        v.sort()
    out = []
    for c in claims:
        out.append(replace(c, entities=claim_entities(c.start, c.end, starts.get(c.article, [])),
                           attributed_to=claim_speaker(c.start, c.end, by_article.get(c.article, ()))))
    return tuple(out)


def find_claims(report: Report, ctx: Context) -> Report:
    """Add the claims of every article of the report."""
    return STAGE(report, ctx)


STAGE = ArticleStage("claims", article_claims, needs=("sentences", "language", "mentions", "quotes"), adds=("claims",))
