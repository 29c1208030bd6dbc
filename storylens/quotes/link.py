"""Linking the same statement across articles (``Quote.same_as``), in any pair of languages.

Two quotes are the same statement when their speakers agree and their words
are close in a multilingual embedding space. Speakers agree when their names
do: the surnames of the story's entity (or of the name as written, when it is
not linked), compared as romanised skeletons, so "Песков", "Пєскова" and
"Peskov" agree. A speaker without a name (a description, an unresolved
pronoun) agrees when its description is close in the embedding space: "a
senior Kazakh military official" ~ "высокопоставленный казахстанский военный". Words alone
are weak evidence too (across languages different statements of one story
score up to about 0.87), so a pair is linked only when each quote is the
other's best match among the allowed pairs of the two articles: pairs whose
speakers agree, above a modest floor, and pairs whose words are as close as a
translation's (>= 0.90) when nothing says the speakers are two different people.

Links make groups by transitivity, and one wrong link would join two
speakers' statements; so links are taken closest first, and one that would put
two different persons (named at the cue) or two organisations in one group is
dropped, and so is one joining two groups whose members are not close on
average (a chain of one speaker's different statements through one close pair).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np

from ..adapters.translit import skeleton
from ..disjoint import DisjointSets
from ..matching import mutual_best
from ..model import Quote
from ..model import Report
from ..resources import Context

SPEAKER_MIN = 0.85  # descriptions of the same source across languages score ~0.89, different people <= 0.81
CONTENT_MIN = 0.78  # across languages; with the speaker already agreeing, it only rules out unrelated statements
SAME_LANGUAGE_MIN = 0.88  # one language scores higher for everything, paraphrases included
CONTENT_ALONE = 0.90  # words this close across languages are a translation: speaker resolution may have failed
SAME_LANGUAGE_ALONE = 0.93  # one speaker's different statements in one language score <= 0.90 (99%)
# Two groups join only when their members score this on average (across languages; one language's pairs count
# 0.06 lower). On the development stories versions of one statement score 0.87 at the median (5% below 0.80),
# one speaker's different statements 0.81 (5% above 0.855); higher floors part more statements but also split
# versions joined through a quote that holds several statements (0.80: 36/61 apart, linked 21 -> 19).
GROUP_MEAN = 0.79
SAME_LANGUAGE_BONUS = 0.06
SURNAME_MIN = 4  # shorter surname skeletons are too often another word's start
ENDING_MAX = 3  # a case ending: "Пєскова", "Путіним" against "Peskov", "Putin"
PEOPLE = ("named", "pronoun", "role")


@dataclass(frozen=True, slots=True)
class Who:
    """Whom a quote's speaker names: surname skeletons; a person for sure; an organisation speaking as itself."""

    surnames: frozenset[str] = frozenset()
    person: bool = False  # a person entity named at the cue: a pronoun or role resolved to it may be wrong
    body: str | None = None  # the entity of an organisation speaking in its own name


def _surname(name: str, language: str | None) -> str:
    words = skeleton(name, language).split()
    return words[-1] if words else ""


def _same_surname(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= SURNAME_MIN and long.startswith(short) and len(long) - len(short) <= ENDING_MAX)


def _who(quotes: list[Quote], report: Report) -> list[Who]:
    """Each quote's speaker: its entity's surnames (every name the story gives it), else the name as written."""
    language = {a.id: a.language for a in report.articles}
    entities = {e.id: e for e in report.entities}
    out = []
    for q in quotes:
        s = q.speaker
        ent = entities.get(s.entity) if s.entity else None
        if ent is not None and ent.type == "ORG" and s.kind in ("named", "organisation"):
            out.append(Who(body=ent.id))
        elif s.kind not in PEOPLE:
            out.append(Who())
        elif ent is not None:  # MISC too: names are often typed MISC in some languages ("Según Peskov")
            names = {(m.text, language.get(m.article)) for m in ent.mentions} | {(n, None) for n in ent.names}
            keys = frozenset(k for n, lang in names if len(k := _surname(n, lang)) >= SURNAME_MIN)
            out.append(Who(keys, ent.type == "PER" and s.kind == "named"))
        elif s.kind == "named":
            key = _surname(s.text, language.get(q.article))
            out.append(Who(frozenset([key]) if len(key) >= SURNAME_MIN else frozenset()))
        else:
            out.append(Who())
    return out


def _agree(a: Who, b: Who) -> bool:
    return any(_same_surname(x, y) for x in a.surnames for y in b.surnames)


def _differ(a: Who, b: Who) -> bool:
    """Two persons known for sure whose names do not agree, or two organisations."""
    if a.body and b.body:
        return a.body != b.body
    return a.person and b.person and bool(a.surnames) and bool(b.surnames) and not _agree(a, b)
