"""Quotes across translations: how many ru.txt quotes are linked to a quote in both English translations.

Each document of wmt21-ru-en-dev (ru.txt, en-a.txt, en-b.txt) is analysed on
its own, as one story in three articles. A link counts as "aligned" when the
two quotes sit at about the same place in their articles (relative offset
within 0.15), a rough check that it joins the corresponding quote rather than
just any quote. Also prints the quote stage's throughput.

Only the stages up to quotes run. Linking embeds the sentences that hold
quotes (with a counterpart by the same speaker); in a full run later stages
reuse those vectors from the embedder's cache.

Usage: .venv/bin/python bench/measure_quotes.py [DATA_DIR] [--limit N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from dataclasses import replace

from storylens.api import analyze
from storylens.quotes import extract_quotes
from storylens.quotes.link import link_quotes
from storylens.resources import Context
from storylens.stages import default_stages

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "wmt21-ru-en-dev"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    docs = sorted(p for p in Path(args.data).iterdir() if (p / "ru.txt").is_file())
    if args.limit:
        docs = docs[: args.limit]
    ctx = Context()
    # the stages before quotes run untimed; the quote stage is timed in its two parts
    names = [st.name for st in default_stages()]
    before = default_stages()[: names.index("quotes")]
    totals = dict(ru=0, en=0, both=0, one=0, aligned=0, links=0)
    extract_s, link_s, articles, calls = 0.0, 0.0, 0, 0
    for d in docs:
        report = analyze([d / "ru.txt", d / "en-a.txt", d / "en-b.txt"], ctx=ctx, stages=before)
        t0 = time.perf_counter()
        found = extract_quotes(report)
        t1 = time.perf_counter()
        calls0 = ctx.embedder.calls
        report = replace(report, quotes=tuple(link_quotes(found, report, ctx)))
        link_s += time.perf_counter() - t1
        extract_s += t1 - t0
        calls += ctx.embedder.calls - calls0
        articles += len(report.articles)
        length = {a.id: max(1, len(a.text)) for a in report.articles}
        by_id = {q.id: q for q in report.quotes}
        ru_quotes = [q for q in report.quotes if q.article == "ru"]
        totals["ru"] += len(ru_quotes)
        totals["en"] += sum(1 for q in report.quotes if q.article != "ru")
        for q in ru_quotes:
            linked = {by_id[o].article for o in q.same_as}
            totals["both"] += {"en-a", "en-b"} <= linked
            totals["one"] += bool(linked & {"en-a", "en-b"})
            for o in q.same_as:
                other = by_id[o]
                totals["links"] += 1
                totals["aligned"] += abs(q.start / length[q.article] - other.start / length[other.article]) <= 0.15
    ru = max(1, totals["ru"])
    print(f"documents {len(docs)}, ru quotes {totals['ru']}, en quotes {totals['en']}")
    print(f"ru quotes linked to both translations: {totals['both']}/{totals['ru']} = {totals['both'] / ru:.2f}; "
          f"to at least one: {totals['one'] / ru:.2f}")
    print(f"links from ru quotes at the same place (relative offset within 0.15): "
          f"{totals['aligned']}/{totals['links']} = {totals['aligned'] / max(1, totals['links']):.2f}")
    print(f"quote extraction: {extract_s:.2f} s for {articles} articles = {articles / max(extract_s, 1e-9):.0f} articles/s")
    print(f"cross-article linking: {link_s:.2f} s, {calls} texts embedded (cache misses) = "
          f"{articles / max(link_s, 1e-9):.2f} articles/s; whole stage {articles / max(extract_s + link_s, 1e-9):.2f} articles/s")


if __name__ == "__main__":
    main()
