"""Who is speaking: speaker candidates in a cue clause, and resolving them to people and organisations."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass, field, replace

from ..model import Article, Mention, Speaker
from .bodies import body_before, quoted_rival
from .cues import Cues, Token
from .fullname import full_name, rejoined
from .homoglyph import unmixed
from .oblique import after_preposition
from .sourced import in_source_phrase
from .marks import Span

PUNCT_GAP = re.compile(r"[,;:!?()\[\]—–«»“”„\"]|\.\s|\s-\s")
DOMAIN = re.compile(r"\w\.[a-zа-я]{2,4}$", re.I)  # a medium such as gazeta.ru: it relays, it does not speak
PERSON_KINDS = ("named", "pronoun", "role")
INITIAL = re.compile(r"\w{1,2}\.", re.U)  # a given name's initial before a surname ("D. Trumpas", "Ch. Lagarde")
POSSESSIVE = re.compile(r"['’]s?\b")
FAR_WINDOW = 20  # sentences a pronoun reaches back when the nearer ones name no one it can stand for
ROLE_REACH = 80  # characters from a role to the name it introduces after a comma ("il ministro per …, Raffaele Fitto")


@dataclass(frozen=True, slots=True)
class Cand:
    """A possible speaker found in the text."""

    start: int
    end: int
    text: str
    kind: str  # named | organisation | pronoun | role
    entity: str | None = None
    gender: str | None = None
    role: str | None = None  # the role entry it was matched by
    new: bool = False  # a role with modifiers ("a senior official") introduces someone new...
    indefinite: bool = False  # ...for certain when an indefinite article says so; else it may still point back
    person: bool = True
    guess: bool = False  # a capitalised run taken for a name when no entities were given
    place: bool = False  # a location mention, a speaker only when nothing else is
    zero: bool = False  # a subject the verb carries ("«…», añadió."): whoever spoke last


@dataclass
class Known:
    """A speaker already met in the article, for pronouns and roles that point back."""

    pos: int
    sentence: int
    speaker: Speaker
    gender: str | None
    person: bool
    source: bool = False  # named in a source phrase ("d'après X, Y a dit"): the sentence's speaker, Y spoken of


@dataclass
class Doc:
    """One article with everything speaker resolution looks up."""

    art: Article
    cues: Cues
    spans: list[Span]
    mentions: list[Mention]
    tokens: list[Token] = field(default_factory=list)
    history: list[Known] = field(default_factory=list)
    roles: dict[str, list[tuple[int, Speaker]]] = field(default_factory=dict)
    role_context: dict[tuple[str, int], str] = field(default_factory=dict)  # words around each introduction
    genders: dict[str, str] = field(default_factory=dict)  # entity id or name -> gender learned from verbs
    introductions: "Introductions | None" = None  # built on first use, after role_intros

    def __post_init__(self) -> None:
        # a platform ("написа във Facebook", "wrote on X") is where words were posted, never who said them
        self.mentions = rejoined(self.art.text, sorted((unglued(self.cues, m) for m in self.mentions
                                                         if not self.cues.platform(m.text)), key=lambda m: m.start))
        self.tokens = self.cues.tokens(self.art.text)
        self._starts = [t.start for t in self.tokens]
        # every position inside a quotation, as sorted disjoint intervals, for bisect lookups
        merged: list[list[int]] = []
        for sp in sorted(self.spans, key=lambda x: x.start):
            if merged and sp.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], sp.end)
            else:
                merged.append([sp.start, sp.end])
        self._q_starts = [m[0] for m in merged]
        self._q_ends = [m[1] for m in merged]
        self._free = [t for t in self.tokens if not self.quoted(t.start)]
        self._free_starts = [t.start for t in self._free]
        self._sent_starts = [x.start for x in self.art.sentences]
        # lookups by position instead of passes over every span or mention: an article's cost stays linear
        self._span_starts = [x.start for x in self.spans]
        self._span_ends = [x.end for x in self.spans]
        self._outer_starts = [x.outer_start for x in self.spans]
        self._mention_starts = [m.start for m in self.mentions]
        self._reach = list(accumulate((m.end for m in self.mentions), max))
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.art.text)]
        self._known: list[tuple[int, int, Known]] = []  # (sentence, order, speaker met) sorted, for windowed lookups
        self._any_per = any(m.type == "PER" for m in self.mentions)
        # a name typed PER somewhere in the article is a person wherever it stands (the recogniser may type one
        # mention of "Кристин Лагард" ORG and another PER)
        self._per_texts = {m.text for m in self.mentions if m.type == "PER" and " " in m.text}
        # "Vitter" after "David Vitter": a person's last name, the last such mention winning
        self.surnames = {m.text.split()[-1]: m for m in self.mentions if self.person(m) and " " in m.text}
        # sentence ends (see subjects.sentence_stop): '.', '!' or '?' before white space, not after an abbreviation
        text = self.art.text
        self._stops = [m.start() for m in re.finditer(r"[.!?](?=\s)", text)
                       if text[m.start()] != "." or not abbreviation(word_before(text, 0, m.start()).rstrip("."))]

    def remember(self, k: Known) -> None:
        """Add a speaker met to the history."""
        entry = (k.sentence, len(self.history), k)
        self.history.append(k)
        self._known.insert(bisect_right(self._known, entry[:2], key=lambda e: e[:2]), entry)

    def known_since(self, sentence: int) -> list[Known]:
        """Speakers met in sentence ``sentence`` or later, in the order they were met."""
        i = bisect_left(self._known, (sentence, -1), key=lambda e: e[:2])
        return [k for _, _, k in sorted(self._known[i:], key=lambda e: e[1])]

    # spans here are the top-level quotations: disjoint and in text order
    def span_at(self, pos: int) -> int | None:
        """Index of the quotation holding ``pos`` (between its marks), if any."""
        i = bisect_right(self._span_starts, pos) - 1
        return i if i >= 0 and pos < self.spans[i].end else None

    def span_from(self, pos: int) -> int | None:
        """Index of the first quotation starting at or after ``pos``."""
        i = bisect_left(self._span_starts, pos)
        return i if i < len(self.spans) else None

    def span_outer_from(self, pos: int) -> int | None:
        """Index of the first quotation whose opening mark starts at or after ``pos``."""
        i = bisect_left(self._outer_starts, pos)
        return i if i < len(self.spans) else None

    def span_opening_at(self, pos: int) -> int | None:
        """Index of the quotation holding ``pos`` or whose opening mark does."""
        i = bisect_right(self._outer_starts, pos) - 1
        return i if i >= 0 and pos < self.spans[i].end else None

    def span_enclosing(self, a: int, b: int) -> int | None:
        """Index of the quotation holding [a, b) within its marks, if any (for a <= b; only the last one opening
        by ``a`` can)."""
        i = bisect_right(self._outer_starts, a) - 1
        return i if i >= 0 and self.spans[i].outer_end >= b else None

    def spans_over(self, a: int, b: int) -> range:
        """Indices of the quotations overlapping [a, b) between their marks."""
        return range(bisect_right(self._span_ends, a), bisect_left(self._span_starts, b))

    def quotes_in(self, a: int, b: int) -> bool:
        """Whether a quotation starts in [a, b)."""
        k = self.span_from(a)
        return k is not None and self.spans[k].start < b

    def span_ending_by(self, pos: int) -> int | None:
        """Index of the last quotation ending at or before ``pos``."""
        i = bisect_right(self._span_ends, pos) - 1
        return i if i >= 0 else None

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        """Mentions lying inside [a, b), in text order (mentions arrive sorted by start)."""
        i, out = bisect_left(self._mention_starts, a), []
        while i < len(self.mentions) and self.mentions[i].start < b:
            if self.mentions[i].end <= b:
                out.append(self.mentions[i])
            i += 1
        return out

    def mentions_over(self, a: int, b: int) -> list[Mention]:
        """Mentions overlapping [a, b), in text order."""
        i = bisect_left(self._mention_starts, b) - 1
        out = []
        while i >= 0 and self._reach[i] > a:
            if self.mentions[i].end > a:
                out.append(self.mentions[i])
            i -= 1
        return out[::-1]

    def mention_starting(self, a: int, b: int) -> bool:
        """Whether a mention starts in [a, b]."""
        i = bisect_left(self._mention_starts, a)
        return i < len(self.mentions) and self._mention_starts[i] <= b

    def mentions_at(self, pos: int) -> list[Mention]:
        """Mentions covering ``pos``, in text order."""
        i = bisect_right(self._mention_starts, pos) - 1
        out = []
        while i >= 0 and self._reach[i] > pos:
            if self.mentions[i].end > pos:
                out.append(self.mentions[i])
            i -= 1
        return out[::-1]

    def line_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the paragraph (line) holding ``pos``."""
        i = bisect_right(self._line_starts, pos) - 1
        end = self._line_starts[i + 1] - 1 if i + 1 < len(self._line_starts) else len(self.art.text)
        return self._line_starts[i], end

    def window_start(self, pos: int, window: int) -> int:
        """Where the sentence ``window`` sentences before the one holding ``pos`` begins (0 near the start)."""
        here = self.sentence_no(pos)
        return self.art.sentences[here - window].start if here - window >= 0 else 0

    def stop_after(self, a: int, b: int) -> int | None:
        """Where ``subjects.sentence_stop(text[a:b])`` finds a sentence end, for ``a`` right after a closing mark
        (no abbreviation reaches back over it): the first end known in the text, or the range's last character."""
        i = bisect_left(self._stops, a)
        if i < len(self._stops) and self._stops[i] < b - 1:
            return self._stops[i]
        text = self.art.text
        last = b - 1
        if last >= a and text[last] in ".!?" and (text[last] != "." or not abbreviation(word_before(text, a, last).rstrip("."))):
            return last
        return None

    def person(self, m: Mention) -> bool:
        """Whether a mention is a person: PER, or, in an article whose recogniser typed no one PER (a language
        without a model), a name of two or more capitalised words typed MISC."""
        if m.type == "PER" or m.text in self._per_texts:
            return True
        return m.type == "MISC" and not self._any_per and len(m.text.split()) >= 2 \
            and all(w[:1].isupper() for w in m.text.split())

    def quoted(self, pos: int) -> bool:
        i = bisect_right(self._q_starts, pos) - 1
        return i >= 0 and pos < self._q_ends[i]

    def toks(self, a: int, b: int) -> list[Token]:
        """Tokens inside [a, b) that are not quoted."""
        i = bisect_left(self._free_starts, a)
        out = []
        while i < len(self._free) and self._free[i].end <= b:
            out.append(self._free[i])
            i += 1
        return out

    def toks_from(self, a: int, b: int, limit: int, before: int | None = None) -> list[Token]:
        """The first ``limit`` tokens of ``toks(a, b)`` starting before ``before``, read no further."""
        i = bisect_left(self._free_starts, a)
        out = []
        while i < len(self._free) and len(out) < limit and self._free[i].end <= b \
                and (before is None or self._free[i].start < before):
            out.append(self._free[i])
            i += 1
        return out

    def gap(self, a: int, b: int) -> str:
        return self.art.text[a:b]

    def sentence_no(self, pos: int) -> int:
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and pos < self.art.sentences[i].end:
            return self.art.sentences[i].index
        return -1


