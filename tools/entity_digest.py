"""Digest of the entities found per story, to prove that a change to entity linking's speed changed no entity.

Usage: python tools/entity_digest.py [--stories DIR] [--wmt DIR] [--time]

Analyses each development story folder (default ../devdata/stories) as one run, and the wmt21 ru-en dev documents
(default ../shared/data/wmt21-ru-en-dev, each document's three versions as one run) up to the entities stage,
and prints one SHA-256 per story over every entity (id, type, name, names, articles, story, mentions) and one over
all. Run it before and after a change: equal lines mean no entity changed.
"""
from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def digest_entities(entities) -> str:
    h = hashlib.sha256()
    for e in entities:
        h.update(repr((e.id, e.type, e.name, e.names, e.articles, e.story,
                       tuple((m.article, m.start, m.end, m.text, m.type, m.normal, m.entity) for m in e.mentions))
                      ).encode())
    return h.hexdigest()[:16]


def main() -> int:
    from storylens.api import analyze
    from storylens.evaluate import storygold, wmt
    from storylens.evaluate.runner import stages_up_to
    from storylens.resources import Context

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=Path, default=ROOT / "devdata" / "stories")
    ap.add_argument("--wmt", type=Path, default=ROOT / "shared" / "data" / "wmt21-ru-en-dev")
    ap.add_argument("--time", action="store_true", help="print CPU seconds per run")
    args = ap.parse_args()
    ctx, stages = Context(), stages_up_to("entities")
    runs = []
    for gold in storygold.load_gold():
        found = storygold.locate(gold, args.stories)
        if found.present:
            runs.append((gold["id"], storygold.documents(gold, found.present)))
    if args.wmt.is_dir():
        runs.extend((f"wmt/{d.name}", d.documents()) for d in wmt.load_docs(args.wmt))
    total = hashlib.sha256()
    for name, docs in runs:
        c0 = time.process_time()
        report = analyze(docs, ctx=ctx, stages=stages)
        d = digest_entities(report.entities)
        total.update(d.encode())
        print(f"{name:40s} {len(report.entities):5d} entities  {d}"
              + (f"  {time.process_time() - c0:7.2f} CPU s" if args.time else ""), flush=True)
    print(f"{'all':40s}                 {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
