"""Candidate mentions under recognition: one sentence, its candidate spans and the word tests rules share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Gazetteer
from .kit import TOKEN, Kit, script

_ACRONYM = re.compile(r"^[^\W\d_]{2,6}\d{0,3}$")
_ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass(slots=True)
class Cand:
    """A candidate mention: absolute offsets into the article text."""

    start: int
    end: int
    type: str
    source: str
    rule: str = ""
    link: tuple[int, int] | None = None  # offsets of the name this acronym abbreviates (set by acronym rules)
    nested: bool = False  # a name inside a longer one ("Китая" in "правительства Китая"), kept as its own mention


@dataclass
class Sent:
    """One body sentence under recognition."""

    text: str  # the article text (offsets are absolute)
    start: int
    end: int
    kit: Kit
    gaz: Gazetteer
    modelled: bool  # a statistical recogniser covered this sentence
    cands: list[Cand] = field(default_factory=list)

    def tokens(self) -> list[tuple[int, int, str]]:
        return [(self.start + m.start(), self.start + m.end(), m.group()) for m in TOKEN.finditer(self.text[self.start:self.end])]

    def main_script(self) -> str | None:
        counts: dict[str, int] = {}
        for _s, _e, w in self.tokens():
            sc = script(w)
            if sc:
                counts[sc] = counts.get(sc, 0) + len(w)
        return max(counts, key=counts.get) if counts else None


def covered(cands: list[Cand], start: int, end: int) -> bool:
    """Does a candidate that is not nested in another overlap [start, end)?"""
    return any(c.start < end and start < c.end and not c.nested for c in cands)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(_ACRONYM.match(word)) and all(c.isupper() for c in letters) and not _ROMAN.match(word)


def is_camel(word: str) -> bool:
    """Words with a capital inside (ВФокусе, iPhone, McDonald) are names, not ordinary words."""
    return len(word) > 2 and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
