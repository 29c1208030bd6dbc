"""Speakers resolved across a story: names its other articles taught, and a role one person of the story holds.

An article alone may leave a speaker open: "sagte er" after a surname the
recogniser missed, "la procureure" in an outlet that never names her. The
story knows more. An article with an open speaker is read again with the
story's mentions (names recognised in its other articles), and a definite role
("the prosecutor", "лидерът") goes to the one person any article of the story
introduces in that role ("Béatrice Pilloud, procureure générale").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Article, Mention, Quote, Report, Speaker
from .cues import Cues, cues_for
from .extract import Extractor
from .document import Doc
from .resolve import antecedent
from .sanity import Sanity

OPEN = ("pronoun", "unnamed", "role")
PEOPLE = ("named", "pronoun", "role")


@dataclass
class Holder:
    """A person of the story a role introduces, and the words around each introduction."""

    speaker: Speaker
    context: set[str] = field(default_factory=set)
    chain: set[str] = field(default_factory=set)  # the words of the title chains introducing them


def resolve_story(quotes: list[Quote], part: Report, mentions: dict[str, list[Mention]]) -> list[Quote]:
    """The quotes with open speakers resolved by what the whole story knows."""
    sanity = Sanity(part)
    # a credit line is no speaker however an article's recogniser typed it: read as a place, which speaks last
    places = {e.id for e in part.entities if e.type == "LOC"} | sanity.credits

    def is_open(sp: Speaker, article: str) -> bool:
        # a pronoun, role or description naming no entity; a place the story knows as one ("Canton X" typed ORG
        # in one article): a place speaks only when nothing else can; a common word taken for a name ("Mientras")
        return sp.entity is None and sp.kind in OPEN or sp.entity in places or sanity(sp, article)

    if not any(is_open(q.speaker, q.article) for q in quotes):
        return quotes
    articles = {a.id: a for a in part.articles}
    holders: dict[str, dict[str, Holder]] = {}  # role concept -> entity id -> holder
    again: dict[str, dict[tuple[int, int], Speaker]] = {}
    docs: dict[str, Doc] = {}
    opened = {q.article for q in quotes if is_open(q.speaker, q.article)}
    for art in part.articles:
        cues = cues_for(art.language)
        if cues is None:
            continue
        # (a mention of a story place is a place here too, whatever this article's recogniser typed it)
        ms = sorted((replace(m, type="LOC") if m.entity in places else m for m in mentions.get(art.id, [])),
                    key=lambda m: m.start)
        ext = Extractor(art, cues, ms)
        for role, intros in ext.doc.roles.items():
            for pos, sp in intros:
                if sp.kind == "named" and sp.entity:
                    h = holders.setdefault(cues.concept(role), {}).setdefault(sp.entity, Holder(sp))
                    h.context.update(ext.doc.role_context.get((role, pos), "").split())
                    h.chain.update(ext.doc.role_chain.get((role, pos), "").split())
        if art.id in opened:  # read again with the story's names
            again[art.id] = {(f.start, f.end): f.speaker for f in ext.run()}
            docs[art.id] = ext.doc
    speaking: dict[str, set[str]] = {}  # article -> the entities quoted there by name
    for q in quotes:
        if q.speaker.kind == "named" and q.speaker.entity:
            speaking.setdefault(q.article, set()).add(q.speaker.entity)
    out = []
    for q in quotes:
        sp = q.speaker
        if is_open(sp, q.article):
            junk = sanity(sp, q.article)
            new = again.get(q.article, {}).get((q.start, q.end))
            if new is not None and new.entity and new.entity not in places and new.kind in (*PEOPLE, "organisation"):
                sp = new
            elif sp.entity is None and not junk:
                sp = held(sp, q, articles[q.article], holders, speaking.get(q.article, set())) or sp
            elif q.article in docs and (junk or not _place_subject(articles[q.article], q)):
                # still a place or no name: the person named just before it spoke ("«…», ha detto il Canton
                # Vallese"; "disse numa declaração ao País")
                k = antecedent(docs[q.article], q.start, None, True, window=2)
                if k is not None and k.speaker.entity and k.speaker.entity not in places:
                    sp = Speaker(k.speaker.text, k.speaker.entity, "pronoun", sp.text)
        out.append(q if sp is q.speaker else replace(q, speaker=sp))
    return out


def _place_subject(art: Article, q: Quote) -> bool:
    """Whether the place opens the sentence as the subject of the speech verb right after it, an article at most
    before it and an auxiliary between ("A Rússia declarou … que", "Russia has said that"): a country speaking for
    its government, not a place an attribution merely names."""
    sent = art.sentence_at(q.start)
    if sent is None or not q.cue or not q.speaker.text or q.kind != "indirect":
        return False
    verb = q.cue.split()[0]
    pattern = r"\W*(?:\w{1,3}\s+)?" + re.escape(q.speaker.text) + r"\s+(?:\w+\s+)?" + re.escape(verb) + r"\b"
    return re.match(pattern, art.text[sent.start:q.start]) is not None


def held(sp: Speaker, q: Quote, art: Article, holders: dict[str, dict[str, Holder]],
         speaking: set[str] = frozenset()) -> Speaker | None:  # type: ignore[assignment]
    """The one person of the story holding the role a definite role phrase names ("la magistrata"); of several, the
    one introduced with the words that follow the role at the quote ("лидерът на ГЕРБ"). A modifier of the role
    ("the Kremlin official") keeps the holders introduced with it, of any office, and of several of those the one
    quoted by name in the quote's article (``speaking``)."""
    cues = cues_for(art.language)
    if cues is None:
        return None
    phrase = sp.as_written or sp.text
    role = head_role(cues, phrase)
    if role is None:
        return None
    people = list(holders.get(cues.concept(role), {}).values())
    mods = modifiers(cues, phrase)
    if mods:
        # a modifier some holder of the story was introduced with decides, whatever their office ("the Kremlin
        # official" is "Kremlin spokesman Dmitry Peskov"; "the Greek leader" is not "Labour Party leader Keir
        # Starmer"); a modifier no introduction holds tells nothing ("the French president" for "President Macron")
        fitting = [h for h in _everyone(holders) if all(any(x.startswith(w[:5]) for x in h.chain) for w in mods)]
        if fitting:
            ids = {h.speaker.entity for h in fitting}
            people = [h for h in people if h.speaker.entity in ids] or fitting
            if len(people) > 1:
                people = [h for h in people if h.speaker.entity in speaking] or people
    if len(people) > 1:
        owner = possessor(cues, art.text, phrase, q)
        score = {id(h): sum(any(w[:4] == x[:4] for x in h.context) for w in owner) for h in people}
        best = max(score.values(), default=0)
        people = [h for h in people if best and score[id(h)] == best]
    if len(people) != 1:
        return None
    who = people[0].speaker
    return Speaker(who.text, who.entity, "role", phrase)


