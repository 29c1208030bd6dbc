"""What happened to a counted thing: the event predicate a count is written with (killed, injured, shot down...).

"Two soldiers were killed" and "two soldiers were injured" count the same noun but
different things; "zginęło dwóch żołnierzy" and "two soldiers were killed" count
one thing. The predicate is read from per-language data (``[predicates]`` in
``lang/<code>/numbers.toml``: a class name and its word forms, a trailing ``-``
marking a stem) as the nearest such word in the count's clause, and is compared
across languages by class name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..model import Value

MULTIWORD = 4  # words in the longest predicate form ("și-au pierdut viața")
REACH = 5  # words on either side of the number searched for its predicate
# a clause ends at these marks; the predicate of a count is never read across them
_CLAUSE_END = re.compile(r"[,;:()\[\]«»\"“”„!?]|\s[-–—]\s|\.\s")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# classes narrowed by another in the same clause: the injured or hospitalised "in critical condition"
SHARE_CLASS = "share_"  # classes read for shares only (lost / restored), never for counts
REFINED = {"injured": ("injured_seriously",), "hospitalised": ("injured_seriously",)}


@lru_cache(maxsize=None)
def _table(language: str | None, section: str = "predicates"
           ) -> tuple[dict[str, str], tuple[tuple[str, str], ...], frozenset[str]]:
    """(exact word -> class, (stem, class) longest first, words that end a clause) for one language, read from
    ``[predicates]`` (what happened to a counted thing) or ``[acts]`` (what happened on a date)."""
    data = lang.data(language, "numbers") if language else {}
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for name, forms in data.get(section, {}).items():
        for form in forms:
            stem = form.endswith("-")
            # a form of several words is matched word by word as the text is read ("și-au pierdut viața")
            f = " ".join(_WORD.findall(lang.fold(form.lower()))) + ("-" if stem else "")
            if f.endswith("-"):
                stems.append((f[:-1], name))
            else:
                exact[f] = name
    stems.sort(key=lambda s: -len(s[0]))
    # a count's clause ends at a conjunction: one joining a list ("and") or two contrasting clauses ("while")
    joins = [*data.get("list_words", []), *data.get("clause_words", [])]
    # a conjunction of several words is matched word by word ("kun taas", "в то время как")
    return exact, tuple(stems), frozenset(" ".join(_WORD.findall(lang.fold(w.lower()))) for w in joins)


class _Stems:
    """Stems (stem, class) looked up by a word's prefixes, one look-up per stem length, longest first: the class a
    scan of the stems longest first would find, without the scan (it ran for every word near every count)."""

    __slots__ = ("lengths", "by_length")

    def __init__(self, stems: tuple[tuple[str, str], ...]):
        self.by_length: dict[int, dict[str, str]] = {}
        for stem, name in stems:  # of one stem given twice, the first listed wins, as in the scan
            self.by_length.setdefault(len(stem), {}).setdefault(stem, name)
        self.lengths = tuple(sorted(self.by_length, reverse=True))

    def __len__(self) -> int:
        return sum(len(d) for d in self.by_length.values())

    def find(self, word: str) -> str | None:
        for n in self.lengths:
            if n <= len(word):
                name = self.by_length[n].get(word[:n])
                if name is not None:
                    return name
        return None


@lru_cache(maxsize=None)
def _filtered(language: str | None, section: str, shares: bool | None) -> tuple[dict[str, str], _Stems]:
    """A language's table with only the classes of shares (``shares``), only the others (not ``shares``) or all
    (None): built once, not again for every count."""
    exact, stems, _ = _table(language, section)
    if shares is not None:
        exact = {w: c for w, c in exact.items() if c.startswith(SHARE_CLASS) == shares}
        stems = tuple((w, c) for w, c in stems if c.startswith(SHARE_CLASS) == shares)
    return exact, _Stems(stems)


def _class_of(word: str, exact: dict[str, str], stems: _Stems) -> str | None:
    if word in exact:
        return exact[word]
    return stems.find(word)


def _phrase_class(words: list[str], k: int, forward: bool, exact: dict[str, str], stems: _Stems) -> str | None:
    """The class of the longest form starting at word k, read in text order ("hayatını kaybetti", "și-au pierdut
    viața"; on the side before the number the words are listed nearest first)."""
    for n in range(MULTIWORD, 0, -1):
        if k + n > len(words):
            continue
        run = words[k:k + n] if forward else words[k:k + n][::-1]
        found = _class_of(" ".join(run), exact, stems)
        if found is not None:
            return found
    return None


def _join_at(words: list[str], k: int, joins: frozenset[str]) -> int:
    """The number of words of the conjunction starting at word k ("and", "kun taas"), or 0."""
    return next((n for n in range(MULTIWORD, 0, -1) if k + n <= len(words) and " ".join(words[k:k + n]) in joins), 0)


def nearest_class(left: str, right: str, language: str | None, section: str = "predicates", shares: bool | None = False,
                  reach: int | None = REACH, fallback: frozenset[str] = frozenset()) -> str | None:
    """The class of the nearest form of ``section``'s classes around a value: ``left`` is its clause before it,
    ``right`` after it, each cut at a conjunction (``list_words``: "three were killed and nineteen injured";
    ``clause_words``: "78 dead while 105 rescued"); within ``reach`` words (None: the whole clause), the word after
    the value first at equal distance. ``shares``: only the
    classes of a share (True), only the others (False) or all (None). A class in ``fallback`` (a generic word) gives
    way to any other class within reach and is given only when none is; a class ``REFINED`` narrows gives way to
    the narrower class any word within reach is a form of."""
    joins = _table(language, section)[2]
    exact, stems = _filtered(language, section, shares)
    if not exact and not stems:
        return None
    before = [lang.fold(w.lower()) for w in _WORD.findall(left)]
    after = [lang.fold(w.lower()) for w in _WORD.findall(right)]
    cut = next((k for k in range(len(before) - 1, -1, -1) if _join_at(before, k, joins)), None)
    before = before[cut + _join_at(before, cut, joins):] if cut is not None else before
    cut = next((k for k in range(len(after)) if _join_at(after, k, joins)), None)
    after = after[:cut] if cut is not None else after
    reach = max(len(before), len(after)) if reach is None else reach
    before, after = before[::-1][:reach], after[:reach]
    found = passed = None
    for k in range(reach):
        for side, forward in ((after, True), (before, False)):  # at equal distance the word after the number wins
            if k < len(side) and found is None:
                cls = _phrase_class(side, k, forward, exact, stems)
                if cls in fallback:
                    passed = passed or cls
                elif cls is not None:
                    found = cls
    found = found or passed
    if found in REFINED:
        # "15 in hospital in serious condition": the narrower class names the count, whichever word is nearer
        narrow = {_class_of(w, exact, stems) for w in (*before, *after)} & set(REFINED[found])
        return next(iter(narrow), found)
    return found


def predicate(text: str, start: int, end: int, language: str | None, reach: int | None = REACH,
              shares: bool = False, section: str = "predicates") -> str | None:
    """The event class of the nearest predicate word in the clause around ``text[start:end]`` (a count), or None;
    within ``reach`` words of it (None: anywhere in the clause). ``shares``: only the classes of a share (``share_``
    classes: "60% of supply had been restored"), which a count never takes."""
    return nearest_class(_CLAUSE_END.split(text[:start])[-1], _CLAUSE_END.split(text[end:])[0], language, section,
                         shares, reach)


def word_class(word: str, language: str | None) -> str | None:
    """The predicate class one word is a form of ("injured", "yaralandı"), or None."""
    exact, stems = _filtered(language, "predicates", False)
    return _class_of(lang.fold(word.lower()), exact, stems)


def names(text: str, language: str | None, cls: str, section: str = "acts") -> bool:
    """Does the text write a form of the class ``cls`` anywhere ("approved", "одобрено")?"""
    exact, stems = _filtered(language, section, None)
    words = [lang.fold(w.lower()) for w in _WORD.findall(text)]
    return any(_phrase_class(words, k, True, exact, stems) == cls for k in range(len(words)))


def of_value(text: str, offset: int, v: Value, language: str | None) -> str | None:
    """The predicate class of a count ``v`` in a sentence ``text`` starting at ``offset`` (None for other kinds)."""
    if v.kind != "count" or v.start is None or v.end is None:
        return None
    return predicate(text, v.start - offset, v.end - offset, language)


def of_term(text: str, offset: int, v: Value, language: str | None) -> str | None:
    """Whose a duration is, by the nearest word of ``[terms]`` in its clause: a term imposed ("osuđen na godinu
    dana", "sentenced to"), demanded ("žádala pět let", "sought"), the law's least ("minimalna kazna") or the time a
    thing lasted ("suđenje je trajalo godinu dana"): different figures of one trial, never one term given two ways
    (None for other kinds or no such word)."""
    if v.kind != "duration" or v.start is None or v.end is None:
        return None
    cls = predicate(text, v.start - offset, v.end - offset, language, section="terms")
    return f"term_{cls}" if cls else None


def differ(a: str | None, b: str | None) -> bool:
    """Two counts are of different things when both predicates are known and not the same class."""
    return a is not None and b is not None and a != b
