"""`storylens watch`: rounds of ``watch_round`` on a timer, one summary line per round."""
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
    from .cache import JsonFileCache
    from .watch import JsonlSink

    try:
        settings = Settings.load(args.config, progress=False if args.no_progress else None)
        every = None if args.once else parse_interval(args.every)
    except (StorylensError, ValueError) as exc:
        print(f"storylens: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    sink, cache = JsonlSink(out), JsonFileCache(out / "fetch-cache.json")
    try:
        while True:
            began = time.monotonic()
            summary = _round(args.feeds, settings, cache, sink)
            if every is None:
                read = summary.sources - sum(1 for e in summary.errors if e.source in args.feeds)
                return 0 if read > 0 else 2
            time.sleep(max(0.0, every - (time.monotonic() - began)))
    except KeyboardInterrupt:  # Ctrl-C between or during rounds: the cache is saved after every source
        cache.save()
        return 130


def _round(feeds, settings, cache, sink):
    from .client import Fetcher
    from .watch import watch_round

    bar = _progress(settings)
    try:
        with Fetcher(settings) as fetcher:
            summary = watch_round(feeds, fetcher, cache, sink, on_item=(lambda _: bar.update(1)) if bar else None)
    finally:
        if bar:
            bar.close()
    for err in summary.errors:
        print(f"storylens: skipped {err.source}: {err.error}", file=sys.stderr)
    print(f"storylens: {summary.line()}; wrote {sink.path}", file=sys.stderr)
    return summary


def _progress(settings):
    if not settings.progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc="fetching", unit="page", file=sys.stderr, leave=False)
