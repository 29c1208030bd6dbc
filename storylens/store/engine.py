"""Opening a store: a SQLite file (WAL, one writer) or a PostgreSQL URL, migrated to the current schema on open.

``--db`` takes a path (``storylens.db``) or a URL (``postgresql://user@host/db``,
``sqlite:///path``). Migrations run automatically: the first process to open an
old store takes the writer lock (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL
advisory lock) and upgrades it in one transaction; the others wait and find it
current.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event

from ..errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_DB = "storylens.db"
_PG_LOCK = 0x5709E1E5  # the advisory lock key every storylens writer agrees on


def database_url(db: str | Path) -> str:
    """The SQLAlchemy URL for a ``--db`` value: a path means SQLite, ``postgresql://`` means psycopg 3."""
    db = str(db)
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix):]
    if "://" in db:
        return db
    return f"sqlite+pysqlite:///{Path(db).expanduser().resolve()}"


def make_engine(db: str | Path) -> Engine:
    url = database_url(db)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1]
        if path and not Path(path).parent.is_dir():
            raise StoreError(f"cannot create the store {path}: folder {Path(path).parent} does not exist")
        engine = create_engine(url, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def _sqlite_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself, so DDL and the write lock sit inside our transactions.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; a killed writer leaves the file whole
    cur.execute("PRAGMA synchronous=NORMAL")  # in WAL mode, durable against a killed process (not a power cut)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the database's one write lock at BEGIN, so two writers queue instead of failing mid-way.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed whole on success, rolled back whole on any error."""
    with engine.connect() as conn:
        conn.execution_options(writer=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
            yield conn


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> str:
    """Bring the store to the newest schema (a no-op when it is current); returns the revision."""
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            return head
    from alembic import command
    from alembic.config import Config
    from alembic.util.exc import CommandError

    with writing(engine) as conn:
        found = current_revision(conn)  # again under the lock: another process may have just migrated
        if found == head:
            return head
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        try:
            command.upgrade(cfg, "head")
        except CommandError as exc:
            raise StoreError(f"the store is at schema revision {found!r}, which this storylens does not know "
                             f"(is it from a newer version?): {exc}") from exc
    return head
