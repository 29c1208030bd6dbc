"""Batch runs on Dask: the per-article phase mapped over partitions, then each story's phase, out as flat tables.

Each worker builds one ``Context`` when it starts (``ContextPlugin``: settings
in, models loaded once), and every task on it reuses it. Stories are the unit
of work: small ones are packed whole into partitions of about ``PARTITION``
articles, and one task runs both phases for them, so no article's records
travel between workers. A story larger than a partition has its articles
analysed in several tasks, and one more task runs its story phase over their
records. Results come back as Arrow tables and are appended to one Parquet
file per table as they arrive, so the client holds a few stories at a time.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from distributed import WorkerPlugin

from ..model import ArticleAnalysis, InputError
from ..resources import Context
from ..settings import Settings
from . import inputs as inp
from .tables import RECORDS, arrow_schema, story_rows

log = logging.getLogger("storylens")

PARTITION = 50  # articles per task: enough to amortise a task's overhead, small enough to balance two workers
PLUGIN = "storylens-context"


class ContextPlugin(WorkerPlugin):
    """A Dask worker plugin: builds the worker's ``Context`` once, with its models, before any task runs."""

    name = PLUGIN

    def __init__(self, settings: Settings, warm: bool = True):
        self.settings, self.warm = settings, warm
        self.ctx: Context | None = None

    def setup(self, worker: Any = None) -> None:
        self.ctx = Context(self.settings)
        if self.warm:
            warm_up(self.ctx)

    def teardown(self, worker: Any = None) -> None:
        self.ctx = None


# Each at least lingua_id.LOW_ACCURACY_FROM characters: a shorter text would load lingua's high-accuracy models for
# every candidate language (about 0.7 GB per worker) that articles of ordinary length never need.
WARM_TEXTS = {
    "warm-en": "The mayor of Kazan, Ivan Petrov, said on Monday that 12 schools would open by 2027, and that the city "
               "would pay for them from its own budget.\nResidents welcomed the plan, and several parents said they "
               "had waited for years.\n",
    "warm-ru": "Мэр Казани Иван Петров заявил в понедельник, что к 2027 году откроются 12 школ, а город оплатит их из "
               "собственного бюджета.\nЖители приветствовали план, а несколько родителей сказали, что ждали его "
               "годами.\n",
}


def warm_up(ctx: Context) -> None:
    """Load every model of the default stages by running them on two short articles (English and Russian)."""
    from ..clean import clean
    from ..model import Document, Report
    from ..pipeline import run
    from ..stages import default_stages

    docs = [Document(name, name, text) for name, text in WARM_TEXTS.items()]
    # the runner, not the guarded phases: loading models must not count against an article's time budget
    run(default_stages(), Report(articles=tuple(clean(d) for d in docs)), ctx)
    ctx.clear_vectors()  # the warm-up's vectors are of no later use


def _has_context(settings: Settings, dask_worker: Any = None) -> bool:
    plugin = dask_worker.plugins.get(PLUGIN) if dask_worker is not None else None
    return plugin is not None and plugin.ctx is not None and plugin.settings == settings


def worker_context() -> Context:
    """The context of the worker running this task (a fresh process-wide one outside a Dask worker)."""
    try:
        from distributed import get_worker

        plugin = get_worker().plugins.get(PLUGIN)
    except (ImportError, ValueError):
        plugin = None
    if plugin is not None and plugin.ctx is not None:
        return plugin.ctx
    return Context.shared()


# ---- tasks (run on the workers) -------------------------------------------------------------------------------

def articles_task(plan: inp.Plan, rows: list[int]) -> tuple[list[ArticleAnalysis], list[InputError]]:
    """The per-article phase over some rows of one story: their records, and the inputs that could not be read."""
    from ..api import load
    from ..phases import analyse_article

    ctx = worker_context()
    articles, errors = load(inp.documents(plan, rows), ctx.settings)
    return [analyse_article(a, ctx) for a in articles], errors


def story_task(plan: inp.Plan, label: str, rows: list[int], *parts: tuple[list[ArticleAnalysis], list[InputError]]):
    """The per-story phase over the records of one story's articles (from ``articles_task``): its tables."""
    return _arrow(_story_rows(plan, label, rows, parts))


def stories_task(plan: inp.Plan, stories: list[tuple[str, list[int]]]):
    """Both phases for a few whole stories: the tables of all of them."""
    tables: dict[str, list[dict]] = {name: [] for name in RECORDS}
    for label, rows in stories:
        for name, part in _story_rows(plan, label, rows, [articles_task(plan, rows)]).items():
            tables[name].extend(part)
    return _arrow(tables)


