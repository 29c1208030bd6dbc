"""What the entity stage knows about one language, read from ``lang/<code>/entities.toml``."""
from __future__ import annotations

import re
import unicodedata
from itertools import islice, product
from dataclasses import dataclass, field

from .. import lang
from ..adapters.pymorphy_norm import Normaliser
from ..adapters.stopwords import stop_words
from ..adapters.translit import romanise

TYPES = ("PER", "ORG", "LOC", "MISC")
MAX_STEMMED, MAX_FORMS = 4, 32  # multiword place names tried in stemmed forms: at most this many words, forms
MIN_COMPOUND_CUE = 5  # letters of the last part of a compound that may type it ("-sprecher"; not "-rat")
_CASE_SUFFIX = re.compile(r"[-\u2010\u2011:’']([^\W\d_]{1,4})$")  # "SNSD-a", "EU:n"
TOKEN = re.compile(r"\w+(?:[-\u2010\u2011\u2012\u2013.&’'+]\w+)*")


@dataclass(frozen=True)
class Kit:
    """Cues, heads, titles and normaliser for one language (empty when the language has no data)."""

    code: str | None
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    org_heads: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()  # nouns heading a place's name ("península", "sea"), lower case
    structure_heads: frozenset[str] = frozenset()  # built things named for someone ("bridge", "brücke"), lower case
    titles: tuple[tuple[str, ...], ...] = ()
    determiners: frozenset[str] = frozenset()
    trailing: frozenset[str] = frozenset()  # function words a span must not end with ("Center of")
    not_names: frozenset[str] = frozenset()  # capitalised words that are no names (FOR, TV)
    portfolio_holders: frozenset[str] = frozenset()  # "ministro" of "ministro do Interior": a portfolio follows
    possessives: tuple[str, ...] = ()  # endings a name loses ("Kazakhstan’s" -> "Kazakhstan")
    countries: dict[str, str] = field(default_factory=dict)
    backend: str = ""
    capitalises_nouns: bool = False
    first_word_capital: bool = False  # a multiword name capitalises its first word only ("Европейската централна банка")
    family_name_first: bool = False  # a person's name opens with the family name ("Orbán Viktor")
    twin_scripts: bool = False  # written in two scripts, one the 1:1 transliteration of the other (Serbian)
    normaliser: Normaliser | None = None
    endings: tuple[str, ...] = ()
    nominative: tuple[str, ...] = ("",)
    alternations: tuple[tuple[str, str], ...] = ()  # stem-final changes between case forms ("Wiedni-" -> "Wiedeń")
    min_stem: int = 3  # letters a stem keeps once an ending is cut
    feminine: tuple[tuple[str, str], ...] = ()  # a woman's surname ending -> the family's form ("-ová" of Nováková)
    spellings: tuple[tuple[str, str], ...] = ()  # one sound written two ways in names (Greek "μβ", "β": Μαγδεμβούργο)
    org_descriptors: frozenset[str] = frozenset()  # lemmas of nouns naming a body of what follows ("правительство")
    remit_words: frozenset[str] = frozenset()  # prepositions of a body's remit ("по", "при")
    remit_heads: frozenset[str] = frozenset()  # bodies that take a remit ("комитет", "совет")
    named_after: frozenset[str] = frozenset()  # words before the person a body is named after ("имени")
    conjunctions: frozenset[str] = frozenset()  # words joining two names in a list ("and", "et")
    connectors: tuple[tuple[str, ...], ...] = ()  # lower-case words inside a name ("de", "de la"), longest first
    org_first: frozenset[str] = frozenset()  # first words that make a name an organisation ("Ministerio")
    name_adjectives: frozenset[str] = frozenset()  # lower-case adjectives ending a body's name ("europea")
    elisions: tuple[str, ...] = ()  # elided articles glued to a name ("l’", "d’")
    stop_words: frozenset[str] = frozenset()
    org_names: frozenset[str] = frozenset()  # seats of power named for their institution ("кремль"), case-folded
    not_name_adjectives: frozenset[str] = frozenset()  # adjectives of time, never part of a name ("бывший")
    kind_words: frozenset[str] = frozenset()  # nouns giving the kind of a name after them ("компания", "ооо"), lemmas
    body_heads: frozenset[str] = frozenset()  # head nouns of kinds of body ("банка", "комисия"), lower case
    seat_prepositions: frozenset[str] = frozenset()  # "v" of "Krajský soud v Brně": a body named with its seat

    def is_stop_word(self, word: str) -> bool:
        return word.lower().replace("ё", "е") in self.stop_words  # the adapter's lists are ё-blind

    def cue_type(self, word: str) -> str | None:
        """The entity type a neighbouring word signals ("компании" -> ORG, "Präsidenten" -> PER), if any."""
        w = word.lower()
        forms = {w, w.rstrip("s")}
        if self.normaliser:
            forms.add(self.normaliser.lemma(w))
        else:
            forms |= self.stems(w)
        for etype, words in self.cues.items():
            if forms & words:
                return etype
        return self._compound_cue(forms) if self.capitalises_nouns else None

    def _compound_cue(self, forms: set[str]) -> str | None:
        """A compound ending in a cue word types its neighbour as the cue does ("Polizeisprecher" -> PER,
        "Nachrichtenagentur" -> ORG): German writes a title with its remit as one word."""
        for etype, words in self.cues.items():
            for cue in words:
                if len(cue) >= MIN_COMPOUND_CUE and any(f.endswith(cue) and len(f) - len(cue) >= 3 for f in forms):
                    return etype
        return None

    def is_org_name(self, text: str) -> bool:
        """Is ``text`` (any case form) a seat of power standing for its institution ("Кремля", "Kremlin")?"""
        return self.org_name(text) is not None

    def org_name(self, text: str) -> str | None:
        """The listed seat of power ``text`` is a case form of ("Кремлі" -> "кремль"), case-folded, or None."""
        if not self.org_names:
            return None
        forms = {f.casefold() for f in (text, self.normal(text, "LOC"), *self.place_forms(text))} & self.org_names
        return min(forms) if forms else None

    def is_org_first(self, word: str) -> bool:
        """Does ``word`` (any case form) open an organisation's name ("Sud", "Suda", "Sudom"; "Krajského")?"""
        if word in self.org_first:
            return True
        if self.normaliser:
            lemma = self.normaliser.lemma(word.lower())
            return lemma[:1].upper() + lemma[1:] in self.org_first
        return bool(self.endings) and any(f in self.org_first for f in self.stems(word))

    def is_body_head(self, word: str) -> bool:
        """Does ``word`` (any case form) name a kind of body, by the language's ``[orgs.kinds]``?"""
        w = word.lower()
        forms = {w, self.normaliser.lemma(w)} if self.normaliser else self.stems(w)
        return bool(forms & self.body_heads)

    def stems(self, word: str) -> set[str]:
        """Candidate dictionary forms of a word in a language without a morphological dictionary.

        The language's ``[morph] endings`` are stripped and its ``[morph] nominative``
        endings added (Ukrainian України -> Україна, Kazakh Астанада -> Астана).
        """
        out = {word}
        bare = [word] + [word[: len(word) - len(end)] for end in self.endings
                         if word.endswith(end) and len(word) - len(end) >= self.min_stem]
        bare += [b[: len(b) - len(a)] + c for b in bare for a, c in self.alternations
                 if b.endswith(a) and len(b) - len(a) >= self.min_stem]  # Polish fleeting e: "Niemc-" of "Niemiec"
        for stem in bare[1:]:
            out |= {stem + n for n in self.nominative}
        return out

    def surname_bases(self, word: str) -> set[str]:
        """The family's forms of a woman's surname in any case form, by the language's ``[morph] feminine`` pairs:
        Slovak "Novákovej", "Nováková" -> Novák; "Vargovou" -> Varg, Varga (Czech and Slovak add -ová to every
        woman's surname, foreign ones too)."""
        if not self.feminine:
            return set()
        forms = self.stems(word) if self.endings and not self.normaliser else {word}
        return {f[: len(f) - len(end)] + base for f in forms for end, base in self.feminine
                if f.endswith(end) and len(f) - len(end) >= self.min_stem}

    def acronym_root(self, word: str) -> str:
        """The acronym ``word`` is, bare or carrying a case ending ("SNSD-a", "ODS-u", "EU:n"; "ČEZu" where the
        ending is one of the language's ``[morph] endings``), or ""."""
        from .cands import is_acronym

        if is_acronym(word):
            return word
        m = _CASE_SUFFIX.search(word)
        if m and m.group(1).islower() and is_acronym(root := word[:m.start()]):
            return root
        return next((word[:-len(e)] for e in self.endings if word.endswith(e) and e.islower()
                     and len(word) - len(e) >= 2 and is_acronym(word[:-len(e)])), "")

    def normal(self, text: str, etype: str) -> str:
        """Dictionary form of a name (identity where the language has no morphology); an acronym in a case form
        is the acronym ("SNSD-a" -> "SNSD")."""
        text = self.strip_possessive(text)
        if etype != "PER" and " " not in text and (root := self.acronym_root(text)):
            return root
        return self.normaliser.normalise(text, etype) if self.normaliser else text

    def strip_possessive(self, text: str) -> str:
        for end in self.possessives:
            if text.endswith(end) and len(text) > len(end):
                return text[: -len(end)]
        return text

    def lemma(self, word: str) -> str:
        """Case-folded dictionary form of one word, for surname and key matching."""
        w = lang.fold(word)
        return self.normaliser.lemma(w) if self.normaliser else self.strip_possessive(w).lower()

    def match_form(self, text: str) -> str:
        """A form for comparing names across languages: the dictionary form, or stems where there is no dictionary."""
        if self.normaliser or not self.endings:
            return text
        return " ".join(min(self.stems(w), key=len) if w[:1].isupper() else w for w in text.split())

    def structure_name(self, text: str) -> str | None:
        """The name a built thing is named by, less the kind of thing: "Carola Bridge", "Ponte Carola",
        German "Carolabrücke" / "Carola-Brücke" -> "Carola"; None when ``text`` names no such thing."""
        ws = text.split()
        if len(ws) >= 2:
            for head, rest in ((ws[0], ws[1:]), (ws[-1], ws[:-1])):
                if self.strip_possessive(head).lower() in self.structure_heads and all(w[:1].isupper() for w in rest):
                    return " ".join(rest)
            return None
        if len(ws) == 1 and self.capitalises_nouns:
            word = ws[0].lower()
            for head in self.structure_heads:
                for end in ("", "n", "s", "es"):  # Carolabrücke, der Carolabrücken, des Kaiserdoms
                    if word.endswith(head + end) and len(word) - len(head + end) >= 3:
                        name = ws[0][: len(word) - len(head + end)].rstrip("-")
                        return name if name[:1].isupper() and name[1:].islower() else None
        return None

    def stem_form(self, text: str, every_word: bool = False) -> str | None:
        """The name with each capitalised word's case ending cut ("Łaby", "Łabie" -> "Łab"), where the language
        has endings but no dictionary; None elsewhere. ``every_word``: the lower-case words too, for a body's name
        capitalised on its first word only ("Krajským soudem v Brně", "Krajský soud v Brně")."""
        if self.normaliser or not self.endings:
            return None
        return re.sub(r"\w+", lambda m: min(self.stems(m[0]), key=lambda f: (len(f), f))
                      if m[0][:1].isupper() or (every_word and len(m[0]) > self.min_stem) else m[0], text)

    def place_forms(self, text: str) -> list[str]:
        """Forms under which a place name may be listed: as written, its dictionary form, noun lemmas of one word."""
        forms = [text, self.normal(text, "LOC")]
        if self.normaliser and " " not in text.strip():
            forms += self.normaliser.noun_lemmas(text)
        elif " " not in text.strip():
            forms += sorted(self.stems(text))
            if "-" in text and self.endings:  # each part may be inflected: "Saksonii-Anhalt" -> "Saksonia-Anhalt"
                parts = text.split("-")
                forms += ["-".join(p) for p in product(*(sorted(self.stems(w)) for w in parts))][:MAX_FORMS]
        elif self.endings and len(ws := text.split()) <= MAX_STEMMED:
            # each word in its candidate forms: Bulgarian "Европейския съюз" -> "Европейски съюз"
            forms += [" ".join(p) for p in product(*(sorted(self.stems(w)) for w in ws))][:MAX_FORMS]
        # and each in the language's other spelling of a sound (Μαγδεμβούργο, listed as Μαγδεβούργο)
        forms += [f.replace(a, b) for a, b in self.spellings for f in forms if a in f]
        return list(dict.fromkeys(forms))

    def place(self, gaz, text: str):
        """The place ``text`` names, read as a proper name in running text, or None.

        Only a capitalised name counts, and not an adjective or a nationality
        ("Kazakh President", "Тартуских"), whatever alternate names a city has.
        """
        if not text[:1].isupper() or (" " not in text.strip() and text[1:].islower() and self.is_stop_word(text)):
            # nor a function word whose stem is a place's name (Finnish "Meillä", "we have": Mei-); a capital
            # inside the word makes it a name (BiH, not Croatian "bih", "I would")
            return None
        place = next((p for f in self.place_forms(text) if (p := gaz.lookup(f))), None)
        if place is None and self.endings and 1 < len(ws := text.split()) <= MAX_STEMMED:
            place = self._inflected_place(gaz, ws)
        if place and place.local and " " not in text.strip() and (
                self.is_adjective(text) or gaz.is_demonym(text) or (text.isupper() and 1 < len(text) <= MAX_ACRONYM)):
            return None  # nor an acronym: NIS, the agency, is not the city of Niš (a longer word in capitals is a
            # headline's or a dateline's: КИШИНЕВ)
        return place

    def _inflected_place(self, gaz, ws: list[str]):
        """A place of several words each in a case form ("Novom Sadu", "Macedonii Północnej"): every word's
        candidate forms that some listed place name has as a word, tried together. A word's candidate forms are
        its stems and those stems with each case ending: an adjective in another case ("Vereinigten Königreich",
        listed as "Vereinigtes Königreich")."""
        options = [[f for f in sorted(self.stems(w) | self._reinflected(w)) if gaz.is_name_word(f)] for w in ws]
        if not all(options):
            return None
        return next((p for combo in islice(product(*options), MAX_FORMS) if (p := gaz.lookup(" ".join(combo)))), None)

    def _reinflected(self, word: str) -> set[str]:
        """The word's stems with each of the language's case endings ("Vereinigten" -> "Vereinigtes", ...)."""
        return {s + e for s in self.stems(word) for e in self.endings if len(s) >= self.min_stem}

    def is_adjective(self, word: str) -> bool:
        return bool(self.normaliser) and self.normaliser.is_adjective(word)

    def is_common_word(self, word: str) -> bool:
        return bool(self.normaliser) and self.normaliser.is_common_word(word)

    def is_common_abbreviation(self, word: str) -> bool:
        return bool(self.normaliser) and self.normaliser.is_common_abbreviation(word)

    def is_relative_adjective(self, word: str) -> bool:
        return bool(self.normaliser) and self.normaliser.is_relative_adjective(word) \
            and self.lemma(word) not in self.not_name_adjectives

    def is_first_name(self, word: str) -> bool:
        """Does the dictionary know ``word`` as a given name (Сергея, Анна)?"""
        return bool(self.normaliser) and self.normaliser.is_first_name(word)

    def cases(self, word: str) -> frozenset[str]:
        """Grammatical cases a word can be read in (empty without a morphological dictionary)."""
        return self.normaliser.cases(word) if self.normaliser else frozenset()

    def pos(self, word: str) -> str | None:
        return self.normaliser.pos(word) if self.normaliser else None


