"""Why gold disputes are missed: per gold dispute, the best disputed row and, per article not in it, why.

Usage:
  python tools/dispute_diag.py prepare CACHE [--stories DIR]
  python tools/dispute_diag.py show CACHE [--story ID] [--passed]
  python tools/dispute_diag.py score CACHE

``prepare`` is ``compare_digest.py prepare`` for the development stories only (every stage before the comparison,
pickled with the vectors the comparison asks for). ``show`` runs the comparison on each pickled story and, for each
gold dispute (fitted to the articles on disk, as ``storylens eval`` scores it), prints the best disputed row (the
one holding most of its articles) and, for every article the row misses, the claims holding its gold text with
what the dispute rules saw in them: the cue (``counters.counter``), whether it counts as a denial, whether it was
kept as a counter (a translation of a plain statement is dropped), its denial group and complement, and the rows it
ended in. Disputed rows holding no gold dispute are listed at the end of a story (precision). Vectors missing from
the cache (a complement changed by an edit) are embedded by the model. ``score`` measures every pickled story as
``storylens eval --sets stories`` does (its table without the notes): only the comparison is run again, so a change
to the comparison is measured in minutes, not in the half hour of the whole analysis.
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


class _Seen:
    """What the dispute rules computed inside one comparison run: the counters' state and their denial groups."""

    def __init__(self):
        self.runs: list[tuple[object, list[list[int]]]] = []

    def install(self):
        import importlib

        mod = importlib.import_module("storylens.compare.disputes")  # the package exports a function of that name

        original = mod._denial_groups

        def recorded(cs):
            groups = original(cs)
            self.runs.append((cs, groups))
            return groups

        mod._denial_groups = recorded


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def show(cache: Path, only: str | None, passed: bool) -> None:
    from storylens import compare
    from storylens.compare.counters import counter
    from storylens.compare.disputes import is_denial
    from storylens.evaluate import storygold
    from storylens.evaluate.stories import DISPUTE_SHARE, _counter, _holds_dispute
    from storylens.evaluate.storymatch import View
    from storylens.evaluate.textmatch import contains
    from storylens.resources import Context

    seen = _Seen()
    seen.install()
    golds = {g["id"]: g for g in storygold.load_gold()}
    totals = [0, 0]
    for path in sorted(cache.glob("*.pickle")):
        if path.stem not in golds or (only and only not in path.stem):
            continue
        saved = pickle.loads(path.read_bytes())
        ctx = Context()
        ctx.embedder._cache.update(saved["vectors"])
        seen.runs.clear()
        out = compare.STAGE(saved["report"], ctx)
        report = out.to_dict()
        present = {Path(str(a.source or a.id)).stem for a in out.articles} | {a.id for a in out.articles}
        gold = storygold.restrict(golds[path.stem], present)
        v = View(report, gold)
        lang = {a.id: a.language for a in out.articles}
        disputed = [g for g in v.groups if g.get("status") == "disputed"]
        cs_groups = seen.runs[0] if seen.runs else (None, [])
        cs, groups = cs_groups
        index = {c.id: i for i, c in enumerate(cs.sc.claims)} if cs else {}
        group_of = {d: k for k, g in enumerate(groups) for d in g}
        rows_of: dict[str, list[str]] = {}
        for g in v.groups:
            for cid in g.get("claims", []):
                rows_of.setdefault(cid, []).append(f"{g['id']}({g.get('status')})")
        print(f"=== {path.stem}: {len(gold['disputes'])} gold disputes, {len(disputed)} disputed rows")
        used = set()
        for d in gold["disputes"]:
            totals[1] += 1
            wanted = {e["article"] for e in d["asserting"] + _counter(d)}
            denying = {e["article"] for e in _counter(d)}
            best_row, best = None, set()
            for g in disputed:
                h = _holds_dispute(v, g, d)
                if len(h) > len(best):
                    best_row, best = g, h
            ok = len(best) / len(wanted) >= DISPUTE_SHARE and bool(best & denying)
            totals[0] += ok
            for g in disputed:
                h = _holds_dispute(v, g, d)
                if h & {e["article"] for e in d["asserting"]} and h & denying:
                    used.add(g["id"])
            print(f"--- dispute {d['id']} {'PASS' if ok else 'FAIL'}: best row holds {len(best)}/{len(wanted)}"
                  f" (denying {len(best & denying)}/{len(denying)})")
            print(f"    proposition: {_short(d['proposition'], 160)}")
            if best_row:
                print(f"    best row {best_row['id']}: {_short(best_row.get('topic', ''), 80)} | "
                      f"{_short(best_row.get('note') or '', 200)}")
            if ok and not passed:
                continue
            others = [g for g in disputed if g is not best_row and _holds_dispute(v, g, d)]
            for g in others:
                print(f"    also row {g['id']} holds {sorted(_holds_dispute(v, g, d))}")
            for side in ("asserting", "denying", "hedging"):
                for e in d.get(side, []):
                    art = e["article"]
                    if art in best:
                        continue
                    hits = [c for c in report["claims"] if v.article(c) == art and contains(c.get("text"), e["text"])]
                    print(f"    MISS {side:9s} {art}: «{_short(e['text'], 80)}»")
                    if not hits:
                        print("        no claim holds this text (claims stage or left out of the comparison)")
                    for c in hits:
                        i = index.get(c["id"])
                        lg = lang.get(c["article"])
                        found = counter(c["text"], lg)
                        claim = cs.sc.claims[i] if (cs and i is not None) else None
                        why = []
                        if i is None:
                            why.append("not compared")
                        why.append(f"cue={found.kind}:{c['text'][found.start:found.end]!r}" if found else "cue=none")
                        if claim is not None:
                            why.append(f"denial={is_denial(claim, lg)}")
                            why.append(f"attr={claim.attributed_to}")
                            if i in cs.comp:
                                why.append(f"counter group={group_of.get(i)} comp={_short(cs.comp[i], 60)!r}")
                            elif claim is not None and is_denial(claim, lg):
                                why.append("dropped as a translation of a plain statement")
                            if best_row is not None:
                                members = [index[x] for x in best_row.get("claims", []) if x in index]
                                dens = [m for m in members if m in cs.comp]
                                if dens:
                                    sims = cs.sc.vecs[dens] @ cs.sc.vecs[i]
                                    csims = np.array([cs.cvec[m] for m in dens]) @ cs.sc.vecs[i]
                                    why.append(f"sim to row counters {sims.max():.2f} / complements {csims.max():.2f}")
                        why.append("rows=" + ",".join(rows_of.get(c["id"], ["-"])))
                        print(f"        {c['id']} [{lg}] {_short(c['text'])}")
                        print(f"            {'; '.join(why)}")
        for g in disputed:
            if g["id"] not in used:
                print(f"    FALSE ROW {g['id']}: {_short(g.get('topic', ''), 80)} | {_short(g.get('note') or '', 160)}")
    print(f"disputes passed {totals[0]}/{totals[1]}")


