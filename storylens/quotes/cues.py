"""A language's quote cues (``lang/<code>/quotes.toml``) compiled into lookups."""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .. import lang
from .lemmas import VerbTable

AUXILIARY_MIN = 5  # two-word entries a word must open to count as an auxiliary
WORD = re.compile(r"\w+(?:[-‑'’.]\w+)*")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str  # folded lower case, used for every cue lookup


@dataclass(frozen=True)
class Cues:
    """Everything the extractor needs to know about one language."""

    code: str
    pairs: tuple[tuple[str, str], ...]
    name_case: str
    fold: tuple[tuple[str, str], ...]
    verbs: dict[tuple[str, ...], str]  # token sequence -> "speech" | "naming"
    bare_clause: frozenset[str]
    relaying: frozenset[str]  # words of verbs by which an agency or outlet passes on words ("цитирует", "a cité")
    complementizers: frozenset[str]
    about: frozenset[str]
    negations: frozenset[str]
    empty_content: frozenset[str]
    np_stops: frozenset[str]
    sources: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (words before slot, words after slot)
    pronouns: dict[str, str]  # word -> gender
    possessives: dict[str, str]
    self_words: frozenset[str]  # first-person subjects: the author, not a source
    definite: frozenset[str]
    indefinite: frozenset[str]
    roles: tuple[str, ...]
    anonymous: frozenset[str]  # roles that stay unnamed unless introduced ("a source")
    epithets: frozenset[str]  # roles that may point back to the person just quoted ("the expert")
    plural_endings: frozenset[str]
    titles: dict[str, str]  # "mrs" -> "f"
    pronouns_for_things: bool  # grammatical gender: "она" may be a ministry
    inverted_after_comma: bool  # "…, передает РИА Новости": a verb right after a comma precedes its subject
    organisations: tuple[str, ...]
    documents: frozenset[str]
    stem_slack: int
    drop_final: frozenset[str]
    drop_final_org: frozenset[str]  # the same for organisation nouns ("министерство" ~ "министерства")
    verb_endings: tuple[tuple[str, str], ...]  # (suffix, gender), longest first
    name_endings: tuple[tuple[str, str], ...]
    role_endings: tuple[tuple[str, str], ...] = ()  # a role word's ending that gives its holder's gender ("Ministerin")
    clitics: tuple[tuple[str, str], ...] = ()  # (suffix, gender): a subject glued to its verb ("dit-il")
    back_references: tuple[tuple[str, ...], ...] = ()  # "Об этом заявил X": the statement is the sentence before
    platforms: frozenset[str] = frozenset()  # where a statement is posted ("Facebook"): a medium, never a speaker
    offices: frozenset[str] = frozenset()  # roles one person holds at a time: "the French president" is someone known
    relatives: frozenset[str] = frozenset()  # relative pronouns for people: "X, who said …" is X speaking
    lesser: frozenset[str] = frozenset()  # words making a role another, lower office: "Vice President X" is no president
    spokespeople: frozenset[str] = frozenset()  # roles that point back to the person quoted just before ("le porte-parole")
    role_links: frozenset[str] = frozenset()  # "a spokesperson for X": words joining a new source to whom it speaks for
    copulas: frozenset[str] = frozenset()  # "X is the prosecutor": a role given by a predicate introduces X too
    elided: tuple[str, ...] = ()  # complementizers glued to the next word by an apostrophe ("qu'aucun")
    latter: dict = field(default_factory=dict)  # "cette dernière" (the latter) -> gender: the person named last
    oblique: tuple[str, ...] = ()  # surname endings of a case no subject takes ("Путіним", "Трампом")
    glued_cases: frozenset[str] = frozenset()  # case suffixes after an apostrophe or hyphen ("Putin'e", "Trump-nak")
    oblique_articles: frozenset[str] = frozenset()  # articles of a case no subject takes ("τον", "του")
    dialogue: bool = False  # speech may be set off by dashes ("– Няма да се откажем – каза той.")
    zero_subject: bool = False  # a verb may stand without its subject ("«…», ha detto."): the last person spoke
    subject_before_quote: bool = False  # verb-final: 'Bakan X, "…" dedi.' has its subject before the quotation
    org_prepositions: frozenset[str] = frozenset()  # "заявиха от ГЕРБ": a plural verb's source after these
    addressed: tuple[str, ...] = ()  # "was asked": words put to the subject, not said by it
    media: tuple[str, ...] = ()  # word beginnings naming a medium ("chaîne", "telewizj"): the name after it relays
    concepts: dict = field(default_factory=dict)  # role entry -> the office it names in any language ("prosecutor")
    adverbial: tuple[str, ...] = ()  # endings of a verb form whose subject is its main clause's ("…, saying")
    near: tuple[str, ...] = ()  # "a source close to X": X is whom the source is near, not the speaker
    framing: frozenset[tuple[tuple[str, ...], tuple[str, ...]]] = frozenset()  # the sources that frame what follows
    enclitics: frozenset[str] = frozenset()  # auxiliaries after a participle, never prepositions ("objavio je Sud")
    _memo: dict = field(default_factory=dict, compare=False, repr=False)  # word -> matched entry, per entry list
    _longest: int = 1
    auxiliaries: frozenset[str] = frozenset()  # filled from the verb entries
    same: frozenset[str] = frozenset()  # "the same sources": the source given that role last
    coordinators: frozenset[str] = frozenset()  # "and": a verb after it shares the clause before's subject
    subordinators: frozenset[tuple[str, ...]] = frozenset()  # "after", "после того как": a subordinate clause opens
    impersonal_reflexives: frozenset[str] = frozenset()  # "закључује се": a subjectless speech verb with it is impersonal
    impersonal: frozenset[tuple[str, ...]] = frozenset()  # "говорится", "heißt es": no subject, a document speaks
    speech_nouns: frozenset[str] = frozenset()  # "“…”, le parole di X": a noun standing for what was said
    # a statement named by its noun alone ("according to the statement", "Според съобщението"): its author spoke last
    statements: frozenset[str] = frozenset()
    reported_mood: frozenset[str] = frozenset()  # verbs in the mood of reported speech ("sei", "habe")
    body_pronouns: frozenset[str] = frozenset()  # "It said": a pronoun only a body (never a person) stands for

    def __post_init__(self) -> None:
        made = self.verbs.longest_made if isinstance(self.verbs, VerbTable) else 1
        object.__setattr__(self, "_longest", max(max((len(k) for k in self.verbs), default=1), made))
        # an auxiliary opens many two-word entries ("a déclaré", "ha detto"): an adverb may stand inside the
        # compound tense ("a aussitôt annoncé", "ha poi detto")
        firsts = Counter(k[0] for k in self.verbs if len(k) == 2)
        # (with the language's listed clitic auxiliaries: "rekao je Vučić")
        object.__setattr__(self, "auxiliaries", frozenset(w for w, n in firsts.items() if n >= AUXILIARY_MIN)
                           | self.auxiliaries)
        if isinstance(self.verbs, VerbTable):
            self.verbs.auxiliaries = self.auxiliaries

    def norm(self, s: str) -> str:
        s = s.lower()
        for a, b in self.fold:
            s = s.replace(a, b)
        return s

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        end = len(text) if end is None else end
        return [Token(m.start(), m.end(), m.group(), self.norm(m.group()))
                for m in WORD.finditer(text, start, end)]

    @property
    def longest_verb(self) -> int:
        return self._longest

    def _stem_match(self, word: str, entries: tuple[str, ...]) -> str | None:
        key = (word, id(entries))
        if key not in self._memo:
            # only entries sharing the word's first three letters can be its stem (entries keep their order)
            index = self._memo.get(("\0index", id(entries)))
            if index is None:
                index = {}
                for e in entries:
                    index.setdefault(e[:3] if len(self.stem(e)) >= 3 else "", []).append(e)
                self._memo[("\0index", id(entries))] = index
            pool = index.get(word[:3], []) + index.get("", [])
            self._memo[key] = next((e for e in entries if e in pool and self._stem_of(e, word)), None) if pool else None
        return self._memo[key]

    def stem(self, entry: str, finals: frozenset[str] | None = None) -> str:
        """An entry without a final letter that inflection replaces ("житель" -> "жител", as in "жителей")."""
        finals = self.drop_final if finals is None else finals
        return entry[:-1] if entry[-1:] in finals and len(entry) > 4 else entry

    def plural(self, word: str, entry: str) -> bool:
        """Whether ``word``, a form of ``entry``, is plural ("officials", "жителей")."""
        if "-" in word and not word.startswith(self.stem(entry)):  # "ex-ministros": the role after the prefix
            word = word.rsplit("-", 1)[1]
        if word == entry:  # a plural listed as its own entry ("sources" beside "source")
            return any(entry.endswith(e) and entry[: -len(e)] in self.roles for e in self.plural_endings)
        return word[len(self.stem(entry)):] in self.plural_endings

    def _stem_of(self, entry: str, word: str) -> bool:
        stem = self.stem(entry)
        return word.startswith(stem) and len(word) - len(stem) <= self.stem_slack

    def role(self, word: str) -> str | None:
        """The role entry a word is a form of ('экспертом' -> 'эксперт'), if any; a hyphenated prefix leaves the
        role it qualifies ("ex-ministro", "vice-président", "экс-премьер")."""
        hit = self._stem_match(word, self.roles)
        if hit is None and "-" in word.strip("-"):
            head = word.rsplit("-", 1)[1]
            hit = self._stem_match(head, self.roles) if len(head) >= 3 else None
        return hit

    def concept(self, role: str) -> str:
        """The office a role entry names, one key across languages ("procureure", "Staatsanwältin" -> prosecutor)."""
        return self.concepts.get(role) or f"{self.code}:{role}"

    def medium(self, word: str) -> bool:
        """Whether a (folded) word names a medium: a channel, newspaper, agency or interview ("telewizją")."""
        return any(word.startswith(m) for m in self.media)

    def organisation(self, word: str) -> str | None:
        key = (word, "org")
        if key not in self._memo:
            self._memo[key] = next((e for e in self.organisations if word.startswith(self.stem(e, self.drop_final_org))
                                    and len(word) - len(self.stem(e, self.drop_final_org)) <= self.stem_slack), None)
        return self._memo[key]

    def clitic(self, word: str) -> tuple[str, str, str] | None:
        """(verb, pronoun, gender) of a verb with a subject pronoun glued to it ("a-t-il" -> "a", "il", "m")."""
        for suffix, gender in self.clitics:
            if word.endswith(suffix) and len(word) > len(suffix):
                return word[: -len(suffix)], suffix.rsplit("-", 1)[-1], gender
        return None

    def complementizer(self, low: str) -> bool:
        """Whether a (folded) word opens a reported clause: "that", "что", or an elided "qu'aucun"."""
        return low in self.complementizers or bool(self.elided) and low.startswith(self.elided)

    def platform(self, name: str) -> bool:
        """Whether ``name`` is a platform a statement is posted on ("Facebook", "App Store")."""
        return self.norm(name).strip() in self.platforms

    def verb_gender(self, form: str) -> str | None:
        return _suffix_gender(self.norm(form), self.verb_endings)

    def oblique_name(self, name: str) -> bool:
        """Whether a person's name is written in a case a subject never takes ("з Путіним", "Трампом")."""
        words = self.norm(name).split()
        return bool(words) and any(words[-1].endswith(e) and len(words[-1]) > len(e) + 2 for e in self.oblique)

    def role_gender(self, word: str) -> str | None:
        """The gender a role word gives its holder ("Staatsanwältin", "rzeczniczka"), if its ending tells."""
        return _suffix_gender(self.norm(word), self.role_endings)

    def name_gender(self, name: str) -> str | None:
        words = self.norm(name).split()
        return _suffix_gender(words[-1], self.name_endings) if words else None


