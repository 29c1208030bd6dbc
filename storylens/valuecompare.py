"""Comparing values: what a value measures (``dimension``), its amount in the dimension's base unit (``base``),
its blocking key (``key``) and whether two values say the same thing (``same``) or leave room for each other
(``overlap``)."""
from __future__ import annotations

from typing import Any

from .model import Value
from .numlexicon import unit_info

def dimension(v: Value) -> str:
    """What a value measures, comparable across languages: 'money:USD', 'measure:length', 'count', 'year'..."""
    if v.kind == "money":
        return f"money:{v.unit}"
    if v.kind == "count" and v.ordinal:
        return "count:ordinal"  # "the 21st member" and "27 members" are two different things
    if v.kind == "date" and ":" in str(v.value):
        return "time"  # a time of day ("12:33", "2025-04-28T12:33") is never the same thing as a day
    if v.kind in ("measure", "duration", "percent"):
        u = unit_info(v.unit)
        return f"{v.kind}:{u.dimension if u else v.unit}"
    return v.kind


def base(v: Value) -> tuple[float, ...] | str:
    """The value in its dimension's base unit (a tuple for ranges), or the text key of a date."""
    if v.kind == "date":
        return str(v.value)
    u = unit_info(v.unit) if v.kind in ("measure", "duration") else None
    factor = u.factor if u else 1.0
    vals = v.value if isinstance(v.value, list) else [v.value]
    return tuple(float(x) * factor for x in vals)


def same(a: Value, b: Value, tolerance: float = 0.1) -> bool:
    """Do two values of one dimension say the same thing? Approximate ones match within ``tolerance``."""
    if dimension(a) != dimension(b):
        return False
    ba, bb = base(a), base(b)
    if isinstance(ba, str) or isinstance(bb, str):
        ma, mb = _minutes(str(ba)[-5:]), _minutes(str(bb)[-5:])
        da, db = str(ba)[:-5].rstrip("T"), str(bb)[:-5].rstrip("T")  # the day a time is given on, if any
        if (a.approximate or b.approximate) and ma is not None and mb is not None and (not da or not db or da == db):
            # "around 18:00" holds 18:07 and "around 3:30" 3:27; "around 10:15" and "around 10:30" are two times
            slack = max(_clock_step(m) for v, m in ((a, ma), (b, mb)) if v.approximate) / 2
            return abs(ma - mb) < slack
        return _dates_agree(str(ba), str(bb))
    if len(ba) != len(bb):
        return False
    approx = a.approximate or b.approximate
    tol = tolerance if approx else 1e-6
    if not all(abs(x - y) <= tol * max(abs(x), abs(y), 1e-9) for x, y in zip(ba, bb)):
        return False
    if approx and tolerance <= 0.1:
        # "about 40" holds 43, not 47: an approximate figure is off by at most half of its rounding step
        slack = max(_rounding_step(x) for v, vals in ((a, ba), (b, bb)) if v.approximate for x in vals) / 2
        return all(abs(x - y) <= slack for x, y in zip(ba, bb))
    return True


def _rounding_step(x: float) -> float:
    """The step a figure is rounded to: the largest power of ten, or five times one, that divides it (40 -> 10,
    115 -> 5, 1.5 million -> 500,000; 1 for a figure with units digits or a fraction)."""
    x = abs(x)
    if x == 0 or x != int(x):
        return 1.0
    step = 1.0
    while True:
        if x % (step * 10) == 0:
            step *= 10
        elif x % (step * 5) == 0:
            return step * 5
        else:
            return step


def overlap(a: Value, b: Value) -> bool:
    """Do two values of one dimension leave room for each other (a year inside a range, approximate ones close)?"""
    if same(a, b, 0.25):
        return True
    ba, bb = base(a), base(b)
    if isinstance(ba, str) or isinstance(bb, str) or dimension(a) != dimension(b):
        return False
    if len(ba) > 1 and len(bb) > 1:
        return False  # two different ranges are two different claims
    return max(ba) >= min(bb) and max(bb) >= min(ba) and (len(ba) > 1 or len(bb) > 1)


def _minutes(text: str) -> int | None:
    """Minutes after midnight of a time of day written "HH:MM", else None."""
    if len(text) == 5 and text[2] == ":" and text[:2].isdigit() and text[3:].isdigit():
        return int(text[:2]) * 60 + int(text[3:])
    return None


def _clock_step(minutes: int) -> int:
    """The step a time of day is rounded to, in minutes: 60 for a full hour, 30 for a half, then 15, 10, 5, 1."""
    return next(step for step in (60, 30, 15, 10, 5, 1) if minutes % step == 0)


def _dates_agree(a: str, b: str) -> bool:
    # "12-17" and "2025-12-17" agree: one source left the year out
    return a == b or a.endswith("-" + b) or b.endswith("-" + a)


def key(v: Value) -> tuple[str, Any]:
    """A blocking key: values that may be the same fall under one key."""
    b = base(v)
    if isinstance(b, str):
        return (dimension(v), b[-5:])
    return (dimension(v), tuple(round(x, 6) for x in b))
