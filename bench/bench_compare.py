"""Comparison-stage benchmark: time to group the claims of one story of 3, 30 and 300 articles.

Usage: python bench/bench_compare.py [--sizes 3 30 300] [--fake-embeddings]

Articles come from ``bench/corpus.py`` (one story, ⅓ English, ⅔ Russian, ~4 KB each).
The stages before ``claims`` run first and are not timed. Then three numbers per size:
``embed`` (sentence embeddings of every claim, cold cache; shared with other stages in a
real run), ``compare`` (wall and CPU seconds of the comparison with sentence embeddings cached; it still embeds the
short "number + counted thing" phrases it compares, counted in ``phrases``) and the number of
similarity pairs scored, which must grow with the matches, not with the square of all
sentences. ``--fake-embeddings`` swaps the model for hashed random vectors to time the
comparison logic alone on a machine without time for the model.
"""
from __future__ import annotations

import argparse
import sys
import time
import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402

from storylens import claims, compare  # noqa: E402
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


def prepared(n: int, ctx: Context) -> Report:
    """One story of n articles, analysed up to and including claims."""
    docs = [Document(id=it.name, source=f"{it.name}.txt", text=it.text) for it in articles(n, stories=1)]
    arts, _ = load(docs, ctx.settings)
    # every stage the comparison needs (stories, entities, claims...), in order, but not the comparison itself
    before = [st for st in required(default_stages(), "compare") if st.name != "compare"]
    return run(before, Report(articles=tuple(arts)), ctx)


def bench(n: int, fake: bool) -> dict[str, float]:
    ctx = Context()
    if fake:
        ctx.__dict__["embedder"] = HashEmbedder()
    report = prepared(n, ctx)
    texts = [c.text for c in report.claims]
    t0 = time.perf_counter()
    ctx.embedder.embed(texts)
    embed_s = time.perf_counter() - t0
    calls = getattr(ctx.embedder, "calls", 0)
    t0, c0 = time.perf_counter(), time.process_time()
    out = compare.STAGE(report, ctx)
    compare_s, compare_cpu = time.perf_counter() - t0, time.process_time() - c0
    phrases = getattr(ctx.embedder, "calls", 0) - calls  # count phrases the comparison embedded itself
    story = report.stories[0] if report.stories else Story("s1", "story", tuple(a.id for a in report.articles))
    sc = StoryComparison(story, list(report.claims), ctx, {a.id: a.language for a in report.articles})
    k = len(report.claims)
    return {"articles": n, "claims": k, "distinct": len(set(texts)), "embed_s": embed_s, "compare_s": compare_s,
            "compare_cpu": compare_cpu, "phrases": phrases,
            "pairs": len(sc.pairs), "all_pairs": k * (k - 1) // 2, "groups": len(out.comparison),
            "conflicting": sum(g.status == "conflicting" for g in out.comparison)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[3, 30, 300])
    ap.add_argument("--fake-embeddings", action="store_true")
    args = ap.parse_args()
    print("articles claims distinct  embed_s  compare_s compare_cpu phrases      pairs  all_pairs  groups conflicting")
    for n in args.sizes:
        r = bench(n, args.fake_embeddings)
        print(f"{r['articles']:8d} {r['claims']:6d} {r['distinct']:8d} {r['embed_s']:8.2f} {r['compare_s']:10.2f} "
              f"{r['compare_cpu']:11.2f} "
              f"{r['phrases']:7d} "
              f"{r['pairs']:10d} {r['all_pairs']:10d} {r['groups']:7d} {r['conflicting']:11d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
