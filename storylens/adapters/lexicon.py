"""Which words a language's dictionary knows, from simplemma's lemma dictionaries (built once per process)."""
from __future__ import annotations

from typing import Any

from ..resources import current


def _dictionary(code: str) -> Any:
    """simplemma's form -> lemma table for a language, or {} when simplemma has none."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    def build() -> Any:
        try:
            return DefaultDictionaryFactory(cache_max_size=0).get_dictionary(code)
        except (ValueError, OSError):
            return {}

    return current().resource(f"lexicon {code}", build)


def is_common_word(word: str, code: str | None) -> bool:
    """Is ``word`` an ordinary word of the language: known in lower case, unknown as written with its capital?

    Proper names are listed capitalised ("Paris", "Trump"), ordinary words in
    lower case ("cambriolage", "second"): a capital the dictionary does not
    know is the sentence's, not a name's. Languages that capitalise nouns list
    them capitalised, so there it proves nothing.
    """
    if not code or not word[:1].isupper() or word.isupper():
        return False
    d = _dictionary(code)
    return bool(d) and word not in d and word.lower() in d


def is_known(word: str, code: str | None) -> bool:
    """Does the language's dictionary list ``word`` as written (a German compound: "Weihnachtsmarkt")?"""
    return bool(code) and word in _dictionary(code)


def lemma(word: str, code: str | None) -> str | None:
    """The dictionary form simplemma gives a (lower-case) word of language ``code``, or None when it lists none."""
    if not code:
        return None
    found = _dictionary(code).get(word)
    return found if isinstance(found, str) else None


def folded_lemma(word: str, code: str | None, fold: tuple[tuple[str, str], ...]) -> str | None:
    """``lemma`` for a word whose letters were folded ("δηλωσε"): the table read with the same folding (built once)."""
    if not code:
        return None

    def build() -> dict:
        def f(s: str) -> str:
            for a, b in fold:
                s = s.replace(a, b)
            return s
        table: dict = {}
        for form, lem in _dictionary(code).items():
            if isinstance(lem, str) and form.islower():
                table.setdefault(f(form), f(lem))
        return table

    return current().resource(f"lexicon folded {code} {fold!r}", build).get(word)
