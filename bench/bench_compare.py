"""Comparison-stage benchmark: time to group the claims of one story of 3, 30 and 300 articles.

Usage: python bench/bench_compare.py [--sizes 3 30 300] [--fake-embeddings] [--blas-threads N] [--story-phase]
                                     [--story DIR]

Articles come from ``bench/corpus.py`` (one story, ⅓ English, ⅔ Russian, ~4 KB each), or with ``--story DIR`` from
the text files of one real story folder on this machine (a development story: ``../devdata/stories/<id>``), read
in name order and cycled to each size, each copy under its own id (``<file>-c2``...); the publication dates and
outlets of the story's gold (``eval/stories/<id>.json``) come with them when it is there. Nothing is fetched.
The stages before ``claims`` run first and are not timed. Then three numbers per size:
``embed`` (sentence embeddings of every claim, cold cache; shared with other stages in a
real run), ``compare`` (wall and CPU seconds of the comparison with sentence embeddings cached; it still embeds the
short "number + counted thing" phrases it compares, counted in ``phrases``) and the number of
similarity pairs scored, which must grow with the matches, not with the square of all
sentences. ``--fake-embeddings`` swaps the model for hashed random vectors to time the
comparison logic alone on a machine without time for the model.

``--blas-threads N`` (default 1) limits numpy's BLAS (OpenBLAS) to N threads while the comparison runs, through
threadpoolctl; 0 leaves the library's default (one thread per core). On a shared machine the default threads spin
while they wait and their CPU seconds count, so the default is 1; the line printed first says which setting ran.
``--story-phase`` also prints the CPU seconds of each story stage (entities, quote links, the comparison, framing)
on each size and their shares: where the per-story phase spends its time.
"""
from __future__ import annotations

import argparse
import sys
import time
import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402

from storylens import claims, compare, framing  # noqa: E402
from storylens.compare.align import StoryComparison  # noqa: E402
from storylens.api import load  # noqa: E402
from storylens.ingest import Document  # noqa: E402
from storylens.model import Report, Story  # noqa: E402
from storylens.pipeline import required, run  # noqa: E402
from storylens.resources import Context  # noqa: E402
from storylens.stages import default_stages  # noqa: E402


class HashEmbedder:
    """Deterministic random unit vectors per text: the model's shape without its cost."""

    def __init__(self, dim: int = 384):
        self.dim = dim
        self._cache: dict[str, np.ndarray] = {}

    def embed(self, texts):
        for t in texts:
            if t not in self._cache:
                v = np.random.default_rng(zlib.crc32(t.encode())).standard_normal(self.dim).astype(np.float32)
                self._cache[t] = v / np.linalg.norm(v)
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def story_documents(folder: Path, n: int) -> list[Document]:
    """n documents cycled from the text files of one story folder, each copy with its own id."""
    from storylens.evaluate import storygold

    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt files in {folder}")
    gold = next((g for g in storygold.load_gold() if g["id"] == folder.name), None)
    if gold is not None:
        base = storygold.documents(gold, [p for p in paths if storygold.stem(p.name) in
                                          {storygold.stem(a["file"]) for a in gold["articles"]}])
    else:
        base = [Document(id=p.stem, source=p.name, text=p.read_text(encoding="utf-8")) for p in paths]
    out = []
    for k in range(n):
        d = base[k % len(base)]
        copy = k // len(base)
        out.append(replace(d, id=d.id if copy == 0 else f"{d.id}-c{copy + 1}", meta=dict(d.meta)))
    return out


def prepared(n: int, ctx: Context, times: dict[str, float] | None = None, story: Path | None = None) -> Report:
    """One story of n articles, analysed up to and including claims; ``times`` gets each story stage's CPU seconds.
    ``story``: a real story folder to cycle the texts of (``story_documents``) instead of the synthetic corpus."""
    if story is not None:
        docs = story_documents(story, n)
    else:
        docs = [Document(id=it.name, source=f"{it.name}.txt", text=it.text) for it in articles(n, stories=1)]
    arts, _ = load(docs, ctx.settings)
    # every stage the comparison needs (stories, entities, claims...), in order, but not the comparison itself
    before = [st for st in required(default_stages(), "compare") if st.name != "compare"]
    if times is None:
        return run(before, Report(articles=tuple(arts)), ctx)
    report = Report(articles=tuple(arts))
    for st in before:
        c0 = time.process_time()
        report = run([st], report, ctx)
        if getattr(st, "kind", "") == "story":
            times[st.name] = time.process_time() - c0
    return report


