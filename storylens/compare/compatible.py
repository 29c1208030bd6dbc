"""Named rules that tell two different values in matching sentences apart from a conflict.

Two sentences that say the same thing may still give different numbers without
contradicting each other: one gives a bound ("under eight minutes") and the other
a value inside it, one rounds or approximates, one gives a range, a list or a
conversion side by side. Others give a different number because it is about a
different thing: a total against its parts, another subject (Apple's fine
against Meta's). Each rule has a name that the row's note carries, and
``explain`` says which rule fired for a pair.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable

from ..model import Claim, Value
import datetime as dt

from ..valuecompare import base, dimension, same
from ..values import bound, date_edge

ROUNDING = 0.05     # a round value this close to a precise one is the precise one rounded
DECIMAL_ROUNDING = 0.10  # ... and this close when it drops decimals ("4.6%" / "5%"): never a far figure
DECIMALS = 6        # decimals a written figure is read to
EPSILON = 1e-9      # float slack when a figure is divided by its step
_DECIMAL = re.compile(r"\d[.,]\d{1,2}(?!\d)")  # a decimal fraction as written ("4.6", "1,35"; not "1,500")
MAGNITUDE = 10      # figures this many times apart are not one figure changed (21 countries / a 1.95583 rate)
BARE_MAGNITUDE = 3  # a bare number and a figure with a unit this many times apart are two things
TOTAL = 0.01        # a total matches the sum of its parts this closely (parts are often rounded)
CONVERSION_GAP = 12  # characters between an amount and its conversion ("€50m ($58m)", "€500 million (about $570")
ZONE_GAP = 30       # characters between a time and the same moment on another clock in brackets after it
ZONE = re.compile(r"\s*\(?(GMT|UTC|CET|CEST|EET|EEST|MSK|MEZ|MESZ|BST|EST|EDT|PST|PDT)\b")
MOMENT_GAP = 120    # minutes: two times of day further apart are two moments (a misreported time is minutes off)
DAY_GAP = 31        # days: two days further apart are two events (a misreported day is days off, not months)
YEAR_GAP = 5        # years: two years further apart are two events (the sale in 1816, the removal in 1802)
LIST_GAP = 5        # characters between two items of one list besides commas ("82, 120 and 152 mm": " and ")


@dataclass(frozen=True, slots=True)
class Side:
    """One value as one sentence gives it, with what the rules need to know about its sentence."""

    value: Value
    claim: Claim
    language: str | None
    subjects: frozenset[str] = frozenset()  # entities written right around the value
    elsewhere: tuple[Value, ...] = ()  # the article's other values of this dimension
    # what the rules read of this side alone, read once (a side meets many others); not copied by ``replace``
    _memo: dict | None = field(default=None, init=False, repr=False, compare=False, hash=False)

    def others(self) -> list[Value]:
        """The sentence's other values of the same dimension."""
        return [v for v in self.claim.values if v is not self.value and dimension(v) == dimension(self.value)]

    def read(self, key: str, fn: Callable[["Side"], object]):
        """``fn(self)``, computed on the first call for ``key`` and kept with the side."""
        memo = self._memo
        if memo is None:
            memo = {}
            object.__setattr__(self, "_memo", memo)
        if key not in memo:
            memo[key] = fn(self)
        return memo[key]


def _number(v: Value) -> float | None:
    b = base(v)
    return b[0] if isinstance(b, tuple) and len(b) == 1 else None


def _numbers(a: Value, b: Value) -> tuple[float | None, float | None]:
    """Two single values in one scale: their base units, or as written when a bare number meets a value with a unit
    ("over 65" / "старше 65 лет": 65 and 65, not 65 and 65 years in seconds)."""
    if dimension(a) == dimension(b):
        return _number(a), _number(b)
    va, vb = a.value, b.value
    return (float(va) if isinstance(va, (int, float)) else None), (float(vb) if isinstance(vb, (int, float)) else None)


def approximation(a: Side, b: Side) -> bool:
    """One side says "about" and the other value is within the tolerance ("une centaine" / 100)."""
    return (a.value.approximate or b.value.approximate) and same(a.value, b.value)


