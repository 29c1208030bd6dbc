"""The typed data model every stage reads and writes.

Records are frozen: a stage returns new records (``dataclasses.replace``)
rather than mutating the ones it was given. Every span is a pair of character
offsets into its article's cleaned ``text``.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect", "partial"]
Modality = Literal["asserted", "hedged", "negated", "question", "reported"]
Status = Literal["agreed", "disputed", "conflicting", "single_source"]
ValueKind = Literal["count", "money", "year", "date", "measure", "percent", "duration"]


@dataclass(frozen=True, slots=True)
class Flag:
    """Something about an article an analyst should know (duplicate sentence, MT debris...)."""

    kind: str
    text: str
    start: int | None = None
    end: int | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    language: str | None = None
    paragraph: int = 0
    heading: bool = False  # headings stay in the text for display but are not analysed


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    text: str
    language: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    genre: str | None = None
    removed: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def body(self) -> tuple[Sentence, ...]:
        """Sentences that are analysed: everything but headings."""
        return tuple(s for s in self.sentences if not s.heading)

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self.sentences, offset, key=lambda s: s.start) - 1  # sentences are in text order
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


@dataclass(frozen=True, slots=True)
class Mention:
    article: str
    start: int
    end: int
    text: str
    type: EntityType
    normal: str = ""  # dictionary form of the surface text
    entity: str | None = None  # id of the linked Entity
    source: str = ""  # which recogniser found it (natasha, spacy, rules, alias)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    names: tuple[str, ...]
    articles: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str  # who speaks: the name when resolved, else the description the article gives
    entity: str | None = None
    kind: str = "named"  # named | pronoun | role | unnamed | organisation
    as_written: str | None = None  # the pronoun or role noun at the cue when it was resolved to a name


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    article: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker
    cue: str | None = None
    same_as: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Value:
    kind: ValueKind
    value: Any
    text: str
    unit: str | None = None
    start: int | None = None
    end: int | None = None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    article: str
    text: str
    start: int
    end: int
    values: tuple[Value, ...] = ()
    entities: tuple[str, ...] = ()
    modality: Modality = "asserted"
    attributed_to: str | None = None
    sentence: int | None = None


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    topic: str
    status: Status
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    value: Any = None
    note: str | None = None
    story: str | None = None


@dataclass(frozen=True, slots=True)
class FrameScore:
    frame: str
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Technique:
    technique: str
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Framing:
    article: str
    genre: str | None
    frames: tuple[FrameScore, ...] = ()
    techniques: tuple[Technique, ...] = ()
    genre_reasons: tuple[str, ...] = ()
    emphasis: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    articles: tuple[str, ...]
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be analysed, and why."""

    source: str
    error: str
