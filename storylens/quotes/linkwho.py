"""Whether two quotes' speakers may be one source: they agree, nothing says (open), or they differ.

Names agree through their surnames (of the story's entity, or of the name as
written when it is not linked), compared as romanised skeletons that tolerate a
case ending ("Пєскова", "Tuska", "Sikorskiego") and a letter or two that
romanisations spell differently (Μακρόν "makron" / Macron, Τραμπ "tramp" /
Trump, Selenskyj / Zelensky). A speaker without a name (a description, an
unresolved pronoun) agrees when its description is close in the embedding
space. Two sources differ only when both are persons named at the cue with
names that do not agree, or two organisations; a role ("the French president"),
a pronoun or a description never differs from a name: its resolution may have
failed, so the statement's words decide.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..adapters.translit import skeleton
from ..model import Quote, Report

SPEAKER_MIN = 0.85  # descriptions of the same source across languages score ~0.89, different people <= 0.81
SURNAME_MIN = 4  # shorter surname skeletons are too often another word's start
ENDING_MAX = 3  # a case ending: "Пєскова", "Путіним" against "Peskov", "Putin"
LONG_SURNAME = 7  # from this length a surname may differ in two letters (Selenskyj / Zelensky), before in one
PEOPLE = ("named", "pronoun", "role")
AGREE, OPEN, CLASH, DIFFER = 2, 1, 0, -1


@dataclass(frozen=True, slots=True)
class Who:
    """Whom a quote's speaker names: surname skeletons; a person for sure; an organisation speaking as itself."""

    surnames: frozenset[str] = frozenset()
    person: bool = False  # a person entity named at the cue: a pronoun or role resolved to it may be wrong
    body: str | None = None  # the entity of an organisation speaking in its own name


def _surname(name: str, language: str | None) -> str:
    words = skeleton(name, language).split()
    return words[-1] if words else ""


@lru_cache(maxsize=65536)
def same_surname(a: str, b: str) -> bool:
    """One surname in two spellings: equal, or the shorter is the longer less a case ending, up to a letter or two."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if len(short) < SURNAME_MIN:
        return False
    slack = 1 if len(short) < LONG_SURNAME else 2
    for cut in range(min(ENDING_MAX, len(long) - len(short) + slack) + 1):
        # the ending and the spelling together change at most ENDING_MAX letters (Merz / Merza, never Mertens)
        budget = min(slack, ENDING_MAX - cut)
        if Levenshtein.distance(short, long[:len(long) - cut], score_cutoff=budget) <= budget:
            return True
    return False


def who_of(quotes: list[Quote], report: Report) -> list[Who]:
    """Each quote's speaker: its entity's surnames (every name the story gives it), else the name as written."""
    language = {a.id: a.language for a in report.articles}
    entities = {e.id: e for e in report.entities}
    out = []
    for q in quotes:
        s = q.speaker
        ent = entities.get(s.entity) if s.entity else None
        if ent is not None and ent.type == "ORG" and s.kind in ("named", "organisation"):
            out.append(Who(body=ent.id))
        elif s.kind not in PEOPLE:
            out.append(Who())
        elif ent is not None:  # MISC too: names are often typed MISC in some languages ("Según Peskov")
            names = {(m.text, language.get(m.article)) for m in ent.mentions} | {(n, None) for n in ent.names}
            keys = frozenset(k for n, lang in names if len(k := _surname(n, lang)) >= SURNAME_MIN)
            out.append(Who(keys, ent.type == "PER" and s.kind == "named"))
        elif s.kind == "named":
            key = _surname(s.text, language.get(q.article))
            # a name at the cue is a person for sure, even when the story did not link it to an entity
            long_enough = len(key) >= SURNAME_MIN
            out.append(Who(frozenset([key]) if long_enough else frozenset(), person=long_enough))
        else:
            out.append(Who())
    return out


@lru_cache(maxsize=65536)
def agree(a: Who, b: Who) -> bool:
    return any(same_surname(x, y) for x in a.surnames for y in b.surnames)


def differ(a: Who, b: Who) -> bool:
    """Two persons named at the cue whose names do not agree, or two organisations."""
    if a.body and b.body:
        return a.body != b.body
    return a.person and b.person and bool(a.surnames) and bool(b.surnames) and not agree(a, b)


class Relations:
    """The relation (``AGREE``, ``OPEN``, ``CLASH``, ``DIFFER``) of two quotes' speakers, each pair worked out once."""

    def __init__(self, quotes: list[Quote], report: Report, embed) -> None:
        self.quotes = quotes
        self.who = who_of(quotes, report)
        names = sorted({q.speaker.text for q in quotes if q.speaker.text})
        self.name_vec = dict(zip(names, embed(names))) if names else {}
        self._seen: dict[tuple[int, int], int] = {}

    def __call__(self, i: int, j: int) -> int:
        key = (i, j) if i < j else (j, i)
        if key not in self._seen:
            self._seen[key] = self._relation(i, j)
        return self._seen[key]

    def _relation(self, i: int, j: int) -> int:
        p, q = self.quotes[i].speaker, self.quotes[j].speaker
        a, b = self.who[i], self.who[j]
        if differ(a, b):
            return DIFFER
        if p.entity and p.entity == q.entity:
            return AGREE
        if a.surnames and b.surnames:
            # two names that do not agree, one of them only a pronoun or role resolved to it: probably two sources
            return AGREE if agree(a, b) else CLASH
        if p.entity and q.entity:  # two entities the entities stage kept apart: two organisations, say
            return OPEN
        if bool(a.body) != bool(b.body):
            # an organisation speaking as itself against a person described by role: a description alike ("a senior
            # Kazakh military official" ~ "Министерство обороны Казахстана") is no evidence of one source
            return OPEN
        if not p.text or not q.text:
            return OPEN
        close = float(self.name_vec[p.text] @ self.name_vec[q.text]) >= SPEAKER_MIN
        return AGREE if close else OPEN
