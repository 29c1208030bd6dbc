"""List every PolNeAR gold quotation (direct) that is missed or given the wrong speaker, with its context.

Runs the stages before ``quotes`` once per document and keeps that report in a cache folder, so a change to
``storylens/quotes`` is measured quickly (only the quote stage runs again). The counts are those of
``storylens eval --sets polnear``: direct found, attributed and precision.

    PYTHONPATH=. python tools/polnear_misses.py [--polnear DIR] [--cache /tmp/pm] [--fresh] [--quiet] [--all]

``--all`` also lists indirect gold attributions that are found with the wrong speaker (not the missed ones:
PolNeAR annotates beliefs and stances that no quote extractor should take).
"""
from __future__ import annotations

import argparse
import pickle
from pathlib import Path

from storylens import quotes
from storylens.evaluate import polnear
from storylens.evaluate.runner import find_devdata, stages_up_to
from storylens.ingest import Document
from storylens.model import Report
from storylens.pipeline import run
from storylens.resources import Context
from storylens.settings import Settings


def prepared(doc: polnear.PolnearDoc, ctx: Context, cache: Path, fresh: bool) -> Report:
    """The document's report up to the stage before quotes, from the cache when it is there."""
    f = cache / f"{doc.name}.pkl"
    if f.exists() and not fresh:
        return pickle.loads(f.read_bytes())
    from storylens.api import load

    articles, _ = load([Document(id=doc.name, source=doc.name, text=doc.text)], ctx.settings)
    before = [s for s in stages_up_to("quotes") if s.name != "quotes"]
    report = run(before, Report(articles=tuple(articles)), ctx)
    f.write_bytes(pickle.dumps(report))
    return report


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--polnear", default=None)
    ap.add_argument("--cache", default="/tmp/polnear_misses")
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="counts only")
    args = ap.parse_args()
    root = Path(args.polnear) if args.polnear else (find_devdata() or Path("devdata")) / "polnear-dev"
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    docs = polnear.read_set(root)
    ctx = Context.shared(Settings.load())
    tallies = {name: polnear.Tally() for name in ("direct", "indirect", "all")}
    with ctx.activated():
        for doc in docs:
            report = run([quotes.STAGE], prepared(doc, ctx, cache, args.fresh), ctx)
            misses: list[str] = []
            preds = polnear.predicted(doc, report)
            polnear.score_doc(doc, preds, tallies, misses)
            if not args.quiet:
                for m in misses:
                    print(m)
                for p in preds:  # predicted direct quotes outside every gold content: precision losses
                    if p.kind == "direct" and not any(len(p.words & polnear.words_in(doc.text, a.content)) * 2
                                                      > len(p.words) for a in doc.attributions):
                        first = min(p.words) if p.words else 0
                        print(f"{doc.name}: extra [{p.speaker}] {doc.text[first:first + 90]!r}")
    d = tallies["direct"]
    print(f"direct: found {d.found}/{d.gold} ({d.found / max(d.gold, 1):.3f}) attributed {d.attributed} "
          f"({d.attributed / max(d.gold, 1):.3f}) P {d.belonging}/{d.predicted} ({d.belonging / max(d.predicted, 1):.3f})"
          f" P-attributed {d.right_speaker}/{d.predicted}")


if __name__ == "__main__":
    main()
