"""Named recognition rules that correct and complete what the statistical recognisers find.

Each rule takes a ``Sent`` (one body sentence with its candidate spans) and
returns the new list of candidates; ``RULES`` runs in order and every
candidate remembers which rule made or changed it (``Cand.rule``), so a wrong
entity can be traced. Rules read language knowledge from the sentence's
``Kit``; none names a language.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..adapters.lexicon import is_known
from . import orgs
from .cands import Cand, Sent, covered, is_acronym, is_camel, is_capitalised
from .kit import TOKEN, script
from .ordinals import ordinal as regnal
from .shapes import drop_calendar_words, given_name, lower_case_tail, portfolios, regnal_names, split_owner_person, \
    name_numbers, split_acronym_person, \
    split_place_person, \
    titled_given_names, titles_off

_DESIGNATION = re.compile(r"^\w+[-\u2010\u2011\u2012\u2013](?:[^\W\d_]{1,3}\d{0,3}|\d{1,4}[^\W\d_]?)$")
_ROMAN = re.compile(r"^[IVXLC]+$")
_OPEN_QUOTES = "«“„\"'‘"
_CLOSE_QUOTES = "»”“\"'’"


def _neighbour_type(s: Sent, tokens: list, i: int, j: int) -> str | None:
    """Type signalled by the word before token i or after token j (inclusive span of tokens)."""
    for k in (i - 1, j + 1):
        if 0 <= k < len(tokens):
            t = s.kit.cue_type(tokens[k][2])
            if t:
                return t
    return None


# -- rules -----------------------------------------------------------------

def trim_edges(s: Sent) -> list[Cand]:
    """Strip articles, possessives, quotes and punctuation from span edges ("the Moscow Times" -> "Moscow Times")."""
    out = []
    for c in s.cands:
        start, end = c.start, c.end
        text = s.text[start:end]
        first = text.split(" ", 1)[0]
        if first in s.kit.determiners and " " in text and not s.kit.place(s.gaz, text):
            start += len(first) + 1  # "the Moscow Times", "El Ministerio"; not "El Salvador", "Le Havre"
        if c.source == "spacy" and c.type == "LOC":  # "ministère des Armées" is a body's name; a place's is not
            start = _past_common_words(s, start, end)  # "aéroport de Lisbonne" -> "Lisbonne"
        elision = next((e for e in s.kit.elisions if s.text.startswith(e, start) and end - start > len(e) + 1), None)
        if elision and s.text[start + len(elision)].isupper():
            start += len(elision)  # "l’Élysée", "d’Apple"
        while start < end and (s.text[start] in _OPEN_QUOTES + "([ " or s.text[start] in _CLOSE_QUOTES):
            start += 1
        while end > start and s.text[end - 1] in _CLOSE_QUOTES + ")]., :;([" + _OPEN_QUOTES:
            if s.text[end - 1] == ")" and "(" in s.text[start:end]:
                break
            end -= 1
        if c.type == "PER" and "(" in s.text[start:end]:
            end = start + s.text[start:end].index("(")  # Давид Манукян (DAVA M): the name, not its gloss
            while end > start and s.text[end - 1] == " ":
                end -= 1
        # a recogniser's span may run on into "of" or "and" ("Hydrometeorological Center of")
        while c.type != "PER" and " " in s.text[start:end] and s.text[start:end].rsplit(" ", 1)[1] in s.kit.trailing:
            end = start + s.text[start:end].rindex(" ")
        last = s.text[start:end].rsplit(" ", 1)
        if len(last) == 2 and last[1] + s.text[end:end + 1] in s.kit.elisions:
            end = start + len(last[0])  # "Poutine qu’il": the elided word is no part of the name
        end = start + len(s.kit.strip_possessive(s.text[start:end]))
        if end > start:
            out.append(replace(c, start=start, end=end) if (start, end) != (c.start, c.end) else c)
    return out


_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,3}\. ?)+[^\W\d_]{1,3}\.(?!\w)")


def dotted_abbreviations(s: Sent) -> list[Cand]:
    """An abbreviation written with dots and spaces is one name ("EE. UU.", "U. S."), not its letter groups."""
    out = list(s.cands)
    for m in _DOTTED.finditer(s.text, s.start, s.end):
        text = m.group()
        after = s.text[m.end():s.end].lstrip()
        if " " not in text or not all(p[:1].isupper() for p in text.split()) or after[:1].isupper():
            continue  # "В. В. Путин", "J. K. Rowling": initials before a surname
        place = s.kit.place(s.gaz, text)
        out = [c for c in out if not (m.start() <= c.start and c.end <= m.end())]
        if not covered(out, m.start(), m.end()):
            etype = "LOC" if place and place.kind != "organisation" else "ORG"
            out.append(Cand(m.start(), m.end(), etype, "rules", "dotted_abbreviations"))
    return out


def _past_common_words(s: Sent, start: int, end: int) -> int:
    """The start of a model's span past leading all lower-case words, when a capitalised word follows them."""
    toks = [(a, w) for a, _b, w in s.tokens() if start <= a < end]
    k = 0
    while k < len(toks) and toks[k][1].isalpha() and toks[k][1].islower():
        k += 1
    return toks[k][0] if 0 < k < len(toks) and is_capitalised(toks[k][1]) else start


