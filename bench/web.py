"""Benchmark of the web app: latency of the story list and of story pages with many stories in the store.

    .venv/bin/python bench/web.py [--stories 1000] [--clients 8] [--requests 400] [--pg postgresql://...]

Fills a fresh store with --stories synthetic stories: the seeds and the demo corpus are analysed once, then
written again and again through the store's tables (``storylens.web.fill``) with their titles, outlets and dates
varied, so the store holds 1,000 stories without 1,000 analyses. Then ``storylens serve`` runs in its own process
on 127.0.0.1 and --clients threads, each with one keep-alive connection, send --requests requests per kind:
the story list, the list filtered by language, a story page of a random story (mostly not in the server's story
cache: the cold case), one story page again and again (the warm case), and search. Prints median, 95th percentile
and requests per second for each kind, for SQLite and (with --pg or STORYLENS_TEST_PG_URL) PostgreSQL. Numbers are
printed, never asserted; the goal is a story page p95 of at most 200 ms.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from storylens.api import analyze  # noqa: E402
from sqlalchemy import select  # noqa: E402

from storylens.store import tables as t  # noqa: E402
from storylens.store.engine import writing  # noqa: E402
from storylens.store.store import Store  # noqa: E402
from storylens.web.fill import write_report  # noqa: E402

OUTLETS = 40
BATCH = 50  # stories per write transaction while filling


def base_reports() -> list:
    sources = [REPO.parent / "shared" / "seeds", REPO / "demo" / "corpus"]
    return [analyze([p]) for p in sources if p.is_dir()]


def variant(report, i: int):
    """The report as story i: its own title, outlets from a pool of OUTLETS, dates spread over two years."""
    rnd = random.Random(i)
    day = 1 + (i * 7) % 28
    month = 1 + (i // 4) % 12
    year = 2024 + (i // 48) % 2
    articles = tuple(replace(a, url=None, outlet=f"Outlet {rnd.randrange(OUTLETS):02d}",
                             published=f"{year}-{month:02d}-{max(1, day - k):02d}") for k, a in enumerate(report.articles))
    stories = tuple(replace(s, title=f"{s.title} (#{i})") for s in report.stories)
    return replace(report, articles=articles, stories=stories)


def fill(db: str, n: int, bases: list) -> float:
    began = time.perf_counter()
    with Store.open(db) as store:
        for lo in range(0, n, BATCH):
            with writing(store.engine) as conn:
                for i in range(lo, min(n, lo + BATCH)):
                    write_report(store, variant(bases[i % len(bases)], i), conn)
    return time.perf_counter() - began


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "storylens", "serve", "--db", db, "--port", str(port)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/stories", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the server did not start: {proc.stderr.read().decode()[-2000:]}")


def load(url: str, paths: list[str], clients: int) -> tuple[list[float], float, int]:
    """Send every path once with ``clients`` concurrent keep-alive connections; latencies (s), wall time, failures."""
    import httpx

    todo = list(paths)
    lock = threading.Lock()
    latencies: list[float] = []
    failures = [0]

    def worker():
        with httpx.Client(base_url=url, timeout=30) as client:
            while True:
                with lock:
                    if not todo:
                        return
                    path = todo.pop()
                t0 = time.perf_counter()
                r = client.get(path)
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    failures[0] += r.status_code != 200
    began = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - began, failures[0]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def run(name: str, db: str, n: int, bases: list, clients: int, requests: int) -> None:
    fill_s = fill(db, n, bases)
    print(f"\n{name}: {n} stories written in {fill_s:.1f} s")
    proc, url = serve(db)
    try:
        import httpx

        ids = [s["id"] for s in httpx.get(f"{url}/api/stories").json()["stories"]]
        with Store.open(db) as store, store.engine.connect() as conn:
            every = list(conn.execute(select(t.stories.c.id)).scalars())
        rnd = random.Random(7)
        kinds = {
            "story list": ["/"] * requests,
            "story list, language=ru": ["/?language=ru"] * requests,
            "story page, random story (cold)": [f"/stories/{rnd.choice(every)}" for _ in range(requests)],
            "story page, one story (warm)": [f"/stories/{ids[0]}"] * requests,
            "story JSON, random story": [f"/api/stories/{rnd.choice(every)}" for _ in range(requests)],
            "search 'Журавлев'": ["/search?q=Журавлев"] * max(20, requests // 4),
        }
        load(url, ["/", f"/stories/{ids[0]}", "/search?q=warm"], 1)  # first requests import the page code
        print(f"{'request':34} {'n':>5} {'median ms':>10} {'p95 ms':>8} {'req/s':>7} {'failed':>6}")
        for kind, paths in kinds.items():
            lat, wall, failed = load(url, paths, clients)
            print(f"{kind:34} {len(lat):5d} {1000 * statistics.median(lat):10.1f} {1000 * p95(lat):8.1f} "
                  f"{len(lat) / wall:7.1f} {failed:6d}")
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    ap.add_argument("--requests", type=int, default=400, help="requests per kind (default 400)")
    ap.add_argument("--pg", default=os.environ.get("STORYLENS_TEST_PG_URL", ""), help="PostgreSQL server URL")
    args = ap.parse_args()
    print("analysing the base stories once ...", flush=True)
    bases = base_reports()
    load1, load5, _ = os.getloadavg()
    print(f"{len(bases)} base stories; {os.cpu_count()} CPU(s), load average {load1:.1f} / {load5:.1f} "
          f"(other processes share them); {args.clients} clients on loopback")
    with tempfile.TemporaryDirectory() as tmp:
        run("SQLite", str(Path(tmp) / "web.db"), args.stories, bases, args.clients, args.requests)
    if args.pg:
        sys.path.insert(0, str(HERE))
        from store import fresh_pg  # the store benchmark's throw-away database beside the server's

        run("PostgreSQL", fresh_pg(args.pg), args.stories, bases, args.clients, args.requests)


if __name__ == "__main__":
    main()
