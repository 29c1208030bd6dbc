"""What the HTML and Markdown reports show, computed once from a Report.

Both writers read these small records instead of walking the Report
themselves, so the two always agree on source labels, row order, quote threads
and the timeline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from ..model import Article, Claim, Entity, Group, Quote, Sentence, Story, Value

if TYPE_CHECKING:
    from ..model import Report

# Gloss hook: (text, source language) -> translation into the report language, or None.
Gloss = Callable[[str, str], "str | None"]

# Most newsworthy first: sources that contradict each other, then disputes, then what all agree on.
STATUS_ORDER = ("conflicting", "disputed", "agreed", "single_source")


@dataclass(frozen=True, slots=True)
class StatusInfo:
    icon: str
    label: str
    explain: str


STATUS = {
    "conflicting": StatusInfo("≠", "Conflicting", "sources give different values for the same thing"),
    "disputed": StatusInfo("⚠", "Disputed", "some sources state it, others hedge, qualify or deny it"),
    "agreed": StatusInfo("✓", "Agreed", "every source that mentions it says the same"),
    "single_source": StatusInfo("①", "Single source", "only one source reports it"),
}

# How a claim's modality reads in a cell, so a dispute shows who asserts and who qualifies.
MODALITY = {"asserted": "states", "hedged": "hedges", "negated": "denies", "question": "questions",
            "reported": "reports"}


@dataclass(frozen=True, slots=True)
class Source:
    """One article as a column of the report."""

    article: Article
    pos: int
    label: str
    name: str

    @property
    def lang(self) -> str:
        return self.article.language or ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim of a group, located in its article."""

    claim: Claim
    source: Source
    sentence: Sentence | None
    values: tuple[Value, ...]

    @property
    def text(self) -> str:
        return self.sentence.text if self.sentence is not None else self.claim.text


@dataclass(frozen=True, slots=True)
class Row:
    group: Group
    cells: dict[str, tuple[Evidence, ...]]


