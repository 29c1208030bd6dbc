"""A name in a source phrase ("d'après X, Y a répété …"): X is who speaks in the sentence, Y who is spoken of."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (resolve imports this module: the types only)
    from .document import Doc


def in_source_phrase(doc: "Doc", start: int, end: int) -> bool:
    """Whether the words around ``[start, end)`` make it the slot of one of the language's source phrases."""
    cues, text = doc.cues, doc.art.text
    before = [t.low for t in cues.tokens(text, max(0, start - 40), start)]
    after = [t.low for t in cues.tokens(text, end, min(len(text), end + 40))]
    for pre, post in cues.sources:
        if not pre and not post:
            continue
        if (not pre or tuple(before[-len(pre):]) == pre) and (not post or tuple(after[:len(post)]) == post):
            return True
    return False