def bench(n: int, fake: bool, threads: int, phase: dict[str, float] | None = None,
          story: Path | None = None) -> dict[str, float]:
    ctx = Context()
    if fake:
        ctx.__dict__["embedder"] = HashEmbedder()
    report = prepared(n, ctx, phase, story)
    texts = [c.text for c in report.claims]
    t0 = time.perf_counter()
    ctx.embedder.embed(texts)
    embed_s = time.perf_counter() - t0
    calls = getattr(ctx.embedder, "calls", 0)
    with threadpool_limits(limits=threads or None, user_api="blas"):
        t0, c0 = time.perf_counter(), time.process_time()
        out = compare.STAGE(report, ctx)
        compare_s, compare_cpu = time.perf_counter() - t0, time.process_time() - c0
    if phase is not None:
        phase["compare"] = compare_cpu
        c0 = time.process_time()
        run([framing.STAGE], out, ctx)
        phase["framing"] = time.process_time() - c0
    phrases = getattr(ctx.embedder, "calls", 0) - calls  # count phrases the comparison embedded itself
    story = report.stories[0] if report.stories else Story("s1", "story", tuple(a.id for a in report.articles))
    sc = StoryComparison(story, list(report.claims), ctx, {a.id: a.language for a in report.articles})
    k = len(report.claims)
    return {"articles": n, "claims": k, "distinct": len(set(texts)), "embed_s": embed_s, "compare_s": compare_s,
            "compare_cpu": compare_cpu, "phrases": phrases,
            "pairs": len(sc.pairs), "all_pairs": k * (k - 1) // 2, "groups": len(out.comparison),
            "conflicting": sum(g.status == "conflicting" for g in out.comparison)}


STORY_STAGES = ("entities", "quote_links", "compare", "framing")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[3, 30, 300])
    ap.add_argument("--fake-embeddings", action="store_true")
    ap.add_argument("--blas-threads", type=int, default=1, help="BLAS threads during the comparison; 0: the default")
    ap.add_argument("--story-phase", action="store_true", help="also CPU seconds of each story stage")
    ap.add_argument("--story", type=Path, help="a real story folder whose texts are cycled to each size")
    args = ap.parse_args()
    blas = [f"{i.get('internal_api')} {i.get('num_threads')} threads" for i in threadpool_info() if i.get("user_api") == "blas"]
    print(f"BLAS during the comparison: {args.blas_threads or 'default'} thread(s) (library: {', '.join(blas) or 'none'});"
          f" load {open('/proc/loadavg').read().split()[0]}"
          f"{f'; story {args.story.name} (texts cycled)' if args.story else ''}")
    phases: dict[int, dict[str, float]] = {}
    print("articles claims distinct  embed_s  compare_s compare_cpu phrases      pairs  all_pairs  groups conflicting")
    for n in args.sizes:
        phases[n] = {} if args.story_phase else None
        r = bench(n, args.fake_embeddings, args.blas_threads, phases[n], args.story)
        print(f"{r['articles']:8d} {r['claims']:6d} {r['distinct']:8d} {r['embed_s']:8.2f} {r['compare_s']:10.2f} "
              f"{r['compare_cpu']:11.2f} "
              f"{r['phrases']:7d} "
              f"{r['pairs']:10d} {r['all_pairs']:10d} {r['groups']:7d} {r['conflicting']:11d}")
    if args.story_phase:
        print("\nstory phase, CPU s (share of the four story stages)")
        print("articles " + " ".join(f"{name:>18s}" for name in STORY_STAGES))
        for n, t in phases.items():
            total = sum(t.values()) or 1.0
            print(f"{n:8d} " + " ".join(f"{t.get(name, 0.0):9.2f} ({t.get(name, 0.0) / total:5.1%})"
                                          for name in STORY_STAGES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
