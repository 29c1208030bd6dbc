"""A small logistic model that weighs the genre signals: opinion or reporting, with the weights shown as reasons.

The model is trained on labelled development articles by ``tools/train_framing.py`` and shipped as
``storylens/data/framing_genre.json`` (feature names, standardisation, weights, bias, decision threshold).
Every feature is a rate of one named signal in the author's own voice, so each contribution can be read back
as a reason ("evaluative language +0.9"). One more term weighs the article's document vector (the mean of
its sentence embeddings): how much the text reads like the opinion pieces of the development set, shown as
one reason of its own.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

from .genre import Signals

MODEL_FILE = "framing_genre.json"


def _per100(n: int, words: int) -> float:
    return 100.0 * n / max(words, 1)


def features(s: Signals) -> dict[str, float]:
    """The model's inputs: each signal as a rate, squashed by log1p so one outlier does not dominate."""
    sents = max(s.sentences, 1)
    raw = {
        "first_person": _per100(len(s.first_person), s.words),
        "reader_address": _per100(len(s.reader_address) + len(s.second_person), s.words),
        "questions": len(s.questions) / sents,
        "exclamations": s.exclamations / sents,
        "evaluative": _per100(len(s.evaluative), s.words),
        "loaded_language": _per100(len(s.loaded), s.words),
        "modality": _per100(len(s.modality), s.words),
        "attribution": len(s.attribution) / sents,
        "quote_share": s.quote_share,
        "explanatory": _per100(len(s.analysis), s.words),
        "title_argues": float(s.title_argues or bool(s.argument_headings)),
    }
    return {k: math.log1p(v) for k, v in raw.items()}


LABELS = {  # how a feature reads in a reason
    "first_person": "first person", "reader_address": "addresses the reader", "questions": "questions",
    "exclamations": "exclamations", "evaluative": "evaluative words", "loaded_language": "loaded language",
    "modality": "prescriptive modality (should, must)", "attribution": "attributed statements",
    "quote_share": "quoted speech", "explanatory": "explanatory markers", "title_argues": "a title that argues",
    "embedding": "reads like opinion pieces (sentence embeddings)",
}


@dataclass(frozen=True, slots=True)
class GenreModel:
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    embedding: tuple[float, ...] = ()  # weights over the document vector (empty: signals only)
    embedding_offset: float = 0.0      # the embedding term of the average training article, so it reads as a push

    def contributions(self, s: Signals, doc: Sequence[float] | None = None) -> dict[str, float]:
        """Each feature's push towards opinion (positive) or reporting (negative), in logit units."""
        x = features(s)
        out = {n: w * (x[n] - m) / sc for n, m, sc, w in zip(self.names, self.mean, self.scale, self.weights)}
        if self.embedding and doc is not None and len(doc) == len(self.embedding):
            out["embedding"] = float(sum(w * v for w, v in zip(self.embedding, doc))) - self.embedding_offset
        return out

    def probability(self, s: Signals, doc: Sequence[float] | None = None) -> float:
        """The model's probability that the article is an opinion piece."""
        z = self.bias + sum(self.contributions(s, doc).values())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict:
        d = {"names": list(self.names), "mean": list(self.mean), "scale": list(self.scale),
             "weights": list(self.weights), "bias": self.bias, "threshold": self.threshold}
        if self.embedding:
            d.update(embedding=list(self.embedding), embedding_offset=self.embedding_offset)
        return d


def from_dict(d: dict) -> GenreModel:
    return GenreModel(tuple(d["names"]), tuple(d["mean"]), tuple(d["scale"]), tuple(d["weights"]),
                      float(d["bias"]), float(d["threshold"]), tuple(d.get("embedding", ())),
                      float(d.get("embedding_offset", 0.0)))


@lru_cache(maxsize=1)
def load() -> GenreModel | None:
    """The shipped model, or None when the package has none (the rules decide alone then)."""
    path = resources.files("storylens") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")))


def explain(model: GenreModel, s: Signals, doc: Sequence[float] | None = None, k: int = 3) -> str:
    """One line: the probability, the threshold and the strongest contributions either way."""
    parts = sorted(model.contributions(s, doc).items(), key=lambda kv: -abs(kv[1]))[:k]
    said = ", ".join(f"{LABELS[n]} {v:+.1f}" for n, v in parts if abs(v) >= 0.05)
    return (f"opinion score {model.probability(s, doc):.2f} against threshold {model.threshold:.2f} "
            f"({said or 'no strong signal'}) [model]")