WORD_CHAR = re.compile(r"[\w.]")


def unglued(cues: Cues, m: Mention) -> Mention:
    """A person's name without a word the recogniser glued before it: a platform ("X Olaf Scholz") or a title
    ("Innenministerin Nancy Faeser"), so the name alone speaks."""
    words = m.text.split(" ")
    if m.type != "PER" or len(words) < 3 or not (cues.platform(words[0]) or cues.role(cues.norm(words[0]))):
        return m
    cut = len(words[0]) + 1
    return replace(m, start=m.start + cut, text=m.text[cut:])


def word_before(text: str, a: int, end: int) -> str:
    """The word (letters, digits, full stops) ending at ``end``, or at a line break ending there, starting no earlier
    than ``a``: what a search for ``[\\w.]*$`` in ``text[a:end]`` finds, without its cost of ``end - a``."""
    if end > a and text[end - 1] == "\n":
        end -= 1
    i = end
    while i > a and WORD_CHAR.match(text, i - 1):
        i -= 1
    return text[i:end]


ELIDED = re.compile(r"^\w{1,2}['’](?=\w)")  # an elided article or preposition glued to its noun: l’, d’, dell’
MEDIUM_ELIDED = re.compile(r"^\w{1,4}['’](?=\w)")  # with a preposition too: "all’emittente", "dell’agenzia"


def abbreviation(word: str) -> bool:
    """'U.S', 'Mr', 'Dr', 'г': a full stop after it does not end anything."""
    return len(word) <= 3 and (word[:1].isupper() or len(word) == 1) or ("." in word and len(word) <= 6)


def breaks(doc: "Doc", left: Token, right: Token) -> bool:
    """Whether punctuation between two tokens ends a phrase (a full stop after an abbreviation does not)."""
    gap = doc.gap(left.end, right.start)
    if gap.strip() == "." and abbreviation(left.text):
        return False
    return bool(PUNCT_GAP.search(gap))


