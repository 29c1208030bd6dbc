"""Values in text: numbers, money, years, dates, ranges, measures, percentages and durations, normalised.

``extract(text, language)`` returns ``Value`` records with offsets into ``text``.
All language knowledge (number words in every form, scales, currencies, units,
month names, cue words) comes from ``lang/<code>/numbers.toml``; the parser below
is language-blind. A number that is part of a name (``ASPAN-1``, ``№ 30``), an
ordinal (``20th``) or a date or unit is never reported as a count.

The tables are compiled in ``numlexicon``; dates and times of day are read by ``numdates``, numbers in parts by
``numparts``, ranks by ``ordinals``, numbers written as one word with what they measure by ``numcompounds``;
comparing the values read is ``valuecompare``'s.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any

from . import numcompounds, numdates, numparts, ordinals
from .adapters import cldr, numwords
from .model import Value
from .numlexicon import WIDE_CHAR, Lexicon, Unit, lexicon, tokenize, unit_info

NOUN_STEM = 4  # letters a counted noun keeps when its endings are cut
_QUOTES = set("\"'«»“”„‘’")
_CODE = re.compile(r"\d+[^\W\d_a-zа-яё]+\d+")  # capitals between numbers: "3M22", "9M723", "2S19"
_SERIES = re.compile(r"[^\W\d_]\d+[-‑]\d$")  # a series after a word of letters and digits: "ATR72-5"


class Parser:
    """Left-to-right value parser over one text's tokens."""

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex
        self.toks = tokenize(text)
        self.word_runs: dict[int, tuple[float, int]] = {}  # token index -> (value, index after) from text2num
        if lex.words_from:
            starts = {t.start: i for i, t in enumerate(self.toks)}
            ends = {t.end: i + 1 for i, t in enumerate(self.toks)}
            for start, end, value in numwords.spans(text, lex.words_from):
                if start in starts and end in ends:
                    self.word_runs[starts[start]] = (value, ends[end])

    # -- small helpers ---------------------------------------------------------------------------
    def adjacent(self, i: int) -> bool:
        """Token i touches token i-1 (no space between them)."""
        return 0 < i < len(self.toks) and self.toks[i - 1].end == self.toks[i].start

    def match(self, table: dict, i: int, max_len: int = 5) -> tuple[Any, int] | None:
        """Longest phrase of ``table`` starting at token i: (value, index after it)."""
        for n in range(min(max_len, len(self.toks) - i), 0, -1):
            key = tuple(t.low for t in self.toks[i:i + n])
            if key in table:
                j = i + n
                # an abbreviation's full stop belongs to it ("тыс.", "млн.")
                if j + 1 < len(self.toks) and self.toks[j].text == "." and self.adjacent(j) and len(key[-1]) <= 4 \
                        and key[-1].isalpha() and (self.toks[j + 1].text[0].islower() or self.toks[j + 1].text.isdigit()):
                    j += 1
                return table[key], j
        return None

    def ends_before(self, table: dict, i: int, max_len: int = 3) -> int | None:
        """Start index of a phrase of ``table`` ending right before token i."""
        for n in range(min(max_len, i), 0, -1):
            if tuple(t.low for t in self.toks[i - n:i]) in table:
                return i - n
        return None

    def digits(self, i: int) -> tuple[float, int, bool] | None:
        """A digit number at i with locale separators: (value, index after, is plain integer)."""
        toks, lex = self.toks, self.lex
        if i >= len(toks) or not toks[i].text.isdigit():
            return None
        whole, j, plain = toks[i].text, i + 1, True
        # thousands groups: exactly three digits after a group separator ("1,500", "1 000 000")
        while len(toks[i].text) <= 3 and len(whole) <= 15:
            k = j if j < len(toks) and toks[j].text.isdigit() else j + 1
            if k >= len(toks) or not toks[k].text.isdigit() or len(toks[k].text) != 3:
                break
            sep = self.text[toks[k - 1].end:toks[k].start] if k == j else self.text[toks[j - 1].end:toks[k].start]
            if sep not in lex.group or sep == lex.decimal or (k > j and not (self.adjacent(j) and self.adjacent(k))):
                break
            glued = k + 1 if k + 1 < len(toks) and self.adjacent(k + 1) else None
            if glued and toks[glued].text in "-‑" and glued + 1 < len(toks) and self.adjacent(glued + 1):
                glued += 1
            if sep.isspace() and glued and toks[glued].text[0].isalpha() and toks[k].text != "000" \
                    and not (glued > k + 1 and toks[glued].low in ordinals.ordinal_words(lex.code).case_suffixes):
                # "20 240mm", "50 170-mm": a group written against its unit is a number of its own (zeros never are);
                # a case ending after a hyphen is the number's own ("178 148-і", "12 500-ти")
                break
            if k + 1 < len(toks) and toks[k + 1].text in (",", ".") and self.adjacent(k + 1) and k + 2 < len(toks) \
                    and toks[k + 2].text.isdigit() and len(toks[k + 2].text) == 3 and sep != toks[k + 1].text \
                    and toks[k + 1].text in lex.group:
                break  # "1.500,000" mixes separators: not one number
            whole += toks[k].text
            j, plain = k + 1, False
        if plain and len(whole) <= 3 and whole[0] != "0" and (after := self._thousands(j)) is not None:
            whole = whole + "".join(t.text for t in toks[j + 1:after:2])  # "67,000": 67 thousand
            j, plain = after, False
        value = float(whole)
        frac = self._fraction(j if plain else len(toks))
        if frac:
            return value + frac[0], frac[1], False
        if j + 1 < len(toks) and toks[j].text in (lex.decimal, ".", ",") and self.adjacent(j) and self.adjacent(j + 1) \
                and toks[j + 1].text.isdigit() and (toks[j].text == lex.decimal or len(toks[j + 1].text) != 3):
            value = float(f"{whole}.{toks[j + 1].text}")
            j += 2
            plain = False
        elif plain and self._spaced_decimal(i, j):
            value = float(f"{whole}.{toks[j + 1].text}")
            j, plain = j + 2, False
        return value, j, plain

    def _spaced_decimal(self, i: int, j: int) -> bool:
        """Rule ``spaced decimal``: a share written with one space after its decimal comma ("(25, 21 пайыз)",
        "62, 34 paıyzyn", "99, 46 %"), where the language's decimal mark is the comma: one or two digits after
        "comma space", a percentage unit right after them, and no number listed before (a list "5, 10 %" is two)."""
        toks, lex = self.toks, self.lex
        if lex.decimal != "," or j + 2 >= len(toks) or toks[j].text != "," or not self.adjacent(j) \
                or self.text[toks[j].end:toks[j + 1].start] != " " or not toks[j + 1].text.isdigit() \
                or len(toks[j + 1].text) > 2:
            return False
        unit = self.match(lex.units, j + 2)
        if unit is None or unit[0].kind != "percent" or self.adjacent(j + 2) and toks[j + 2].text != "%":
            return False
        return not (i >= 2 and toks[i - 1].text == "," and toks[i - 2].text.isdigit())

    def _thousands(self, j: int) -> int | None:
        """The index after thousands groups written with the decimal mark from token j ("67,000", "12,345,678"), or
        None: a decimal mark before three zeros (no one writes a fraction so), groups of three digits it separates
        twice or more, or, where countries of the language write the decimal mark as their thousands separator
        (Spanish in Honduras, Mexico, Peru), any three digits after it."""
        toks, lex = self.toks, self.lex
        k, groups = j, []
        while k + 1 < len(toks) and toks[k].text == lex.decimal and self.adjacent(k) and self.adjacent(k + 1) \
                and toks[k + 1].text.isdigit() and len(toks[k + 1].text) == 3:
            groups.append(toks[k + 1].text)
            k += 2
        if not groups:
            return None
        if k < len(toks) and self.adjacent(k) and (toks[k].text in (",", ".") and k + 1 < len(toks)
                                                   and toks[k + 1].text.isdigit() or toks[k].text.isalnum()):
            return None  # "1,500.25", "2,500km": more digits or a unit glued on (read as written)
        if self.match(self.lex.scales, k, 2):
            return None  # "2,500 millones" is 2.5 million in Spain: a figure with a scale word keeps its decimal
        unit = self.match(self.lex.units, k)
        if unit is not None and unit[0].kind == "percent":
            return None  # "7,125 por ciento": a share is a fraction of a hundred
        if len(groups) > 1 or groups[0] == "000" or lex.decimal in lex.group_regional:
            return k
        return None

    def _fraction(self, j: int) -> tuple[float, int] | None:
        """A vulgar fraction after a whole number ("2 1/2"): its value and the index after it."""
        toks = self.toks
        if j + 2 < len(toks) and toks[j].text.isdigit() and toks[j + 1].text == "/" and toks[j + 2].text.isdigit() \
                and self.adjacent(j + 1) and self.adjacent(j + 2) and not self.adjacent(j):
            num, den = int(toks[j].text), int(toks[j + 2].text)
            if 0 < num < den <= 16:
                return num / den, j + 3
        return None

    def words(self, i: int) -> tuple[float, int] | None:
        """A run of number words at i ("сто пятьдесят пять", "two hundred thousand")."""
        if i in self.word_runs:
            value, j = self.word_runs[i]
            key = tuple(t.low for t in self.toks[i:j])
            if key in self.lex.scales and key not in self.lex.scale_alone:
                return None  # "millions de personnes": a bare plural scale is no amount
            return value, j
        total, current, j, seen = 0.0, 0.0, i, False
        last = None  # the part added last: a number word adds only a smaller part ("сто двадцать пять")
        while j < len(self.toks):
            w = self.match(self.lex.words, j, 4)
            if not w and (c := self.lex.compound(self.toks[j].low)) is not None:
                w = c, j + 1
            if w:
                if last is not None and w[0] >= last:
                    break  # "eine fünf Meter", "одна пять": two numbers side by side, never their sum
                current += w[0]
                j, seen, last = w[1], True, w[0]
                continue
            s = self.match(self.lex.scales, j, 2)
            if s and seen and s[0] < 1000:
                current = (current or 1) * s[0]
                j, last = s[1], current
                continue
            if s and seen and current and (last is None or s[0] > current) \
                    and (total and s[0] < total or not total and self._more_words(s[1], s[0])):
                # a large scale with smaller number words after it ("пять тысяч двести", "два миллиона пятьсот
                # тысяч"): one number
                total, current, j, last = total + current * s[0], 0.0, s[1], s[0]
                continue
            # "and" inside "two hundred and five" is not this parser's business: stop at any other word
            break
        if not seen:
            return None
        return total + current, j

    def _more_words(self, j: int, scale: float) -> bool:
        """Does a number word smaller than ``scale`` open at j, right after a scale word?"""
        if j >= len(self.toks):
            return False
        w = self.match(self.lex.words, j, 4)
        if not w and j < len(self.toks) and (c := self.lex.compound(self.toks[j].low)) is not None:
            w = c, j + 1
        return bool(w) and w[0] < scale

    # -- the value grammar -----------------------------------------------------------------------
    def number(self, i: int) -> tuple[float, int, bool, bool] | None:
        """(value, index after, written in digits, plain integer) with any scale words applied."""
        d = self.digits(i)
        if d:
            value, j, plain = d
            digits = True
        else:
            w = self.words(i)
            if not w:
                return None
            (value, j), digits, plain = w, False, False
        last_scale, whole = None, plain
        while j < len(self.toks):
            s = self.match(self.lex.scales, j, 2)
            if s and len(self.toks[j].low) == 1 and not WIDE_CHAR.match(self.toks[j].low) and not self._currency_before(i):
                break
            s = s or numparts.scale_after(self, j)
            if not s:
                break
            value *= s[0]
            j, plain, last_scale = s[1], False, s[0]
        rest = numparts.smaller_part(self, j, last_scale) if digits and whole and last_scale else None
        if rest:  # "2 bin 200", "29 mln 363 tys. 722"
            value, j = value + rest[0], rest[1]
        return value, j, digits, plain

    def _currency_before(self, i: int) -> bool:
        return i > 0 and self.ends_before(self.lex.currencies, i) is not None

    def is_name(self, i: int, j: int) -> bool:
        """The number at tokens i..j-1 is part of a name, an identifier, an ordinal or a time."""
        toks = self.toks
        if self._glued_code(i, j):
            return True
        if i > 0:
            prev = toks[i - 1]
            if prev.low in self.lex.name_before or (prev.text == "." and i > 1 and toks[i - 2].low in self.lex.name_before):
                return True
            if self.adjacent(i) and (prev.text[0].isalpha() and not WIDE_CHAR.match(prev.text) or prev.text in ":/"):
                # "A320", "14:30"; Chinese and Japanese write numbers against the words around them ("达到30亿")
                return True
            if prev.text in "-‑" and self.adjacent(i) and i > 1 and self.adjacent(i - 1) and toks[i - 2].text[0].isalpha():
                return True  # "ASPAN-1", "COVID-19"
            if prev.text in _QUOTES and self.adjacent(i) and j < len(toks) and toks[j].text in _QUOTES and self.adjacent(j):
                return True  # "360" as the name of a channel
            if i > 2 and prev.text.isdigit() and toks[i - 2].text in "-‑" and toks[i - 3].text[0].isalpha() \
                    and self.adjacent(i - 1) and self.adjacent(i - 2) and not self.adjacent(i) and not self.unit_at(j):
                return True  # the series after a designation: "ATR-72 500", "Su-25 SM3"
        if j < len(toks) and self.adjacent(j):
            nxt = toks[j]
            year = j - i == 1 and len(toks[i].text) == 4 and toks[i].text.isdigit() and 1800 <= int(toks[i].text) <= 2100
            if nxt.low in self.lex.ordinal and not nxt.text[0].isalpha() and not (year and nxt.text == "."):
                # ("2025. godine", "od 2021. do 2025.": a language that writes ranks with a full stop writes years so)
                # a sign the language writes ordinals with ("7. Wahl", "7. wybory", "il 267° papa") is an ordinal
                # before a word; a unit written with the sign and more ("20 °C") is still a unit
                unit = self.match(self.lex.units, j)
                if (unit is None or unit[1] == j + 1) and j + 1 < len(toks) and toks[j + 1].text[0].isalpha():
                    return True
            if (nxt.low in self.lex.ordinal and nxt.text != ".") or nxt.text[0].isalpha() and nxt.low not in self.lex.scales \
                    and not WIDE_CHAR.match(nxt.text):
                return not self.unit_at(j)
            if nxt.text in ":/" and j + 1 < len(toks) and toks[j + 1].text.isdigit():
                return True  # times and scores "14:30", "5:0", fractions
            if nxt.text in "-‑" and j + 1 < len(toks) and self.adjacent(j + 1) and (toks[j + 1].low in self.lex.ordinal):
                return True  # "20-е", "38-го"
        return False

    def _glued_code(self, i: int, j: int) -> bool:
        """Is the number part of a code written as one word (rule ``glued code``): capital letters between two
        numbers ("3M22", "9M723", "2S19") or a number after a hyphen that ends a word of letters and digits (the
        series of "ATR72-500", "B737-800")? "5km2", "1m80", "3-4km" and "12h33" are no such codes."""
        toks = self.toks
        lo, hi = i, j
        while lo > 0 and self.adjacent(lo):
            lo -= 1
        while hi < len(toks) and self.adjacent(hi):
            hi += 1
        if hi - lo < 3:
            return False
        run = "".join(t.text for t in toks[lo:hi])
        at = toks[i].start - toks[lo].start
        return any(m.start() <= at < m.end() for m in _CODE.finditer(run)) \
            or bool(_SERIES.search(run[:at + 1])) and run[at - 1:at] in "-‑"

    def closed_between(self, k: int) -> bool:
        """Is the number in digits at token k closed by a postposition for "between" (``range_between_after``), right
        after it or after its unit or one counted word ("20 ja 30 metrin välillä", "20 és 30 ember között")?"""
        after = self.lex.range_between_after
        nxt = self.number(k) if after else None
        if not nxt or not nxt[2] or nxt[1] >= len(self.toks):
            return False
        e = nxt[1]
        if self.toks[e].low in after:
            return True
        unit = self.match(self.lex.units, e)
        e = unit[1] if unit else e + 1 if self.toks[e].text.isalpha() else e
        return e < len(self.toks) and self.toks[e].low in after

    def unit_at(self, j: int) -> bool:
        return self.match(self.lex.units, j) is not None or self.match(self.lex.currencies, j) is not None

    def parse_at(self, i: int) -> tuple[Value, int] | None:
        toks, lex = self.toks, self.lex
        month = self.match(lex.months, i)
        if month and month[1] < len(toks):
            d = self.digits(month[1])
            if d and d[2]:
                return numdates.month_first(self, i, month[0], month[1], d)
            # a month, a linking word and its year ("noviembre de 2024", "março de 2025"), as "7 de noviembre de 2024"
            link = self.match(lex.amount_link, month[1], 2)
            d = self.digits(link[1]) if link and link[1] < len(toks) else None
            if d and d[2] and 1800 <= d[0] <= 2100 and len(toks[i].text) >= 4:
                return numdates.month_first(self, i, month[0], link[1], d)  # (a month's name, not "mar" the sea)
        in_month = numdates.month_part(self, i)
        if in_month:
            return in_month
        year_first = numdates.year_first(self, i)
        if year_first:
            return year_first
        clock = numdates.clock(self, i) or numdates.half_hour(self, i)
        if clock:
            return clock
        word_rank = ordinals.word_at(self, i)
        if word_rank and (rank := self._ordinal(i, *word_rank, words=True)):
            return rank
        if toks[i].text[0].isalpha() and (opened := numcompounds.compounds(lex.code).read(toks[i].low)):
            return self._compound(i, i + 1, *opened)  # "siedmiodniowa", "трехдневный", "päťkrát"
        one = self._one_unit(i)
        if one:
            return one
        start_i, currency = i, None
        cur = self.match(lex.currencies, i)
        # a currency before the number is a symbol ("$", "€") or an upper-case code ("US$", "USD")
        if cur and (not toks[i].text[0].isalpha() or (toks[i].text.isupper() and len(toks[i].text) <= 3)):
            if cur[1] < len(toks) and (self.digits(cur[1]) or self.words(cur[1])):
                currency, i = cur[0], cur[1]
        sign = 1.0
        if currency is None and toks[i].text in "+-−" and i + 1 < len(toks) and toks[i + 1].text.isdigit() \
                and self.adjacent(i + 1) and not (i > 0 and self.adjacent(i) and toks[i - 1].text.isalnum()):
            sign, i = (-1.0 if toks[i].text != "+" else 1.0), i + 1
        num = self.number(i)
        if num is None and currency is None:
            rounded = self._round_number(start_i, i)
            if rounded:
                return rounded
        if num and not num[2] and num[0] == 1 and currency is None and self.match(lex.round_numbers, num[1], 2):
            return self._round_number(start_i, num[1], article=True)  # "près d'une centaine d'autres": about 100
        if num is None:
            alone = self._scale_alone(i)
            if alone is None:
                return None
            num = alone
        value, j, digits, plain = num
        value *= sign
        day = numdates.day_before_month(self, j) if plain and 1 <= value <= 31 and sign > 0 else None
        if day is not None:  # "1er janvier", "7 de noviembre", "1st of May"
            return numdates.day_first(self, start_i, value, *day, self.approximate(start_i))
        if currency is None and digits and plain and sign > 0 and (opened := self._digits_compound(j)):
            return self._compound(start_i, opened[1], value, opened[0])  # "12patrová", "7-dniowa"
        mark = ordinals.digit_mark(self, i, j, value) if currency is None and digits and plain and sign > 0 else None
        if mark:
            return self._ordinal(start_i, value, mark)
        if currency is None and self.is_name(i, j):
            return None
        approx = self.approximate(start_i)
        if currency is None and digits and plain and sign > 0:
            hour = numdates.hour(self, start_i, value, j)
            if hour:
                return hour
        # a range "2022–2023", "5-10 м/с"
        high = None
        dash = self.match(lex.dashes, j, 3) if j < len(toks) else None
        between = False
        if dash is None and j < len(toks) and start_i > 0 and toks[start_i - 1].low in lex.range_open \
                and toks[j].low in lex.range_words:
            dash = (True, j + 1)  # "from 5 to 10", "с 2022 по 2023"
        elif dash is None and digits and j < len(toks) and start_i > 0 and toks[start_i - 1].low in lex.range_between \
                and toks[j].low in lex.list_words:
            dash, between = (True, j + 1), True  # "between 20 and 30 metres", "zwischen 20 und 30 Meter"
        elif dash is None and digits and j < len(toks) and (toks[j].low in lex.list_words or toks[j].low in
                                                              lex.range_words) and self.closed_between(j + 1):
            dash, between = (True, j + 1), True  # "20 ja 30 metrin välillä", "20 ile 30 metre arasında"
        if dash and dash[1] < len(toks):
            k = dash[1]
            if toks[k].text in "+" and k + 1 < len(toks) and self.adjacent(k + 1):
                k += 1
            nxt = self.number(k)
            if between and nxt and nxt[1] < len(toks) and (self.match(lex.months, nxt[1]) or self.match(
                    lex.half_day, nxt[1]) or self.match(lex.hour_after, nxt[1], 2)):
                nxt = None  # "between 1 and 5 January", "between 2 and 3 p.m.": the second is a date or an hour
            if nxt and nxt[3] and plain and value >= 1000 and nxt[0] < 100 and nxt[1] - k == 1:
                nxt = (value // 100 * 100 + nxt[0],) + nxt[1:]  # "2021–22"
            if nxt and nxt[0] > value and not self.is_name(k, nxt[1]):
                high, j = nxt[0], nxt[1]
            elif nxt and plain and nxt[3] and nxt[0] < value and nxt[1] < len(toks) and self.unit_at(nxt[1]):
                value, high, j = nxt[0], value, nxt[1]  # "5-4 points": a range written high to low
        if currency is None:
            cur = self.match(lex.currencies, j)
            link = self.match(lex.amount_link, j, 2) if cur is None and j < len(toks) else None
            if link and link[1] < len(toks):  # "500 millions d'euros", "200 millones de dólares"
                cur = self.match(lex.currencies, link[1])
            if cur:
                currency, j = cur
        if currency:
            return self.value_at("money", _range(value, high), start_i, j, currency, approx)
        j_unit = j + 1 if j < len(toks) and toks[j].text in "-‑" and self.adjacent(j) and self.adjacent(j + 1) else j
        unit = self.match(lex.units, j_unit) if j_unit < len(toks) else None
        if unit is None and j < len(toks) and (link := self.match(lex.amount_link, j, 2)) and link[1] < len(toks):
            unit = self.match(lex.units, link[1])  # "300 de kilometri", "20 de ani": Romanian links from twenty on
        if unit and plain and high is None and 1800 <= value <= 2100 and j < len(toks) \
                and (yw := self.match({(w,): True for w in lex.year_after}, j)) and yw[1] >= unit[1] \
                and (yw[1] > unit[1] or toks[yw[1] - 1].text == "."):
            return self._year(value, None, start_i, yw[1], approx)  # "2024 m." (Lithuanian metai), no metres
        if unit is None and j_unit == j and (before := self._unit_before(start_i)) is not None:
            return self.value_at(before[0].kind, _range(value, high), before[1], j, before[0].code, approx)
        if unit:
            u, k = unit
            if u.code == "year" and plain and 1800 <= value <= 2100:
                return self._year(value, high, start_i, k, approx)
            return self.value_at(u.kind, _range(value, high), start_i, k, u.code, approx)
        if j < len(toks):
            m = self.match(lex.months, j)
            if m and plain and 1 <= value <= 31 and high is None:
                return numdates.day_first(self, start_i, value, m[0], m[1], approx)
        if plain and 1800 <= value <= 2100 and (high is None or 1800 <= high <= 2100):
            yw = self.match({(w,): True for w in lex.year_after}, j) if j < len(toks) else None
            return self._year(value, high, start_i, yw[1] if yw else j, approx)
        if high is not None:
            return self.value_at("count", [_num(value), _num(high)], start_i, j, self.counted(j), approx)
        noun = self.counted(j)
        if noun is None and value > 1 and j < len(toks) and toks[j].low in numcompounds.compounds(lex.code).times:
            noun = "times"  # "pięć razy", "five times": how often, the same thing as "päťkrát"
        of = self.match(lex.partitive_of, j, 3) if value > 1 and j < len(toks) else None
        if value > 1 and j < len(toks) and (of is None or of[1] >= len(toks) or not self.number(of[1])) \
                and (by := self.match(lex.partitive_total, j, 3)) and by[1] < len(toks) and self.number(by[1]):
            of = by  # "five of seven suspects", "pět ze sedmi": the words before a total in a number
        if of and not self.match(lex.part_after, j, 4):
            total = self.number(of[1]) if of[1] < len(toks) else None
            # "two of the injured"; "five of the seven suspects": the part counts what its total counts
            noun = self.counted(total[1] if total else of[1]) if of[1] < len(toks) else None
        if not digits and (noun is None or value == 1) and not self._counts_alone(start_i, j, noun, value):
            return None  # "one of", "three and four": number words need a counted noun
        if plain and noun is None and value >= 10000 and start_i == i:
            return None  # five ungrouped digits counting nothing: a code (postal, phone), not a quantity
        return self.value_at("count", _num(value), start_i, j, noun, approx)

    def _unit_before(self, i: int) -> tuple[Unit, int] | None:
        """(unit, index of its first word) of a unit written right before the number at token i where the language
        writes it so (``unit_before`` in ``numbers.toml``: Turkish "yüzde 63,66", "%63,66"), or None."""
        for n in (2, 1):
            if i - n >= 0 and tuple(t.low for t in self.toks[i - n:i]) in self.lex.unit_before \
                    and (unit := self.match(self.lex.units, i - n, n)) is not None and unit[1] == i:
                return unit[0], i - n
        return None

    def _one_unit(self, i: int) -> tuple[Value, int] | None:
        """One of a unit written with no number: the indefinite article before a duration or a measure ("egy év
        börtön", "egy éves"), or a set phrase the language says one so with ("godinu dana", "sat vremena")."""
        lex = self.lex
        unit = self.match(lex.one_unit, i)
        if unit is None and self.toks[i].low in lex.one_before_unit and i + 1 < len(self.toks):
            found = self.match(lex.units, i + 1)
            if found and found[0].kind in ("duration", "measure"):
                unit = found[0].code, found[1]
        if unit is None or (info := unit_info(unit[0])) is None:
            return None
        return self.value_at(info.kind, 1, i, unit[1], unit[0], self.approximate(i))

    def _ordinal(self, i: int, value: float, j: int, words: bool = False) -> tuple[Value, int] | None:
        """A rank as a count marked ordinal, counting the noun after it; a rank in words must name one."""
        nxt = self.toks[j] if j < len(self.toks) else None
        after = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if nxt is not None and nxt.text[0].isupper() and not self.lex.nouns_capitalised \
                and (after is None or not after.text[0].isalpha() or after.text[0].isupper()):
            return None  # "3rd Infantry Division", "1st Brigade,", "Second World War": a rank inside a name
        # "for the sixth time", "в шестой раз": the word for times counts nothing, but it is what is ranked
        noun = self.counted(j) or (nxt.low if nxt and nxt.text.isalpha() and len(nxt.text) >= 3 else None)
        if words and noun is None:
            return None
        start, end = self.toks[i].start, self.toks[j - 1].end
        return Value("count", _num(value), self.text[start:end], noun, start, end, self.approximate(i), True), j

    def _digits_compound(self, j: int) -> tuple[str, int] | None:
        """(unit code or counted thing, index after) of a word written against digits, or after them with a hyphen,
        that names what they measure ("12patrová", "7-dniowa", "12-stöckig")."""
        toks = self.toks
        k = j + 1 if j + 1 < len(toks) and toks[j].text in "-‑" and self.adjacent(j) else j
        if k >= len(toks) or not self.adjacent(k) or not toks[k].text[0].isalpha():
            return None
        code = numcompounds.compounds(self.lex.code).unit(toks[k].low)
        return (code, k + 1) if code else None

    def _compound(self, i: int, j: int, value: float, code: str) -> tuple[Value, int]:
        """A number and what it measures written as one word: a duration or age in the unit, else a count of it."""
        u = unit_info(code)
        if u is None:
            return self.value_at("count", _num(value), i, j, code, self.approximate(i))
        return self.value_at(u.kind, _num(value), i, j, code, self.approximate(i))

    def _counts_alone(self, i: int, j: int, noun: str | None, value: float) -> bool:
        """Does a number word with no noun still count: a collective numeral ("пятеро"), a part ("two of them",
        "трое из них") or, one included, a part after its total ("серед них одна дитина")?"""
        if j < len(self.toks) and self.toks[j].low in self.lex.counters:
            return True  # "drie stuks": the counter word stands for what was counted before
        if value > 1 and (tuple(t.low for t in self.toks[i:j]) in self.lex.collectives
                          or (j < len(self.toks) and self.match(self.lex.part_after, j, 4))):
            return True
        return (value > 1 or noun is not None) and self.ends_before(self.lex.part_before, i, 4) is not None

    def _scale_alone(self, i: int) -> tuple[float, int, bool, bool] | None:
        s = self.match(self.lex.scales, i, 2)
        if i > 0 and self.toks[i - 1].text.isdigit():
            return None  # "2 1/2 million" was read as a number already; never take its scale alone
        if s and tuple(t.low for t in self.toks[i:i + 1]) in self.lex.scale_alone and s[0] >= 1000:
            return s[0], s[1], False, False
        return None

    def _round_number(self, start_i: int, i: int, article: bool = False) -> tuple[Value, int] | None:
        """A noun that is a round number ("une centaine de policiers"): an approximate count of what follows; after
        its article ("une centaine d'autres") it counts even when no noun follows."""
        rn = self.match(self.lex.round_numbers, i, 2)
        if not rn:
            return None
        value, j = rn
        link = self.match(self.lex.amount_link, j, 2) if j < len(self.toks) else None
        noun = self.counted(link[1] if link else j)
        if noun is None and not article:
            return None
        return self.value_at("count", _num(value), start_i, j, noun, True)

    def approximate(self, i: int) -> bool:
        return self.ends_before(self.lex.approximate, i) is not None

    def counted(self, j: int) -> str | None:
        """The word a count counts: the first noun-like word after the number, skipping modifiers and names."""
        first = None
        j = numparts.after_calibre(self, j)  # "около пятидесяти 170-мм гаубиц" counts the howitzers
        for t in self.toks[j:j + 5]:
            if not t.text[0].isalpha():
                return first
            if t.low in self.lex.not_counted or t.low in self.lex.counters:
                return first
            if t.low in self.lex.count_skip:
                continue
            if first is None:
                first = self._stem(t.low)
            if not t.text[0].isupper() or self.lex.nouns_capitalised:
                return self._stem(t.low)
        return first

    def _stem(self, word: str) -> str:
        """The counted noun without its case or possessive endings (``noun_suffixes``), keeping a stem of at least
        ``NOUN_STEM`` letters: "kişinin", "kişiye", "kişi" are one noun."""
        for _ in range(2):
            cut = next((s for s in self.lex.noun_suffixes if word.endswith(s) and len(word) - len(s) >= NOUN_STEM), None)
            if cut is None:
                break
            word = word[:-len(cut)]
        return word

    def _year(self, value: float, high: float | None, i: int, j: int, approx: bool) -> tuple[Value, int]:
        return self.value_at("year", _range(value, high), i, j, None, approx)

    def value_at(self, kind: str, value: Any, i: int, j: int, unit: str | None, approx: bool) -> tuple[Value, int]:
        start, end = self.toks[i].start, self.toks[j - 1].end
        if kind == "money" and isinstance(value, (int, float)):
            value = _num(value)
        return Value(kind, value, self.text[start:end], unit, start, end, approx), j  # type: ignore[arg-type]

    def run(self) -> list[Value]:
        out, i = [], 0
        while i < len(self.toks):
            got = self.parse_at(i)
            if got:
                v, i = got
                if v.kind == "duration" and i < len(self.toks) and self.toks[i].low in self.lex.ago:
                    v = Value(v.kind, v.value, self.text[v.start:self.toks[i].end], v.unit, v.start, self.toks[i].end,
                              v.approximate)
                    i += 1
                if not v.approximate and self.lex.approximate_after and v.end is not None and \
                        _phrase_after(self.text, v.end, 3, (("approximate", self.lex.approximate_after),)):
                    v = dataclasses.replace(v, approximate=True)
                out.append(self._age(v))
            else:
                i += 1
        return self._shared_units(out)

    def _age(self, v: Value) -> Value:
        """A number of years after an age cue ("aged 69", "w wieku 69 lat", "im Alter von 69 Jahren") is an age, as
        "69-year-old" is: the same dimension whichever way a language writes it. So is a bare number in brackets
        right after a name ("Taleb A. (50)", "Ali Yılmaz (20)"): rule ``age in brackets``, never a count."""
        if v.ordinal or not (v.kind == "count" or (v.kind == "duration" and v.unit == "year")) or not isinstance(v.value, (int, float)) \
                or not 0 < v.value < 130 or v.start is None:
            return v
        if v.kind == "count" and v.unit is None and self._after_name_in_brackets(v):
            return Value("duration", v.value, v.text, "age", v.start, v.end, v.approximate)
        if v.kind == "duration" and self.lex.age_after and v.end is not None:
            after = next((t for t in self.toks if t.start >= v.end), None)
            if after is not None and after.low in self.lex.age_after:
                return Value("duration", v.value, v.text, "age", v.start, v.end, v.approximate)
        if not self.lex.age_before:
            return v
        at = next((k for k, t in enumerate(self.toks) if t.start == v.start), None)
        if at is None or self.ends_before(self.lex.age_before, at, 4) is None:
            return v
        return Value("duration", v.value, v.text, "age", v.start, v.end, v.approximate)

    def _after_name_in_brackets(self, v: Value) -> bool:
        """Is the number alone in brackets (or first, before a comma: "(20, student)") right after a capitalised
        word, not after a month or a weekday name ("Friday (29)" is a day of the month)?"""
        if v.end is None or not v.text.isdigit():
            return False
        before = self.text[:v.start].rstrip()
        if not before.endswith("(") or self.text[v.end:v.end + 1] not in (")", ","):
            return False
        words = before[:-1].split()
        word = words[-1].rstrip(".") if words else ""
        if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()):
            return False
        if len(word) >= 2 and word[-1].isupper():
            return False  # an acronym ("VVD (24)", "GroenLinks-PvdA (25)") names a body: its figure is no age
        low = word.lower()
        return low not in cldr.calendar_words(self.lex.code or "en") and not any(
            low.startswith(stem) for stem, _ in numdates.weekday_forms(self.lex.code))

    def _shared_units(self, values: list[Value]) -> list[Value]:
        """Bare numbers listed before a number with a unit take its unit ("82, 120, 122 and 152 mm")."""
        out = list(values)
        for k in range(len(out) - 1, 0, -1):
            last = out[k]
            if last.kind not in ("measure", "percent", "duration") or isinstance(last.value, list):
                continue
            at = k - 1
            while at >= 0 and out[at].kind == "count" and out[at].unit is None and not isinstance(out[at].value, list) \
                    and not out[at].ordinal and not (last.kind == "percent" and out[at].value >= SHARE_LIMIT):
                # "7 820 204 или 63,66%": a count of thousands beside a share is the count the share is of
                gap = self.text[out[at].end:out[at + 1].start].strip().lower()
                if gap not in ("", ",") and gap.strip(", ") not in self.lex.list_words:
                    break
                out[at] = Value(last.kind, out[at].value, out[at].text, last.unit, out[at].start, out[at].end,
                                out[at].approximate)
                at -= 1
        return out


