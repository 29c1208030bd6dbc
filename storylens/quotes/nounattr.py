"""A quotation attributed by a noun phrase after it: "“…”, le prime parole di X", "„…” – słowa premiera"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import Token
from .document import Cand
from .speakers import candidates
from .subjects import phrase_end

if TYPE_CHECKING:  # (extract imports this module: the types only)
    from .extract import Extractor

MAX_BEFORE_NOUN = 4  # "son las", "le prime", "takie były": what may stand before the noun
MAX_TO_OWNER = 4  # "di Papa X", "de la ministra X": words between the noun and whose words they are
SEPARATORS = ",–—-"


def noun_attribution(ex: "Extractor", outer_end: int, nxt: int) -> tuple[Token, Cand] | None:
    """The noun ("parole", "słowa", "palabras") and the speaker of a quotation followed by a comma or dash, a few
    lower-case words and a speech noun owned by a person or body ("…», son las palabras de la ministra X")."""
    doc = ex.doc
    cues, text = doc.cues, doc.art.text
    if not cues.speech_nouns:
        return None
    first = outer_end
    while first < nxt and text[first].isspace():
        first += 1
    inner_end = outer_end - 1
    while inner_end > 0 and not text[inner_end - 1].isalnum() and text[inner_end - 1] not in ",.!?…":
        inner_end -= 1
    if not (text[first:first + 1] in list(SEPARATORS) or text[inner_end - 1:inner_end] == ","):
        return None
    stop = doc.stop_after(outer_end, nxt)
    hi = nxt if stop is None else stop
    toks = doc.toks_from(outer_end, hi, MAX_BEFORE_NOUN + MAX_TO_OWNER + 4)
    for k, t in enumerate(toks[:MAX_BEFORE_NOUN + 1]):
        if t.low in cues.speech_nouns:
            if any(not x.text.islower() for x in toks[:k]):
                return None
            end = phrase_end(text, t.end, hi)
            owners = [c for c in candidates(doc, t.end, end) if c.kind in ("named", "role", "organisation")
                      and not c.place and not c.new]
            if owners and len(doc.toks(t.end, owners[0].start)) <= MAX_TO_OWNER:
                return t, owners[0]
            return None
    return None
