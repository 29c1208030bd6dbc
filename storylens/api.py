"""The public Python API: ``load`` inputs into articles, ``analyze`` them into a Report."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .clean import clean
from .errors import InputRejected
from .ingest import documents_from_texts, read_inputs
from .model import Article, Document, InputError, Report
from .pipeline import Stage, run
from .resources import Context
from .settings import Settings

log = logging.getLogger("storylens")


def load(inputs: Iterable[str | Path | Document], settings: Settings | None = None,
         on_item: Callable[[Article | InputError], None] | None = None) -> tuple[list[Article], list[InputError]]:
    """Read and clean inputs (paths, '-' or Documents); bad inputs become InputErrors, never exceptions."""
    settings = settings or Settings.load()
    articles: list[Article] = []
    errors: list[InputError] = []
    docs: list = []
    paths: list = []
    for item in inputs:
        (docs if isinstance(item, Document) else paths).append(item)
    for item in list(docs) + list(read_inputs(paths, settings)):
        if isinstance(item, InputError):
            errors.append(item)
            if on_item:
                on_item(item)
            continue
        try:
            art = clean(item)
        except InputRejected as exc:
            err = InputError(exc.source, exc.reason)
        except Exception as exc:  # noqa: BLE001  a cleaning bug on one input must not sink the batch
            err = InputError(item.source, f"stage 'clean' failed: {type(exc).__name__}: {exc}", stage="clean",
                             article=item.id)
        else:
            err = None
        if err is not None:
            errors.append(err)
            if on_item:
                on_item(err)
            continue
        articles.append(art)
        if on_item:
            on_item(art)
    return articles, errors


def analyze(inputs: str | Path | Iterable[str | Path] | None = None, *, texts: Sequence[str] | None = None,
            settings: Settings | None = None, ctx: Context | None = None, stages: Sequence[Stage] | None = None,
            on_item: Callable | None = None) -> Report:
    """Analyse files, directories or raw texts together and return the Report.

    Settings are resolved like the command line's (``storylens.toml``, ``STORYLENS_*``) unless given. Each
    article is analysed on its own (``phases.analyse_article``), then each story (``phases.assemble``); a
    failing stage costs that article or that stage's output for it, named in ``errors``. With ``stages``,
    exactly those stages run over the whole report (``pipeline.run``), and a failure raises ``StageError``.

    >>> report = analyze(["a.txt", "b.html"])            # doctest: +SKIP
    >>> report = analyze(texts=["First article...", "Второй текст..."])  # doctest: +SKIP
    """
    from .phases import analyse_article, assemble

    ctx = ctx or Context.shared(settings or Settings.load())
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    items: list = list(inputs or [])
    if texts:
        items += documents_from_texts(texts)
    articles, errors = load(items, ctx.settings, on_item)
    for e in errors:
        log.warning("skipped %s: %s", e.source, e.error)
    if not articles:
        return Report(errors=tuple(errors))
    if stages is not None:
        return run(stages, Report(articles=tuple(articles), errors=tuple(errors)), ctx)
    timings: dict[str, float] = {}
    analyses = [analyse_article(a, ctx, timings=timings) for a in articles]
    return assemble(analyses, ctx, errors=errors, timings=timings)