def drop_non_names(s: Sent) -> list[Cand]:
    """What no name looks like, whoever found it: a single letter, an all lower-case word ("tech"), stop words only
    ("Nous", "C’est", "L’introduction" once the elided article is off), an organisation's head noun alone ("Commission")."""
    out = []
    for c in s.cands:
        text = s.text[c.start:c.end]
        words = [_unelided(s, w) for w in TOKEN.findall(text)]
        letters = [ch for ch in text if ch.isalpha()]
        if c.source != "alias" and (len(letters) < 2 or not any(ch.isupper() or ch.isdigit() for ch in text)
                                    or all((s.kit.is_stop_word(w) and not _acronym_word(w)) or w.islower() for w in words)
                                    or (len(words) == 1 and words[0] in s.kit.org_first)):
            continue
        out.append(c)
    return out


def _acronym_word(word: str) -> bool:
    """An acronym of three letters or more is a name even where its letters spell a function word (НАСА, not "наса")."""
    return len(word) >= 3 and is_acronym(word)


def glued_words(s: Sent) -> list[Cand]:
    """A place's name glued to the next word by a page's markup ("Lisboahacía") is the place: the rest is a word
    the language's dictionary knows, of four letters or more."""
    out = []
    for c in s.cands:
        w = s.text[c.start:c.end]
        if c.source == "alias" or not w.isalpha() or len(w) < 8 or not is_capitalised(w) or w.isupper() \
                or s.gaz.lookup(w) or is_known(w, s.kit.code):
            out.append(c)
            continue
        cut = next((p for p in range(4, len(w) - 3) if w[p:].islower() and is_known(w[p:], s.kit.code)
                    and s.gaz.lookup(w[:p])), 0)
        out.append(replace(c, end=c.start + cut, type="LOC", rule="glued_words") if cut else c)
    return out


def drop_lone_kinds(s: Sent) -> list[Cand]:
    """A kind of built thing alone is no name ("Elevador", "Kaplica", "Lift": the word before a landmark's name,
    capitalised at a sentence's start); the name it heads is kept whole."""
    from .landmarks import landmark_words

    kinds = landmark_words(s.kit.code)
    return [c for c in s.cands if c.source == "alias" or not kinds
            or not (len(ws := TOKEN.findall(s.text[c.start:c.end])) == 1 and ws[0].lower() in kinds)]


def _unelided(s: Sent, word: str) -> str:
    e = next((e for e in s.kit.elisions if word.startswith(e) and len(word) > len(e)), None)
    return word[len(e):] if e else word


_LIST_SEPARATOR = re.compile(r"\s*[•·|;,]\s*")


def split_lists(s: Sent) -> list[Cand]:
    """A span running over a list ("Монако • Намибия", "Овечкин, Фёдоров") is one mention per item."""
    out = []
    for c in s.cands:
        text = s.text[c.start:c.end]
        if not _LIST_SEPARATOR.search(text):
            out.append(c)
            continue
        pos = 0
        for m in [*_LIST_SEPARATOR.finditer(text), None]:
            end = m.start() if m else len(text)
            if TOKEN.search(text[pos:end]):
                out.append(replace(c, start=c.start + pos, end=c.start + end, rule="split_lists", link=None))
            pos = m.end() if m else pos
    return out


def split_scripts(s: Sent) -> list[Cand]:
    """A person joining words of two scripts ("MySQL Майкл Видениус") is two names: the foreign part becomes MISC.

    Organisations mix scripts by design (ИА Regnum, ВФокусе Mail) and stay whole.
    """
    main = s.main_script()
    out = []
    for c in s.cands:
        words = list(TOKEN.finditer(s.text[c.start:c.end]))
        # a regnal ordinal is written in Latin capitals in every script ("Наполеона III"): no word of its own script
        scripts = [None if k and regnal(w.group()) else script(w.group()) for k, w in enumerate(words)]
        if c.type != "PER" or len(set(scripts) - {None}) < 2 or c.source == "alias":
            out.append(c)
            continue
        k = 0
        while k < len(words):
            j = k
            while j + 1 < len(words) and scripts[j + 1] in (scripts[k], None):
                j += 1
            a, b = c.start + words[k].start(), c.start + words[j].end()
            out.append(replace(c, start=a, end=b, type=c.type if scripts[k] == main else "MISC", rule="split_scripts",
                               link=None))
            k = j + 1
    return out


def split_title(s: Sent) -> list[Cand]:
    """A span holding a title and a name ("Kazakh President Kassym-Jomart Tokayev") becomes the person after it."""
    out = []
    for c in s.cands:
        words = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(s.text[c.start:c.end])]
        cut = None
        for i in range(len(words)):
            for title in s.kit.titles:
                if tuple(w for _a, _b, w in words[i:i + len(title)]) == title and i + len(title) < len(words):
                    cut = i + len(title)
        if cut is not None and all(is_capitalised(w) for _a, _b, w in words[cut:]):
            out.append(replace(c, start=c.start + words[cut][0], type="PER", rule="split_title"))
        else:
            out.append(c)
    return out


