"""`storylens watch`: rounds of ``watch_round`` on a timer into a folder (``--out``) or a store (``--db``), one summary line per round."""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """'90s', '15m', '2h', '1d' or plain seconds, as seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text.lower())
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"cannot read interval {text!r}: use e.g. 90s, 15m or 2h")
    return float(m.group(1)) * UNITS[m.group(2) or "s"]


def watch_main(args) -> int:
    from ..errors import StorylensError
    from ..settings import Settings

    try:
        settings = Settings.load(args.config, db=args.db, progress=False if args.no_progress else None)
        every = None if args.once else parse_interval(args.every)
        if args.db:
            from ..store.store import Store

            with Store.open(settings.db) as store:
                return _rounds(args.feeds, every, lambda: _store_round(args.feeds, settings, store), lambda: None)
    except (StorylensError, ValueError) as exc:
        print(f"storylens: {exc}", file=sys.stderr)
        return 2
    from .cache import JsonFileCache
    from .watch import JsonlSink

    out = Path(args.out)
    sink, cache = JsonlSink(out), JsonFileCache(out / "fetch-cache.json")
    return _rounds(args.feeds, every, lambda: _round(args.feeds, settings, cache, sink), cache.save)


def _rounds(feeds, every: float | None, one_round, on_interrupt) -> int:
    """Rounds until interrupted, or one with ``every`` None: then 2 when no feed could be read."""
    try:
        while True:
            began = time.monotonic()
            summary = one_round()
            if every is None:
                read = summary.sources - sum(1 for e in summary.errors if e.source in feeds)
                return 0 if read > 0 else 2
            time.sleep(max(0.0, every - (time.monotonic() - began)))
    except KeyboardInterrupt:  # Ctrl-C between or during rounds: caches are saved after every source
        on_interrupt()
        return 130


def _round(feeds, settings, cache, sink):
    from .watch import watch_round

    summary = _with_fetcher(settings, lambda fetcher, on_item: watch_round(feeds, fetcher, cache, sink, on_item=on_item))
    _print_errors(summary.errors)
    print(f"storylens: {summary.line()}; wrote {sink.path}", file=sys.stderr)
    return summary


def _store_round(feeds, settings, store):
    """One round into the store: articles analysed, clustered into stories, stories compared."""
    from dataclasses import replace

    from ..resources import Context
    from ..settings import Settings
    from ..store.watch import watch_round_into

    ctx = Context.shared(replace(settings, db=Settings().db))  # where the store lives shapes no analysis
    done = _with_fetcher(settings, lambda fetcher, on_item: watch_round_into(store, feeds, ctx, fetcher, on_item))
    _print_errors(done.result.errors)
    print(f"storylens: {done.line()}; in {store.db}", file=sys.stderr)
    return done.summary


def _with_fetcher(settings, run):
    from .client import Fetcher

    bar = _progress(settings)
    try:
        with Fetcher(settings) as fetcher:
            return run(fetcher, (lambda _: bar.update(1)) if bar else None)
    finally:
        if bar:
            bar.close()


def _print_errors(errors) -> None:
    for err in errors:
        print(f"storylens: skipped {err.source}: {err.error}", file=sys.stderr)


def _progress(settings):
    if not settings.progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc="fetching", unit="page", file=sys.stderr, leave=False)
