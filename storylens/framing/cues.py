"""Cue phrases from the per-language data, compiled once and matched with offsets.

A cue is a phrase of words; a word ending in ``*`` matches any continuation
(``econom*`` matches economy, economic, экономика needs ``эконом*``). Letter
case and the Russian ё/е difference are ignored. Cue tables may also hold raw
regular expressions under a ``patterns`` key for constructions a phrase cannot
express. Matching works on a case-folded copy of the same length, so match
offsets are offsets into the original text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from .. import lang

# Quote marks that open and close a quotation, in any of the languages we meet.
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’", "‹": "›"}
# Farthest a closing mark is looked for: longer quotations do not occur in news, and a bound keeps a paragraph
# full of stray marks linear (each mark would otherwise scan the rest of the paragraph).
MAX_QUOTE_CHARS = 5000


@lru_cache(maxsize=8192)  # a sentence is matched against every frame's and genre signal's cues: fold it once
def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length (so offsets survive)."""
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return lang.fold("".join(out))


def _word(w: str) -> str:
    if w.endswith("*"):
        return re.escape(fold(w[:-1])) + r"[\w\-’']*"
    return re.escape(fold(w))


# A cue's regex is tried at every position of a text, and a language has some thirty of them (frames, genre
# signals, techniques), each an alternation of up to a hundred cues: most of the framing stage's time went there
# (2026-11-30). A cue matches only where the text has each of its words, and a word of a cue is a word of the text
# (``we``; ``let's`` is the word "let" before an apostrophe) or, before a wildcard, the beginning of one (``econom*``):
# a text without one such word for any cue of a regex is not searched at all (``find``), which gives the same
# matches without trying every position.
WORD_RUN = re.compile(r"\w+")
WHOLE = "\x00"  # marks a whole word among the beginnings of words (``word_starts``, ``_key``)
LEAD_MAX = 24  # beginnings kept per word; a longer beginning before a wildcard is no key
_KEYS: dict[re.Pattern, frozenset[str]] = {}  # compiled cues -> a key per cue: a text has one where any cue matches


def _word_key(word: str) -> str | None:
    """What a word of the text is where the cue word ``word`` matches it: its leading run of word characters,
    marked WHOLE unless a wildcard follows the run right away (then the text's word begins with it); None when the
    cue word starts with punctuation or is only a wildcard."""
    literal = fold(word[:-1] if word.endswith("*") else word)
    m = WORD_RUN.match(literal)
    if m is None:
        return None
    if m.end() < len(literal) or not word.endswith("*"):
        return m.group() + WHOLE  # punctuation, a space or the cue's end follows the run: the word is the run
    return m.group()[:LEAD_MAX]


def _key(cue: str) -> str | None:
    """One word every match of ``cue`` has (``_word_key``): the longest of its words' (whole words first, which
    are rarer than beginnings), or None when no word gives one."""
    keys = [k for k in map(_word_key, cue.split()) if k is not None]
    return max(keys, key=lambda k: (k.endswith(WHOLE), len(k)), default=None)


def _raw_keys(pattern: str) -> set[str] | None:
    """Beginnings of words one of which every match of a raw regular expression has: the literal letters it puts
    right after a word boundary or a space (or the alternatives of a group there), the longest such; None when it
    has none (then it may match anywhere)."""
    from re import _constants as sre, _parser  # the standard library's own reading of the expression

    def letters(items) -> str:
        run = ""
        for op, av in items:
            if op != sre.LITERAL or WORD_RUN.match(chr(av)) is None:
                break
            run += chr(av)
        return run[:LEAD_MAX]

    def leading(items) -> set[str] | None:
        if not items:
            return None
        op, av = items[0]
        if op == sre.LITERAL:
            return {letters(items)} if letters(items) else None
        if op == sre.SUBPATTERN and not av[1] and not av[2]:
            return leading(list(av[3]))
        if op == sre.BRANCH:
            alternatives = [leading(list(alt)) for alt in av[1]]
            return None if any(a is None for a in alternatives) else set().union(*alternatives)
        return None

    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - an expression the parser reads otherwise than expected is always searched
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):  # letters that match in another case, or not literally
        return None
    items = list(parsed)
    best: set[str] | None = None
    word_start = False  # the item at hand begins a word of the text when it begins with a letter
    for k, (op, av) in enumerate(items):
        if word_start:
            found = leading(items[k:])
            if found and (best is None or min(map(len, found)) > min(map(len, best))):
                best = found
        word_start = (op == sre.AT and av == sre.AT_BOUNDARY) or (
            op == sre.LITERAL and WORD_RUN.match(chr(av)) is None)
    return best


