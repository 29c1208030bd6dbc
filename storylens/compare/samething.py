"""Whether two differing values of matching sentences are of one thing, so that they can conflict.

``things_match`` applies the named rules (``two votes``, ``count stage``, ``figure stage``, ``act``, ``dateline``, ``recalled``, ``turnout``, ``complement``,
``progress``, ``qualifier``, ``bare number``, ``counted noun``, ``predicate``) and compares "number + counted thing"
phrases; ``contexts_match`` the words a date, a sum or a duration is written beside.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .counted import NOUN_WORD, bare, nouns, part, same_word
from .dating import year_after
from .predicates import names, predicate
from .timing import other_moment
from .valuekeys import OWN_SHARES, Mention, differ, qualifier_of, share_what
from .valuereads import WORDS, year_of

if TYPE_CHECKING:
    from .align import StoryComparison

NOUN_MATCH = 0.84     # counted things ("four plants" / "четыре завода") at least this similar
PROGRESS = ("share_counted", "share_restored")  # shares that only grow while a story is told: each article's hour
COMPLEMENT = 0.2  # two shares adding up to 100% within this are the two sides of one whole
CONTEXT_MATCH = 0.88  # dates, sums, durations in a one-sided match: the words around them this similar (one event)
CONTEXT_WORDS = 4
CONTEXT_KINDS = ("date", "year", "duration", "money")
RECALLED = 3          # years between a recalled event and the story's own time
DATELINE_WORDS = 1    # words beside a date in a sentence that only dates its page ("pátek 18. dubna 2025")
ACT_REACH = 12        # words between a date and the act it is written for ("authorised by the Council of the EU on 8 July")


def things_match(sc: "StoryComparison", a: int, b: int, nouns: dict[int, np.ndarray]) -> bool:
    """Do two counts count one thing: the same event predicate (killed / injured / shot down) when both have one,
    and similar "number + counted thing" phrases?"""
    if differ(sc.predicates[a], sc.predicates[b]):
        return False
    if _two_votes(sc, a, b):
        return False  # rule ``two votes``: the referendum's turnout is not the election's; the first round's share
        # is not the runoff's
    if other_stage(sc, sc.value_mentions[a], sc.value_mentions[b]):
        return False  # rule ``count stage``: a vote's figures at 97.66% counted are not its figures at 100%
    if other_moment(sc, sc.value_mentions[a], sc.value_mentions[b]):
        return False  # rule ``figure stage``: turnout at 18:00 is not turnout at the close or in the count
    va, vb = sc.value_mentions[a].value, sc.value_mentions[b].value
    if va.kind in ("date", "year") and vb.kind in ("date", "year") and (_other_act(sc, a, b) or _other_act(sc, b, a)):
        return False  # rule ``act``: the day a decision was approved is not the day it takes effect
    if va.kind == "date" and vb.kind == "date" and (_dateline(sc, a) or _dateline(sc, b)):
        return False  # rule ``dateline``: "Friday 18 April 2025" alone dates a page, it tells no event
    if va.kind in ("date", "year") and vb.kind in ("date", "year") and _recalled(sc, a, b):
        return False  # rule ``recalled``: the collapse of 2018 an article recalls is not the story's day
    if va.kind == "percent" and vb.kind == "percent":
        wa, wb = share_what(sc.predicates[a]), share_what(sc.predicates[b])
        if wa != wb and (wa in OWN_SHARES or wb in OWN_SHARES):
            return False  # rule ``turnout``: the share that voted is not a candidate's share of the vote
        if isinstance(va.value, (int, float)) and isinstance(vb.value, (int, float)) \
                and abs(va.value + vb.value - 100) <= COMPLEMENT:
            return False  # rule ``complement``: 46.4% and 53.6% are the two sides of one vote, not one changed
        if (wa in PROGRESS or wb in PROGRESS) and (wa == wb or "share_restored" in (wa, wb)):
            return False  # rule ``progress``: the share of ballots counted, of supply restored, grows while
            # outlets write ("60% restored by evening" / "99% restored" the next morning); a share restored is
            # not a share of anything else ("restablecido al 100%" / "75% of supply from renewables")
    if va.kind == "count" and vb.kind == "count":
        if (qualifier_of(sc.predicates[a]) is None) != (qualifier_of(sc.predicates[b]) is None):
            return False  # rule ``qualifier``: "22 Swiss" among the injured is not the "115 injured"
        event = sc.predicates[a] is not None and sc.predicates[a] == sc.predicates[b]
        if bare(va) != bare(vb) and not event and not (is_part(sc, a) and is_part(sc, b)) and not _alone(sc, a, b):
            return False  # rule ``bare number``: "31 were" counts nothing named, "238 guests" does ("of them
            # 15" leaves out the noun of the count it is a part of; the only figure of two sentences is one)
        if va.unit and vb.unit and not event and not _same_noun(sc, a, b):
            return False  # rule ``counted noun``: "66 lives" and "161 rooms" count two things
        known = [p for p in (sc.predicates[a], sc.predicates[b]) if p is not None]
        if len(known) == 1 and not sc.aligned(sc.value_mentions[a].claim, sc.value_mentions[b].claim):
            return False  # rule ``predicate``: "76 died" is not "eleven sentenced" in a merely similar sentence
    if a in nouns and b in nouns:
        return float(nouns[a] @ nouns[b]) >= NOUN_MATCH
    return True


def _stages(sc: "StoryComparison", article: str) -> frozenset[tuple[float, bool]]:
    """The counting stages an article gives: its shares of ballots or polling stations counted so far
    (``share_counted``: "97,66% протоколов", "almost 100% of the protocols"), each with whether it is approximate."""
    if ("stages",) not in sc.memo:
        found: dict[str, set[tuple[float, bool]]] = {}
        for m, k in zip(sc.value_mentions, sc.predicates):
            if share_what(k) == "share_counted" and isinstance(m.value.value, (int, float)):
                found.setdefault(m.article, set()).add((round(float(m.value.value), 2), bool(m.value.approximate)))
        sc.memo["stages",] = {a: frozenset(s) for a, s in found.items()}
    return sc.memo["stages",].get(article, frozenset())


def other_stage(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Rule ``count stage``: two articles that each say how much of a vote was counted when they wrote (a share of
    ballots, protocols or polling stations counted) and name no stage alike give the vote's shares and tallies of two
    stages of the count, which differ as the count goes on: never one figure changed. An article giving 100% and
    one giving "almost 100%" write at two stages; two giving "100% counted" at one, and still conflict. An article
    that counted only part of the vote (every stage it names below 100%) writes at another stage than one naming
    none (the final tally)."""
    if x.article == y.article or x.value.kind not in ("percent", "count") or y.value.kind != x.value.kind:
        return False
    if any(share_what(sc.key_at(m)) in OWN_SHARES for m in (x, y)):
        return False  # the counted share itself ("99.41%" / "99.14%") is one figure, turnout is not of a stage
    sx, sy = _stages(sc, x.article), _stages(sc, y.article)
    if not sx and not sy:
        return False
    if not sx or not sy:  # an article counting only part of the vote against one naming no stage (a final tally)
        return all(v < 100 for v, _ in sx or sy)
    return not sx & sy


