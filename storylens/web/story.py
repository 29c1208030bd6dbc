"""A stored story as the web page: the report's own view and sections, with server-side matrix filters.

Loading a story and building its ``View`` is the costly part, so both are kept
per story revision (a story that gains an article gets a new revision and is
loaded afresh). The HTML comes from ``storylens.report``: this module only
narrows the matrix to the statuses, languages and outlets asked for.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from ..errors import StoreError
from ..report.html import below_matrix, matrix_section, page_title, story_header
from ..report.view import STATUS, STATUS_ORDER, Section, View, build
from ..store.read import load_report
from ..store.store import Store
from .data import entity_ids, story_summary


MEMO_PARTS = 64  # rendered parts kept per story (header, articles, and one matrix per filter combination)


class NotFound(LookupError):
    """No such record in the store."""


class NotReady(RuntimeError):
    """The story has articles its stored comparison does not reflect yet."""


@dataclass(frozen=True, slots=True)
class MatrixFilter:
    status: str = ""
    language: str = ""
    outlet: str = ""

    def narrow(self, sec: Section) -> Section:
        """The section with only the rows of ``status`` and the source columns of ``language`` and ``outlet``."""
        sources = tuple(s for s in sec.sources
                        if (not self.language or s.lang == self.language)
                        and (not self.outlet or (s.article.outlet or "") == self.outlet))
        keep = {s.article.id for s in sources}
        rows = tuple(r for r in sec.rows if (not self.status or r.group.status == self.status)
                     and any(r.cells.get(a) for a in keep))
        return replace(sec, sources=sources, rows=rows)

    @property
    def active(self) -> bool:
        return bool(self.status or self.language or self.outlet)


@dataclass(frozen=True)
class StoryPage:
    """One loaded story: its report, the report's view, and links from its entities to entity pages."""

    id: int
    revision: tuple
    report: object
    view: View
    entity_pages: dict[str, int]
    _html: dict = field(default_factory=dict, compare=False, repr=False)  # rendered parts, by what they depend on

    @property
    def title(self) -> str:
        return page_title(self.view)

    def _memo(self, key: tuple, make) -> str:
        # the page is pure in (story revision, language, filters): render each part once, then reuse it
        if key not in self._html:
            if len(self._html) > MEMO_PARTS:
                self._html.clear()
            self._html[key] = make()
        return self._html[key]

    def header(self, language: str = "en") -> str:
        return self._memo(("header", language), lambda: story_header(self.view, self.title, language))

    def matrices(self, where: MatrixFilter, language: str = "en") -> str:
        return self._memo(("matrix", language, where), lambda: self._matrices(where, language))

    def _matrices(self, where: MatrixFilter, language: str) -> str:
        multi = len(self.view.sections) > 1
        parts = []
        for k, sec in enumerate(self.view.sections):
            narrowed = where.narrow(sec)
            if where.active and not narrowed.rows:
                parts.append(f'<section class="matrix" id="matrix-{k}" aria-labelledby="mh-{k}"><h2 id="mh-{k}">'
                             'What the sources say</h2><p class="empty-note">No rows match these filters.</p></section>')
            else:
                parts.append(matrix_section(self.view, narrowed, k, language, multi, buttons=False))
        return "\n".join(parts)

    def below(self, language: str = "en") -> str:
        href = lambda e: f"/entities/{self.entity_pages[e.id]}" if e.id in self.entity_pages else None  # noqa: E731
        return self._memo(("below", language),
                          lambda: "\n".join(part for part in below_matrix(self.view, language, href) if part))

    def options(self) -> dict:
        """What the matrix filters offer for this story: statuses with counts, languages and outlets of its sources."""
        counts: dict[str, int] = {}
        for sec in self.view.sections:
            for r in sec.rows:
                counts[r.group.status] = counts.get(r.group.status, 0) + 1
        return {"statuses": [(s, STATUS[s].icon, STATUS[s].label, counts[s]) for s in STATUS_ORDER if counts.get(s)],
                "languages": sorted({s.lang for s in self.view.sources if s.lang}),
                "outlets": sorted({s.article.outlet for s in self.view.sources if s.article.outlet})}


class StoryCache:
    """The last few loaded stories, keyed by id and revision, so a busy story is loaded once."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._pages: OrderedDict[int, StoryPage] = OrderedDict()

    def get(self, store: Store, story: int) -> StoryPage:
        summary = story_summary(store, story)
        if summary is None:
            raise NotFound(f"no story {story}")
        if not summary["analysed"]:
            raise NotReady(f"story {story} has articles that are not analysed yet")
        revision = (summary["revision"], summary["updated_at"])
        with self._lock:
            page = self._pages.get(story)
            if page is not None and page.revision == revision:
                self._pages.move_to_end(story)
                return page
        try:
            report = load_report(store, story)
        except StoreError as exc:  # deleted or re-opened for analysis between the two reads
            raise NotReady(str(exc)) from exc
        page = StoryPage(story, revision, report, build(report), entity_ids(store, story))
        with self._lock:
            self._pages[story] = page
            self._pages.move_to_end(story)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
        return page