SHARE_LIMIT = 1000  # a bare number this large is never a percentage ("7 820 204 или 63,66%")


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def _range(low: float, high: float | None) -> Any:
    return _num(low) if high is None else [_num(low), _num(high)]


def bound(text: str, offset: int, language: str | None, end: int | None = None) -> str | None:
    """'lower' or 'upper' when the words right before ``offset`` make the number there a bound ("more than",
    "under", "не более", "moins de"), or, given the number's ``end``, the words right after it ("100 or more",
    "10-нан астам", "10'dan fazla", "10-nél több"), else None."""
    lex = lexicon(language)
    before = _phrase_before(text, offset, 4, (("lower", lex.lower_bound), ("upper", lex.upper_bound)))
    if before is not None or end is None or not (lex.lower_bound_after or lex.upper_bound_after):
        return before
    return _phrase_after(text, end, 3, (("lower", lex.lower_bound_after), ("upper", lex.upper_bound_after)))


def date_edge(text: str, offset: int, language: str | None) -> str | None:
    """'from' or 'until' when the words right before ``offset`` make the date there the first or the last day of a
    period ("from 1 February", "до 31 януари", "jusqu'au 1er février"), else None."""
    lex = lexicon(language)
    return _phrase_before(text, offset, 3, (("from", lex.date_from), ("until", lex.date_until)))