def _possessive(text: str, m: Mention) -> bool:
    """Whether a mention is a possessive ("Scott's niece"), its ending inside the mention or right after it."""
    return bool(POSSESSIVE.match(text, m.end)) or m.text[-2:] in ("'s", "’s")


def relays(doc: Doc, pos: int) -> bool:
    """Whether a medium word stands among the three words before ``pos`` in its phrase ("w rozmowie z telewizją X",
    "all'emittente X"): the name there relays what was said, it does not say it."""
    if not doc.cues.media:
        return False
    for t in reversed(doc.toks(max(0, pos - 60), pos)[-3:]):
        if PUNCT_GAP.search(doc.gap(t.end, pos)):
            return False
        if doc.cues.medium(MEDIUM_ELIDED.sub("", t.low)):
            return True
    return False


def _to_medium(cues: Cues, low: str) -> bool:
    """Whether a word is a medium with a preposition glued to it ("all’emittente"): where a role's tail ends (a
    medium in the genitive still describes the source: "собеседник агентства")."""
    bare = MEDIUM_ELIDED.sub("", low)
    return bare != low and cues.medium(bare)


def near_to(doc: Doc, pos: int) -> bool:
    """Whether the name at ``pos`` is whom a source is close to ("a source close to X", "источник, близкий к X")."""
    if not doc.cues.near:
        return False
    # (compared as text: an elided preposition is glued to the name, "proche d'Anna")
    before = " " + " ".join(doc.cues.norm(doc.art.text[max(0, pos - 40):pos]).replace("’", "'").split())
    before += "" if before.endswith("'") else " "
    return before.endswith(doc.cues.near)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _opens_sentence(doc: Doc, t: Token) -> bool:
    """Whether a token opens its sentence (capitalised there whatever it is)."""
    s = doc.art.sentence_at(t.start)
    return s is not None and not doc.gap(s.start, t.start).strip()


def _opens_at(doc: Doc, pos: int) -> bool:
    """Whether only stop words stand between the start of the sentence holding ``pos`` and ``pos``."""
    s = doc.art.sentence_at(pos)
    return s is not None and all(t.low in doc.cues.np_stops for t in doc.cues.tokens(doc.art.text, s.start, pos))


def _common_noun(cues: Cues, name: str) -> bool:
    """Whether a one-word name is an organisation or role noun capitalised ("Yπουργείο" opening a body's name)."""
    word = cues.norm(unmixed(name))
    return " " not in name.strip() and bool(cues.organisation(word) or cues.role(word))


def _titles(doc: Doc, toks: list[Token]) -> dict[int, tuple[str | None, str | None]]:
    """Two-word role and body entries among the tokens ("Santo Padre", "primo ministro", "Santa Sede"), by the index
    of their first token: (role, organisation)."""
    cues, out = doc.cues, {}
    for i in range(len(toks) - 1):
        if breaks(doc, toks[i], toks[i + 1]):
            continue
        pair = f"{ELIDED.sub('', cues.norm(unmixed(toks[i].text)))} {cues.norm(unmixed(toks[i + 1].text))}"
        role, org = cues.role(pair), cues.organisation(pair)
        role, org = (role if role and " " in role else None), (org if org and " " in org else None)
        if role or org:
            out[i] = (role, org)
    return out


