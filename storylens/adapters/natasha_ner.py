"""Russian named entities with natasha/slovnet (NewsNERTagger), behind the recogniser interface.

Loading takes about a second and 200 MB; build one ``NatashaNER`` per run
(through ``ctx.resource``) and feed it many texts at once.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from .chunks import spans_in_pieces

# natasha's labels are ours already; kept explicit so a new label cannot slip through unmapped
_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}

Span = tuple[int, int, str]


class NatashaNER:
    """Spans (start, end, type) of persons, organisations and places in Russian text."""

    name = "natasha"

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger

        self._tagger = NewsNERTagger(NewsEmbedding())

    def spans(self, texts: Sequence[str]) -> list[list[Span]]:
        """One list of spans per text, offsets into that text (long texts go through in pieces, see chunks.py)."""
        return spans_in_pieces(texts, lambda batch: [adapt_markup(m) for m in self._tagger.map(batch)])


def adapt_markup(markup) -> list[Span]:
    """natasha's markup to (start, end, type) tuples."""
    out: Iterable = getattr(markup, "spans", ())
    return [(s.start, s.stop, _TYPES[s.type]) for s in out if s.type in _TYPES]
