"""The two phases of an analysis: each article on its own, then each story over its articles' records.

``analyse_article`` is a pure function of one article (or document) and the
context: it can run in any process, in any order, and be cached under
``content_key``. ``analyse_story`` links, compares and frames the records of
one story. Both run every stage under a guard: a stage that fails costs that
article (or that stage's output for it), never the run, and is named in the
report's ``errors`` with the article, the stage and the reason.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from . import __version__, guard
from .errors import InputRejected
from .model import Article, ArticleAnalysis, Document, Flag, InputError, Report, Story
from .parts import drop_articles, join_stories, split_articles, split_stories
from .pipeline import ArticleStage, StoryStage
from .resources import Context
from .serialize import to_dict
from .settings import Settings

log = logging.getLogger("storylens")

# Settings that change no record of the per-article phase (what it shows, where it caches, the LLM's transport).
NOT_IN_KEY = frozenset({"progress", "db", "cache_dir", "llm_timeout", "llm_api_key_env", "article_seconds",
                        "allow_private_addresses", "fetch_timeout", "fetch_max_redirects", "fetch_host_delay",
                        "watch_max_items", "cluster", "cluster_days",
                        "bulk_embeddings"})  # (the story phase only: framing)


def content_key(item: Article | Document, settings: Settings) -> str:
    """The cache key of ``analyse_article(item)``: a hash of the input, the settings that shape it and the version."""
    h = hashlib.blake2b(digest_size=16)
    shaping = {k: v for k, v in to_dict(settings).items() if k not in NOT_IN_KEY}
    if settings.aliases and Path(settings.aliases).is_file():
        shaping["aliases_content"] = hashlib.blake2b(Path(settings.aliases).read_bytes(), digest_size=16).hexdigest()
    for part in (__version__, shaping, type(item).__name__, to_dict(item)):
        h.update(json.dumps(part, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def analyse_article(item: Article | Document, ctx: Context, stages: Sequence[ArticleStage] | None = None,
                    timings: dict[str, float] | None = None) -> ArticleAnalysis:
    """Clean (a Document) and analyse one article; failures become errors in the result, never exceptions."""
    from .clean import clean
    from .stages import article_stages

    stages = list(stages) if stages is not None else article_stages()
    if isinstance(item, Document):
        try:
            item = clean(item)
        except InputRejected as exc:
            return ArticleAnalysis(Article(item.id, item.source, ""), errors=(InputError(exc.source, exc.reason),),
                                   dropped=True)
        except Exception as exc:  # noqa: BLE001  isolation: a cleaning bug costs this document only
            err = InputError(item.source, f"stage 'clean' failed: {type(exc).__name__}: {exc}", stage="clean",
                             article=item.id)
            log.warning("%s: %s", item.source, err.error)
            return ArticleAnalysis(Article(item.id, item.source, ""), errors=(err,), dropped=True)
    analysis = ArticleAnalysis(item)
    running: ArticleStage | None = None
    with ctx.activated():
        try:
            with guard.budget(ctx.settings.article_seconds):
                for running in stages:
                    analysis = _article_step(running, analysis, ctx, timings)
                    if analysis.dropped:
                        break
                    guard.check()
        except guard.OverBudget as exc:
            name = running.name if running else "start"
            return _failed(analysis, name, f"{exc} (during stage {name!r})", drop=True)
    return analysis


def _article_step(stage: ArticleStage, analysis: ArticleAnalysis, ctx: Context,
                  timings: dict[str, float] | None) -> ArticleAnalysis:
    t0 = time.perf_counter()
    try:
        out = stage.one(analysis, ctx)
    except Exception as exc:  # noqa: BLE001  isolation: one article's failure is reported, the run goes on
        out = _failed(analysis, stage.name, f"{type(exc).__name__}: {exc}", drop=stage.essential, adds=stage.adds)
    if timings is not None:
        timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - t0
    return out


def _failed(analysis: ArticleAnalysis, stage: str, reason: str, drop: bool, adds: Iterable[str] = ()) -> ArticleAnalysis:
    """The analysis with the failure recorded: dropped, or without that stage's output and flagged."""
    a = analysis.article
    err = InputError(a.source, f"stage {stage!r} failed: {reason}", stage=stage, article=a.id)
    log.warning("%s: %s", a.source, err.error)
    if drop:
        return replace(analysis, errors=analysis.errors + (err,), dropped=True)
    cleared = {f: () for f in adds if f in ("mentions", "quotes", "claims")}
    flagged = replace(a, flags=a.flags + (Flag("stage_failed", stage, detail=reason),))
    return replace(analysis, article=flagged, errors=analysis.errors + (err,), **cleared)


def story_report(story: Story, analyses: Iterable[ArticleAnalysis], holds: Iterable[str] = ()) -> Report:
    """One story's part of a report, built from its articles' records (dropped ones left out)."""
    kept = [x for x in analyses if not x.dropped]
    ids = {x.article.id for x in kept}
    story = replace(story, articles=tuple(a for a in story.articles if a in ids))
    return Report(articles=tuple(x.article for x in kept), stories=(story,),
                  mentions=tuple(m for x in kept for m in x.mentions), quotes=tuple(q for x in kept for q in x.quotes),
                  claims=tuple(c for x in kept for c in x.claims), holds=tuple(holds))


def analyse_story(story: Story, analyses: Iterable[ArticleAnalysis], ctx: Context,
                  stages: Sequence[StoryStage] | None = None, timings: dict[str, float] | None = None) -> Report:
    """The story stages over the records of one story's articles: a report holding that story only."""
    return run_story(story_report(story, analyses, _article_facts()), ctx, stages, timings)


