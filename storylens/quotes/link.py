"""Linking the same statement across articles (``Quote.same_as``), in any pair of languages.

The statement decides first, the speaker checks. Each quote is cut into its
statements (sentences; a short one stays with its neighbour), so a quotation
holding two statements links to an outlet that quotes only one of them, and
each statement to its own versions. Two statements of two articles are linked
when each is the other's best match among the allowed pairs of the two
articles: above a floor when the speakers agree (``linkwho``), above a
translation's closeness when nothing is known of the speakers (a role, a
pronoun, a name the entities stage left unlinked), never when they are two
different named persons or two organisations. Words alone are weak evidence
(across languages different statements of one story score up to about 0.87),
which is why an open speaker needs closer words.

Links make groups by transitivity, and one wrong link would join two
speakers' statements; so links are taken closest first, and one that would put
two different persons (named at the cue) or two organisations in one group is
dropped, and so is one joining two groups whose members are not close on
average (a chain of one speaker's different statements through one close pair).
Groups are of statements; a quote is linked to the quotes whose statements
share a group with one of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np

from ..disjoint import DisjointSets
from ..matching import mutual_best
from ..model import Quote, Report
from ..resources import Context
from ..segment import split_paragraph
from .linkwho import AGREE, CLASH, OPEN, Relations, Who, differ

CONTENT_MIN = 0.78  # across languages; with the speaker already agreeing, it only rules out unrelated statements
SAME_LANGUAGE_MIN = 0.88  # one language scores higher for everything, paraphrases included
CONTENT_ALONE = 0.90  # words this close across languages are a translation: speaker resolution may have failed
# Across languages a speaker nothing is known of (a role, a pronoun) may link at this closeness when the pair is
# clearly the best of both articles (ahead of every other quote by OPEN_LEAD): paraphrased translations of one
# statement score 0.83-0.89, and on the development stories lower floors without the lead joined different
# speakers (kept apart 248/249 at 0.90; 231/249 at 0.87 without a lead, 248/249 at 0.85 with a lead of 0.05).
OPEN_MIN = 0.86
OPEN_LEAD = 0.05
SAME_LANGUAGE_ALONE = 0.93  # one speaker's different statements in one language score <= 0.90 (99%)
# Two groups join only when their members score this on average (across languages; one language's pairs count
# 0.06 lower). On the development stories versions of one statement score 0.87 at the median (5% below 0.80),
# one speaker's different statements 0.81 (5% above 0.855).
GROUP_MEAN = 0.79
SAME_LANGUAGE_BONUS = 0.06
PART_MIN_WORDS = 5  # a shorter sentence ("No.", "That is all.") is no statement of its own: it joins its neighbour


@dataclass(frozen=True, slots=True)
class Part:
    """One statement of a quote: the quote's index and the words."""

    quote: int
    text: str
    part: bool = False  # one of several statements of its quote


def statements(text: str, language: str | None) -> list[str]:
    """The statements of a quote's words: its sentences, a short one joined to its neighbour; one when it has one."""
    pieces: list[str] = []
    for line in text.splitlines():
        pieces += [line[a:b] for a, b in split_paragraph(line, language) if line[a:b].strip()]
    out: list[str] = []
    for piece in pieces:
        if out and (len(out[-1].split()) < PART_MIN_WORDS or len(piece.split()) < PART_MIN_WORDS):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out if len(out) > 1 else [text]


def _groups(quotes: list[Quote], report: Report) -> list[list[str]]:
    """Sets of article ids whose quotes may be linked: one per story (all articles when there are no stories)."""
    with_quotes = {q.article for q in quotes}
    if report.stories:
        return [[a for a in s.articles if a in with_quotes] for s in report.stories]
    return [sorted(with_quotes)]


def _unit_vectors(texts: list[str], ctx: Context) -> np.ndarray:
    """One unit vector per statement, of its own words.

    Not of its sentence in the article: the reporting frame ("said that",
    "according to") differs between articles. On the development stories the
    quoted words alone separate the same statement from another one better
    (across languages, 49% of true pairs score >= 0.88 against none of the
    false, where sentences give 33% and 2%).
    """
    vecs = ctx.embedder.embed(texts)
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


