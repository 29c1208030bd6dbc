"""CPU time per KB over a corpus of odd texts (bench/odd_corpus.py): the worst against the median.

Each text is analysed alone, as one article, through the whole guarded pipeline (``api.analyze``) in this
process after a warm-up that loads the models; CPU seconds are process time. A cost that grows faster than the
length shows up as a text far above the median. Goal: worst ≤ 5× median. Prints a table; asserts nothing.

    python bench/odd_texts.py [--scale 0.5] [--stand-in] [--only KIND,KIND]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import odd_corpus  # noqa: E402

GOAL = 5.0


def measure(scale: float, stand_in: bool, only: list[str] | None) -> list[dict]:
    from storylens import api
    from storylens.resources import Context

    ctx = Context()
    if stand_in:  # no embedding model: the cost of storylens's own code alone
        from compare_memory import HashBackend
        from storylens.adapters.embeddings import Embedder

        ctx.__dict__["embedder"] = Embedder(HashBackend())
    api.analyze(texts=[t for _, t in odd_corpus.corpus(0.02, seed=99)], ctx=ctx)  # warm-up: models load here
    rows = []
    for name, text in odd_corpus.corpus(scale, only=only):
        kb = len(text.encode("utf-8")) / 1024
        c, w = time.process_time(), time.perf_counter()
        report = api.analyze(texts=[text], ctx=ctx)
        cpu, wall = time.process_time() - c, time.perf_counter() - w
        rows.append({"text": name, "kb": kb, "cpu": cpu, "wall": wall, "cpu_per_kb": cpu / kb,
                     "analysed": len(report.articles), "errors": [e.error for e in report.errors],
                     "sentences": sum(len(a.sentences) for a in report.articles)})
        print(f"[odd] {name}: {kb:.0f} KB, {cpu:.1f} s CPU", file=sys.stderr, flush=True)
    return rows


def summary(rows: list[dict]) -> dict:
    rates = [r["cpu_per_kb"] for r in rows if r["analysed"]]
    median = statistics.median(rates)
    worst = max(rows, key=lambda r: r["cpu_per_kb"] if r["analysed"] else 0)
    return {"median": median, "worst": worst["cpu_per_kb"], "worst_text": worst["text"],
            "ratio": worst["cpu_per_kb"] / median, "goal": GOAL}


def render(rows: list[dict], s: dict, title: str) -> str:
    head = f"{'text':<20} {'KB':>8} {'CPU s':>8} {'wall s':>8} {'CPU s/KB':>9} {'× median':>9} {'sentences':>9}  outcome"
    lines = [title, head, "-" * len(head)]
    for r in rows:
        outcome = "analysed" if r["analysed"] else "named: " + "; ".join(r["errors"])[:60]
        lines.append(f"{r['text']:<20} {r['kb']:>8.1f} {r['cpu']:>8.2f} {r['wall']:>8.2f} {r['cpu_per_kb']:>9.4f} "
                     f"{r['cpu_per_kb'] / s['median']:>9.2f} {r['sentences']:>9}  {outcome}")
    met = "met" if s["ratio"] <= GOAL else "NOT MET"
    lines.append(f"median {s['median']:.4f} CPU s/KB, worst {s['worst']:.4f} ({s['worst_text']}): "
                 f"{s['ratio']:.2f}× the median; goal ≤ {GOAL:g}×: {met}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scale", type=float, default=0.5, help="multiply every text's size (default 0.5: about 0.7 MB)")
    p.add_argument("--stand-in", action="store_true", help="a hashing stand-in for the embedding model")
    p.add_argument("--only", help="comma-separated kinds of text (see bench/odd_corpus.py)")
    p.add_argument("--json", metavar="FILE", help="also write the raw rows here")
    p.add_argument("--core", type=int, help="pin this process to one CPU core (default: not pinned)")
    args = p.parse_args(argv)
    if args.core is not None:
        import os

        os.sched_setaffinity(0, {args.core})
    rows = measure(args.scale, args.stand_in, args.only.split(",") if args.only else None)
    s = summary(rows)
    what = "stand-in embedder" if args.stand_in else "every model"
    print(render(rows, s, f"Odd texts, each analysed alone ({what}, scale {args.scale:g})"))
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "summary": s}, indent=2), encoding="utf-8")
    print(json.dumps(s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
