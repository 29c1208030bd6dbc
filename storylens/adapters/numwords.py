"""Number words through text2num (reading) and num2words (ordinal words written out, read back by a table).

``spans(text, code)`` gives the character spans of number words with their
values ("cinq cents millions" -> 500000000, "veintitrés" -> 23); ordinals are
left out. Languages text2num does not read give no spans. ``ordinal_words(code)``
gives the ordinal words num2words writes for 1..``upto`` ("sixth" -> 6), or {}.
"""
from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = frozenset({"fr", "es", "pt", "it", "de", "nl", "da", "en"})
# an elided one-letter word ("d'", "l'": "d'une centaine" holds "une"), a word with its inner hyphens and apostrophes
# ("quatre-vingt-dix", "aujourd'hui"), a digit run, or one sign
_WORD = re.compile(r"[^\W\d_]['’](?=[^\W\d_])|[^\W\d_]+(?:[-‑'’][^\W\d_]+)*|\d+|\S")


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


@lru_cache(maxsize=None)
def ordinal_words(code: str | None, upto: int = 100) -> dict[str, int]:
    """{ordinal word as num2words writes it: its number} for 1..``upto`` (and the hundreds to 1000), or {} when
    num2words writes no ordinals in that language."""
    from num2words import CONVERTER_CLASSES, num2words

    if not code or code not in CONVERTER_CLASSES:
        return {}
    out: dict[str, int] = {}
    for n in [*range(1, upto + 1), *range(200, 1001, 100)]:
        try:
            out.setdefault(num2words(n, lang=code, to="ordinal").lower(), n)
        except Exception:  # num2words fails unevenly across its languages (NotImplementedError, KeyError...)
            return {}
    return out