def run_story(part: Report, ctx: Context, stages: Sequence[StoryStage] | None = None,
              timings: dict[str, float] | None = None) -> Report:
    """Run the story stages on ``part`` (one story), each under the isolation guard."""
    from .stages import story_stages

    stages = list(stages) if stages is not None else story_stages()
    with ctx.activated():
        for st in stages:
            t0 = time.perf_counter()
            try:
                part = st.one(part, ctx)
            except Exception as exc:  # noqa: BLE001  isolation: find the article that makes it fail
                part = _isolate(part, st, exc, ctx)
            else:
                part = replace(part, holds=tuple(dict.fromkeys([*part.holds, *st.adds])))
            if timings is not None:
                timings[st.name] = timings.get(st.name, 0.0) + time.perf_counter() - t0
    return part


def _isolate(part: Report, stage: StoryStage, exc: Exception, ctx: Context) -> Report:
    """After ``stage`` failed on a story: try it article by article, drop the articles that fail alone, run it on
    the rest. When it still fails, the story goes on without that stage's output, and the error names the story."""
    bad: list[tuple[Article, Exception]] = []
    if len(part.articles) > 1:
        for a in part.articles:
            others = {b.id for b in part.articles if b.id != a.id}
            try:
                stage.one(drop_articles(part, others), ctx)
            except Exception as alone:  # noqa: BLE001
                bad.append((a, alone))
    story = part.stories[0].id if part.stories else "story"
    errors = tuple(InputError(a.source, f"stage {stage.name!r} failed: {type(e).__name__}: {e}", stage=stage.name,
                              article=a.id) for a, e in bad)
    for err in errors:
        log.warning("%s: %s (left out of story %s)", err.source, err.error, story)
    if bad and len(bad) < len(part.articles):
        rest = drop_articles(part, {a.id for a, _ in bad})
        rest = replace(rest, errors=rest.errors + errors)
        try:
            out = stage.one(rest, ctx)
            return replace(out, holds=tuple(dict.fromkeys([*out.holds, *stage.adds])))
        except Exception as again:  # noqa: BLE001
            part, exc = rest, again
    err = InputError(f"story {story}", f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}", stage=stage.name)
    log.warning("%s: %s", err.source, err.error)
    return replace(part, errors=part.errors + (err,))


def assemble(analyses: Sequence[ArticleAnalysis], ctx: Context, stories: Sequence[Story] | None = None,
             errors: Sequence[InputError] = (), timings: dict[str, float] | None = None) -> Report:
    """The report of ``analyses``: stories (given, or found by the ``stories`` stage), then each story's phase."""
    from . import stories as stories_stage

    kept = [x for x in analyses if not x.dropped]
    report = Report(articles=tuple(x.article for x in kept), mentions=tuple(m for x in kept for m in x.mentions),
                    quotes=tuple(q for x in kept for q in x.quotes), claims=tuple(c for x in kept for c in x.claims),
                    errors=tuple(errors) + tuple(e for x in analyses for e in x.errors), holds=_article_facts())
    if not kept:
        return report
    if stories is None:
        with ctx.activated():
            try:
                report = stories_stage.for_settings(ctx.settings)(report, ctx)
            except Exception as exc:  # noqa: BLE001  no clustering is better than no report: one story of all
                err = InputError("stories", f"stage 'stories' failed: {type(exc).__name__}: {exc}", stage="stories")
                log.warning("%s; the articles are taken as one story", err.error)
                report = replace(stories_stage.one_story(report, ctx), errors=report.errors + (err,))
    else:
        report = replace(report, stories=tuple(stories))
    report = replace(report, holds=report.holds + ("stories",))
    parts = {sid: run_story(part, ctx, timings=timings) for sid, part in split_stories(report).items()}
    out = join_stories(report, parts)
    return replace(out, timings=dict(timings or {}))


def article_records(report: Report) -> list[ArticleAnalysis]:
    """The per-article records of a finished report, ready for the story phase again.

    What the story phase added is taken off: ``same_as`` links, the genre framing gave and framing's flags.
    Mentions keep their story's entity ids (the story phase maps whatever ids it is given).
    """
    from .framing import FLAG_KINDS, SOURCE_GENRE

    framed = {f.article: f for f in report.framing}
    out = []
    for x in split_articles(report):
        a = x.article
        f = framed.get(a.id)
        if f is not None:
            a = replace(a, genre=a.genre if SOURCE_GENRE in f.genre_reasons else None,
                        flags=tuple(fl for fl in a.flags if fl.kind not in FLAG_KINDS))
        out.append(replace(x, article=a, quotes=tuple(replace(q, same_as=()) for q in x.quotes)))
    return out


def restory(report: Report, story_id: str, ctx: Context, add: Sequence[ArticleAnalysis] = ()) -> Report:
    """Run one story's phase again (with ``add``'s articles joining it); every other story stays as it was."""
    story = next((s for s in report.stories if s.id == story_id), None)
    if story is None:
        raise KeyError(f"no story {story_id!r} in the report")
    part = split_stories(report, only=[story_id])[story_id]
    joining = [x for x in add if not x.dropped]
    story = replace(story, articles=story.articles + tuple(x.article.id for x in joining if x.article.id not in story.articles))
    new = analyse_story(story, article_records(part) + joining, ctx)
    new = replace(new, errors=new.errors + tuple(e for x in add for e in x.errors))
    return join_stories(report, {story_id: new})


def _article_facts() -> tuple[str, ...]:
    from .stages import article_stages

    return tuple(dict.fromkeys(["articles", *(f for st in article_stages() for f in st.adds)]))