def candidates(doc: Doc, a: int, b: int) -> list[Cand]:
    """Speaker candidates inside ``[a, b)``, outside quotes."""
    cues, text = doc.cues, doc.art.text
    out: list[Cand] = []
    toks = doc.toks(a, b)
    titles = _titles(doc, toks)
    # a name the recogniser found inside a two-word title ("Santo" of "Santo Padre") is part of the title
    in_title = [(toks[i].start, toks[i + 1].end) for i in titles]
    near = [(m.start, m.end) for m in doc.mentions_in(a, b) if near_to(doc, m.start)]  # whom a source is close to
    for m in doc.mentions_in(a, b):
        if any(s <= m.start and m.end <= e for s, e in in_title):
            continue
        if not doc.quoted(m.start) and m.type in ("PER", "ORG", "LOC"):
            if m.type != "PER" and (DOMAIN.search(m.text) or relays(doc, m.start)):
                continue  # (a medium relays: "a raconté un témoin à la chaîne Welt TV")
            if _possessive(text, m) or near_to(doc, m.start):
                continue  # "Scott's niece", "a source close to Scott": a modifier
            per = m.type == "PER" or m.text in doc._per_texts
            gender = None
            if per:
                title = re.search(r"(\w+)\.?\s*$", text[max(0, m.start - 12):m.start])
                gender = cues.name_gender(m.text) or (cues.titles.get(cues.norm(title.group(1))) if title else None) \
                    or doc.genders.get(m.entity or m.text)
            # a country speaks through its government ("Южная Корея заявила"): the last resort of choose()
            out.append(Cand(m.start, m.end, m.text, "named" if per else "organisation", m.entity,
                            gender, person=per, place=m.type == "LOC"))
    for m in doc.mentions_in(a, b):
        # without a model for the language a person may come typed MISC: a capitalised name is a guessed speaker
        if m.type == "MISC" and not doc.quoted(m.start) and not _common_noun(cues, m.text) \
                and not any(s <= m.start and m.end <= e for s, e in in_title) \
                and all(w[:1].isupper() for w in m.text.split()) and not _possessive(text, m) \
                and not any(c.start <= m.start < c.end for c in out) and not relays(doc, m.start) \
                and not near_to(doc, m.start):
            out.append(Cand(m.start, m.end, m.text, "named", m.entity, cues.name_gender(m.text) or doc.genders.get(m.entity or m.text),
                            guess=not doc.person(m)))
    covered = [(c.start, c.end) for c in out if not c.place]
    people_spans = [(c.start, c.end) for c in out if c.kind == "named" and not c.guess]
    run: list[Token] = []
    surnames = doc.surnames

    def flush() -> None:
        # a run of capitalised words the entities stage did not tag may still be a name (choose() takes it only
        # right next to the verb when there are entities: "“…,” Tester said")
        if run:
            first_of_sentence = (s := doc.art.sentence_at(run[0].start)) is not None and s.start == run[0].start
            # a title before a tagged name ("Rep. G.K. Butterfield") or a party tag ("(D-Wis.)") is not a name
            titled = doc.mention_starting(run[-1].end, run[-1].end + 2)
            tagged = text[max(0, run[0].start - 1):run[0].start] == "("
            name = text[run[0].start:run[-1].end]
            known = surnames.get(name) if len(run) == 1 else None
            if cues.platform(name) or tuple(t.low for t in run) in cues.back_references:
                pass  # (a platform posts, "Това" points back: neither speaks)
            elif known is not None:  # "Vitter" after "David Vitter": the same person, not a guess
                out.append(Cand(run[0].start, run[-1].end, name, "named", known.entity,
                                doc.genders.get(known.entity or known.text)))
            elif (len(run) >= 2 or not first_of_sentence) and not titled and not tagged and not DOMAIN.search(name) \
                    and not relays(doc, run[0].start) \
                    and not POSSESSIVE.match(text, run[-1].end) and not re.search(r"['’]s$", run[-1].text) \
                    and not re.match(r"-\s", text[run[-1].end:run[-1].end + 2]):
                # (a word cut before a hyphen is half of a compound, "Brücken- und Ingenieurbauwerke", never a name)
                out.append(Cand(run[0].start, run[-1].end, name, "named", None, cues.name_gender(name), guess=True))
        run.clear()

    tagged_spans = [(m.start, m.end) for m in doc.mentions_over(a, b) if m.type == "LOC"]
    for i, t in enumerate(toks):
        if any(s < t.end and t.start < e for s, e in near):
            flush()
            continue
        if any(s <= t.start < e for s, e in covered) or (out and out[-1].start <= t.start < out[-1].end):
            flush()
            continue
        if run and any(s <= t.start < e for s, e in tagged_spans):  # a place is not part of a guessed name
            run.clear()
            flush()
            continue
        head = ELIDED.sub("", cues.norm(unmixed(t.text)))  # "l’entreprise": the noun after an elided article
        role, org = titles.get(i) or (cues.role(head), cues.organisation(head))
        if t.low in cues.np_stops:  # includes addressees: "told reporters", "рассказал журналистам"
            flush()
        elif t.low in cues.pronouns:
            flush()
            out.append(Cand(t.start, t.end, t.text, "pronoun", gender=cues.pronouns[t.low],
                            person=cues.pronouns[t.low] != "pl"))
        elif t.low in cues.latter and i > 0 and toks[i - 1].low in cues.definite and (
                i + 1 == len(toks) or breaks(doc, t, toks[i + 1]) or toks[i + 1].low in cues.auxiliaries
                or (toks[i + 1].low,) in cues.verbs):  # (not "le dernier rapport": there it qualifies a noun)
            flush()  # "Cette dernière a rappelé": the latter, a pronoun for the person named last
            g = cues.latter[t.low]
            out.append(Cand(toks[i - 1].start, t.end, text[toks[i - 1].start:t.end], "pronoun", gender=g, person=g != "pl"))
        elif (role or org) and not (not role and i + 1 < len(toks) and cues.role(toks[i + 1].low)
                                    and not breaks(doc, t, toks[i + 1])):
            # (an organisation word right before a role word is its modifier: "military official")
            flush()
            j = i
            while j > 0 and i - j < 5 and not breaks(doc, toks[j - 1], toks[j]) \
                    and toks[j - 1].low not in cues.np_stops and tuple([toks[j - 1].low]) not in cues.verbs \
                    and not any(s <= toks[j - 1].start < e for s, e in people_spans):
                # (a person named before is not a modifier: "il portavoce Matteo Bruni il papa …")
                j -= 1
                if toks[j].low in cues.definite or toks[j].low in cues.indefinite:
                    break  # an article opens the phrase: no word before it qualifies the role ("disse a repórteres o ministro")
            if j > 0 and toks[j - 1].low in cues.indefinite and toks[j].low not in cues.definite \
                    and toks[j].low not in cues.indefinite and not breaks(doc, toks[j - 1], toks[j]):
                j -= 1  # an indefinite article that is also a stop word: "mesélte egy túlélő", "sa en vittne"
            k = i + 1 if i in titles else i
            # take a genitive tail: "руководство компании", "отец похищенного младенца" (names only after organisations)
            while k + 1 < len(toks) and k - i < 4 and not breaks(doc, toks[k], toks[k + 1]) \
                    and tuple([toks[k + 1].low]) not in cues.verbs and toks[k + 1].low not in cues.np_stops \
                    and toks[k + 1].low not in cues.auxiliaries \
                    and toks[k + 1].low not in cues.pronouns and not _to_medium(cues, toks[k + 1].low) \
                    and (role or not cues.role(toks[k + 1].low)) \
                    and not any(s <= toks[k + 1].start < e for s, e in (people_spans if role else covered)) \
                    and (not role or not _capitalised(toks[k + 1].text) or cues.organisation(toks[k + 1].low)
                         or any(m.type in ("ORG", "LOC") for m in doc.mentions_at(toks[k + 1].start))
                         or k > i and cues.organisation(toks[k].low) is None and not _capitalised(toks[k].text)
                         and any(cues.organisation(x.low) for x in toks[i + 1:k + 1])):
                # (a role's tail may name its organisation: "представитель Министерства сельского хозяйства")
                k += 1
            indefinite = any(w.low in cues.indefinite for w in toks[j:i])
            if role and k + 2 < len(toks) and toks[k + 1].low in cues.role_links \
                    and not breaks(doc, toks[k], toks[k + 1]) and (indefinite or _names_body(doc, toks[k + 2:k + 7])):
                # a new source keeps whom it speaks for: "a spokesperson for the Spanish government"
                x = k + 2
                while x < len(toks) and x - k <= 5 and (toks[x].low in cues.definite or _capitalised(toks[x].text)
                                                        or cues.organisation(toks[x].low)) \
                        and not breaks(doc, toks[x - 1], toks[x]) and not any(s <= toks[x].start < e for s, e in people_spans):
                    x += 1
                if x > k + 2 and toks[x - 1].low not in cues.definite:
                    k = x - 1
                    body = [m for m in doc.mentions_at(toks[k].start) if m.type == "ORG"]
                    while body and k + 1 < len(toks) and toks[k + 1].end <= body[0].end:
                        k += 1  # (the whole name of the body: "of the Polish National Electoral Commission")
            words = toks[j:k + 1]
            mods = [w for w in toks[j:i] if w.low not in cues.definite and w.low not in cues.indefinite]
            new = bool(mods) or indefinite
            phrase = text[words[0].start:words[-1].end]
            if role:
                plural = cues.plural(t.low, role)
                org_tail = [m for m in doc.mentions_in(t.end + 1, words[-1].end) if m.type == "ORG"] if plural else []
                if org_tail:  # "представители Демократической партии" speak for the party
                    m = org_tail[0]
                    out.append(Cand(words[0].start, words[-1].end, phrase, "organisation", m.entity, person=False))
                    continue
                out.append(Cand(words[0].start, words[-1].end, phrase, "role", role=role, new=new or plural,
                                indefinite=indefinite or plural, gender="pl" if plural else None))
            else:
                # a capitalised body noun and the name guessed from the capitalised words right after it are one
                # proper name ("Υπουργείο Εσωτερικών"; not "a empresa Aerolinha": a description, then the name)
                named = [c for c in out if c.guess and c.entity is not None and not doc.gap(words[-1].end, c.start).strip()
                         and c.start > words[-1].end] if _capitalised(t.text) and not _opens_sentence(doc, t) else []
                end = named[0].end if named else words[-1].end
                out = [c for c in out if c not in named[:1]]
                out.append(Cand(words[0].start, end, text[words[0].start:end], "organisation", person=False, new=bool(mods)))
        elif any(s <= t.start < e for s, e in tagged_spans):
            flush()
        elif _capitalised(t.text) and (not run or not breaks(doc, run[-1], t)):
            run.append(t)
        else:
            flush()
            if _capitalised(t.text):
                run.append(t)
    flush()
    # a name inside a described source is a modifier ("a senior Kazakh military official"), not the speaker
    phrases = [c for c in out if c.kind in ("role", "organisation") and c.entity is None]
    out = [c for c in out if not (c.guess and any(p.start <= c.start < p.end for p in phrases))
           and not (c.kind == "named" and any(p.start <= c.start and c.end < p.end for p in phrases))]
    return sorted(out, key=lambda c: c.start)