def _story_rows(plan: inp.Plan, label: str, rows: list[int], parts) -> dict[str, list[dict]]:
    """One story's report, as ``api.analyze`` makes it for the same inputs, in rows (``input_story``: ``label``)."""
    from ..model import Report
    from ..phases import assemble

    ctx = worker_context()
    analyses = [x for p in parts for x in p[0]]
    errors = [e for p in parts for e in p[1]]
    if any(not x.dropped for x in analyses):
        report = assemble(analyses, ctx, errors=errors)
    else:
        report = Report(errors=tuple(errors) + tuple(e for x in analyses for e in x.errors))
    docs = {d.id: d for d in inp.documents(plan, rows)}
    return {name: [r | {"input_story": label} for r in table] for name, table in story_rows(report, docs).items()}


def _arrow(tables: dict[str, list[dict]]) -> dict[str, Any]:
    import pyarrow as pa

    return {name: pa.Table.from_pylist(rows, schema=arrow_schema(name, ("input_story",)))
            for name, rows in tables.items()}


# ---- the client side ------------------------------------------------------------------------------------------

@dataclass
class BatchResult:
    stories: int = 0
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0
    files: list[Path] = field(default_factory=list)


def units(plan: inp.Plan, size: int = PARTITION) -> list[tuple[str, Any]]:
    """The work: ("pack", [(label, rows)...]) for whole small stories, ("big", (label, [rows chunks])) otherwise."""
    out: list[tuple[str, Any]] = []
    pack: list[tuple[str, list[int]]] = []
    count = 0
    for label, rows in plan.stories.items():
        if len(rows) > size:
            out.append(("big", (label, rows, [rows[i:i + size] for i in range(0, len(rows), size)])))
            continue
        if pack and count + len(rows) > size:
            out.append(("pack", pack))
            pack, count = [], 0
        pack.append((label, rows))
        count += len(rows)
    if pack:
        out.append(("pack", pack))
    return out


def run_batch(source: str | Path, out: str | Path, client: Any, settings: Settings | None = None,
              size: int = PARTITION, on_story: Callable[[int], None] | None = None) -> BatchResult:
    """Analyse the articles of a Parquet input on a Dask ``client`` and write the tables under ``out``."""
    from distributed import as_completed

    t0 = time.perf_counter()
    plan = inp.plan(source)
    settings = settings or Settings.load()
    if not all(client.run(_has_context, settings).values()):  # a client reused for several runs warms up once
        client.register_plugin(ContextPlugin(settings), name=PLUGIN)
    work = units(plan, size)
    futures = []
    for kind, unit in work:
        if kind == "pack":
            futures.append(client.submit(stories_task, plan, unit, pure=False))
        else:
            label, rows, chunks = unit
            parts = [client.submit(articles_task, plan, c, pure=False) for c in chunks]
            futures.append(client.submit(story_task, plan, label, rows, *parts, pure=False))
    writer = TableWriter(Path(out))
    result = BatchResult(stories=len(plan.stories))
    # results are written in submission order (the input's story order), each released once written
    done: dict[Any, Any] = {}
    pending = list(futures)
    for fut in as_completed(futures):
        done[fut.key] = fut
        while pending and pending[0].key in done:
            head = pending.pop(0)
            tables = head.result()
            writer.append(tables)
            result.articles += tables["articles"].num_rows
            result.errors += tables["errors"].num_rows
            if on_story:
                on_story(tables["stories"].num_rows)
            del done[head.key]
            head.release()
    result.files = writer.close()
    result.seconds = time.perf_counter() - t0
    return result


class TableWriter:
    """One Parquet file per table under a folder, appended to as story results arrive."""

    def __init__(self, folder: Path):
        import pyarrow.parquet as pq

        folder.mkdir(parents=True, exist_ok=True)
        self.paths = [folder / f"{name}.parquet" for name in RECORDS]
        self.writers = {name: pq.ParquetWriter(path, arrow_schema(name, ("input_story",)))
                        for name, path in zip(RECORDS, self.paths)}

    def append(self, tables: dict[str, Any]) -> None:
        for name, table in tables.items():
            if table.num_rows:
                self.writers[name].write_table(table)

    def close(self) -> list[Path]:
        for w in self.writers.values():
            w.close()
        return self.paths


def local_client(workers: int):
    """A Dask client on a cluster of ``workers`` local processes, one thread each (the models are not thread-safe)."""
    from distributed import Client, LocalCluster

    # one BLAS/OpenMP thread per worker: the workers already fill the cores
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
    return Client(cluster)
