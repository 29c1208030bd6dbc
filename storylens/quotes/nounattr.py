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
                owner = owners[0]
                if owner.kind == "role" and len(owners) > 1 and owners[1].kind == "named" and owners[1].person \
                        and len(doc.toks(owner.end, owners[1].start)) <= 1:
                    owner = owners[1]  # "the response from the minister Anna Weber": the role's holder
                if not (owner.kind == "named" and owner.entity) and text[end:end + 1] == ",":
                    # a title chain, then its holder after a comma ("the response from the First Deputy Chairman
                    # of the Committee, Anna Weber")
                    after = [c for c in candidates(doc, end + 1, phrase_end(text, end + 1, hi))
                             if c.kind == "named" and c.person and c.entity]
                    if after and not doc.toks(end + 1, after[0].start):
                        owner = after[0]
                return t, owner
            return None
    return None
