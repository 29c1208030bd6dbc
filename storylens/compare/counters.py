"""What a sentence says against a proposition, read from language data (``lang/<code>/disputes.toml``).

Seven kinds of cue, each a general way of contradicting a report in any language:
explicit denials ("denied", "pure fiction", "опроверг", "démenti"), rulings-out
("ruled out", "descartó", "schloss … aus"), no evidence ("no sign", "нет никаких
признаков", "no hay indicios"), non-existence ("there was no", "не было", "no
hubo"), exclusions (a thing kept out of a whole or a group: "was not part of the
renovation", "nije bila dio", "no officers among the wounded", "had nothing to do
with it"), verdicts (a court's finding against a charge: "acquitted", "freigesprochen", "uniewinniony")
and contrasts ("X says it hit a meeting, but only civilians were there"); and corrections of an earlier report
("initially reported", "спершу повідомлялось", "erroneamente identificato come", ``corrections``: optional data), a
denial of what was first reported, in its words, whoever writes it. A figure after a negation
("hundreds, but not 700", "όχι όμως 700") is denied too, as is the figure a denial names in its clause ("the
figure of 700 is exaggerated"): ``denied_figure``.
A ruling-out or denial after a negation in its clause ("not ruled out", "no
hypothesis has been rejected", "sin descartar", "не исключается") only allows for
the thing: it sides with the assertion. The complement of the cue (what comes
after it, or before it when little does or when it answers a claim) is what the
sentence denies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..adapters.lexicon import lemma
from ..adapters.stopwords import stop_words
from ..model import Value
from ..numlexicon import tokenize
from ..values import bound, extract

KINDS = ("denials", "rulings_out", "no_evidence", "nonexistence", "exclusions", "verdicts", "contrasts")
CORRECTIONS = "corrections"  # an earlier report corrected ("initially reported five", "спершу повідомлялось про 5",
#                              "erroneamente identificato come"): a denial of what was first reported, in that report's words
CLASSIFICATIONS = "classifications"  # an event's kind or cause negated ("not a terrorist act", "kein Anschlag")
DENYING = ("rulings_out", "denials", CORRECTIONS)  # cues that deny whoever says them, read before bare negations
FIGURES = "figures"  # a figure negated ("hundreds, but not 700", "aber nicht 700", "όχι όμως 700")
FIGURE_REACH = 2     # words from a negation to the figure it negates (one function word between: "but not 700")
FIGURE_TAIL = 1      # words after a negated figure before its clause ends (its noun: "but not 700 people.")
FIGURE_KINDS = ("count", "measure", "money", "percent", "duration")  # figures a source can call wrong
CLASS_REACH = 3      # words from a negation to the kind it negates, only function words between ("was not an attack")
SHIELDS = "not_counters"  # phrases holding a cue that deny nothing ("never happened before": it is new)
SOURCES = "sources"  # words naming an official source (police, investigators): its bare negation is a finding
GAP = 10             # words a separable verb's parts may have between them ("schloss … einen Cyberangriff … aus")
NEGATION_REACH = 10  # words before a ruling-out or denial within which a negation makes it "not ruled out"
MIN_COMPLEMENT = 2   # words after a denial that make a complement; fewer and what comes before is denied
SOURCE_WORDS = 6     # words after a cue that may name its source ("according to the national police"), no more
TRAILING_SOURCE_WORDS = 9  # words of a clause of its own naming a source before its reporting word ("…, Ukrainian
#                            Foreign Ministry spokesman Heorhii Tykhyi said")
CLAIM = 4            # words before a contrast ("…, but only civilians") that make the claim it answers
CLAUSE_ENDS = frozenset(",;:·()«»\"“”—–")  # "·" is the Greek semicolon
# a clause ends at a mark followed by a space (never inside a number: "1.5", "50,4"), a quote or a bracket
_CLAUSE_BREAK = re.compile(r"[.;!?,:·](?=\s|$)|[()«»\"“”]|\s[—–]\s")
STRIP = " ,.;:«»\"“”'’—–-"
# Neighbouring concepts (rule ``kin``): the kind or cause of one event named in different words. The police's "no
# indication of an attack" answers outlets reporting "an explosion" and guessing at "a terrorist act".
KIN = {"attack": "violence", "terrorism": "violence", "sabotage": "violence", "arson": "violence",
       "crime": "violence", "explosion": "violence"}


@dataclass(frozen=True, slots=True)
class Counter:
    kind: str    # one of KINDS, or "allows" (a negated ruling-out or denial: the source keeps the thing possible)
    start: int   # the cue's character span in the text
    end: int


def _words(text: str) -> list[tuple[str, int, int]]:
    """(lower-case word, start, end) of each token, apostrophes dropped (``n’a`` = ``n a``) and punctuation kept."""
    out = []
    for t in tokenize(text.replace("’", "'")):
        if t.low in ("'", "`"):
            continue
        out.append((t.low, t.start, t.start + len(t.text)))
    return out


def _phrase(p: str) -> tuple[tuple[str, ...], ...]:
    """A data phrase as its parts (split at "…"), each a tuple of words."""
    return tuple(tuple(w for w, _, _ in _words(part) if any(ch.isalnum() for ch in w)) for part in p.split("…"))


@lru_cache(maxsize=None)
def _table(code: str | None) -> dict[str, tuple]:
    data = lang.data(code, "disputes")
    hedges = lang.data(code, "hedges")
    out = {k: tuple(_phrase(p) for p in data.get(k, [])) for k in KINDS}
    out["denials"] += tuple(_phrase(p) for p in hedges.get("denials", []))
    out[CORRECTIONS] = tuple(_phrase(p) for p in data.get(CORRECTIONS, []))
    out[SHIELDS] = tuple(_phrase(p) for p in data.get(SHIELDS, []))
    out[SOURCES] = tuple(_phrase(p) for p in data.get(SOURCES, []))
    out["reporting"] = tuple(_phrase(p) for p in hedges.get("reporting", []))
    out["negations"] = frozenset(w for p in hedges.get("negations", []) for part in _phrase(p) for w in part)
    return out


class Words(list):
    """A sentence's words with the places each occurs: a phrase is looked for only where its first word stands
    (the data holds hundreds of phrases per language; most sentences hold none of their first words). Given
    ``lemmas`` (each word's dictionary form), a data word written in its dictionary form matches every inflection of
    it ("fausses", "falsas", "fałszywymi" meet "faux", "falso", "fałszywy"): rule lemma."""

    def __init__(self, words: list[str], lemmas: list[str | None] | None = None):
        super().__init__(words)
        self.lemmas = lemmas
        self.at: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            self.at.setdefault(w, []).append(i)
            if lemmas and lemmas[i] and lemmas[i] != w:
                self.at.setdefault(lemmas[i], []).append(i)

    def holds(self, i: int, part: tuple[str, ...]) -> bool:
        """Do the words from ``i`` on read ``part``, each as written or by its dictionary form?"""
        if i < 0 or i + len(part) > len(self):
            return False
        lem = self.lemmas
        return all(self[i + k] == w or (lem is not None and lem[i + k] == w) for k, w in enumerate(part))


def _match(words: list[str], parts: tuple[tuple[str, ...], ...]) -> tuple[int, int, tuple[int, ...]] | None:
    """First (start, end, words between the parts) word indices where the parts occur in order, at most GAP words
    apart."""
    first = parts[0]
    if not first:
        return None
    n = len(first)
    if not isinstance(words, Words):
        words = Words(list(words))
    for i in sorted(set(words.at.get(first[0], ()))):
        if not words.holds(i, first):
            continue
        at, ok, gaps = i + n, True, ()
        for part in parts[1:]:
            k = len(part)
            hit = next((j for j in range(at, min(len(words) - k, at + GAP) + 1) if words.holds(j, part)), None)
            if hit is None:
                ok = False
                break
            gaps += tuple(range(at, hit))
            at = hit + k
        if ok:
            return i, at, gaps
    return None


@lru_cache(maxsize=65536)
def counter(text: str, language: str | None) -> Counter | None:
    """The sentence's strongest cue against a proposition (the first in the text), or None; questions have none."""
    end = text.rstrip().rstrip("»”\"').")
    if end.endswith("?") or (language == "el" and end.endswith(";")):  # the Greek question mark is ";"
        return None
    table = _table(language)
    toks = _words(text)
    alnum = [k for k, (w, _, _) in enumerate(toks) if any(ch.isalnum() for ch in w)]
    words = Words([toks[k][0] for k in alnum], [lemma(toks[k][0], language) for k in alnum])
    found: list[tuple[int, int, str]] = []
    for kind in KINDS + (CORRECTIONS,):
        for parts in table[kind]:
            span = _match(words, parts)
            if not span or (kind == "contrasts" and span[0] < CLAIM):
                continue  # a contrast answers a claim made before it in the sentence
            if kind in ("rulings_out", "denials") and table["negations"] & {words[k] for k in span[2]}:
                kind = "allows"  # "schließen einen Anschlag nicht aus": the negation sits between the verb's parts
            # a separable verb's cue is its first part: its complement lies between the parts
            found.append((span[0], span[0] + len(parts[0]) if len(parts) > 1 else span[1], kind))
    found += _classifications(words, table["negations"], language)
    found += _figures(text, toks, alnum, words, table["negations"], language)
    shielded = set()
    for parts in table[SHIELDS]:
        span = _match(words, parts)
        if span:
            shielded.update(range(span[0], span[1]))
    found = [f for f in found if not shielded & set(range(f[0], f[1]))]
    # "there was no indication of an attack": the cue of another kind sharing its words reads them, not "there was no"
    found = [f for f in found if f[2] != "nonexistence"
             or not any(g[2] != "nonexistence" and g[0] < f[1] and f[0] < g[1] for g in found)]
    if not found:
        return None
    out = []
    for a, b, kind in sorted(found):
        # a correction stands after its negation: "it was not methane, as initially reported"
        if kind in ("rulings_out", "denials") and _negated(toks, alnum, a, table["negations"]):
            kind = "allows"
        # at one place a ruling-out or denial before a bare negation: "не был вызван" (was not caused), not "не был"
        # at one place an exclusion is the reading: "nem volt része" (was not part of), not "nem volt" (was not)
        out.append((kind == "allows", a, kind not in DENYING, kind != "exclusions", b, kind))
    _, a, _, _, b, kind = min(out)
    return Counter(kind, toks[alnum[a]][1], toks[alnum[b - 1]][2])


def _classifications(words: list[str], negations: frozenset[str], language: str | None) -> list[tuple[int, int, str]]:
    """An event's kind or cause negated: a negation, then within CLASS_REACH words, only function words or other
    kind words between, a concept of the ``kin`` families ("an explosion, not an attack", "не был терактом", "no
    fue un atentado", "kein Anschlag"). The cue is the negation; what it denies follows it."""
    if not negations:
        return []
    stops = stop_words(language)
    out = []
    for k, w in enumerate(words):
        if w not in negations:
            continue
        for j in range(k + 1, min(len(words), k + 1 + CLASS_REACH)):
            named = _concept_of(words[j], language)
            if named in KIN:
                out.append((k, k + 1, CLASSIFICATIONS))
                break
            if named is None and words[j] not in stops:
                break
    return out


def _figures(text: str, toks: list[tuple[str, int, int]], alnum: list[int], words: list[str],
             negations: frozenset[str], language: str | None) -> list[tuple[int, int, str]]:
    """A figure negated: a negation, then within FIGURE_REACH words, only a function word between, a number that is
    no year and no bound ("hundreds, but not 700", "όχι όμως 700", "aber nicht 700"; not "no more than 700", "not
    until 2027"). The cue is the negation; the figure follows it."""
    if not negations:
        return []
    stops = stop_words(language)
    out = []
    for k, w in enumerate(words):
        if w not in negations:
            continue
        for j in range(k + 1, min(len(words), k + 1 + FIGURE_REACH)):
            digits = words[j].replace(".", "").replace(",", "")
            if digits.isdigit():
                year = len(digits) == 4 and 1800 <= int(digits) <= 2100
                if not year and bound(text, toks[alnum[j]][1], language, toks[alnum[j]][2]) is None \
                        and _clause_ends_after(toks, alnum[j]) and toks[alnum[k]][2] < toks[alnum[j]][1]:
                    out.append((k, k + 1, FIGURES))
                break
            if words[j] not in stops or words[j] in negations:
                break
    return out


def _clause_ends_after(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Does the clause end within FIGURE_TAIL words after token ``at`` (a figure denied closes its clause: "but not
    700.", "not 700 people, as reported"; "No 10 spokeswoman said" names an office, "no 10 of them" goes on)?"""
    words = 0
    for w, _, _ in toks[at + 1:]:
        if w in CLAUSE_ENDS or w in ".!?…":
            return True
        words += any(ch.isalnum() for ch in w)
        if words > FIGURE_TAIL:
            return False
    return True


def denied_figure(text: str, c: Counter, language: str | None) -> Value | None:
    """The figure a cue calls wrong: the one a negation stands before ("not 700"), or the one written nearest a
    denial in its clause ("the figure of 700 passengers is exaggerated"); None when the clause gives none."""
    if c.kind not in (FIGURES, "denials", CORRECTIONS):
        return None
    ends = [m.end() for m in _CLAUSE_BREAK.finditer(text[:c.start])]
    lo = ends[-1] if ends else 0
    after = _CLAUSE_BREAK.search(text, c.end)
    hi = after.start() if after else len(text)
    near = [v for v in extract(text, language) if v.kind in FIGURE_KINDS and v.start is not None
            and lo <= v.start and v.end <= hi and not (v.start < c.end and c.start < v.end)]
    if c.kind == FIGURES:
        near = [v for v in near if v.start >= c.end]
    if not near:
        return None
    return min(near, key=lambda v: v.start - c.end if v.start >= c.end else c.start - v.end)


def _concept_of(word: str, language: str | None) -> str | None:
    """The concept a word names in the language's data, or None."""
    whole, prefixes = _concepts(language)
    return whole.get(word) or next((prefixes[word[:k]] for k in range(len(word), 1, -1) if word[:k] in prefixes), None)


@lru_cache(maxsize=None)
def _concepts(code: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """A language's concept words: whole words -> concept, and prefixes (words given with "*") -> concept."""
    whole, prefixes = {}, {}
    for name, words in lang.data(code, "disputes").get("concepts", {}).items():
        for w in words:
            if w.endswith("*"):
                prefixes[w[:-1].lower()] = name
            else:
                whole[w.lower()] = name
    return whole, prefixes


def concepts(text: str, language: str | None) -> frozenset[str]:
    """The concepts a text names, one name across languages ("arson" for "Brandstiftung", "εμπρησμού", "podpalenie")."""
    whole, prefixes = _concepts(language)
    if not whole and not prefixes:
        return frozenset()
    out = set()
    for w, _, _ in _words(text):
        name = _concept_of(w, language)
        if name:
            out.add(name)
    return frozenset(out)


def kin(names: frozenset[str]) -> frozenset[str]:
    """The families of the concepts named ("attack", "explosion" -> "violence"): one event's kind in other words."""
    return frozenset(KIN[n] for n in names if n in KIN)


@lru_cache(maxsize=None)
def _anaphora(code: str | None) -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(_phrase(p) for p in lang.data(code, "disputes").get("anaphora", []))


def anaphoric(text: str, c: Counter, denied: str, language: str | None) -> bool:
    """The cue or what it denies points back to what was said before ("there was no such agreement", "такой беседы
    не было", "no hubo tal conversación"): a word of the language's ``anaphora``."""
    words = Words([w for w, _, _ in _words(text[c.start:c.end] + " " + denied) if any(ch.isalnum() for ch in w)])
    return any(_match(words, parts) for parts in _anaphora(language))


def sourced(text: str, language: str | None) -> bool:
    """The sentence names an official source (police, investigators, a ministry) whose finding it reports."""
    words = Words([w for w, _, _ in _words(text) if any(ch.isalnum() for ch in w)])
    return any(_match(words, parts) for parts in _table(language)[SOURCES])


def _attribution(words_after: str, language: str | None, separated: bool = False, strict: bool = False) -> bool:
    """The words open with who says it ("selon le parquet", "according to police", "заявил представитель") or, in a
    clause of their own (``separated``: after a comma), name the source before its reporting word ("…, a government
    official said", "…, the ministry said on Monday"): a source, not what is denied. A source is named in a few
    words; more after a reporting word are the report denied ("denied reports that the army is moving to NATO
    standards"), as is a reporting word followed by a complementizer ("denied claims that Trump called"). ``strict``:
    a reporting word opening the words must be followed by a name, not a function word ("reports of the call are"
    is what is denied, "said Peskov" who denies)."""
    words = [w for w, _, _ in _words(words_after) if any(ch.isalnum() for ch in w)]
    if not language or not words or len(words) > TRAILING_SOURCE_WORDS:
        return False
    comps = _complementizers(language)
    for k in range(len(words)):
        for p in _table(language)["reporting"]:
            first = p[0] if p else ()
            if not first or tuple(words[k:k + len(first)]) != first:
                continue
            nxt = words[k + len(first)] if k + len(first) < len(words) else None
            if nxt in comps:
                return False
            if k == 0:
                return len(words) <= SOURCE_WORDS and not (strict and nxt is not None and nxt in stop_words(language))
            return separated
    return False


@lru_cache(maxsize=None)
def _complementizers(code: str | None) -> frozenset[str]:
    """The words opening a reported clause ("that", "что", "que"), from the language's quote data."""
    words = lang.data(code, "quotes").get("clause", {}).get("complementizers", [])
    return frozenset(w.lower().strip("'’") for w in words)


def without_attribution(text: str, language: str | None) -> str:
    """The text without a clause naming its source at its end or its start ("…, the newspaper reported", "…,
    заявил Песков", "According to the agency, …"): what is said, not who says it."""
    parts = re.split(r"(,\s+)", text.rstrip().rstrip("."))
    if len(parts) >= 3 and _attribution(parts[-1], language, separated=True, strict=True):
        text = "".join(parts[:-2])
        parts = parts[:-2]
    if len(parts) >= 3 and _starts_with_reporting(parts[0], language):
        text = "".join(parts[2:])
    return text.strip(STRIP) or text


def _starts_with_reporting(clause: str, language: str | None) -> bool:
    """A short clause opening with a reporting phrase of more than one word ("According to the agency", "По словам
    Пескова", "D'après le journal"): one word may be a noun ("Reports of the summit, …, are false")."""
    words = [w for w, _, _ in _words(clause) if any(ch.isalnum() for ch in w)]
    return bool(language) and 0 < len(words) <= SOURCE_WORDS and any(
        p and len(p[0]) > 1 and len(p[0]) < len(words) and tuple(words[:len(p[0])]) == p[0]
        for p in _table(language)["reporting"])


def _negated(toks: list[tuple[str, int, int]], alnum: list[int], a: int, negations: frozenset[str]) -> bool:
    """A negation among the words before word ``a`` in its clause ("no theories … were being ruled out")."""
    for k in range(alnum[a] - 1, max(-1, alnum[a] - 1 - 2 * NEGATION_REACH), -1):
        w = toks[k][0]
        if w in CLAUSE_ENDS:
            return False
        if w in negations:
            return sum(1 for j in alnum if k <= j < alnum[a]) <= NEGATION_REACH
    return False


def complement(text: str, c: Counter, language: str | None = None) -> str:
    """What the cue denies: the words after it to the end of its clause or quote, or the words before it when few
    follow ("Reports that … are false"), when only its source follows ("La piste terroriste est exclue, selon le
    parquet") or when the cue answers a claim made before it ("…, but only civilians")."""
    if c.kind == "contrasts":
        return text[:c.start].strip(STRIP) or text
    if c.kind == FIGURES:  # the figure is denied as its clause gives it: the clause without its negation
        lo = ([0] + [m.end() for m in re.finditer(r"[.;!?](?=\s)", text[:c.start])])[-1]
        after = re.split(r"[.;!?](?=\s|$)", text[c.end:], maxsplit=1)[0]
        return (text[lo:c.start] + after).strip(STRIP) or text
    if c.kind == "exclusions":  # what is kept out stands before the cue, what from after it: the whole clause
        before = re.split(r"[.;!?,“«]|\s[—–]\s", text[:c.start])[-1]
        after = re.split(r"[.;!?,”»]|\s[—–]\s", text[c.start:])[0]
        return (before + after).strip(STRIP) or text
    rest = text[c.end:]
    separated = rest.lstrip()[:1] in (",", ";", ":")  # the words after are a clause of their own
    after = re.split(r"[.;!?”»\"]|\s[—–]\s", rest.lstrip(" ,:'’"), maxsplit=1)[0].strip(STRIP)
    # "ruled out arson", "there were no injuries": one word after a ruling-out or a negation is what it denies;
    # a denial ("Peskov denied reports") names its object before it more often
    if len(after.split()) >= (MIN_COMPLEMENT if c.kind in ("denials", CORRECTIONS, "allows") else 1) \
            and not _attribution(after, language, separated):
        return without_attribution(after, language)
    before = re.split(r"[.;!?“«]|\s[—–]\s", text[:c.start].strip(STRIP))[-1].strip(STRIP)
    return (without_attribution(before, language) if before else "") or text[:c.start].strip(STRIP) or text
