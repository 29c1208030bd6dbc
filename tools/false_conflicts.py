"""Conflicting rows that no gold conflict or dispute backs, each with its sides' sentences, from the reports that
``tools/compare_digest.py prepare CACHE`` pickled (only the comparison runs, so a loop over a rule takes seconds).

Usage: python tools/false_conflicts.py CACHE [--story ID] [--all-notes]

Prints per story the eval's value and conflict lines (as ``storylens eval --sets stories`` scores them), then each
false conflicting row: its rules (the compatibility rules named in its note), and per article the sentences and
values it holds, so the causes can be grouped (two subjects, two times, a part and the total, planned and done...).
A last block sums the value and conflict measures over the stories read.
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path

MEASURES = ("values.in_one_row", "values.status", "values.one_per_row", "conflicts.caught", "traps.values_avoided")


def _show(s) -> str:
    """A measure as the eval table gives it: P hits/predicted where it has them, R hits/gold."""
    p = f" P {s.p_hits}/{s.predicted}" if s.predicted is not None else ""
    r = f" R {s.r_hits}/{s.gold}" if s.gold is not None else ""
    return f"{s.name}{p}{r}"


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same set order as compare_digest's runs
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    from storylens import compare
    from storylens.evaluate import storygold
    from storylens.evaluate.stories import merge, score_story
    from storylens.resources import Context

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cache", type=Path)
    ap.add_argument("--story", action="append", default=[])
    ap.add_argument("--all-notes", action="store_true", help="print every eval note of the story, not only conflicts")
    ap.add_argument("--quiet", action="store_true", help="only the measures, no rows")
    args = ap.parse_args()
    golds = {g["id"]: g for g in storygold.load_gold()}
    parts = []
    for path in sorted(args.cache.glob("*.pickle")):
        if path.stem not in golds or (args.story and path.stem not in args.story):
            continue
        saved = pickle.loads(path.read_bytes())
        ctx = Context()
        ctx.embedder._cache.update(saved["vectors"])
        report = compare.STAGE(saved["report"], ctx)
        data = report.to_dict()
        stems = {Path(str(a.get("source") or a.get("id"))).stem for a in data["articles"]} | {a["id"] for a in data["articles"]}
        gold = storygold.restrict(golds[path.stem], stems)
        sec = score_story(data, gold)
        parts.append(sec)
        line = "  ".join(_show(s) for s in sec.scores if s.name in MEASURES)
        print(f"== {path.stem}: {line}")
        if args.quiet:
            continue
        for n in sec.notes:
            if args.all_notes or n.startswith(("false conflicting", "conflict ", "value ")):
                print("   note:", n)
        false = next((n for n in sec.notes if n.startswith("false conflicting rows: ")), "")
        ids = {part.split(" (")[0] for part in false[len("false conflicting rows: "):].split(", ") if part}
        claims = {c["id"]: c for c in data["claims"]}
        for g in data["comparison"]:
            if g["id"] not in ids:
                continue
            print(f"  -- {g['id']} value={g.get('value')!r} note={g.get('note')!r} topic={str(g.get('topic'))[:60]!r}")
            for cid in g["claims"]:
                c = claims.get(cid)
                if c is None:
                    continue
                vals = ", ".join(f"{v.get('kind')}={v.get('value')!r}" for v in c.get("values", []))
                print(f"     [{c['article'][:28]}] {c['text'][:260]!r}  <{vals}>")
    total = merge("all", parts)
    print("== total:", "  ".join(_show(s) for s in total.scores if s.name in MEASURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