def link_quotes(quotes: list[Quote], report: Report, ctx: Context) -> list[Quote]:
    """The quotes with ``same_as`` filled in."""
    language = {a.id: a.language for a in report.articles}
    article_pairs = [(a, b) for group in _groups(quotes, report) for a, b in combinations(group, 2)]
    if not article_pairs:
        return quotes
    linked = {a for pair in article_pairs for a in pair}
    parts: list[Part] = []
    for i, q in enumerate(quotes):
        if q.article in linked:
            texts = statements(q.text, language.get(q.article))
            parts.append(Part(i, q.text))
            if len(texts) > 1:
                parts += [Part(i, t, True) for t in texts]
    by_article: dict[str, list[int]] = {}
    for u, p in enumerate(parts):
        by_article.setdefault(quotes[p.quote].article, []).append(u)
    vec = _unit_vectors([p.text for p in parts], ctx)
    relation = Relations(quotes, report, ctx.embedder.embed)

    candidates: list[tuple[float, int, int]] = []
    for a, b in article_pairs:
        xs, ys = by_article[a], by_article[b]
        same = language.get(a) == language.get(b)
        floor, alone = (SAME_LANGUAGE_MIN, SAME_LANGUAGE_ALONE) if same else (CONTENT_MIN, CONTENT_ALONE)
        sim = vec[xs] @ vec[ys].T
        allowed = np.zeros(sim.shape, dtype=bool)
        for r, c in zip(*np.nonzero(sim >= floor)):
            rel = relation(parts[xs[r]].quote, parts[ys[c]].quote)
            # the speakers agree (then a modest floor), or the words are as close as a translation's and nothing
            # says the speakers are two different people (an unresolved pronoun, say); one sentence of a quotation
            # is weaker evidence than the whole, and so are two names at odds (one resolved from a pronoun or role)
            whole = not (parts[xs[r]].part or parts[ys[c]].part)
            if rel == AGREE:
                allowed[r, c] = whole or sim[r, c] >= alone
            elif rel == OPEN:  # (below a translation's closeness only as a clear winner: see _leads)
                allowed[r, c] = sim[r, c] >= (alone if same else OPEN_MIN)
            elif rel == CLASH:
                allowed[r, c] = whole and sim[r, c] >= alone
        row_quotes, col_quotes = [parts[x].quote for x in xs], [parts[y].quote for y in ys]
        for r, c in mutual_best(sim, allowed):
            if sim[r, c] >= alone or relation(row_quotes[r], col_quotes[c]) != OPEN or \
                    _leads(sim, r, c, row_quotes, col_quotes):
                candidates.append((float(sim[r, c]), xs[r], ys[c]))
    lang_of = [language.get(quotes[p.quote].article) for p in parts]

    def closeness(u: int, v: int) -> float:
        # one language scores everything higher: bring it to the scale of a pair across languages
        return float(vec[u] @ vec[v]) - (SAME_LANGUAGE_BONUS if lang_of[u] == lang_of[v] else 0.0)

    unit_links = _grouped([quotes[p.quote].article for p in parts], [relation.who[p.quote] for p in parts],
                          candidates, closeness)
    links: dict[int, set[int]] = {}
    for u, vs in unit_links.items():
        for v in vs:
            links.setdefault(parts[u].quote, set()).add(parts[v].quote)
    return [replace(q, same_as=tuple(sorted(quotes[j].id for j in links.get(i, ()) if j != i)))
            for i, q in enumerate(quotes)]


def _leads(sim: np.ndarray, r: int, c: int, row_quotes: list[int], col_quotes: list[int]) -> bool:
    """The pair (r, c) is ahead by OPEN_LEAD of every other quote's statements in its row and its column."""
    others = [sim[r, k] for k, q in enumerate(col_quotes) if q != col_quotes[c]]
    others += [sim[k, c] for k, q in enumerate(row_quotes) if q != row_quotes[r]]
    return sim[r, c] - max(others, default=-1.0) >= OPEN_LEAD


def _grouped(articles: list[str], who: list[Who], candidates: list[tuple[float, int, int]],
             closeness) -> dict[int, set[int]]:
    """The candidate links kept, closest first, that join no two different persons in one group and join two
    groups only when their members are close on average (no chain of one speaker's statements); item -> linked."""
    sets = DisjointSets(len(articles))
    persons: dict[int, list[Who]] = {i: [w] for i, w in enumerate(who) if (w.person and w.surnames) or w.body}
    members: dict[int, list[int]] = {i: [i] for i in range(len(articles))}
    links: dict[int, set[int]] = {}
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        a, b = sets.find(i), sets.find(j)
        if a != b:
            pa, pb = persons.get(a, []), persons.get(b, [])
            if any(differ(x, y) for x in pa for y in pb):
                continue
            cross = [closeness(x, y) for x in members[a] for y in members[b] if articles[x] != articles[y]]
            if len(cross) > 1 and sum(cross) / len(cross) < GROUP_MEAN:
                continue  # the two groups are one speaker's different statements joined by one close pair
            ma, mb = members.pop(a), members.pop(b)
            sets.union(a, b)
            persons[sets.find(a)] = pa + pb
            members[sets.find(a)] = ma + mb
        links.setdefault(i, set()).add(j)
        links.setdefault(j, set()).add(i)
    return links