VOTE_AXES = (("referendum", "election"), ("first_round", "second_round"))  # ``[votes]`` classes, by what they tell apart


def votes_named(sc: "StoryComparison", i: int) -> frozenset[str]:
    """The ``[votes]`` classes mention i's sentence names (a referendum, an election, a round)."""
    m = sc.value_mentions[i]
    if ("votes", m.claim) not in sc.memo:
        text, language = sc.claims[m.claim].text, sc.languages.get(m.article)
        sc.memo["votes", m.claim] = frozenset(c for axis in VOTE_AXES for c in axis
                                              if names(text, language, c, section="votes"))
    return sc.memo["votes", m.claim]


def _two_votes(sc: "StoryComparison", a: int, b: int) -> bool:
    """Rule ``two votes``: each sentence names one vote of an axis (a referendum / an election, the first round /
    the second) and not the other's: figures of two votes held the same day or two weeks apart."""
    va, vb = votes_named(sc, a), votes_named(sc, b)
    for axis in VOTE_AXES:
        xa, xb = va & set(axis), vb & set(axis)
        if len(xa) == 1 and len(xb) == 1 and xa != xb:
            return True
    return False


def _context(sc: "StoryComparison", m: Mention) -> str:
    """The words a value attaches to: a few before it, the value, a few after (within its sentence)."""
    c = sc.claims[m.claim]
    start, end = m.value.start - c.start, m.value.end - c.start
    before, after = c.text[:start].split()[-CONTEXT_WORDS:], c.text[end:].split()[:CONTEXT_WORDS - 1]
    return " ".join([*before, m.value.text, *after])


def event_words(sc: "StoryComparison", m: Mention) -> str:
    """The words a date is written beside, without the date itself: what happened then."""
    c = sc.claims[m.claim]
    start, end = m.value.start - c.start, m.value.end - c.start
    before, after = c.text[:start].split()[-CONTEXT_WORDS - 1:], c.text[end:].split()[:CONTEXT_WORDS]
    return " ".join([*before, *after])


