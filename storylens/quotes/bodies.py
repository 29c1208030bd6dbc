"""A body described by a common noun ("the company", "a companhia", "şirket") resolved to the one body named just before."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention

if TYPE_CHECKING:  # (resolve imports this module: the types only)
    from .document import Cand, Doc


def name_shaped(doc: "Doc", text: str) -> bool:
    """Whether a name reads as a person's: two to four capitalised words, none in capitals or an organisation noun."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() and doc.cues.organisation(doc.cues.norm(w))
                                        is None for w in words)


def _body_like(doc: "Doc", m: Mention) -> bool:
    """An organisation, or a name typed MISC that is no person and stands after no preposition ("em Vinhedo")."""
    if m.entity is None or doc.person(m):
        return False
    if m.type == "ORG":
        return True
    if m.type != "MISC":
        return False
    if name_shaped(doc, m.text):
        return False  # a person's name typed MISC ("Taleb Al Abdulmohsen") is no body a noun like "la polizia" means
    before = doc.toks(max(0, m.start - 20), m.start)[-1:]
    return not (before and before[0].text.islower() and len(before[0].low) <= 3
                and before[0].low in doc.cues.np_stops and before[0].low not in doc.cues.definite)


def body_before(doc: "Doc", c: "Cand") -> Mention | None:
    """The one body named in the sentence before a definite organisation noun or earlier in its own sentence
    ("A Voepass havia confirmado … Mas a empresa confirmou"): of two bodies the noun may mean either, so none (one
    named inside the quotation counts too: «“A VoePass acionou …”, disse a empresa» after a sentence on firemen)."""
    start = doc.window_start(c.start, 1)
    bodies = [m for m in doc.mentions_in(start, c.start) if _body_like(doc, m)]
    if len({m.entity for m in bodies}) != 1 or doc.quoted(bodies[-1].start):
        return None
    return bodies[-1]


def quoted_rival(doc: "Doc", c: "Cand", entity: str | None) -> bool:
    """Whether the quotation in the noun's own sentence names another body than ``entity``: the noun may mean
    either («“A VoePass acionou …”, disse a empresa» after a sentence on firemen); not when it names that body too
    ("“… the European Commission unfairly targeting Apple …,” the company said" after Apple announced)."""
    quoted = [m.entity for m in doc.mentions_in(doc.window_start(c.start, 0), c.start)
              if _body_like(doc, m) and doc.quoted(m.start)]
    return entity not in quoted and any(e != entity for e in quoted)
