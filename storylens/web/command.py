"""``storylens serve``: the web app over a store, served by uvicorn."""
from __future__ import annotations

import argparse
import sys


def add_parser(sub) -> None:
    s = sub.add_parser("serve", help="browse a store in a web browser: stories, comparisons, people, quotes, search",
                       description="Serve the web app over a store: stories, each story's comparison, entities, "
                                   "outlets and search, and the same as JSON under /api/. Read-only unless the "
                                   "web_token setting is set.")
    s.add_argument("--db", metavar="STORE", help="the store: a SQLite file or a postgresql:// URL (default: the db setting)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    s.add_argument("--config", metavar="FILE", help="settings file (TOML, table [storylens]); default ./storylens.toml")


def main(args: argparse.Namespace) -> int:
    from ..errors import StorylensError
    from ..settings import Settings

    try:
        settings = Settings.load(args.config, db=args.db)
        if not 0 < args.port < 65536:
            raise StorylensError(f"--port {args.port}: expected 1 to 65535")
        from .app import create_app

        app = create_app(settings.db, settings, host=args.host)
    except StorylensError as exc:
        print(f"storylens: {exc}", file=sys.stderr)
        return 1
    import uvicorn

    mode = "adding allowed with the token" if settings.web_token else "read-only"
    print(f"storylens: serving {settings.db} on http://{_url_host(args.host)}:{args.port}/ ({mode}); Ctrl-C stops",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False,
                proxy_headers=False, access_log=False)
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
