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


def compile_cues(cues: Iterable[str], patterns: Iterable[str] = ()) -> re.Pattern | None:
    """One alternation regex for every cue phrase and raw pattern, or None when there are none."""
    parts = []
    for cue in cues:
        words = cue.split()
        if words:
            parts.append(r"(?<![\w])" + r"[\s\-–—]+".join(_word(w) for w in words) + r"(?![\w])")
    parts.extend(f"(?:{fold(p)})" for p in patterns)
    if not parts:
        return None
    # Longer alternatives first so "so-called experts" wins over "so-called".
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts), re.UNICODE)


def find(pattern: re.Pattern | None, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-overlapping cue match in ``text``."""
    if pattern is None:
        return
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
