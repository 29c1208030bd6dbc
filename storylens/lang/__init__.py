"""Per-language knowledge as data.

Each language is a folder named by its ISO 639-1 code holding TOML files of
the same shape (``segment.toml``, ``clean.toml``, ``quotes.toml``,
``numbers.toml``, ``hedges.toml``, ``framing.toml``...). Adding a language is
adding a folder; no code path names a language.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    root = resources.files(__name__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


@lru_cache(maxsize=None)
def data(code: str | None, part: str) -> dict[str, Any]:
    """The ``part`` table of language ``code``, or {} when that language has none."""
    if not code or code not in available():
        return {}
    path = resources.files(__name__) / code / f"{part}.toml"
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _folds() -> tuple[tuple[str, str], ...]:
    pairs: dict[str, str] = {}
    for code in available():
        for a, b in data(code, "segment").get("folds", {}).items():
            pairs[a] = b
            if a.upper() != a and len(a.upper()) == 1:
                pairs[a.upper()] = b.upper()
    return tuple(pairs.items())


def lower_fold(text: str) -> str:
    """``text`` lower-cased and folded: the form words are looked up by in the languages' tables."""
    return fold(text.lower())


def fold(text: str) -> str:
    """``text`` with letters written interchangeably folded (``folds`` in the languages' segment data: ё -> е).

    Length and offsets are kept: every fold is one letter for one letter.
    """
    for a, b in _folds():
        if a in text:
            text = text.replace(a, b)
    return text


@lru_cache(maxsize=None)
def vowels() -> frozenset[str]:
    """Every language's vowel letters (``vowels`` in its segment data), lower case."""
    return frozenset(ch for code in available() for ch in data(code, "segment").get("vowels", "").lower())


@lru_cache(maxsize=None)
def merged(part: str) -> dict[str, tuple]:
    """Every language's ``part`` table, list values concatenated (for language-blind steps such as cleaning)."""
    out: dict[str, list] = {}
    for code in available():
        for key, value in data(code, part).items():
            if isinstance(value, list):
                out.setdefault(key, []).extend(value)
    return {k: tuple(v) for k, v in out.items()}
