"""Whether two quotes' speakers may be one source: they agree, nothing says (open), or they differ.

Names agree through their surnames (of the story's entity, or of the name as
written when it is not linked), compared as romanised skeletons that tolerate a
case ending ("Пєскова", "Tuska", "Sikorskiego") and a letter or two that
romanisations spell differently (Μακρόν "makron" / Macron, Τραμπ "tramp" /
Trump, Selenskyj / Zelensky). Two sources differ only when both are persons
named at the cue with names that do not agree, or two organisations; a role
("the French president"), a pronoun or a description never differs from a
name: its resolution may have failed, so the statement's words decide.

Weaker than agreement (``LIKE``): two descriptions sharing a word's stem when
romanised ("a police spokeswoman" / "rzecznik policji"), or as close as
translations of one description are in the embedding space (where "police
spokesman" scores 0.89 against "the prosecutor"); and a pronoun or role
left unresolved while the other version's named speaker is mentioned just
before the quote. A pronoun or role resolved to another person than the other
version names is a clash: the two are not linked however alike their words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import Levenshtein

from ..adapters.translit import skeleton
from ..disjoint import DisjointSets
from ..model import Entity, Quote, Report, Speaker
from .cues import cues_for
from .sanity import Sanity

NEARBY_CHARS = 2000  # a pronoun or role refers to a person named this far before the quote (about 15 sentences)
# translations of one description score 0.91-0.97 ("an unnamed city engineer" / "неназванный городской инженер"),
# different roles up to 0.89 ("police spokesman" / "the prosecutor"); some translations lower (0.88): then open
DESCRIPTION_MIN = 0.90
WORD_MIN = 5  # description words shorter than this are articles, prepositions, pronouns
STEM = 4  # the stem two descriptions' words share across languages: "polic(e)" / "polic(ji)", "kazah" / "kazakh"
SURNAME_MIN = 4  # shorter surname skeletons are too often another word's start
ENDING_MAX = 3  # a case ending: "Пєскова", "Путіним" against "Peskov", "Putin"
LONG_SURNAME = 7  # from this length a surname may differ in two letters (Selenskyj / Zelensky), before in one
PEOPLE = ("named", "pronoun", "role")
NAME_WORD = 4  # the words of an organisation's name that name it: "Post", "Centre"; shorter ones are "of", "the"
ACRONYM = re.compile(r"^[^\W\d_]{2,6}$")  # "NSS", "ДСНС", "ГСЧС": an organisation's initials
AGREE, LIKE, OPEN, CLASH, DIFFER = 3, 2, 1, 0, -1


@dataclass(frozen=True, slots=True)
class Who:
    """Whom a quote's speaker names: surname skeletons; a person for sure; an organisation speaking as itself."""

    surnames: frozenset[str] = frozenset()
    person: bool = False  # a person entity named at the cue: a pronoun or role resolved to it may be wrong
    body: str | None = None  # the entity of an organisation speaking in its own name
    nearby: frozenset[str] = frozenset()  # a pronoun or role: surnames of the persons named just before the quote


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


def _keys(ent, language: dict) -> frozenset[str]:
    names = {(m.text, language.get(m.article)) for m in ent.mentions} | {(n, None) for n in ent.names}
    return frozenset(k for n, lang in names if len(k := _surname(n, lang)) >= SURNAME_MIN)


def _persons_before(report: Report, language: dict) -> dict[str, list[tuple[int, str]]]:
    """Per article, (offset, surname) of every mention of a person entity (or a name typed MISC: recognisers often
    type a foreign name so), in text order."""
    out: dict[str, list[tuple[int, str]]] = {}
    for ent in report.entities:
        if ent.type not in ("PER", "MISC"):
            continue
        for m in ent.mentions:
            key = _surname(m.text, language.get(m.article))
            if len(key) >= SURNAME_MIN:
                out.setdefault(m.article, []).append((m.start, key))
    for marks in out.values():
        marks.sort()
    return out