@dataclass(frozen=True, slots=True)
class Section:
    """One story: its sources and its comparison rows, most important first."""

    story: Story
    sources: tuple[Source, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Thread:
    """Quotes by one speaker; each statement is the same words reported by one or more sources."""

    speaker: str
    aliases: tuple[str, ...]
    kind: str
    statements: tuple[tuple[Quote, ...], ...]


@dataclass(frozen=True, slots=True)
class Moment:
    """A date the articles mention, with every mention of it."""

    key: tuple[int, int, int]
    label: str
    mentions: tuple[tuple[Source, Claim, Value], ...]
    published: tuple[Source, ...] = ()  # sources published on this day


@dataclass
class View:
    report: "Report"
    sources: tuple[Source, ...]
    by_id: dict[str, Source]
    sections: tuple[Section, ...]
    threads: tuple[Thread, ...]
    timeline: tuple[Moment, ...]
    entities: tuple[Entity, ...]
    gloss: Gloss | None = None
    _gloss_cache: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def translate(self, text: str, lang: str | None, into: str) -> str | None:
        """The gloss for text in another language than the report's, when a provider is configured."""
        if self.gloss is None or not lang or lang == into or not text.strip():
            return None
        key = (text, lang)
        if key not in self._gloss_cache:
            try:
                self._gloss_cache[key] = self.gloss(text, lang)
            except Exception:  # a failing optional provider must never cost the report
                self._gloss_cache[key] = None
        return self._gloss_cache[key]

    def with_labels(self, text: str) -> str:
        """Text (a group note, say) with article ids replaced by the source labels the report uses."""
        for aid in sorted(self.by_id, key=len, reverse=True):
            if len(aid) > 2:  # a one- or two-character id would match inside ordinary words
                text = text.replace(aid, self.by_id[aid].label)
        return text

    def source_of(self, article_id: str) -> Source | None:
        return self.by_id.get(article_id)


def build(report: "Report", gloss: Gloss | None = None) -> View:
    sources = tuple(Source(a, i, _label(i), _name(a)) for i, a in enumerate(report.articles))
    by_id = {s.article.id: s for s in sources}
    return View(report, sources, by_id, _sections(report, sources, by_id), _threads(report),
                _timeline(report, by_id), _entities(report), gloss)


def _label(i: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return letters[i] if i < len(letters) else f"S{i + 1}"


def _name(a: Article) -> str:
    return a.outlet or a.title or a.id


def _sections(report: "Report", sources: tuple[Source, ...], by_id: dict[str, Source]) -> tuple[Section, ...]:
    stories = list(report.stories) or [Story("all", _fallback_title(report), tuple(a.id for a in report.articles))]
    covered = {a for s in stories for a in s.articles}
    rest = tuple(a.id for a in report.articles if a.id not in covered)
    if rest:
        stories.append(Story("other", "Articles in no story", rest))
    claims = {c.id: c for c in report.claims}
    buckets: dict[str, list[Group]] = {s.id: [] for s in stories}
    for g in report.comparison:
        buckets[_story_of(g, stories)].append(g)
    out = []
    for st in stories:
        srcs = tuple(by_id[a] for a in st.articles if a in by_id)
        rows = [Row(g, _cells(g, claims, by_id)) for g in buckets[st.id]]
        order = {s: i for i, s in enumerate(STATUS_ORDER)}
        # the comparison's own ranking when it gave one, else status then number of sources
        rows.sort(key=lambda r: (order.get(r.group.status, len(order)) if r.group.rank is None else 0,
                                 r.group.rank or 0, -len(r.group.articles)))
        out.append(Section(st, srcs, tuple(rows)))
    return tuple(out)


def _fallback_title(report: "Report") -> str:
    for a in report.articles:
        if a.title:
            return a.title
    return "Articles"


def _story_of(group: Group, stories: list[Story]) -> str:
    ids = [s.id for s in stories]
    if group.story in ids:
        return group.story
    # no story named: the story that holds most of the group's articles
    return max(stories, key=lambda s: len(set(s.articles) & set(group.articles))).id


def _cells(group: Group, claims: dict[str, Claim], by_id: dict[str, Source]) -> dict[str, tuple[Evidence, ...]]:
    cells: dict[str, list[Evidence]] = {}
    kind = _value_kind(group.value)
    for cid in group.claims:
        c = claims.get(cid)
        src = by_id.get(c.article) if c else None
        if c is None or src is None:
            continue
        values = _matching_values(c.values, group.value, kind)
        sent = src.article.sentences[c.sentence] if c.sentence is not None and 0 <= c.sentence < len(src.article.sentences) else None
        if sent is None or sent.index != c.sentence:
            sent = src.article.sentence_at(c.start)
        cells.setdefault(c.article, []).append(Evidence(c, src, sent, values))
    return {k: tuple(v) for k, v in cells.items()}


def _matching_values(values: tuple[Value, ...], group_value: Any, kind: str | None) -> tuple[Value, ...]:
    """The claim's values the group is about: same kind, or equal to the group's value; all when none match."""
    if kind is not None:
        return tuple(v for v in values if v.kind == kind) or values
    if group_value is None:
        return values
    # a conflicting row carries the list of values its sources give: a claim shows the ones among them
    same = tuple(v for v in values if _same_value(v.value, group_value))
    if same or not isinstance(group_value, (list, tuple)):
        return same or values
    return tuple(v for v in values if any(_same_value(v.value, w) for w in group_value)) or values


def _same_value(a: Any, b: Any) -> bool:
    """Equal values; a list equals a list of the same members (JSON gives lists where records hold tuples)."""
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return list(a) == list(b)
    return a == b


def _value_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        k = value.get("kind")
        return k if isinstance(k, str) else None
    return None


def format_value(value: Any) -> str:
    """A group's or value's normalised value as short text: 1000000000 USD, 2027, 82/120 mm."""
    if value is None:
        return ""
    if isinstance(value, dict):
        inner = format_value(value.get("value"))
        unit = value.get("unit")
        return f"{inner} {unit}".strip() if unit else inner
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10000:
        return f"{value:,}"
    return str(value)


def stance(evidence: tuple[Evidence, ...]) -> str:
    """How one source stands in a dispute: it states (or reports) the claim if any of its claims does, else how it qualifies it."""
    modalities = [ev.claim.modality for ev in evidence]
    for flat in ("asserted", "reported"):
        if flat in modalities:
            return MODALITY[flat]
    return "/".join(dict.fromkeys(MODALITY.get(m, m) for m in modalities))


# ---- quotes -------------------------------------------------------------

def _threads(report: "Report") -> tuple[Thread, ...]:
    quotes = list(report.quotes)
    ids = {q.id: i for i, q in enumerate(quotes)}
    statement = _components(len(quotes), [(i, ids[o]) for i, q in enumerate(quotes) for o in q.same_as if o in ids])
    # one thread per speaker: quotes of the same entity, or linked as the same statement
    by_entity: dict[str, int] = {}
    edges = [(i, j) for i, j in _pairs(statement)]
    for i, q in enumerate(quotes):
        # an unresolved pronoun ("he", "она") says nothing about who spoke: it never joins other quotes by its text
        key = q.speaker.entity or (f"quote:{i}" if q.speaker.kind == "pronoun" else f"text:{_norm(q.speaker.text)}")
        if key in by_entity:
            edges.append((by_entity[key], i))
        else:
            by_entity[key] = i
    speaker = _components(len(quotes), edges)
    names = {e.id: e.name for e in report.entities}
    threads = []
    for members in _groups(speaker):
        qs = [quotes[i] for i in members]
        stmts = [tuple(quotes[i] for i in m) for m in _groups(statement) if m[0] in members]
        ent = next((q.speaker.entity for q in qs if q.speaker.entity in names), None)
        texts = list(dict.fromkeys(q.speaker.text for q in qs if q.speaker.text))
        name = names[ent] if ent else (texts[0] if texts else "Unknown speaker")
        aliases = tuple(t for t in texts if _norm(t) != _norm(name))
        kind = qs[0].speaker.kind if not ent else "named"
        stmts.sort(key=lambda s: (-len({q.article for q in s}), s[0].article, s[0].start))
        threads.append(Thread(name, aliases, kind, tuple(stmts)))
    threads.sort(key=lambda t: (-max(len({q.article for q in s}) for s in t.statements),
                                -sum(len(s) for s in t.statements), t.speaker))
    return tuple(threads)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _components(n: int, edges: list[tuple[int, int]]) -> list[int]:
    from ..disjoint import DisjointSets

    sets = DisjointSets(n)
    for a, b in edges:
        sets.union(a, b)
    return [sets.find(i) for i in range(n)]


def _groups(roots: list[int]) -> list[list[int]]:
    out: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        out.setdefault(r, []).append(i)
    return list(out.values())


def _pairs(roots: list[int]) -> list[tuple[int, int]]:
    return [(r, i) for i, r in enumerate(roots) if r != i]


def is_cross_language(statement: tuple[Quote, ...], by_id: dict[str, Source]) -> bool:
    langs = {by_id[q.article].lang for q in statement if q.article in by_id}
    return len(langs) > 1


# ---- timeline -----------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _timeline(report: "Report", by_id: dict[str, Source]) -> tuple[Moment, ...]:
    moments: dict[tuple[int, int, int], list[tuple[Source, Claim, Value]]] = {}
    for c in report.claims:
        src = by_id.get(c.article)
        if src is None:
            continue
        for v in c.values:
            if v.kind not in ("date", "year"):
                continue
            for key in date_keys(v.value, src.article.published):
                moments.setdefault(key, []).append((src, c, v))
    if not moments:
        return ()
    published: dict[tuple[int, int, int], list[Source]] = {}
    for src in by_id.values():
        for key in date_keys(src.article.published, None):
            published.setdefault(key, []).append(src)
            moments.setdefault(key, [])
    # dates with no known year go last: placing them among dated ones would be a guess
    order = sorted(moments, key=lambda k: (k[0] == 0, k))
    return tuple(Moment(k, date_label(k), tuple(moments[k]), tuple(published.get(k, ()))) for k in order)


def date_keys(value: Any, published: str | None) -> list[tuple[int, int, int]]:
    """Sortable (year, month, day) keys for a date or year value; 0 marks a part not given."""
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, (list, tuple)):
        return [k for v in value for k in date_keys(v, published)]
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [(value, 0, 0)] if 1 <= value <= 9999 else []
    if not isinstance(value, str):
        return []
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", value.strip())
    if m:
        return [(int(m[1]), int(m[2] or 0), int(m[3] or 0))]
    m = re.fullmatch(r"-{0,2}(\d{1,2})-(\d{1,2})", value.strip())
    if m:  # month-day with no year: the article's own year is the best guess, else leave it out of order
        year = int(published[:4]) if published and published[:4].isdigit() else 0
        return [(year, int(m[1]), int(m[2]))]
    return []


def date_label(key: tuple[int, int, int]) -> str:
    y, m, d = key
    month = _MONTHS[m - 1] if 1 <= m <= 12 else ""
    parts = [str(d) if d else "", month, str(y) if y else "(year not given)"]
    return " ".join(p for p in parts if p)


def _entities(report: "Report") -> tuple[Entity, ...]:
    return tuple(sorted(report.entities, key=lambda e: (-len(set(e.articles)), -len(e.mentions), e.name)))


def snippet(text: str, limit: int = 180) -> str:
    """Text cut at a word boundary to about limit characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def sentence_anchor(src: Source, sentence: Sentence | None) -> str:
    return f"a{src.pos}-s{sentence.index}" if sentence is not None else f"art-{src.pos}"
