"""``storylens batch``: the command-line face of ``storylens.batch``."""
from __future__ import annotations

import argparse
import os
import sys


def add_parser(sub) -> argparse.ArgumentParser:
    b = sub.add_parser("batch", help="analyse a Parquet file of articles on Dask and write flat Parquet tables",
                       description="Read articles from Parquet (a store's export, or one row per article with "
                                   "text or html and an optional story column), analyse each story on a Dask "
                                   "cluster (local worker processes, or a running scheduler), and write the tables "
                                   "articles, entities, mentions, quotes, claims, groups, framing, errors and "
                                   "stories as OUT/<table>.parquet.")
    b.add_argument("--parquet", metavar="IN", required=True, help="a store's export folder, or a Parquet file or folder of articles")
    b.add_argument("--out", metavar="OUT", required=True, help="folder to write <table>.parquet files into")
    where = b.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--workers", type=int, metavar="N",
                       help="start N local worker processes (default: one per core)")
    b.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")
    return b


def main(args: argparse.Namespace) -> int:
    from ..errors import StorylensError
    from ..settings import Settings
    from .run import local_client, run_batch

    try:
        settings = Settings.load(args.config)
        if args.workers is not None and args.workers < 1:
            print("storylens batch: --workers must be at least 1", file=sys.stderr)
            return 2
        if args.scheduler:
            from distributed import Client

            client = Client(args.scheduler)
        else:
            client = local_client(args.workers or os.cpu_count() or 1)
        with client:
            result = run_batch(args.parquet, args.out, client, settings)
    except StorylensError as exc:
        print(f"storylens batch: {exc}", file=sys.stderr)
        return 2
    print(f"storylens batch: {result.articles} articles in {result.stories} stories, {result.errors} errors, "
          f"{result.seconds:.1f} s; tables in {args.out}")
    return 0 if result.articles or not result.stories else 2
