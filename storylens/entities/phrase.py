"""The phrase an organisation is named in: its name with the kind word before it ("партии «Яблоко»").

News introduce an organisation by its kind and its name: "компании Oracle",
"социальной сети Facebook", "независимого еженедельника «Пермский
обозреватель»". A mention's text is the name alone, so that its other forms
and translations meet it; annotated corpora such as FactRuEval mark the whole
phrase, kind word and its adjectives included. ``kind_phrase`` gives where that
phrase opens, from the language's ``[orgs] kind_words`` and its
morphology (adjectives agree with the kind word); a language without them has
no such phrase.
"""
from __future__ import annotations

import re

from .kit import Kit

_QUOTES = "«\"„“"
_GAP = re.compile(r"[ \u00a0]?[«\"„“]?$")  # between the kind word and the name: a space, maybe an opening quote
_WORD_BEFORE = re.compile(r"(\w+(?:-\w+)*)([ \u00a0]+)$")
MAX_ADJECTIVES = 3
SENTENCE_END = ".!?\n"


def kind_phrase(text: str, start: int, end: int, k: Kit, taken: list[tuple[int, int]] = ()) -> int:
    """Where the phrase naming the organisation at [start, end) opens: before its kind word and that word's
    adjectives when the text writes them right before the name, else ``start``. ``taken`` are the other
    mentions' spans: a word of another name is no kind word."""
    if not k.normaliser or not k.kind_words:
        return start
    head = start
    if head and text[head - 1] in _QUOTES:
        head -= 1
    m = _WORD_BEFORE.search(text, max(0, head - 60), head)
    if not m or m.end() != head:
        return start
    word, at = m.group(1), m.start(1)
    legal_form = word.isupper() and word.lower() in k.kind_words  # "ОАО «Газпром»", "ООО"
    if not _free(at, m.end(1), taken) or not (legal_form or _lower_or_first(text, at, word)):
        return start
    if not legal_form and k.lemma(word) not in k.kind_words:
        return start
    opens = at
    m = _WORD_BEFORE.search(text, max(0, opens - 60), opens)
    if m and m.end() == opens and _free(m.start(1), m.end(1), taken) and _lower_or_first(text, m.start(1), m.group(1)) \
            and k.lemma(m.group(1)) in k.kind_words and "gent" in k.cases(word):
        opens, word = m.start(1), m.group(1)  # "группы компаний Michelin": a kind of kinds
    for _ in range(MAX_ADJECTIVES):
        m = _WORD_BEFORE.search(text, max(0, opens - 60), opens)
        if not m or m.end() != opens or not _free(m.start(1), m.end(1), taken):
            break
        adj = m.group(1)
        if not _lower_or_first(text, m.start(1), adj) or k.pos(adj) not in ("ADJF", "PRTF") \
                or k.lemma(adj) in k.not_name_adjectives or not _agrees(k, adj, word):
            break
        opens = m.start(1)
    return opens


def _free(a: int, b: int, taken) -> bool:
    return not any(s < b and a < e for s, e in taken)


def _lower_or_first(text: str, at: int, word: str) -> bool:
    """Lower case, or capitalised only as the first word of its sentence."""
    if word[:1].islower():
        return True
    before = text[:at].rstrip(" \u00a0«\"„“")
    return not before or before[-1] in SENTENCE_END


def _agrees(k: Kit, adj: str, noun: str) -> bool:
    """Can the adjective stand in the noun's case ("независимого еженедельника", not "в газете" + "сказал")?"""
    a, n = k.cases(adj), k.cases(noun)
    return not a or not n or bool(a & n)
