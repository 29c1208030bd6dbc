"""The public Python API: ``load`` inputs into articles, ``analyze`` them into a Report."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .clean import clean
from .errors import InputRejected
from .ingest import Document, documents_from_texts, read_inputs
from .model import Article, InputError
from .pipeline import Report, Stage, run
from .resources import Context
from .settings import Settings


def load(inputs: Iterable[str | Path | Document], settings: Settings | None = None,
         on_item: Callable[[Article | InputError], None] | None = None) -> tuple[list[Article], list[InputError]]:
    """Read and clean inputs (paths, '-' or Documents); bad inputs become InputErrors, never exceptions."""
    settings = settings or Settings()
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

    >>> report = analyze(["a.txt", "b.html"])            # doctest: +SKIP
    >>> report = analyze(texts=["First article...", "Второй текст..."])  # doctest: +SKIP
    """
    from .stages import default_stages

    ctx = ctx or Context(settings or Settings())
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    items: list = list(inputs or [])
    if texts:
        items += documents_from_texts(texts)
    articles, errors = load(items, ctx.settings, on_item)
    for e in errors:
        print(f"storylens: skipped {e.source}: {e.error}", file=sys.stderr)
    report = Report(articles=tuple(articles), errors=tuple(errors))
    if not articles:
        return report
    return run(stages if stages is not None else default_stages(), report, ctx)
