"""Lenient text comparison for gold matching: case, punctuation, hyphens and ё/е do not count."""
from __future__ import annotations

import re
import unicodedata

# every dash-like character compares as a plain hyphen, and a hyphen as a space
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"), " ")
_NOT_WORD = re.compile(r"[^\w\s]")


def norm(text: str | None) -> str:
    """Lower-cased words without punctuation, ё as е, dashes as spaces, a leading 'the' dropped."""
    if not text:
        return ""
    # ё as е written out, not read from the language data: this mirrors shared/eval/score.py's own definition
    folded = unicodedata.normalize("NFKC", text).lower().replace("ё", "е").translate(_DASHES)
    words = _NOT_WORD.sub(" ", folded).split()
    if len(words) >= 2 and words[0] == "the":
        del words[0]
    return " ".join(words)


def contains(haystack: str | None, needle: str | None) -> bool:
    """Whether the needle, normalised, occurs in the normalised haystack."""
    if not needle:
        return False
    return norm(needle) in norm(haystack)
