"""Numbers written with digits, read the same way in any language, and a controlled change of one of them.

"10 000", "10,000" and "10000" read as 10000; "1,5" and "1.5" as 1.5; a date
such as "28.06.2021" stays one token. Used to find the numbers that all
versions of a translated article share, and to plant a conflict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# digits grouped by thousands with a (narrow) space, then any digit run with . , separators
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Number:
    key: str  # canonical form: "10000", "1.5", "28.06.2021"
    start: int
    end: int
    text: str


def canonical(text: str) -> str:
    """One spelling per value: thousands separators dropped, a decimal comma made a point."""
    t = re.sub(r"[ \u00a0\u202f]", "", text)
    parts = re.split(r"[.,]", t)
    seps = re.findall(r"[.,]", t)
    if len(parts) == 1:
        return str(int(parts[0]))
    if len(set(seps)) == 1 and all(len(p) == 3 for p in parts[1:]) and (len(parts) > 2 or len(parts[0]) <= 3):
        return str(int("".join(parts)))  # 10,000 / 1.000.000: grouped thousands
    if len(parts) == 2:
        return f"{int(parts[0])}.{parts[1]}".rstrip("0").rstrip(".") if parts[1].strip("0") else str(int(parts[0]))
    return ".".join(parts)  # dates and versions keep every part


def numbers(text: str) -> list[Number]:
    """Every number written with digits in the text, in order."""
    return [Number(canonical(m.group()), m.start(), m.end(), m.group()) for m in _NUMBER.finditer(text)]


def keys(text: str) -> set[str]:
    return {n.key for n in numbers(text)}


def changed(key: str) -> str:
    """A clearly different value of the same kind: a year moves by three, other numbers grow by half plus one."""
    if "." in key:
        whole, frac = key.split(".", 1)
        if frac.count("."):
            raise ValueError(f"not a plain number: {key}")
        return f"{int(whole) + 1}.{frac}"
    n = int(key)
    if 1900 <= n <= 2100:
        return str(n + 3)
    return str(n + n // 2 + 1)


def plant(text: str, key: str, start_at: int = 0) -> tuple[str, str, int] | None:
    """Change the first occurrence of ``key`` at or after ``start_at``; returns (new text, new key, offset) or None."""
    for n in numbers(text):
        if n.key == key and n.start >= start_at:
            new = changed(key)
            written = new.replace(".", ",") if "," in n.text and "." not in n.text else new
            return text[:n.start] + written + text[n.end:], canonical(written), n.start
    return None