def _groups(quotes: list[Quote], report: Report) -> list[list[str]]:
    """Sets of article ids whose quotes may be linked: one per story (all articles when there are no stories)."""
    with_quotes = {q.article for q in quotes}
    if report.stories:
        return [[a for a in s.articles if a in with_quotes] for s in report.stories]
    return [sorted(with_quotes)]


def _content_vectors(quotes: list[Quote], idx: list[int], ctx: Context) -> np.ndarray:
    """One unit vector per quote, of its own words.

    Not of its sentences: the reporting frame ("said that", "according to")
    differs between articles, and two quotes in one sentence would get one
    vector. On the development stories the quoted words alone separate the
    same statement from another one better (across languages, 49% of true
    pairs score >= 0.88 against none of the false, where sentences give 33% and 2%).
    """
    vecs = ctx.embedder.embed([quotes[i].text for i in idx])
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


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

    who = _who(quotes, report)
    # a speaker without a name is matched by its description ("a senior official" ~ "высокопоставленный чиновник")
    names = sorted({quotes[i].speaker.text for xs, ys, _, _ in pairs for i in xs + ys})
    name_vec = dict(zip(names, ctx.embedder.embed(names))) if names else {}

    def agree(i: int, j: int) -> bool:
        p, q = quotes[i].speaker, quotes[j].speaker
        if p.entity and p.entity == q.entity:
            return True
        if who[i].surnames and who[j].surnames:
            return _agree(who[i], who[j])
        if p.entity and q.entity:  # two entities the entities stage kept apart: two organisations, say
            return False
        if bool(who[i].body) != bool(who[j].body):
            # an organisation speaking as itself against a person described by role: a description alike
            # ("a senior Kazakh military official" ~ "Министерство обороны Казахстана") is no evidence of one source
            return False
        return float(name_vec[p.text] @ name_vec[q.text]) >= SPEAKER_MIN

    every = sorted({i for xs, ys, _, _ in pairs for i in xs + ys})
    vec_of = dict(zip(every, _content_vectors(quotes, every, ctx)))

    candidates: list[tuple[float, int, int]] = []
    for xs, ys, floor, alone in pairs:
        sim = np.array([vec_of[i] for i in xs]) @ np.array([vec_of[j] for j in ys]).T
        allowed = np.zeros(sim.shape, dtype=bool)
        for r, i in enumerate(xs):
            for c, j in enumerate(ys):
                if sim[r, c] < floor or _differ(who[i], who[j]):
                    continue
                # the speakers agree (then a modest floor), or the words are as close as a translation's
                # and nothing says the speakers are two different people (an unresolved pronoun, say)
                allowed[r, c] = sim[r, c] >= alone or agree(i, j)
        candidates += [(float(sim[r, c]), xs[r], ys[c]) for r, c in mutual_best(sim, allowed)]
    lang_of = [language.get(q.article) for q in quotes]

    def closeness(i: int, j: int) -> float:
        # one language scores everything higher: bring it to the scale of a pair across languages
        return float(vec_of[i] @ vec_of[j]) - (SAME_LANGUAGE_BONUS if lang_of[i] == lang_of[j] else 0.0)

    return _grouped(quotes, who, candidates, closeness)


def _grouped(quotes: list[Quote], who: list[Who], candidates: list[tuple[float, int, int]], closeness) -> list[Quote]:
    """The quotes with the candidate links kept, closest first, that join no two different persons in one group
    and join two groups only when their members are close on average (no chain of one speaker's statements)."""
    sets = DisjointSets(len(quotes))
    persons: dict[int, list[Who]] = {i: [w] for i, w in enumerate(who) if (w.person and w.surnames) or w.body}
    members: dict[int, list[int]] = {i: [i] for i in range(len(quotes))}
    links: dict[int, set[int]] = {}
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        a, b = sets.find(i), sets.find(j)
        if a != b:
            pa, pb = persons.get(a, []), persons.get(b, [])
            if any(_differ(x, y) for x in pa for y in pb):
                continue
            cross = [closeness(x, y) for x in members[a] for y in members[b] if quotes[x].article != quotes[y].article]
            if len(cross) > 1 and sum(cross) / len(cross) < GROUP_MEAN:
                continue  # the two groups are one speaker's different statements joined by one close pair
            ma, mb = members.pop(a), members.pop(b)
            sets.union(a, b)
            persons[sets.find(a)] = pa + pb
            members[sets.find(a)] = ma + mb
        links.setdefault(i, set()).add(j)
        links.setdefault(j, set()).add(i)
    return [replace(q, same_as=tuple(sorted(quotes[j].id for j in links.get(i, ())))) for i, q in enumerate(quotes)]
