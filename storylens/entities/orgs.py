"""Named rules for organisation names the recognisers cut short, split or mistype.

Many organisations are named by a common noun and what it governs: a body
and the place or organisation it belongs to ("правительства Китая",
"Национальный банк Украины", "комитет Госдумы"), and a body and its remit
("комитет Госдумы по обороне", "Совета при Президенте РФ"). Recognisers mark
only the capitalised part, so the name comes out as a place ("Китая") or a
fragment ("Национальный банк"). The rules read the language's
``[orgs]`` data (descriptor nouns, remit prepositions) and its morphology
(cases, parts of speech); a language without them is left alone.
"""
from __future__ import annotations

from dataclasses import replace

from .cands import Cand, Sent, covered, is_acronym, is_capitalised

_GAP = (" ", " «", " \"", " „")
_MAX_REMIT_WORDS = 8


def _index(toks: list, offset: int, by: str = "start") -> int | None:
    pos = 0 if by == "start" else 1
    return next((i for i, t in enumerate(toks) if t[pos] == offset), None)


def _genitive(s: Sent, word: str) -> bool:
    """Can ``word`` be a genitive (an unknown or indeclinable name can)?"""
    cases = s.kit.cases(word)
    return not cases or "gent" in cases or is_acronym(word)


def _place_adjective(s: Sent, word: str) -> bool:
    return s.kit.pos(word) in ("ADJF", "PRTF") and s.gaz.is_place_adjective(s.kit.lemma(word))


def _is_place_or_person(s: Sent, word: str) -> bool:
    """Is ``word`` a known place or person name (so no descriptor: "Совет" is one, "Москва" is not)?"""
    return bool(s.kit.normaliser) and not is_acronym(word) and s.kit.normaliser.is_proper_name(word)


def descriptor_of_name(s: Sent) -> list[Cand]:
    """A descriptor noun before a genitive place or organisation names an organisation ("правительства Китая").

    A title between them is part of it ("пресс-служба президента Украины"),
    and so are place adjectives before it ("японского МИДа", "Лондонская полиция").
    """
    if not s.kit.org_descriptors or not s.kit.normaliser:
        return s.cands
    toks = s.tokens()
    out = list(s.cands)
    for c in list(s.cands):
        i = _index(toks, c.start)
        if c.type not in ("LOC", "ORG") or i is None or not _genitive(s, toks[i][2]):
            continue
        if c.nested:
            continue
        k, found = i - 1, None
        while k >= 0 and s.text[toks[k][1]:toks[k + 1][0]] in _GAP[:1]:
            word = toks[k][2]
            lemma = s.kit.lemma(word)
            if lemma in s.kit.org_descriptors and not _is_place_or_person(s, word):
                found = k
                break
            if not is_capitalised(word) and s.kit.cue_type(word) == "PER" and "gent" in s.kit.cases(word):
                k -= 1  # a title in the genitive: "пресс-служба президента Украины"
                continue
            break
        if found is None:
            continue
        while found > 0 and s.text[toks[found - 1][1]:toks[found][0]] == " " and _place_adjective(s, toks[found - 1][2]):
            found -= 1
        a = toks[found][0]
        if covered([x for x in out if x is not c], a, c.start):
            continue
        out = [x for x in out if x is not c] + [Cand(a, c.end, "ORG", c.source, "descriptor_of_name"),
                                                replace(c, nested=True)]
    return out


def genitive_tail(s: Sent) -> list[Cand]:
    """An organisation ending in a common noun takes the genitive name right after it ("Национальный банк" + "Украины")."""
    if not s.kit.normaliser:
        return s.cands
    toks = s.tokens()
    out = sorted((c for c in s.cands if not c.nested), key=lambda c: c.start)
    inner = [c for c in s.cands if c.nested]
    changed = True
    while changed:
        changed = False
        for n in range(len(out) - 1):
            a, b = out[n], out[n + 1]
            if a.type != "ORG" or b.type not in ("LOC", "ORG") or s.text[a.end:b.start] != " ":
                continue
            last, first = _index(toks, a.end, "end"), _index(toks, b.start)
            if last is None or first is None or not _body_word(s, toks[last][2]) or not _genitive(s, toks[first][2]):
                continue
            out[n:n + 2] = [replace(a, end=b.end, rule="genitive_tail", link=None)]
            if all(is_capitalised(t[2]) for t in toks if b.start <= t[0] and t[1] <= b.end):
                inner.append(replace(b, nested=True))  # a proper name in its own right ("Украины")
            changed = True
            break
    return out + inner


