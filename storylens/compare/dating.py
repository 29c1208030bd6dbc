"""Dates and times a row states in full: a date given without its year, a time given without its day.

News writes "on 30 June" or "at 12:33 on Monday" and leaves the year and the day to
the reader, who takes them from when the article appeared and from the story's
main day. A row states its value as fully as its sources allow, so two rows about
"30 June" and "30 juin 2026" read alike: a yearless date takes the year that puts
it nearest its article's publication day (else the story's main day); a time takes
the full date its sentence gives, else the weekday its sentence names nearest the
story's main day, else the story's main day.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from ..model import Claim, Value
from ..numdates import this_year, weekday_forms
from ..numlexicon import tokenize

_DAY = re.compile(r"(\d{4}-)?\d{2}-\d{2}")  # a day with or without its year ("2025-04-28", "04-28")
MAIN_FULL = 2  # a full date is the story's main day when at least this many articles write it
NEAR_PUBLICATION = 7  # days: a full date one article writes this near the publication may be the main day
MAIN_WINDOW = 14  # days: the story's main day lies this near the articles' middle publication day, however many
# articles write it (several outlets recalling an earlier crash do not make it the day of the story)
MAIN_SOURCES = 3  # a day and month without a year is the story's main day when this many articles write it
YEAR_GAP = 6  # characters between a yearless date and the year written after it ("14 agosto del 2018")
WEEKDAY_WORDS = 3  # a weekday this many words from a time names its day ("at 12:33 on Monday")


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def year_after(v: Value, claim: Claim) -> int | None:
    """The year written right after a day and month that the reader took as a year of its own ("il 14 agosto del
    2018", "8 July of 2025"): a few letters between them, no figure."""
    if v.end is None:
        return None
    for w in claim.values:
        if w.kind == "year" and isinstance(w.value, (int, float)) and w.start is not None and w.start >= v.end:
            gap = claim.text[v.end - claim.start:w.start - claim.start]
            if len(gap) <= YEAR_GAP and not any(ch.isdigit() for ch in gap):
                return int(w.value)
    return None


@dataclass(frozen=True, slots=True)
class Calendar:
    """What a story's dates are read against: its main day and each article's publication day."""

    main: dt.date | None
    published: dict[str, dt.date]
    middle: dt.date | None = None  # the articles' middle publication day

    @classmethod
    def of(cls, claims: list[Claim], published: dict[str, str | None]) -> "Calendar":
        """The story's main day: the full date most of its articles write (two, or one near the publication days);
        else the day and month at least ``MAIN_SOURCES`` articles write, in the year nearest the articles'
        publication; never a day more than ``MAIN_WINDOW`` days from the middle publication day; None when unsure."""
        pub = {a: d for a, p in published.items() if p and (d := _day(p)) is not None}
        writing: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            for v in c.values:
                if v.kind == "date" and _DAY.fullmatch(str(v.value)):
                    writing[str(v.value)].add(c.article)
        # a full date one article alone writes is as often an earlier event it recalls (a crash years before) as
        # the story's day: it is the main day only when another article writes it too, or when it lies within a
        # week of the articles' publication (the middle one); without publication days any full date may be
        middle = sorted(pub.values())[len(pub) // 2] if pub else None
        needed = min(MAIN_FULL, len({c.article for c in claims}))
        full = []
        for d, arts in writing.items():
            day = _day(d) if len(d) == 10 else None
            if day is None:
                continue
            support = len(arts | writing.get(d[-5:], set()))  # "28 April" writes it too
            off = abs((day - middle).days) if middle else 0
            if middle is not None and off > MAIN_WINDOW:
                continue  # an earlier event the articles recall, however many of them write it
            if support >= needed or middle is None or off <= NEAR_PUBLICATION:
                full.append((support, -off, d))
        if full:
            return cls(_day(max(full)[2]), pub, middle)
        by_day: dict[str, set[str]] = defaultdict(set)
        for d, arts in writing.items():
            by_day[d[-5:]] |= arts
        top = max(by_day.items(), key=lambda kv: len(kv[1]), default=None)
        if top is None or len(top[1]) < MAIN_SOURCES or not pub:
            return cls(None, pub, middle)
        year = Counter(d.year for d in pub.values()).most_common(1)[0][0]
        # the year that puts the day nearest the middle publication day ("31 December" in articles of 2 January)
        days = [d for y in (year - 1, year, year + 1) if (d := _day(f"{y:04d}-{top[0]}")) is not None]
        day = min(days, key=lambda d: abs((d - middle).days)) if days and middle else None
        if day is None or abs((day - middle).days) > MAIN_WINDOW:
            return cls(None, pub, middle)
        return cls(day, pub, middle)

    def complete(self, v: Value, claim: Claim, language: str | None) -> Value:
        """The value with the year or the day it leaves out filled in, when the story tells them."""
        text = str(v.value)
        if v.kind != "date":
            return v
        if len(text) == 5 and text[2] == ":":  # a time of day
            day = self._day_of(v, claim, language)
            return replace(v, value=f"{day.isoformat()}T{text}") if day else v
        if len(text) == 2 and text.isdigit():  # a month without a year ("early May"): the year nearest the anchor
            year = year_after(v, claim)
            anchor = self.published.get(claim.article) or self.middle or self.main
            if year is None and anchor is not None:
                month = int(text)
                year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                           key=lambda y: abs((dt.date(y, month, 15) - anchor).days))
            return replace(v, value=f"{year:04d}-{text}") if year is not None else v
        if len(text) == 5 and text[2] == "-":  # a day and month without a year
            year = year_after(v, claim)
            if year is not None:
                return replace(v, value=f"{year:04d}-{text}")
            # an article with no publication day of its own is read against the story's (the middle one)
            anchor = self.published.get(claim.article) or self.middle or self.main
            if anchor is None:
                return v
            if this_year(v, language):  # rule ``this year``: "до 8 август тази година" is of the anchor's year
                return replace(v, value=f"{anchor.year:04d}-{text}")
            month, day = int(text[:2]), int(text[3:])
            options = []
            for year in (anchor.year - 1, anchor.year, anchor.year + 1):
                try:
                    options.append(dt.date(year, month, day))
                except ValueError:
                    continue
            if not options:
                return v
            return replace(v, value=min(options, key=lambda d: abs((d - anchor).days)).isoformat())
        return v

    def _day_of(self, v: Value, claim: Claim, language: str | None) -> dt.date | None:
        """The day a time belongs to: a full date in its sentence, a weekday written beside it, the story's day."""
        dated = [w for w in claim.values if w.kind == "date" and _day(str(w.value)) is not None and w is not v]
        if dated and v.start is not None:
            return _day(str(min(dated, key=lambda w: abs((w.start or 0) - v.start)).value))
        if self.main is None:
            return None
        weekday = self._weekday(v, claim, language)
        if weekday is None:
            return self.main
        shift = (weekday - self.main.weekday() + 3) % 7 - 3  # the nearest such weekday, three days either way
        return self.main + dt.timedelta(days=shift)

    @staticmethod
    def _weekday(v: Value, claim: Claim, language: str | None) -> int | None:
        if v.start is None or v.end is None:
            return None
        forms = weekday_forms(language)
        before = tokenize(claim.text[:v.start - claim.start])[-WEEKDAY_WORDS:]
        after = tokenize(claim.text[v.end - claim.start:])[:WEEKDAY_WORDS]
        for t in [*after, *reversed(before)]:
            for stem, number in forms:
                if t.low.startswith(stem):
                    return number
        return None
