"""Stop words per language from spaCy's language data (no model needed: the lists ship with spaCy itself).

Each list is read from its own file, ``spacy/lang/<code>/stop_words.py``, without importing spaCy or the language
package around it: importing ``spacy.lang.fr`` compiles its tokenizer exceptions (seconds of start-up spent on
regular expressions a word list does not need). The files are plain data (no imports), so loading one alone is safe.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _lang_folder() -> Path | None:
    spec = importlib.util.find_spec("spacy")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "lang"


@lru_cache(maxsize=None)
def stop_words(code: str | None) -> frozenset[str]:
    """Lower-case function words of a language; empty when spaCy has no list for it."""
    folder = _lang_folder()
    if not code or not code.isalpha() or folder is None:
        return frozenset()
    path = folder / code / "stop_words.py"
    if not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"_storylens_stop_words_{code}", path)
    if spec is None or spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.lower().replace("ё", "е") for w in getattr(module, "STOP_WORDS", ()))
