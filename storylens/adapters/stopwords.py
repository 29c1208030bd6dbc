"""Stop words per language from spaCy's language data (no model needed: ``spacy.lang.<code>``)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def stop_words(code: str | None) -> frozenset[str]:
    """Lower-case stop words of a language, empty when spaCy has no data for it."""
    if not code:
        return frozenset()
    try:
        from spacy.util import get_lang_class

        return frozenset(w.lower() for w in get_lang_class(code).Defaults.stop_words)
    except Exception:  # spaCy knows no such language (kk): no stop words, rules only lose a filter
        return frozenset()