def compile_cues(cues: Iterable[str], patterns: Iterable[str] = ()) -> re.Pattern | None:
    """One alternation regex for every cue phrase and raw pattern, or None when there are none."""
    parts = []
    keys: set[str] | None = set()
    for cue in cues:
        words = cue.split()
        if words:
            parts.append(r"(?<![\w])" + r"[\s\-–—]+".join(_word(w) for w in words) + r"(?![\w])")
            key = _key(cue)
            keys = None if key is None or keys is None else keys | {key}
    patterns = list(patterns)
    parts.extend(f"(?:{fold(p)})" for p in patterns)
    if not parts:
        return None
    # Longer alternatives first so "so-called experts" wins over "so-called".
    parts.sort(key=len, reverse=True)
    compiled = re.compile("|".join(parts), re.UNICODE)
    for raw in patterns:
        found = _raw_keys(fold(raw))
        keys = None if found is None or keys is None else keys | found
    if keys is not None:  # (a cue or raw pattern without a key may match anywhere: such regexes are always searched)
        _KEYS[compiled] = frozenset(keys)
    return compiled


@lru_cache(maxsize=8192)
def word_starts(text: str) -> frozenset[str]:
    """The words of the folded ``text`` (marked WHOLE) and every beginning of them up to LEAD_MAX letters."""
    words = set(WORD_RUN.findall(fold(text)))
    return frozenset({w + WHOLE for w in words} | {w[:k] for w in words for k in range(1, min(len(w), LEAD_MAX) + 1)})


def find(pattern: re.Pattern | None, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-overlapping cue match in ``text``."""
    if pattern is None:
        return
    keys = _KEYS.get(pattern)
    if keys is not None and keys.isdisjoint(word_starts(text)):
        return  # the text lacks a word of every cue
    for m in pattern.finditer(fold(text)):
        if m.end() > m.start():
            yield m.start(), m.end()


@lru_cache(maxsize=None)
def table(code: str | None, section: str) -> dict[str, re.Pattern | None]:
    """Compiled cues of one section of ``framing.toml`` ({name: regex}); nested ``patterns`` tables are merged in."""
    data = lang.data(code, "framing").get(section, {})
    raw = data.get("patterns", {}) if isinstance(data.get("patterns"), dict) else {}
    out: dict[str, re.Pattern | None] = {}
    for name, cues in data.items():
        if name == "patterns" or not isinstance(cues, list):
            continue
        out[name] = compile_cues(cues, raw.get(name, ()))
    for name, pats in raw.items():
        if name not in out:
            out[name] = compile_cues((), pats)
    return out


DIALOGUE_DASH = re.compile(r"^[—–―][ \u00a0][^\n]*", re.M)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: text inside quotation marks (outermost pairs) and dialogue paragraphs opened by a dash."""
    # Russian, Ukrainian, Bulgarian... print direct speech as a paragraph opened by a dash, without quote marks.
    spans: list[tuple[int, int]] = [m.span() for m in DIALOGUE_DASH.finditer(text)]
    i, n = 0, len(text)
    while i < n:
        close = QUOTE_PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        depth, j, stop = 1, i + 1, min(n, i + MAX_QUOTE_CHARS)
        while j < stop and depth and text[j] != "\n":  # quotes do not run across paragraphs
            if text[j] == close and (close != text[i] or depth == 1):
                depth -= 1
            elif text[j] == text[i] and close != text[i]:
                depth += 1
            j += 1
        if depth == 0:
            spans.append((i, j))
            i = j
        else:
            i += 1  # an unmatched mark: skip it rather than swallow the rest of the text
    return spans


class SpanIndex:
    """Spans sorted into layers of disjoint ones, so a lookup costs a bisection per layer, not a pass over all.

    Quoted spans overlap only a few deep (a quotation inside a dialogue paragraph, the same quotation found by
    the quotes stage), so there are few layers.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.layers: list[list[tuple[int, int]]] = []
        for span in sorted(spans):
            layer = next((la for la in self.layers if la[-1][1] <= span[0]), None)
            if layer is None:
                self.layers.append([span])
            else:
                layer.append(span)
        self._ends = [[b for _, b in la] for la in self.layers]

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Every span sharing at least one character with [start, end)."""
        for layer, ends in zip(self.layers, self._ends):
            i = bisect_right(ends, start)
            while i < len(layer) and layer[i][0] < end:
                yield layer[i]
                i += 1

    def chars_in(self, start: int, end: int) -> int:
        """Characters of [start, end) inside the spans, counted once per span holding them."""
        return sum(min(end, b) - max(start, a) for a, b in self.overlapping(start, end))


Quoted = SpanIndex | Sequence[tuple[int, int]]


def index(spans: Quoted) -> SpanIndex:
    return spans if isinstance(spans, SpanIndex) else SpanIndex(spans)


def inside(start: int, end: int, spans: Quoted) -> bool:
    """Whether [start, end) lies mostly inside one of ``spans`` (build a ``SpanIndex`` once when asking often)."""
    for a, b in index(spans).overlapping(start, end):
        overlap = min(end, b) - max(start, a)
        if overlap > 0 and overlap >= 0.5 * (end - start):
            return True
    return False
