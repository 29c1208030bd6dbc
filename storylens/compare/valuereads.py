"""What the value rows read of one value: its row key, its year, whether it is a full date or a bare number."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..model import Value
from ..numlexicon import unit_info
from ..values import SHARE_LIMIT
from ..valuecompare import dimension, key, same

if TYPE_CHECKING:
    from .valuekeys import Mention

WORDS = re.compile(r"[^\W\d_]+")


def bare_pair(a: Value, b: Value) -> bool:
    """One is a bare number and the other a single number of a kind a translation may leave the unit off ("over
    65" / "старше 66 лет"): a year or a date is never a bare number's other reading, nor is a measure, whose unit
    a translation keeps ("240 mm" is a calibre, not the "50" of a count of guns)."""
    alone = (a.kind == "count" and a.unit is None) or (b.kind == "count" and b.unit is None)
    # rule ``bare number``: a count of a named noun is met by a bare number only when both give one predicate,
    # which pairing by predicate decides; here the bare number meets only a figure whose unit is no counted thing
    counted = any(v.kind == "count" and v.unit for v in (a, b))
    if any(v.kind == "percent" for v in (a, b)) and any(
            isinstance(v.value, (int, float)) and abs(v.value) >= SHARE_LIMIT for v in (a, b)):
        return False  # a share is never the other reading of a count of thousands ("5 561 937" / "more than 50%")
    return alone and not counted and all(isinstance(v.value, (int, float)) and v.kind not in ("date", "year", "measure")
                                         for v in (a, b))


def article_one(v: Value) -> bool:
    """Rule ``article``: a duration of one unit written as a word ("a day when", "un jour où", "eine Woche") is most
    often the indefinite article, not a figure: it never makes a conflict."""
    return v.kind == "duration" and v.value == 1 and not any(ch.isdigit() for ch in v.text)


def full_date(v: Value) -> bool:
    """A date with its year ("2026-01-01", "2025-04-28T12:33"), not a day, a month or a time alone."""
    return v.kind == "date" and str(v.value)[:4].isdigit() and str(v.value)[4:5] == "-"


def row_key(v: Value) -> tuple:
    """The blocking key of a value in rows: an age meets the same number of years ("the 50-year-old" / "un homme de
    50 ans" / "Trzaskowski, 53 anni"), which languages write either way; the sentences still decide."""
    if dimension(v) == "duration:age" and isinstance(v.value, (int, float)) and (u := unit_info("year")) is not None:
        return ("duration:time", (round(float(v.value) * u.factor, 6),))
    return key(v)


def commonest_year(mentions: list[Mention]) -> int | None:
    """The year the story's values name most (full dates and years), for a story without a main day."""
    years = Counter(y for m in mentions if (y := year_of(m.value)) is not None)
    return years.most_common(1)[0][0] if years else None


def full_date_text(text: str) -> bool:
    return len(text) == 10 and text[:4].isdigit() and text[4] == "-"


def year_of(v: Value) -> int | None:
    """The year a year or a full date names."""
    if v.kind == "year" and isinstance(v.value, (int, float)):
        return int(v.value)
    if full_date(v):
        return int(str(v.value)[:4])
    return None


def gives_date(w: Value, v: Value) -> bool:
    """Is w the date or year v (a year inside a full date counts)?"""
    if dimension(w) == dimension(v) and same(w, v):
        return True
    year = year_of(v)
    return year is not None and year == year_of(w) and "year" in (v.kind, w.kind)


def bare_equal(a: Value, b: Value) -> bool:
    """One is a bare number (a count of nothing named) and both give the same number."""
    if not ((a.kind == "count" and a.unit is None) or (b.kind == "count" and b.unit is None)):
        return False
    if isinstance(a.value, (list, str)) or isinstance(b.value, (list, str)):
        return False
    return float(a.value) == float(b.value)
