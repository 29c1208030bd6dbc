"""Stores for the store's tests: a SQLite file, and a fresh PostgreSQL database per test.

PostgreSQL comes from ``STORYLENS_TEST_PG_URL`` (``.ci/setup-postgres.sh`` starts a server and
prints one). Without it the PostgreSQL cases fail under CI, which must run them, and skip locally.
"""
from __future__ import annotations

import os
import uuid

import pytest

BACKENDS = ["sqlite", "postgresql"]
PG_ENV = "STORYLENS_TEST_PG_URL"


def pg_base_url() -> str:
    url = os.environ.get(PG_ENV, "")
    if url:
        return url
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{PG_ENV} is not set: CI must run the store's tests on PostgreSQL (.ci/run calls "
                    ".ci/setup-postgres.sh)", pytrace=False)
    pytest.skip(f"PostgreSQL not configured: export {PG_ENV}=\"$(bash .ci/setup-postgres.sh)\" to run these")


def fresh_pg_database() -> tuple[str, object]:
    """A new empty database on the test server: (its URL, a function that drops it)."""
    import psycopg

    from storylens.store.engine import database_url

    base = pg_base_url()
    name = f"storylens_t_{uuid.uuid4().hex[:12]}"
    admin = database_url(base).replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(_conninfo(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(_conninfo(admin), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return _with_database(base, name), drop


def _with_database(url: str, name: str) -> str:
    head, _, query = url.partition("?")
    head = head[: head.rindex("/") + 1] + name
    return head + ("?" + query if query else "")


def _conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    parts = {"user": u.username, "password": u.password, "host": u.host or u.query.get("host"),
             "port": u.port or u.query.get("port"), "dbname": u.database}
    return " ".join(f"{k}={v}" for k, v in parts.items() if v)


@pytest.fixture(params=BACKENDS)
def store_db(request, tmp_path):
    """A store location (SQLite path or PostgreSQL URL) nobody has used yet."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    url, drop = fresh_pg_database()
    try:
        yield url
    finally:
        drop()
