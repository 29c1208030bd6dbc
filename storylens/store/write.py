"""Adding articles to a store: the per-article phase, clustering, one transaction per article, the per-story phases.

``add`` reads and cleans each input; an article already stored (same URL and
text, or same text) stops there, costing no analysis. A new one goes through the
library's per-article phase (``phases.analyse_article``), is placed in its story
by story clustering (``store/cluster.py``; or in the story given with
``--story``) and lands, with its record and the index's new state, in its own
transaction, so a killed process loses at most the article it was writing. Each
landing bumps its story's ``revision``; afterwards every story whose stored
comparison is older than its revision runs its per-story phase
(``story.analyse_story``) over its articles' stored records. An interrupted
``add`` therefore resumes on the next one: the articles it stored are recognised
as already there, and their stories are still stale.
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
KEPT_RECORDS = 500  # records a run keeps in memory for its story phases (beyond them, they are read back)
NEW = "new"  # add(story=NEW): the run's new articles form one new story, without clustering


@dataclass
class AddResult:
    """What one ``add`` did."""

    run: int
    forced: int | None = None  # the story given with --story (or the one story --story new began)
    one_story: bool = False  # --story new: every new article of the run goes to one new story
    stories: list[int] = field(default_factory=list)  # stories that received new articles, in order
    merged: dict[int, int] = field(default_factory=dict)  # story merged away -> the story it joined
    versioned: list[int] = field(default_factory=list)  # stories of articles that got a new version
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # input source -> what happened to it
    errors: list[InputError] = field(default_factory=list)
    analysed: list[int] = field(default_factory=list)  # stories whose per-story phase ran
    # the per-article records this run stored, by version id: its story phases need not read them back
    records: dict[int, ArticleAnalysis] = field(default_factory=dict, repr=False)

    def keep(self, version_id: int, analysis: ArticleAnalysis) -> None:
        if len(self.records) < KEPT_RECORDS:
            self.records[version_id] = analysis

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes.values() if o == outcome)

    @property
    def story(self) -> int | None:
        """The story the new articles went to when they all went to one (or the one given with --story)."""
        found = list(dict.fromkeys(self.current(s) for s in self.stories))
        if len(found) == 1:
            return found[0]
        return self.forced if not found else None

    def touched(self) -> list[int]:
        """The stories this run added to or changed, as they are now (after merges), in order."""
        return list(dict.fromkeys(self.current(s) for s in self.stories + self.versioned))

    def current(self, story: int) -> int:
        """The story ``story`` is now, after any merges."""
        while story in self.merged:
            story = self.merged[story]
        return story


def now() -> datetime:
    return datetime.now(timezone.utc)


def content_hash(art: Article) -> str:
    return hashlib.sha256(art.text.encode("utf-8")).hexdigest()


def add(store: Store, inputs: Iterable[str | Path], story: int | str | None = None, ctx: Context | None = None,
        on_item: Callable[[str, str], None] | None = None) -> AddResult:
    """Analyse inputs into the store: each new article joins its story by clustering, or ``story`` when given
    (``NEW``: one new story of all the new articles, as the inputs of ``analyze`` are)."""
    from .vectors import kept_in

    ctx = ctx or Context.shared()
    inputs = [str(i) for i in inputs]
    if story is not None and story != NEW:
        _require_story(store, story)
    index_unindexed(store, ctx)  # articles stored before clustering are candidates for the new ones
    result = _start_run(store, inputs, story)
    own = store.files()
    with kept_in(store, ctx):  # vectors computed once per text across runs and processes
        for item in read_inputs(inputs, ctx.settings):
            if own and Path(item.source).resolve() in own:
                continue  # `add .` next to the store must not read the store (or its WAL) as an article
            add_document(store, result, item, ctx)
            if on_item:
                on_item(item.source, result.outcomes.get(item.source, "error"))
        return finish(store, result, ctx)


def start(store: Store, inputs: list[str], story: int | str | None = None, command: str = "add") -> AddResult:
    """A run for documents handed over one by one (a watch round), finished with ``finish``."""
    if story is not None and story != NEW:
        _require_story(store, story)
    return _start_run(store, inputs, story, command)


def add_document(store: Store, result: AddResult, item: Document | InputError, ctx: Context) -> Outcome | None:
    """Clean, analyse and store one document of a run; cleaning as ``analyze`` does it: a rejected input, or a
    cleaning bug, becomes the run's error naming the input (an InputError is stored as one)."""
    from ..api import load

    articles, errors = load([item], ctx.settings) if isinstance(item, Document) else ([], [item])
    for err in errors:
        _record_error(store, result, err)
    for art in articles:
        result.outcomes[item.source] = _put_article(store, result, item, art, ctx)
    return result.outcomes.get(item.source)


def finish(store: Store, result: AddResult, ctx: Context) -> AddResult:
    """Index what the index lacks (an article whose indexing was interrupted), run the per-story phase of every
    changed story, close the run."""
    index_unindexed(store, ctx)
    result.analysed = refresh(store, ctx, result.records)
    result.records = {}
    _finish_run(store, result)
    return result


