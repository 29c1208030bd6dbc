"""A language's number knowledge compiled for the value parser, and the tokens it is matched on.

``number_table(code)`` lays the language's own ``numbers.toml`` over CLDR's; ``lexicon(code)`` compiles it into
phrase tables over tokens (``Lexicon``: number words, scales, currencies, units, months, cue phrases);
``unit_info(code)`` gives a unit's kind, dimension and base factor; ``tokenize`` cuts a text into the tokens
(``Tok``) all of them are matched on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import lang
from .adapters import cldr, numwords

# Chinese characters and kana are one token each: those scripts put no space between words ("３０亿日元")
_WIDE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"\d+|[{_WIDE}]|(?:(?![{_WIDE}])[^\W\d_])+|\S")
WIDE_CHAR = re.compile(rf"[{_WIDE}]")


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    kind: str
    dimension: str
    factor: float


class Lexicon:
    """One language's number knowledge, compiled into phrase tables over tokens."""

    def __init__(self, table: dict[str, Any], words_from: str | None = None, code: str | None = None):
        self.code = code
        self.words_from = words_from  # the language text2num reads number words in, if it reads this one
        self.decimal: str = table.get("decimal", ".")
        self.group: set[str] = set(table.get("group", [","]))
        # the decimal mark when countries of the language write it as the thousands separator (Spanish "67,000")
        self.group_regional: set[str] = set(table.get("group_regional", []))
        # collective and personal numerals count people with no noun after them ("погибли пятеро", "traja z nich")
        collectives = {f: float(v) for v, forms in table.get("collectives", {}).items() for f in forms}
        self.words = _phrases({**{f: float(v) for v, forms in table.get("words", {}).items() for f in forms}, **collectives})
        self.collectives = set(_phrases(collectives))
        self.part_before = _phrases({f: True for f in table.get("part_before", [])})  # "including", "из них"
        self.part_after = _phrases({f: True for f in table.get("part_after", [])})  # "of them", "di loro"
        self.partitive_of = _phrases({f: True for f in table.get("partitive_of", [])})  # "of the" in "two of the injured"
        self.partitive_total = _phrases({f: True for f in table.get("partitive_total", [])})  # "of" in "5 of 7"
        self.month_parts = _phrases({f: True for f in table.get("month_parts", [])})  # "early" in "early May"
        self.scales = _phrases({f: float(v) for v, forms in table.get("scales", {}).items() for f in forms})
        self.scale_alone = {phrase_key(f) for f in table.get("scale_alone", [])}
        self.currencies = _phrases({f: code for code, forms in table.get("currencies", {}).items() for f in forms})
        self.units = _phrases({f: Unit(code, u["kind"], u["dimension"], float(u["factor"]))
                               for code, u in table.get("units", {}).items() for f in u["forms"]})
        # forms of a unit written before its number ("yüzde 20", "%20" in Turkish)
        self.unit_before = {phrase_key(f) for f in table.get("unit_before", [])}
        self.months = _phrases({f: int(m) for m, forms in table.get("months", {}).items() for f in forms})
        # one of a unit with no number: the indefinite article before a unit ("egy év"), set phrases ("godinu dana")
        self.one_before_unit = {_fold(w) for w in table.get("one_before_unit", [])}
        self.one_unit = _phrases({f: code for code, forms in table.get("one_unit", {}).items() for f in forms})
        self.approximate = _phrases({f: True for f in table.get("approximate", [])})
        self.name_before = {_fold(w) for w in table.get("name_before", [])}
        self.ordinal = {_fold(w) for w in table.get("ordinal_suffixes", [])}
        self.not_counted = {_fold(w) for w in table.get("not_counted", [])}
        self.count_skip = {_fold(w) for w in table.get("count_skip", [])}
        # words standing for the counted thing named before ("houdt drie stuks over", "drei Stück"): a count of them
        # counts no noun of its own
        self.counters = {_fold(w) for w in table.get("counters", [])}
        # case and possessive endings of an agglutinative language, longest first: "kişinin" counts "kişi"
        self.noun_suffixes = tuple(sorted({w.lower() for w in table.get("noun_suffixes", [])}, key=len, reverse=True))
        self.year_after = {_fold(w) for w in table.get("year_after", [])}
        self.year_before = {_fold(w) for w in table.get("year_before", [])}
        self.ago = {_fold(w) for w in table.get("ago", [])}
        self.clock_after = _phrases({f: True for f in table.get("clock_after", [])})
        self.age_before = _phrases({f: True for f in table.get("age_before", [])})
        self.age_after = {_fold(w) for w in table.get("age_after", [])}  # "50 Jahre alt", "50 years old"
        self.hour_before = _phrases({f: True for f in table.get("hour_before", [])})
        self.clock_before = _phrases({f: True for f in table.get("clock_before", [])})
        self.hour_after = _phrases({f: True for f in table.get("hour_after", [])})
        self.nouns_capitalised: bool = bool(table.get("nouns_capitalised", False))  # German: "19 Drohnen drangen ein"
        # a half hour in words: before the next hour ("halb vier", "půl čtvrté": 3:30) or after this one ("half past
        # three"); ``clock_hours``: hour names the number words and ordinals do not read ("puoli yhdeltä")
        self.half_to_hour = _phrases({f: True for f in table.get("half_to_hour", [])})
        self.half_past_hour = _phrases({f: True for f in table.get("half_past_hour", [])})
        self.clock_hours = _phrases({f: int(h) for h, forms in table.get("clock_hours", {}).items() for f in forms})
        # "this year" after a day without its year ("8 август тази година"): the year it is published in
        self.this_year = _phrases({f: True for f in table.get("this_year", [])})
        self.half_day = _phrases({f: half for half, forms in table.get("half_day", {}).items() for f in forms})
        self.dashes = _phrases({f: True for f in table.get("range_dashes", ["-", "–", "—"])})
        self.range_words = {_fold(w) for w in table.get("range_words", [])}
        self.range_open = {_fold(w) for w in table.get("range_open", [])}
        self.range_between = {_fold(w) for w in table.get("range_between", [])}  # "between 20 and 30"
        # postpositions closing such a range: "20 ja 30 metrin välillä", "20 és 30 méter között"
        self.range_between_after = {_fold(w) for w in table.get("range_between_after", [])}
        self.lower_bound = {phrase_key(f) for f in table.get("lower_bound", [])}
        self.upper_bound = {phrase_key(f) for f in table.get("upper_bound", [])}
        # bounds and approximations written after the number, past a case ending joined to it ("10-нан астам",
        # "10'dan fazla", "10-nél több", "100 or more", "500-ге жуық")
        self.lower_bound_after = {phrase_key(f) for f in table.get("lower_bound_after", [])}
        self.upper_bound_after = {phrase_key(f) for f in table.get("upper_bound_after", [])}
        self.approximate_after = {phrase_key(f) for f in table.get("approximate_after", [])}
        self.date_from = {phrase_key(f) for f in table.get("date_from", [])}
        self.date_until = {phrase_key(f) for f in table.get("date_until", [])}
        self.list_words = {_fold(w) for w in table.get("list_words", [])}
        self.amount_link = _phrases({f: True for f in table.get("amount_link", [])})
        self.round_numbers = _phrases({f: float(v) for v, forms in table.get("round_numbers", {}).items() for f in forms})
        # one-word pieces of a compound number word ("trettio|fem", "kolme|kymmentä|viisi", "harminc|öt")
        self.pieces = {k[0]: v for table_ in (self.words, self.scales) for k, v in table_.items()
                       if len(k) == 1 and len(k[0]) >= 2 and k[0].isalpha()}

    @lru_cache(maxsize=4096)
    def compound(self, word: str) -> float | None:
        """The value of one word written as number words run together ("tvåhundratrettiofem" -> 235), or None.

        Languages that write numbers as one word (Swedish, Finnish, Hungarian) list only the parts; the word must
        split wholly into two or more of them, each scale multiplying the parts before it that are smaller."""
        parts = self._split(word)
        if not parts or len(parts) < 2:
            return None
        stack: list[float] = []
        for value, is_scale in parts:
            if is_scale:
                small = 0.0
                while stack and stack[-1] < value:
                    small += stack.pop()
                if stack and small == 0:
                    return None  # "hundratusen" reads, "tusenhundra" does not
                stack.append((small or 1) * value)
            else:
                if stack and stack[-1] < 10 and value < 10:
                    return None  # two units in a row ("femfem") are no number
                stack.append(value)
        return sum(stack)

    def _split(self, word: str) -> list[tuple[float, bool]] | None:
        """``word`` as a run of pieces, longest first at each step (value, is a scale), or None."""
        if not word:
            return []
        for n in range(len(word), 1, -1):
            head = word[:n]
            if head in self.pieces:
                rest = self._split(word[n:])
                if rest is not None:
                    return [(self.pieces[head], (head,) in self.scales)] + rest
        return None


