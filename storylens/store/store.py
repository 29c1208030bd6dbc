"""The ``Store`` handle: an engine on a migrated database, opened from a path or URL."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from ..errors import StoreError
from .engine import DEFAULT_DB, make_engine, migrate


@dataclass
class Store:
    """An open store; every read and write goes through its engine."""

    engine: Engine
    db: str

    @classmethod
    def open(cls, db: str | Path = DEFAULT_DB) -> "Store":
        """Open (creating it when missing) and migrate the store at a path or ``postgresql://`` URL."""
        from sqlalchemy.exc import OperationalError

        engine = make_engine(db)
        try:
            migrate(engine)
        except OperationalError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise StoreError(f"cannot open the store {_shown(db)}: {reason}") from exc
        return cls(engine, str(db))

    @property
    def backend(self) -> str:
        return self.engine.dialect.name  # sqlite | postgresql

    def files(self) -> set[Path]:
        """The files a SQLite store lives in (none for PostgreSQL)."""
        path = self.engine.url.database if self.backend == "sqlite" else None
        if not path:
            return set()
        base = Path(path).resolve()
        return {base} | {base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal")}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _shown(db: str | Path) -> str:
    """The store's name without a password."""
    from sqlalchemy.engine import make_url

    text = str(db)
    return make_url(text).render_as_string(hide_password=True) if "://" in text else text
