"""Number words through text2num (French, Spanish, Portuguese, Italian, German, Dutch, Danish, English).

``spans(text, code)`` gives the character spans of number words with their
values ("cinq cents millions" -> 500000000, "veintitrés" -> 23); ordinals are
left out. Languages text2num does not read give no spans.
"""
from __future__ import annotations

import re

LANGUAGES = frozenset({"fr", "es", "pt", "it", "de", "nl", "da", "en"})
# a word with its inner hyphens and apostrophes ("quatre-vingt-dix", "d'euros"), a digit run, or one sign
_WORD = re.compile(r"[^\W\d_]+(?:[-‑'’][^\W\d_]+)*|\d+|\S")


class _Token:
    __slots__ = ("word",)

    def __init__(self, word: str):
        self.word = word

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: "_Token") -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def supports(code: str | None) -> bool:
    return code in LANGUAGES


def spans(text: str, code: str | None) -> list[tuple[int, int, float]]:
    """(start, end, value) of each run of number words in ``text``, in order."""
    if code not in LANGUAGES:
        return []
    from text_to_num import find_numbers

    matches = list(_WORD.finditer(text))
    tokens = [_Token(m.group()) for m in matches]
    out = []
    for occ in find_numbers(tokens, code, 0.0):
        if occ.is_ordinal:
            continue
        words = matches[occ.start:occ.end]
        if any(w.group()[0].isdigit() for w in words):
            continue  # digits are the value parser's own business
        out.append((words[0].start(), words[-1].end(), float(occ.value)))
    return out
