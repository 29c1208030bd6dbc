"""Long texts in pieces a model accepts, and the model's spans put back at their offsets in the whole text.

spaCy refuses a text over ``nlp.max_length`` (error E088) and needs about a
gigabyte of memory per 100,000 characters; sequence taggers slow down on very
long inputs. The recognisers therefore never see more than ``MAX_CHARS`` at a
time: a longer text is cut at a paragraph break, else a sentence end, else a
space (a hard cut only inside a token that long), and each piece's spans are
shifted back by its offset.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

MAX_CHARS = 10_000
Span = tuple[int, int, str]
# Where a piece may end, best first; each is looked for in the last half of the window.
_BREAKS = (re.compile(r"\n"), re.compile(r"[.!?…]\s"), re.compile(r"\s"))


def pieces(text: str, limit: int = MAX_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering ``text`` in order, each piece at most ``limit`` characters."""
    out, start = [], 0
    while len(text) - start > limit:
        cut = start + limit
        for pattern in _BREAKS:
            last = None
            for m in pattern.finditer(text, start + limit // 2, start + limit):
                last = m
            if last is not None:
                cut = last.end()
                break
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def spans_in_pieces(texts: Sequence[str], run: Callable[[list[str]], list[list[Span]]],
                    limit: int = MAX_CHARS) -> list[list[Span]]:
    """``run`` (texts -> spans per text) over texts of any length, through pieces of at most ``limit`` characters."""
    if all(len(t) <= limit for t in texts):
        return run(list(texts))
    flat: list[str] = []
    owner: list[tuple[int, int]] = []
    for i, t in enumerate(texts):
        for offset, piece in pieces(t, limit):
            flat.append(piece)
            owner.append((i, offset))
    out: list[list[Span]] = [[] for _ in texts]
    for (i, offset), spans in zip(owner, run(flat)):
        out[i].extend((a + offset, b + offset, kind) for a, b, kind in spans)
    return out
