"""Numbers written outside any value that two translated sentences give differently ("the 38th round" / "the 58th
round", "channel 360" / "channel 541")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Value
from ..valuecompare import key

if TYPE_CHECKING:
    from .align import StoryComparison

_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
WRITTEN_MATCH = 0.89  # sentences this similar are one sentence translated: every number they write must agree
CODE_DIGITS = 5       # an ungrouped number this long is a code, not a figure
GLUED_NAME = 4        # letters written onto a number that make it part of a name ("24chasa", "24sata"), not an ending


def writes(text: str, v: Value) -> bool:
    """Does the text write the value's whole number in digits anywhere (also as an ordinal: "21st", "21-й")?"""
    if not isinstance(v.value, (int, float)) or v.value != int(v.value) or not any(ch.isdigit() for ch in v.text):
        return False
    return str(int(v.value)) in {re.sub(r"\D", "", m.group()) for m in _DIGITS.finditer(text)}


def _written(numbers: list[tuple[str, tuple | None, str]], other: list[tuple[str, tuple | None, str]]
             ) -> dict[str, tuple[bool, str]]:
    """Numbers of one sentence the other does not give as an equal value -> (whether it is a value, its shape)."""
    keys = {k for _, k, _ in other if k is not None}
    return {d: (k is not None, shape) for d, k, shape in numbers if k is None or k not in keys}


def _shape(text: str, start: int, end: int) -> str:
    """How a number is written into its words: inside a name ("KN-23"), with an ordinal ending ("21st", "21-м",
    "21e") or on its own ("1 euro"); only numbers written the same way can be one number changed."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if before[-1:].isalpha() or (before[-1:] in "-‑" and before[:1].isalpha()):
        return "name"
    if re.match(rf"[^\W\d_]{{{GLUED_NAME},}}", text[end:]):
        return "name"  # a word opening with the number ("24chasa", the portal): a name, never an ordinal's ending
    if before[-1:] in "-‑/." and before[:1].isdigit():
        return "compound"  # the second part of a date, a range or a reference ("2024-11", "3/4")
    if after[:1].isalpha() or after[:1] in "ºª°" or (after[:1] in "-‑" and after[1:2].isalpha()):
        return "attached"
    if re.match(r"\.\s[^\W\d_]", text[end:end + 3]) and text[end + 2].islower():
        return "attached"  # a full stop before a lower-case word ends no sentence: a rank ("16. žrtve", "7. Wahl")
    return "plain"


def written_conflicts(sc: "StoryComparison") -> list[tuple[int, int, str, str]]:
    """Aligned sentences that write one different number outside any value ("the 38th round" / "the 58th
    round", "channel 360" / "channel 541"): (claim, claim, its number, the other's number)."""
    out = []
    numbers: dict[int, list[tuple[str, tuple | None, str]]] = {}
    for a, b in sorted(sc.alignment):
        # only sentences close enough to be one sentence translated say the same thing with every number
        if sc.sim_of(a, b) < WRITTEN_MATCH:
            continue
        for c in (a, b):
            if c not in numbers:
                numbers[c] = _numbers(sc, c)
        if not numbers[a] or not numbers[b]:
            continue
        na, nb = _written(numbers[a], numbers[b]), _written(numbers[b], numbers[a])
        left, right = na.keys() - nb.keys(), nb.keys() - na.keys()
        if len(left) == 1 and len(right) == 1:
            (x,), (y,) = left, right
            # two differing values are the value groups' business; "1 euro" against "the 21st state" is not one
            # number changed
            if not (na[x][0] and nb[y][0]) and na[x][1] == nb[y][1]:
                out.append((a, b, x, y))
    return out


def _numbers(sc: "StoryComparison", a: int) -> list[tuple[str, tuple | None, str]]:
    """The digit numbers a claim writes, each with the key of the value it sits in (None outside values) and
    its shape; numbers inside dates and years and ungrouped codes (postal codes, phone numbers) are left out."""
    c = sc.claims[a]
    spans = [(v.start - c.start, v.end - c.start, v) for v in c.values if v.start is not None]
    out = []
    for m in _DIGITS.finditer(c.text):
        # a rank ("38th round", a value marked ordinal) is still compared as a written number, as before ranks
        # were values: its value row only meets other ranks
        inside = [v for s, e, v in spans if s <= m.start() < e and not v.ordinal]
        if inside and inside[0].kind in ("date", "year"):
            continue
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= CODE_DIGITS and digits == m.group():
            continue  # transcribed, not reported
        out.append((digits, key(inside[0]) if inside else None, _shape(c.text, m.start(), m.end())))
    return out
