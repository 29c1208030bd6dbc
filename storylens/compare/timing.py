"""Times of day keyed by the event they are written for (rule ``event``), compared across articles and languages.

"um 3.08 Uhr stürzte sie ein", "il ponte è crollato alle 3:08" and "o 3:08 rano ... zawaleniem" give the time of
one event, the collapse, and "alle 2.55" for the collapse in a fourth article conflicts with them, however far
apart the sentences are otherwise; "Um 2.50 Uhr fuhr die letzte Straßenbahn" is the time of another event. The
event is the nearest event word in the time's clause (``[events]`` in ``lang/<code>/numbers.toml``: a class name
and its word forms, a trailing ``-`` marking a stem); a word of any event ("the accident", "happened") stands for
the story's main event (a collapse, a fire, an attack, an explosion), never for a departure or an alarm.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .. import lang
from ..model import Claim, Value
from ..valuecompare import dimension, key, same
from .compatible import explain
from .holders import estimate
from .predicates import names, nearest_class
from .valuereads import full_date_text

if TYPE_CHECKING:
    from .align import StoryComparison
    from .valuekeys import Mention

SECTION = "events"
GENERIC = "event"  # "the accident", "happened": whichever main event the story is about
MAIN = frozenset({GENERIC, "collapse", "fire", "explosion", "attack", "outage"})  # what a generic event word can stand for
REACH = 8  # words on either side of a time searched for its event
KEY = "event"  # a time's key in a row: "event|collapse"
# a clause ends at these marks, and at a full stop before a capital letter; a full stop before a small letter or a
# figure ends an abbreviation or an ordinal ("o godz. 19.04", "1. novembra u 11.52"), not the clause
_CLAUSE_END = re.compile(r"[,;:()\[\]«»\"“”„!?]|\s[-–—]\s|\.\s+(?=[^\W\d_])")


def _clauses(text: str) -> list[str]:
    """``text`` cut into clauses (see ``_CLAUSE_END``)."""
    out, at = [], 0
    for m in _CLAUSE_END.finditer(text):
        if m.group().startswith(".") and not text[m.end()].isupper():
            continue
        out.append(text[at:m.start()])
        at = m.end()
    return out + [text[at:]]


def event(text: str, start: int, end: int, language: str | None) -> str | None:
    """The event class of the time ``text[start:end]``: the nearest specific event word in its clause within
    ``REACH`` words (the word after the time first at equal distance), else the nearest generic one, else None."""
    return nearest_class(_clauses(text[:start])[-1], _clauses(text[end:])[0], language, SECTION, None, REACH,
                         frozenset({GENERIC}))


def one_event(a: str, b: str) -> bool:
    """Do two event classes name one event: the same class, or a generic event word and a main event?"""
    return a == b or (GENERIC in (a, b) and a in MAIN and b in MAIN)


def time_key(claim: Claim, v: Value, language: str | None) -> str | None:
    """A time of day's key in its row: "event|<class>" when its clause names its event, else None."""
    if dimension(v) != "time" or v.start is None or v.end is None:
        return None
    cls = event(claim.text, v.start - claim.start, v.end - claim.start, language)
    return f"{KEY}|{cls}" if cls else None


def event_pairs(sc: "StoryComparison", mentions: list["Mention"], keys: list[str | None]
                ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str | None]]]:
    """Rule ``event``: times of day of one event in different articles. Equal ones agree (pairs to join); differing
    ones conflict unless a compatibility rule says otherwise (about 3:30 / 3:27, a time on another clock) or their
    sentences put them on different days. An article giving one event two different times says nothing sure of
    it and conflicts with no one (it may still agree)."""
    by_class: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k is not None and k.startswith(KEY + "|"):
            by_class[k.split("|", 1)[1]].append(i)
    if not by_class:
        return [], []
    generic = by_class.get(GENERIC, [])
    agreements: list[tuple[int, int, str | None]] = []
    conflicts: list[tuple[int, int]] = []
    for cls, members in by_class.items():
        if cls == GENERIC and len(by_class) > 1:
            continue  # generic mentions are met through the main event they stand for
        group = members + (generic if cls != GENERIC and cls in MAIN else [])
        agreements.extend(_equal_links(group, mentions))
        differ, agree = _differing(sc, group, mentions)
        conflicts.extend(differ)
        agreements.extend(agree)
    return conflicts, agreements


