"""The command line: a thin shell over ``storylens.api``."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__

EPILOG = """examples:
  storylens analyze ../shared/seeds --format html -o report.html
  storylens analyze story/*.txt feed.jsonl --format json -o report.json
  cat article.txt | storylens analyze - --format md
  storylens analyze https://example.org/news/story.html saved/commentary.html -o report.html
  storylens watch https://example.org/rss.xml https://example.net/news-sitemap.xml --out feeds/ --once
  storylens watch https://example.org/rss.xml --db news.db --every 15m && storylens stories --db news.db
  storylens add coverage/ --db story.db && storylens stories --db story.db
  storylens serve --db story.db --port 8000

exit status: 0 when at least one article was analysed, 2 when none could be."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="storylens", description="Show how one news story is told across outlets and languages.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"storylens {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    a = sub.add_parser("analyze", help="analyse articles that cover one story and write a report",
                       description="Analyse text, HTML or JSONL files (or directories, URLs, or '-' for standard "
                                   "input) together and write a side-by-side report.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("paths", nargs="+", metavar="PATH",
                   help="file, directory (read recursively), http(s) URL (fetched safely) or '-' for standard input")
    a.add_argument("-f", "--format", choices=("json", "html", "md"), default=None,
                   help="report format (default: from the -o suffix, else json)")
    a.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: standard output)")
    a.add_argument("--max-bytes", type=int, metavar="N", help="skip inputs larger than N bytes (default 5,000,000)")
    a.add_argument("--aliases", metavar="FILE", help="alias file of canonical entities and their variants")
    a.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")
    a.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    a.add_argument("--cluster", action="store_true",
                   help="cluster the inputs into stories (default: all inputs are one story)")
    w = sub.add_parser("watch", help="follow feeds and sitemaps: fetch new and changed articles every few minutes",
                       description="Read RSS, Atom and JSON feeds and news sitemaps, fetch the articles that are new "
                                   "or changed since the last round, and write them out (--out) or analyse them into a "
                                   "store, each joining its story (--db); one summary line per round.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    w.add_argument("feeds", nargs="+", metavar="FEED", help="URL of a feed or (news) sitemap")
    where = w.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="DIR",
                       help="append articles to DIR/articles.jsonl (storylens's JSONL input) and keep DIR/fetch-cache.json")
    where.add_argument("--db", metavar="STORE",
                       help="analyse articles into this store (SQLite file or postgresql:// URL), clustered into stories")
    when = w.add_mutually_exclusive_group()
    when.add_argument("--every", metavar="INTERVAL", default="15m", help="time between rounds: 90s, 15m, 2h (default 15m)")
    when.add_argument("--once", action="store_true", help="run one round and exit (for cron)")
    w.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")
    w.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    sub.add_parser("languages", help="list each language's recogniser, morphology and data parts",
                   description="Show what each language folder under storylens/lang/ provides, so a missing part "
                               "is visible.")
    from .evaluate.command import add_parser as add_eval_parser  # `storylens eval`, owned by storylens.evaluate

    add_eval_parser(sub)
    from .store.command import add_parsers as add_store_parsers  # add, stories, report, export: storylens.store

    add_store_parsers(sub)
    from .web.command import add_parser as add_serve_parser  # `storylens serve`: storylens.web

    add_serve_parser(sub)
    from .batch.command import add_parser as add_batch_parser  # `storylens batch`, owned by storylens.batch

    add_batch_parser(sub)
    return p


class _Stderr(logging.Handler):
    """The library's warnings (skipped inputs, failed stages) on standard error, as the command's own lines."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"storylens: {self.format(record)}", file=sys.stderr)  # sys.stderr looked up now: it may be replaced


def _log_to_stderr() -> None:
    logger = logging.getLogger("storylens")
    if not any(isinstance(h, _Stderr) for h in logger.handlers):
        logger.addHandler(_Stderr())
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    _log_to_stderr()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command == "eval":
        from .evaluate.command import main as eval_main

        return eval_main(args)
    if args.command == "watch":
        from .fetch.command import watch_main

        return watch_main(args)
    if args.command == "languages":
        from .languages import describe, render

        print(render(describe()))
        return 0
    if args.command == "serve":
        from .web.command import main as serve_main

        return serve_main(args)
    if args.command == "batch":
        from .batch.command import main as batch_main

        return batch_main(args)
    from .store.command import COMMANDS as STORE_COMMANDS

    if args.command in STORE_COMMANDS:
        from .store.command import main as store_main

        return store_main(args)
    return _analyze(args)


def _analyze(args) -> int:
    from .api import analyze
    from .errors import StorylensError
    from .report import write_report
    from .resources import Context
    from .settings import Settings

    try:
        settings = Settings.load(args.config, max_bytes=args.max_bytes, aliases=args.aliases,
                                 progress=False if args.no_progress else None, cluster=True if args.cluster else None)
    except StorylensError as exc:
        print(f"storylens: {exc}", file=sys.stderr)
        return 2
    fmt = args.format or _format_from_suffix(args.output)
    bar = _progress(settings)
    try:
        report = analyze(args.paths, ctx=Context.shared(settings), on_item=(lambda item: bar.update(1)) if bar else None)
    except StorylensError as exc:
        print(f"storylens: {exc}", file=sys.stderr)
        return 1
    finally:
        if bar:
            bar.close()
    out = write_report(report, fmt, settings, args.output)
    if out:
        print(f"storylens: {len(report.articles)} article(s) analysed, {len(report.errors)} skipped; wrote {out}", file=sys.stderr)
    return 0 if report.articles else 2


def _format_from_suffix(output: str | None) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    return {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}.get(suffix, "json")


def _progress(settings):
    if not settings.progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc="reading", unit="doc", file=sys.stderr, leave=False)
