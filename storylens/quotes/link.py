"""Linking the same statement across articles (``Quote.same_as``), in any pair of languages.

The statement decides first, the speaker checks. Each quote is cut into its
statements (sentences; a short one stays with its neighbour), so a quotation
holding two statements links to an outlet that quotes only one of them, and
each statement to its own versions; and into its clauses (one to three in a
row), so a partial quote ("pure fiction") inside reported speech meets the part
of a longer version it repeats. Two statements of two articles are linked
when each is the other's best match among the allowed pairs of the two
articles: above a floor when the speakers agree (``linkwho``), a little higher
when they are only alike, above a translation's closeness when nothing is known
of the speakers (a role, a pronoun, a name the entities stage left unlinked),
never when they are two different named persons, two organisations, or a
pronoun or role resolved to another person than the other version names (two
names otherwise at odds link only as a whole translation). Words alone
are weak evidence (across languages different statements of one story score up
to about 0.87, and the same figures and names make two speakers' statements
alike), which is why an open speaker needs closer words.

Links make groups by transitivity, and one wrong link would join two
speakers' statements; so links are taken closest first, and one that would put
two different persons (named at the cue) or two organisations in one group is
dropped, and so is one joining two groups whose members are not close on
average (a chain of one speaker's different statements through one close pair).
Groups are of statements; a quote is linked to the quotes whose statements
share a group with one of its own.

Cost: only the pairs of articles holding two statements that score at least the
lowest floor are compared (``_near_articles``: every distinct statement against
every other at once, in products of many rows); two speakers' relation is worked
out once per pair of speakers alike (entity, names, description, language), and
two quotes' closeness once per pair of distinct words in a language. What
remains grows with the links made: a statement n outlets quote makes n(n-1)/2.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from ..disjoint import DisjointSets
from ..model import Quote, Report
from ..resources import Context
from ..segment import split_paragraph
from .linkopen import attach_open
from .linkwho import AGREE, CLASH, LIKE, OPEN, Relations, Who, differ, named_in

# Across languages, the speakers agreeing. One speaker's different statements about one event score 0.81 at the
# median: on the 15 development stories a floor of 0.78 kept 78 of 120 pairs of one speaker's different statements
# apart (quotes.statements_apart), 0.84 keeps 103 and loses one statement's link of 40 (2 pairs of 324).
CONTENT_MIN = 0.84
SAME_LANGUAGE_MIN = 0.90  # one language scores higher for everything, paraphrases included (0.88 kept 2 pairs fewer apart)
CONTENT_ALONE = 0.90  # words this close across languages are a translation: speaker resolution may have failed
# Across languages a speaker nothing is known of (a role, a pronoun) may link at this closeness when the pair is
# clearly the best of both articles (ahead of every other quote by OPEN_LEAD): paraphrased translations of one
# statement score 0.83-0.89, and on the development stories lower floors without the lead joined different
# speakers (kept apart 248/249 at 0.90; 231/249 at 0.87 without a lead, 248/249 at 0.85 with a lead of 0.05).
OPEN_MIN = 0.86
OPEN_LEAD = 0.05
SAME_LANGUAGE_ALONE = 0.93  # one speaker's different statements in one language score <= 0.90 (99%)
# A part of a quotation (a sentence, clauses) against a whole version, the speakers agreeing: on the development
# stories a partial quote scores 0.84 (5%) / 0.91 (median) against its best clauses across languages, one speaker's
# other statements 0.83 at the median.
PART_MIN = 0.87
SAME_LANGUAGE_PART_MIN = 0.90
# Two unnamed sources ("a senior military official") agreeing: such a source is quoted once or twice in a story, not
# with a press conference's many statements, and outlets paraphrase it loosely (the seeds' pair scores 0.79)
UNNAMED_MIN = 0.78
# Speakers only alike (two descriptions sharing a word, an unresolved pronoun with the other speaker named just
# before it): the whole quotes link as unnamed sources agreeing do, a part of one only at a translation's closeness
LIKE_MIN = UNNAMED_MIN
SAME_LANGUAGE_LIKE_MIN = SAME_LANGUAGE_MIN
# Two groups join only when their members score this on average (across languages; one language's pairs count
# 0.06 lower). On the development stories versions of one statement score 0.87 at the median (5% below 0.80),
# one speaker's different statements 0.81 (5% above 0.855).
GROUP_MEAN = 0.79
MAX_SOURCES = 3  # sources a group names at most (``_sources``): the person, the office, a description
SAME_LANGUAGE_BONUS = 0.06
REPEAT_SHARE = 0.6  # a quotation sharing this share of its words with another of its article repeats it
WORD = re.compile(r"\w+")
PART_MIN_WORDS = 5  # a shorter sentence ("No.", "That is all.") is no statement of its own: it joins its neighbour
CLAUSE_MIN_WORDS = 3  # clauses for a partial quote to meet: from "pure fiction, just false" up
PARTIAL_SHARE = 0.6  # a partial quote has at most this share of the words of the version it is part of
CLAUSES_MAX = 2  # a partial quote repeats at most this many clauses of a longer version
# a clause ends at its punctuation, also when a closing mark follows it ("objectively necessary,” and is")
# The words a quote's text itself sets in quotation marks (a partial quote inside reported speech: 'restrictions are
# “objectively necessary,” and'), from an opening mark to its closing mark or the end of the text (a quote cut there)
MARKED = re.compile(r"(?:^|(?<=[\s(\[—–-]))[“«„\"‘‚‹「『]\s?([^“”«»„\"‹›「」『』\n]+?)\s?(?:[”»“\"’‘›」』]|$)")
MARKED_MIN_WORDS = 2  # "objectively necessary", "pure fiction"
CLAUSE_CUT = re.compile(r"(?<=[,;:.!?…])\s+|(?<=[,;:.!?…][”\"»’“])\s+|\s+[—–]\s+|\s+-\s+")


@dataclass(frozen=True, slots=True)
class Part:
    """One statement of a quote: the quote's index and the words."""

    quote: int
    text: str
    part: bool = False  # one of several statements of its quote
    clause: bool = False  # clauses of it: meets only a whole version shorter than its quote
    marked: bool = False  # words the quote's text sets in quotation marks: also meets another quote's marked words