def _equal_links(group: list[int], mentions: list["Mention"]) -> list[tuple[int, int, str | None]]:
    """Mentions of one value in a chain (linear in their number), across articles."""
    by_value: dict[tuple, list[int]] = defaultdict(list)
    for i in group:
        by_value[key(mentions[i].value)].append(i)
    out = []
    for same_value in by_value.values():
        out.extend((a, b, None) for a, b in zip(same_value, same_value[1:])
                   if mentions[a].article != mentions[b].article)
    return out


def _differing(sc: "StoryComparison", group: list[int], mentions: list["Mention"]
               ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str | None]]]:
    """For each value, one mention from an article giving the event that value only; pairs of those values that
    differ and that no rule reconciles (conflicts), or that a rule says are one value given two ways (agreements)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i in group:
        by_article[mentions[i].article].append(i)
    shown: dict[tuple, int] = {}  # a value -> the mention that stands for it
    for idx in by_article.values():
        firsts: list[int] = []
        for i in idx:
            if not any(same(mentions[i].value, mentions[j].value) for j in firsts):
                firsts.append(i)
        if len(firsts) == 1:
            shown.setdefault(key(mentions[firsts[0]].value), firsts[0])
    conflicts, agreements = [], []
    sure = list(shown.values())
    for n, x in enumerate(sure):
        for y in sure[n + 1:]:
            mx, my = mentions[x], mentions[y]
            if mx.article == my.article or other_days(sc, mx, my):
                continue
            rule = explain(sc.side(mx), sc.side(my))
            if rule is None:
                conflicts.append((x, y))
            elif rule.same_thing:
                agreements.append((x, y, rule.name))
    return conflicts, agreements


def other_days(sc: "StoryComparison", x: Mention, y: Mention) -> bool:
    """Two times of day whose sentences put them on different days ("at 12:32 on Monday" / "at 12:38 on
    Tuesday") are the times of two events, not one time given two ways."""
    if dimension(x.value) != "time" or dimension(y.value) != "time":
        return False
    days = []
    for m in (x, y):
        full = str(sc.calendar.complete(m.value, sc.claims[m.claim], sc.languages.get(m.article)).value)
        days.append(full[:10] if full_date_text(full[:10]) else None)
    return None not in days and days[0] != days[1]


STAGES = "stages"  # section of ``numbers.toml``: words that date a figure to a stage of a count ("so far", "final")


def stage_marks(claim: Claim, v: Value, language: str | None) -> frozenset[str]:
    """Rule ``figure stage``: what in a share's sentence dates it to one stage of a vote: a clock time
    ("turnout at 18:00 was 61.56%", "s'est terminé à 20 heures, avec un taux de 63,87 %") and the ``[stages]``
    classes it names ("the latest statistics", "по последним данным", "bisher"), and ``counted`` when it
    names the count of ballots or polling stations (``share_counted``: "with almost all the ballots counted",
    "après dépouillement", "nach Auszählung"). Empty for other kinds
    and for a share written with no stage (the count as it stands). A count (seats, votes) is dated only by a
    poll or projection its sentence names (``estimate``: "the exit poll gave the PVV 35 seats"): an estimate, not
    the counted result."""
    if v.kind == "count":
        return frozenset({"estimate"}) if estimate(claim.text, language) else frozenset()
    if v.kind != "percent":
        return frozenset()
    marks = {f"at {w.value}" for w in claim.values if dimension(w) == "time"}
    data = lang.data(language, "numbers") if language else {}
    marks.update(cls for cls in data.get(STAGES, {}) if names(claim.text, language, cls, STAGES))
    if names(claim.text, language, "share_counted", "predicates"):
        marks.add("counted")
    return frozenset(marks)


def other_moment(sc: "StoryComparison", x: "Mention", y: "Mention") -> bool:
    """Rule ``figure stage``: two shares of two articles whose sentences date them to different stages (turnout
    "at 18:00" / turnout at the close / the count with no stage named; "the latest figures" / the final ones)
    are the figures of two moments of a vote, not one figure given two ways."""
    if x.article == y.article or x.value.kind not in ("percent", "count") or y.value.kind != x.value.kind:
        return False
    return marks(sc, x) != marks(sc, y)


def marks(sc: "StoryComparison", m: "Mention") -> frozenset[str]:
    """``stage_marks`` of a mention, read once per comparison."""
    at = ("stage", m.claim, m.value.start)
    if at not in sc.memo:
        sc.memo[at] = stage_marks(sc.claims[m.claim], m.value, sc.languages.get(m.article))
    return sc.memo[at]
