"""What a count counts: its counted noun, and whether it is a part of a count given beside it ("15 of them").

Two counts in matching sentences are one figure given two ways only when they
count one thing. Rule ``counted noun``: their counted nouns are the same word
(its stem) or translate each other, the nouns alone compared (a phrase such as
"66 lives in the fire" / "161 rooms" looks alike to sentence embeddings; the
nouns "lives" / "rooms" do not), unless both give one event predicate. Rule
``bare number``: a number with no counted noun ("31 were injured") meets a count
of a noun only when both give the same predicate. Rule ``part``: a count after a
word that makes it a part of another (``part_before`` in ``lang/<code>/numbers.toml``:
"including", "of them", "w tym", "darunter", "dont") is a sub-count, never the
total it is a part of.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..model import Value

NOUN_WORD = 0.865   # two counted nouns alone at least this similar translate each other ("hóspedes" / "guests")
STEM = 4            # nouns sharing their first letters up to the shorter's end, at least this many, are one word
NOUNS = 2           # words after a count read as what it counts
PART_REACH = 4      # words before a count searched for a word making it a part ("including the two", "z toho 36")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CLAUSE_START = re.compile(r"[;:()\[\]!?]|\.\s")


@lru_cache(maxsize=None)
def _part_words(language: str | None, where: str) -> tuple[tuple[str, ...], ...]:
    """A language's words that make a count a part of another (``part_before`` / ``part_after``), as folded words."""
    data = lang.data(language, "numbers") if language else {}
    out = {tuple(_WORD.findall(lang.fold(w.lower()))) for w in data.get(where, [])}
    return tuple(sorted((w for w in out if w), key=len, reverse=True))


def _words(text: str) -> list[str]:
    return [lang.fold(w.lower()) for w in _WORD.findall(text)]


def part(text: str, start: int, end: int, language: str | None) -> bool:
    """Is the count at ``text[start:end]`` a part of a count given beside it: after ``part_before`` words
    ("including 36 children", "z toho 36 dětí", "darunter zwei Kinder") or before ``part_after`` words, the counted
    noun between them allowed ("15 of them", "15 z nich")?"""
    before, after = _part_words(language, "part_before"), _part_words(language, "part_after")
    left = _words(_CLAUSE_START.split(text[:start])[-1])[-PART_REACH:]
    if any(tuple(left[k:k + len(f)]) == f for f in before for k in range(len(left) - len(f) + 1)):
        return True
    right = _words(_CLAUSE_START.split(text[end:])[0])[:PART_REACH]
    return any(tuple(right[k:k + len(f)]) == f for f in after for k in (0, 1)) or _of_total(text[end:], language)


def _of_total(rest: str, language: str | None) -> bool:
    """Does a count go on with the count it is a part of, ``partitive_of`` between them ("five of the seven
    suspects", "пятеро из семи", "cinq des sept")?"""
    from ..values import extract
    words = list(_WORD.finditer(rest[:60]))
    for f in (*_part_words(language, "partitive_of"), *_part_words(language, "partitive_total")):
        if len(words) > len(f) and tuple(lang.fold(w.group().lower()) for w in words[:len(f)]) == f \
                and not rest[:words[0].start()].strip():
            after = rest[words[len(f) - 1].end():]
            total = extract(after[:40], language)
            return bool(total) and total[0].kind == "count" and not after[:total[0].start].strip()
    return False


@lru_cache(maxsize=None)
def _function_words(language: str | None) -> frozenset[str]:
    data = lang.data(language, "numbers") if language else {}
    return frozenset(lang.fold(w.lower()) for w in (*data.get("not_counted", []), *data.get("count_skip", [])))


def function_word(word: str, language: str | None) -> bool:
    """Is a word one of its language's words that a count never counts ("of", "te", "und")?"""
    return lang.fold(word.lower()) in _function_words(language)


def nouns(v: Value, text: str, end: int, language: str | None) -> tuple[str, ...]:
    """The words a count may count: its counted noun and the next content words of its clause, up to ``NOUNS``
    ("240 registrovaných hostů": an adjective may come first)."""
    skip = _function_words(language)
    after = [w for w in _words(_CLAUSE_START.split(text[end:])[0].split(",")[0]) if len(w) >= 3 and w not in skip]
    out = [lang.fold(v.unit.lower())] if v.unit else []
    return tuple(dict.fromkeys(out + after[:NOUNS]))[:NOUNS]


def bare(v: Value) -> bool:
    """A count of nothing named: the number alone ("alți 31 au fost răniți")."""
    return v.kind == "count" and not v.unit


def same_word(a: str, b: str) -> bool:
    """One noun in two forms: equal, or one the other's start beyond a stem ("kişi" / "kişiler", "hostů" / "hosté")."""
    a, b = lang.fold(a.lower()), lang.fold(b.lower())
    if a == b:
        return True
    n = min(len(a), len(b))
    k = next((i for i in range(n) if a[i] != b[i]), n)
    return k >= STEM and k >= n - 2
