"""One article as the speaker rules read it, and what they find in it.

``Doc``: the article's quotation spans, entity mentions and tokens, looked up by position, and the speakers heard so
far (``Known``); ``Cand``: a possible speaker found in the text. ``unglued``, ``word_before`` and ``abbreviation``
read the words around a mention.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import TYPE_CHECKING

from ..model import Article, Mention, Speaker
from .cues import Cues, Token
from .fullname import rejoined
from .marks import Span

if TYPE_CHECKING:
    from .resolve import Introductions

PUNCT_GAP = re.compile(r"[,;:!?()\[\]—–«»“”„\"]|\.\s|\s-\s")


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
    owner: str | None = None  # whom a role speaks for ("Sunak's spokesman", "a spokesman for X"): never its holder


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
    # the title chain of each introduction: the role word, up to two words before it and those up to the name
    role_chain: dict[tuple[str, int], str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # entity id or name -> gender learned from verbs
    introductions: "Introductions | None" = None  # built on first use, after role_intros
    # the people the quotation being resolved speaks of in the third person (entity ids or names): never its speaker
    about: frozenset[str] = frozenset()
    # embedded posts relayed from an author the article names nowhere else (``uncued.find_embed``): no antecedents
    relayed: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # a platform ("написа във Facebook", "wrote on X") is where words were posted, never who said them
        self.mentions = rejoined(self.art.text, sorted((unglued(self.cues, m, self.art.text) for m in self.mentions
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
        self.per_texts = {m.text for m in self.mentions if m.type == "PER" and " " in m.text}
        # "Vitter" after "David Vitter": a person's last name, the last such mention winning
        self.surnames = {m.text.split()[-1]: m for m in self.mentions if self.person(m) and " " in m.text}
        # sentence ends (see subjects.sentence_stop): '.', '!' or '?' before white space, not after an abbreviation
        text = self.art.text
        self._stops = [m.start() for m in re.finditer(r"[.!?](?=\s)", text)
                       if text[m.start()] != "." or not abbreviation(word_before(text, 0, m.start()).rstrip("."))]

    def in_relayed(self, pos: int) -> bool:
        """Whether ``pos`` lies in an embedded post relayed from someone the article does not write about."""
        return any(a <= pos < b for a, b in self.relayed)

    def remember(self, k: Known) -> None:
        """Add a speaker met to the history (not the author of a relayed post: no one points back to them)."""
        if self.in_relayed(k.pos):
            return
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
        if m.type == "PER" or m.text in self.per_texts:
            return True
        if m.type == "MISC" and " " not in m.text and m.text in getattr(self, "surnames", {}):
            return True  # a person's surname alone, typed MISC ("Sandu" after "Maia Sandu")
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


def unglued(cues: Cues, m: Mention, text: str = "") -> Mention:
    """A person's name without a word the recogniser glued before it: a platform ("X Olaf Scholz"), a title
    ("Innenministerin Nancy Faeser") or a name in a case no name's first word takes ("Népszavának Kovács Péter":
    told the paper), so the name alone speaks; or a medium's initials named after a medium word ("a affirmé à la
    télévision publique ERT Stella Nanou"): the person after them, whatever the mention was typed."""
    words = m.text.split(" ")
    if len(words) >= 3 and len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper() \
            and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words[1:]) \
            and not any(cues.organisation(cues.norm(w)) for w in words[1:]) \
            and any(cues.medium(cues.norm(w)) for w in WORD_RUN.findall(text[max(0, m.start - 40):m.start])[-3:]):
        cut = len(words[0]) + 1
        return replace(m, start=m.start + cut, text=m.text[cut:], type="PER")
    if m.type != "PER" or len(words) < 3 or not (cues.platform(words[0]) or cues.role(cues.norm(words[0]))
                                                 or cues.oblique_name(words[0])):
        return m
    cut = len(words[0]) + 1
    return replace(m, start=m.start + cut, text=m.text[cut:])


WORD_RUN = re.compile(r"\w+")


def word_before(text: str, a: int, end: int) -> str:
    """The word (letters, digits, full stops) ending at ``end``, or at a line break ending there, starting no earlier
    than ``a``: what a search for ``[\\w.]*$`` in ``text[a:end]`` finds, without its cost of ``end - a``."""
    if end > a and text[end - 1] == "\n":
        end -= 1
    i = end
    while i > a and WORD_CHAR.match(text, i - 1):
        i -= 1
    return text[i:end]


def abbreviation(word: str) -> bool:
    """'U.S', 'Mr', 'Dr', 'г': a full stop after it does not end anything."""
    return len(word) <= 3 and (word[:1].isupper() or len(word) == 1) or ("." in word and len(word) <= 6)