def split_parenthesis(s: Sent) -> list[Cand]:
    """A span "name (gloss)" becomes two mentions, linked when the gloss is its acronym or its translation.

    ``Организации Договора о коллективной безопасности (ОДКБ)``,
    ``Международная амнистия (Amnesty International)``; a gloss that is neither
    (``Лонгин Клинский (РПЦ МП)``) stays a mention of its own, unlinked.
    """
    out: list[Cand] = []
    for c in s.cands:
        m = re.match(r"^(.*\S)\s*\(\s*([^()]*\w)\s*\)$", s.text[c.start:c.end], re.S)
        gloss = m.group(2) if m else ""
        words = TOKEN.findall(gloss)
        if not m or not words or not is_capitalised(words[0]) or len(words) > 8:
            out.append(c)
            continue
        long_ = replace(c, end=c.start + len(m.group(1)), rule="split_parenthesis")
        a0 = c.start + m.start(2)
        same = is_acronym(gloss) or script(words[0]) != script(m.group(1))
        if c.type == "PER" and is_acronym(gloss) and not _initials_of(m.group(1), gloss):
            out += [long_, Cand(a0, a0 + len(gloss), "ORG", c.source, "split_parenthesis")]  # a person's party
            continue
        out += [long_, Cand(a0, a0 + len(gloss), c.type, c.source, "split_parenthesis",
                            link=(long_.start, long_.end) if same else None)]
    return out


def _initials_of(name: str, acronym: str) -> bool:
    """Does ``acronym`` spell the initials of ``name``'s capitalised words (JFK)?"""
    return "".join(w[0] for w in TOKEN.findall(name) if w[:1].isupper()).upper() == acronym.upper()


def acronym_after_span(s: Sent) -> list[Cand]:
    """A name followed by ``(ACRONYM)`` the recogniser left out: add the acronym, linked to the name."""
    out = list(s.cands)
    for c in s.cands:
        m = re.match(r"\s*\(\s*(\w[\w\-]*)\s*\)", s.text[c.end:s.end])
        if m and is_acronym(m.group(1)):
            a0 = c.end + m.start(1)
            if covered(out, a0, a0 + len(m.group(1))):
                continue
            if (c.type == "PER" and not _initials_of(s.text[c.start:c.end], m.group(1))) or _dateline(s, c):
                # Lula (PT): a party; ISTANBUL (AA): the agency filing from there
                out.append(Cand(a0, a0 + len(m.group(1)), "ORG", "rules", "acronym_after_span"))
            else:
                out.append(Cand(a0, a0 + len(m.group(1)), c.type, "rules", "acronym_after_span", link=(c.start, c.end)))
    return out


def designations(s: Sent) -> list[Cand]:
    """Model designations (Мста-С, ASPAN-1, Су-27, T-72) are products or weapon systems: MISC."""
    out = []
    for c in s.cands:
        if _DESIGNATION.match(s.text[c.start:c.end]) and c.type != "PER":
            out.append(replace(c, type="MISC", rule="designations"))
        else:
            out.append(c)
    return out


def extend_camel(s: Sent) -> list[Cand]:
    """Extend a span over an adjacent CamelCase word (``ВФокусе Mail``)."""
    toks = s.tokens()
    out = []
    for c in s.cands:
        for a, b, w in toks:
            if b + 1 == c.start and s.text[b] == " " and is_camel(w):
                c = replace(c, start=a, rule="extend_camel")
            elif a == c.end + 1 and s.text[c.end] == " " and is_camel(w):
                c = replace(c, end=b, rule="extend_camel")
        out.append(c)
    return out


def quoted_names(s: Sent) -> list[Cand]:
    """A short «quoted» name after a type cue (программы «Партнёрство во имя мира», проекты, как «Срединный коридор»)."""
    out = list(s.cands)
    body = s.text[s.start:s.end]
    toks = s.tokens()
    for m in re.finditer(r"[«“„]([^«»“”„]{2,60})[»”“]", body):
        inner = m.group(1).strip()
        words = inner.split()
        if not words or len(words) > 5 or not is_capitalised(words[0]) or inner[-1] in ".!?,":
            continue
        a, b = s.start + m.start(1), s.start + m.start(1) + len(inner)
        before = [t for t in toks if t[1] <= s.start + m.start()][-3:]
        etype = next((s.kit.cue_type(t[2]) for t in reversed(before) if s.kit.cue_type(t[2])), None)
        if etype not in ("ORG", "MISC"):
            continue
        out = [c for c in out if not (a <= c.start and c.end <= b)]
        if not covered(out, a, b):
            out.append(Cand(a, b, etype, "rules", "quoted_names"))
    return out


