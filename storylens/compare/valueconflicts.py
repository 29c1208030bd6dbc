"""Pairs of value mentions in matching sentences: conflicts (one thing given different values) and agreements (one
value given two compatible ways, with the rule that says so), and what makes two values two known things instead."""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..disjoint import DisjointSets
from ..model import Value
from ..valuecompare import dimension, same
from .compatible import explain
from .samething import contexts_match, event_words, is_part, things_match
from .timing import event, one_event, other_days
from .valuekeys import SHARE, Mention, differ, key_parts
from .valuereads import article_one, bare_equal, bare_pair, full_date, gives_date, row_key, year_of
from .written import WRITTEN_MATCH, writes

if TYPE_CHECKING:
    from .align import StoryComparison


def value_conflicts(sc: "StoryComparison", mentions: list[Mention], nouns, uf: DisjointSets
               ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str | None]]]:
    """Mentions that give different values for one thing in matching sentences (conflicts), and mentions that
    give one value two compatible ways (agreements, with the rule that says so: "over 65" / "старше 65 лет",
    "under eight minutes" / "seven minutes", "about 100" / "une centaine")."""
    by_claim: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_claim[m.claim].append(i)
    group_articles: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        group_articles[uf.find(i)].add(m.article)
    keys = [row_key(m.value) for m in mentions]
    # pairs of articles that already give one holder the same share: their other shares of that holder are
    # other things (a poll, a region, the first round), never the same share given two ways (rule ``holder``)
    holders: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for i, m in enumerate(mentions):
        parts = key_parts(sc.predicates[i])
        if parts and parts[0] == SHARE and parts[1]:
            holders[uf.find(i)].add((parts[1], m.article))
    agreed_on: set[tuple[str, str, str]] = set()
    for found in holders.values():
        for who, a in found:
            agreed_on.update((who, a, b) for w2, b in found if w2 == who and b != a)
    conflicts: list[tuple[int, int]] = []
    agreements: list[tuple[int, int, str | None]] = []
    pairs = [(p, True) for p in sorted(sc.alignment)] + [(p, False) for p in sorted(sc.one_sided())]
    for (a, b), aligned in pairs:
        if a not in by_claim or b not in by_claim:
            continue
        left, right = list(by_claim[a]), list(by_claim[b])
        if not aligned:
            # a weaker match only counts values the other article gives nowhere else
            left = [x for x in left if sc.claims[b].article not in group_articles[uf.find(x)]]
            right = [y for y in right if sc.claims[a].article not in group_articles[uf.find(y)]]
        for x in list(left):  # values both sentences give are not in conflict
            for y in right:
                if keys[x] == keys[y]:
                    left.remove(x)
                    right.remove(y)
                    break
        for x in list(left):  # a bare number against the same number with a unit
            for y in right:
                if bare_equal(mentions[x].value, mentions[y].value) and not differ(sc.predicates[x], sc.predicates[y]):
                    agreements.append((x, y, None))
                    left.remove(x)
                    right.remove(y)
                    break
        for dim in {dimension(mentions[x].value) for x in left}:
            lx = [x for x in left if dimension(mentions[x].value) == dim]
            ry = [y for y in right if dimension(mentions[y].value) == dim]
            for x, y in _one_to_one(sc, lx, ry, nouns):
                left.remove(x)
                right.remove(y)
                if not aligned and not contexts_match(sc, mentions[x], mentions[y]):
                    continue  # a date, a sum or a duration of something else ("a year of investigation" / "60 days to comply")
                if _known(sc, mentions[x], mentions[y]):
                    continue
                parts = key_parts(sc.predicates[x])
                if parts and parts[0] == SHARE and parts[1] and (
                        not aligned or sc.sim_of(a, b) < WRITTEN_MATCH
                        or (parts[1], mentions[x].article, mentions[y].article) in agreed_on):
                    continue  # one candidate's shares differ by poll, round and region: only a sentence and its
                    # translation giving two shares are one share in conflict
                times = [p[4] for p in (parts, key_parts(sc.predicates[y])) if p and p[0] == SHARE and p[4]]
                if times and not (len(times) == 2 and times[0] == times[1] and not times[0].endswith(":")):
                    continue  # shares of another time ("damals", "in 2023") conflict only when they name one year
                rule = explain(sc.side(mentions[x]), sc.side(mentions[y]))
                if rule is None and not (article_one(mentions[x].value) or article_one(mentions[y].value)):
                    conflicts.append((x, y))
                elif rule is not None and rule.same_thing:
                    agreements.append((x, y, rule.name))
        pair = _year_in_date(left, right, mentions)
        if pair is not None:
            x, y = pair
            left.remove(x)
            right.remove(y)
            if aligned or contexts_match(sc, mentions[x], mentions[y]):
                agreements.append((x, y, "precision"))
        if len(left) == 1 and len(right) == 1 and bare_pair(mentions[left[0]].value, mentions[right[0]].value) \
                and not differ(sc.predicates[left[0]], sc.predicates[right[0]]):
            if _number_known(sc, mentions[left[0]], mentions[right[0]]):
                continue  # each article gives the other's number too: two things ("1.95583 leva" / "one month")
            rule = explain(sc.side(mentions[left[0]]), sc.side(mentions[right[0]]))
            if rule is not None and rule.name == "other magnitude" and aligned and sc.sim_of(a, b) >= WRITTEN_MATCH:
                rule = None  # one sentence translated gives one figure, however far apart its two readings
            if rule is None:
                conflicts.append((left[0], right[0]))  # "over 65" / "старше 66 лет"
            elif rule.same_thing:
                agreements.append((left[0], right[0], rule.name))
    return conflicts, agreements


