"""Words that open with a number: "siedmiodniowa" (7-day), "трехдневный", "ötórás", "jedenáctipatrový", "12patrová",
"päťkrát" (five times).

``[compound_numbers]`` in ``numbers.toml`` lists the forms a number takes at the start of a word (value -> forms) and
``[compound_units]`` what the rest of the word measures (a unit code of the language's ``units``, or a thing counted:
``storeys``, ``times``) -> the stems it starts with. Two number forms may join, with ``compound_joiners`` between them
("pět|a|padesáti|letý": 55). A word must split wholly into number forms, a unit stem and a short ending.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from . import lang
from .numlexicon import number_table

MAX_ENDING = 5  # letters of inflection after the unit stem ("dniow|ą", "дневн|ого")


_fold = lang.lower_fold


class Compounds:
    """One language's number forms and unit stems for words that open with a number."""

    def __init__(self, table: dict[str, Any]):
        self.numbers = sorted(((_fold(f), int(v)) for v, forms in table.get("compound_numbers", {}).items() for f in forms),
                              key=lambda p: -len(p[0]))
        self.units = sorted(((_fold(f), code) for code, forms in table.get("compound_units", {}).items() for f in forms),
                            key=lambda p: -len(p[0]))
        self.joiners = tuple(_fold(j) for j in table.get("compound_joiners", [])) + ("",)
        self.times = {_fold(w) for w in table.get("times_words", [])}  # "razy", "fois": a count of how often

    def unit(self, rest: str) -> str | None:
        """The unit code or counted thing ``rest`` names: one of the unit stems and a short ending, else None."""
        for stem, code in self.units:
            if rest.startswith(stem) and len(rest) - len(stem) <= MAX_ENDING and (rest == stem or rest[len(stem):].isalpha()):
                return code
        return None

    @lru_cache(maxsize=4096)
    def read(self, word: str) -> tuple[int, str] | None:
        """(number, unit code or counted thing) of a word that opens with a number, else None."""
        if not self.units:
            return None
        for stem, value in self.numbers:
            if not word.startswith(stem):
                continue
            rest = word[len(stem):]
            code = self.unit(rest)
            if code:
                return value, code
            for joiner in self.joiners:  # "pět|a|padesáti", "двадцати|пяти"
                if not rest.startswith(joiner):
                    continue
                tail = rest[len(joiner):]
                for stem2, value2 in self.numbers:
                    small, big = sorted((value, value2))
                    if tail.startswith(stem2) and small < 10 and big % 10 == 0 and 20 <= big < 100 \
                            and (code := self.unit(tail[len(stem2):])):
                        return small + big, code
        return None


@lru_cache(maxsize=None)
def compounds(code: str | None) -> Compounds:
    return Compounds(number_table(code))
