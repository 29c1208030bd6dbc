"""Framing-stage benchmark: time per article (embedding vs. the rest) and consistency across languages.

Usage: python bench/bench_framing.py [--docs N]
Reads ../shared/data/wmt21-ru-en-dev: each Russian article and its English translation (en-a) should get
the same frames and genre, so agreement between the two measures how language-independent framing is.
Run it pinned to one core for per-core numbers: ``taskset -c 0 python bench/bench_framing.py``.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from storylens import framing, language, segment, stories
from storylens.api import load
from storylens.pipeline import Report, run
from storylens.resources import Context

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wmt21-ru-en-dev"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=46, help="how many document pairs to use")
    args = ap.parse_args()
    docs = sorted(p for p in DATA.iterdir() if p.is_dir())[: args.docs]
    arts, _ = load([str(d / "ru.txt") for d in docs] + [str(d / "en-a.txt") for d in docs])
    ctx = Context()
    report = run([language.STAGE, segment.STAGE, stories.STAGE], Report(articles=tuple(arts)), ctx)
    n_sent = sum(len(a.body) for a in report.articles)

    t0 = time.perf_counter()
    texts = [s.text for a in report.articles for s in a.body] + framing.frames.prototypes()[0]
    ctx.embedder.embed(texts)
    t_embed = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = framing.STAGE(report, ctx)
    t_rest = time.perf_counter() - t0
    n = len(report.articles)
    print(f"{n} articles, {n_sent} body sentences")
    print(f"embedding (cold, shared with other stages): {t_embed:.1f} s = {n_sent / t_embed:.1f} sentences/s")
    print(f"framing with embeddings cached: {t_rest:.2f} s = {1000 * t_rest / n:.1f} ms/article")

    by_source = {a.source: (a, f) for a, f in zip(out.articles, out.framing)}
    top1 = top3 = genre = 0
    for d in docs:
        (ra, rf), (ea, ef) = by_source[str(d / "ru.txt")], by_source[str(d / "en-a.txt")]
        r3, e3 = [x.frame for x in rf.frames[:3]], [x.frame for x in ef.frames[:3]]
        top1 += bool(r3 and e3 and r3[0] == e3[0])
        top3 += len(set(r3) & set(e3)) / 3
        genre += ra.genre == ea.genre
    k = len(docs)
    print(f"ru vs en-a: same top frame {top1}/{k}, top-3 overlap {top3 / k:.2f}, same genre {genre}/{k}")
    genres = [a.genre for a in out.articles]
    print("genres: " + ", ".join(f"{g}: {genres.count(g)}" for g in sorted(set(genres), key=str)))
    techs = [t.technique for f in out.framing for t in f.techniques]
    print("techniques: " + ", ".join(f"{t}: {techs.count(t)}" for t in sorted(set(techs))))


if __name__ == "__main__":
    main()
