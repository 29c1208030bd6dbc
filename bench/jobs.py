"""Benchmark jobs, each run in a fresh process by bench/run.py so that peak memory and cold starts are its own.

Usage: python bench/jobs.py JOB N [--core K]; prints one JSON line of results last.
Jobs: ``foundation`` (ingest + clean + language + sentences), ``pipeline`` (every stage over all articles as
one story, then the bare model calls on the same articles), ``stories`` (about ten articles per story, analysed
story after story as a stream, then the bare model calls), ``batch`` (``storylens batch`` on a LocalCluster of
``--workers W`` processes), ``cold`` (import and first article from a cold start).
"""
from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

WARMUP = 12  # articles analysed first from unrelated stories, so model loading is not counted as throughput


def stories_for(n: int) -> int:
    """About ten articles per story, however large the corpus: scaling measures more stories, not longer ones."""
    return max(4, n // 10)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


class Clock:
    """Wall and CPU seconds of a block, so a busy machine shows up as a gap between the two."""

    def __enter__(self) -> "Clock":
        self.w, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.w, time.process_time() - self.c


def _corpus(n: int, folder: Path, story_base: int = 0) -> tuple[list[Path], int]:
    paths = corpus.write(n, folder, stories_for(n), story_base)
    return paths, sum(p.stat().st_size for p in paths)


def foundation(n: int) -> dict:
    """ingest + clean (api.load), then the language and segment stages, on n articles read from files."""
    from storylens import api
    from storylens import language, segment
    from storylens.pipeline import Report, run
    from storylens.resources import Context
    from storylens.settings import Settings

    ctx = Context(Settings.load())  # STORYLENS_* variables and ./storylens.toml apply, as in the batch job
    with tempfile.TemporaryDirectory() as tmp:
        warm, _ = _corpus(WARMUP, Path(tmp) / "warm", story_base=100_000)
        arts, _ = api.load(warm, ctx.settings)
        run([language.STAGE, segment.STAGE], Report(articles=tuple(arts)), ctx)
        paths, size = _corpus(n, Path(tmp) / "c")
        out: dict = {"n": n, "bytes": size}
        with Clock() as t_load:
            arts, errors = api.load([Path(tmp) / "c"], ctx.settings)
        report = Report(articles=tuple(arts))
        with Clock() as t_lang:
            report = language.STAGE(report, ctx)  # called directly: the runner checks a whole pipeline's order
        with Clock() as t_seg:
            report = segment.STAGE(report, ctx)
    out["stages"] = {"ingest+clean": [t_load.wall, t_load.cpu], "language": [t_lang.wall, t_lang.cpu],
                     "segment": [t_seg.wall, t_seg.cpu]}
    out["errors"] = len(errors)
    out["sentences"] = sum(len(a.sentences) for a in report.articles)
    out["peak_mb"] = peak_mb()
    return out


def pipeline(n: int) -> dict:
    """Every default stage on n articles analysed together, then the bare model calls on the same articles."""
    from storylens import api
    from storylens.pipeline import Report, check_order
    from storylens.resources import Context
    from storylens.settings import Settings
    from storylens.stages import default_stages

    ctx = Context(Settings.load())  # STORYLENS_* variables and ./storylens.toml apply, as in the batch job
    stages = default_stages()
    check_order(stages)
    with tempfile.TemporaryDirectory() as tmp:
        warm, _ = _corpus(WARMUP, Path(tmp) / "warm", story_base=100_000)
        arts, _ = api.load(warm, ctx.settings)
        report = Report(articles=tuple(arts))
        for stage in stages:  # loads every model once
            report = stage(report, ctx)
        ctx.clear_vectors()  # the measured run must not reuse warm-up vectors
        model_time, embedded = _time_model_calls(ctx)
        paths, size = _corpus(n, Path(tmp) / "c")
        with Clock() as t_load:
            arts, _ = api.load([Path(tmp) / "c"], ctx.settings)
        report = Report(articles=tuple(arts))
        per_stage = {}
        for stage in stages:  # stage by stage, so each gets its CPU time too (the runner records wall time only)
            with Clock() as t:
                report = stage(report, ctx)
            per_stage[stage.name] = [t.wall, t.cpu]
    out: dict = {"n": n, "bytes": size, "stages": {"ingest+clean": [t_load.wall, t_load.cpu], **per_stage},
                 "peak_mb": peak_mb(), "entities": len(report.entities), "quotes": len(report.quotes),
                 "claims": len(report.claims), "groups": len(report.comparison), "stories": len(report.stories),
                 "embedded": len(embedded), "in_run_models": model_time}
    out["bare"] = bare_models(report, embedded, ctx) if n <= 2000 else {"skipped": "corpus too large for a second pass"}
    return out


def stories(n: int) -> dict:
    """n articles in n/10 stories analysed as a stream, story after story (``api.analyze_stories``'s way, the way
    the store and batch mode run): CPU per phase, the model calls inside the run, and then a bare pass of them."""
    from types import SimpleNamespace

    from storylens import api
    from storylens.phases import analyse_article, assemble
    from storylens.pipeline import Report, run
    from storylens.resources import Context
    from storylens.settings import Settings
    from storylens.stages import default_stages

    ctx = Context(Settings.load())  # STORYLENS_* variables and ./storylens.toml apply, as in the batch job
    with tempfile.TemporaryDirectory() as tmp:
        warm, _ = _corpus(WARMUP, Path(tmp) / "warm", story_base=100_000)
        arts, _ = api.load(warm, ctx.settings)
        run(default_stages(), Report(articles=tuple(arts)), ctx)  # loads every model once
        ctx.clear_vectors()  # the measured run must not reuse warm-up vectors
        model_time, embedded = _time_model_calls(ctx)
        bulk_embedded = [0]
        if ctx.bulk_embedder is not ctx.embedder:  # a cheaper backend for framing's body sentences: timed apart
            bulk_embedded = [ctx.bulk_embedder.calls]
        k = stories_for(n)
        paths, size = _corpus(n, Path(tmp) / "c")
        groups: dict[int, list[Path]] = {}
        for i, p in enumerate(paths):
            groups.setdefault(i % k, []).append(p)  # corpus.article puts article i in story i % k
        clocks = {"ingest+clean": [0.0, 0.0], "article phase": [0.0, 0.0], "story phase": [0.0, 0.0]}
        counts = dict.fromkeys(("articles", "entities", "quotes", "claims", "groups", "stories"), 0)
        texts: list[SimpleNamespace] = []

        def add(name: str, t: Clock) -> None:
            clocks[name][0] += t.wall
            clocks[name][1] += t.cpu

        for done, group in enumerate(groups.values(), 1):
            if done % max(1, k // 10) == 0:  # to stderr, so a run stopped early still gives its CPU per article
                print(json.dumps({"stories": done - 1, "of": k, "articles": counts["articles"],
                                  "cpu": round(sum(c for _w, c in clocks.values()), 1), "peak_mb": round(peak_mb())}),
                      file=sys.stderr, flush=True)
            with Clock() as t:
                arts, errors = api.load(group, ctx.settings)
            add("ingest+clean", t)
            with Clock() as t:
                analyses = [analyse_article(a, ctx) for a in arts]
            add("article phase", t)
            with Clock() as t:
                report = assemble(analyses, ctx, errors=errors)
            add("story phase", t)
            counts["articles"] += len(report.articles)
            counts["entities"] += len(report.entities)
            counts["quotes"] += len(report.quotes)
            counts["claims"] += len(report.claims)
            counts["groups"] += len(report.comparison)
            counts["stories"] += len(report.stories)
            if n <= 2000:
                texts += [SimpleNamespace(language=a.language, text=a.text) for a in report.articles]
        if ctx.bulk_embedder is not ctx.embedder:
            bulk_embedded[0] = ctx.bulk_embedder.calls - bulk_embedded[0]
            del report, analyses, arts
    out: dict = {"n": n, "bytes": size, "stages": clocks, "peak_mb": peak_mb(), **counts, "embedded": len(embedded),
                 "distinct_embedded": len(set(embedded)), "in_run_models": model_time,
                 "embeddings": ctx.settings.embeddings, "bulk_embeddings": ctx.settings.bulk_embeddings,
                 "bulk_embedded": bulk_embedded[0]}
    out["bare"] = bare_models(SimpleNamespace(articles=texts), embedded, ctx) if n <= 2000 else \
        {"skipped": "corpus too large for a second pass"}
    return out


def batch(n: int, workers: int) -> dict:
    """``storylens batch`` on n articles (n/10 stories) from a Parquet file, on a LocalCluster of ``workers``
    processes: wall time, and CPU seconds of each worker, of the client and scheduler, after the workers warmed up."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from storylens.batch.run import ContextPlugin, PLUGIN, local_client, run_batch
    from storylens.settings import Settings

    def cpu(dask_worker=None) -> tuple[float, float]:
        return time.process_time(), peak_mb()

    with tempfile.TemporaryDirectory() as tmp:
        k = stories_for(n)
        rows = [{"id": it.name, "text": it.text, "story": str(it.story)} for it in corpus.articles(n, k)]
        size = sum(len(r["text"].encode("utf-8")) for r in rows)
        pq.write_table(pa.Table.from_pylist(rows), Path(tmp) / "in.parquet")
        del rows
        settings = Settings.load()
        with local_client(workers) as client:
            client.register_plugin(ContextPlugin(settings), name=PLUGIN)  # models load before the clock starts
            before = client.run(cpu)
            done = [0]

            def progress(stories: int) -> None:  # to stderr, so a long run can be judged (and stopped) early
                done[0] += stories
                if done[0] % max(1, k // 20) < stories:
                    now = client.run(cpu)  # worker CPU and peak so far: a run stopped early still shows its slope
                    print(json.dumps({"stories": done[0], "of": k, "wall": round(time.perf_counter() - t.w, 1),
                                      "worker_cpu": sorted(round(now[w][0] - before[w][0], 1) for w in now),
                                      "worker_peak_mb": sorted(round(v[1]) for v in now.values())}),
                          file=sys.stderr, flush=True)

            with Clock() as t:
                result = run_batch(Path(tmp) / "in.parquet", Path(tmp) / "out", client, settings, on_story=progress)
            after = client.run(cpu)
            out_rows = {p.stem: pq.read_metadata(p).num_rows for p in result.files}
    per_worker = {w: after[w][0] - before[w][0] for w in after}
    return {"n": n, "bytes": size, "workers": workers, "wall": t.wall, "client_cpu": t.cpu,
            "worker_cpu": sorted(per_worker.values()), "worker_peak_mb": sorted(v[1] for v in after.values()),
            "client_peak_mb": peak_mb(), "stories": result.stories, "articles": result.articles, "rows": out_rows,
            "embeddings": settings.embeddings}


def _time_model_calls(ctx) -> tuple[dict, list[str]]:
    """Wrap the model calls (NER recognisers, the embedding backend) to add up their time during the run."""
    acc: dict[str, list[float]] = {}
    embedded: list[str] = []

    def timed(fn, key: str, record: list | None = None):
        def wrapper(*args):
            with Clock() as t:
                result = fn(*args)
            slot = acc.setdefault(key, [0.0, 0.0])
            slot[0] += t.wall
            slot[1] += t.cpu
            if record is not None:
                record.extend(args[-1])
            return result
        return wrapper

    try:
        from storylens.adapters import natasha_ner, spacy_ner

        natasha_ner.NatashaNER.spans = timed(natasha_ner.NatashaNER.spans, "ner_ru")
        spacy_ner.SpacyNER.spans = timed(spacy_ner.SpacyNER.spans, "ner_en")
    except ImportError:
        pass
    backend = ctx.embedder.backend
    backend.encode = timed(backend.encode, "embeddings", embedded)
    if ctx.bulk_embedder is not ctx.embedder:
        bulk = ctx.bulk_embedder.backend
        bulk.encode = timed(bulk.encode, "bulk_embeddings")
    return acc, embedded


def bare_models(report, texts: list[str], ctx) -> dict:
    """The model calls alone on the same articles: NER on each article's text, embeddings of the texts the run embedded."""
    out: dict = {}
    by_lang: dict[str, list[str]] = {}
    for a in report.articles:
        by_lang.setdefault(a.language or "", []).append(a.text)
    try:
        from storylens.adapters.natasha_ner import NatashaNER
        from storylens.adapters.spacy_ner import SpacyNER

        ru, en = NatashaNER(), SpacyNER("en_core_web_sm")
        with Clock() as t_ru:
            ru.spans(by_lang.get("ru", []))
        with Clock() as t_en:
            en.spans(by_lang.get("en", []))
        out["ner_ru"], out["ner_en"] = [t_ru.wall, t_ru.cpu], [t_en.wall, t_en.cpu]
    except ImportError as exc:  # the recogniser adapters are not there yet
        out["ner_error"] = str(exc)
    if texts:
        from storylens.adapters.embeddings import make_backend

        backend = make_backend(ctx.settings.embeddings)
        with Clock() as t_emb:
            for i in range(0, len(texts), 64):
                backend.encode(texts[i:i + 64])
        out["embeddings"] = [t_emb.wall, t_emb.cpu]
        out["embedded_texts"] = len(texts)
    return out


def cold(n: int) -> dict:
    """From a fresh interpreter: import storylens, then analyse one article with every default stage."""
    t0 = time.perf_counter()
    import storylens

    t_import = time.perf_counter() - t0
    item = corpus.article(1)
    report = storylens.analyze(texts=[item.text])
    return {"import": t_import, "first_article": time.perf_counter() - t0, "articles": len(report.articles),
            "peak_mb": peak_mb()}


if __name__ == "__main__":
    job, n = sys.argv[1], int(sys.argv[2])
    if "--core" in sys.argv:
        os.sched_setaffinity(0, {int(sys.argv[sys.argv.index("--core") + 1])})
    if job == "batch":  # not pinned: its workers are processes of their own, one per core
        result = batch(n, int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv else 2)
    else:
        result = {"foundation": foundation, "pipeline": pipeline, "stories": stories, "cold": cold}[job](n)
    print(json.dumps(result))