def choose(doc: Doc, cands: list[Cand], side: str, verb: tuple[int, int] | None = None) -> Cand | None:
    """The subject among candidates: people before organisations; nearest the verb.

    A guessed name (no entities given) counts only when it stands right next
    to the verb; otherwise a pronoun or role noun in the clause is the safer bet.
    """
    def next_to_verb(c: Cand) -> bool:
        # (only an auxiliary, an article or an initial may stand between: "Tester has said", "sagte der
        # Rechtsmediziner", "teigė D. Trumpas", or an adverb before the verb; a word farther off is a guess too far)
        if verb is None:
            return True
        gap = doc.gap(c.end, verb[0]) if c.end <= verb[0] else doc.gap(verb[1], c.start) if verb[1] <= c.start else "?"
        words = gap.split()
        if c.end <= verb[0] and len(words) == 1 and words[0].isalpha() and words[0].islower() \
                and doc.cues.norm(words[0]) not in doc.cues.np_stops:
            return True  # an adverb between the subject and its verb: "Democrats successfully argued"
        return len(words) <= 2 and not PUNCT_GAP.search(gap.replace(". ", " ")) and all(
            (w := doc.cues.norm(x)) in doc.cues.auxiliaries or w in doc.cues.definite or w in doc.cues.indefinite
            or INITIAL.fullmatch(x) for x in words)

    # a capitalised word after a role and its preposition names what the role serves ("El presidente del Ejecutivo")
    # (also through a chain of them: "El director de Operación de REE")
    # (an organisation word's too: "ministério da Saúde")
    roles = [c for c in cands if c.kind == "role" or c.kind == "organisation" and c.entity is None]
    cands = [c for c in cands if not (c.guess and any(_serves(doc, r, c) for r in roles))]
    people = [c for c in cands if c.kind in PERSON_KINDS and (c.person or c.kind == "pronoun")]
    if doc.mentions:  # a word the entities stage did not tag is a name only right next to the verb
        # (a name it tagged without a type opening the sentence, in an article where it typed no one a person, is all
        # there is: a language without a recogniser model, "Лагард отчете, че … и подчерта")
        people = [c for c in people if not c.guess or next_to_verb(c)
                  or c.entity and not doc._any_per and _opens_at(doc, c.start)]
    else:
        people = [c for c in people if not c.guess or next_to_verb(c)] or people
    pool = people or [c for c in cands if c.kind == "organisation" and not c.place] \
        or [c for c in cands if c.place and (verb is None or next_to_verb(c))]
    if not pool:
        return None
    pick = max(pool, key=lambda c: c.end) if side == "before" else min(pool, key=lambda c: c.start)
    if side == "before" and verb is not None and pick.kind == "named":
        # "Eduardo Prieto, director of … Red Eléctrica, on Monday said": a name inside the apposition only describes
        # the subject, the person named before it
        # (the apposition opens with a role: "X, director of …", "X, a spokesman for …")
        def apposed(c: Cand) -> bool:
            return any(x.kind == "role" and c.end < x.start < pick.start and doc.gap(c.end, x.start).strip(" ,").lower()
                       in ("", *doc.cues.definite, *doc.cues.indefinite) for x in cands)

        head = [c for c in cands if c.kind == "named" and c.end < pick.start and doc.gap(c.end, c.end + 1) == ","
                and "," in doc.gap(pick.end, verb[0]) and apposed(c)]
        if head:
            pick = head[0]
    if pick.kind == "role":
        # apposition: "Alexey Zhuravlev, a nationalist politician, said" -> the named person
        named = [c for c in pool if c.kind == "named" and c.end <= pick.start
                 and doc.gap(c.end, pick.start).lstrip().startswith(",")]
        if named:
            pick = max(named, key=lambda c: c.end)
    return pick


def _only_person(doc: Doc, pos: int, sent: int) -> Known | None:
    """The one person named or heard in this sentence and the one before, if there is exactly one."""
    pool = [k for k in doc.known_since(sent - 1) if k.pos < pos and k.person and k.speaker.entity and k.gender != "pl"]
    for m in doc.mentions_in(doc.window_start(pos, 1), pos):
        if doc.person(m) and m.entity and not doc.quoted(m.start) and sent - doc.sentence_no(m.start) <= 1 \
                and not _served(doc, m.start) and not after_preposition(doc, m.start):
            pool.append(Known(m.start, doc.sentence_no(m.start), Speaker(m.text, m.entity, "named"), None, True))
    plural = {k.speaker.entity for k in doc.known_since(sent - 1) if k.gender == "pl"}  # spoke as a group
    pool = [k for k in pool if k.speaker.entity not in plural]
    return pool[-1] if len({k.speaker.entity for k in pool}) == 1 else None


def _served(doc: Doc, pos: int) -> bool:
    """Whether the name at ``pos`` is whom a role serves ("a spokesman for Trump"): a modifier, not an antecedent."""
    words = doc.cues.tokens(doc.art.text, max(0, pos - 40), pos)[-2:]
    return len(words) == 2 and words[1].low in doc.cues.role_links and doc.cues.role(words[0].low) is not None \
        and not PUNCT_GAP.search(doc.gap(words[0].end, pos))


