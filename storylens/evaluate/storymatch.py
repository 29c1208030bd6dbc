"""How a report (JSON form) is matched to a story's gold: articles by file stem, values, names."""
from __future__ import annotations

import re
from pathlib import Path

from .textmatch import contains, norm

SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2629746, "year": 31556952}


class View:
    """A report seen through one story's gold: predicted articles by gold stem, claims by id."""

    def __init__(self, report: dict, gold: dict):
        stems = {Path(a["file"]).stem for a in gold["articles"]}
        self.stem_of: dict[str, str] = {}
        for art in report.get("articles", []):
            for candidate in (art.get("id"), Path(str(art.get("source") or "")).stem):
                if candidate in stems:
                    self.stem_of[art["id"]] = candidate
                    break
        self.claims = {c["id"]: c for c in report.get("claims", [])}
        self.groups: list[dict] = report.get("comparison", [])
        self.quotes: list[dict] = report.get("quotes", [])
        self.entities: list[dict] = report.get("entities", [])

    def article(self, record: dict) -> str | None:
        return self.stem_of.get(record.get("article"))

    def claims_of(self, group: dict, article: str) -> list[dict]:
        return [c for cid in group.get("claims", []) if (c := self.claims.get(cid)) and self.article(c) == article]

    def says(self, group: dict, article: str, text: str) -> bool:
        """Whether the row holds a claim of the article containing the text."""
        return any(contains(c.get("text"), text) for c in self.claims_of(group, article))

    def holds(self, group: dict, fact: dict, mention: dict) -> bool:
        """Whether the row holds the mention: a claim of its article containing it, and its value among the row's."""
        if not self.says(group, mention["article"], mention["text"]):
            return False
        stated = flat(group.get("value"))  # a row without a value (a statement row) holds no value
        wanted = mention.get("value", fact.get("value"))
        if isinstance(wanted, list):  # a list: every item this mention names must be among the row's values
            return bool(wanted) and all(any(same_value(w, b) for b in stated) for w in wanted)
        return any(same_value(a, b) for a in accepted(fact, mention) for b in stated)


def flat(value) -> list:
    """The scalar values a row states, whatever its shape (a number, a list, a mapping)."""
    if isinstance(value, dict):
        return [x for v in value.values() for x in flat(v)]
    if isinstance(value, (list, tuple)):
        return [x for v in value for x in flat(v)]
    return [] if value is None or isinstance(value, bool) else [value]


def accepted(fact: dict, mention: dict) -> list:
    """The normalised forms a row may give the mention's value: itself, its stated equivalents, other units."""
    base = mention.get("value", fact.get("value"))
    out = [base, *fact.get("equivalents", [])]
    if isinstance(base, (int, float)):
        if fact["kind"] == "duration" and fact.get("unit") in SECONDS:
            out.append(base * SECONDS[fact["unit"]])
        if fact["kind"] == "percent":
            out.append(base / 100)
    return out


def same_value(a, b) -> bool:
    """Numbers equal up to float noise; dates equal, or one a more precise date within the other; a time of day
    given without its day equal to a time given with it. A day never equals a time on that day: they are two
    dimensions (the date of a crash and the time it happened)."""
    x, y = _number(a), _number(b)
    if x is not None and y is not None:
        return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))
    sa, sb = str(a), str(b)
    if sa == sb:
        return True
    if ("T" in sa) != ("T" in sb) and ":" in sa and ":" in sb:  # "13:22" / "2024-08-09T13:22"
        return sa.endswith("T" + sb) or sb.endswith("T" + sa)
    if ":" in sa or ":" in sb:
        return False
    return any(x.startswith(y + "-") for x, y in ((sa, sb), (sb, sa)))


def _number(v) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v))
    except ValueError:
        return None


_DIGITS = re.compile(r"\D")


def same_name(a: str | None, b: str | None) -> bool:
    """Two names word by word, a changed ending allowed on words of four letters or more."""
    x, y = norm(a).split(), norm(b).split()
    return bool(x) and len(x) == len(y) and all(_same_word(p, q) for p, q in zip(x, y))


def _same_word(p: str, q: str) -> bool:
    if p == q:
        return True
    if _DIGITS.sub("", p) != _DIGITS.sub("", q):  # M1989 is not M1991: a designation's number is no ending
        return False
    short = min(len(p), len(q))
    if short < 4 or abs(len(p) - len(q)) > 1:
        return False
    common = next((i for i, (c, d) in enumerate(zip(p, q)) if c != d), short)
    return common >= short - 2
