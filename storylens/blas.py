"""Many small matrix products on one BLAS thread.

OpenBLAS splits a product of a few thousand cells over every core, and its
threads then spin while they wait for the next one: a loop of small products
(one article's sentences against the frame prototypes, say) costs several times
its own work in CPU seconds on a busy machine (2026-11-30, framing of 300
articles: 5 of 8 CPU s). Each result cell is worked out by one thread whatever
the number of threads, so one thread gives the same numbers.

OpenBLAS's setting is the process's: threadpoolctl lets the first Python thread
to limit it own it until its block ends (another thread's block meanwhile
changes nothing), and that thread puts the setting back.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator


@lru_cache(maxsize=1)
def _controller():
    import numpy  # noqa: F401  (its BLAS must be loaded for the controller to see it)
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_thread() -> Iterator[None]:
    """Run the block with BLAS on one thread (the process's setting comes back after it)."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