def _serves(doc: Doc, role: Cand, c: Cand) -> bool:
    """Whether ``c`` follows ``role`` through prepositions ("presidente del Ejecutivo", "director de Operación de REE")."""
    gap = doc.gap(role.end, c.start)
    words = gap.split()
    links = doc.cues.role_links | doc.cues.definite
    if role.end <= c.start and not gap.strip() and doc.cues.norm(role.text.split()[-1]) in links:
        return True  # the role's phrase took its preposition along: "o ministro turco da" + "Saúde"
    if not (role.end <= c.start and words and len(words) <= 4) or PUNCT_GAP.search(gap):
        return False
    if gap.strip().islower() and len(words) <= 2:
        return True
    return doc.cues.norm(words[0]) in links and all(doc.cues.norm(w) in links or w[:1].isupper() for w in words)


def role_intros(doc: Doc) -> None:
    """Record who each role noun introduces: 'политолог Дмитрий Родионов', 'Zhuravlev, a politician'."""
    cues = doc.cues
    # (a name typed MISC, two capitalised words or more, is a person when a role introduces it)
    people = [m for m in doc.mentions if (doc.person(m) or m.type == "MISC" and len(m.text.split()) >= 2
                                          and all(w[:1].isupper() for w in m.text.split())) and not doc.quoted(m.start)]
    for m in people:
        speaker = Speaker(m.text, m.entity, "named")
        before = doc.toks(max(0, m.start - 80), m.start)[-5:]
        context = " ".join(t.low for t in before)
        # (one comma may part the role from the name: "el presidente del Gobierno español, Pedro Sánchez")
        comma = bool(before) and doc.gap(before[-1].end, m.start).strip() == ","
        for t in reversed(before):
            if PUNCT_GAP.search(doc.gap(t.end, before[-1].end if comma else m.start)):
                break
            if (r := cues.role(t.low)):
                doc.roles.setdefault(r, []).append((m.start, speaker))
                doc.role_context[(r, m.start)] = context
                if (g := cues.role_gender(t.low)):  # "Staatsanwältin Anna Schmidt": a woman, for "sie" later
                    doc.genders.setdefault(m.entity or m.text, g)
        tail = doc.art.text[m.end:m.end + 120]
        if tail.startswith(","):
            appos = doc.toks(m.end + 1, m.end + 1 + len(tail.split(",")[1]) + 1)[:8]
            for t in appos:
                if (r := cues.role(t.low)):
                    doc.roles.setdefault(r, []).append((m.start, speaker))
                    doc.role_context[(r, m.start)] = " ".join(x.low for x in appos)
                    if (g := cues.role_gender(t.low)):
                        doc.genders.setdefault(m.entity or m.text, g)


def learn_genders(doc: Doc) -> None:
    """Genders of people from the pronouns that follow them ("Clinton … her campaign. She …").

    Only a sentence naming one person counts, with the next sentence when it
    names nobody; a gender is kept when its pronouns outnumber the other's
    by two to one. Genders known from verbs or names are not overwritten.
    """
    cues = doc.cues
    gendered = {w: g for w, g in {**cues.possessives, **cues.pronouns}.items() if g in ("m", "f")}
    if not gendered:
        return
    people: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if doc.person(m) and not doc.quoted(m.start):
            people.setdefault(doc.sentence_no(m.start), []).append(m)
    votes: dict[str, dict[str, int]] = {}
    sentences = doc.art.sentences
    for k, sent in enumerate(sentences):
        here = people.get(sent.index, [])
        keys = {m.entity or m.text for m in here}
        if len(keys) != 1:
            continue
        key = keys.pop()
        end = sent.end
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        # the next sentence too when it names nobody and quotes nobody (after a quotation "she" is what we resolve)
        if nxt is not None and nxt.index not in people and not doc.quotes_in(nxt.start, nxt.end):
            end = nxt.end
        for t in doc.toks(here[0].end, end):
            if (g := gendered.get(t.low)):
                votes.setdefault(key, {"m": 0, "f": 0})[g] += 1
    for key, v in votes.items():
        for g, other in (("m", "f"), ("f", "m")):
            if v[g] >= 1 and v[g] >= 2 * v[other] and v[g] > v[other]:
                doc.genders.setdefault(key, g)


def _fits(doc: Doc, c: Cand, pos: int) -> bool:
    """Whether an introduction at ``pos`` fits the modifiers of role phrase ``c`` ("врио губернатора")."""
    context = doc.role_context.get((c.role or "", pos))
    if context is None:
        return True
    mods = [w for w in doc.cues.tokens(c.text) if not doc.cues.role(w.low) and w.low not in doc.cues.definite]
    # compare word beginnings so inflected forms match ("врио", "высокопоставленного" ~ "высокопоставленный")
    return all(any(x.startswith(w.low[:5]) for x in context.split()) for w in mods)


def mention_gender(doc: Doc, m: Mention) -> str | None:
    """A person's gender as known from verbs and pronouns, the surname's ending, or a title or article before the
    name ("Mme", "η Ντόρα Μπακογιάννη")."""
    title = re.search(r"(\w+)\.?\s*$", doc.art.text[max(0, m.start - 12):m.start])
    return doc.genders.get(m.entity or m.text) or doc.cues.name_gender(m.text) \
        or (doc.cues.titles.get(doc.cues.norm(title.group(1))) if title else None)


def _compatible(gender: str | None, want: str | None) -> bool:
    return gender is None or want is None or gender == want


def antecedent(doc: Doc, pos: int, gender: str | None, person: bool, window: int = 6, far: bool = False) -> Known | None:
    """The nearest earlier speaker or person mention that a pronoun can point to."""
    here = doc.sentence_no(pos)
    history = [k for k in doc.known_since(here - window) if not _unresolved(k)]
    pool = [k for k in history if k.pos < pos]
    met = {(k.pos, k.sentence, k.speaker, k.gender, k.person) for k in history}
    for m in doc.mentions_in(doc.window_start(pos, window), pos):
        if doc.person(m) and not doc.quoted(m.start) and here - doc.sentence_no(m.start) <= window \
                and not _served(doc, m.start) and not after_preposition(doc, m.start):
            pool.append(Known(m.start, doc.sentence_no(m.start), Speaker(m.text, m.entity, "named"), mention_gender(doc, m),
                              True, in_source_phrase(doc, m.start, m.end)))
    # a person named earlier in the pronoun's own paragraph outranks speakers of paragraphs before it
    # ("Another commuter, Jonathan Emery, was travelling … “…,” he said" after someone else's quote)
    par_start = doc.line_bounds(pos)[0]
    if gender != "pl" and person and any(k.pos >= par_start and k.person and k.gender != "pl"
                                         and _compatible(k.gender, gender) for k in pool):
        pool = [k for k in pool if k.pos >= par_start]
    if gender == "pl" or not person:
        pool = [k for k in pool if not k.person or k.gender == "pl"]
    else:
        people = [k for k in pool if k.person and k.gender != "pl" and _compatible(k.gender, gender)]
        # where nouns have grammatical gender, "она" may be the ministry just quoted
        pool = people or ([k for k in pool if not k.person and k.speaker.kind == "organisation" and here - k.sentence <= 2]
                          if doc.cues.pronouns_for_things else [])
    # the subject of an earlier speech verb is more salient than a name merely mentioned: count it two sentences nearer
    # and, for a gendered pronoun, one whose gender is known to match counts as one sentence nearer than an unknown
    # (and wins a tie with one: "La procuratrice Anna Rossi … Marco Bianchi … ha detto lei")
    def unsure(k: Known) -> int:
        return 1 if gender in ("m", "f") and k.gender is None else 0

    def distance(k: Known) -> int:
        salient = 2 if k.speaker.kind != "named" or k.source or (k.pos, k.sentence, k.speaker, k.gender, k.person) in met \
            else 0
        return here - k.sentence - salient + unsure(k)

    if far and not pool and person and gender != "pl" and window < FAR_WINDOW:
        # no one in the last sentences: the nearest person named earlier, across paragraphs
        return antecedent(doc, pos, gender, person, FAR_WINDOW)
    return min(pool, key=lambda k: (distance(k), unsure(k), not k.source, -k.pos)) if pool else None


