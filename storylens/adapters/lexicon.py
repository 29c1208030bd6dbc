"""Which words a language's dictionary knows, from simplemma's lemma dictionaries (built once per process).

A dictionary is read through simplemma's ``StreamDictionaryFactory``: its compressed stream with a restart point
every 32 words, decoded a few words at a time on each lookup, instead of a Python dict of every form (Russian:
1.36 million forms, 133 MB as a dict, 21 MB as a stream; a lookup costs about 8 microseconds instead of 0.5, and
repeated words come from a cache). The entity rules look words up (``is_known``) in every language they read.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..resources import current


def _dictionary(code: str) -> Any:
    """simplemma's form -> lemma table for a language, or {} when simplemma has none."""
    from simplemma.strategies.dictionaries import StreamDictionaryFactory

    def build() -> Any:
        try:
            return StreamDictionaryFactory(cache_max_size=0).get_dictionary(code)
        except (ValueError, OSError):
            return {}

    return current().resource(f"lexicon {code}", build)


@lru_cache(maxsize=1 << 15)
def _entry(code: str, word: str) -> str | None:
    """The dictionary's entry for ``word`` (its lemma), None when it does not list the word."""
    return _dictionary(code).get(word)


def is_common_word(word: str, code: str | None) -> bool:
    """Is ``word`` an ordinary word of the language: known in lower case, unknown as written with its capital?

    Proper names are listed capitalised ("Paris", "Trump"), ordinary words in
    lower case ("cambriolage", "second"): a capital the dictionary does not
    know is the sentence's, not a name's. Languages that capitalise nouns list
    them capitalised, so there it proves nothing.
    """
    if not code or not word[:1].isupper() or word.isupper():
        return False
    return _entry(code, word) is None and _entry(code, word.lower()) is not None


def has_dictionary(code: str | None) -> bool:
    """Has simplemma a dictionary of the language (so a word it does not list is a sign of a name)?"""
    if not code:
        return False
    d = _dictionary(code)
    return not isinstance(d, dict) or bool(d)


def is_known(word: str, code: str | None) -> bool:
    """Does the language's dictionary list ``word`` as written (a German compound: "Weihnachtsmarkt")?"""
    return bool(code) and _entry(code, word) is not None


def lemma(word: str, code: str | None) -> str | None:
    """The dictionary form simplemma gives a (lower-case) word of language ``code``, or None when it lists none."""
    if not code:
        return None
    found = _entry(code, word)
    return found if isinstance(found, str) else None


def folded_lemma(word: str, code: str | None, fold: tuple[tuple[str, str], ...]) -> str | None:
    """``lemma`` for a word whose letters were folded ("δηλωσε"): the table read with the same folding (built once)."""
    if not code:
        return None

    def build() -> dict:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        def f(s: str) -> str:
            for a, b in fold:
                s = s.replace(a, b)
            return s
        table: dict = {}
        try:  # every form once: the whole dictionary decoded for the while (a stream is read a few words at a time)
            forms = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(code)
        except (ValueError, OSError):
            forms = {}
        for form, lem in forms.items():
            if isinstance(lem, str) and form.islower():
                table.setdefault(f(form), f(lem))
        return table

    return current().resource(f"lexicon folded {code} {fold!r}", build).get(word)