def score(cache: Path) -> None:
    from storylens import compare
    from storylens.evaluate import storygold
    from storylens.evaluate.measures import render
    from storylens.evaluate.stories import merge, score_story
    from storylens.resources import Context

    golds = {g["id"]: g for g in storygold.load_gold()}
    parts = []
    for path in sorted(cache.glob("*.pickle")):
        if path.stem not in golds:
            continue
        saved = pickle.loads(path.read_bytes())
        ctx = Context()
        ctx.embedder._cache.update(saved["vectors"])
        out = compare.STAGE(saved["report"], ctx)
        present = {Path(str(a.source or a.id)).stem for a in out.articles} | {a.id for a in out.articles}
        parts.append(score_story(out.to_dict(), storygold.restrict(golds[path.stem], present)))
    print(render(merge(f"stories (comparison only, {len(parts)} cached stories)", parts), notes=False))


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # one order of sets of strings in every run (as compare_digest)
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("prepare", "show", "score"))
    ap.add_argument("cache", type=Path)
    ap.add_argument("--stories", type=Path, default=Path(__file__).resolve().parents[2] / "devdata" / "stories")
    ap.add_argument("--story", help="only stories whose id holds this")
    ap.add_argument("--passed", action="store_true", help="detail the disputes that pass too")
    args = ap.parse_args()
    if args.mode == "prepare":
        from compare_digest import prepare

        prepare(args.cache, args.stories, [])
    elif args.mode == "score":
        score(args.cache)
    else:
        show(args.cache, args.story, args.passed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
