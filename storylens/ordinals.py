"""Ordinals read as counts marked ``ordinal``: "21st", "267.", "21-й", "267º", "sixth", "шестого", "vigésimo primer".

A rank is a number of its own dimension (``valuecompare.dimension`` gives "count:ordinal"), so "the 21st member" is never
compared with "27 members". Ordinal words come from num2words where it writes the language (``adapters.numwords``)
and from ``ordinal_words`` in ``numbers.toml`` where it does not; ``ordinal_endings`` lists the endings an inflected
ordinal takes ("шест|ого", "viert|en"), so every case form reads from the one form the table gives.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import lang
from .adapters import numwords
from .numlexicon import number_table, phrase_key

if TYPE_CHECKING:
    from .values import Parser

MIN_WORD = 3  # "first" and "second" rank nothing often enough ("at first", "a second", "second-hand") to be left out
MIN_STEM = 3  # letters an ordinal word keeps when its ending is cut


_fold = lang.lower_fold


class OrdinalWords:
    """One language's ordinal words as stems of tokens: (stem, ...) -> number."""

    def __init__(self, code: str | None, table: dict[str, Any]):
        self.endings = tuple(sorted({_fold(e) for e in table.get("ordinal_endings", [])}, key=len, reverse=True))
        self.fraction_before = {_fold(w) for w in table.get("fraction_before", [])}
        self.not_after = {_fold(w) for w in table.get("not_after_ordinal", [])}
        self.case_suffixes = {_fold(w) for w in table.get("case_suffixes", [])}
        forms = dict(numwords.ordinal_words(code))
        for value, own in table.get("ordinal_words", {}).items():
            forms.update({f: int(value) for f in own})
        self.bare_stem = "" in self.endings  # the stem alone is a word too (Spanish "primer", "tercer")
        # (stem, the form's ending was cut) of each token: "non" is no "non|o", "vierten" is "viert|e"
        self.by_first: dict[tuple[str, bool], list[tuple[tuple[tuple[str, bool], ...], int]]] = {}
        for form, value in forms.items():
            words = tuple((self.stem(w), self.stem(w) != w) for w in phrase_key(form))  # "twenty", "-", "first"
            if words:
                self.by_first.setdefault(words[0], []).append((words, value))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0]))  # the longest form first: "vigésimo primer" before "vigésimo"

    def stem(self, word: str) -> str:
        """``word`` without its longest ordinal ending, keeping ``MIN_STEM`` letters."""
        return next((word[:-len(e)] for e in self.endings if e and word.endswith(e) and len(word) - len(e) >= MIN_STEM), word)

    def stems(self, word: str) -> set[tuple[str, bool]]:
        """Every (stem, cut) ``word`` may be: itself whole, or without any one of the endings."""
        out = {(word, False)} | {(word[:-len(e)], True) for e in self.endings
                                 if e and word.endswith(e) and len(word) - len(e) >= MIN_STEM}
        return out | {(word, True)} if self.bare_stem else out


@lru_cache(maxsize=None)
def ordinal_words(code: str | None) -> OrdinalWords:
    return OrdinalWords(code, number_table(code))


def word_at(p: "Parser", i: int) -> tuple[int, int] | None:
    """(number, index after) of an ordinal written in words at token i ("the sixth vote", "im vierten Wahlgang")."""
    toks = p.toks
    if not toks[i].text[0].isalpha():
        return None
    table = ordinal_words(p.lex.code)
    if not table.by_first:
        return None
    entries = [e for s in table.stems(toks[i].low) for e in table.by_first.get(s, ())]
    if not entries:
        return None
    best = None
    for words, value in entries:
        j = i + len(words)
        if j > len(toks) or (best and best[1] >= j):
            continue
        if all(words[k] in table.stems(toks[i + k].low) for k in range(1, len(words))):
            best = value, j
    if best is None or best[0] < MIN_WORD:
        return None
    last = toks[best[1] - 1].low
    if (last,) in p.lex.words or (last,) in p.lex.scales:
        return None  # a cardinal that shares the stem ("шесть", "шести" beside "шестой")
    if i > 0 and toks[i - 1].low in table.fraction_before:
        return None  # "a third of", "un cinquième des": a fraction
    return best


def digit_mark(p: "Parser", i: int, j: int, value: float) -> int | None:
    """The index after the ordinal mark of the digits at i..j-1 ("21st", "21-й", "21:e", "267º", "267. Papst"), or
    None when they carry none or belong to a name ("A320", "№ 30")."""
    toks, lex = p.toks, p.lex
    if j >= len(toks) or not p.adjacent(j):
        return None
    if i > 0 and (toks[i - 1].low in lex.name_before or (p.adjacent(i) and (toks[i - 1].text[0].isalnum()
                                                                             or toks[i - 1].text == "."))):
        return None  # "A320", "№ 30", the month of "4.2."
    mark = toks[j]
    if mark.text == ".":
        # "267. Papst", "7. wybory": a word after the full stop; in a language that capitalises only sentences'
        # first words, a capital after it starts the next sentence; "2024. évi" is a year
        if "." not in lex.ordinal or j + 1 >= len(toks) or not toks[j + 1].text[0].isalpha() or p.adjacent(j + 1) \
                or not (toks[j + 1].text[0].islower() or lex.nouns_capitalised) or 1800 <= value <= 2100 \
                or toks[j + 1].low in ordinal_words(lex.code).not_after:
            return None  # "… stieg auf 12. Die Polizei …": an article never follows a rank, it starts a sentence
        unit = p.match(lex.units, j + 1)
        if (unit and unit[0].code == "hour") or p.match(lex.clock_after, j + 1, 4):
            return None  # "ob 18. uri", "12. Uhr": a time of day, written as a rank of the hour
        return j + 1
    if not mark.text[0].isalnum():
        if j + 1 < len(toks) and p.adjacent(j + 1) and (mark.text + toks[j + 1].low in lex.ordinal
                                                        or (mark.text in "-‑" and toks[j + 1].low in lex.ordinal)):
            # "21-й", "21:a", "5'inci"; "2-х", "90-х" are a cardinal's case or a decade: no rank
            return None if toks[j + 1].low in ordinal_words(lex.code).case_suffixes else j + 2
        if mark.low in lex.ordinal and j + 1 < len(toks) and toks[j + 1].text[0].isalpha() \
                and (p.match(lex.units, j) or (None, j + 1))[1] == j + 1:
            return j + 1  # "267º papa"
        return None
    if mark.low in lex.ordinal and not p.unit_at(j):
        return j + 1  # "21st", "21e", "267esimo"
    return None
