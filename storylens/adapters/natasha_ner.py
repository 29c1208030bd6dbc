"""Russian named entities with natasha/slovnet (NewsNERTagger), behind the recogniser interface.

Loading takes about a second and 200 MB; build one ``NatashaNER`` per run
(through ``ctx.resource``) and feed it many texts at once.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from .chunks import spans_in_pieces

# natasha's labels are ours already; kept explicit so a new label cannot slip through unmapped
_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
# Texts per model call. natasha's own default of 8 spends most of its time on each call's numpy set-up: on
# one-sentence texts 256 per call cost a fifth of the CPU, and the tags are the same (slovnet masks the padding).
BATCH = 256
PADDED_CHARS = 64_000  # at most this many characters (texts x the longest) in one call, so memory stays bounded

Span = tuple[int, int, str]


class NatashaNER:
    """Spans (start, end, type) of persons, organisations and places in Russian text."""

    name = "natasha"

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger

        self._tagger = NewsNERTagger(NewsEmbedding())

    def spans(self, texts: Sequence[str]) -> list[list[Span]]:
        """One list of spans per text, offsets into that text (long texts go through in pieces, see chunks.py)."""
        return spans_in_pieces(texts, self._spans)

    def _spans(self, texts: list[str]) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in texts]
        for batch in batches(texts):
            # slovnet chops a call into batches twice (its API, then its encoder): one call here is one batch there
            self._tagger.batch_size = self._tagger.infer.encoder.batch_size = len(batch)
            for i, markup in zip(batch, self._tagger.map([texts[i] for i in batch])):
                out[i] = adapt_markup(markup)
        return out


def batches(texts: Sequence[str], size: int = BATCH, padded: int = PADDED_CHARS) -> list[list[int]]:
    """Indices of ``texts`` in batches of like length (shortest first): each text is padded to its batch's longest."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: list[list[int]] = []
    for i in order:
        if out and len(out[-1]) < size and (len(out[-1]) + 1) * max(len(texts[i]), 1) <= padded:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def adapt_markup(markup) -> list[Span]:
    """natasha's markup to (start, end, type) tuples."""
    out: Iterable = getattr(markup, "spans", ())
    return [(s.start, s.stop, _TYPES[s.type]) for s in out if s.type in _TYPES]