def clauses(text: str, known: set[str]) -> list[str]:
    """Runs of one to CLAUSES_MAX clauses of a quote's words, other than ``known`` pieces, of CLAUSE_MIN_WORDS up."""
    cut = [c.strip() for c in CLAUSE_CUT.split(text) if c.strip()]
    out: list[str] = []
    for n in range(1, min(CLAUSES_MAX, len(cut) - 1) + 1):
        for i in range(len(cut) - n + 1):
            run = " ".join(cut[i:i + n])
            if len(run.split()) >= CLAUSE_MIN_WORDS and run not in known and run not in out:
                out.append(run)
    return out


def marked(text: str, known: set[str]) -> list[str]:
    """The runs of words a quote's text sets in quotation marks, of MARKED_MIN_WORDS up, other than ``known``."""
    out: list[str] = []
    for m in MARKED.finditer(text):
        run = m.group(1).strip(" ,;:.!?…")
        if len(WORD.findall(run)) >= MARKED_MIN_WORDS and run not in known and run not in out:
            out.append(run)
    return out


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
    groups = [g for g in _groups(quotes, report) if len(g) > 1]
    if not groups:
        return quotes
    linked = {a for group in groups for a in group}
    words = [len(q.text.split()) for q in quotes]
    shortest = _shortest_elsewhere(quotes, words, groups)
    parts: list[Part] = []
    for i, q in enumerate(quotes):
        if q.article in linked:
            texts = statements(q.text, language.get(q.article))
            parts.append(Part(i, q.text))
            if len(texts) > 1:
                parts += [Part(i, t, True) for t in texts]
            cut = clauses(q.text, {q.text, *texts}) if shortest[q.article] <= PARTIAL_SHARE * words[i] else []
            parts += [Part(i, t, True, True) for t in cut]  # some other article may quote a part of it
            parts += [Part(i, t, True, True, True) for t in marked(q.text, {q.text, *texts, *cut})]
    by_article: dict[str, list[int]] = {}
    for u, p in enumerate(parts):
        by_article.setdefault(quotes[p.quote].article, []).append(u)
    vec = _unit_vectors([p.text for p in parts], ctx)
    block = {a: vec[xs] for a, xs in by_article.items()}  # each article's statements, one row each
    relation = Relations(quotes, report, ctx.embedder.embed)

    candidates: list[tuple[float, int, int]] = []
    bridges: dict[frozenset[int], set[int]] = {}
    for group in groups:
        for a, b in _near_articles(group, by_article, parts, vec):
            xs, ys = by_article[a], by_article[b]
            same = language.get(a) == language.get(b)
            floor, alone = (SAME_LANGUAGE_MIN, SAME_LANGUAGE_ALONE) if same else (CONTENT_MIN, CONTENT_ALONE)
            part_min, like_min = (SAME_LANGUAGE_PART_MIN, SAME_LANGUAGE_LIKE_MIN) if same else (PART_MIN, LIKE_MIN)
            sim = block[a] @ block[b].T
            allowed: list[tuple[int, int, float]] = []  # (row, column, similarity) of the cells a link may take
            for r, c in zip(*np.nonzero(sim >= min(floor, part_min, like_min, floor if same else UNNAMED_MIN))):
                x, y = parts[xs[r]], parts[ys[c]]
                if not _may_meet(x, y, words):
                    continue
                s = float(sim[r, c])
                rel = relation(x.quote, y.quote)
                # the speakers agree (then a modest floor), or the words are as close as a translation's and
                # nothing says the speakers are two different people (an unresolved pronoun, say); a part of a
                # quotation is weaker evidence than the whole, and two names at odds (one resolved from a pronoun
                # or role, the other not mentioned near it) are two sources however alike their words
                one_part = x.part != y.part
                if rel == AGREE:
                    whole = floor if same or not _unnamed(quotes, x, y) else UNNAMED_MIN
                    ok = s >= (alone if x.part and y.part else part_min if one_part else whole)
                elif rel == LIKE:
                    ok = s >= (alone if x.part or y.part else like_min)
                elif rel == OPEN:  # (below a translation's closeness only as a clear winner: see _leads)
                    # two descriptions ("a police spokesman", "il procuratore") name no one: words alike (the same
                    # toll, the same event) are then all there is, and they need a translation's closeness
                    described = not (relation.named(x.quote) or relation.named(y.quote))
                    ok = s >= (alone if same or x.clause or y.clause or described else OPEN_MIN)
                elif rel == CLASH:
                    # two names at odds, one of them not a person's (a word taken for a name, "Interior"): a whole
                    # translation may still link; never a pronoun or role resolved to another person than the
                    # other names
                    resolved = {quotes[x.quote].speaker.kind, quotes[y.quote].speaker.kind} & {"pronoun", "role"}
                    ok = not (resolved or x.part or y.part) and s >= alone
                else:
                    ok = False
                if ok:
                    allowed.append((int(r), int(c), s))
            if not allowed:
                continue
            row_quotes = col_quotes = None
            for r, c in _mutual_best(allowed):
                if sim[r, c] < alone and relation(parts[xs[r]].quote, parts[ys[c]].quote) == OPEN:
                    if row_quotes is None:
                        row_quotes, col_quotes = [parts[x].quote for x in xs], [parts[y].quote for y in ys]
                    if not _leads(sim, r, c, row_quotes, col_quotes):
                        continue
                x, y = parts[xs[r]], parts[ys[c]]
                translation = sim[r, c] >= alone and not (x.part or y.part)
                candidates.append((float(sim[r, c]), xs[r], ys[c], translation))
                for part in (x, y):
                    if part.part:  # a statement of a quotation holding several: it may bridge them
                        bridges.setdefault(frozenset((x.quote, y.quote)), set()).add(part.quote)
    units_of: dict[int, list[int]] = {}
    for u, p in enumerate(parts):
        if not p.clause:  # a clause or two of a long quotation are close to many things: no measure of the whole
            units_of.setdefault(p.quote, []).append(u)
    lang_of = [language.get(q.article) for q in quotes]
    # a quote's statements are a function of its words and language: versions alike in both score alike
    kinds: dict[tuple[str, str | None], int] = {}
    kind = [kinds.setdefault((q.text, lang_of[i]), len(kinds)) for i, q in enumerate(quotes)]
    rows = {i: vec[us] for i, us in units_of.items()}
    seen: dict[tuple[int, int], float] = {}

    def closeness(i: int, j: int) -> float:
        # the closest statements of two quotes; one language scores everything higher: brought to the scale of a
        # pair across languages
        key = (kind[i], kind[j]) if kind[i] <= kind[j] else (kind[j], kind[i])
        best = seen.get(key)
        if best is None:
            best = seen[key] = float((rows[i] @ rows[j].T).max()) - (
                SAME_LANGUAGE_BONUS if lang_of[i] == lang_of[j] else 0.0)
        return best

    bags = [set(WORD.findall(q.text.casefold())) for q in quotes]

    def apart(i: int, j: int) -> bool:
        # two quotations of one article are two statements unless one repeats the other (a lead and its body, a
        # partial quote of a longer one): one article does not quote one statement twice in other words
        small, large = sorted((bags[i], bags[j]), key=len)
        return len(small & large) < REPEAT_SHARE * len(small) and closeness(i, j) < SAME_LANGUAGE_ALONE - SAME_LANGUAGE_BONUS

    links = _grouped([q.article for q in quotes], relation.who,
                     [(s, parts[u].quote, parts[v].quote, t) for s, u, v, t in candidates], closeness, apart, bridges,
                     _sources(quotes, relation))
    in_groups: dict[str, set[int]] = {}
    for g, group in enumerate(groups):
        for a in group:
            in_groups.setdefault(a, set()).add(g)
    attach_open([q.article for q in quotes], relation, links, closeness,
                lambda a, b: a != b and bool(in_groups.get(a, set()) & in_groups.get(b, set())), named_in(report))
    return [replace(q, same_as=tuple(sorted(quotes[j].id for j in links.get(i, ()) if j != i)))
            for i, q in enumerate(quotes)]