MAX_ACRONYM = 6  # letters of the longest acronym (UNESCO)


def kit(code: str | None) -> Kit:
    """The language kit for ``code``, from the running context (built once per context)."""
    from ..resources import current

    return current().kit(code)


def build_kit(code: str | None, ctx) -> Kit:
    """Build the kit of ``code`` from its data, with the context's morphology for its dictionary."""
    data = lang.data(code, "entities")
    morph = data.get("morph", {})
    normaliser = None
    analyzer = ctx.morphology(morph["dictionary"]) if morph.get("dictionary") else None
    if analyzer is not None:
        normaliser = Normaliser(analyzer, tuple(morph.get("name_tags", ())) or ("Name", "Surn", "Patr", "Geox"))
    cues = {t: frozenset(w.lower() for w in ws) for t, ws in data.get("cues", {}).items() if t in TYPES}
    names = data.get("names", {})
    orgs = data.get("orgs", {})
    countries = {name.casefold(): code_ for code_, names in data.get("countries", {}).items() for name in names}
    return Kit(
        code=code,
        cues=cues,
        org_heads=frozenset(names.get("ORG_HEADS", ())),
        place_heads=frozenset(w.lower() for w in names.get("PLACE_HEADS", ())),
        structure_heads=frozenset(w.lower() for w in names.get("STRUCTURE_HEADS", ())),
        titles=tuple(tuple(t.split()) for t in names.get("TITLES", ())),
        determiners=frozenset(names.get("DETERMINERS", ())),
        trailing=frozenset(names.get("TRAILING", ())),
        not_names=frozenset(names.get("NOT_NAMES", ())),
        portfolio_holders=frozenset(w.lower() for w in names.get("PORTFOLIO_HOLDERS", ())),
        possessives=tuple(sorted(names.get("POSSESSIVES", ()), key=len, reverse=True)),
        countries=countries,
        backend=data.get("recognise", {}).get("backend", ""),
        capitalises_nouns=bool(data.get("rules", {}).get("capitalises_nouns", False)),
        first_word_capital=bool(data.get("rules", {}).get("first_word_capital", False)),
        family_name_first=bool(data.get("rules", {}).get("family_name_first", False)),
        twin_scripts=bool(data.get("rules", {}).get("twin_scripts", False)),
        normaliser=normaliser,
        # longest first, so "ові" is tried before "і"
        endings=tuple(sorted(morph.get("endings", ()), key=len, reverse=True)),
        nominative=tuple(morph.get("nominative", ("",))),
        alternations=tuple((a, b) for a, b in morph.get("alternations", ())),
        min_stem=int(morph.get("min_stem", 3)),
        feminine=tuple((a, b) for a, b in morph.get("feminine", ())),
        spellings=tuple((a, b) for a, b in morph.get("spellings", ())),
        org_descriptors=frozenset(orgs.get("descriptors", ())),
        remit_words=frozenset(orgs.get("remit_words", ())),
        remit_heads=frozenset(orgs.get("remit_heads", ())),
        named_after=frozenset(orgs.get("named_after", ())),
        conjunctions=frozenset(names.get("CONJUNCTIONS", ())),
        connectors=tuple(sorted((tuple(c.split()) for c in names.get("CONNECTORS", ())), key=len, reverse=True)),
        org_first=frozenset(names.get("ORG_FIRST", ())),
        name_adjectives=frozenset(names.get("NAME_ADJECTIVES", ())),
        org_names=frozenset(n.casefold() for n in names.get("ORG_NAMES", ())),
        elisions=tuple(sorted(names.get("ELISIONS", ()), key=len, reverse=True)),
        # a language written in two scripts one for one has its function words in both (Serbian "je" = "је")
        stop_words=stop_words(code) | (frozenset(romanise(w, code).lower() for w in stop_words(code))
                                       if data.get("rules", {}).get("twin_scripts") else frozenset()),
        not_name_adjectives=frozenset(orgs.get("not_name_adjectives", ())),
        kind_words=frozenset(w.lower() for w in orgs.get("kind_words", ())),
        body_heads=frozenset(h.lower() for heads in orgs.get("kinds", {}).values() for h in heads),
        seat_prepositions=frozenset(names.get("SEAT_PREPOSITIONS", ())),
    )


def all_countries() -> dict[str, str]:
    """Country names and abbreviations from every language's data, case-folded, to ISO codes."""
    from ..resources import current

    return current().all_countries()


def script(word: str) -> str | None:
    """The script of the first letter of ``word`` (LATIN, CYRILLIC, GREEK...)."""
    for ch in word:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split(" ", 1)[0]
    return None