def _runs(s: Sent, accept: Callable[[str], bool]) -> list[tuple[int, int, list]]:
    """Maximal runs of adjacent accepted tokens (joined by one space or hyphen), as token index ranges."""
    toks = s.tokens()
    runs, i = [], 0
    while i < len(toks):
        if not accept(toks[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and accept(toks[j + 1][2]) and s.text[toks[j][1]:toks[j + 1][0]] in (" ", "-"):
            j += 1
        runs.append((i, j, toks))
        i = j + 1
    return runs


def foreign_script(s: Sent) -> list[Cand]:
    """Capitalised words in another script than the sentence's (Latin names in Cyrillic text and back)."""
    main = s.main_script()
    out = list(s.cands)
    for i, j, toks in _runs(s, lambda w: (is_capitalised(w) or w[:1].isdigit()) and script(w) not in (None, main)):
        if not is_capitalised(toks[i][2]) or (i == j and (len(toks[i][2]) < 2 or _ROMAN.match(toks[i][2]))):
            continue  # a Roman numeral (XXI век) is no name
        a, b = toks[i][0], toks[j][1]
        if covered(out, a, b):
            continue
        glossed = _glossed_type(s, out, a)
        if glossed:
            b = _gloss_end(s, a, b, main)
        etype = glossed or _neighbour_type(s, toks, i, j) or "MISC"
        out.append(Cand(a, b, "MISC" if _DESIGNATION.match(s.text[a:b]) else etype, "rules", "foreign_script"))
    return out


def _glossed_type(s: Sent, cands: list[Cand], start: int) -> str | None:
    """The type of the name a parenthesis opening at ``start`` follows: "«Фольксваген» (Volkswagen)", "Халеда
    эль-Масри (Khaled el-Masri)" give a name in its own script, of the same type."""
    if s.text[start - 1:start] != "(":
        return None
    for c in cands:
        if not c.nested and c.type in ("PER", "ORG", "LOC") and s.text[c.end:start - 1].strip(" »\"“”") == "":
            return c.type
    return None


MAX_GLOSS_WORDS = 5


def _gloss_end(s: Sent, a: int, b: int, main: str | None) -> int:
    """Where a name in parentheses ends: at the closing parenthesis when all between is that name, its small
    joining words included ("(Corriere della Sera)", "(Khaled el-Masri)"), else at ``b``."""
    close = s.text.find(")", a, s.end)
    inner = s.text[a:close] if close > 0 else ""
    ws = TOKEN.findall(inner)
    if not ws or len(ws) > MAX_GLOSS_WORDS or re.search(r"[,;:]|\. ", inner) \
            or any(script(w) in (None, main) for w in ws) or not any(ch.isupper() for ch in ws[-1]):
        return b
    return a + len(inner.rstrip())


def acronyms(s: Sent) -> list[Cand]:
    """ALL-CAPS words the recogniser missed (RTVI): a place if the gazetteer knows it, else typed by a cue, else MISC."""
    out = list(s.cands)
    toks = s.tokens()
    for k, (a, b, w) in enumerate(toks):
        if not is_acronym(w) or covered(out, a, b) or w in s.kit.not_names or s.kit.is_common_word(w):
            continue  # shouted words (FOR, ЗА) and abbreviations of common nouns (GDP, ВВП) name nothing
        place = s.gaz.lookup(w)
        if place and place.local:
            place = None  # a city is not written in capitals: NIS, the agency, is not Niš
        cue = _neighbour_type(s, toks, k, k)
        # a person is hardly ever written as an acronym: a person cue next to one says nothing
        if place:
            etype = "ORG" if place.kind == "organisation" else "LOC"
        else:
            etype = cue if cue in ("ORG", "MISC") else "MISC"
        out.append(Cand(a, b, etype, "rules", "acronyms"))
    return out


def org_heads(s: Sent) -> list[Cand]:
    """Capitalised runs ending in an organisation head word (Russian State Duma, Defence Ministry)."""
    if not s.kit.org_heads:
        return s.cands
    out = list(s.cands)
    for i, j, toks in _runs(s, lambda w: is_capitalised(w) and not is_acronym(w)):
        while i < j and toks[i][2] in s.kit.determiners:
            i += 1  # "The Wall Street Journal" at a sentence start
        if j > i and toks[j][2] in s.kit.org_heads:
            a, b = toks[i][0], toks[j][1]
            inside = [c for c in out if a <= c.start and c.end <= b]
            if not covered([c for c in out if c not in inside], a, b) and all(c.type != "PER" for c in inside):
                out = [c for c in out if c not in inside] + [Cand(a, b, "ORG", "rules", "org_heads")]
    return out


def capitalised_runs(s: Sent) -> list[tuple[int, int]]:
    """Runs of capitalised tokens joined by a space, a hyphen or the language's connectors ("Banco de España")."""
    toks = s.tokens()
    ok = [is_capitalised(w) and not w.isdigit() for _a, _b, w in toks]
    runs, i = [], 0
    while i < len(toks):
        if not ok[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(toks):
            if ok[j + 1] and s.text[toks[j][1]:toks[j + 1][0]] in (" ", "-"):
                j += 1
                continue
            n = next((len(c) for c in s.kit.connectors if _connector_at(s, toks, j + 1, c)), 0)
            if n and j + n + 1 < len(toks) and ok[j + n + 1] and s.text[toks[j + n][1]:toks[j + n + 1][0]] == " ":
                j += n + 1
                continue
            break
        runs.append((i, j))
        i = j + 1
    return runs


_NAME_ADJECTIVE = re.compile(r"\w{3,}(isch|äisch|al|iert)(e|en|er|es|em)|Vereinigte[nrs]?|Vereinte[nrs]?")


def _noun_language_name(s: Sent, toks: list, seg: list[int]) -> str | None:
    """A name in a language that capitalises every noun, known by its shape, or None.

    An adjective is written in lower case there unless it opens a name ("die
    Iberische Halbinsel", "die Europäische Kommission"); a compound of an acronym
    or a country and a kind of body is that body ("EU-Kommission", "US-Regierung").
    """
    words = [toks[k][2] for k in seg]
    if len(words) >= 2 and seg[0] > 0 and _NAME_ADJECTIVE.fullmatch(words[0]):
        last = words[-1].lower()
        if last in s.kit.place_heads:
            return "LOC"
        return "ORG" if s.kit.is_body_head(words[-1]) or words[-1] in s.kit.org_heads else "MISC"
    if len(words) == 1 and "-" in words[0]:
        first, *_, head = words[0].split("-")
        if (is_acronym(first) or s.gaz.lookup(first)) and (s.kit.is_body_head(head) or head in s.kit.org_heads):
            return "ORG"
    return None


def _inner_bodies(s: Sent, toks: list, i: int, j: int) -> list[Cand]:
    """A body of another body named inside its name ("Consejo de Gobierno del Banco Central Europeo"): the
    second body, after a connector, is a name of its own, nested."""
    for k in range(j - 1, i + 1, -1):  # the last: "Consejo de Gobierno" is one body, the bank another
        if toks[k][2] in s.kit.org_first and not is_capitalised(toks[k - 1][2]):
            return [Cand(toks[k][0], toks[j][1], "ORG", "rules", "capitalised", nested=True)]
    return []


def _connector_at(s: Sent, toks: list, k: int, words: tuple[str, ...]) -> bool:
    if k + len(words) > len(toks) or s.text[toks[k - 1][1]:toks[k][0]] != " ":
        return False
    return all(toks[k + n][2] == w and (n == 0 or s.text[toks[k + n - 1][1]:toks[k + n][0]] == " ")
               for n, w in enumerate(words))


def capitalised(s: Sent) -> list[Cand]:
    """Fallback for languages without a model: capitalised runs, cut at cue words, stop words and known places.

    In "Президент України Володимир Зеленський" the cue "Президент" types what
    follows, "України" is a place (found through the language's case endings),
    and "Володимир Зеленський" becomes the candidate. A run opening with an
    organisation's first word is that organisation whole ("Ministerio de
    Defensa de Kazajistán"). A lone capital at the sentence start says
    nothing, nor does a stop word ("Nous", "Tanto"); in languages that
    capitalise every noun (German) a run needs a cue or a gazetteer hit.
    """
    if s.modelled:
        return s.cands
    out = list(s.cands)
    toks = s.tokens()

    def flush(seg: list[int], pending: str | None) -> None:
        while seg and not is_capitalised(toks[seg[-1]][2]):
            seg = seg[:-1]  # a connector left at the edge ("Banco de" before a place)
        while seg and not is_capitalised(toks[seg[0]][2]):
            seg = seg[1:]
        if not seg or (seg[0] == 0 and len(seg) == 1) or sum(len(toks[k][2]) for k in seg) < 2:
            return
        if len(seg) == 1 and toks[seg[0]][2] in s.kit.org_first:
            return  # a kind of body alone ("el Gobierno", "el Ejecutivo") names no body
        a, b = toks[seg[0]][0], toks[seg[-1]][1]
        if covered(out, a, b):
            return
        cue = pending or _neighbour_type(s, toks, seg[0], seg[-1])
        if cue:
            etype = cue
        elif s.kit.capitalises_nouns:
            etype = _noun_language_name(s, toks, seg)
            if not etype:
                return  # German nouns are capitalised: without a cue a capital proves nothing
        else:
            ends = {toks[seg[0]][2].lower(), toks[seg[-1]][2].lower()}
            etype = "ORG" if toks[seg[-1]][2] in s.kit.org_heads else "LOC" if ends & s.kit.place_heads else "MISC"
            if etype == "MISC" and len(seg) == 1 and given_name(s, toks[seg[0]][2]):
                etype = "PER"  # a given name alone names a person ("el papa Francisco")
        out.append(Cand(a, b, etype, "rules", "capitalised"))

    for i, j in capitalised_runs(s):
        while i < j and (toks[i][2] in s.kit.determiners or s.kit.is_stop_word(toks[i][2])) \
                and not _place(s, s.text[toks[i][0]:toks[j][1]]):
            i += 1  # "El Ministerio ...", "Tanto Apple"
        whole = s.text[toks[i][0]:toks[j][1]]
        if i < j and not covered(out, toks[i][0], toks[j][1]):
            place = _place(s, whole)
            if place or s.kit.is_org_first(toks[i][2]):
                etype = "ORG" if not place or place.kind == "organisation" else "LOC"
                out.append(Cand(toks[i][0], toks[j][1], etype, "rules", "capitalised"))
                out += _inner_bodies(s, toks, i, j) if not place else []
                continue  # "Estados Unidos", "Ministerio de Defensa de Kazajistán": one name
        seg: list[int] = []
        pending: str | None = None
        for k in range(i, j + 1):
            a, b, w = toks[k]
            if not is_capitalised(w):
                seg.append(k)  # a connector inside a run
                continue
            cue = s.kit.cue_type(w)
            place = None if covered(out, a, b) else _place(s, w)
            if place and i < j and (place.local and not (k == j and s.gaz.lookup(w) is None)
                                    or k < j and given_name(s, w)
                                    or _name_follows(s, toks, k, j) and not _place(s, toks[k + 1][2])):
                place = None  # inside a run a city name is more often a first name (Володимир Зеленський), and so
                # is a country's name before a surname (Dominique Mamberti, Jordan Bardella) or opening the run as a
                # given name ("Salvador Illa"); not a city in a case form closing the run ("su Nausėda Vilniuje")
            # "Kazakh President ...": the adjective is no part of the name; "Francesco" is a given name, no adjective
            demonym = s.gaz.is_demonym(w) and not given_name(s, w) and not _name_follows(s, toks, k, j)
            # "представник Кремля Дмітрій Пєсков": the Kremlin, then a person
            seat = not place and s.kit.is_org_name(w)
            # a stop word capitalised inside a run is a particle of the name ("Marine Le Pen", "Benicio Del Toro")
            particle = seg and k < j and s.text[toks[k - 1][1]:a] == " " and s.text[b:toks[k + 1][0]] == " " \
                and is_capitalised(toks[k - 1][2]) and len(w) <= 3 and _name_follows(s, toks, k, j) \
                and not _place(s, toks[k + 1][2]) and not s.kit.is_org_name(toks[k + 1][2])
            if cue or place or seat or demonym or covered(out, a, b) or (s.kit.is_stop_word(w) and not particle):
                flush(seg, pending)
                if seg:
                    pending = None
                seg = []
                if cue:
                    pending = cue
                elif place or seat:
                    etype = "ORG" if seat or place.kind == "organisation" else "LOC"
                    out.append(Cand(a, b, etype, "rules", "capitalised"))
                continue
            seg.append(k)
        flush(seg, pending)
    return out


def _name_follows(s: Sent, toks: list, k: int, j: int) -> bool:
    """Does a name's word follow token ``k`` in its run ("Dominique Mamberti": no nationality before a title)?"""
    if k >= j:
        return False
    nxt = toks[k + 1][2]
    return is_capitalised(nxt) and not is_acronym(nxt) and not s.kit.cue_type(nxt) \
        and nxt not in s.kit.org_first and not s.gaz.is_demonym(nxt) and not s.kit.is_stop_word(nxt)


def structure_compounds(s: Sent) -> list[Cand]:
    """A built thing named as one compound word in a language that capitalises nouns ("Carolabrücke",
    "Carola-Brücke"): a place, unless the dictionary knows the compound or its first part as an ordinary word
    ("Eisenbahnbrücke")."""
    if not s.kit.capitalises_nouns or not s.kit.structure_heads:
        return s.cands
    out = list(s.cands)
    for a, b, w in s.tokens():
        name = s.kit.structure_name(w)
        if name and not covered(out, a, b) and not is_known(w, s.kit.code) \
                and ("-" in w or not is_known(name, s.kit.code)):
            out.append(Cand(a, b, "LOC", "rules", "structure_compounds"))
    return out


MAX_LOWER = 2  # lower-case words between a name's capitalised first word and its head ("Европейската централна банка")


def first_word_names(s: Sent) -> list[Cand]:
    """Names capitalised on the first word only, ending in the head noun of a kind of body: "Европейската
    централна банка", "Българската народна банка", "Европейския съюз" are one organisation, not "Европейската"."""
    if s.modelled or not s.kit.first_word_capital or not s.kit.body_heads:
        return s.cands
    out = list(s.cands)
    toks = s.tokens()
    for i, (a, _b, w) in enumerate(toks):
        if not is_capitalised(w) or is_acronym(w) or s.kit.is_stop_word(w) or s.kit.is_body_head(w):
            continue
        for j in range(i + 1, min(i + MAX_LOWER + 2, len(toks))):
            if s.text[toks[j - 1][1]:toks[j][0]] != " " or not toks[j][2].isalpha() or not toks[j][2].islower() \
                    or s.kit.is_stop_word(toks[j][2]):
                break  # a function word ends it: "Dodik je kritikovao sud" is a person, then a clause
            if s.kit.is_body_head(toks[j][2]):
                b = toks[j][1]
                if j + 2 < len(toks) and toks[j + 1][2] in s.kit.seat_prepositions and is_capitalised(toks[j + 2][2]) \
                        and s.text[b:toks[j + 2][0]] == f" {toks[j + 1][2]} " and _place(s, toks[j + 2][2]):
                    b = toks[j + 2][1]  # "Krajský soud v Brně": the body with its seat, one name
                inside = [c for c in out if a <= c.start and c.end <= b]
                if not covered([c for c in out if c not in inside], a, b) and all(c.type != "PER" for c in inside):
                    out = [c for c in out if c not in inside] + [Cand(a, b, "ORG", "rules", "first_word_names")]
                break
    return out


MAX_TAIL = 2  # "de" + word chunks an organisation's name may run on by


def org_tail(s: Sent) -> list[Cand]:
    """An organisation opening with a kind of body runs on over "de" + word where a model stopped at the first
    lower-case word: "Institut national espagnol" + "de cybersécurité" is one name."""
    if not s.kit.org_first or not s.kit.connectors:
        return s.cands
    out = []
    for c in s.cands:
        first = _unelided(s, s.text[c.start:c.end].split(" ", 1)[0])
        if c.type != "ORG" or first not in s.kit.org_first:
            out.append(c)
            continue
        end = c.end
        for _ in range(MAX_TAIL):
            m = _TAIL.match(s.text, end, s.end)
            if not m or (m.group(1),) not in s.kit.connectors or s.kit.is_stop_word(m.group(2)) \
                    or covered([o for o in s.cands if o is not c], c.start, m.end()):
                break
            end = m.end()
        out.append(replace(c, end=end, rule="org_tail") if end != c.end else c)
    return out


_TAIL = re.compile(r" (\w+) ([^\W\d_]{3,})(?=[\s.,;:!?)»”]|$)")


def _place(s: Sent, word: str):
    return s.kit.place(s.gaz, word)


def alnum_names(s: Sent) -> list[Cand]:
    """Capitalised words mixing letters and digits (United24, Sky1) are names: typed by a cue, else MISC."""
    out = list(s.cands)
    toks = s.tokens()
    for k, (a, b, w) in enumerate(toks):
        if (is_capitalised(w) and any(c.isdigit() for c in w) and sum(c.isalpha() for c in w) >= 3
                and "-" not in w and not covered(out, a, b)):
            out.append(Cand(a, b, _neighbour_type(s, toks, k, k) or "MISC", "rules", "alnum_names"))
    return out


_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}$")


def domains(s: Sent) -> list[Cand]:
    """Web addresses cited as sources (infox.ru, Lenta.ru, NEWSru.com) are outlets: ORG."""
    out = list(s.cands)
    for a, b, w in s.tokens():
        if _DOMAIN.match(w) and any(c.isalpha() for c in w.split(".")[0]) and not covered(out, a, b):
            out.append(Cand(a, b, "ORG", "rules", "domains"))
    return out


def quoted_titles(s: Sent) -> list[Cand]:
    """A "person" that is the whole of a «quoted» phrase is a title of a work or product (MISC)."""
    out = []
    for c in s.cands:
        before, after = s.text[c.start - 1:c.start], s.text[c.end:c.end + 1]
        if c.type == "PER" and before and after and before in _OPEN_QUOTES and after in _CLOSE_QUOTES:
            c = replace(c, type="MISC", rule="quoted_titles")
        out.append(c)
    return out


def acronym_prefix(s: Sent) -> list[Cand]:
    """A person span opening with an inflected acronym (МИДа Тойнби) keeps only the name after it."""
    out = []
    for c in s.cands:
        m = re.match(r"^[^\W\d_]{2,}(?=[^\W\d_]*\s)", s.text[c.start:c.end])
        word = s.text[c.start:c.end].split(" ", 1)[0]
        if c.type == "PER" and m and len(word) > 2 and word[:2].isupper() and " " in s.text[c.start:c.end]:
            c = replace(c, start=c.start + len(word) + 1, rule="acronym_prefix")
        out.append(c)
    return out


def drop_demonyms(s: Sent) -> list[Cand]:
    """A one-word person that is a country's adjective (Kazakh, Ukrainian) is a recogniser error: dropped.

    A known given name is kept though it opens like a country (Francis, Francisco, Франциск: Francia).
    """
    return [c for c in s.cands
            if not (c.type == "PER" and " " not in (w := s.text[c.start:c.end]) and s.gaz.is_demonym(w)
                    and not given_name(s, w))]


def drop_common_words(s: Sent) -> list[Cand]:
    """Ordinary words the dictionary knows (Риторика, Смерти) are not names of persons, nor of anything at a sentence start.

    A common word opening a longer person span (``Жительницу Костаная``) is cut
    off, and what is left is a place if the gazetteer knows it.
    """
    toks = s.tokens()
    if not toks:
        return s.cands
    first = toks[0]
    out = []
    for c in s.cands:
        ws = [t for t in toks if c.start <= t[0] and t[1] <= c.end]
        if len(ws) == 1 and s.kit.is_common_word(ws[0][2]) and (c.type == "PER" or c.start == first[0]):
            continue
        if len(ws) == 1 and c.type == "PER" and s.kit.is_adjective(ws[0][2]):
            continue  # Тартуских: an adjective is no person
        if c.type == "PER" and len(ws) > 1 and c.start == first[0] and s.kit.is_common_word(ws[0][2]) \
                and ws[1][2][:1].isupper():
            rest = s.text[ws[1][0]:c.end]
            place = s.kit.place(s.gaz, rest)
            c = replace(c, start=ws[1][0], type="LOC" if place else c.type, rule="drop_common_words")
        out.append(c)
    return out


def gazetteer_names(s: Sent) -> list[Cand]:
    """Places the recogniser missed (Moscou, США, Росії): capitalised words the gazetteer knows, longest first.

    A sentence's first word alone counts only when it names a country, since a city
    name may be an ordinary word there ("Reading the report..."); a name of two words
    or more counts there too (a dateline: "SÃO PAULO (Reuters) –").
    """
    toks = s.tokens()
    out = list(s.cands)
    i = 0
    while i < len(toks):
        for n in (3, 2, 1):
            j = i + n - 1
            if j >= len(toks) or not all(is_capitalised(t[2]) for t in toks[i:j + 1]):
                continue
            a, b = toks[i][0], toks[j][1]
            pieces = [c for c in out if a <= c.start and c.end <= b and c.source == "rules" and n > 1]
            if covered([c for c in out if c not in pieces], a, b):
                continue
            if any(s.text[toks[k][1]:toks[k + 1][0]] not in (" ", "-") and not _abbreviated(s, toks[k], toks[k + 1])
                   for k in range(i, j)):
                continue  # words of one name, or an abbreviation written with dots ("EE. UU.")
            place = s.kit.place(s.gaz, s.text[a:b])
            if place and (i > 0 or n > 1 or place.kind == "territory") and not (n == 1 and s.kit.is_stop_word(toks[i][2])):
                out = [c for c in out if c not in pieces]  # "EE" and "UU" the acronym rule saw in "EE. UU."
                out.append(Cand(a, b, "ORG" if place.kind == "organisation" else "LOC", "rules", "gazetteer_names"))
                i = j
                break
        i += 1
    return out


def _abbreviated(s: Sent, a, b) -> bool:
    return s.text[a[1]:b[0]] == ". " and a[2].isupper() and b[2].isupper() and len(a[2]) <= 3 and len(b[2]) <= 3


def org_names(s: Sent) -> list[Cand]:
    """Seats of power that stand for their institution (Kremlin, Кремля, White House, Élysée) are organisations."""
    if not s.kit.org_names:
        return s.cands
    out = []
    for c in s.cands:
        if c.type in ("LOC", "MISC", "PER") and c.source != "alias" and s.kit.is_org_name(s.text[c.start:c.end]):
            c = replace(c, type="ORG", rule="org_names")
        out.append(c)
    return out


def gazetteer_types(s: Sent) -> list[Cand]:
    """Spans that name a country or city are places, whatever the recogniser said (except persons)."""
    out = []
    for c in s.cands:
        if c.type in ("ORG", "MISC") and c.source != "alias":
            place = s.kit.place(s.gaz, s.text[c.start:c.end])
            if place and place.local:
                c = replace(c, type="LOC", rule="gazetteer_types")
        out.append(c)
    return out


def parenthesised_acronyms(s: Sent) -> list[Cand]:
    """An acronym in parentheses right after a name a later rule found ("Servicio Estatal de Emergencias de
    Ucrania (DSNS)"): the name it abbreviates, whatever its letters, and an organisation's type (the ``acronyms``
    rule typed it by its neighbours alone). A thing's name when the acronym spells its initials ("Digital Markets
    Act (DMA)") or the name holds no place ("Ley de Mercados Digitales (DMA)": the original's acronym;
    "Aeroporto de Guarulhos (SP)" names the state it lies in); never a place the gazetteer knows ("(SP)") or a
    person's name ("Lula da Silva (PT)": a party)."""
    from .link import acronym_fits

    named = {c.end: c for c in s.cands if not c.nested and c.link is None and c.type in ("ORG", "MISC")}
    out = []
    for c in s.cands:
        if c.link is None and c.source != "alias" and is_acronym(s.text[c.start:c.end]) \
                and s.text[c.end:c.end + 1] == ")":
            m = re.search(r"(\S)\s*\(\s*$", s.text[s.start:c.start])
            before = named.get(s.start + m.start(1) + 1) if m else None
            if before is not None and _dateline(s, before):
                # "ISTANBUL (AA) -": the place it was written in, then the agency
                if before in out and s.kit.place(s.gaz, s.text[before.start:before.end].title()):
                    out[out.index(before)] = replace(before, type="LOC", rule="parenthesised_acronyms")
                before = None
            if before is not None and before.end - before.start > c.end - c.start and c.type != "LOC" \
                    and (before.type == "ORG" or _abbreviates_thing(s, c, before, acronym_fits)):
                c = replace(c, link=(before.start, before.end), rule="parenthesised_acronyms",
                            type="ORG" if before.type == "ORG" else c.type)
        out.append(c)
    return out


def _dateline(s: Sent, name: Cand) -> bool:
    """Does a name open its sentence written in capitals, longer than an acronym or a place the gazetteer knows
    ("ISTANBUL (AA)", "SÃO PAULO (Reuters)", "PARIS (AFP)")? Then the parentheses hold the agency filing from that place, not its acronym."""
    text = s.text[name.start:name.end]
    return not s.text[s.start:name.start].strip(" \t\n\"'«“„—–-") and text.isupper() \
        and (len(text.split()) > 1 or not is_acronym(text) or s.kit.place(s.gaz, text.title()) is not None)


def _abbreviates_thing(s: Sent, acronym: Cand, name: Cand, fits) -> bool:
    if fits(s.text[acronym.start:acronym.end], s.text[name.start:name.end]):
        return True
    return not any(w[:1].isupper() and s.kit.place(s.gaz, w) for w in TOKEN.findall(s.text[name.start:name.end]))


RULES: tuple[Callable[[Sent], list[Cand]], ...] = (
    trim_edges, dotted_abbreviations, drop_non_names, split_lists, split_parenthesis, split_scripts, split_title, acronym_after_span, designations, extend_camel,
    quoted_names, foreign_script, acronyms, alnum_names, domains, org_heads, capitalised, structure_compounds, first_word_names, org_tail, quoted_titles, split_acronym_person, acronym_prefix,
    lower_case_tail, regnal_names, titled_given_names, titles_off, split_place_person, split_owner_person, portfolios, drop_calendar_words, drop_demonyms, drop_common_words, drop_lone_kinds, glued_words, name_numbers, *orgs.RULES, gazetteer_names, gazetteer_types, org_names,
    parenthesised_acronyms,
)


def apply(s: Sent, rules=RULES) -> list[Cand]:
    """Run the rules in order over one sentence."""
    for rule in rules:
        s.cands = rule(s)
    return s.cands
