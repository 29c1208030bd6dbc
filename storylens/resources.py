"""Heavy resources, built once on first use and shared by every stage of a run.

Nothing here loads at import time; a stage asks the context for what it needs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .settings import Settings

if TYPE_CHECKING:
    from .adapters.embeddings import Embedder


_EMBEDDERS: dict[str, "Embedder"] = {}


def shared_embedder(backend: str) -> "Embedder":
    """One embedder (and so one vector cache) per backend per process: a model loads once however many runs use it."""
    if backend not in _EMBEDDERS:
        from .adapters.embeddings import Embedder, make_backend

        _EMBEDDERS[backend] = Embedder(make_backend(backend))
    return _EMBEDDERS[backend]


@dataclass
class Context:
    """Settings plus lazily built models; pass one to every stage of a run."""

    settings: Settings = field(default_factory=Settings)
    _extra: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def embedder(self) -> "Embedder":
        return shared_embedder(self.settings.embeddings)

    def resource(self, name: str, build):
        """Build a named resource once (``build()``), then return the same object."""
        if name not in self._extra:
            self._extra[name] = build()
        return self._extra[name]
