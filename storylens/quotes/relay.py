"""A relaying verb after a quotation: an agency or outlet passing on words is not who said them.

"«…», a cité MIA Rossiya Segodnya, l'attachée de presse …", "«…», — цитирует РИА Новости пресс-секретаря X",
"„…“, zitiert die dpa den Kremlsprecher X": the person or role the attribution names after the agency speaks;
"«…», — передает ТАСС" names nobody: the words stay with whoever spoke last, not the agency.
"""
from __future__ import annotations

from .cues import Token
from .document import PUNCT_GAP, Cand, Doc
from .speakers import candidates


def _relaying(doc: Doc, toks: list[Token], vi: int, vj: int) -> bool:
    return any(t.low in doc.cues.relaying for t in toks[vi:vj])


def _outlet(doc: Doc, cand: Cand, hi: int) -> int | None:
    """Where the body a subject names ends, when the subject is a body (an agency, a newspaper: "l'agence TASS") or
    opens with one ("РИА Новости официального представителя МИД …"); a name no recogniser typed a person that runs
    into a body's name is the start of that name ("MIA Rossiya Segodnya")."""
    if cand.kind == "organisation" or cand.kind == "named" and not cand.person:
        return cand.end
    bodies = [c for c in candidates(doc, cand.start, hi) if c.kind == "organisation" and not c.place]
    opening = [c for c in bodies if c.start == cand.start and c.end < cand.end]
    if opening:
        return opening[0].end
    if cand.guess:
        run = [c for c in bodies if c.start >= cand.end and not doc.gap(cand.end, c.start).strip()]
        return run[0].end if run else None
    return None


def _linked(doc: Doc, start: int, c: Cand) -> bool:
    """Whether a candidate only qualifies a phrase before it, after a preposition ("l'attachée de presse du
    président russe": not the president)."""
    cues = doc.cues
    before = [t for t in doc.toks(start, c.start) if t.low not in cues.definite][-1:]
    return bool(before) and not PUNCT_GAP.search(doc.gap(before[0].end, c.start)) \
        and (before[0].low in cues.role_links or before[0].low in cues.np_stops)


def relayed(doc: Doc, toks: list[Token], vi: int, vj: int, cand: Cand | None, hi: int) -> Cand | None:
    """The speaker of a quotation whose attribution is a relaying verb with ``cand`` its subject."""
    if cand is None or not doc.cues.relaying or not _relaying(doc, toks, vi, vj):
        return cand
    body_end = _outlet(doc, cand, hi)
    if body_end is None:
        return cand
    start = max(body_end, toks[vj - 1].end)
    people = [c for c in candidates(doc, start, hi) if c.kind in ("named", "role") and c.person and not c.place
              and not c.guess and not _linked(doc, start, c)]
    if people:
        # (a role leads the name of its holder: "официального представителя МИД Марию Захарову")
        if len(people) > 1 and people[0].kind == "role" and people[1].kind == "named" \
                and people[1].start >= people[0].end and not doc.gap(people[0].end, people[1].start).strip():
            return people[1]
        return people[0]
    t0, t1 = toks[vi], toks[vj - 1]
    return Cand(t0.start, t1.end, doc.art.text[t0.start:t1.end], "pronoun",
                gender=doc.cues.verb_gender(t1.low), person=True, zero=True)
