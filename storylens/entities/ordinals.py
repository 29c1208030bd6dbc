"""Regnal ordinals however written: Roman numerals (Leo XIV) and Greek numeral letters (Λέων ΙΔ΄), as Roman."""
from __future__ import annotations

import re

ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
# Greek numerals: tens then units, a keraia after them (often dropped or written as an apostrophe)
_GREEK_TENS = {"": 0, "Ι": 10, "Κ": 20, "Λ": 30}
_GREEK_UNITS = {"": 0, "Α": 1, "Β": 2, "Γ": 3, "Δ": 4, "Ε": 5, "ΣΤ": 6, "Ϛ": 6, "Ζ": 7, "Η": 8, "Θ": 9}
_GREEK = re.compile(r"(Ι|Κ|Λ)?(ΣΤ|[ΑΒΓΔΕϚΖΗΘ])?[\u0374\u02b9\u0384'’´]?")
_ROMAN_DIGITS = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def to_roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN_DIGITS:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def ordinal(word: str) -> str:
    """The Roman form of a regnal ordinal ("XIV", "ΙΔ΄" -> "XIV", "Γ" -> "III"), or "" for any other word."""
    w = word.rstrip(".")
    if w and ROMAN.fullmatch(w):
        return w
    m = _GREEK.fullmatch(w.upper()) if w[:1].isupper() else None
    if not m or not (m.group(1) or m.group(2)):
        return ""
    return to_roman(_GREEK_TENS[m.group(1) or ""] + _GREEK_UNITS[m.group(2) or ""])
