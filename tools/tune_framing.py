"""Re-run only the framing stage over the labelled development articles, with everything before it cached.

Usage: python tools/tune_framing.py [--framing ../devdata/framing] [--cache /tmp/storylens-framing-cache.pkl]
The first run analyses every article up to the stage before framing and caches the reports and the sentence
embeddings; later runs re-run framing alone and print the measures of ``storylens eval --sets framing``.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from storylens import framing
from storylens.api import analyze
from storylens.evaluate import framing as measure
from storylens.evaluate.measures import render
from storylens.evaluate.runner import find_framing, stages_up_to
from storylens.ingest import Document
from storylens.resources import Context


def cached_reports(items, ctx: Context, cache_path: Path) -> dict:
    """Reports of every item analysed alone up to the framing stage, cached with the sentence embeddings."""
    cache = pickle.loads(cache_path.read_bytes()) if cache_path.exists() else {"reports": {}, "vectors": {}}
    ctx.embedder._cache.update(cache["vectors"])
    before = [s for s in stages_up_to(None) if s.name != "framing"]
    for n, it in enumerate(items):
        if it.id not in cache["reports"]:
            cache["reports"][it.id] = analyze([Document(id=it.id, source=f"framing/{it.id}", text=it.text)],
                                              ctx=ctx, stages=before)
            if n % 20 == 19:
                cache_path.write_bytes(pickle.dumps(cache))
    return cache


def predict(it, report, ctx: Context) -> measure.Predicted:
    """What the framing stage says of one cached article (genre reads the document vector, so every article is embedded)."""
    f = framing.STAGE(report, ctx).framing[0]
    return measure.Predicted(f.genre, tuple(x.frame for x in f.frames), tuple((t.technique, t.text) for t in f.techniques))


def save(cache: dict, ctx: Context, cache_path: Path) -> None:
    cache["vectors"] = dict(ctx.embedder._cache)
    cache_path.write_bytes(pickle.dumps(cache))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--framing", default=None)
    ap.add_argument("--cache", default="/tmp/storylens-framing-cache.pkl")
    args = ap.parse_args()
    items = measure.load_items(find_framing(Path(args.framing) if args.framing else None))
    ctx = Context()
    cache_path = Path(args.cache)
    t0 = time.perf_counter()
    cache = cached_reports(items, ctx, cache_path)
    t1 = time.perf_counter()
    preds = [predict(it, cache["reports"][it.id], ctx) for it in items]
    t2 = time.perf_counter()
    save(cache, ctx, cache_path)
    print(render(measure.measure(items, preds)))
    print(f"(analysis before framing {t1 - t0:.1f} s, framing {t2 - t1:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
