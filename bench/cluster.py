"""Benchmark of story clustering: cost per article as the store grows, and fetch-and-analyse throughput into a store.

    .venv/bin/python bench/cluster.py [--sizes 1000,10000] [--probe 200] [--pages 6]

Clustering cost: synthetic articles are placed one by one into a SQLite store through the same path ``storylens
add`` takes (``StoreIndex`` on a write transaction, the article's row, its postings), until the store holds each
size (500 to a transaction); then ``--probe`` more articles are placed and timed, each in its own transaction. The articles are made to look like a news stream: stories
of 2-12 articles, each story a random unit vector (384 dimensions, as the bundled encoder) that its articles scatter
around (cosine about 0.7 to it), a story's pool of names shared by its articles plus common names every story uses
(Zipf-drawn), one or two values, languages drawn from five, and a day that advances by one every 300 articles, so
about 900 articles are active in the 3-day window. The sentence encoder is not run: its cost is per article and the
same at any store size (bench/run.py measures it). Flat cost per article means the index works.

Throughput: a feed of the demo corpus and (when ../shared is there) the seed articles, served on 127.0.0.1, read
by one `watch --db` round into a new store: fetch, extraction, the per-article phase, clustering and the per-story
phase. Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from sqlalchemy import insert  # noqa: E402

from storylens.cluster.centre import ALL  # noqa: E402
from storylens.cluster.online import TUNING, Clusterer  # noqa: E402
from storylens.cluster.signature import Signature  # noqa: E402
from storylens.store import tables as t  # noqa: E402
from storylens.store.cluster import StoreIndex  # noqa: E402
from storylens.store.engine import writing  # noqa: E402
from storylens.store.store import Store  # noqa: E402
from storylens.store.write import now  # noqa: E402

DIM = 384
LANGS = ("en", "ru", "de", "fr", "uk")
PER_DAY = 300


def stream(n: int, seed: int = 18):
    """n synthetic signatures in stream order (stories interleaved as they would be in a feed)."""
    rng = np.random.default_rng(seed)
    common = [f"n:common{i}" for i in range(200)]
    zipf = 1.0 / np.arange(1, len(common) + 1)
    zipf /= zipf.sum()
    open_stories: list[dict] = []
    for i in range(n):
        if not open_stories or rng.random() < 0.25:
            centre = rng.standard_normal(DIM)
            open_stories.append({"centre": centre / np.linalg.norm(centre), "left": int(rng.integers(2, 13)),
                                 "names": [f"p:s{i}n{k}" for k in range(6)], "value": f"v:money:USD{i}"})
        pick = int(rng.integers(len(open_stories)))
        story = open_stories[pick]
        noise = rng.standard_normal(DIM)
        vec = story["centre"] + noise / np.linalg.norm(noise)
        names = tuple(sorted(set(rng.choice(story["names"], 3)) | set(rng.choice(common, 2, p=zipf))))
        yield Signature(f"a{i}", LANGS[int(rng.integers(len(LANGS)))], (vec / np.linalg.norm(vec)).astype(np.float32),
                        names, (story["value"],), 739000 + i // PER_DAY)
        story["left"] -= 1
        if story["left"] == 0:
            del open_stories[pick]


def place(engine, sigs: list[Signature], background) -> None:
    """Articles through the store's clustering path (placement, the article's row, its postings) in one transaction:
    one article per transaction when timed, as `add` does; many when filling the store."""
    with writing(engine) as conn:
        for sig in sigs:
            index = StoreIndex(conn, background, now)
            placement = Clusterer(index, TUNING, new_id=lambda _: "").place(sig)
            article = conn.execute(insert(t.articles).values(
                story_id=int(placement.story), key=sig.article, language=sig.language, versions=1, position=0)
                .returning(t.articles.c.id)).scalar_one()
            index.post(article)


def clustering_cost(sizes: list[int], probe: int) -> None:
    background = {ALL: np.zeros(DIM)}
    sigs = stream(max(sizes) + probe * len(sizes))
    print("stored articles  ms per article (wall)  ms per article (CPU)  stories")
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "bench.db")) as store:
        stored = 0
        for size in sorted(sizes):
            while stored < size:
                batch = [next(sigs) for _ in range(min(500, size - stored))]
                place(store.engine, batch, background)
                stored += len(batch)
            c0, w0 = time.process_time(), time.perf_counter()
            for _ in range(probe):
                place(store.engine, [next(sigs)], background)
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            stored += probe
            with store.engine.connect() as conn:
                from sqlalchemy import func, select

                stories = conn.execute(select(func.count()).select_from(t.stories)).scalar_one()
            print(f"{size:>15,}  {1000 * wall / probe:>20.1f}  {1000 * cpu / probe:>19.1f}  {stories:>7,}", flush=True)


def throughput(pages: int) -> None:
    from storylens.fetch.client import Fetcher
    from storylens.resources import Context
    from storylens.settings import Settings
    from storylens.store.watch import watch_round_into
    from test_store_watch import site, texts
    from web_server import WebServer

    seeds = HERE.parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        print("throughput: no ../shared/seeds, skipped")
        return
    chosen = dict(list(texts(seeds).items())[:pages])
    settings = Settings(allow_private_addresses=True, fetch_host_delay=0.0)
    ctx = Context.shared(settings)
    ctx.embedder.embed(["warm up the encoder"])
    with WebServer() as srv, tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "t.db")) as store:
        site(srv, chosen, {})
        c0, w0 = time.process_time(), time.perf_counter()
        with Fetcher(settings) as fetcher:
            done = watch_round_into(store, [srv.url("/feed.atom")], ctx, fetcher)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    n = done.result.count("added")
    print(f"watch --db round: {n} page(s) fetched, analysed, clustered and compared in {wall:.1f} s wall "
          f"({cpu:.1f} s CPU): {60 * n / wall:.1f} articles per minute; {len(done.result.touched())} story(ies)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="1000,10000", help="store sizes to measure at (comma-separated)")
    p.add_argument("--probe", type=int, default=200, help="articles timed at each size")
    p.add_argument("--pages", type=int, default=6, help="pages served for the throughput round")
    p.add_argument("--skip-throughput", action="store_true")
    args = p.parse_args()
    clustering_cost([int(x) for x in args.sizes.split(",")], args.probe)
    if not args.skip_throughput:
        throughput(args.pages)


if __name__ == "__main__":
    main()