def _year_in_date(left: list[int], right: list[int], mentions: list[Mention]) -> tuple[int, int] | None:
    """Rule ``precision`` across kinds: the only year one sentence gives and the only full date the other gives,
    in that year ("since 2007" / "since 1 January 2007"), are one date given less precisely."""
    for xs, ys in ((left, right), (right, left)):
        years = [x for x in xs if mentions[x].value.kind == "year"]
        dates = [y for y in ys if full_date(mentions[y].value)]
        if len(years) == 1 and len(dates) == 1 \
                and year_of(mentions[years[0]].value) == year_of(mentions[dates[0]].value):
            return (years[0], dates[0]) if xs is left else (dates[0], years[0])
    return None


def _one_to_one(sc: "StoryComparison", lx: list[int], ry: list[int], nouns) -> list[tuple[int, int]]:
    """The differing values of one dimension that pair up one to one: the only value on each side, or else the
    only value of one event predicate on each side ("40 dead, 115 injured" / "47 dead, 116 injured"); several
    loose values are ambiguous and pair with nothing."""
    if len(lx) == 1 and len(ry) == 1:
        return [(lx[0], ry[0])] if things_match(sc, lx[0], ry[0], nouns) else []
    out = []
    # a part ("including 3 Italians") is paired apart from the total of its predicate ("115 injured")
    for cls in {(sc.predicates[x], is_part(sc, x)) for x in lx if sc.predicates[x] is not None}:
        px = [x for x in lx if (sc.predicates[x], is_part(sc, x)) == cls]
        py = [y for y in ry if (sc.predicates[y], is_part(sc, y)) == cls]
        if len(px) == 1 and len(py) == 1 and things_match(sc, px[0], py[0], nouns):
            out.append((px[0], py[0]))
    return out


def _known(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Does each article know the other's value, so the two are two different things, not one thing reported two
    ways? A date or year the other article also gives is another event (the changeover on 1 January, the end
    of dual circulation on 1 February); a number the other sentence also writes (the "21st" of "21st of 27")
    is not one number changed."""
    if x.value.kind in ("date", "year"):
        return other_days(sc, x, y) or _two_events(sc, x, y) or _no_event(sc, x, y) or _anchored_elsewhere(sc, x, y) \
            or _anchored_elsewhere(sc, y, x)
    if x.value.kind == "percent":
        # an article giving both shares (a poll's and the result's, one region's and the country's) knows them
        # as two things (rule ``holder``: the same holder's other share)
        return _share_known(sc, x, y) or _share_known(sc, y, x)
    return writes(sc.claims[y.claim].text, x.value) or writes(sc.claims[x.claim].text, y.value)


def _two_events(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Rule ``two events``: two days each written beside words of its own event (``[events]`` in ``numbers.toml``:
    the fire on 3 May, the collapse on 7 May) are the days of two events, not one day given two ways."""
    found = []
    for m in (x, y):
        if m.value.start is None or m.value.end is None or dimension(m.value) == "time":
            return False
        if ("event", id(m)) not in sc.memo:
            c = sc.claims[m.claim]
            sc.memo["event", id(m)] = event(c.text, m.value.start - c.start, m.value.end - c.start,
                                            sc.languages.get(m.article))
        found.append(sc.memo["event", id(m)])
    return None not in found and not one_event(*found)


def _event_of(sc: "StoryComparison", m: Mention) -> str | None:
    if ("event", id(m)) not in sc.memo:
        c = sc.claims[m.claim]
        sc.memo["event", id(m)] = event(c.text, m.value.start - c.start, m.value.end - c.start,
                                        sc.languages.get(m.article))
    return sc.memo["event", id(m)]


def _no_event(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Rule ``no event``: two times of day neither written beside a word of an event (``[events]``: "Тог 1.
    новембра, тачно у 11." / "Okupljanje počinje u 11:30.") say of nothing that it happened at two times: a time
    conflicts only when one of its sentences names what happened then, or when the two sentences are one translated."""
    if dimension(x.value) != "time" or dimension(y.value) != "time" or None in (x.value.start, y.value.start,
                                                                               x.value.end, y.value.end):
        return False
    if sc.sim_of(x.claim, y.claim) >= WRITTEN_MATCH:
        return False  # one sentence translated: its time changed is a conflict, event word or none
    return _event_of(sc, x) is None and _event_of(sc, y) is None


def _share_known(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Does y's article give x's share too, of no other holder than x's?"""
    kx = key_parts(sc.key_by_id.get(id(x)))
    for m in sc.by_article.get(y.article, ()):
        if m.value.kind == "percent" and same(m.value, x.value):
            km = key_parts(sc.key_by_id.get(id(m)))
            if kx is None or km is None or not (kx[1] and km[1] and kx[1] != km[1]):
                return True
    return False


def _number_known(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Does either article give the other's number anywhere, with or without a unit?"""
    def gives(article: str, v: Value) -> bool:
        return any(isinstance(w.value, (int, float)) and float(w.value) == float(v.value)
                   for w in sc.article_values.get(article, ()))
    return gives(y.article, x.value) or gives(x.article, y.value)


def _anchored_elsewhere(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Does y's article give x's date too, written beside words closer to x's than the words y is written beside?
    Then x belongs to that other event of y's article, and y is the date of something else."""
    if x.value.start is None or y.value.start is None:
        return False
    same_date = [m for m in sc.by_article.get(y.article, ()) if m.value.start is not None and gives_date(m.value, x.value)]
    if not same_date:
        return False
    vecs = sc.ctx.embedder.embed([event_words(sc, x), event_words(sc, y),
                                  *(event_words(sc, m) for m in same_date)])
    return float(max(vecs[2:] @ vecs[0])) >= float(vecs[1] @ vecs[0])