def _unresolved(k: Known) -> bool:
    """A pronoun (or a subject the verb carries) that found no one: it gives a later pronoun no one either."""
    return k.speaker.kind == "pronoun" and k.speaker.as_written is None


def _last_speaker(doc: Doc, pos: int, sent: int, gender: str | None) -> Known | None:
    """Who spoke last, in this sentence or the two before: the subject a verb without one continues."""
    spoke = [k for k in doc.known_since(sent - 2) if k.pos < pos and k.speaker.kind != "unnamed" and not _unresolved(k)
             and (k.person or k.speaker.kind == "organisation") and _compatible(k.gender, gender)]
    return max(spoke, key=lambda k: (k.sentence, k.source, k.pos)) if spoke else None


def _names_body(doc: Doc, toks: list[Token]) -> bool:
    """Whether the words after a role's preposition open with an organisation ("of the Electoral Commission")."""
    first = next((t for t in toks if t.low not in doc.cues.definite), None)
    return first is not None and (doc.cues.organisation(first.low) is not None
                                  or any(m.type == "ORG" for m in doc.mentions_at(first.start)))


def _body_tail(doc: Doc, c: Cand) -> bool:
    """Whether a role's phrase names the body its holder serves ("the chairman of the Electoral Commission")."""
    words = doc.cues.tokens(doc.art.text, c.start, c.end)
    at = next((i for i, w in enumerate(words) if doc.cues.role(w.low) == c.role), None)
    if at is None:
        return False
    tail = words[at + 1:]
    return bool(tail) and tail[0].low in doc.cues.role_links and (
        any(doc.cues.organisation(w.low) for w in tail)
        or any(m.type == "ORG" for m in doc.mentions_in(tail[0].end, c.end)))


def _named_person(doc: Doc, entity: str) -> bool:
    """Whether any mention of the entity is a person (not a name guessed from an untyped capitalised word)."""
    return any(doc.person(m) for m in doc.mentions if m.entity == entity)


def nearest_org(doc: Doc, c: Cand, window: int = 3) -> Mention | None:
    """The latest organisation before ``c`` that its words describe ("руководство компании" -> "компания X")."""
    here = doc.sentence_no(c.start)
    words = [w.low for w in doc.cues.tokens(c.text)]
    heads = {w[:5] for w in words if doc.cues.organisation(w)}  # word beginnings, so cases match

    def described(m: Mention) -> bool:
        near = [t.low for t in doc.toks(max(0, m.start - 40), m.end)][-4:]
        return any(w[:5] in heads for w in near if doc.cues.organisation(w))

    orgs = [m for m in doc.mentions_in(doc.window_start(c.start, window), c.start) if m.type == "ORG"
            and here - doc.sentence_no(m.start) <= window and not DOMAIN.search(m.text) and described(m)]
    return max(orgs, key=lambda m: m.start) if orgs else None


class Introductions:
    """The people role nouns introduced (``doc.roles``, named ones) by position, for lookups before a position.

    ``order`` is where each stands in a pass over ``doc.roles`` (role by role), the order ties are broken in.
    """

    def __init__(self, doc: Doc):
        named = [(p, n, sp) for n, (p, sp) in enumerate(x for xs in doc.roles.values() for x in xs) if sp.kind == "named"]
        self.entries = sorted(named, key=lambda e: (e[0], e[1]))
        self.starts = [e[0] for e in self.entries]
        # per prefix of entries: how many distinct people, and the one met last in ``order``
        self.distinct: list[int] = []
        self.latest: list[Speaker] = []
        seen: set[str] = set()
        best = None
        for p, n, sp in self.entries:
            seen.add(sp.entity or sp.text)
            best = (n, sp) if best is None or n > best[0] else best
            self.distinct.append(len(seen))
            self.latest.append(best[1])


def _introduced(doc: Doc, pos: int, sent: int) -> Speaker | None:
    """The person a role introduced last before ``pos``, in sentence ``sent`` or the two before, or else the one
    person the article introduces by a role before ``pos``."""
    if doc.introductions is None:  # (role_intros has run: named introductions are only added there)
        doc.introductions = Introductions(doc)
    intros = doc.introductions
    j = bisect_left(intros.starts, pos)
    near: list[Speaker] = []
    for i in range(j - 1, -1, -1):  # nearest first
        p = intros.starts[i]
        if sent - doc.sentence_no(p) > 2:
            break  # sentences only grow with position: the earlier ones are farther still
        while i > 0 and intros.starts[i - 1] == p:  # ties: the first met in a pass over doc.roles
            i -= 1
        near.append(intros.entries[i][2])
    if near:
        # one who has already spoken outranks a person merely named near it ("Представитель Кремля Дмитрий Песков
        # опроверг … разговоре … лидера Владимира Путина. Пресс-секретарь президента назвал …")
        spoken = {(k.speaker.entity or k.speaker.text) for k in doc.history if k.speaker.kind != "unnamed"}
        return next((sp for sp in near if (sp.entity or sp.text) in spoken), near[0])
    return intros.latest[j - 1] if j and intros.distinct[j - 1] == 1 else None