def named_in(report: Report) -> dict[str, set[str]]:
    """Per article, the surnames of the persons it mentions."""
    language = {a.id: a.language for a in report.articles}
    return {a: {k for _, k in marks} for a, marks in _persons_before(report, language).items()}


def _name_words(name: str) -> frozenset[str]:
    """The romanised stems of a name's words of NAME_WORD letters up (as written: a skeleton may be shorter)."""
    return frozenset(skeleton(w)[:NAME_WORD] for w in re.findall(r"[^\W_]+", name) if len(w) >= NAME_WORD)


def _initials(name: str) -> str:
    """The initials of a name of several words ("Державна служба з надзвичайних ситуацій" -> "дснс"), short words
    ("з", "of", "по") left out; "" for a name of one word."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if len(w) >= 3]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def _within(a: list[str], b: list[str]) -> bool:
    """A name of ``a`` is within a name of ``b``: each of its words is there ("Post" / "The Washington Post"), or it is
    the initials of one ("ДСНС" / "Державна служба з надзвичайних ситуацій")."""
    wa, wb = [_name_words(n) for n in a], [_name_words(n) for n in b]
    if any(x and y and x <= y for x in wa for y in wb):
        return True
    acronyms = {n.casefold() for n in a if ACRONYM.match(n) and n.isupper()}
    return bool(acronyms & {_initials(n) for n in b})


def one_body(a: list[str], b: list[str]) -> bool:
    """Two organisations' names name one body: a name of one is within a name of the other (``_within``: "Post" /
    "The Washington Post", "ГСЧС" / "ГСЧС Украины", "National Cybersecurity Centre" / "Portuguese National
    Cybersecurity Center", "ДСНС" / "Державна служба з надзвичайних ситуацій"). Names that only translate each
    other are not enough: the European Commission and the European Central Bank are as alike in the embedding space
    as a name and its translation."""
    return _within(a, b) or _within(b, a)


def bodies(quotes: list[Quote], report: Report) -> dict[str, str]:
    """Each organisation entity a quote's speaker names -> one id per body: the story's entities stage may keep an
    organisation and its acronym, or its names in two languages, as two entities (``one_body``). A short name within
    two bodies that are not one ("Post" in "The Washington Post" and "New York Post") joins neither."""
    entities = {e.id: e for e in report.entities}
    speaking = sorted({q.speaker.entity for q in quotes if q.speaker.entity in entities
                       and entities[q.speaker.entity].type == "ORG"})
    names = [_org_names(entities[e]) for e in speaking]
    n = len(speaking)
    inside = [[j for j in range(n) if j != i and _within(names[i], names[j])] for i in range(n)]
    vague = {i for i in range(n) if any(not one_body(names[j], names[k]) for j in inside[i] for k in inside[i] if j < k)}
    sets = DisjointSets(n)
    for i in range(n):
        for j in inside[i]:
            if i not in vague or i in inside[j]:
                sets.union(i, j)
    return {e: speaking[sets.find(i)] for i, e in enumerate(speaking)}


def _org_names(ent: Entity) -> list[str]:
    return sorted({ent.name, *ent.names})


def who_of(quotes: list[Quote], report: Report, sanity: Sanity | None = None) -> list[Who]:
    """Each quote's speaker: its entity's surnames (every name the story gives it), else the name as written."""
    language = {a.id: a.language for a in report.articles}
    entities = {e.id: e for e in report.entities}
    persons = _persons_before(report, language)
    body = bodies(quotes, report)
    sanity = sanity or Sanity(report)
    out = []
    for q in quotes:
        s = q.speaker
        if sanity(s, q.article):  # a common word or a credit line taken for the speaker: nothing is known
            out.append(Who())
            continue
        ent = entities.get(s.entity) if s.entity else None
        near = frozenset()
        if s.kind in ("pronoun", "role") and (ent is None or ent.type != "PER") \
                and open_for_one(s, language.get(q.article)):
            # unresolved, or resolved to no person (a pronoun taken for a medium, a party or a post's author typed
            # MISC or ORG): a person named just before may be the speaker
            near = frozenset(k for at, k in persons.get(q.article, ()) if q.start - NEARBY_CHARS <= at < q.end)
        if s.kind in ("pronoun", "role") and ent is not None:
            # the words the pronoun or role was resolved to may name another person than their entity does (an
            # entity holding "Путіна Дмитро Пєсков", Putin's spokesman Peskov): that person may be the speaker
            written = _surname(s.text, language.get(q.article))
            keys = _keys(ent, language)
            if len(written) >= SURNAME_MIN and not any(same_surname(written, k) for k in keys):
                near |= {written}
        if ent is not None and ent.type == "ORG" and s.kind in ("named", "organisation"):
            out.append(Who(body=body.get(ent.id, ent.id)))
        elif s.kind not in PEOPLE:
            out.append(Who())
        elif ent is not None:  # MISC too: names are often typed MISC in some languages ("Según Peskov")
            out.append(Who(_keys(ent, language), ent.type == "PER" and s.kind == "named", nearby=near))
        elif s.kind == "named":
            key = _surname(s.text, language.get(q.article))
            # a name at the cue is a person for sure, even when the story did not link it to an entity
            long_enough = len(key) >= SURNAME_MIN
            out.append(Who(frozenset([key]) if long_enough else frozenset(), person=long_enough))
        else:
            out.append(Who(nearby=near))
    return out


def open_for_one(sp: Speaker, language: str | None) -> bool:
    """Whether a pronoun or role speaker with no entity may still be one person named near it: not resolved to a
    description ("a senior official … he said"), not plural ("they", "officials"), not a role naming whom it works
    for ("a spokesman for X", "X's lawyer": X is the one person it is not)."""
    cues = cues_for(language)
    if cues is None:
        return True
    words = cues.tokens(sp.as_written or sp.text)
    if not words:
        return False
    if sp.kind == "pronoun":
        if any("pl" in (cues.pronouns.get(w.low), cues.possessives.get(w.low)) for w in words):
            return False
        # resolved to an antecedent the story names by no entity: a description (lower case, or a role phrase)
        if sp.as_written and sp.text != sp.as_written:
            said = cues.tokens(sp.text)
            if not said or not said[0].text[:1].isupper() or any(cues.role(w.low) for w in said):
                return False
        return True
    at = next((i for i, w in enumerate(words) if cues.role(w.low)), None)
    if at is None:
        return True
    role = cues.role(words[at].low)
    if role in cues.anonymous or cues.plural(words[at].low, role) or any(w.low in cues.indefinite for w in words):
        return False
    before = (sp.as_written or sp.text)[:words[at].start]
    if re.search(r"\w['’]s?\s*$", before.rstrip()) and any(w.text[:1].isupper() for w in words[:at]):
        return False  # "Sunak's spokesman"
    tail = words[at + 1:]
    return not (len(tail) >= 2 and tail[0].low in cues.role_links and any(w.text[:1].isupper() for w in tail[1:]))


@lru_cache(maxsize=65536)
def agree(a: Who, b: Who) -> bool:
    return any(same_surname(x, y) for x in a.surnames for y in b.surnames)


def could_be(a: Who, b: Who) -> bool:
    """A pronoun or role of one version may be the other's named speaker: that name is just before the quote."""
    return any(same_surname(x, y) for x in a.nearby for y in b.surnames) or \
        any(same_surname(x, y) for x in b.nearby for y in a.surnames)