def contexts_match(sc: "StoryComparison", a: Mention, b: Mention) -> bool:
    """Are two dates, sums or durations attached to the same words (the same event, the same fine)?"""
    if (a.value.kind not in CONTEXT_KINDS and b.value.kind not in CONTEXT_KINDS) or a.value.start is None or b.value.start is None:
        return True
    va, vb = sc.ctx.embedder.embed([_context(sc, a), _context(sc, b)])
    return float(va @ vb) >= CONTEXT_MATCH


def _other_act(sc: "StoryComparison", a: int, b: int) -> bool:
    """Rule ``act``: is mention a's date written for an act (born, approved, announced, in force: ``[acts]`` in
    ``numbers.toml``) that b's sentence does not name? Then the two dates are of two acts."""
    m, other = sc.value_mentions[a], sc.value_mentions[b]
    if m.value.start is None or m.value.end is None:
        return False
    if ("act", a) not in sc.memo:
        c = sc.claims[m.claim]
        sc.memo["act", a] = predicate(c.text, m.value.start - c.start, m.value.end - c.start,
                                      sc.languages.get(m.article), ACT_REACH, section="acts")
    cls = sc.memo["act", a]
    if cls is None:
        return False
    if ("names", other.claim, cls) not in sc.memo:
        sc.memo["names", other.claim, cls] = names(sc.claims[other.claim].text,
                                                   sc.languages.get(other.article), cls)
    return not sc.memo["names", other.claim, cls]


def _recalled(sc: "StoryComparison", a: int, b: int) -> bool:
    """Rule ``recalled``: one date is written without its year (the story's own time: "il 13 settembre") and the
    other with a year three or more years from the story's ("il 14 agosto del 2018"): an earlier event one article
    recalls, not the story's date given differently. Two dates both written with their years still conflict."""
    pub = sorted(d.year for d in sc.calendar.published.values())
    now = sc.calendar.main.year if sc.calendar.main else (pub[len(pub) // 2] if pub else sc.main_year)
    if now is None:
        return False
    near = far = False
    for i in (a, b):
        m = sc.value_mentions[i]
        c = sc.claims[m.claim]
        raw = str(m.value.value)
        yearless = m.value.kind == "date" and len(raw) == 5 and raw[2] == "-" and year_after(m.value, c) is None
        year = year_of(sc.calendar.complete(m.value, c, sc.languages.get(m.article)))
        if year is None:
            return False
        near |= yearless and abs(year - now) <= 1
        far |= not yearless and abs(year - now) >= RECALLED
    return near and far


def _dateline(sc: "StoryComparison", i: int) -> bool:
    """Is mention i a date written alone, with at most one word beside it (a weekday: "pátek 18. dubna 2025")?"""
    m = sc.value_mentions[i]
    c = sc.claims[m.claim]
    if m.value.start is None or m.value.end is None:
        return False
    rest = c.text[:m.value.start - c.start] + " " + c.text[m.value.end - c.start:]
    return len(WORDS.findall(rest)) <= DATELINE_WORDS


def _alone(sc: "StoryComparison", a: int, b: int) -> bool:
    """Are mentions a and b the only figures of two aligned sentences (one statement)?"""
    ca, cb = sc.value_mentions[a].claim, sc.value_mentions[b].claim
    return len(sc.claims[ca].values) == 1 and len(sc.claims[cb].values) == 1 and sc.aligned(ca, cb)


def is_part(sc: "StoryComparison", i: int) -> bool:
    """Is mention i a count that is a part of another ("including 36 children", "15 of them")?"""
    m = sc.value_mentions[i]
    if m.value.kind != "count" or m.value.start is None or m.value.end is None:
        return False
    if ("part", i) not in sc.memo:
        c = sc.claims[m.claim]
        sc.memo["part", i] = part(c.text, m.value.start - c.start, m.value.end - c.start,
                                  sc.languages.get(m.article))
    return sc.memo["part", i]


def _nouns(sc: "StoryComparison", i: int) -> tuple[str, ...]:
    if ("nouns", i) not in sc.memo:
        m = sc.value_mentions[i]
        c = sc.claims[m.claim]
        sc.memo["nouns", i] = nouns(m.value, c.text, m.value.end - c.start, sc.languages.get(m.article))
    return sc.memo["nouns", i]


def _same_noun(sc: "StoryComparison", a: int, b: int) -> bool:
    """Rule ``counted noun``: two counts share a noun in two forms, or two nouns that alone translate each other."""
    na, nb = _nouns(sc, a), _nouns(sc, b)
    if not (na and nb):
        return False
    if any(same_word(x, y) for x in na for y in nb):
        return True
    vecs = sc.ctx.embedder.embed([*na, *nb])  # only when both name a noun: this runs per candidate pair
    return float((vecs[:len(na)] @ vecs[len(na):].T).max()) >= NOUN_WORD
