"""The embedder's vectors in the store: ``StoreVectors`` implements ``adapters.embeddings.VectorStore``.

A vector is computed once per model and distinct text, whichever process
needs it: comparing a story again after an article joins reads its other
articles' vectors from here instead of embedding them again.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Sequence

import numpy as np
from sqlalchemy import select

from ..resources import Context
from . import tables as t
from .engine import writing
from .store import Store

CHUNK = 500  # keys per query: well under every backend's limit on bound parameters
BATCH = 2000  # vectors held before they are written (about 4 MB): one transaction each, not one per embedding call


class StoreVectors:
    """Vectors by (model, text key) in the ``vectors`` table, written in batches (``flush``).

    The table is a cache: vectors not yet flushed when a process dies are computed again by the next one."""

    def __init__(self, store: Store, batch: int = BATCH):
        self.store = store
        self.batch = batch
        self.pending: dict[tuple[str, str], bytes] = {}

    def get_vectors(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        v = t.vectors
        with self.store.engine.connect() as conn:
            for i in range(0, len(keys), CHUNK):
                rows = conn.execute(select(v.c.key, v.c.vector).where(v.c.model == model,
                                                                     v.c.key.in_(list(keys[i:i + CHUNK]))))
                out.update({row.key: np.frombuffer(row.vector, dtype="<f4") for row in rows})
        for k in keys:  # a stored vector wins over a pending one, as it will when the pending one is flushed
            if k not in out and (model, k) in self.pending:
                out[k] = np.frombuffer(self.pending[model, k], dtype="<f4")
        return out

    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        for k, vec in vectors.items():
            self.pending.setdefault((model, k), np.asarray(vec, dtype="<f4").tobytes())
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Write the pending vectors in one transaction (what another process stored meanwhile is kept)."""
        if not self.pending:
            return
        rows = [{"model": m, "key": k, "vector": vec} for (m, k), vec in self.pending.items()]
        self.pending = {}
        with writing(self.store.engine) as conn:
            stmt = _insert_ignoring_known(conn.dialect.name)
            for i in range(0, len(rows), CHUNK):
                conn.execute(stmt, rows[i:i + CHUNK])


def _insert_ignoring_known(dialect: str):
    """INSERT that skips a (model, key) already stored (another process may have just written it)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(t.vectors).on_conflict_do_nothing(index_elements=["model", "key"])


@contextmanager
def kept_in(store: Store, ctx: Context) -> Iterator[None]:
    """While the block runs, the context's embedder reads and writes its vectors through the store."""
    emb = ctx.embedder
    kept = StoreVectors(store)
    before, emb.persist = emb.persist, kept
    try:
        yield
        kept.flush()
    finally:
        emb.persist = before
