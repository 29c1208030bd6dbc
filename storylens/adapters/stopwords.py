"""Stop words per language from spaCy's language data (no model needed: the lists ship with spaCy itself)."""
from __future__ import annotations

import importlib
from functools import lru_cache


@lru_cache(maxsize=None)
def stop_words(code: str | None) -> frozenset[str]:
    """Lower-case function words of a language; empty when spaCy has no list for it."""
    if not code or not code.isalpha():
        return frozenset()
    try:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(w.lower().replace("ё", "е") for w in getattr(module, "STOP_WORDS", ()))