def _phrase_before(text: str, offset: int, width: int, kinds) -> str | None:
    """The name of the first kind whose phrases end right before ``offset`` (longest phrase first, up to ``width``)."""
    words = tuple(t.low for t in tokenize(text[:offset])[-width:])
    for n in range(min(width, len(words)), 0, -1):
        for name, phrases in kinds:
            if words[-n:] in phrases:
                return name
    return None


_JOINERS = ("-", "'", "’", "‘")


def _phrase_after(text: str, end: int, width: int, kinds) -> str | None:
    """The name of the first kind whose phrases start right after ``end`` (longest phrase first, up to ``width``),
    past a case ending joined to the number by a hyphen or an apostrophe ("10-нан", "10'dan", "10-nél")."""
    toks = tokenize(text[end:end + 80])
    if len(toks) >= 2 and toks[0].low in _JOINERS and toks[0].start == 0 and toks[1].start == toks[0].end \
            and toks[1].low.isalpha():
        toks = toks[2:]
    words = tuple(t.low for t in toks[:width])
    for n in range(len(words), 0, -1):
        for name, phrases in kinds:
            if words[:n] in phrases:
                return name
    return None


def extract(text: str, language: str | None) -> list[Value]:
    """Every value in ``text`` (offsets into ``text``), read with the language's number table."""
    return Parser(text, lexicon(language)).run()
