"""Numbers written in parts: a scale word with a hyphen or a case ending ("35-tisíc", "11 milyondan") and the smaller
part written after a scale ("2 bin 200", "29 mln 363 tys. 722")."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .values import Parser


def scale_after(p: "Parser", j: int) -> tuple[float, int] | None:
    """A scale word at token j written against the number with a hyphen ("35-tisíc", "2-milionowy" is no scale: the
    word must be the scale itself) or carrying a case ending of an agglutinative language ("milyondan", "binden")."""
    toks, lex = p.toks, p.lex
    if j + 1 < len(toks) and toks[j].text in "-‑" and p.adjacent(j) and p.adjacent(j + 1):
        s = p.match(lex.scales, j + 1, 1)
        return s if s and toks[j + 1].text[0].isalpha() else None
    word = toks[j].low
    for suffix in lex.noun_suffixes:
        if word.endswith(suffix) and (word[:-len(suffix)],) in lex.scales:
            return lex.scales[(word[:-len(suffix)],)], j + 1
    return None


def smaller_part(p: "Parser", j: int, scale: float) -> tuple[float, int] | None:
    """(value, index after) of a number in digits right after a scale word and smaller than it, read as its rest
    ("2 bin 200" is 2,200); a year is never such a rest ("5 млн 2024 году")."""
    toks = p.toks
    if j >= len(toks) or not toks[j].text.isdigit() or p.adjacent(j) or p.text[toks[j - 1].end:toks[j].start] != " ":
        return None
    rest = p.number(j)
    if rest is None or not rest[2] or rest[0] >= scale or (rest[3] and 1800 <= rest[0] <= 2100):
        return None
    return rest[0], rest[1]


def after_calibre(p: "Parser", j: int) -> int:
    """The index after a measure written as one modifier right after a count ("50 170-мм гаубиц", "20 240mm
    systems"): the count's noun comes after it. Else ``j``."""
    toks = p.toks
    if j >= len(toks) or not toks[j].text.isdigit():
        return j
    k = j + 2 if j + 2 < len(toks) and toks[j + 1].text in "-‑" and p.adjacent(j + 1) and p.adjacent(j + 2) else j + 1
    if k < len(toks) and p.adjacent(k) and (unit := p.match(p.lex.units, k)) and unit[0].kind == "measure":
        return unit[1]
    return j
