"""Digest of the comparison's rows per story, to prove that a change to the comparison's speed changed no row.

Usage:
  python tools/compare_digest.py prepare CACHE [--stories DIR] [--bench 30,300]
  python tools/compare_digest.py digest CACHE [--time]

``prepare`` analyses each development story folder (``--stories``, default ../devdata/stories) and synthetic
stories of the bench corpus (``--bench``: one story of that many articles, hashed stand-in embeddings, as
``bench/bench_compare.py --fake-embeddings``) with every stage the comparison needs except the comparison, runs the
comparison once to learn every vector it embeds, and pickles the report with those vectors. ``digest`` runs only
the comparison on each pickled report (the vectors restored, so no model is called) and prints one SHA-256 per
story over every row (kind, status, members, articles, values, note), then one over all stories. Run ``digest``
before and after a change: equal lines mean no row changed. Both run with ``PYTHONHASHSEED=0`` (the script starts
itself again with it): some rows of real stories depend on the order Python iterates sets of strings, which
otherwise changes from one process to the next (2026-11-30: Örebro and Novi Sad digests differed between two runs
of one revision).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def _before_compare():
    from storylens.pipeline import required
    from storylens.stages import default_stages

    return [st for st in required(default_stages(), "compare") if st.name != "compare"]


def _save(path: Path, report, vectors: dict) -> None:
    path.write_bytes(pickle.dumps({"report": report, "vectors": vectors}))


def prepare(cache: Path, stories: Path | None, sizes: list[int]) -> None:
    from storylens import compare
    from storylens.api import load
    from storylens.evaluate import storygold
    from storylens.model import Report
    from storylens.pipeline import run
    from storylens.resources import Context

    cache.mkdir(parents=True, exist_ok=True)
    before = _before_compare()
    if stories is not None:
        ctx = Context()
        for gold in storygold.load_gold():
            found = storygold.locate(gold, stories)
            if not found.present:
                continue
            arts, _ = load(storygold.documents(gold, found.present), ctx.settings)
            report = run(before, Report(articles=tuple(arts)), ctx)
            compare.STAGE(report, ctx)  # fills the embedder with every vector the comparison asks for
            _save(cache / f"{gold['id']}.pickle", report, dict(ctx.embedder._cache))
            print(f"prepared {gold['id']}: {len(arts)} articles, {len(report.claims)} claims", flush=True)
    for n in sizes:
        from bench_compare import HashEmbedder, prepared

        ctx = Context()
        ctx.__dict__["embedder"] = HashEmbedder()
        report = prepared(n, ctx)
        _save(cache / f"bench-{n:04d}.pickle", report, {"hash": True})
        print(f"prepared bench-{n}: {len(report.claims)} claims", flush=True)


def digest_rows(groups) -> str:
    """One hash over a story's rows, in their order."""
    h = hashlib.sha256()
    for g in groups:
        h.update(repr((g.id, g.topic, g.status, g.claims, g.articles, g.value, g.note, g.story, g.rank)).encode())
    return h.hexdigest()[:16]


def digest(cache: Path, timed: bool) -> None:
    from storylens import compare
    from storylens.resources import Context

    total = hashlib.sha256()
    for path in sorted(cache.glob("*.pickle")):
        saved = pickle.loads(path.read_bytes())
        ctx = Context()
        if "hash" in saved["vectors"]:
            from bench_compare import HashEmbedder

            ctx.__dict__["embedder"] = HashEmbedder()
        else:
            ctx.embedder._cache.update(saved["vectors"])
        c0 = time.process_time()
        out = compare.STAGE(saved["report"], ctx)
        cpu = time.process_time() - c0
        d = digest_rows(out.comparison)
        total.update(d.encode())
        print(f"{path.stem:40s} {len(out.comparison):5d} rows  {d}" + (f"  {cpu:7.2f} CPU s" if timed else ""),
              flush=True)
    print(f"{'all':40s}             {total.hexdigest()[:16]}")


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # one order of sets of strings in every run (see the docstring)
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("prepare", "digest"))
    ap.add_argument("cache", type=Path)
    ap.add_argument("--stories", type=Path, default=Path(__file__).resolve().parents[2] / "devdata" / "stories")
    ap.add_argument("--no-stories", action="store_true")
    ap.add_argument("--bench", default="30,300")
    ap.add_argument("--time", action="store_true", help="print the comparison's CPU seconds per story")
    args = ap.parse_args()
    if args.mode == "prepare":
        prepare(args.cache, None if args.no_stories else args.stories,
                [int(n) for n in args.bench.split(",") if n])
    else:
        digest(args.cache, args.time)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
