"""The typed data model every stage reads and writes, up to the ``Report``.

Records are frozen: a stage returns new records (``dataclasses.replace``)
rather than mutating the ones it was given. Every span is a pair of character
offsets into its article's cleaned ``text``. ``serialize`` turns any of them
into JSON-ready dicts and back (docs/architecture.md).
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


SCHEMA = "storylens.report/1"


@dataclass(frozen=True, slots=True)
class Document:
    """One input before cleaning: raw text or HTML plus whatever metadata came with it."""

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    meta: dict = field(default_factory=dict)


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
    abbreviates: tuple[int, int] | None = None  # span of the name this acronym stands for, when a rule saw both


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    names: tuple[str, ...]
    articles: tuple[str, ...]
    mentions: tuple[Mention, ...]
    story: str | None = None  # ids are unique within a story


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
    ordinal: bool = False  # a rank ("the 21st member"): a count never compared with a cardinal


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
    rank: int | None = None  # importance within its story (1 first); the matrix shows the first rows, folds the rest


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
    stage: str | None = None  # the stage that failed, when the input was read but its analysis failed
    article: str | None = None  # the article's id, when one was made


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """The per-article phase's result: one article and its records, before anything is linked across articles.

    Entity ids in ``mentions``, quote speakers and claims are scoped to the article; ``dropped`` articles
    (a stage they cannot do without failed) carry only their ``errors``.
    """

    article: Article
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    errors: tuple[InputError, ...] = ()
    dropped: bool = False

    def to_dict(self) -> dict:
        from .serialize import analysis_to_dict

        return analysis_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ArticleAnalysis":
        from .serialize import analysis_from_dict

        return analysis_from_dict(data)


@dataclass(frozen=True, slots=True)
class Report:
    """The result of an analysis: every stage reads one and returns a new one.

    ``holds`` names the facts the report holds (docs/architecture.md), so a
    stored report can be loaded and stages re-run on it.
    """

    articles: tuple[Article, ...] = ()
    stories: tuple[Story, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    comparison: tuple[Group, ...] = ()
    framing: tuple[Framing, ...] = ()
    errors: tuple[InputError, ...] = ()
    mentions: tuple[Mention, ...] = ()
    holds: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def entity(self, entity_id: str, story: str | None = None) -> Entity:
        """The entity with this id (in ``story``, when given: ids are unique within a story)."""
        for e in self.entities:
            if e.id == entity_id and (story is None or e.story == story):
                return e
        raise KeyError(entity_id)

    def held(self) -> frozenset[str]:
        """The facts this report holds: those recorded in ``holds`` and those its fields show."""
        return frozenset(self.holds) | _shown_facts(self)

    def to_dict(self) -> dict:
        from .serialize import report_to_dict

        return report_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict) -> "Report":
        from .serialize import report_from_dict

        return report_from_dict(data)

    @classmethod
    def from_json(cls, text: str) -> "Report":
        """A report read back from its JSON form, equal to the one written."""
        import json

        return cls.from_dict(json.loads(text))

    def dataframes(self):
        """The report's parts as pandas DataFrames (articles, entities, mentions, quotes, claims, comparison, framing)."""
        from .report.frames import to_dataframes

        return to_dataframes(self)


def _shown_facts(report: Report) -> frozenset[str]:
    """Facts a report's fields show by being filled (for reports written before ``holds`` existed)."""
    arts = report.articles
    shown = {name for name in ("articles", "stories", "mentions", "entities", "quotes", "claims", "comparison",
                               "framing") if getattr(report, name)}
    for fact, attr in (("language", "language"), ("sentences", "sentences"), ("flags", "flags"), ("genre", "genre")):
        if any(getattr(a, attr) for a in arts):
            shown.add(fact)
    return frozenset(shown)
