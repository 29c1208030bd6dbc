"""CLDR number conventions through Babel: separators, currency names and symbols, scale words, month names.

``number_table(code)`` returns a table of the same shape as ``lang/<code>/numbers.toml``
so the value parser can read any language CLDR knows; a language's own table is
laid over it (``numlexicon.lexicon``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# Currencies whose names are read as money. Only widely reported ones: CLDR also names currencies with everyday
# words ("real", "won", "rand", "livre"), which would turn ordinary counts into money.
CURRENCIES = ("USD", "EUR", "GBP", "RUB", "UAH", "KZT", "BGN", "PLN", "CHF", "CNY", "JPY", "TRY", "INR", "CAD",
              "AUD", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "BYN", "GEL", "AMD", "AZN", "UZS", "KGS", "ILS",
              "KRW", "BAM", "BRL", "RSD", "MDL")
SHORT_SCALE = 2  # short compact forms ("Md", "млн.", "Mio.") need this many letters: "M", "K" are too ambiguous


def _locale(code: str | None):
    from babel import Locale, UnknownLocaleError

    if not code:
        return None
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def _pattern_word(pattern: Any) -> tuple[str, int] | None:
    """'0 millions' -> ('millions', 1); '0000 M' -> ('M', 4): the word and how many digits stand before it."""
    text = getattr(pattern, "pattern", str(pattern))
    digits = text.count("0")
    word = re.sub(r"[0#]", "", text).replace("'", "").replace("\u00a0", " ").strip()
    if not word or not digits:
        return None
    return word, digits


def _ideographic(word: str) -> bool:
    """A word written in Chinese characters ("万", "億"): one character is a whole word, not an abbreviation."""
    return all("CJK" in unicodedata.name(ch, "") for ch in word)


def _scales(locale) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    formats = locale._data.get("compact_decimal_formats", {})
    for style, by_count in formats.items():
        for patterns in by_count.values():
            for magnitude, pattern in patterns.items():
                got = _pattern_word(pattern)
                if not got:
                    continue
                word, digits = got
                if style == "short" and any(sum(ch.isalpha() for ch in w) < SHORT_SCALE and not _ideographic(w)
                                            for w in word.split()):
                    continue
                factor = int(magnitude) // 10 ** (digits - 1)
                if factor >= 1000:
                    forms = out.setdefault(str(factor), [])
                    for form in (word, word.rstrip(".")):
                        if form not in forms:
                            forms.append(form)
    return out


def _currencies(locale) -> dict[str, list[str]]:
    plural = locale._data.get("currency_names_plural", {})
    out: dict[str, list[str]] = {}
    for code in CURRENCIES:
        forms = [locale.currencies.get(code), locale.currency_symbols.get(code), code]
        forms += list((plural.get(code) or {}).values())
        kept = []
        for f in forms:
            if f and f.lower() not in kept:
                kept.append(f.lower())
        out[code] = kept
    return out


def _months(locale) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                forms = out.setdefault(str(number), [])
                for form in (name.lower(), name.lower().rstrip(".")):
                    if len(form) >= 3 and form not in forms:
                        forms.append(form)
    return out


@lru_cache(maxsize=None)
def weekdays(code: str | None) -> dict[int, list[str]]:
    """A language's weekday names (0 = Monday), wide forms in both contexts, lower case; {} without a CLDR locale."""
    locale = _locale(code)
    if locale is None:
        return {}
    out: dict[int, list[str]] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            forms = out.setdefault(int(number), [])
            if name.lower() not in forms:
                forms.append(name.lower())
    return out


@lru_cache(maxsize=None)
def number_table(code: str | None) -> dict[str, Any]:
    """Separators, currencies, scale words and months of a language from CLDR; {} when CLDR has no such locale."""
    from babel import numbers

    locale = _locale(code)
    if locale is None:
        return {}
    group = numbers.get_group_symbol(locale)
    groups = [group]
    if group.isspace():
        groups += [g for g in (" ", "\u00a0", "\u202f") if g != group]  # any space is written for a narrow one
    decimal = numbers.get_decimal_symbol(locale)
    return {"decimal": decimal, "group": groups, "group_regional": _regional_groups(locale.language, decimal),
            "currencies": _currencies(locale), "scales": _scales(locale), "months": _months(locale)}


@lru_cache(maxsize=None)
def _regional_groups(language: str, decimal: str) -> list[str]:
    """The language's decimal mark when a country where the language is official (or spoken de facto) writes it
    as its thousands separator: Spanish "67,000" is 67 in Spain and 67 thousand in Honduras, Mexico or Peru."""
    from babel import Locale, languages, numbers
    from babel.localedata import locale_identifiers

    for ident in locale_identifiers():
        lang, _, region = ident.partition("_")
        if lang != language or not region.isalpha() or not region.isupper():
            continue
        if language not in languages.get_official_languages(region, de_facto=True):
            continue
        try:
            if numbers.get_group_symbol(Locale.parse(ident)) == decimal:
                return [decimal]
        except (ValueError, LookupError):
            continue
    return []


@lru_cache(maxsize=None)
def calendar_words(code: str | None) -> frozenset[str]:
    """A language's weekday and month names (wide, every context and case CLDR lists), lower case; empty without CLDR."""
    locale = _locale(code)
    if locale is None:
        return frozenset()
    out = {name for names in weekdays(code).values() for name in names}
    for context in ("format", "stand-alone"):
        out |= {name.lower() for name in locale.months[context]["wide"].values()}
    return frozenset(out)


@lru_cache(maxsize=None)
def lower_case_names(code: str | None) -> bool | None:
    """Does a language write the names of languages in lower case ("italiano", "polski"; not "Italian")? Its words of
    nationality follow the same habit; None without a CLDR locale."""
    locale = _locale(code)
    if locale is None:
        return None
    names = [n for c, n in locale.languages.items() if c in ("en", "fr", "de", "it", "es", "ru")]
    return bool(names) and all(n[:1].islower() for n in names)
