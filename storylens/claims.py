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
from dataclasses import replace
from functools import lru_cache

from . import lang
from .model import Article, Claim, Quote, Sentence
from .pipeline import FunctionStage, Report
from .resources import Context
from .values import extract, tokenize

MIN_WORDS = 4  # shorter body lines are captions, datelines or debris, not statements
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


def _mentions_by_article(report: Report) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for e in report.entities:
        for m in e.mentions:
            out.setdefault(m.article, []).append((m.start, m.entity or e.id))
    for v in out.values():
        v.sort()
    return out


def _quotes_by_article(report: Report) -> dict[str, list[Quote]]:
    out: dict[str, list[Quote]] = {}
    for q in report.quotes:
        out.setdefault(q.article, []).append(q)
    return out


def sentence_claim(article: Article, s: Sentence, cid: str, entity_starts: list[tuple[int, str]],
                   quotes: list[Quote]) -> Claim:
    """The claim a sentence makes: values shifted to article offsets, entities, modality and speaker."""
    language = s.language or article.language
    vals = tuple(replace(v, start=v.start + s.start, end=v.end + s.start) for v in extract(s.text, language))
    ents = tuple(dict.fromkeys(e for start, e in entity_starts if s.start <= start < s.end))
    speaker = None
    for q in quotes:
        if q.start < s.end and s.start < q.end:
            speaker = q.speaker.entity or q.speaker.text
            break
    return Claim(cid, article.id, s.text, s.start, s.end, vals, ents,
                 modality(cues(s.text, language), speaker is not None), speaker, s.index)  # type: ignore[arg-type]


def find_claims(report: Report, ctx: Context) -> Report:
    mentions = _mentions_by_article(report)
    quotes = _quotes_by_article(report)
    claims: list[Claim] = []
    for a in report.articles:
        for s in a.body:
            if len(s.text.split()) < MIN_WORDS:
                continue
            claims.append(sentence_claim(a, s, f"c{len(claims) + 1}", mentions.get(a.id, []), quotes.get(a.id, [])))
    return replace(report, claims=tuple(claims))


STAGE = FunctionStage("claims", find_claims, needs=("sentences",), adds=("claims",))