def _described(q: Quote) -> str:
    """The words describing a speaker: the role noun at the cue, else the text (a pronoun's antecedent, say); a role
    whose text is a longer description holding that noun is the description ("Sunaks Sprecher": whose spokesman)."""
    sp = q.speaker
    if sp.kind == "role" and sp.as_written and not (sp.entity is None and sp.as_written.casefold() in sp.text.casefold()):
        return sp.as_written
    return sp.text


def differ(a: Who, b: Who) -> bool:
    """Two persons named at the cue whose names do not agree, or two organisations."""
    if a.body and b.body:
        return a.body != b.body
    return a.person and b.person and bool(a.surnames) and bool(b.surnames) and not agree(a, b)


class Relations:
    """The relation (``AGREE``, ``LIKE``, ``OPEN``, ``CLASH``, ``DIFFER``) of two quotes' speakers, worked out once."""

    def __init__(self, quotes: list[Quote], report: Report, embed=None) -> None:
        self.quotes = quotes
        sanity = Sanity(report)
        self.junk = [sanity(q.speaker, q.article) for q in quotes]  # a common word or credit line: nothing known
        self.who = who_of(quotes, report, sanity)
        self.language = {a.id: a.language for a in report.articles}
        described = sorted({_described(q) for q in quotes if not (q.speaker.entity or q.speaker.kind == "named")})
        vecs = embed(described) if embed and described else []
        self.description_vec = {d: v / max(float(np.linalg.norm(v)), 1e-12) for d, v in zip(described, vecs)}
        # the relation reads only a quote's speaker entity, its ``Who``, its described speaker and its language:
        # quotes alike in these relate alike to every other quote, so a story's many versions of one speaker's
        # quotes are one kind and the relation is worked out once per pair of kinds
        kinds: dict[tuple, int] = {}
        self._kind = [kinds.setdefault((q.speaker.entity, w, _described(q), self.language.get(q.article), junk),
                                       len(kinds)) for q, w, junk in zip(quotes, self.who, self.junk)]
        self._seen: dict[tuple[int, int], int] = {}

    def __call__(self, i: int, j: int) -> int:
        a, b = self._kind[i], self._kind[j]
        key = (a, b) if a < b else (b, a)
        rel = self._seen.get(key)
        if rel is None:
            rel = self._seen[key] = self._relation(i, j)
        return rel

    def _words(self, i: int) -> set[str]:
        """Stems (romanised) of the content words of quote ``i``'s speaker description."""
        text = skeleton(_described(self.quotes[i]), self.language.get(self.quotes[i].article))
        return {w[:STEM] for w in text.split() if len(w) >= WORD_MIN}

    def named(self, i: int) -> bool:
        """Quote ``i``'s speaker is a name or an entity, not only a description or an unresolved pronoun."""
        who = self.who[i]
        return not self.junk[i] and bool(self.quotes[i].speaker.entity or who.surnames or who.body)

    def _relation(self, i: int, j: int) -> int:
        p, q = self.quotes[i].speaker, self.quotes[j].speaker
        a, b = self.who[i], self.who[j]
        if self.junk[i] or self.junk[j]:
            return OPEN  # a speaker naming no one (``sanity``) tells nothing: the words decide
        if differ(a, b):
            return DIFFER
        if (p.entity and p.entity == q.entity) or (a.body and a.body == b.body):
            return AGREE
        if a.surnames and b.surnames:
            # two names that do not agree, one of them only a pronoun or role resolved to it: two sources (a story
            # names several people near every quote, so the other name nearby does not say the resolution erred),
            # unless the resolution is suspect: a pronoun or role resolved to no person while the other version's
            # speaker is named just before it, or to words naming the other version's speaker (``who_of``)
            if agree(a, b):
                return AGREE
            return OPEN if could_be(a, b) else CLASH
        if could_be(a, b):  # an unresolved pronoun or role, the other version's speaker named just before it
            return LIKE
        if p.entity or q.entity or a.body or b.body or a.surnames or b.surnames:
            # a name or an entity against a description, or two entities the entities stage kept apart
            return OPEN
        # two descriptions: alike when they share a word's stem, in any script ("police spokeswoman" / "rzecznik
        # policji", "Kazakh military official" / "казахстанский военный"), or translate each other closely
        if self._words(i) & self._words(j):
            return LIKE
        x = self.description_vec.get(_described(self.quotes[i]))
        y = self.description_vec.get(_described(self.quotes[j]))
        return LIKE if x is not None and y is not None and float(x @ y) >= DESCRIPTION_MIN else OPEN
