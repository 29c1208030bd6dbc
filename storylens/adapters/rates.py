"""Exchange rates: the European Central Bank's daily reference rates, shipped inside the CurrencyConverter package
(read offline, never fetched).

``log_rate(a, b, day)`` is the natural log of how many units of currency ``b`` one unit of ``a`` was worth on
``day`` (the nearest earlier day the bank published, the last day it has when ``day`` is None), or None for a
currency the bank does not quote (the convertible mark, the hryvnia).
"""
from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    try:
        from currency_converter import CurrencyConverter
    except ImportError:  # pragma: no cover - a declared dependency; without it only the story's own rates count
        return None
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


@lru_cache(maxsize=4096)
def log_rate(a: str, b: str, day: dt.date | None) -> float | None:
    c = _converter()
    if c is None or a not in c.currencies or b not in c.currencies:
        return None
    try:
        value = c.convert(1.0, a, b, date=day)
    except Exception:  # a date before the bank's data, a currency gone before it (RateNotFoundError)
        return None
    return math.log(value) if value and value > 0 else None