def _body_word(s: Sent, word: str) -> bool:
    """A word that leaves an organisation's name open to a genitive: a common noun (банк, Конгресса) or a body's acronym (МЧС)."""
    if is_acronym(word):
        return not s.kit.is_common_abbreviation(word)
    return s.kit.pos(word) == "NOUN" and (not is_capitalised(word) or s.kit.is_common_word(word))


def remit(s: Sent) -> list[Cand]:
    """A body's name goes on over its remit: "комитет Госдумы по обороне", "Совета при Президенте РФ"."""
    if not s.kit.remit_words or not s.kit.normaliser:
        return s.cands
    toks = s.tokens()
    out = list(s.cands)
    for c in list(s.cands):
        i, j = _index(toks, c.start), _index(toks, c.end, "end")
        if c.type != "ORG" or c.nested or i is None or j is None or not _heads_a_body(s, toks[i:j + 1]):
            continue
        people = [x.start for x in out if x.type == "PER" and x.start >= c.end]
        end = _remit_end(s, toks, j, min(people, default=s.end))
        if end is None:
            continue
        inside = [x for x in out if x is not c and c.end <= x.start and x.end <= end]
        if covered([x for x in out if x is not c and x not in inside], c.start, end):
            continue
        out = [x for x in out if x is not c and x not in inside] + [replace(c, end=end, rule="remit")]
        out += [replace(x, nested=True) for x in inside if x.type in ("LOC", "ORG")]
    return out


def _heads_a_body(s: Sent, words: list) -> bool:
    for _a, _b, w in words:
        if s.kit.pos(w) == "NOUN":
            return s.kit.lemma(w) in s.kit.remit_heads
    return False


def _remit_end(s: Sent, toks: list, j: int, limit: int) -> int | None:
    """End offset of the remit phrases after token j ("по развитию информационного общества"), or None.

    The phrase stops before ``limit`` (where a person's name begins: "при прокуратуре РФ Владимир Маркин").
    """
    end, k = None, j + 1
    while k < len(toks) and toks[k][2].lower() in s.kit.remit_words and s.text[toks[k - 1][1]:toks[k][0]] == " ":
        k += 1
        last_noun = None
        n = 0
        while (k < len(toks) and n < _MAX_REMIT_WORDS and toks[k][0] < limit
               and s.text[toks[k - 1][1]:toks[k][0]] == " "):
            w = toks[k][2]
            pos = s.kit.pos(w)
            if w == "и" and k + 1 < len(toks):
                k, n = k + 1, n + 1
                continue
            if is_capitalised(w) or pos == "NOUN":
                last_noun = k
            elif pos not in ("ADJF", "PRTF"):
                break
            k, n = k + 1, n + 1
        if last_noun is None:
            break
        end, k = toks[last_noun][1], last_noun + 1
    return end


def cue_types(s: Sent) -> list[Cand]:
    """A name right after an organisation cue is an organisation ("команды МакЛарен-Мерседес", "Корпорация Google").

    A person's full name stays a person ("шеф концерна Бернд Пишетсридер"), and
    so does a known first name.
    """
    toks = s.tokens()
    out = []
    for c in s.cands:
        i = _index(toks, c.start)
        words = s.text[c.start:c.end].split()
        if c.type == "PER" and (len(words) > 1 or s.kit.is_first_name(words[0])):
            out.append(c)
            continue
        if (c.type in ("PER", "LOC", "MISC") and c.source != "alias" and i is not None and i > 0
                and s.text[toks[i - 1][1]:toks[i][0]] in _GAP and s.kit.cue_type(toks[i - 1][2]) == "ORG"
                and not s.gaz.lookup(s.text[c.start:c.end]) and not _place_of(s, c)):
            c = replace(c, type="ORG", rule="cue_types")
        out.append(c)
    return out


def _place_of(s: Sent, c: Cand):
    return next((p for f in s.kit.place_forms(s.text[c.start:c.end]) if (p := s.gaz.lookup(f))), None)


def common_abbreviations(s: Sent) -> list[Cand]:
    """Abbreviations of common nouns (СМИ "the media", ВВП, ДТП) name nothing, whoever found them."""
    return [c for c in s.cands if c.source == "alias" or " " in s.text[c.start:c.end]
            or not s.kit.is_common_abbreviation(s.text[c.start:c.end])]


RULES = (common_abbreviations, cue_types, descriptor_of_name, genitive_tail, remit)
