"""Benchmarks: throughput per stage and end to end, scaling, overhead over bare model calls, import and cold start.

Run with ``make bench`` (or ``.venv/bin/python bench/run.py --help``). Every measurement runs in a fresh
process pinned to one core; numbers are printed, never asserted. Throughput is given per CPU second of
that core (what the code costs) and per wall second (what you wait; higher on a busy machine).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = {"foundation_docs_s": 300, "e2e_docs_s": 5, "overhead": 1.25, "scale_ratio": 11, "peak_mb_10k": 1536,
           "import_s": 0.5, "first_article_s": 5}


def job(name: str, n: int, core: int | None) -> dict:
    cmd = [sys.executable, str(HERE / "jobs.py"), name, str(n)] + (["--core", str(core)] if core is not None else [])
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench job {name} {n} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_wall"] = time.perf_counter() - t0
    print(f"[bench] {name} {n:,}: done in {result['process_wall']:.0f} s", file=sys.stderr, flush=True)
    return result


def import_time(repeat: int = 5) -> float:
    """Median seconds to import storylens in a fresh interpreter (interpreter start-up excluded)."""
    code = "import time; t = time.perf_counter(); import storylens; print(time.perf_counter() - t)"
    return statistics.median(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                                  check=True).stdout) for _ in range(repeat))


def _cell(c) -> str:
    if isinstance(c, float):
        if c != c or c == float("inf") or abs(c) >= 1e6:
            return "–"  # a stage that took no measurable time
        return f"{c:,.2f}" if abs(c) < 10 else f"{c:,.1f}"
    return str(c)


def _row(cells: list, widths: list[int]) -> str:
    return "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def table(title: str, head: list[str], rows: list[list]) -> str:
    cells = [[_cell(c) for c in r] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *cells)]
    return "\n".join([title, _row(head, widths), _row(["-" * w for w in widths], widths)] + [_row(r, widths) for r in cells])


def stage_rows(result: dict) -> list[list]:
    """One row per stage and a total: seconds (CPU, wall), docs/s and KB/s per CPU second, share of the CPU time."""
    n, kb = result["n"], result["bytes"] / 1024
    stages = result["stages"]
    total_cpu = sum(c for _, c in stages.values())
    total_wall = sum(w for w, _ in stages.values())
    rows = [[name, cpu, wall, n / cpu if cpu > 1e-3 else float("inf"), kb / cpu if cpu > 1e-3 else float("inf"),
             f"{100 * cpu / total_cpu:.0f}%"]
            for name, (wall, cpu) in stages.items()]
    rows.append(["end to end", total_cpu, total_wall, n / total_cpu, kb / total_cpu, "100%"])
    return rows


def ok(flag: bool) -> str:
    return "met" if flag else "NOT MET"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="100,1000", help="corpus sizes for the full pipeline (default 100,1000)")
    p.add_argument("--foundation-sizes", default="100,1000,10000",
                   help="corpus sizes for ingest+clean+language+sentences (default 100,1000,10000)")
    p.add_argument("--full", action="store_true", help="also run the full pipeline on 10,000 articles (long)")
    p.add_argument("--quick", action="store_true", help="foundation on 1,000 and the pipeline on 100 articles only")
    p.add_argument("--core", type=int, default=0, help="CPU core to pin every job to (default 0; -1: no pinning)")
    p.add_argument("--json", metavar="FILE", help="also write every raw measurement to FILE")
    p.add_argument("--odd-scale", type=float, default=0.5,
                   help="size of the odd-texts corpus (bench/odd_texts.py; default 0.5; 0: skip it)")
    args = p.parse_args(argv)
    core = None if args.core < 0 else args.core
    f_sizes = [1000] if args.quick else [int(x) for x in args.foundation_sizes.split(",")]
    p_sizes = [100] if args.quick else [int(x) for x in args.sizes.split(",")] + ([10000] if args.full else [])
    raw: dict = {}
    out: list[str] = []

    raw["import_s"] = import_time()
    raw["cold"] = job("cold", 1, core)
    out.append(table("Start-up (fresh process, one core)", ["measure", "seconds", "target", ""], [
        ["import storylens", f"{raw['import_s']:.3f}", f"< {TARGETS['import_s']}", ok(raw["import_s"] < TARGETS["import_s"])],
        ["first article analysed (from process start: import, models, all stages)", f"{raw['cold']['first_article']:.2f}",
         f"< {TARGETS['first_article_s']}", ok(raw["cold"]["first_article"] < TARGETS["first_article_s"])],
    ]))
    print(out[-1] + "\n", flush=True)

    raw["foundation"] = [job("foundation", n, core) for n in f_sizes]
    base = next((r for r in raw["foundation"] if r["n"] == 1000), raw["foundation"][-1])
    out.append(table(f"Ingest + clean + language + sentences: {base['n']:,} articles, {base['bytes'] / base['n'] / 1024:.1f} KB each, "
                     f"peak {base['peak_mb']:.0f} MB", ["stage", "CPU s", "wall s", "docs/s", "KB/s", "share"], stage_rows(base)))
    f_rate = base["n"] / sum(c for _, c in base["stages"].values())
    out[-1] += f"\ntarget ≥ {TARGETS['foundation_docs_s']} docs/s per core: {ok(f_rate >= TARGETS['foundation_docs_s'])} ({f_rate:.0f})"
    out.append(scaling("Scaling, ingest + clean + language + sentences", raw["foundation"]))
    print("\n\n".join(out[-2:]) + "\n", flush=True)

    raw["pipeline"] = [job("pipeline", n, core) for n in p_sizes]
    big = raw["pipeline"][-1]
    e2e_cpu = sum(c for _, c in big["stages"].values())
    out.append(table(f"Full pipeline, per stage: {big['n']:,} articles analysed together, peak {big['peak_mb']:.0f} MB "
                     f"({big['entities']} entities, {big['quotes']} quotes, {big['claims']} claims, {big['groups']} groups, "
                     f"{big['stories']} stories, {big['embedded']} texts embedded)",
                     ["stage", "CPU s", "wall s", "docs/s", "KB/s", "share"], stage_rows(big)))
    out[-1] += f"\ntarget ≥ {TARGETS['e2e_docs_s']} docs/s per core end to end: {ok(big['n'] / e2e_cpu >= TARGETS['e2e_docs_s'])}"
    out.append(scaling("Scaling, full pipeline", raw["pipeline"]))
    out.append(overhead(big))
    print("\n\n".join(out[-3:]) + "\n", flush=True)
    if args.odd_scale > 0:
        raw["odd_texts"] = odd_texts(args.odd_scale, core)
        print(raw["odd_texts"]["table"] + "\n", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return 0


def odd_texts(scale: float, core: int | None) -> dict:
    """bench/odd_texts.py in a fresh process (pinned like the other jobs): worst and median CPU time per KB."""
    cmd = [sys.executable, str(HERE / "odd_texts.py"), "--scale", str(scale)] + (["--core", str(core)] if core is not None else [])
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench odd_texts failed:\n{done.stderr[-3000:]}")
    lines = done.stdout.strip().splitlines()
    return {"summary": json.loads(lines[-1]), "table": "\n".join(lines[:-1])}


def scaling(title: str, results: list[dict]) -> str:
    rows, prev = [], None
    for r in results:
        cpu = sum(c for _, c in r["stages"].values())
        wall = sum(w for w, _ in r["stages"].values())
        ratio = f"{cpu / prev[1]:.2f}× for {r['n'] / prev[0]:.0f}× articles" if prev else ""
        rows.append([f"{r['n']:,}", cpu, wall, r["n"] / cpu, round(r["peak_mb"]), ratio])
        prev = (r["n"], cpu)
    text = table(title, ["articles", "CPU s", "wall s", "docs/s", "peak MB", "time ratio"], rows)
    worst = max((b_cpu / a_cpu) / (b["n"] / a["n"]) for a, b in zip(results, results[1:])
                for a_cpu, b_cpu in [(sum(c for _, c in a["stages"].values()), sum(c for _, c in b["stages"].values()))]) \
        if len(results) > 1 else None
    if worst is not None:
        text += f"\ntarget: 10× the articles ≤ 11× the time: {ok(worst * 10 <= TARGETS['scale_ratio'])} (worst step {worst * 10:.1f}× per 10×)"
    big = next((r for r in results if r["n"] >= 10000), None)
    if big:
        text += f"\ntarget: peak memory ≤ 1.5 GB at 10,000 articles: {ok(big['peak_mb'] <= TARGETS['peak_mb_10k'])}"
    return text


def overhead(r: dict) -> str:
    """End-to-end time against the model calls alone: timed inside the run, and as a separate bare pass."""
    e2e_cpu = sum(c for _, c in r["stages"].values())
    e2e_wall = sum(w for w, _ in r["stages"].values())
    rows, ratios = [], []
    for label, calls in (("inside the run", r.get("in_run_models", {})), ("bare pass", r.get("bare", {}))):
        parts = {k: calls[k] for k in ("ner_ru", "ner_en", "embeddings") if k in calls}
        if not parts:
            continue
        rows += [[f"{label}: {k}", c, w] for k, (w, c) in parts.items()]
        cpu = sum(c for _, c in parts.values())
        rows.append([f"{label}: all model calls", cpu, sum(w for w, _ in parts.values())])
        ratios.append((label, e2e_cpu / cpu if cpu else float("inf")))
    if not rows:
        return "Overhead: no model calls could be timed"
    rows.append(["end to end", e2e_cpu, e2e_wall])
    text = table(f"Overhead on the same {r['n']:,} articles (bare pass: NER on every article's text, embeddings of the "
                 f"{r.get('embedded', 0):,} texts the run embedded)", ["model calls", "CPU s", "wall s"], rows)
    for label, ratio in ratios:
        text += f"\noverhead = end to end ÷ model calls ({label}) = {ratio:.2f} (target ≤ {TARGETS['overhead']}: {ok(ratio <= TARGETS['overhead'])})"
    return text


if __name__ == "__main__":
    sys.exit(main())
