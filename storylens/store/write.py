"""Adding articles to a store: the per-article phase, one transaction per article, then the per-story phases.

``add`` reads and cleans each input; an article already stored (same URL and
text, or same text) stops there, costing no analysis. A new one goes through the
library's per-article phase (``phases.analyse_article``) and lands, with its
record, in its own transaction, so a killed process loses at most the article it
was writing. Each landing bumps its story's ``revision``; afterwards every story
whose stored comparison is older than its revision runs its per-story phase
(``story.analyse_story``) over its articles' stored records. An interrupted
``add`` therefore resumes on the next one: the articles it stored are recognised
as already there, and its story is still stale.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Literal

from sqlalchemy import Connection, Row, func, insert, select, update

from ..errors import StoreError
from ..ingest import Document, read_inputs
from ..model import Article, ArticleAnalysis, InputError
from ..resources import Context
from . import tables as t
from .engine import writing
from .story import analyse_story
from .store import Store

Outcome = Literal["added", "unchanged", "new_version", "dropped"]


@dataclass
class AddResult:
    """What one ``add`` did."""

    run: int
    story: int | None = None
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # input source -> what happened to it
    errors: list[InputError] = field(default_factory=list)
    analysed: list[int] = field(default_factory=list)  # stories whose per-story phase ran

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes.values() if o == outcome)


def now() -> datetime:
    return datetime.now(timezone.utc)


def content_hash(art: Article) -> str:
    return hashlib.sha256(art.text.encode("utf-8")).hexdigest()


def add(store: Store, inputs: Iterable[str | Path], story: int | None = None, ctx: Context | None = None,
        on_item: Callable[[str, str], None] | None = None) -> AddResult:
    """Analyse inputs into the store: new articles join ``story`` (or one new story), known ones are skipped."""
    from ..api import load

    ctx = ctx or Context.shared()
    inputs = [str(i) for i in inputs]
    if story is not None:
        _require_story(store, story)
    result = _start_run(store, inputs, story)
    own = store.files()
    for item in read_inputs(inputs, ctx.settings):
        if own and Path(item.source).resolve() in own:
            continue  # `add .` next to the store must not read the store (or its WAL) as an article
        # cleaning as `analyze` does it: a rejected input, or a cleaning bug, becomes an error naming the input
        articles, errors = load([item], ctx.settings) if isinstance(item, Document) else ([], [item])
        for err in errors:
            _record_error(store, result, err)
        for art in articles:
            result.outcomes[item.source] = _put_article(store, result, item, art, ctx)
        if on_item:
            on_item(item.source, result.outcomes.get(item.source, "error"))
    result.analysed = refresh(store, ctx)
    _finish_run(store, result)
    return result


def refresh(store: Store, ctx: Context) -> list[int]:
    """Run the per-story phase of every story whose articles changed since it was last analysed."""
    done: list[int] = []
    while True:
        with store.engine.connect() as conn:
            stale = conn.execute(select(t.stories.c.id).where(
                (t.stories.c.analysed_revision.is_(None)) | (t.stories.c.analysed_revision != t.stories.c.revision))
                .order_by(t.stories.c.id)).scalars().all()
        stale = [s for s in stale if s not in done]
        if not stale:
            return done
        for sid in stale:
            if analyse_story(store, sid, ctx):
                done.append(sid)


def _require_story(store: Store, story: int) -> None:
    with store.engine.connect() as conn:
        if conn.execute(select(t.stories.c.id).where(t.stories.c.id == story)).first() is None:
            raise StoreError(f"no story {story} in the store (list them with `storylens stories`)")


def _signature(inputs: list[str], story: int | None) -> dict:
    names = [i if i == "-" or "://" in i else str(Path(i).resolve()) for i in inputs]
    return {"paths": names, "story": story}


def _start_run(store: Store, inputs: list[str], story: int | None) -> AddResult:
    """A new run; when the same add was interrupted before, it takes over that run's story (so it resumes)."""
    sig = _signature(inputs, story)
    with writing(store.engine) as conn:
        target = story
        for run_id, run_inputs, run_story in conn.execute(
                select(t.runs.c.id, t.runs.c.inputs, t.runs.c.story_id).where(t.runs.c.status == "running")):
            if run_inputs == sig:
                conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(status="interrupted"))
                target = target or run_story
        title = f"add {len(inputs)} input(s)" + (f" to story {story}" if story else "")
        run_id = conn.execute(insert(t.runs).values(
            title=title, command="add", inputs=sig, status="running", started_at=now(), story_id=target, added=0,
            unchanged=0, new_versions=0, errors=0, pid=os.getpid()).returning(t.runs.c.id)).scalar_one()
    return AddResult(run=run_id, story=target)


def _finish_run(store: Store, result: AddResult) -> None:
    with writing(store.engine) as conn:
        conn.execute(update(t.runs).where(t.runs.c.id == result.run).values(
            status="done", finished_at=now(), story_id=result.story, added=result.count("added"),
            unchanged=result.count("unchanged"), new_versions=result.count("new_version"), errors=len(result.errors)))