def rounding(a: Side, b: Side) -> bool:
    """The rounder value is the other rounded ("1.5 million" / "1,512,000"; "$570 million" / "$568 million"), or cut
    after its last digit when it is written with a scale word ("10,23 Millionen" / "10,237,286")."""
    x, y = _numbers(a.value, b.value)
    if x is None or y is None or x == y or min(abs(x), abs(y)) == 0 or a.value.kind in ("year", "date") \
            or "age" in (a.value.unit, b.value.unit):
        return False  # a year is never a rounded figure, nor is a person's age (50 / 49 years old)
    if abs(x - y) > DECIMAL_ROUNDING * max(abs(x), abs(y)):
        return False
    rounder, other = (x, y) if _roundness(x) > _roundness(y) else (y, x)
    step, finer = _roundness(rounder), _roundness(other)
    if step <= finer:
        return False  # 12 / 14: neither is the other rounded
    if step <= 1:
        # rule ``rounding`` with decimals: the other given to fewer decimals, half up ("4.6%" / "5%", "1.35" / "1.4")
        return abs(rounder - other) <= step / 2 + EPSILON * step
    precise = (b.value if rounder == x else a.value).text
    # a figure written with decimals before a scale word ("4.6 billion" / "5 billion") drops decimals as "4.6" / "5"
    near = DECIMAL_ROUNDING if _DECIMAL.search(precise) and any(ch.isalpha() for ch in precise) else ROUNDING
    if abs(x - y) > near * max(abs(x), abs(y)):
        return False
    scaled = any(ch.isalpha() for ch in (a.value if rounder == x else b.value).text)
    return round(other / step) * step == rounder or (scaled and (other // step) * step == rounder)


def _roundness(x: float) -> float:
    """The largest power of ten that divides x (1 for a number with units digits, 0.1 for one decimal "4.6", 0.01
    for two...)."""
    if x and abs(x - round(x)) > EPSILON * max(1.0, abs(x)):
        step = 1.0
        for _ in range(DECIMALS):
            step /= 10
            if abs(x / step - round(x / step)) <= EPSILON * max(1.0, abs(x / step)):
                break
        return step
    step = 1.0
    while x and x % (step * 10) == 0:
        step *= 10
    return step


def _end(s: Side) -> int | None:
    """Where a side's number ends in its claim's text (for a bound written after it: "100 or more")."""
    return None if s.value.end is None else s.value.end - s.claim.start


def _bound(s: Side) -> str | None:
    """'lower' or 'upper' when the side's value is written as a bound (``values.bound``), read once per side."""
    return s.read("bound", lambda s: bound(s.claim.text, s.value.start - s.claim.start, s.language, _end(s)))


def bounded(a: Side, b: Side) -> bool:
    """One side gives a bound ("under eight minutes", "more than $100 million") that the other value keeps; a measure
    only when less than ten times from the bound (``MAGNITUDE``): a bound of 10 km holds no depth of five metres."""
    for s, t in ((a, b), (b, a)):
        direction = _bound(s)
        x, y = _numbers(s.value, t.value)
        if direction is None or x is None or y is None:
            continue
        if _bound(t) is not None:
            continue  # two bounds with different limits report different figures
        if s.value.kind == "measure" and x and y and max(abs(x), abs(y)) > MAGNITUDE * min(abs(x), abs(y)):
            continue  # a bound of a measure keeps a figure of its own size: "up to 5 metres" deep is no "10 km" away
            # (a count is not so kept apart: a toll of "at least six" rises to 78 in a day)
        if (direction == "upper" and y <= x) or (direction == "lower" and y >= x):
            return True
    return False


def threshold(a: Side, b: Side) -> bool:
    """Rule ``threshold``: a bound on a share whose own article gives an exact share inside it ("valid, as more than
    50% took part" beside "the turnout amounted to 61.56%") is the threshold the figure passed, not the figure: it
    holds no other article's share (66.66%). Shares only: an article's counts are of many groups (those who voted,
    those for), so a larger count elsewhere in it says nothing of a count's bound ("more than five million" for)."""
    for s, t in ((a, b), (b, a)):
        if s.value.kind != "percent" or t.value.kind != "percent":
            continue
        direction = _bound(s)
        x = _number(s.value)
        if direction is None or x is None:
            continue
        for w in s.elsewhere:
            y = _number(w) if w.kind == "percent" and not w.approximate else None
            if y is not None and y != x and ((direction == "lower" and y > x) or (direction == "upper" and y < x)):
                return True
    return False


def ranged(a: Side, b: Side) -> bool:
    """One side gives a range that holds the other value ("2022–2023" / "2023")."""
    ba, bb = base(a.value), base(b.value)
    if isinstance(ba, str) or isinstance(bb, str) or (len(ba) > 1) == (len(bb) > 1):
        return False
    rng, one = (ba, bb) if len(ba) > 1 else (bb, ba)
    return min(rng) <= one[0] <= max(rng)


def precision(a: Side, b: Side) -> bool:
    """One date is the other given less precisely ("janvier 2026" / "1 January 2026")."""
    x, y = base(a.value), base(b.value)
    if not (isinstance(x, str) and isinstance(y, str)) or x == y:
        return False
    short, long_ = sorted((x, y), key=len)
    if len(short) == 5 and short[2] == "-" and len(long_) == 7 and long_[4] == "-":
        return short[:2] == long_[5:]  # a day given without its year, in a month given with it ("1. novembra" /
        # "novembra 2024")
    if not (len(short) >= 7 and short[:4].isdigit() and short[4] == "-"):
        return False  # a month or a day without its year is too vague to hold another date
    return long_.startswith(short + "-") or long_.startswith(short + "T")


def boundary(a: Side, b: Side) -> bool:
    """Two dates a day apart, one given as the edge of a period: the last day of one period and the first of the
    next ("until 31 January" / "from 1 February"; "jusqu'au 1er février" / "до 31 януари")."""
    da, db = _day(a.value), _day(b.value)
    if da is not None and db is not None and (da.year == 2001) != (db.year == 2001):
        da, db = (da.replace(year=db.year), db) if da.year == 2001 else (da, db.replace(year=da.year))
    if da is None or db is None or abs((da - db).days) != 1:
        return False
    return any(_edge(s) for s in (a, b) if s.value.start is not None)


def _edge(s: Side) -> str | None:
    """'from' or 'until' when the side's date is written as the edge of a period (``values.date_edge``), read once."""
    return s.read("edge", lambda s: date_edge(s.claim.text, s.value.start - s.claim.start, s.language))


def _day(v: Value) -> dt.date | None:
    """The day a date names; a day without its year is read in 2001 (then given the other date's year)."""
    text = str(v.value) if v.kind == "date" else ""
    parts = text.split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2 and len(parts[0]) == 2:
            return dt.date(2001, int(parts[0]), int(parts[1]))
    except ValueError:
        return None
    return None


def deadline(a: Side, b: Side) -> bool:
    """One time of day is a deadline ("92% back by 5 a.m.", "bis 5 Uhr") and the other a later moment: what was done
    by the deadline is not what happened at the later time, and neither contradicts the other."""
    ta, tb = _clock_minutes(a.value), _clock_minutes(b.value)
    if ta is None or tb is None:
        return False
    for s, t, early, late in ((a, b, ta, tb), (b, a, tb, ta)):
        if s.value.start is not None and early < late \
                and _edge(s) == "until":
            return True
    return False


def _clock_minutes(v: Value) -> int | None:
    text = str(v.value)[-5:] if v.kind == "date" else ""
    if len(text) == 5 and text[2] == ":" and text[:2].isdigit() and text[3:].isdigit():
        return int(text[:2]) * 60 + int(text[3:])
    return None


def bracket(a: Side, b: Side) -> bool:
    """One value is a bracket of a classification, not a figure of the story: a range from one past a round number
    to a round number ("towns of 201 to 500 thousand", "21-50 employees", "od 201 do 500 tys. mieszkańców")."""
    return _is_bracket(a.value) or _is_bracket(b.value)


def _is_bracket(v: Value) -> bool:
    if v.kind not in ("count", "measure", "money") or not isinstance(v.value, list) or len(v.value) != 2:
        return False
    low, high = v.value
    return all(isinstance(x, (int, float)) and x == int(x) for x in (low, high)) and low > 10 \
        and (low - 1) % 10 == 0 and high % 10 == 0 and high > low


def other_clock(a: Side, b: Side) -> bool:
    """One time is the moment on another clock: written in brackets after another time of its sentence ("03:30
    (00:30 GMT)", "3h30 (hora local, 21h30 em Brasília)") or marked with a zone ("06:00 GMT"), which the other is
    not; two clocks never contradict each other."""
    za, zb = _zone(a), _zone(b)
    return bool(za or zb) and not (za == zb and za != "(")  # "00:30 GMT" against "00:45 GMT" is one clock


def _zone(s: Side) -> str:
    """The zone a time is marked with ("GMT"), "(" for a time in brackets after another, "" for neither."""
    if _clock_minutes(s.value) is None or s.value.start is None or s.value.end is None:
        return ""
    at, end = s.value.start - s.claim.start, s.value.end - s.claim.start
    if (m := ZONE.match(s.claim.text[end:end + 7]) or ZONE.search(s.value.text)):
        return m.group(1)
    for v in s.claim.values:
        if v is not s.value and _clock_minutes(v) is not None and v.end is not None and v.end - s.claim.start < at:
            gap = s.claim.text[v.end - s.claim.start:at]
            if "(" in gap and ")" not in gap and len(gap) <= ZONE_GAP:
                return "("
    return ""


def two_moments(a: Side, b: Side) -> bool:
    """Rule ``two moments``: two times of day more than ``MOMENT_GAP`` apart (the bodies brought in "before 23:00",
    the survivors "just after 12 noon") are the times of two moments, not one time given two ways: an outlet that
    gets a time wrong is minutes off (13:22 / 13:25, 02:30 / 03:00), never half a day. Read round the clock
    (23:50 and 00:10 are twenty minutes apart)."""
    ta, tb = _clock_minutes(a.value), _clock_minutes(b.value)
    if ta is None or tb is None:
        return False
    gap = abs(ta - tb)
    return min(gap, 24 * 60 - gap) > MOMENT_GAP


def far_days(a: Side, b: Side) -> bool:
    """Rule ``far days``: two dates given to the day more than ``DAY_GAP`` days apart ("2. novembar" / "23. mart", each
    a day of mourning) are the days of two events: an outlet that gets a day wrong is a day or a few off (4 / 5 June,
    14 / 24 March), not months, or gives the right day a wrong year (a conflict still). A date given to the month
    only stays comparable ("March 2024" / "24 June 2024")."""
    da, db = _day(a.value), _day(b.value)
    if da is None or db is None:
        return False
    # read in one (leap) year: a wrong year on the right day ("12 September 2021" / "11 September 2024") is one
    # date given wrongly, a conflict; round the year's end too (28 December / 3 January)
    gap = abs((da.replace(year=2000) - db.replace(year=2000)).days)
    return min(gap, 366 - gap) > DAY_GAP


def far_years(a: Side, b: Side) -> bool:
    """Rule ``far years``: two years more than ``YEAR_GAP`` apart ("verkaufte er sie 1816" / "une vente effectuée en
    1802") are the years of two events; an outlet's wrong year is one or two off (2022 / 2023 / 2024)."""
    if a.value.kind != "year" or b.value.kind != "year":
        return False
    x, y = _number(a.value), _number(b.value)
    return x is not None and y is not None and abs(x - y) > YEAR_GAP


def listed(a: Side, b: Side) -> bool:
    """The values are items of lists (several values with one unit in a sentence) that share an item: each source
    names a different subset ("82, 120, 122 and 152 mm" / "82, 122, 152 mm"), not a conflict."""
    la, lb = _list_items(a), _list_items(b)
    if not la and not lb:
        return False
    return any(same(x, y) for x in [a.value, *la] for y in [b.value, *lb])


def _list_items(s: Side) -> list[Value]:
    """The sentence's other values with this value's unit written in one list with it ("82, 120, 122 and 152 mm"):
    each next to the one before, with a comma or one short word between; "68 injured, 15 of them seriously" is
    two counts, not a list."""
    same_unit = sorted((v for v in s.claim.values if v.unit and v.unit == s.value.unit and v.start is not None),
                       key=lambda v: v.start)
    if s.value.start is None or len(same_unit) < 2:
        return []
    runs: list[list[Value]] = [[same_unit[0]]]
    for prev, v in zip(same_unit, same_unit[1:]):
        gap = s.claim.text[prev.end - s.claim.start:v.start - s.claim.start]
        gap = gap.replace(prev.unit or "", "", 1) if prev.unit and prev.unit in gap.lower() else gap
        if len(gap.strip(" ,;/").strip()) <= LIST_GAP and not any(ch.isdigit() for ch in gap):
            runs[-1].append(v)
        else:
            runs.append([v])
    run = next((r for r in runs if any(v is s.value for v in r)), [])
    return [v for v in run if v is not s.value]


def conversion(a: Side, b: Side) -> bool:
    """Both are conversions given side by side with one amount ("€50m ($58m)" / "€50m ($60m)")."""
    fa, fb = converted_from(a), converted_from(b)
    return fa is not None and fb is not None and same(fa, fb)


def converted_from(s: Side) -> Value | None:
    """The amount in another currency written right before this one, of which it is a conversion."""
    if s.value.kind != "money":
        return None
    for v in s.claim.values:
        if v.kind == "money" and v.unit != s.value.unit and v.end is not None and s.value.start is not None \
                and 0 <= s.value.start - v.end <= CONVERSION_GAP and "(" in s.claim.text[v.end - s.claim.start:
                                                                                       s.value.start - s.claim.start]:
            return v
    return None


def _numbered(values) -> tuple[list[float], list[Value]]:
    """The values that have one number (``_number``), sorted by it: the numbers and the values in that order."""
    found = sorted(((n, k, v) for k, v in enumerate(values)
                    if (n := _number(v)) is not None and n == n), key=lambda f: f[:2])
    return [n for n, _, _ in found], [v for _, _, v in found]


def _near(numbered: tuple[list[float], list[Value]], x: float, y: float, slack: float) -> list[tuple[float, Value]]:
    """The numbered values near ``x - y``, with a margin over ``slack`` for float rounding: a superset of those
    within ``slack``, to which the caller applies its exact test."""
    nums, vals = numbered
    at, margin = x - y, slack + 1e-6 * max(1.0, abs(x), abs(y))
    if not (math.isfinite(at) and math.isfinite(margin)):
        return list(zip(nums, vals))
    lo, hi = bisect_left(nums, at - margin), bisect_right(nums, at + margin)
    return list(zip(nums[lo:hi], vals[lo:hi]))


def total(a: Side, b: Side) -> bool:
    """One value is the sum of the other and a further value either article gives (a total against a part:
    "a combined €700 million" / "€500 million" when €200 million is given too)."""
    for s, t in ((a, b), (b, a)):
        x, y = _number(s.value), _number(t.value)
        if x is None or y is None or x <= y:
            continue
        # counts of people or things add up exactly; sums of money are often rounded
        slack = 0.0 if s.value.kind == "count" and t.value.kind == "count" else TOTAL * x
        # the further value: one of t's sentence or article, of s's article, or a count of either sentence ("из них
        # 500 млн", "200 millones"), not t's own value given again; only values near x - y are read (each side's
        # values are sorted once by their number)
        near = [*_near(t.read("own", lambda t: _numbered((*t.others(), *t.elsewhere))), x, y, slack),
                *_near(s.read("elsewhere", lambda s: _numbered(s.elsewhere)), x, y, slack),
                *((n, v) for side in (s, t)
                  for n, v in _near(side.read("counts", lambda q: _numbered(
                      [v for v in q.claim.values if v.kind == "count"])), x, y, slack)
                  if v is not s.value and v is not t.value)]
        if any(abs(y + n - x) <= slack and not same(v, t.value) for n, v in near):
            return True
    return False


def other_subject(a: Side, b: Side) -> bool:
    """The values are written beside different entities that both sentences name (Apple's fine, Meta's fine)."""
    if not a.subjects or not b.subjects or a.subjects & b.subjects:
        return False
    return (a.subjects <= set(b.claim.entities)) and (b.subjects <= set(a.claim.entities))


def other_magnitude(a: Side, b: Side) -> bool:
    """The figures are over ten times apart: two different quantities ("21 countries" / "350 million people"), not
    one figure reported differently (a zero is any size: "no one" / "two dead" stays a conflict)."""
    if a.value.kind in ("year", "date") or b.value.kind in ("year", "date"):
        return False
    if dimension(a.value) != dimension(b.value):
        # a bare number against a figure with a unit ("over 65" / "старше 66 лет") is one figure only when near it:
        # more than three times apart they are two things (a count of nothing named and a sum, a duration)
        x, y = _numbers(a.value, b.value)
        return bool(x and y) and max(abs(x), abs(y)) > BARE_MAGNITUDE * min(abs(x), abs(y))
    x, y = _number(a.value), _number(b.value)
    if x is None or y is None or not x or not y:
        return False
    return max(abs(x), abs(y)) > MAGNITUDE * min(abs(x), abs(y))


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    test: Callable[[Side, Side], bool]
    same_thing: bool  # True: one value given two compatible ways (one row); False: two different things


# In order; the first that fires names the pair.
RULES = (
    Rule("bracket", bracket, False),
    Rule("conversion", conversion, True),
    Rule("approximation", approximation, True),
    Rule("rounding", rounding, True),
    Rule("threshold", threshold, False),
    Rule("bound", bounded, True),
    Rule("range", ranged, True),
    Rule("precision", precision, True),
    Rule("boundary", boundary, True),
    Rule("deadline", deadline, False),
    Rule("time zone", other_clock, False),
    Rule("two moments", two_moments, False),
    Rule("far days", far_days, False),
    Rule("far years", far_years, False),
    Rule("list", listed, False),
    Rule("total", total, False),
    Rule("other subject", other_subject, False),
    Rule("other magnitude", other_magnitude, False),
)


def explain(a: Side, b: Side) -> Rule | None:
    """The first rule under which two different values of one dimension are not in conflict, or None."""
    for rule in RULES:
        if rule.test(a, b):
            return rule
    return None
