"""Rows of value mentions, each about one thing: equal values about the same thing linked, then the agreements and
conflicts of ``valueconflicts`` and ``timing`` joined, a chain of conflicts kept to one named unit and one date."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import numpy as np

from ..disjoint import DisjointSets, components
from ..matching import best_per_group
from ..numdates import this_year
from ..valuecompare import dimension, key
from ..values import bound
from .align import MAX_POSTING
from .compatible import explain
from .samething import NOUN_MATCH, VOTE_AXES, votes_named
from .timing import event_pairs, other_moment
from .valueconflicts import value_conflicts
from .valuekeys import Mention, ValueRow, differ, key_of, qualify, readable_key
from .valuereads import commonest_year, full_date, full_date_text, row_key

if TYPE_CHECKING:
    from .align import StoryComparison

VALUE_MATCH = 0.78    # equal values: mutual best sentences at least this similar
VALUE_ALONE = 0.86    # equal values: any pair this similar joins even when not mutual best
NAME_GAP = 2          # characters between a name and a number that continues it (a space, a quote mark)
NAME_ARTICLES = 2     # articles writing one number right after one name: it is part of the name
TIE = 1e-4            # added to a pair's score when both write the value alike: breaks ties, never passes a threshold


def value_groups(sc: "StoryComparison") -> list[ValueRow]:
    """Rows of value mentions, each about one thing: equal values about the same thing, values given in
    compatible ways (each such pair named by its rule) and, for a conflict, the differing values."""
    named = _name_numbers(sc)
    mentions = [Mention(i, v, c.article) for i, c in enumerate(sc.claims) for v in c.values
                if (i, v.start) not in named]
    uf = DisjointSets(len(mentions))
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for m_i, m in enumerate(mentions):
        by_key[row_key(m.value)].append(m_i)
    nouns = _noun_vectors(sc, mentions, by_key)
    sc.main_year = sc.calendar.main.year if sc.calendar.main else commonest_year(mentions)
    sc.predicates = [key_of(sc, m, q) for m, q in zip(mentions, qualify(sc, mentions))]
    sc.value_mentions = mentions
    sc.memo: dict[tuple, object] = {}  # per mention (or claim): what the pair tests read of it, read once
    sc.key_by_id = {id(m): k for m, k in zip(mentions, sc.predicates)}
    # full dates (with their year) each row holds: a date given without its year ("1 January") may join one
    # full date, never chain 1 January 2007 and 1 January 2026 into one row
    sc.by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        sc.by_article[m.article].append(m)
    sc.dated = {i: {str(m.value.value)} for i, m in enumerate(mentions) if full_date(m.value)}
    sc.yearless = {i for i, m in enumerate(mentions) if m.value.kind == "date" and not full_date(m.value)}
    # the full date each yearless one stands for by its article's publication day or the story's main day
    sc.read_as = {i: str(sc.calendar.complete(mentions[i].value, sc.claims[mentions[i].claim],
                                              sc.languages.get(mentions[i].article)).value)
                     for i in sc.yearless}
    # rule ``this year``: a day its text dates by "this year" ("8 август тази година") is a full date of its own, so
    # it joins no yearless "8 de agosto" that stands for another year
    for i in [i for i in sc.yearless if full_date_text(sc.read_as[i])
              and this_year(mentions[i].value, sc.languages.get(mentions[i].article))]:
        sc.yearless.discard(i)
        sc.dated[i] = {sc.read_as[i]}
    years = Counter(int(str(m.value.value)[:4]) for m in mentions if full_date(m.value))
    sc.story_year = str(years.most_common(1)[0][0]) if years else None
    for members in by_key.values():
        # a value given by very many mentions is linked in overlapping windows: linear, and still connected
        step = MAX_POSTING // 2
        for at in range(0, max(1, len(members) - step), step):
            _link_equal(sc, members[at:at + MAX_POSTING], mentions, nouns, uf)
    conflicts, agreements = value_conflicts(sc, mentions, nouns, uf)
    timed_conflicts, timed_agreements = event_pairs(sc, mentions, sc.predicates)
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
        values[uf.find(i)].add(row_key(m.value))
        if m.value.kind == "date" and str(m.value.value)[:4].isdigit():
            days[uf.find(i)].add(str(m.value.value))
    conflicted: set[int] = set()
    members: dict[int, list[int]] = defaultdict(list)  # each row's mentions, for the votes and stages they name
    for i in range(len(mentions)):
        members[uf.find(i)].append(i)
    # the days, years and shares each article gives: rule ``two things known``
    given: dict[str, set[tuple]] = defaultdict(set)
    for m in mentions:
        if _known_kind(m.value):
            given[m.article].add(row_key(m.value))

    inside: list[int] = []  # a mention of each conflict found inside one row (rule ``joined conflict``)

    def join(a: int, b: int, conflict: bool, rule: str | None) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            if conflict:
                inside.append(a)  # rule ``joined conflict``: two values no rule reconciles, already in one row
                # through values each reconciles ("около 03.00" ~ "2:35" ~ "gegen 2:30"), still conflict
            return
        if conflict and _known_kind(mentions[a].value) and _known_kind(mentions[b].value) \
                and _both_given(given, values[ra], values[rb], {mentions[a].article, mentions[b].article}):
            return  # rule ``two things known``: an article giving both days (years, shares) knows them as two things
        if conflict and _two_votes_apart(sc, members[ra], members[rb]):
            return  # rule ``two votes``, row by row: a row holding the referendum's turnout never takes, by a
            # conflict, a row holding the election's ("явка на референдуме 50,72%" / "51,4%" / "на президентських
            # виборах 51,4%"), though the sentence between them names no vote
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
        members[root] = members[ra] + members[rb] if root == ra else members[rb] + members[ra]
        days[root] = dated
        if conflict or was:
            conflicted.add(root)

    for a, b, rule in agreements:
        join(a, b, False, rule)
    # the closest sentences first: a chain of conflicts keeps the pair that most surely speaks of one thing
    for a, b in sorted(conflicts, key=lambda p: -sc.sim_of(mentions[p[0]].claim, mentions[p[1]].claim)):
        join(a, b, True, None)
    conflicted.update(uf.find(i) for i in inside)
    out = []
    for root, g in uf.groups(range(len(mentions))).items():
        if root not in conflicted and rules[root] and _exact_differ(sc, g, mentions):
            conflicted.add(root)
        keys = {sc.predicates[i] for i in g}
        shown = readable_key(next(iter(keys))) if len(keys) == 1 else ()
        out.append(ValueRow([mentions[i] for i in g], root in conflicted, tuple(dict.fromkeys(rules[root])), shown))
    return out


def _two_votes_apart(sc: "StoryComparison", left: list[int], right: list[int]) -> bool:
    """Do the sentences of one row name one vote of an axis only and those of the other row only the other (a
    referendum / an election, the first round / the second)? Then the rows hold figures of two votes. A row whose
    sentences name both votes of an axis tells nothing on it."""
    named_l = frozenset().union(*(votes_named(sc, i) for i in left))
    named_r = frozenset().union(*(votes_named(sc, i) for i in right))
    for axis in VOTE_AXES:
        xl, xr = named_l & set(axis), named_r & set(axis)
        if len(xl) == 1 and len(xr) == 1 and xl != xr:
            return True
    return False


def _known_kind(v) -> bool:
    """A day, a year or a share: values an article gives for several things of one kind (the day of the attack and
    the day of the funeral, this year's share and the last one's)."""
    return v.kind in ("date", "year", "percent") and dimension(v) != "time"


def _both_given(given: dict[str, set[tuple]], left: set[tuple], right: set[tuple], pair: set[str]) -> bool:
    """Does a third article (neither side of the conflict) give a value of one row that the other row lacks and a
    value of the other that the first lacks? It then writes both as two things: 12% and 14% are two shares, not one
    share changed. A side giving both is no witness: a changed figure left unchanged further down its article
    gives both too."""
    only_left, only_right = left - right, right - left
    return any(keys & only_left and keys & only_right for a, keys in given.items() if a not in pair)


def _name_numbers(sc: "StoryComparison") -> set[tuple[int, int | None]]:
    """Rule ``name number``: a number written right after a name ("Kvartal 95", "Квартал 95", "Boeing 737") in two or
    more articles is part of the name, not a count of the story: (claim, start) of each such number, wherever it
    follows a name (the recogniser may take "Studio Kvartal" in one article and "Kwartał" in another). A person's
    name is never so continued; a count written after a name in one article only ("dass Siemens 3000 Stellen
    streicht") stays a count. A number inside a name's mention (the recogniser took "Kvartal 95" whole) is written
    after the name's first words alike."""
    found: dict[float, set[str]] = defaultdict(set)
    hits: list[tuple[int, int, float]] = []
    for i, c in enumerate(sc.claims):
        spans = [(s, e, eid) for s, e, eid in sc.mentions.get(c.article, ()) if eid not in sc.people and c.start <= s
                 and e <= c.end]
        ends = {e: eid for s, e, eid in spans}
        if not ends:
            continue
        for v in c.values:
            if v.kind != "count" or v.ordinal or v.start is None or not isinstance(v.value, (int, float)):
                continue
            if any(s < v.start < e for s, e, _ in spans):  # the recogniser took the number into the name ("Kvartal 95")
                found[float(v.value)].add(c.article)
                hits.append((i, v.start, float(v.value)))
                continue
            for gap in range(1, NAME_GAP + 1):
                eid = ends.get(v.start - gap)
                if eid is not None and not c.text[v.start - gap - c.start:v.start - c.start].strip(" -‑\"'«„“"):
                    found[float(v.value)].add(c.article)
                    hits.append((i, v.start, float(v.value)))
                    break
    return {(i, start) for i, start, value in hits if len(found[value]) >= NAME_ARTICLES}


def _exact_differ(sc: "StoryComparison", group: list[int], mentions: list[Mention]) -> bool:
    """Rule ``exact values differ``: a row that compatibility rules joined ("more than 60" holds 68 and 205)
    still holds a conflict when two articles give it as exact numbers no rule reconciles (68 / 205)."""
    exact: dict[tuple, Mention] = {}
    for i in group:
        m = mentions[i]
        v = m.value
        if v.kind in ("date", "year") or v.approximate or v.start is None or isinstance(v.value, (list, str)):
            continue
        c = sc.claims[m.claim]
        if bound(c.text, v.start - c.start, sc.languages.get(m.article),
                 None if v.end is None else v.end - c.start) is not None:
            continue
        exact.setdefault(key(v), m)
    found = list(exact.values())
    return any(x.article != y.article and explain(sc.side(x), sc.side(y)) is None and not other_moment(sc, x, y)
               for k, x in enumerate(found) for y in found[k + 1:])


def _noun_vectors(sc: "StoryComparison", mentions: list[Mention], by_key: dict[tuple, list[int]]) -> dict[int, np.ndarray]:
    """Embeddings of "number + counted thing" phrases, for counts that can meet another article's count: an
    equal one elsewhere, or any in a sentence matched across articles (only those are ever compared)."""
    shared = {i for members in by_key.values() if len({mentions[m].article for m in members}) > 1
              for i in members}
    matched = {c for pair in sc.alignment | sc.one_sided() for c in pair}
    idx = [i for i, m in enumerate(mentions) if m.value.kind == "count" and m.value.unit
           and (i in shared or m.claim in matched)]
    if not idx:
        return {}
    phrases = [_count_phrase(sc, mentions[i]) for i in idx]
    vecs = sc.ctx.embedder.embed(phrases)
    return dict(zip(idx, vecs))


def _count_phrase(sc: "StoryComparison", m: Mention) -> str:
    c = sc.claims[m.claim]
    start = m.value.start - c.start
    tail = c.text[start:].split()
    return " ".join(tail[:4])


def _link_equal(sc: "StoryComparison", members: list[int], mentions: list[Mention], nouns, uf: DisjointSets) -> None:
    """Join mentions of one value (one blocking key: equal values) when they are about the same thing:
    each other's best match across two articles, or very similar sentences anyway."""
    if len(members) < 2:
        return
    claim_idx = np.array([mentions[m].claim for m in members])
    arts = np.array([mentions[m].article for m in members], dtype=object)
    sims = sc.vecs[claim_idx] @ sc.vecs[claim_idx].T
    ok = np.ones_like(sims, dtype=bool)
    counted = [m in nouns for m in members]
    if any(counted):
        nv = np.stack([nouns.get(m, np.zeros(sc.vecs.shape[1], np.float32)) for m in members])
        has = np.array(counted)
        ok = ~(has[:, None] & has[None, :]) | ((nv @ nv.T) >= NOUN_MATCH)
    preds = [sc.predicates[m] for m in members]
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
    # rule ``same written value``: of two mentions in one sentence (so equally similar), x's best is the one giving
    # its value as x does ("8 de agosto de 2026" meets "8 de agosto de 2026", not the yearless "8 de agosto" beside
    # it, which may stand for another year); the tie broken, the score read is the sentence's
    shown = [str(mentions[m].value.value) for m in members]
    alike = np.array([[x == y for y in shown] for x in shown], dtype=bool)
    top, _ = best_per_group(np.where(scores > -2.0, scores + TIE * alike, scores), art_of, len(names))
    best = np.take_along_axis(scores, top, axis=1)  # x's best mention in each article, and its score
    found = best > -2.0
    # mutual: y is x's best in y's article and x is y's best in x's article
    mutual = found & found[top, art_of[:, None]] & (top[top, art_of[:, None]] == np.arange(len(members))[:, None])
    keep = found & ((mutual & (best >= VALUE_MATCH)) | (best >= VALUE_ALONE))
    at, xb = np.nonzero(keep.T)  # article by article, mention by mention
    xs, ys = np.concatenate((xs, xb)), np.concatenate((ys, top[xb, at]))
    if not any(m in sc.yearless or uf.find(m) in sc.dated for m in members):
        # no date in these rows: every link is made, whatever the order
        for x, root in enumerate(components(len(members), xs, ys).tolist()):
            if root != x:
                uf.union(members[root], members[x])
        return
    for x, y in zip(xs.tolist(), ys.tolist()):
        _union_equal(sc, uf, members[x], members[y])


def _union_equal(sc: "StoryComparison", uf: DisjointSets, a: int, b: int) -> None:
    """Join two mentions under one blocking key unless their rows would then hold two different full dates."""
    ra, rb = uf.find(a), uf.find(b)
    if ra == rb:
        return
    dates = sc.dated.get(ra, set()) | sc.dated.get(rb, set())
    if len(dates) > 1:
        return
    yearless = [m for m in (a, b) if m in sc.yearless]
    if dates and yearless:
        full, read = next(iter(dates)), sc.read_as[yearless[0]]
        if full_date_text(read) and read != full:
            return  # "8 August" in an article of January 2026 is the 8 August before it, not the one after
        if not full_date_text(read) and not full.startswith(f"{sc.story_year}-"):
            return  # a date written without its year is a date of the story's year, not 1 January 1999
    uf.union(a, b)
    if dates:
        sc.dated[uf.find(a)] = dates
