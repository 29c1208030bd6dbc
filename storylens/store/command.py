"""``storylens add | stories | report | export``: the command-line face of the store."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COMMANDS = ("add", "stories", "report", "export")
DB_HELP = "the store: a SQLite file or a postgresql:// URL (default: the db setting, storylens.db)"


def add_parsers(sub) -> None:
    a = sub.add_parser("add", help="analyse articles into a store; known ones are skipped, changed ones versioned",
                       description="Read, clean and analyse inputs into a store. Each new article joins the story it "
                                   "covers (story clustering, across languages) or starts one; --story puts them in "
                                   "one story instead; an article already stored (same "
                                   "URL or same text) is skipped, one whose URL has new text becomes a new version.")
    a.add_argument("paths", nargs="+", metavar="PATH", help="file, directory (read recursively) or '-' for standard input")
    a.add_argument("--db", metavar="STORE", help=DB_HELP)
    a.add_argument("--story", type=_story, metavar="ID",
                   help="add the new articles to this story, or to one new story with 'new' "
                        "(default: each joins the story clustering finds for it, or starts one)")
    a.add_argument("--max-bytes", type=int, metavar="N", help="skip inputs larger than N bytes (default 5,000,000)")
    a.add_argument("--aliases", metavar="FILE", help="alias file of canonical entities and their variants")
    a.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")
    a.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    s = sub.add_parser("stories", help="list the stories in a store",
                       description="List stories: id, title, articles, languages, first and last date, conflicts, "
                                   "disputes. In JSON each story carries its articles.")
    s.add_argument("--db", metavar="STORE", help=DB_HELP)
    s.add_argument("-f", "--format", choices=("table", "json"), default="table", help="output format (default table)")
    s.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")
    r = sub.add_parser("report", help="write the report of one stored story",
                       description="Write a stored story's report: the same report `analyze` gives for its articles.")
    r.add_argument("story", type=int, metavar="STORY_ID", help="the story's id (see `storylens stories`)")
    r.add_argument("--db", metavar="STORE", help=DB_HELP)
    r.add_argument("-f", "--format", choices=("json", "html", "md"), default=None,
                   help="report format (default: from the -o suffix, else json)")
    r.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: standard output)")
    r.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")
    e = sub.add_parser("export", help="write a store's tables as flat files (Parquet)",
                       description="Write every table and view of a store as one Parquet file each.")
    e.add_argument("--db", metavar="STORE", help=DB_HELP)
    e.add_argument("--parquet", metavar="DIR", required=True, help="folder to write <table>.parquet files into")
    e.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")


def _story(text: str) -> int | str:
    """--story: a story id, or 'new'."""
    if text.strip().lower() == "new":
        return "new"
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a story id or 'new': {text!r}") from None


def main(args: argparse.Namespace) -> int:
    from ..errors import StorylensError
    from ..settings import Settings
    from .store import Store

    try:
        settings = Settings.load(args.config, db=args.db, max_bytes=getattr(args, "max_bytes", None),
                                 aliases=getattr(args, "aliases", None),
                                 progress=False if getattr(args, "no_progress", False) else None)
        with Store.open(settings.db) as store:
            return {"add": _add, "stories": _stories, "report": _report, "export": _export}[args.command](
                args, store, settings)
    except StorylensError as exc:
        print(f"storylens: {exc}", file=sys.stderr)
        return 1


def _add(args, store, settings) -> int:
    from dataclasses import replace

    from ..resources import Context
    from ..settings import Settings
    from .write import add

    bar = _progress(settings)
    try:
        # where the store lives shapes no analysis: share the process's models with analyses of the same settings
        ctx = Context.shared(replace(settings, db=Settings().db))
        result = add(store, args.paths, story=args.story, ctx=ctx,
                     on_item=(lambda *_: bar.update(1)) if bar else None)
    finally:
        if bar:
            bar.close()
    for err in result.errors:
        print(f"storylens: skipped {err.source}: {err.error}", file=sys.stderr)
    where = f"story {result.story}" if result.story else "no story"
    print(f"storylens: {result.count('added')} added, {result.count('unchanged')} already stored, "
          f"{result.count('new_version')} new version(s), {len(result.errors)} error(s); {where}; "
          f"re-analysed {len(result.analysed)} story(ies) in {store.db}", file=sys.stderr)
    return 0 if any(o != "dropped" for o in result.outcomes.values()) else 2


def _stories(args, store, settings) -> int:
    from .read import list_stories

    stories = list_stories(store)
    if args.format == "json":
        print(json.dumps(stories, ensure_ascii=False, indent=2))
        return 0
    header = ("id", "title", "articles", "languages", "first", "last", "conflicts", "disputes")
    rows = [(str(s["id"]), _cut(s["title"], 50) + ("" if s["analysed"] else " (not analysed yet)"), str(s["article_count"]),
             ",".join(s["languages"]), s["first_date"] or "", s["last_date"] or "", str(s["conflicts"]),
             str(s["disputes"])) for s in stories]
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    for row in (header, *rows):
        print("  ".join(x.ljust(w) for x, w in zip(row, widths)).rstrip())
    return 0


def _report(args, store, settings) -> int:
    from ..cli import _format_from_suffix
    from ..report import write_report
    from .read import load_report

    report = load_report(store, args.story)
    fmt = args.format or _format_from_suffix(args.output)
    out = write_report(report, fmt, settings, args.output)
    if out:
        print(f"storylens: story {args.story} ({len(report.articles)} article(s)); wrote {out}", file=sys.stderr)
    return 0


def _export(args, store, settings) -> int:
    from .export import export_parquet

    written = export_parquet(store, Path(args.parquet))
    print(f"storylens: wrote {len(written)} table(s) to {args.parquet}", file=sys.stderr)
    return 0


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _progress(settings):
    if not settings.progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc="adding", unit="doc", file=sys.stderr, leave=False)
