"""Where article vectors are measured from: each language's mean, learnt as articles arrive.

Multilingual sentence vectors share a large common part, and each language
adds its own: two unrelated Russian articles look closer than a Russian
article and its English translation. Subtracting each language's mean vector
removes both, so one threshold serves every pair of languages. A language's
mean is the running mean of the articles seen so far, shrunk toward a
background (``data/cluster_background.txt``: generic news in a few languages)
until enough articles of that language have arrived, so the first articles of a
store are measured sensibly too. Only articles already placed move the means,
so the same articles in the same order are always measured the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from ..resources import Context

PRIOR_WEIGHT = 20.0  # the background counts as this many articles of each language
ALL = ""  # the key under which every language's sum is kept


@dataclass
class Centres:
    """Running sums of raw vectors per language (and over all languages), and the background they start from."""

    background: dict[str, np.ndarray]  # language (ALL for every language) -> background mean
    sums: dict[str, np.ndarray] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def centre(self, language: str | None) -> np.ndarray:
        """The language's mean: what it has seen, shrunk toward its background, or toward all languages' mean."""
        overall = self._shrunk(ALL, self.background[ALL])
        return self._shrunk(language or ALL, self.background.get(language or ALL, overall))

    def _shrunk(self, lang: str, prior: np.ndarray) -> np.ndarray:
        n = self.counts.get(lang, 0)
        if not n:
            return prior
        return (self.sums[lang] + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT)

    def centred(self, vector: np.ndarray, language: str | None) -> np.ndarray:
        """The unit vector of ``vector`` minus its language's mean."""
        v = np.asarray(vector, dtype=np.float32) - self.centre(language)
        norm = float(np.linalg.norm(v))
        return (v / norm if norm else v).astype(np.float32)

    def add(self, vector: np.ndarray, language: str | None) -> None:
        """Count one placed article's raw vector in its language's mean and in the overall one."""
        for lang in dict.fromkeys((language or ALL, ALL)):
            self.sums[lang] = self.sums.get(lang, 0) + np.asarray(vector, dtype=np.float64)
            self.counts[lang] = self.counts.get(lang, 0) + 1


def background(ctx: Context) -> dict[str, np.ndarray]:
    """Mean vectors of the background sentences per language and over all of them (built once per context)."""

    def build() -> dict[str, np.ndarray]:
        rows = [line.split("\t", 1) for line in _lines()]
        vecs = ctx.embedder.embed([text for _, text in rows])
        out = {ALL: vecs.mean(axis=0)}
        for lang in dict.fromkeys(code for code, _ in rows):
            out[lang] = vecs[[i for i, (code, _) in enumerate(rows) if code == lang]].mean(axis=0)
        return out

    return ctx.resource(f"cluster_background:{ctx.settings.embeddings}", build)


def _lines() -> list[str]:
    text = (resources.files("storylens") / "data" / "cluster_background.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
