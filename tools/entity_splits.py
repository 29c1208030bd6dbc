"""Which gold entities of the development stories end split over several entities, and under which surface forms.

Usage: python tools/entity_splits.py [--stories DIR] [--only STORY,...] [--over] [--cache DIR]

Analyses each story up to the entities stage and, for every gold entity named in 2+ articles that no single entity
holds whole, prints per predicted entity holding part of it: its name, its articles and the forms it holds there.
With --over it also prints entities holding two gold entities (over-merges). Use it to find why forms did not link.
With --cache, each story's report before the entities stage is kept there (pickled) and reused, so a change to
linking is measured in seconds; delete the folder after a change to recognition. Ends with the story set's
entities lines (found, in_one, linked, not_over_merged).
"""
from __future__ import annotations

import argparse
import pickle
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    from storylens.api import analyze
    from storylens.evaluate import storygold
    from storylens.evaluate.runner import stages_up_to
    from storylens.evaluate.storymatch import View, same_name
    from storylens.evaluate.measures import Section
    from storylens.evaluate.stories import merge
    from storylens.evaluate.storypeople import score_entities
    from storylens.pipeline import run
    from storylens.resources import Context

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=Path, default=ROOT / "devdata" / "stories")
    ap.add_argument("--only", default="", help="comma-separated story ids")
    ap.add_argument("--over", action="store_true", help="also list entities holding two gold entities")
    ap.add_argument("--cache", type=Path, help="folder keeping each story's report before the entities stage")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    ctx, stages = Context(), stages_up_to("entities")
    before, last = stages[:-1], stages[-1:]
    sections = []

    def report_of(gold: dict, paths: list) -> dict:
        cached = args.cache / f"{gold['id']}.pickle" if args.cache else None
        if cached and cached.is_file():
            part = pickle.loads(cached.read_bytes())
        else:
            part = analyze(storygold.documents(gold, paths), ctx=ctx, stages=before)
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(pickle.dumps(part))
        return run(last, part, ctx).to_dict()

    for gold in storygold.load_gold():
        if only and gold["id"] not in only:
            continue
        found = storygold.locate(gold, args.stories)
        if not found.present:
            continue
        gold = storygold.restrict(gold, {p.stem for p in found.present})
        v = View(report_of(gold, found.present), gold)
        sec = Section(gold["id"])
        names = score_entities(v, gold, sec)
        sections.append(sec)
        for gid, g in names.gold.items():
            arts = list(g["mentions"])
            if len(arts) < 2:
                continue
            by_ent: dict[int, list[str]] = {}
            for a in arts:
                for i in names.holders.get((gid, a), ()):
                    by_ent.setdefault(i, []).append(a)
            if any(len(x) == len(arts) for x in by_ent.values()):
                continue
            print(f"== {gold['id']} {gid} ({g['name']}): {len(arts)} articles", flush=True)
            for i, held in sorted(by_ent.items(), key=lambda kv: -len(kv[1])):
                ent = v.entities[i]
                forms = sorted({m["text"] for m in ent["mentions"] if v.article(m) in held
                                and any(same_name(m["text"], n) for n in g["mentions"][v.article(m)])})
                print(f"   [{ent.get('type')}] {ent.get('name')!r} {len(held)} arts: {forms[:8]}", flush=True)
            missing = [a for a in arts if not names.holders.get((gid, a))]
            if missing:
                print(f"   not found in: " + "; ".join(f"{a}: {g['mentions'][a][:3]}" for a in missing[:6]), flush=True)
        if args.over:
            for i, ent in enumerate(v.entities):
                if len(held := names.held_by(i)) > 1:
                    print(f"!! {gold['id']} over-merged {ent.get('name')!r}: {sorted(held)}", flush=True)
    for s in merge("entities", sections).scores:
        if s.name.startswith("entities."):
            print(f"{s.name:28s} {s.r_hits}/{s.gold}  P {s.p_hits}/{s.predicted}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
