"""Story-level checks on names found by capitalisation alone (languages without a statistical recogniser).

A capital letter proves little: sentences start with one, and headlines and
quotes capitalise ordinary words. Across the whole story there is better
evidence: a word that also occurs in lower case is an ordinary word
("Probablement", "Comisión" beside "comisión"), and a word seen capitalised
only at sentence starts has no support as a name ("Comment", "Nous").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from .. import lang
from ..adapters.lexicon import is_common_word
from .cands import Sent, is_acronym
from .kit import TOKEN
from .shapes import given_name

RULE = "capitalised"


def check_capitalised(by_article: dict[str, list[Sent]], story_of: dict[str, str] | None = None) -> None:
    """Drop or cut the capitalised-run candidates the story's own text contradicts (in place)."""
    story_of = story_of or {}
    lower: dict[str, set[str]] = defaultdict(set)  # words seen in lower case, per story
    inside: dict[str, set[str]] = defaultdict(set)  # capitalised words seen after a sentence's first word
    for aid, sents in by_article.items():
        story = story_of.get(aid, "")
        for s in sents:
            toks = s.tokens()
            for k, (_a, _b, w) in enumerate(toks):
                if w.islower():
                    lower[story].add(w)
                elif k > 0 and w[:1].isupper() and not _opens_quote(s, toks, k):
                    inside[story].add(w)
    for aid, sents in by_article.items():
        story = story_of.get(aid, "")
        for s in sents:
            if any(_by_capitals(s, c) or _miscellany(s, c) or _model_start(s, c) or _capitals_only(s, c) for c in s.cands):
                s.cands = [k for c in s.cands if (k := _checked(s, c, lower[story], inside[story])) is not None]


def _miscellany(s: Sent, c) -> bool:
    """A one-word MISC from a model: the class a recogniser puts what it cannot place ("Semaine", "Seuls")."""
    return c.source in ("spacy", "natasha") and c.type == "MISC" and " " not in s.text[c.start:c.end].strip()


def _model_start(s: Sent, c) -> bool:
    """A model's span opening its sentence, capitalised on its first word only ("Cambriolage", "Second empire")."""
    if c.source != "spacy" or s.kit.capitalises_nouns or c.nested:
        return False  # Russian news names bodies by a bare common noun ("Правительство", "Прокуратура")
    first = TOKEN.match(s.text, s.start + (len(s.text[s.start:s.end]) - len(s.text[s.start:s.end].lstrip())))
    return bool(first) and first.start() == c.start and not any(
        w[:1].isupper() for w in TOKEN.findall(s.text[first.end():c.end]))


def _common_start(s: Sent, c, inside: set[str]) -> bool:
    """A sentence-opening model span whose capital is the sentence's: its first word is an ordinary word of the
    language (the dictionary knows it in lower case only) that the story never capitalises inside a sentence."""
    word = TOKEN.match(s.text, c.start).group()
    return (word not in inside and word not in s.kit.org_first and not given_name(s, word)
            and not s.kit.place(s.gaz, word) and is_common_word(word, s.kit.code))


def _by_capitals(s: Sent, c) -> bool:
    """Was this candidate found by capitalisation alone (the rule, or a rule-made mention in unmodelled text)?"""
    if c.rule == RULE:
        return True
    if c.rule or s.modelled or c.source != "rules" or c.nested:
        return False
    words = s.text[c.start:c.end].split()
    return all(w[:1].isupper() and not is_acronym(w) for w in words[:1])


_OPENING = "„«»“\"'‚‘‹›「『"
_BREAKS = ".!?…:-–—"


def _opens_quote(s: Sent, toks: list, k: int) -> bool:
    """Does token ``k`` open a quotation, or a sentence inside one, or a clause after a dash or colon ("„… poštovanja.
    Cijenim …“", "BEOGRAD - Ako …")? Its capital is then that sentence's, no sign of a name."""
    mark = s.text[toks[k - 1][1]:toks[k][0]].rstrip()[-1:] if k > 0 else ""
    if not mark:
        return False
    if mark in _BREAKS and mark in ".:":
        return toks[k - 1][2].lower() not in _abbreviations(s.kit.code)  # "dr. Novak" is no sentence start
    return mark in _OPENING or mark in _BREAKS


@lru_cache(maxsize=None)
def _abbreviations(code: str | None) -> frozenset[str]:
    return frozenset(a.lower() for a in lang.data(code, "segment").get("abbreviations", ()))


def _capitals_only(s: Sent, c) -> bool:
    """A rule's span written in capitals only ("ÚLTIMA HORA", "HISTÓRICO", "MENOS"): a page's shouting or a name."""
    ws = TOKEN.findall(s.text[c.start:c.end])
    return c.source == "rules" and not c.nested and bool(ws) and all(w.isupper() and len(w) >= 2 for w in ws)


def _shouted(s: Sent, c, lower: set[str]) -> bool:
    """Capitals only, every word an ordinary word the story writes in lower case (or a stop word), and no listed
    place or body ("EN DIRECTO", "MENOS"; not "ONU", nor "US" beside "us")."""
    if not _capitals_only(s, c) or s.gaz.lookup(s.text[c.start:c.end]) is not None:
        return False
    ws = TOKEN.findall(s.text[c.start:c.end])
    # a short word alone may be an acronym an outlet writes in lower case ("dpa"): only a stop word goes then
    return all(s.kit.is_stop_word(w := t.lower()) or (w in lower and (len(ws) > 1 or len(w) >= 4)) for t in ws)


def _checked(s: Sent, c, lower: set[str], inside: set[str]):
    if _shouted(s, c, lower):
        return None
    if _model_start(s, c) and _common_start(s, c, inside):
        return None
    if _miscellany(s, c):
        return None if s.text[c.start:c.end].lower() in lower else c
    if not _by_capitals(s, c):
        return c
    toks = s.tokens()
    name = s.text[c.start:c.end]
    opening = bool(toks) and (toks[0][0] == c.start or any(
        t[0] == c.start and _opens_quote(s, toks, k) for k, t in enumerate(toks)))
    if c.type == "LOC" and s.kit.place(s.gaz, name) and not (opening and " " not in name and s.gaz.lookup(name) is None):
        # a listed place needs no capital to prove it ("Bruselas ya ha impuesto..."); a sentence's first word read
        # as a place only once a case ending is cut does ("Potom" is no "Poti")
        return c
    words = [t for t in toks if c.start <= t[0] and t[1] <= c.end]
    if not words:
        return None
    first = next((k for k, t in enumerate(toks) if t[0] == words[0][0]), -1)
    if (first == 0 or _opens_quote(s, toks, first)) and words[0][2] not in inside and not (
            len(words) > 1 and (words[0][2] in s.kit.org_first or given_name(s, words[0][2]) or (
                s.kit.family_name_first and words[0][2] not in s.kit.not_names and not s.kit.is_stop_word(words[0][2])))):
        words = words[1:]  # a sentence's first word, never capitalised elsewhere: no sign of a name
        # (unless it opens a longer name as a kind of body or a given name: "Muzeum Historii Sztuki", "Carlo Rossi",
        # or a family name where the family name comes first: "Orbán Viktor")
        while words and not words[0][2][:1].isupper():
            words = words[1:]  # a connector left in front ("de")
        if not words:
            return None
        c = replace(c, start=words[0][0])
    if len(words) == 1 and words[0][2].lower() in lower:
        return None  # also written in lower case in the story: an ordinary word
    if len(words) == 1 and words[0][2] in s.kit.not_names:
        return None  # listed in the language's data as no name (Dutch adjectives of nationality: "de Franse president")
    return c
