"""Dates, years and times of day in the value grammar: a day and its month either way round ("7 de noviembre",
"September 19"), a year first ("2024. március 5-én"), a time of day ("17:47", "18 Uhr", "o godz. 18.08"), and a
language's weekday names (``weekday_forms``)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from . import lang
from .adapters import cldr
from .model import Value

if TYPE_CHECKING:
    from .values import Parser

def this_year(v: Value, language: str | None) -> bool:
    """Does a date's text end with the language's "this year" ("8 август тази година", "am 8. August dieses
    Jahres")? The year is then the one its article is published in (``compare.dating.Calendar.complete``)."""
    from .numlexicon import lexicon, tokenize

    table = lexicon(language).this_year
    words = tuple(t.low for t in tokenize(v.text))
    return any(len(words) > len(key) and words[-len(key):] == key for key in table)


def _date(year: int | None, month: int, day: int | None) -> str:
    md = f"{month:02d}" if day is None else f"{month:02d}-{day:02d}"
    return f"{year}-{md}" if year else md


@lru_cache(maxsize=None)
def weekday_forms(language: str | None) -> tuple[tuple[str, int], ...]:
    """(stem, weekday number with 0 = Monday) for a language's weekday names (CLDR), longest stems first: a stem
    leaves off the last letters so the inflected forms match too ("среду" of "среда", "Montags" of "Montag")."""
    out = []
    # a neighbour's weekday names too (``calendar_locales`` in ``numbers.toml``: "u ponedjeljak" in Serbian data)
    also = lang.data(language, "numbers").get("calendar_locales", []) if language else []
    for number, names in [kv for code in (language or "en", *also) for kv in cldr.weekdays(code).items()]:
        for name in names:
            folded = lang.lower_fold(name)
            cut = 2 if len(folded) > 6 else 1
            out.append((folded if len(folded) <= 4 else folded[:max(4, len(folded) - cut)], number))
    return tuple(sorted(set(out), key=lambda f: -len(f[0])))


def clock(p: "Parser", i: int) -> tuple[Value, int] | None:
    """A time of day ("17:47", "5:47 PM": a date value "17:47") or a score ("5:0": a measure in points)."""
    toks = p.toks
    if not (i + 2 < len(toks) and toks[i].text.isdigit() and toks[i + 1].text in (":", ".", ",", "h")
            and toks[i + 2].text.isdigit() and p.adjacent(i + 1) and p.adjacent(i + 2)):
        return None
    if i > 0 and p.adjacent(i) and (toks[i - 1].text[0].isalnum() or toks[i - 1].text in ":/."):
        return None
    j = i + 3
    if j < len(toks) and toks[j].text in ":/.," and p.adjacent(j) and j + 1 < len(toks) and toks[j + 1].text.isdigit():
        return None  # "1:2:3", dates with slashes or dots ("12.05.2025")
    if toks[i + 1].text != ":" and not _clock_written(p, i, j):
        return None
    hour, minute = int(toks[i].text), toks[i + 2].text
    if len(minute) == 2 and hour <= 24 and int(minute) < 60:
        half = p.match(p.lex.half_day, j) if j < len(toks) else None
        if half:
            hour, j = (hour % 12) + (12 if half[0] == "pm" else 0), half[1]
        clock = p.match(p.lex.clock_after, j, 4) if j < len(toks) else None
        end = clock[1] if clock else j
        # "intorno alle 3:30", "în jurul orei locale 3:30", "03.30 sıralarında": a time given about
        approx = any(p.ends_before(p.lex.approximate, k) is not None for k in range(max(0, i - 2), i + 1)) \
            or (clock is not None and tuple(t.low for t in toks[j:end]) in p.lex.approximate)
        return p.value_at("date", f"{hour:02d}:{minute}", i, end, None, approx)
    if toks[i + 1].text == ":" and len(toks[i].text) <= 3 and len(minute) <= 3:
        return p.value_at("measure", [int(toks[i].text), int(minute)], i, j, "score", False)
    return None


def half_hour(p: "Parser", i: int) -> tuple[Value, int] | None:
    """A half hour written in words: half before the hour named next ("halb vier", "půl čtvrté", "pół do czwartej",
    "puoli yhdeltä", "fél négy", "halv fyra": 3:30, or 12:30 before one) or half past it ("half past three"), from
    ``half_to_hour`` and ``half_past_hour`` in ``numbers.toml``; the hour a number word, an ordinal ("čtvrté",
    "czwartej") or one of ``clock_hours``, up to 12, no unit or scale after it ("halb zwei Millionen")."""
    toks, lex = p.toks, p.lex
    to = p.match(lex.half_to_hour, i, 3) if lex.half_to_hour else None
    past = None if to else p.match(lex.half_past_hour, i, 3)
    if not (to or past) or (to or past)[1] >= len(toks):
        return None
    named = _hour_name(p, (to or past)[1])
    if named is None:
        return None
    number, end = named
    if to:
        number = number - 1 or 12
    half = p.match(lex.half_day, end) if end < len(toks) else None
    if half:
        number, end = number % 12 + (12 if half[0] == "pm" else 0), half[1]
    elif end < len(toks) and (p.unit_at(end) or p.match(lex.scales, end, 2) or toks[end].text in "%‰"):
        return None
    approx = any(p.ends_before(lex.approximate, k) is not None for k in range(max(0, i - 2), i + 1))
    return p.value_at("date", f"{number:02d}:30", i, end, None, approx)


def _hour_name(p: "Parser", k: int) -> tuple[int, int] | None:
    """(hour 1-12, index after) of an hour named at token k: a number word ("vier", "three"), an ordinal word
    ("čtvrté", "czwartej", "четверту") or a form of ``clock_hours`` ("yhdeltä")."""
    from . import ordinals

    toks = p.toks
    own = p.match(p.lex.clock_hours, k, 2)
    if own:
        return own
    if not toks[k].text[0].isalpha():
        return None
    words = p.words(k)
    if words and float(words[0]).is_integer() and 1 <= words[0] <= 12:
        return int(words[0]), words[1]
    table = ordinals.ordinal_words(p.lex.code)
    for stem in table.stems(toks[k].low):
        for forms, value in table.by_first.get(stem, ()):
            if len(forms) == 1 and 1 <= value <= 12:
                return value, k + 1
    return None


def hour(p: "Parser", i: int, value: float, j: int) -> tuple[Value, int] | None:
    """A whole hour as a time of day ("18 Uhr", "6 p.m.", "o godz. 18", "alle 18", "a las 18 horas"): a number up
    to 24 with a clock word after it, or an hour cue before it and no counted thing after it."""
    toks, lex = p.toks, p.lex
    if not 0 <= value <= 24 or len(toks[i].text) > 2:
        return None
    half = p.match(lex.half_day, j) if j < len(toks) else None
    if half and value <= 12:
        return p.value_at("date", f"{int(value) % 12 + (12 if half[0] == 'pm' else 0):02d}:00", i, half[1], None, False)
    after = p.match(lex.hour_after, j, 2) if j < len(toks) else None
    if after:
        minutes, end = _minutes(p, after[1], False)
        return p.value_at("date", f"{int(value):02d}:{minutes}", i, end, None, p.approximate(i))
    if not lex.hour_before or p.ends_before(lex.hour_before, i) is None:
        return None
    unit = p.match(lex.units, j) if j < len(toks) else None
    if unit and unit[0].code == "hour":
        minutes, end = _minutes(p, unit[1], True)  # "в 17 часов 47 минут", "v 15 hodin a 15 minut"
        return p.value_at("date", f"{int(value):02d}:{minutes}", i, end, None, p.approximate(i))
    if p.ends_before(lex.clock_before, i) is not None and not unit:
        return p.value_at("date", f"{int(value):02d}:00", i, j, None, p.approximate(i))  # "klockan 12"
    if unit or p.counted(j) is not None or (j < len(toks) and (p.match(lex.scales, j, 2)
                                                               or p.match(lex.currencies, j)
                                                               or p.match(lex.months, j)
                                                               or toks[j].text in "%‰-–")):
        return None
    return p.value_at("date", f"{int(value):02d}:00", i, j, None, p.approximate(i))


def _minutes(p: "Parser", j: int, named: bool) -> tuple[str, int]:
    """(minutes, index after) of the minutes written after an hour's word at j, an "and" between them allowed:
    "15 hodin a 15 minut", "в 17 часов 47 минут", and after a clock word ("15 Uhr 15", "15 h 15") two digits
    that count nothing; ("00", j) when none follow. ``named``: the minutes need their unit word."""
    toks, lex = p.toks, p.lex
    k = j + 1 if j < len(toks) and toks[j].low in lex.list_words else j
    d = p.digits(k) if k < len(toks) else None
    if not d or not d[2] or d[0] >= 60 or (d[1] < len(toks) and p.adjacent(d[1]) and toks[d[1]].text[0].isalnum()):
        return "00", j
    m = p.match(lex.units, d[1]) if d[1] < len(toks) else None
    if m and m[0].code == "minute":
        return f"{int(d[0]):02d}", m[1]
    if named or k > j or len(toks[k].text) != 2 or m or (d[1] < len(toks) and (
            p.counted(d[1]) is not None or p.unit_at(d[1]) or p.match(lex.scales, d[1], 2)
            or toks[d[1]].text in "%‰-–:" or (toks[d[1]].text == "." and p.match(lex.months, d[1] + 1)))):
        return "00", j
    return toks[k].text, d[1]


def _clock_written(p: "Parser", i: int, j: int) -> bool:
    """Is "12.33" or "12h33" a time of day: two-digit minutes, and "h" between them, a clock word after them
    ("12.33 Uhr", "12.33 horas", "10.15 am") or a language whose decimal mark is not the full stop ("в 12.33")?"""
    toks = p.toks
    hour, minute = toks[i].text, toks[i + 2].text
    if len(minute) != 2 or int(minute) >= 60 or int(hour) > 24 or len(hour) > 2:
        return False
    after = j < len(toks) and (p.match(p.lex.clock_after, j, 4) or p.match(p.lex.half_day, j))
    if toks[i + 1].text == "h" or after:
        return True
    if j < len(toks) and (p.unit_at(j) and not _hour_word(p, j) or p.match(p.lex.scales, j, 2)
                          or toks[j].text in "%‰"):
        return False  # "12.35 %", "1.20 metros", "2.35 millones": a decimal number
    # rule ``time marker``: an hour cue before it ("alle 18.07", "o godz. 18.08", "saat 18.08", "kell 18.08";
    # "alle 18,08 ore" with a decimal comma) makes it a time of day, never 18 August or the number 18.08
    if p.lex.hour_before and p.ends_before(p.lex.hour_before, i) is not None:
        # after a decimal comma a word still makes a number ("в 2,15 раза"): only an hour word makes a time
        return toks[i + 1].text != "," or j >= len(toks) or not toks[j].text[0].isalpha() or _hour_word(p, j) \
            or (len(toks[j].text) <= 2 and toks[j].low in p.lex.not_counted)  # "o godz. 18,08 w czwartek"
    return toks[i + 1].text == "." and p.lex.decimal != "."


def _hour_word(p: "Parser", j: int) -> bool:
    """Is token j the word "hour" ("18,08 ore", "18.08 hodin"): a unit of the hour after a time of day?"""
    unit = p.match(p.lex.units, j)
    return unit is not None and unit[0].code == "hour"


def day_before_month(p: "Parser", j: int) -> tuple[int, int] | None:
    """(month, index after it) when an ordinal suffix or a linking word stands between a day and its month."""
    toks, k = p.toks, j
    if k < len(toks) and toks[k].low in p.lex.ordinal and p.adjacent(k):
        k += 1
    link = p.match(p.lex.amount_link, k, 2) if k < len(toks) else None
    if link:
        k = link[1]
    if k == j or k >= len(toks):
        return None
    m = p.match(p.lex.months, k)
    return (m[0], m[1]) if m else None


def day_first(p: "Parser", i: int, day: float, month: int, j: int, approx: bool) -> tuple[Value, int]:
    year, j = _trailing_year(p, j)
    return p.value_at("date", _date(year, month, int(day)), i, j, None, approx)


def month_first(p: "Parser", i: int, month: int, j: int, d: tuple[float, int, bool]) -> tuple[Value, int]:
    value, k, _ = d
    if 1800 <= value <= 2100:  # "September 2019", "сентябре 2019 года"
        yw = p.match({(w,): True for w in p.lex.year_after}, k) if k < len(p.toks) else None
        return p.value_at("date", _date(int(value), month, None), i, yw[1] if yw else k, None, False)
    if not 1 <= value <= 31:
        return p.value_at("date", _date(None, month, None), i, j, None, False)
    year, k = _trailing_year(p, k)
    return p.value_at("date", _date(year, month, int(value)), i, k, None, False)


def month_part(p: "Parser", i: int) -> tuple[Value, int] | None:
    """A vague part of a month ("early May", "Anfang Mai", "в начале мая", "mi-mai"): the month, to the month
    (``month_parts`` in ``lang/<code>/numbers.toml``), with its year when one follows ("early May 2024")."""
    toks = p.toks
    part = p.match(p.lex.month_parts, i, 4)
    if part is None:
        return None
    k = part[1] + 1 if part[1] < len(toks) and toks[part[1]].text in "-‑" and p.adjacent(part[1]) else part[1]
    month = p.match(p.lex.months, k) if k < len(toks) else None
    if month is None:
        return None
    year, end = _trailing_year(p, month[1])
    return p.value_at("date", _date(year, month[0], None), i, end, None, False)


def year_first(p: "Parser", i: int) -> tuple[Value, int] | None:
    """A date written year first with a month name: year, month, day ("2024. március 5-én", Hungarian;
    "2025 m. gegužės 12 d.", Lithuanian, the year marked by a year word; "2025. gada 12. maijā", Latvian,
    the day before the month)."""
    toks = p.toks
    if not (toks[i].text.isdigit() and len(toks[i].text) == 4 and 1800 <= int(toks[i].text) <= 2100) \
            or i + 2 >= len(toks):
        return None
    dot = toks[i + 1].text == "." and p.adjacent(i + 1)
    k = i + 2 if dot else i + 1
    marked = p.match({(w,): True for w in p.lex.year_after}, k) if k < len(toks) else None
    if not (dot or marked):
        return None
    k = marked[1] if marked else k
    if k >= len(toks):
        return None
    year = int(toks[i].text)
    d = p.digits(k) if marked else None
    if d and d[2] and 1 <= d[0] <= 31 and d[1] + 1 < len(toks) and toks[d[1]].text == "." \
            and (month := p.match(p.lex.months, d[1] + 1)) and toks[d[1] + 1].text[:1].islower():
        return p.value_at("date", _date(year, month[0], int(d[0])), i, month[1], None, False)
    month = p.match(p.lex.months, k) if toks[k].text[:1].islower() else None
    if not month:
        return None  # (a capitalised month after "2024." opens the next sentence: "… in 2024. March …")
    d = p.digits(month[1]) if month[1] < len(toks) else None
    if d and d[2] and 1 <= d[0] <= 31:
        return p.value_at("date", _date(year, month[0], int(d[0])), i, d[1], None, False)
    return p.value_at("date", _date(year, month[0], None), i, month[1], None, False)


def _trailing_year(p: "Parser", j: int) -> tuple[int | None, int]:
    k = j + 1 if j < len(p.toks) and p.toks[j].text == "," else j
    link = p.match(p.lex.amount_link, k, 2) if k < len(p.toks) else None
    k = link[1] if link else k  # "7 de noviembre de 2024"
    this = p.match(p.lex.this_year, k, 4) if k < len(p.toks) and p.lex.this_year else None
    if this:  # "8 август тази година", "le 8 août de cette année": the value's text ends with it (``this_year``)
        return None, this[1]
    d = p.digits(k)
    if d and d[2] and 1800 <= d[0] <= 2100:
        end = d[1]
        yw = p.match({(w,): True for w in p.lex.year_after}, end) if end < len(p.toks) else None
        return int(d[0]), (yw[1] if yw else end)
    return None, j