def _shortest_elsewhere(quotes: list[Quote], words: list[int], groups: list[list[str]]) -> dict[str, float]:
    """Per article, the fewest words of a quote in an article it may be linked with (another of one of its groups)."""
    own: dict[str, int] = {}
    for q, n in zip(quotes, words):
        own[q.article] = min(own.get(q.article, n), n)
    out: dict[str, float] = {}
    for group in groups:
        counts = [own[a] for a in group]
        first = min(range(len(counts)), key=counts.__getitem__)
        rest = min(counts[:first] + counts[first + 1:])
        for k, a in enumerate(group):
            out[a] = min(out.get(a, float("inf")), rest if k == first else counts[first])
    return out


# Rounding: a product of many rows scores a pair of statements within this of the product of two articles' rows
ROUNDING = 1e-3
BLOCK_ROWS = 1024  # rows of one product when looking for near statements (memory: rows x distinct statements)


def _near_articles(group: list[str], by_article: dict[str, list[int]], parts: list[Part],
                   vec: np.ndarray) -> list[tuple[str, str]]:
    """The pairs of articles of ``group`` (in the order of ``combinations(group, 2)``) holding two statements that
    score at least the lowest floor of a link: no other pair can be linked, so the others are never compared.

    Statements are compared once per distinct text (a statement quoted by many outlets is one row), all at once
    in products of many rows, not article pair by article pair."""
    low = min(CONTENT_MIN, SAME_LANGUAGE_MIN, PART_MIN, SAME_LANGUAGE_PART_MIN, LIKE_MIN, SAME_LANGUAGE_LIKE_MIN,
              UNNAMED_MIN) - ROUNDING
    row: dict[str, int] = {}  # text -> its row among the distinct texts
    first: list[int] = []  # a unit of each distinct text
    holders: list[set[int]] = []  # the articles (positions in the group) holding each distinct text
    for k, a in enumerate(group):
        for u in by_article.get(a, ()):
            t = row.setdefault(parts[u].text, len(first))
            if t == len(first):
                first.append(u)
                holders.append(set())
            holders[t].add(k)
    ids: dict[tuple[int, ...], int] = {}  # one id per distinct set of holders
    holder_of = [ids.setdefault(tuple(sorted(h)), len(ids)) for h in holders]
    sets = [np.array(h, dtype=np.int64) for h in ids]
    near: set[tuple[int, int]] = set()
    distinct = vec[first]
    for at in range(0, len(first), BLOCK_ROWS):
        rows, cols = np.nonzero(distinct[at:at + BLOCK_ROWS] @ distinct[at:].T >= low)
        for r, c in zip((rows + at).tolist(), (cols + at).tolist()):
            if c >= r:
                near.add((min(holder_of[r], holder_of[c]), max(holder_of[r], holder_of[c])))
    n = len(group)
    codes: list[np.ndarray] = []
    for h1, h2 in near:
        x, y = sets[h1][:, None], sets[h2][None, :]
        lo, hi = np.minimum(x, y).ravel(), np.maximum(x, y).ravel()
        codes.append(lo[lo < hi] * n + hi[lo < hi])
    if not codes:
        return []
    pairs = np.unique(np.concatenate(codes))  # sorted: the order of combinations(group, 2)
    return [(group[i], group[j]) for i, j in zip((pairs // n).tolist(), (pairs % n).tolist())]


def _mutual_best(cells: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """The cells (row, column) that are each other's best among ``cells`` (given row by row, columns ascending),
    ties going to the lower index, by row: ``matching.mutual_best`` over a sparse set of allowed cells."""
    row_best: dict[int, tuple[float, int]] = {}
    col_best: dict[int, tuple[float, int]] = {}
    for r, c, s in cells:
        if r not in row_best or s > row_best[r][0]:
            row_best[r] = (s, c)
        if c not in col_best or s > col_best[c][0]:
            col_best[c] = (s, r)
    return sorted((r, c) for r, (_, c) in row_best.items() if col_best[c][1] == r)


def _unnamed(quotes: list[Quote], x: Part, y: Part) -> bool:
    """Both quotes' speakers are unnamed sources (described, not named)."""
    return quotes[x.quote].speaker.kind == quotes[y.quote].speaker.kind == "unnamed"


def _may_meet(x: Part, y: Part, words: list[int]) -> bool:
    """Clauses meet only a whole version shorter than their quotation: a partial quote of it; words set in marks
    also meet words another quote sets in marks (two reports quoting the same words of a statement)."""
    if x.marked and y.marked:
        return True
    if x.clause:
        return not y.part and words[y.quote] <= PARTIAL_SHARE * words[x.quote]
    if y.clause:
        return not x.part and words[x.quote] <= PARTIAL_SHARE * words[y.quote]
    return True


def _person_and_body(pa: list[Who], pb: list[Who]) -> bool:
    """One group's only source is a person named at the cue, the other's an organisation speaking as itself (a group
    already holding both was joined by a translation: the person speaks for the organisation)."""
    def kinds(ws: list[Who]) -> tuple[bool, bool]:
        return any(w.person for w in ws), any(w.body for w in ws)
    (person_a, body_a), (person_b, body_b) = kinds(pa), kinds(pb)
    only_person_a, only_body_a = person_a and not body_a, body_a and not person_a
    return (only_person_a and body_b and not person_b) or (only_body_a and person_b and not body_b)


def _leads(sim: np.ndarray, r: int, c: int, row_quotes: list[int], col_quotes: list[int]) -> bool:
    """The pair (r, c) is ahead by OPEN_LEAD of every other quote's statements in its row and its column."""
    others = [sim[r, k] for k, q in enumerate(col_quotes) if q != col_quotes[c]]
    others += [sim[k, c] for k, q in enumerate(row_quotes) if q != row_quotes[r]]
    return sim[r, c] - max(others, default=-1.0) >= OPEN_LEAD


def _sources(quotes: list[Quote], relation: Relations) -> tuple[list[bool], Callable[[int, int], bool]]:
    """Per quote, whether its speaker says for sure who speaks (a name or an organisation at the cue, a description),
    and whether two quotes' speakers may be one source (they agree or are alike). A pronoun or role resolved to an
    entity counts no source of its own (its resolution may be wrong, as ``differ`` has it), nor one left open."""
    def says(i: int) -> bool:
        sp = quotes[i].speaker
        if not sp.text.strip():
            return False
        if sp.kind in ("pronoun", "role"):
            return sp.entity is None and sp.text != sp.as_written  # resolved to a description
        return sp.kind in ("named", "organisation", "unnamed")
    return [says(i) for i in range(len(quotes))], lambda i, j: relation(i, j) in (AGREE, LIKE)


def _grouped(articles: list[str], who: list[Who], candidates: list[tuple[float, int, int, bool]],
             closeness, apart=None, bridges: dict[frozenset[int], set[int]] | None = None,
             sources: tuple[list[bool], Callable[[int, int], bool]] | None = None) -> dict[int, set[int]]:
    """The candidate links of quotes kept, closest first, that join no two different persons in one group and join
    two groups only when their members are close on average (no chain of one speaker's statements); quote -> linked.

    Groups are of quotes, not of their statements: a quotation whose two parts link to two groups joins them, and
    what the reader sees as one thread must hold one source. A group whose source is a person named at the cue
    joins one whose source is an organisation speaking in its own name only through two whole quotes as close as
    translations (the last of each candidate): a spokesman's words are often given to his office ("the Kremlin
    said"), but a person and a company commenting on one event say alike things in other words. With ``sources``
    (``_sources``) no group names more than MAX_SOURCES sources that neither agree nor are alike."""
    sets = DisjointSets(len(articles))
    persons: dict[int, list[Who]] = {i: [w] for i, w in enumerate(who) if (w.person and w.surnames) or w.body}
    members: dict[int, list[int]] = {i: [i] for i in range(len(articles))}
    bridged: set[int] = set()  # groups joined through one statement of a quotation holding several
    # per group, one quote for each distinct source its speakers name (``_sources``)
    reps: dict[int, list[int]] = {i: [i] for i in range(len(articles)) if sources and sources[0][i]}
    links: dict[int, set[int]] = {}
    for _, i, j, translation in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        a, b = sets.find(i), sets.find(j)
        if a != b:
            pa, pb = persons.get(a, []), persons.get(b, [])
            if any(differ(x, y) for x in pa for y in pb):
                continue
            if not translation and _person_and_body(pa, pb):
                continue
            bridge = frozenset((i, j)) in (bridges or {})
            if apart is not None and not (bridge or a in bridged or b in bridged) and any(
                    apart(x, y) for x in members[a] for y in members[b] if articles[x] == articles[y]):
                # the two groups hold two different quotations of one article: one speaker's two statements (unless
                # a quotation holding several statements has joined them: it is one thread by what it holds)
                continue
            cross = [closeness(x, y) for x in members[a] for y in members[b] if articles[x] != articles[y]]
            if len(cross) > 1 and sum(cross) / len(cross) < GROUP_MEAN:
                continue  # the two groups are one speaker's different statements joined by one close pair
            if sources is not None:
                ra, rb = reps.get(a, []), reps.get(b, [])
                joined_reps = ra + [y for y in rb if not any(sources[1](x, y) for x in ra)]
                if len(joined_reps) > MAX_SOURCES:
                    continue  # a thread of one statement names one source, at most two or three ways
            ma, mb = members.pop(a), members.pop(b)
            joined = bridge or a in bridged or b in bridged
            sets.union(a, b)
            if joined:
                bridged.add(sets.find(a))
            persons[sets.find(a)] = pa + pb
            if sources is not None:
                reps.pop(a, None)
                reps.pop(b, None)
                reps[sets.find(a)] = joined_reps
            members[sets.find(a)] = ma + mb
        links.setdefault(i, set()).add(j)
        links.setdefault(j, set()).add(i)
    return links
