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


class StoreVectors:
    """Vectors by (model, text key) in the ``vectors`` table; each ``put_vectors`` is one transaction."""

    def __init__(self, store: Store):
        self.store = store

    def get_vectors(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        v = t.vectors
        with self.store.engine.connect() as conn:
            for i in range(0, len(keys), CHUNK):
                rows = conn.execute(select(v.c.key, v.c.vector).where(v.c.model == model,
                                                                     v.c.key.in_(list(keys[i:i + CHUNK]))))
                out.update({row.key: np.frombuffer(row.vector, dtype="<f4") for row in rows})
        return out

    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        if not vectors:
            return
        rows = [{"model": model, "key": k, "vector": np.asarray(vec, dtype="<f4").tobytes()} for k, vec in vectors.items()]
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
    before, emb.persist = emb.persist, StoreVectors(store)
    try:
        yield
    finally:
        emb.persist = before