def resolve(doc: Doc, c: Cand, pos: int, verb_gender: str | None) -> Speaker:
    """Turn a candidate into a Speaker, following pronouns and roles back; remember it for later ones."""
    gender = c.gender or verb_gender
    sent = doc.sentence_no(pos)
    person = c.person
    if c.kind == "named":
        whole = full_name(doc, c.text) if c.person else None  # "Luís" after "Luís Montenegro"
        sp = Speaker(whole.text, whole.entity, "named") if whole is not None else Speaker(c.text, c.entity, "named")
        if gender:
            doc.genders[c.entity or c.text] = gender
    elif c.kind == "organisation":
        ent = c.entity
        if ent is None:
            inside = [m for m in doc.mentions_in(c.start, c.end) if m.type == "ORG"]
            # "руководство компании" points back to the company; "европейское антимонопольное ведомство" is described
            near = inside[0] if inside else (nearest_org(doc, c) if not c.new else None)
            ent = near.entity if near else None
            if near is None and not c.new and not inside:
                # "In response, Apple announced … “…,” the company said": the organisation that spoke last, if recent
                # (a name the recogniser did not type a person, "a Voepass afirmou", counts as an organisation)
                last = [k for k in doc.known_since(sent - 2) if k.pos < c.start and k.speaker.entity
                        and (k.speaker.kind == "organisation" and not k.person
                             or k.speaker.kind == "named" and not _named_person(doc, k.speaker.entity))]
                if last and not quoted_rival(doc, c, max(last, key=lambda k: k.pos).speaker.entity):
                    k = max(last, key=lambda k: k.pos)
                    sp = Speaker(k.speaker.text, k.speaker.entity, "organisation")
                    doc.remember(Known(c.start, sent, sp, gender, person))
                    return sp
                # "Apple est frappé d’une amende … L’entreprise a annoncé": else the organisation the sentence
                # before is about (named first in it)
                opening = [m for m in doc.mentions_in(doc.window_start(c.start, 1), c.start) if m.type == "ORG"
                           and m.entity and not doc.art.text[doc.art.sentences[doc.sentence_no(m.start)].start:m.start].strip()]
                if opening and not quoted_rival(doc, c, max(opening, key=lambda m: m.start).entity):
                    m = max(opening, key=lambda m: m.start)
                    sp = Speaker(m.text, m.entity, "organisation")
                    doc.remember(Known(c.start, sent, sp, gender, person))
                    return sp
                if (m := body_before(doc, c)) is not None:
                    sp = Speaker(m.text, m.entity, "organisation")
                    doc.remember(Known(c.start, sent, sp, gender, person))
                    return sp
        sp = Speaker(c.text, ent, "organisation")
    elif c.kind == "pronoun":
        k = (_last_speaker(doc, c.start, sent, gender) if c.zero else None) or antecedent(doc, c.start, gender, c.person, far=True)
        sp = Speaker(k.speaker.text, k.speaker.entity, "pronoun", c.text) if k else Speaker(c.text, None, "pronoun")
        if k:
            person = k.person
    else:
        sp = None
        # the role introduces a name right after it ("il sottosegretario alla presidenza, Alfredo Mantovano")
        here = doc.sentence_no(c.start)
        named = [s for p, s in doc.roles.get(c.role or "", []) if c.end <= p <= c.end + ROLE_REACH
                 and s.kind == "named" and doc.sentence_no(p) == here and not doc.quotes_in(c.end, p)
                 and doc.gap(c.end, p).rstrip().endswith(",")
                 and not any((t.low,) in doc.cues.verbs for t in doc.toks(c.end, p))]
        intro = [s for p, s in doc.roles.get(c.role or "", []) if p < c.start and _fits(doc, c, p)] \
            if not c.indefinite else []
        if named:
            sp = Speaker(named[0].text, named[0].entity, "role", c.text)
        elif intro:  # "врио губернатора" after "губернатора ... Михаил Дегтярев"
            sp = Speaker(intro[-1].text, intro[-1].entity, "role", c.text)
        elif c.new and not c.indefinite and c.role in doc.cues.offices and gender != "pl":
            # "der französische Präsident", "francuski prezydent": an office one person holds, so its modifiers
            # (a nationality) describe someone known: the one person the article names in that office, else the one
            # person named just before
            held = {(s.entity or s.text): s for p, s in doc.roles.get(c.role or "", []) if p < c.start and s.kind == "named"}
            k = _only_person(doc, c.start, sent) if len(held) != 1 else None
            pick = next(iter(held.values())) if len(held) == 1 else (k.speaker if k else None)
            if pick is not None:
                sp = Speaker(pick.text, pick.entity, "role", c.text)
        elif not c.new and gender != "pl":
            if c.role in doc.cues.epithets:
                k = antecedent(doc, c.start, gender, True, window=3)
                if k and k.speaker.kind in ("named", "pronoun", "role"):
                    sp = Speaker(k.speaker.text, k.speaker.entity, "role", c.text)
            if sp is None:
                # "представитель Кремля" right after "пресс-секретарь … Дмитрий Песков": the person a role introduced
                # last, in this sentence or the two before, or else the one person the article introduces by a role
                pick = _introduced(doc, c.start, sent)
                if pick is not None and (not _body_tail(doc, c) or any(
                        (k.speaker.entity or k.speaker.text) == (pick.entity or pick.text) for k in doc.history)):
                    # (a role naming the body it serves, "εκπρόσωπος της αστυνομίας", is someone else than a person
                    # merely named before in another office; one who has spoken may be meant)
                    sp = Speaker(pick.text, pick.entity, "role", c.text)
            if sp is None and c.role in doc.cues.spokespeople:
                # "« … », a réagi Dmitri Peskov. « … », a martelé le porte-parole du Kremlin": the person just quoted
                # by name (a person merely named in between is not who "the spokesman" is)
                k = antecedent(doc, c.start, gender, True, window=2)
                if k and any(k is h for h in doc.history) and k.speaker.entity and k.speaker.kind in PERSON_KINDS:
                    sp = Speaker(k.speaker.text, k.speaker.entity, "role", c.text)
            if sp is None and not c.indefinite and not _body_tail(doc, c) and (c.role not in doc.cues.anonymous or not any(
                    k.speaker.kind == "unnamed" for k in doc.known_since(sent - 2) if k.pos < c.start)):
                # "selon Volodymyr Zelensky. « … », a annoncé le président ukrainien": the one person named just before
                # (also "the witness" after a sentence about one person, unless an unnamed source was just heard:
                # "A source close to X said … the source added")
                k = _only_person(doc, c.start, sent)
                if k is not None:
                    sp = Speaker(k.speaker.text, k.speaker.entity, "role", c.text)
        if sp is None:
            sp = Speaker(c.text, None, "unnamed")
            doc.roles.setdefault(c.role or "", []).append((c.start, sp))
    doc.remember(Known(c.start, sent, sp, gender, person, c.kind == "named" and in_source_phrase(doc, c.start, c.end)))
    return sp
