"""feedparser against fastfeedparser on our feed samples: items right, and parse time per feed.

Usage: python bench/feeds.py   (fastfeedparser is not a dependency: `pip install fastfeedparser==0.6.5` to compare)

"Right" means the item's link, plain-text title and date (UTC) match ``tests/data/feeds/expected.json``,
the same expectations the test suite holds storylens's reader to. Titles are compared after removing tags,
as storylens does; dates are compared as instants. Times are CPU milliseconds per parse, best of 5 runs.
"""
from __future__ import annotations

import io
import json
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FEEDS = REPO / "tests" / "data" / "feeds"
SAMPLES = ["wire-rss2.xml", "commentary-atom.xml", "digest.json", "regional-rdf.xml", "sloppy-rss.xml"]


def _instant(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=timezone.utc).isoformat()
    try:
        dt = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        return dt.date().isoformat()
    return (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).astimezone(timezone.utc).isoformat()


def _title(value) -> str | None:
    return " ".join(re.sub(r"<[^>]+>", "", value).split()) or None if value else None


def with_feedparser(data: bytes):
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": "https://feeds.example/",
                                                                   "content-type": "application/xml"})
    return [(e.get("link"), _title(e.get("title")),
             _instant(dict.get(e, "published_parsed") or dict.get(e, "updated_parsed"))) for e in parsed.entries]


def with_fastfeedparser(data: bytes):
    import fastfeedparser

    parsed = fastfeedparser.parse(data)  # bytes only: a str starting with http would be fetched
    return [(e.get("link"), _title(e.get("title")), _instant(e.get("published") or e.get("updated")))
            for e in parsed.entries]


def _right(got, expected) -> int:
    want = [(u, t, _instant(d) if d and "T" in d else d) for u, t, d in expected]
    ok = 0
    for g, w in zip(got, want):
        date_ok = g[2] == w[2] or (w[2] and len(w[2]) == 10 and (g[2] or "").startswith(w[2]))
        ok += g[0] == w[0] and g[1] == w[1] and bool(date_ok)
    return ok


def big_feed(n: int = 200) -> bytes:
    text = (FEEDS / "wire-rss2.xml").read_text(encoding="utf-8")
    head, rest = text.split("<item>", 1)
    item = rest.split("</item>", 1)[0]
    return (head + "".join(f"<item>{item.replace('0412', str(i))}</item>" for i in range(n)) + "</channel></rss>").encode()


def best_ms(fn, data: bytes, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn(data)
        times.append(time.process_time() - t)
    return min(times) * 1000


def main() -> None:
    expected = json.loads((FEEDS / "expected.json").read_text(encoding="utf-8"))
    libraries = [("feedparser", with_feedparser)]
    try:
        import fastfeedparser  # noqa: F401

        libraries.append(("fastfeedparser", with_fastfeedparser))
    except ImportError:
        print("fastfeedparser is not installed: only feedparser is measured", file=sys.stderr)
    total = sum(len(expected[s]) for s in SAMPLES)
    print(f"{'library':16} " + " ".join(f"{s[:14]:>15}" for s in SAMPLES) + f" {'right':>8}")
    for name, fn in libraries:
        cells, right = [], 0
        for sample in SAMPLES:
            try:
                got = fn((FEEDS / sample).read_bytes())
                k = _right(got, expected[sample])
            except Exception as exc:  # noqa: BLE001 - a library failing on a sample is a result
                got, k = [], 0
                print(f"{name} failed on {sample}: {exc}", file=sys.stderr)
            right += k
            cells.append(f"{k}/{len(expected[sample])} ({len(got)} read)")
        print(f"{name:16} " + " ".join(f"{c:>15}" for c in cells) + f" {right:>4}/{total}")
    print(f"\n{'CPU ms per parse':16} {'4-item RSS':>12} {'3-entry Atom':>13} {'200-item RSS':>13}")
    big = big_feed()
    for name, fn in libraries:
        row = [best_ms(fn, (FEEDS / "wire-rss2.xml").read_bytes()), best_ms(fn, (FEEDS / "commentary-atom.xml").read_bytes()),
               best_ms(fn, big, 3)]
        print(f"{name:16} {row[0]:12.2f} {row[1]:13.2f} {row[2]:13.1f}")


if __name__ == "__main__":
    main()