def index_unindexed(store: Store, ctx: Context) -> int:
    """Put articles stored before story clustering (or whose indexing was interrupted) into the index."""
    from ..model import ArticleAnalysis
    from .cluster import Placer, unindexed

    with store.engine.connect() as conn:
        todo = unindexed(conn)
        placer = Placer(conn, ctx, now) if todo else None
    for article_id, story_id, record in todo:
        sig = placer.signature(ArticleAnalysis.from_dict(record))
        with writing(store.engine) as conn:
            if not conn.execute(select(t.cluster_postings.c.id).where(t.cluster_postings.c.article_id == article_id)
                                .limit(1)).first():
                _, index = placer.place(conn, sig, story=story_id)
                index.post(article_id)
    return len(todo)


def refresh(store: Store, ctx: Context, known: dict[int, ArticleAnalysis] | None = None) -> list[int]:
    """Run the per-story phase of every story whose articles changed since it was last analysed (``known``: records
    by version id already in memory)."""
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
            if analyse_story(store, sid, ctx, known):
                done.append(sid)


def _require_story(store: Store, story: int) -> None:
    with store.engine.connect() as conn:
        if conn.execute(select(t.stories.c.id).where(t.stories.c.id == story)).first() is None:
            raise StoreError(f"no story {story} in the store (list them with `storylens stories`)")


def _signature(inputs: list[str], story: int | str | None) -> dict:
    names = [i if i == "-" or "://" in i else str(Path(i).resolve()) for i in inputs]
    return {"paths": names, "story": story}


def _start_run(store: Store, inputs: list[str], story: int | str | None, command: str = "add") -> AddResult:
    """A new run; when the same add was interrupted before, it takes over that run's story (so it resumes)."""
    sig = _signature(inputs, story)
    with writing(store.engine) as conn:
        target = None if story == NEW else story
        for run_id, run_inputs, run_story in conn.execute(
                select(t.runs.c.id, t.runs.c.inputs, t.runs.c.story_id).where(t.runs.c.status == "running")):
            if run_inputs == sig:
                conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(status="interrupted"))
                target = target or run_story
        title = f"{command} {len(inputs)} input(s)" + (f" to story {story}" if story not in (None, NEW) else "")
        run_id = conn.execute(insert(t.runs).values(
            title=title, command=command, inputs=sig, status="running", started_at=now(), story_id=target, added=0,
            unchanged=0, new_versions=0, errors=0, pid=os.getpid()).returning(t.runs.c.id)).scalar_one()
    return AddResult(run=run_id, forced=target, one_story=story == NEW)


def _finish_run(store: Store, result: AddResult) -> None:
    with writing(store.engine) as conn:
        story = result.story
        if story is not None and conn.execute(select(t.stories.c.id).where(t.stories.c.id == story)).first() is None:
            story = None  # merged away by a later writer
        conn.execute(update(t.runs).where(t.runs.c.id == result.run).values(
            status="done", finished_at=now(), story_id=story, added=result.count("added"),
            unchanged=result.count("unchanged"), new_versions=result.count("new_version"), errors=len(result.errors)))


def _record_error(store: Store, result: AddResult, err: InputError) -> None:
    result.errors.append(err)
    with writing(store.engine) as conn:
        conn.execute(insert(t.run_errors).values(run_id=result.run, name=err.source, error=err.error, stage=err.stage,
                                                 article=err.article))


def _put_article(store: Store, result: AddResult, doc: Document, art: Article, ctx: Context) -> Outcome:
    """Analyse and land one article in one transaction: skipped when known, a new version when its URL has new text,
    else placed in its story by clustering (or in the run's --story) together with the index's new state."""
    from ..phases import analyse_article
    from .cluster import Placer

    digest = content_hash(art)
    with store.engine.connect() as conn:  # look before analysing: a known article costs no analysis
        outcome, known = _classify(conn, art, digest)
        if outcome == "unchanged":
            return outcome
        key = known.key if known else _free_key(conn, doc.id)
        placer = None if known else Placer(conn, ctx, now)
    analysis = analyse_article(replace(art, id=key), ctx)
    if analysis.dropped:  # a stage it cannot do without failed: named in the run's errors, nothing stored
        for err in analysis.errors:
            _record_error(store, result, err)
        return "dropped"
    sig = placer.signature(analysis) if placer else None  # embedding outside the lock
    with writing(store.engine) as conn:
        outcome, known = _classify(conn, art, digest)  # again under the lock: another writer may have stored it
        if outcome == "unchanged":
            return outcome
        if known:
            version_id = _store_version(conn, result, known, doc, art, analysis, digest)
        elif sig is None:  # another writer stored this URL between our look and our lock, then changed it again
            return "unchanged"
        else:
            version_id, story, analysis = _store_new(conn, result, placer, sig, key, doc, art, analysis, digest, ctx)
    result.keep(version_id, analysis)  # committed: its story phase may use it as it is
    if known:
        result.versioned.append(known.story_id)  # the new text keeps its story: articles are placed once
        return "new_version"
    result.stories.append(story)
    return "added"


