"""Stores and servers for the web app's tests: three stories on SQLite or PostgreSQL, and uvicorn on 127.0.0.1.

The stories are written from reports that exist already (``storylens.web.fill``):
the real analysis of the seeds (a name in Cyrillic and Latin script), the
hand-built bridge story (conflicting and disputed rows, English and Russian) and
an article full of hostile markup.
"""
from __future__ import annotations

import socket
import threading
import time

import pytest

from report_fixture import analyzed_seeds, bridge_report, hostile_report
from store_fixtures import BACKENDS, fresh_pg_database


def fill(db: str) -> dict[str, int]:
    """Write the three test stories into the store at ``db``; their ids by name."""
    from storylens.store.store import Store
    from storylens.web.fill import write_report

    with Store.open(db) as store:
        return {"seeds": write_report(store, analyzed_seeds()), "bridge": write_report(store, bridge_report()),
                "hostile": write_report(store, hostile_report())}


@pytest.fixture(scope="module", params=BACKENDS)
def web_db(request, tmp_path_factory):
    """(store location, story ids) on each backend, filled once per test module."""
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("web") / "store.db")
        yield db, fill(db)
        return
    url, drop = fresh_pg_database()
    try:
        yield url, fill(url)
    finally:
        drop()


class LiveServer:
    """uvicorn serving ``app`` on a free port of 127.0.0.1 in a background thread."""

    def __init__(self, app):
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()
