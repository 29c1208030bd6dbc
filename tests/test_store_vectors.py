"""The store keeps the embedder's vectors: a story compared again in a new process embeds only what is new."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from storylens.adapters.embeddings import Embedder, text_key
from storylens.resources import Context
from storylens.store.store import Store
from storylens.store.vectors import StoreVectors
from storylens.store.write import add

from store_fixtures import store_db  # noqa: F401  (fixture)

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"


def test_vectors_round_trip_exactly_per_model(store_db):  # noqa: F811
    with Store.open(store_db) as store:
        kept = StoreVectors(store)
        a, b = np.random.default_rng(1).normal(size=(2, 513)).astype(np.float32)
        kept.put_vectors("m1", {"k1": a, "k2": b})
        kept.put_vectors("m1", {"k1": b})  # already there: the first one stays
        got = kept.get_vectors("m1", ["k1", "k2", "k3"])
        assert set(got) == {"k1", "k2"} and np.array_equal(got["k1"], a) and np.array_equal(got["k2"], b)
        assert kept.get_vectors("m2", ["k1"]) == {}


class Counting:
    """The real backend, counting the texts it is asked to encode."""

    def __init__(self, backend):
        self.backend, self.name, self.dim, self.seen = backend, backend.name, backend.dim, []

    def encode(self, texts):
        self.seen.extend(texts)
        return self.backend.encode(texts)


def _fresh_context() -> tuple[Context, Counting]:
    """A context as a new process has it: no vector cached in memory."""
    ctx = Context()
    counting = Counting(Context.shared().embedder.backend)
    ctx._extra["embedder"] = Embedder(counting)
    return ctx, counting


def test_a_story_compared_again_reads_its_vectors_from_the_store(store_db, tmp_path):  # noqa: F811
    (tmp_path / "a").mkdir()
    for f in ("wire_en.txt", "novosti_ru.txt"):
        (tmp_path / "a" / f).write_text((DEMO / f).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "column_en.txt").write_text((DEMO / "column_en.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with Store.open(store_db) as store:
        ctx, first = _fresh_context()
        result = add(store, [tmp_path / "a"], ctx=ctx)
        stored = StoreVectors(store).get_vectors(first.name, [text_key(t) for t in first.seen])
        assert first.seen and len(stored) == len({text_key(t) for t in first.seen})
        ctx2, second = _fresh_context()  # a later process adds an article to the same story
        add(store, [tmp_path / "column_en.txt"], story=result.story, ctx=ctx2)
        again = set(first.seen) & set(second.seen)
        assert second.seen and not again, f"embedded again: {sorted(again)[:3]}"