def _everyone(holders: dict[str, dict[str, Holder]]) -> list[Holder]:
    """Every holder of the story once, with the words of all their title chains."""
    out: dict[str, Holder] = {}
    for per_concept in holders.values():
        for entity, h in per_concept.items():
            out.setdefault(entity, Holder(h.speaker)).chain.update(h.chain)
    return list(out.values())


def modifiers(cues: Cues, phrase: str) -> list[str]:
    """The words of a role phrase that qualify its role ("the Kremlin official" -> ["kremlin"])."""
    return [w.low for w in cues.tokens(phrase) if not cues.role(w.low) and w.low not in cues.definite
            and w.low not in cues.same and w.low not in cues.np_stops and w.low not in cues.role_links
            and len(w.low) > 2]


def possessor(cues: Cues, text: str, phrase: str, q: Quote) -> list[str]:
    """The names or bodies right after a role phrase near a quote ("лидерът на ГЕРБ" -> ["герб"])."""
    a, b = max(0, q.start - 300), min(len(text), q.end + 200)
    at = text.rfind(phrase, a, b)
    if at < 0:
        return []
    words = []
    for t in cues.tokens(text, at + len(phrase), min(len(text), at + len(phrase) + 60))[:3]:
        if t.low in cues.role_links or t.low in cues.definite:
            continue
        if not (t.text[:1].isupper() or cues.organisation(t.low)):
            break
        words.append(t.low)
    return words


def head_role(cues: Cues, phrase: str) -> str | None:
    """The role a phrase names when it points at someone known: not "a witness", "sources" or "officials"."""
    words = cues.tokens(phrase)
    if not words or any(w.low in cues.indefinite for w in words):
        return None
    for w in words:
        role = cues.role(w.low)
        if role is not None:
            if role in cues.anonymous or cues.plural(w.low, role):
                return None
            return role
    return None
