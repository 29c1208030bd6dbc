"""Names in an oblique position: after a preposition ("у Новом Саду", "le marché de Noël"), never a subject."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (resolve and subjects import this module: the types only)
    from .document import Doc


def after_preposition(doc: "Doc", start: int) -> bool:
    """Whether a short lower-case stop word that is no article stands right before ``start`` ("w", "de", "у")."""
    before = doc.toks(max(0, start - 12), start)[-1:]
    if not before or doc.gap(before[0].end, start).strip():
        return False
    t, cues = before[0], doc.cues
    return t.low in cues.np_stops and len(t.low) <= 3 and t.text.islower() and t.low not in cues.definite \
        and t.low not in cues.indefinite


def body_governed(doc: "Doc", start: int) -> bool:
    """Whether a preposition governs the body or place at ``start`` ("Im Parlament", "in St Peter's Square", "Nella
    Basilica", "vor dem Parlament"): where something was said, never who said it. The preposition may open the
    sentence (capitalised there) and be as long as an Italian one with its article glued on ("dalla")."""
    before = doc.toks(max(0, start - 16), start)[-1:]
    if not before or doc.gap(before[0].end, start).strip():
        return False
    t, cues = before[0], doc.cues
    opens = not doc.gap(s.start, t.start).strip() if (s := doc.art.sentence_at(t.start)) is not None else False
    return t.low in cues.np_stops and len(t.low) <= 5 and (t.text.islower() or opens) \
        and t.low not in cues.definite and t.low not in cues.indefinite
