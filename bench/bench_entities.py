"""Entity-stage benchmark: throughput per language, linking time at scale, and the cross-language person link rate.

Usage: python bench/bench_entities.py [--docs N] [--link 2000] [--no-people]
Reads ../shared/data/wmt21-ru-en-dev (Russian originals, English translations).
Run it pinned to one core for per-core numbers: ``taskset -c 0 python bench/bench_entities.py``.
"""
from __future__ import annotations

import argparse
import resource
import time
from dataclasses import replace
from pathlib import Path

from storylens.api import load
from storylens.entities import find_entities, link_mentions
from storylens.entities.gazetteer import gazetteer
from storylens.evaluate import wmt
from storylens.evaluate.runner import analyser
from storylens.ingest import Document
from storylens.model import Story
from storylens.pipeline import Report, run
from storylens.resources import Context

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wmt21-ru-en-dev"


def prepared(version: str, ctx: Context, n: int) -> Report:
    """Articles of one version, cleaned, language-tagged and segmented (the entity stage's input)."""
    from storylens import language, segment

    files = sorted(DATA.glob(f"*/{version}.txt"))
    docs = [Document(id=f"{p.parent.name}.{version}.{i}", source=str(p), text=p.read_text(encoding="utf-8"))
            for i in range((n + len(files) - 1) // len(files)) for p in files][:n]
    articles, _ = load(docs, ctx.settings)
    report = run([language.STAGE, segment.STAGE], Report(articles=tuple(articles)), ctx)
    return replace(report, stories=tuple(Story(f"s{i}", a.id, (a.id,)) for i, a in enumerate(report.articles)))


def throughput(version: str, ctx: Context, n: int) -> float:
    warm = prepared(version, ctx, 3)
    find_entities(warm, ctx)  # load models outside the timing
    report = prepared(version, ctx, n)
    t0, c0 = time.perf_counter(), time.process_time()
    find_entities(report, ctx)
    return n / (time.perf_counter() - t0), n / (time.process_time() - c0)


def linking_time(ctx: Context, n: int) -> tuple[float, float, float, int, int, int]:
    """Seconds to link the mentions of n articles: n/2 stories of a Russian original and its English translation.

    Files repeat when n exceeds the data; repeated copies are distinct articles in distinct stories, so keys
    link them across stories as they would link one person named in many stories of a feed.
    """
    from storylens.entities import _works
    from storylens.entities.aliases import Aliases
    from storylens.entities.recognise import recognise

    ru, en = prepared("ru", ctx, n // 2), prepared("en-a", ctx, n - n // 2)
    articles = ru.articles + en.articles
    # ids are folder.version.copy: one story per folder and copy
    story = {a.id: f"{a.id.rsplit('.', 2)[0]}#{a.id.rsplit('.', 1)[1]}" for a in articles}
    gaz = gazetteer(("en", "ru"))
    found = recognise(articles, ctx, gaz, Aliases())
    # linked inside the context as the stage runs (ctx.activated()): outside it every language-kit lookup builds
    # default settings to find the process's shared context, which cost about 0.7 CPU s here and no real run pays
    with ctx.activated():
        # linking changes its works: each run gets its own, built afresh (before 2026-12-01 a deep copy kept a
        # second set of every mention alive beside the first, about 50 MB of the peak that no real run holds)
        works = _works(articles, found, story)
        t0, c0 = time.perf_counter(), time.process_time()
        link_mentions(works, gaz, Aliases(), None)
        keys_only = time.process_time() - c0
        del works
        works = _works(articles, found, story)
        t0, c0 = time.perf_counter(), time.process_time()
        entities = link_mentions(works, gaz, Aliases(), ctx)
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return wall, cpu, keys_only, len(works), len(entities), peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=46)
    ap.add_argument("--link", type=int, default=2000)
    ap.add_argument("--no-people", action="store_true")
    args = ap.parse_args()
    ctx = Context()
    for version, label in (("en-a", "English"), ("ru", "Russian")):
        wall, cpu = throughput(version, ctx, args.docs)
        print(f"entities throughput, {label}: {wall:.1f} docs/s wall, {cpu:.1f} docs/s per CPU-second ({args.docs} docs)")
    secs, cpu, keys_only, mentions, entities, peak = linking_time(ctx, args.link)
    print(f"linking {args.link} articles ({args.link // 2} two-language stories): {secs:.2f} s wall, {cpu:.2f} s CPU "
          f"for {mentions} mentions -> {entities} entities; without the organisation embedding step "
          f"{keys_only:.2f} s CPU (repeated files: organisation names are embedded once and then cached); "
          f"peak {peak} MB")
    if not args.no_people:
        analyse, totals, docs = analyser(ctx, "entities"), {}, wmt.load_docs(DATA)
        for doc in docs:
            for k, v in wmt.people_counts(analyse(doc.documents())).items():
                totals[k] = totals.get(k, 0) + v
        print(f"wmt21 persons in all three versions linked as one entity: {totals['all_linked']}/{totals['in_all']} "
              f"({len(docs)} documents; the people measures of storylens eval --sets wmt)")


if __name__ == "__main__":
    main()
