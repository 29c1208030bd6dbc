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


def _adjectives_before(s: Sent, toks: list, k: int, place_only: bool = False) -> int:
    """Index of the first of the adjectives of kind or place right before token k ("европейское антимонопольное")."""
    while k > 0 and s.text[toks[k - 1][1]:toks[k][0]] == " ":
        w = toks[k - 1][2]
        if not (_place_adjective(s, w) or (not place_only and s.kit.is_relative_adjective(w))):
            break
        k -= 1
    return k


def _is_place_or_person(s: Sent, word: str) -> bool:
    """Is ``word`` a known place or person name (so no descriptor: "Совет" is one, "Москва" is not)?"""
    return bool(s.kit.normaliser) and not is_acronym(word) and s.kit.normaliser.is_proper_name(word)


def descriptor_of_name(s: Sent) -> list[Cand]:
    """A descriptor noun before a genitive name names an organisation ("правительства Китая", "кабинета Нетаньяху").

    A title between them is part of it ("пресс-служба президента Украины"), and
    so are adjectives of place or kind before it ("государственный департамент
    США"); the name after it stays a mention of its own.
    """
    if not s.kit.org_descriptors or not s.kit.normaliser:
        return s.cands
    toks = s.tokens()
    out = list(s.cands)
    for c in list(s.cands):
        i = _index(toks, c.start)
        if c.type not in ("LOC", "ORG", "PER") or i is None or not _genitive(s, toks[i][2]):
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
        a = toks[_adjectives_before(s, toks, found)][0]
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
            if last is None or first is None or not _genitive(s, toks[first][2]) or not (
                    _body_word(s, toks[last][2]) or (first == last + 1 and _named_body(s, toks[last][2], b))):
                continue
            out[n:n + 2] = [replace(a, end=b.end, rule="genitive_tail", link=None)]
            if all(is_capitalised(t[2]) for t in toks if b.start <= t[0] and t[1] <= b.end):
                inner.append(replace(b, nested=True))  # a proper name in its own right ("Украины")
            changed = True
            break
    return out + inner


def _named_body(s: Sent, word: str, b: Cand) -> bool:
    """A body named by a word of its kind ("Госдумы", "Госдепартамента", "Минсельхоз") before its country: the
    country is part of its name ("Госдумы России")."""
    if not is_capitalised(word) or not s.kit.is_body_head(word) or b.type != "LOC":
        return False
    place = s.kit.place(s.gaz, s.text[b.start:b.end])
    return bool(place) and place.kind == "territory"


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
    """Is the name headed by a body that takes a remit (its first noun, or its first word: "ГУ МЧС")?"""
    for n, (_a, _b, w) in enumerate(words):
        lemma = s.kit.lemma(w)
        if lemma in s.kit.remit_heads or lemma.rsplit("-", 1)[-1] in s.kit.remit_heads:
            return True
        if s.kit.pos(w) == "NOUN" or n:
            return False
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
            cases = s.kit.cases(w)
            if cases == {"nomn"} or (s.kit.cue_type(w) == "PER" and "nomn" in cases):
                break  # the next clause's subject ("... общества глава РФ")
            if is_capitalised(w) or pos == "NOUN":
                last_noun = k
            elif pos not in ("ADJF", "PRTF"):
                break
            k, n = k + 1, n + 1
        if last_noun is None:
            break
        end, k = toks[last_noun][1], last_noun + 1
    return end


def place_adjective_prefix(s: Sent) -> list[Cand]:
    """A place adjective before a one-word organisation belongs to its name ("японского МИДа", "российского Минсельхоза")."""
    if not s.kit.normaliser:
        return s.cands
    toks = s.tokens()
    out = []
    for c in s.cands:
        i = _index(toks, c.start)
        if c.type == "ORG" and not c.nested and i is not None and _index(toks, c.end, "end") == i:
            k = _adjectives_before(s, toks, i, place_only=True)
            if k < i and not covered([x for x in s.cands if x is not c], toks[k][0], c.start):
                c = replace(c, start=toks[k][0], rule="place_adjective_prefix")
        out.append(c)
    return out