def _record_error(store: Store, result: AddResult, err: InputError) -> None:
    result.errors.append(err)
    with writing(store.engine) as conn:
        conn.execute(insert(t.run_errors).values(run_id=result.run, name=err.source, error=err.error, stage=err.stage,
                                                 article=err.article))


def _put_article(store: Store, result: AddResult, doc: Document, art: Article, ctx: Context) -> Outcome:
    """Analyse and land one article in one transaction: skipped when known, a new version when its URL has new text."""
    from ..phases import analyse_article

    digest = content_hash(art)
    with store.engine.connect() as conn:  # look before analysing: a known article costs no analysis
        outcome, known = _classify(conn, art, digest)
        if outcome == "unchanged":
            return outcome
        key = known.key if known else _free_key(conn, result.story, doc.id) if result.story else doc.id
    analysis = analyse_article(replace(art, id=key), ctx)
    if analysis.dropped:  # a stage it cannot do without failed: named in the run's errors, nothing stored
        for err in analysis.errors:
            _record_error(store, result, err)
        return "dropped"
    with writing(store.engine) as conn:
        outcome, known = _classify(conn, art, digest)  # again under the lock: another writer may have stored it
        if outcome == "unchanged":
            return outcome
        if known:
            conn.execute(update(t.article_versions).where(t.article_versions.c.article_id == known.id)
                         .values(current=False))
            _insert_version(conn, known.id, known.versions + 1, result.run, doc, analysis, digest)
            conn.execute(update(t.articles).where(t.articles.c.id == known.id).values(
                versions=known.versions + 1, title=art.title, published=art.published,
                language=analysis.article.language, outlet_id=_outlet(conn, art.outlet)))
            _bump(conn, known.story_id)
            return "new_version"
        if result.story is None:
            result.story = _new_story(conn, art)
            conn.execute(update(t.runs).where(t.runs.c.id == result.run).values(story_id=result.story))
        position = conn.execute(select(func.count()).select_from(t.articles)
                                .where(t.articles.c.story_id == result.story)).scalar_one()
        article_id = conn.execute(insert(t.articles).values(
            story_id=result.story, key=key, title=art.title, url=art.url, outlet_id=_outlet(conn, art.outlet),
            language=analysis.article.language, published=art.published, versions=1, position=position)
            .returning(t.articles.c.id)).scalar_one()
        _insert_version(conn, article_id, 1, result.run, doc, analysis, digest)
        _bump(conn, result.story)
    return "added"


def _classify(conn: Connection, art: Article, digest: str) -> tuple[Outcome, Row | None]:
    """Whether ``art`` is stored already ("unchanged"), a new text at a known URL ("new_version"), or new."""
    if art.url:
        known = conn.execute(select(t.articles.c.id, t.articles.c.key, t.articles.c.story_id, t.articles.c.versions)
                             .where(t.articles.c.url == art.url)).first()
        if known:
            current = conn.execute(select(t.article_versions.c.content_hash).where(
                t.article_versions.c.article_id == known.id, t.article_versions.c.current)).scalar_one()
            return ("unchanged", None) if current == digest else ("new_version", known)
    if conn.execute(select(t.article_versions.c.id).where(t.article_versions.c.content_hash == digest)
                    .limit(1)).first():
        return "unchanged", None
    return "added", None


def _insert_version(conn: Connection, article_id: int, version: int, run: int, doc: Document,
                    analysis: ArticleAnalysis, digest: str) -> int:
    """The version row with the article's per-article record and its sentences."""
    from .records import sentence_rows, version_columns
    from .story import insert_rows

    version_id = conn.execute(insert(t.article_versions).values(
        article_id=article_id, version=version, current=True, content_hash=digest, run_id=run, added_at=now(),
        doc_id=doc.id, raw_text=doc.text, raw_html=doc.html, doc_meta=dict(doc.meta), analysis=analysis.to_dict(),
        **version_columns(analysis.article)).returning(t.article_versions.c.id)).scalar_one()
    insert_rows(conn, t.sentences, sentence_rows(analysis.article, version_id))
    return version_id


def _new_story(conn: Connection, art: Article) -> int:
    stamp = now()
    return conn.execute(insert(t.stories).values(
        key="s1", title=art.title or art.text[:120], languages=[], articles=0, conflicts=0, disputes=0, revision=0,
        created_at=stamp, updated_at=stamp).returning(t.stories.c.id)).scalar_one()


def _bump(conn: Connection, story: int) -> None:
    conn.execute(update(t.stories).where(t.stories.c.id == story).values(
        revision=t.stories.c.revision + 1, updated_at=now()))


def _free_key(conn: Connection, story: int, wanted: str) -> str:
    """The article's id inside its story: the input's own id, suffixed when the story already has it."""
    taken = set(conn.execute(select(t.articles.c.key).where(t.articles.c.story_id == story)).scalars())
    key, n = wanted, 1
    while key in taken:
        n += 1
        key = f"{wanted}-{n}"
    return key


def _outlet(conn: Connection, name: str | None) -> int | None:
    if not name:
        return None
    found = conn.execute(select(t.outlets.c.id).where(t.outlets.c.name == name)).scalar()
    if found is not None:
        return found
    return conn.execute(insert(t.outlets).values(name=name).returning(t.outlets.c.id)).scalar_one()
