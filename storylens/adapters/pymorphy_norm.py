"""Dictionary forms of inflected names with pymorphy3 (Russian; Ukrainian when its dictionary is installed).

Rules that keep multiword names intact: in a person's name every word goes
to the nominative in the gender of the first name; in any other name only the
leading adjectives and the first noun (the head) change, and everything after
the head stays as written (``Министерства обороны Казахстана`` ->
``Министерство обороны Казахстана``, never ``Министерство оборона``).
Acronyms, Latin words and words pymorphy can read as nominative already are
left alone, so unknown names are not mangled by its guesser.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang

HYPHENS = "-\u2010\u2011\u2012\u2013"
_WORD = re.compile(r"\S+")


def build_analyzer(dictionary: str):
    """A pymorphy3 analyzer for one dictionary language, or None when its dictionary is not installed.

    Build it through ``Context.morphology`` so that one process holds one per language.
    """
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=dictionary)
    except Exception:  # dictionary package missing: normalisation becomes identity
        return None


def _restore_case(word: str, surface: str) -> str:
    if lang.fold(surface) == surface:  # the dictionary writes ё where the article may not: keep the article's way
        word = lang.fold(word)
    if surface.isupper() and len(surface) > 1:
        return word.upper()
    if surface[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class Normaliser:
    """Turns an inflected name into its dictionary form."""

    def __init__(self, morph, name_tags: tuple[str, ...] = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")):
        self.morph = morph  # a pymorphy3 MorphAnalyzer (``build_analyzer``), or None
        self.name_tags = frozenset(name_tags)
        self._parse = lru_cache(maxsize=200_000)(self._parse_uncached)
        self.lemma = lru_cache(maxsize=200_000)(self._lemma_uncached)
        self.normalise = lru_cache(maxsize=100_000)(self._normalise_uncached)  # a stream names the same people

    def _parse_uncached(self, word: str):
        return tuple(self.morph.parse(word.lower())) if self.morph else ()

    def _lemma_uncached(self, word: str) -> str:
        """The masculine dictionary form of one word (surname keys: Журавлева, Журавлев -> журавлев)."""
        parses = self._parse(word)
        return lang.fold(parses[0].normal_form if parses else word.lower())

    def is_common_word(self, word: str) -> bool:
        """True when pymorphy knows ``word`` only as an ordinary word (Риторика), not as a name."""
        parses = self._parse(word)
        if not parses or not any(p.is_known for p in parses):
            return False
        return not any(self.name_tags & p.tag.grammemes for p in parses)

    def is_adjective(self, word: str) -> bool:
        """True when every reading of ``word`` is an adjective or participle (Тартуских)."""
        parses = self._parse(word)
        return bool(parses) and all(p.tag.POS in ("ADJF", "PRTF", "ADJS") for p in parses)

    def cases(self, word: str) -> frozenset[str]:
        """Every grammatical case ``word`` can be read in (empty when pymorphy does not know it)."""
        return frozenset(p.tag.case for p in self._parse(word) if p.tag.case and p.is_known)

    def pos(self, word: str) -> str | None:
        """The likeliest part of speech of ``word`` (NOUN, ADJF, VERB, PREP, ...), None when unknown."""
        parses = self._parse(word)
        return str(parses[0].tag.POS) if parses and parses[0].tag.POS else None

    def is_proper_name(self, word: str) -> bool:
        """True when a known reading of ``word`` is a person's or a place's name (Москвы, Ивановым)."""
        return any({"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes for p in self._parse(word) if p.is_known)

    def is_relative_adjective(self, word: str) -> bool:
        """An adjective of kind, not of quality or reference (государственный, антимонопольный; not новый, этот)."""
        parses = self._parse(word)
        return bool(parses) and parses[0].tag.POS == "ADJF" and not ({"Qual", "Apro"} & parses[0].tag.grammemes)

    def is_first_name(self, word: str) -> bool:
        """True when a known reading of ``word`` is a given name."""
        return any("Name" in p.tag.grammemes for p in self._parse(word) if p.is_known)

    def is_common_abbreviation(self, word: str) -> bool:
        """An abbreviation of common nouns (СМИ, ВВП, ДТП), not of a body or a place (МИД, ООН, РФ)."""
        parses = [p for p in self._parse(word) if p.is_known]
        return bool(parses) and all("Abbr" in p.tag.grammemes and not (self.name_tags & p.tag.grammemes)
                                    for p in parses)

    def noun_lemmas(self, word: str) -> list[str]:
        """Dictionary forms of every noun reading (Костаная -> костанай), for gazetteer look-ups."""
        return list(dict.fromkeys(p.normal_form for p in self._parse(word) if p.tag.POS == "NOUN"))

    def _normalise_uncached(self, text: str, etype: str) -> str:
        """Dictionary form of the name ``text`` of type ``etype`` (PER, ORG, LOC, MISC)."""
        if not self.morph or not re.search(r"[^\W\d_]", text):
            return text
        words = _WORD.findall(text)
        if etype == "PER":
            return " ".join(self._person(words))
        return " ".join(self._phrase(words))

    # -- persons -----------------------------------------------------------
    def _person(self, words: list[str]) -> list[str]:
        gender, case = self._person_form(words)
        if case in (None, "nomn"):
            return words
        out = []
        for w in words:
            head, tail = _split_hyphen(w)
            if not _inflectable(tail or head):
                out.append(w)
                continue
            # in a hyphenated first name (Касым-Жомарта) only the last part inflects
            target = tail if tail else head
            new = self._to_nominative(target, gender=gender, case=case, person=True)
            out.append(head + w[len(head):len(w) - len(tail)] + new if tail else new)
        return out

    def _person_form(self, words: list[str]) -> tuple[str | None, str | None]:
        """The (gender, case) most words of a person's name agree on, read from first names or surnames."""
        parts = [_last_part(w) for w in words if _inflectable(_last_part(w))]
        # plural readings are dropped: Родионов is a surname, not "of the Rodions"
        cands = [(p.tag.gender, p.tag.case) for w in parts for p in self._parse(w)
                 if {"Name", "Surn"} & p.tag.grammemes and p.tag.number != "plur"]
        if not cands and parts:
            # no word is a known name (Хосепа): read the first one as a singular noun
            cands = [(p.tag.gender, p.tag.case) for p in self._parse(parts[0])
                     if p.tag.POS == "NOUN" and p.tag.number == "sing"]
        if not cands:
            return None, None

        def readings(w: str) -> tuple[list, bool]:
            # a word with name readings is read only as a name (Киану is not the noun "киана")
            named = [p for p in self._parse(w) if {"Name", "Surn", "Patr"} & p.tag.grammemes]
            return (named, True) if named else ([p for p in self._parse(w) if p.tag.number != "plur"], False)

        def fits(w: str, g: str | None, c: str | None) -> bool:
            ps, named = readings(w)
            if named:
                return any(p.tag.case == c and p.tag.gender in (g, None) for p in ps)
            # an ordinary noun used as a surname keeps its own gender (Хосепа Гвардиолы: masculine name, -а noun);
            # one with no form in that case is indeclinable (Ольги Баранец)
            return any(p.tag.case == c for p in ps) or any(p.tag.case == "nomn" for p in ps)

        def agree(cand: tuple[str | None, str | None]) -> tuple[int, bool, bool]:
            g, c = cand
            n = sum(1 for w in parts if fits(w, g, c))
            # ties (Александра Русикова: a woman, or "of Alexander"?) go to the reading news text makes likelier
            return n, g == "masc", c == "nomn"

        best = max(dict.fromkeys(cands), key=agree)
        # a reading not every word shares (Киану Ривз: "Киану" could be a dative, "Ривз" cannot) changes nothing
        return best if agree(best)[0] == len(parts) else (None, None)

    # -- other names -------------------------------------------------------
    def _phrase(self, words: list[str]) -> list[str]:
        head_i = None
        for i, w in enumerate(words):
            part = _split_hyphen(w)[0]
            if not _inflectable(part):
                break
            parses = self._parse(part)
            if parses and parses[0].tag.POS == "NOUN":
                head_i = i
                break
            if not parses or parses[0].tag.POS not in ("ADJF", "PRTF"):
                break
        if head_i is None:
            return words
        head_w, rest = _split_hyphen(words[head_i])[0], words[head_i][len(_split_hyphen(words[head_i])[0]):]
        head_parse = self._head_parse(head_w)
        if head_parse is None:
            return words
        out = list(words)
        new_head = self._inflect(head_parse, {"nomn"}, head_w)
        out[head_i] = new_head + rest
        number = head_parse.tag.number or "sing"
        for i in range(head_i):
            adj = self._agree(words[i], head_parse.tag.case, head_parse.tag.gender, number)
            out[i] = adj
        return out

    def _head_parse(self, word: str):
        parses = [p for p in self._parse(word) if p.tag.POS == "NOUN"]
        if not parses:
            return None
        nomn_sing = [p for p in parses if p.tag.case == "nomn" and p.tag.number != "plur"]
        if nomn_sing:
            return nomn_sing[0]
        sing = [p for p in parses if p.tag.number == "sing"]
        return sing[0] if sing else parses[0]

    def _agree(self, word: str, case: str | None, gender: str | None, number: str) -> str:
        for p in self._parse(word):
            if p.tag.POS not in ("ADJF", "PRTF") or p.tag.case != case or p.tag.number != number:
                continue
            if number == "sing" and gender and p.tag.gender and p.tag.gender != gender:
                continue
            wanted = {"nomn", number} | ({gender} if number == "sing" and gender else set())
            return self._inflect(p, wanted, word)
        return word

    def _to_nominative(self, word: str, gender: str | None, case: str | None, person: bool) -> str:
        parses = self._parse(word)
        if not parses:
            return word
        # already a possible nominative of the right gender: keep the surface (unknown names stay intact)
        if any(p.tag.case == "nomn" and (not gender or p.tag.gender in (gender, None)) for p in parses) and (
                case in (None, "nomn")):
            return word
        for p in parses:
            if case and p.tag.case != case:
                continue
            if gender and p.tag.gender and p.tag.gender != gender and "Surn" in p.tag.grammemes:
                continue
            if person and not (self.name_tags & p.tag.grammemes) and p.tag.POS != "NOUN":
                continue
            wanted = {"nomn", "sing"} | ({gender} if gender and "Surn" in p.tag.grammemes else set())
            return self._inflect(p, wanted, word)
        return word

    @staticmethod
    def _inflect(parse, grammemes: set[str], surface: str) -> str:
        try:
            form = parse.inflect(grammemes)
        except ValueError:
            form = None
        if form is None:
            form = parse.inflect({"nomn"})
        return _restore_case(form.word, surface) if form else surface


def _split_hyphen(word: str) -> tuple[str, str]:
    """(first part, last part) of a hyphenated word; ('word', '') when there is no hyphen."""
    for i, ch in enumerate(word):
        if ch in HYPHENS and 0 < i < len(word) - 1:
            j = max(word.rfind(h) for h in HYPHENS)
            return word[:i], word[j + 1:]
    return word, ""


def _last_part(word: str) -> str:
    head, tail = _split_hyphen(word)
    return tail or head


def _inflectable(word: str) -> bool:
    """Cyrillic words that are not acronyms inflect; Latin words, numbers and ALL-CAPS stay as written."""
    if not word or not word.isalpha() or word.isascii() or (word.isupper() and len(word) > 1):
        return False
    return not any(c.isupper() for c in word[1:])  # CamelCase (ВФокусе) is a brand, written as is