def descriptor_phrase(s: Sent) -> list[Cand]:
    """A place adjective, adjectives of kind and a descriptor are a body ("Лондонская полиция", "японского
    дипломатического ведомства"); a ministry or committee takes its genitive field ("министерства иностранных дел")."""
    if not s.kit.org_descriptors or not s.kit.normaliser:
        return s.cands
    toks = s.tokens()
    out = list(s.cands)
    for i, (a, b, w) in enumerate(toks):
        lemma = s.kit.lemma(w)
        if lemma not in s.kit.org_descriptors or covered(out, a, b):
            continue
        k = _adjectives_before(s, toks, i)
        if not any(_place_adjective(s, t[2]) for t in toks[k:i]):
            continue
        j = i
        if lemma in s.kit.remit_heads:
            while (j + 1 < len(toks) and j - i < 3 and s.text[toks[j][1]:toks[j + 1][0]] == " "
                   and not is_capitalised(toks[j + 1][2]) and "gent" in s.kit.cases(toks[j + 1][2])
                   and (s.kit.pos(toks[j + 1][2]) == "NOUN" or s.kit.is_relative_adjective(toks[j + 1][2]))):
                j += 1
            while j > i and s.kit.pos(toks[j][2]) != "NOUN":
                j -= 1
        if not covered(out, toks[k][0], toks[j][1]):
            out.append(Cand(toks[k][0], toks[j][1], "ORG", "rules", "descriptor_phrase"))
    return out


def named_after(s: Sent) -> list[Cand]:
    """A body goes on over the person it is named after ("Театра им. Йозефа Бойса")."""
    if not s.kit.named_after:
        return s.cands
    toks = s.tokens()
    out = list(s.cands)
    for c in list(s.cands):
        j = _index(toks, c.end, "end")
        if c.type != "ORG" or c.nested or j is None or j + 2 >= len(toks):
            continue
        if toks[j + 1][2].lower() not in s.kit.named_after or s.text[c.end:toks[j + 1][0]] != " " \
                or s.text[toks[j + 1][1]:toks[j + 2][0]] not in (" ", ". "):
            continue
        k = j + 2
        while k + 1 < len(toks) and is_capitalised(toks[k + 1][2]) and s.text[toks[k][1]:toks[k + 1][0]] == " " \
                and k - j < 4:
            k += 1
        if not is_capitalised(toks[j + 2][2]):
            continue
        end = toks[k][1]
        inside = [x for x in out if x is not c and c.end <= x.start and x.end <= end]
        if covered([x for x in out if x is not c and x not in inside], c.start, end):
            continue
        out = [x for x in out if x is not c and x not in inside] + [replace(c, end=end, rule="named_after")]
        out += [replace(x, nested=True) for x in inside if x.type == "PER"]
    return out


def cue_types(s: Sent) -> list[Cand]:
    """A name right after an organisation or work cue takes its type ("команды МакЛарен-Мерседес", "шаттла Дискавери").

    A person's full name stays a person ("шеф концерна Бернд Пишетсридер"), and
    so does a known first name; places and acronyms keep their type.
    """
    toks = s.tokens()
    out = []
    for c in s.cands:
        i = _index(toks, c.start)
        words = s.text[c.start:c.end].split()
        cue = s.kit.cue_type(toks[i - 1][2]) if i else None
        if (cue not in ("ORG", "MISC") or cue == c.type or c.source == "alias" or c.type not in ("PER", "LOC", "MISC", "ORG")
                or s.text[toks[i - 1][1]:toks[i][0]] not in _GAP or s.gaz.lookup(s.text[c.start:c.end]) or _place_of(s, c)
                or (c.type == "PER" and (len(words) > 1 or s.kit.is_first_name(words[0])))
                or (cue == "MISC" and (c.type == "ORG" and is_acronym(words[0]) or c.type == "PER"))):
            out.append(c)
            continue
        out.append(replace(c, type=cue, rule="cue_types"))
    return out


def _place_of(s: Sent, c: Cand):
    return s.kit.place(s.gaz, s.text[c.start:c.end])


def common_abbreviations(s: Sent) -> list[Cand]:
    """Abbreviations of common nouns (СМИ "the media", ВВП, ДТП) name nothing, whoever found them."""
    return [c for c in s.cands if c.source == "alias" or " " in s.text[c.start:c.end]
            or not s.kit.is_common_abbreviation(s.text[c.start:c.end])]


RULES = (common_abbreviations, cue_types, descriptor_of_name, genitive_tail, place_adjective_prefix, descriptor_phrase,
         remit, named_after)