def _store_version(conn: Connection, result: AddResult, known: Row, doc: Document, art: Article,
                   analysis: ArticleAnalysis, digest: str) -> int:
    """A known URL's new text as its next version (the old ones stay, not current); the version's id."""
    conn.execute(update(t.article_versions).where(t.article_versions.c.article_id == known.id).values(current=False))
    version_id = _insert_version(conn, known.id, known.versions + 1, result.run, doc, analysis, digest)
    conn.execute(update(t.articles).where(t.articles.c.id == known.id).values(
        versions=known.versions + 1, title=art.title, published=art.published,
        language=analysis.article.language, outlet_id=outlet_id(conn, art.outlet)))
    _bump(conn, known.story_id)
    return version_id


def _store_new(conn: Connection, result: AddResult, placer, sig, key: str, doc: Document, art: Article,
               analysis: ArticleAnalysis, digest: str, ctx: Context) -> tuple[int, int, ArticleAnalysis]:
    """A new article placed in its story with the index's new state: (version id, story, its record)."""
    if conn.execute(select(t.articles.c.id).where(t.articles.c.key == key)).first():
        key = _free_key(conn, doc.id)  # another writer took the key meanwhile
        analysis = _renamed(analysis, key, ctx)
        sig = replace(sig, article=key)
    if result.forced is None and result.one_story:
        result.forced = _new_story(conn, art)
        conn.execute(update(t.runs).where(t.runs.c.id == result.run).values(story_id=result.forced))
    placement, index = placer.place(conn, sig, story=result.forced)
    story = int(placement.story)
    for gone in placement.merged:
        result.merged[int(gone)] = story
    if placement.score is None and result.forced is None:
        conn.execute(update(t.stories).where(t.stories.c.id == story).values(title=art.title or art.text[:120]))
    position = conn.execute(select(func.coalesce(func.max(t.articles.c.position) + 1, 0))
                            .where(t.articles.c.story_id == story)).scalar_one()
    article_id = conn.execute(insert(t.articles).values(
        story_id=story, key=key, title=art.title, url=art.url, outlet_id=outlet_id(conn, art.outlet),
        language=analysis.article.language, published=art.published, versions=1, position=position)
        .returning(t.articles.c.id)).scalar_one()
    index.post(article_id)
    version_id = _insert_version(conn, article_id, 1, result.run, doc, analysis, digest, sig.to_dict())
    _bump(conn, story)
    return version_id, story, analysis


def _renamed(analysis: ArticleAnalysis, key: str, ctx: Context) -> ArticleAnalysis:
    """The per-article record of the same article under another id (ids inside it carry the article's)."""
    from ..phases import analyse_article

    return analyse_article(replace(analysis.article, id=key), ctx)


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
                    analysis: ArticleAnalysis, digest: str, signature: dict | None = None) -> int:
    """The version row with the article's per-article record and its sentences."""
    from .records import sentence_rows, version_columns
    from .story import insert_all

    version_id = conn.execute(insert(t.article_versions).values(
        article_id=article_id, version=version, current=True, content_hash=digest, run_id=run, added_at=now(),
        doc_id=doc.id, raw_text=doc.text, raw_html=doc.html, doc_meta=dict(doc.meta), analysis=analysis.to_dict(),
        signature=signature,
        **version_columns(analysis.article)).returning(t.article_versions.c.id)).scalar_one()
    insert_all(conn, t.sentences, sentence_rows(analysis.article, version_id))
    return version_id


def _new_story(conn: Connection, art: Article) -> int:
    stamp = now()
    return conn.execute(insert(t.stories).values(
        key="s1", title=art.title or art.text[:120], languages=[], articles=0, conflicts=0, disputes=0, revision=0,
        created_at=stamp, updated_at=stamp, cluster_keys={}).returning(t.stories.c.id)).scalar_one()


def _bump(conn: Connection, story: int) -> None:
    conn.execute(update(t.stories).where(t.stories.c.id == story).values(
        revision=t.stories.c.revision + 1, updated_at=now()))


def _free_key(conn: Connection, wanted: str) -> str:
    """The article's id in reports: the input's own id, suffixed when any stored article has it already, so stories
    can merge without two articles sharing an id."""
    taken = set(conn.execute(select(t.articles.c.key).where(
        (t.articles.c.key == wanted) | t.articles.c.key.like(f"{wanted}-%"))).scalars())
    key, n = wanted, 1
    while key in taken:
        n += 1
        key = f"{wanted}-{n}"
    return key


def outlet_id(conn: Connection, name: str | None) -> int | None:
    """The outlet's row id, its row added when new (None without a name)."""
    if not name:
        return None
    found = conn.execute(select(t.outlets.c.id).where(t.outlets.c.name == name)).scalar()
    if found is not None:
        return found
    return conn.execute(insert(t.outlets).values(name=name).returning(t.outlets.c.id)).scalar_one()
