"""Peak memory and time of the claims + compare stages on one large story, with a stand-in embedder.

The stand-in gives each text a deterministic pseudo-random unit vector (no model), so this measures what
the comparison itself holds in memory and costs, in minutes instead of hours. Usage:
    python bench/compare_memory.py 300 1000
"""
from __future__ import annotations

import hashlib
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from storylens import api, claims, compare, entities, language, quotes, segment, stories  # noqa: E402
from storylens.adapters.embeddings import Embedder  # noqa: E402
from storylens.pipeline import Report, run  # noqa: E402
from storylens.resources import Context  # noqa: E402


class HashBackend:
    """Sum of a fixed pseudo-random vector per word: sentences sharing words are similar, as with a real model,
    so candidate blocking sees a realistic structure (template sentences crowd together)."""

    dim = 384

    def __init__(self):
        self._words: dict[str, np.ndarray] = {}

    def _word(self, w: str) -> np.ndarray:
        if w not in self._words:
            seed = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "little")
            self._words[w] = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return self._words[w]

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i] += self._word(w[:5])  # a crude stem, so inflected forms meet
        return out


def main(sizes: list[int]) -> None:
    print(f"{'articles':>8} {'claims':>7} {'groups':>6} {'compare s':>9} {'peak MB':>8}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            paths = corpus.write(n, Path(tmp), stories=1)
            articles, _ = api.load(paths)
        ctx = Context()
        ctx.__dict__["embedder"] = Embedder(HashBackend())
        report = run([language.STAGE, segment.STAGE, stories.STAGE, entities.STAGE, quotes.STAGE, claims.STAGE],
                     Report(articles=tuple(articles)), ctx)
        t = time.process_time()
        report = compare.STAGE(report, ctx)
        dt = time.process_time() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>8} {len(report.claims):>7} {len(report.comparison):>6} {dt:>9.1f} {peak:>8.0f}", flush=True)


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [300])