_fold = lang.lower_fold


def phrase_key(form: str) -> tuple[str, ...]:
    return tuple(_fold(m.group()) for m in _TOKEN.finditer(form))


def _phrases(mapping: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    return {phrase_key(f): v for f, v in mapping.items() if phrase_key(f)}


# What a language's own table or CLDR must give; English cue words stand in for the rest (units, name and year cues).
_OWN_KEYS = ("words", "scales", "scale_alone", "currencies", "months", "decimal", "group", "group_regional",
             "fraction_before",
             "ordinal_endings", "ordinal_words", "not_after_ordinal", "case_suffixes", "collectives",
             "compound_numbers", "compound_units", "compound_joiners", "times_words", "partitive_of",
             "month_parts", "partitive_total")


def _lay(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    """``top`` over ``base``: lists joined, tables joined key by key, single values from ``top``."""
    out = dict(base)
    for k, v in top.items():
        old = out.get(k)
        if isinstance(v, list) and isinstance(old, list):
            out[k] = old + [x for x in v if x not in old]
        elif isinstance(v, dict) and isinstance(old, dict):
            out[k] = _lay(old, v)
        else:
            out[k] = v
    return out


@lru_cache(maxsize=None)
def number_table(code: str | None) -> dict[str, Any]:
    """A language's number knowledge: its own ``numbers.toml`` laid over CLDR's (separators, currencies, scale
    words, months), with English cue words for whatever neither gives."""
    own = lang.data(code, "numbers")
    cldr_table = cldr.number_table(code)
    if not own and not cldr_table:
        return lang.data("en", "numbers")
    fallback = {k: v for k, v in lang.data("en", "numbers").items() if k not in _OWN_KEYS}
    for other in own.get("calendar_locales", []):
        # rule ``neighbour calendar``: a language whose texts are often its neighbour's (Croatian articles detected
        # as Serbian) reads that neighbour's month names too ("26. veljače", "25. ožujka"), from CLDR
        cldr_table = _lay(cldr_table, {"months": cldr.number_table(other).get("months", {})})
    return _lay(_lay(fallback, cldr_table), own)


@lru_cache(maxsize=None)
def lexicon(code: str | None) -> Lexicon:
    """The compiled lexicon of a language (English when neither the language nor CLDR has a table)."""
    table = number_table(code)
    # number words: text2num where it reads the language (compounds such as "zweihundert"), the own list after it
    words_from = code if numwords.supports(code) else None
    return Lexicon(table, words_from, code)


@lru_cache(maxsize=None)
def unit_info(code: str | None) -> Unit | None:
    """Kind, dimension and base factor of a unit code, from any language's table."""
    if not code:
        return None
    for lc in lang.available():
        u = lang.data(lc, "numbers").get("units", {}).get(code)
        if u:
            return Unit(code, u["kind"], u["dimension"], float(u["factor"]))
    return None


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(), _fold(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
