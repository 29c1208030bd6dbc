"""Cost of linking quotes across articles (``quotes.link``): CPU seconds and texts embedded, by story size.

The benchmark corpus (``bench/corpus.py``) is analysed up to the entities stage
(untimed); then linking alone runs on one story of each size (every article in
one group: the quadratic part is the pairs of articles) with the embedding cache
emptied first, so its own embeddings are counted; and on the whole corpus as the
story stage sees it (about ten articles a story). Linking embeds each quote and,
for a quotation of several sentences, each sentence too.

Usage: .venv/bin/python bench/quote_linking.py [--sizes 10,30,100] [--corpus 100] [--module storylens.quotes.link,...]
(``--module``: implementations with the same ``link_quotes``, timed on the same reports, to compare with an older one.)
"""
from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpus  # noqa: E402
from storylens.api import analyze  # noqa: E402
from storylens.resources import Context  # noqa: E402
from storylens.stages import default_stages  # noqa: E402


def timed(link_quotes, report, ctx: Context) -> tuple[float, int, int]:
    """CPU seconds of one linking run with an empty embedding cache, texts embedded, links made."""
    ctx.embedder._cache.clear()  # noqa: SLF001  (a benchmark measures the embeddings linking itself asks for)
    calls = ctx.embedder.calls
    t = time.process_time()
    out = link_quotes([replace(q, same_as=()) for q in report.quotes], report, ctx)
    return time.process_time() - t, ctx.embedder.calls - calls, sum(len(q.same_as) for q in out) // 2


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,30,100", help="articles of one story")
    ap.add_argument("--corpus", type=int, default=100, help="articles of the corpus linked story by story")
    ap.add_argument("--module", default="storylens.quotes.link", help="comma-separated modules")
    args = ap.parse_args()
    modules = {m: importlib.import_module(m).link_quotes for m in args.module.split(",")}
    ctx = Context()
    names = [s.name for s in default_stages()]
    before = default_stages()[: names.index("quote_links")]
    sizes = [int(x) for x in args.sizes.split(",") if x]
    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus.write(max(sizes + [args.corpus]), Path(tmp), stories=max(1, args.corpus // 10))
        whole = analyze(paths[: args.corpus], ctx=ctx, stages=before)
        reports = [replace(analyze(paths[:n], ctx=ctx, stages=before), stories=()) for n in sizes]  # one story each
        print(f"{'module':<28} {'articles':>8} {'stories':>7} {'quotes':>6} {'CPU s':>7} {'embedded':>8} {'links':>6}")
        for name, link_quotes in modules.items():
            for rep in reports + [whole]:
                cpu, calls, links = timed(link_quotes, rep, ctx)
                print(f"{name:<28} {len(rep.articles):>8} {max(1, len(rep.stories)):>7} {len(rep.quotes):>6} "
                      f"{cpu:>7.2f} {calls:>8} {links:>6}")


if __name__ == "__main__":
    main()