def _suffix_gender(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    for suffix, gender in endings:
        if word.endswith(suffix):
            return gender
    return None


def _words(s: str, cues_fold) -> tuple[str, ...]:
    return tuple(t.lower() for t in WORD.findall(cues_fold(s)))


def _variants(phrase: str, verbs: set[str], forms) -> list[str]:
    out = [""]
    for word in phrase.split(" "):
        alts = forms([word]) if word.lower() in verbs else [word]
        out = [(o + " " + a).strip() for o in out for a in alts]
    return out


def _light(verbs: dict, f) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Nouns of saying in each of their listed forms, the light verbs making them a statement, and the quotative
    particles (``[verbs.light]``: nouns, endings, verbs; ``[verbs] quotatives``), folded."""
    light = verbs.get("light", {})
    endings = light.get("endings", []) or [""]
    nouns = frozenset(f(n + e) for n in light.get("nouns", []) for e in endings)
    return nouns, frozenset(f(v) for v in light.get("verbs", [])), frozenset(f(q) for q in verbs.get("quotatives", []))


def _any_language() -> dict:
    """The marks every language shares (``lang/_any/quotes.toml``), for a language without its own cues."""
    path = resources.files(lang.__name__) / "_any" / "quotes.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@lru_cache(maxsize=None)
def cues_for(code: str | None) -> Cues | None:
    """Compiled cues of a language; a language without a quotes.toml gets the shared marks and no cue words."""
    d = lang.data(code, "quotes") or _any_language()
    if not d:
        return None
    marks, verbs, clause = d.get("marks", {}), d.get("verbs", {}), d.get("clause", {})
    src, spk, gen = d.get("sources", {}), d.get("speakers", {}), d.get("gender", {})
    fold = tuple(tuple(p) for p in marks.get("fold", []))

    def f(s: str) -> str:
        s = s.lower()
        for a, b in fold:
            s = s.replace(a, b)
        return s

    expand: dict[str, list[str]] = verbs.get("expand", {})

    def forms(listed: list[str]) -> list[str]:
        out = []
        for v in listed:
            out.append(v)
            first, _, rest = v.partition(" ")
            for key in sorted(expand, key=len, reverse=True):
                if first.endswith(key):
                    out += [(first[: -len(key)] + e + (" " + rest if rest else "")) for e in expand[key]]
                    break
        return out

    table: dict[tuple[str, ...], str] = {}
    for v in forms(verbs.get("forms", [])):
        table[_words(v, f)] = "speech"
    for v in forms(verbs.get("naming", [])):
        table[_words(v, f)] = "naming"
    for v in forms(verbs.get("relaying", [])):  # (a relaying verb reports speech too: "«…», zitiert die dpa X")
        table.setdefault(_words(v, f), "speech")
    impersonal = frozenset(_words(v, f) for v in clause.get("impersonal", []))
    for words in impersonal:
        table[words] = "speech"
    sources = []
    framing = set()
    listed = {f(v) for v in verbs.get("forms", [])}
    for p in src.get("phrases", []) + src.get("framing", []):
        # a verb inside a source phrase stands for all its forms too ("как заявил" -> "как заявила")
        for variant in _variants(p, listed, forms):
            before, _, after = variant.partition("{s}")
            sources.append((_words(before, f), _words(after, f)))
            if p in src.get("framing", []):
                framing.add(sources[-1])

    def gendered(table_: dict[str, list[str]]) -> dict[str, str]:
        return {f(w): g for g, ws in table_.items() for w in ws}

    def endings(table_: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
        pairs = [(f(s), g) for g, ss in table_.items() for s in ss]
        return tuple(sorted(pairs, key=lambda p: -len(p[0])))

    return Cues(
        code=str(code),
        pairs=tuple(tuple(p) for p in marks.get("pairs", [])),
        name_case=marks.get("name_case", "all"),
        fold=fold,
        verbs=VerbTable(table, str(verbs.get("lemma_dictionary", code)), {f(w) for w in verbs.get("lemmas", [])},
                        tuple(f(w) for w in verbs.get("lemma_endings", [])), {f(w) for w in verbs.get("lemma_stop", [])},
                        fold if verbs.get("lemma_folded") else (), *_light(verbs, f)),
        bare_clause=frozenset(f(w) for w in verbs.get("bare_clause", [])),
        relaying=frozenset(_words(v, f)[-1] for v in forms(verbs.get("relaying", [])) if _words(v, f)),
        complementizers=frozenset(f(w) for w in clause.get("complementizers", [])),
        about=frozenset(f(w) for w in clause.get("about", [])),
        negations=frozenset(f(w) for w in clause.get("negations", [])),
        empty_content=frozenset(f(w) for w in clause.get("empty_content", [])),
        np_stops=frozenset(f(w) for w in clause.get("np_stops", [])),
        auxiliaries=frozenset(f(w) for w in clause.get("auxiliaries", [])),
        coordinators=frozenset(f(w) for w in clause.get("coordinators", [])),
        subordinators=frozenset(_words(w, f) for w in clause.get("subordinators", [])),
        sources=tuple(sources),
        framing=frozenset(framing),
        enclitics=frozenset(f(w) for w in verbs.get("enclitics", [])),
        pronouns=gendered(spk.get("pronouns", {})),
        possessives=gendered(spk.get("possessives", {})),
        body_pronouns=frozenset(f(w) for w in spk.get("body_pronouns", [])),
        self_words=frozenset(f(w) for w in spk.get("self", [])),
        definite=frozenset(f(w) for w in spk.get("definite", [])),
        indefinite=frozenset(f(w) for w in spk.get("indefinite", [])),
        roles=tuple(sorted({f(w) for w in spk.get("roles", [])}, key=len, reverse=True)),
        anonymous=frozenset(f(w) for w in spk.get("anonymous", [])),
        same=frozenset(f(w) for w in spk.get("same", [])),
        epithets=frozenset(f(w) for w in spk.get("epithets", [])),
        plural_endings=frozenset(f(w) for w in spk.get("plural_endings", [])),
        titles=gendered(gen.get("titles", {})),
        pronouns_for_things=bool(gen.get("grammatical", False)),
        inverted_after_comma=bool(clause.get("inverted_after_comma", False)),
        zero_subject=bool(clause.get("zero_subject", False)),
        adverbial=tuple(f(w) for w in clause.get("adverbial_endings", [])),
        subject_before_quote=bool(clause.get("subject_before_quote", False)),
        dialogue=bool(marks.get("dialogue", False)),
        organisations=tuple(sorted({f(w) for w in spk.get("organisations", [])}, key=len, reverse=True)),
        documents=frozenset(f(w) for w in spk.get("documents", [])),
        statements=frozenset(f(w) for w in spk.get("statements", [])),
        stem_slack=int(spk.get("stem_slack", 1)),
        drop_final=frozenset(f(w) for w in spk.get("drop_final", [])),
        drop_final_org=frozenset(f(w) for w in spk.get("drop_final_organisations", spk.get("drop_final", []))),
        verb_endings=endings(gen.get("verb_endings", {})),
        name_endings=endings(gen.get("name_endings", {})),
        role_endings=endings(gen.get("role_endings", {})),
        clitics=endings(spk.get("clitics", {})),
        oblique=tuple(f(w) for w in spk.get("oblique_endings", [])),
        glued_cases=frozenset(f(w) for w in spk.get("glued_cases", []) + spk.get("oblique_endings", [])),
        oblique_articles=frozenset(f(w) for w in spk.get("oblique_articles", [])),
        latter=gendered(spk.get("latter", {})),
        back_references=tuple(sorted({_words(w, f) for w in clause.get("back_references", [])}, key=len, reverse=True)),
        spokespeople=frozenset(f(w) for w in spk.get("spokespeople", [])),
        offices=frozenset(f(w) for w in spk.get("offices", [])),
        lesser=frozenset(f(w) for w in spk.get("lesser", [])),
        relatives=frozenset(f(w) for w in spk.get("relatives", [])),
        role_links=frozenset(f(w) for w in spk.get("role_links", [])),
        copulas=frozenset(f(w) for w in spk.get("copulas", [])),
        elided=tuple(f(w) for w in clause.get("complementizers", []) if w[-1:] in "'’"),
        org_prepositions=frozenset(f(w) for w in clause.get("org_prepositions", [])),
        addressed=tuple(" ".join(_words(w, f)) for w in clause.get("addressed", [])),
        impersonal=impersonal,
        impersonal_reflexives=frozenset(f(w) for w in clause.get("impersonal_reflexives", [])),
        speech_nouns=frozenset(f(w) for w in clause.get("speech_nouns", [])),
        reported_mood=frozenset(f(w) for w in clause.get("reported_mood", [])),
        media=tuple(f(w) for w in spk.get("media", [])),
        near=tuple(" " + f(w).replace("’", "'") + ("" if w.endswith(("'", "’")) else " ") for w in spk.get("near", [])),
        concepts={f(w): name for name, ws in spk.get("concepts", {}).items() for w in ws},
        platforms=frozenset(f(w) for w in spk.get("platforms", []) + _any_language().get("speakers", {}).get("platforms", [])),
    )
