"""The 14 SemEval-2023 generic frames, scored per article with evidence sentences.

Two signals per sentence and frame, both language-independent in code:
- similarity: the multilingual encoder compares the sentence with each frame's
  description and examples (``storylens/data/frames.toml``); raw cosines of
  e5 models sit in a narrow band, so a sentence's similarities are
  standardised across the 14 frames and only a clear lead counts;
- cues: frame vocabulary from ``lang/<code>/framing.toml``, when the sentence's
  language has it.
A frame's article score mixes how strongly its best sentences carry it with how
much of the article does; its evidence is its strongest sentences. When the
package ships a frame model (``data/framing_frames.json``, fitted by
``tools/train_framing.py``), the probability that the article is about a frame
is a logistic function of that score and of the article's document vector (the
mean of its sentence embeddings); otherwise the score alone is calibrated.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..model import Article, FrameScore, Sentence
from . import cues

EVIDENCE = 3          # evidence sentences kept per frame
MIN_SCORE = 0.12      # frames below this are not reported
SENTENCE_FLOOR = 0.42  # a sentence below this strength is not evidence (similarity alone needs z >= 1.55)
SHORT = 8             # sentences with fewer words count proportionally less
STD_FLOOR = 0.02      # typical spread of one sentence's 14 frame similarities with multilingual-e5-small
MODEL_EVIDENCE_FLOOR = 0.2  # with the frame model: evidence needs a clear lead (z >= 0.8) or one cue word


@dataclass(frozen=True, slots=True)
class FrameSpec:
    name: str
    description: str
    examples: tuple[str, ...]


@lru_cache(maxsize=1)
def specs() -> tuple[FrameSpec, ...]:
    """Frame names, descriptions and examples from the bundled data file."""
    path = resources.files("storylens") / "data" / "frames.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))["frame"]
    return tuple(FrameSpec(f["name"], f["description"], tuple(f.get("examples", ()))) for f in raw)


def names() -> tuple[str, ...]:
    return tuple(s.name for s in specs())


def prototypes() -> tuple[list[str], np.ndarray]:
    """Every description and example text, and the index of the frame each belongs to."""
    texts: list[str] = []
    owner: list[int] = []
    for i, spec in enumerate(specs()):
        for t in (spec.description, *spec.examples):
            texts.append(t)
            owner.append(i)
    return texts, np.asarray(owner)


def similarity_strength(sent_vecs: np.ndarray, proto_vecs: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """(sentences x frames) strength in [0, 1] from how far a frame's similarity leads the sentence's mean."""
    n_frames = int(owner.max()) + 1
    sims = sent_vecs @ proto_vecs.T
    best = np.stack([sims[:, owner == i].max(axis=1) for i in range(n_frames)], axis=1)
    # A vague sentence has nearly equal similarities to every frame; dividing by its own tiny spread would turn
    # noise into a lead, so the spread is floored at a typical value for the encoder.
    spread = np.maximum(best.std(axis=1, keepdims=True), STD_FLOOR)
    z = (best - best.mean(axis=1, keepdims=True)) / spread
    # z of 0.5 (slightly above this sentence's average frame) maps to 0, z of 2 to 1.
    return np.clip((z - 0.5) / 1.5, 0.0, 1.0)


def cue_strength(sentences: tuple[Sentence, ...], default_lang: str | None) -> tuple[np.ndarray, bool]:
    """(sentences x frames) strength from cue words (two distinct cues saturate), and whether any cue data existed."""
    frame_names = names()
    out = np.zeros((len(sentences), len(frame_names)), dtype=np.float32)
    had_data = False
    for i, s in enumerate(sentences):
        table = cues.table(s.language or default_lang, "frames")
        had_data = had_data or bool(table)
        for j, name in enumerate(frame_names):
            hits = {s.text[a:b].lower() for a, b in cues.find(table.get(name), s.text)}
            out[i, j] = min(1.0, len(hits) / 2.0)
    return out, had_data


def combine(sim: np.ndarray, cue: np.ndarray, had_cues: bool) -> np.ndarray:
    """Per-sentence frame strength: similarity and cues together, similarity alone for a language without cue data."""
    if not had_cues:
        return sim
    return 0.6 * sim + 0.4 * cue


def article_scores(strength: np.ndarray) -> np.ndarray:
    """Per-frame article score in [0, 1]: the mean of its three strongest sentences and the share of sentences carrying it."""
    if strength.shape[0] == 0:
        return np.zeros(strength.shape[1])
    k = min(3, strength.shape[0])
    top = np.sort(strength, axis=0)[-k:].mean(axis=0)
    coverage = (strength >= SENTENCE_FLOOR).mean(axis=0)
    # Coverage saturates at half the sentences: a frame that runs through the text is fully present.
    return 0.6 * top + 0.4 * np.minimum(1.0, coverage / 0.5)


def strength_matrix(article: Article, sent_vecs: np.ndarray, proto_vecs: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """(body sentences x frames) strength in [0, 1] for one article."""
    sim = similarity_strength(sent_vecs, proto_vecs, owner)
    # Very short sentences ("As a norm.") embed close to everything: trust their similarity less.
    words = np.asarray([len(s.text.split()) for s in article.body], dtype=np.float32)
    sim = sim * np.minimum(1.0, words / SHORT)[:, None]
    cue, had = cue_strength(article.body, article.language)
    return combine(sim, cue, had)


@dataclass(frozen=True, slots=True)
class FrameModel:
    """Per frame: logistic over the article's raw frame score and its document vector."""

    raw_weights: tuple[float, ...]              # one per frame
    doc_weights: tuple[tuple[float, ...], ...]  # one row per frame, one weight per embedding dimension
    bias: tuple[float, ...]

    def probability(self, scores: np.ndarray, doc: np.ndarray | None) -> np.ndarray | None:
        """Probability per frame, or None when the document vector is missing or of another encoder."""
        weights = np.asarray(self.doc_weights, dtype=np.float64)
        if doc is None or weights.shape[1] != len(doc):
            return None
        z = np.asarray(self.bias) + np.asarray(self.raw_weights) * scores + weights @ np.asarray(doc, dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


@dataclass(frozen=True, slots=True)
class Calibration:
    """Raw article score -> probability that the article is about the frame, and which frames to report."""

    slope: float
    intercept: float
    min_probability: float  # a frame below this is not reported
    ratio: float            # ... nor one below this share of the article's strongest frame
    max_frames: int         # at most this many frames: those that carry a real share of the article
    model: FrameModel | None = None  # with a document vector, this gives the probabilities instead

    def probability(self, scores: np.ndarray, doc: np.ndarray | None = None) -> np.ndarray:
        learned = self.model.probability(scores, doc) if self.model is not None else None
        if learned is not None:
            return learned
        return 1.0 / (1.0 + np.exp(-(self.slope * scores + self.intercept)))


@lru_cache(maxsize=1)
def calibration() -> Calibration | None:
    """The calibration chosen on development data (``data/framing_frames.json``), or None without one."""
    path = resources.files("storylens") / "data" / "framing_frames.json"
    if not path.is_file():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    model = None
    if "model" in d:
        m = d["model"]
        model = FrameModel(tuple(m["raw_weights"]), tuple(tuple(r) for r in m["doc_weights"]), tuple(m["bias"]))
    return Calibration(d["slope"], d["intercept"], d["min_probability"], d["ratio"], int(d["max_frames"]), model)


def chosen(scores: np.ndarray, cal: Calibration | None, doc: np.ndarray | None = None) -> list[tuple[int, float]]:
    """(frame index, reported score) of the frames to report, strongest first."""
    if cal is None:
        return sorted(((j, float(v)) for j, v in enumerate(scores) if v >= MIN_SCORE), key=lambda jv: -jv[1])
    prob = cal.probability(scores, doc)
    order = [int(j) for j in np.argsort(-prob, kind="stable")]
    top = float(prob[order[0]]) if order else 0.0
    keep = [j for j in order if prob[j] >= cal.min_probability and prob[j] >= cal.ratio * top]
    return [(j, float(prob[j])) for j in keep[:cal.max_frames]]


def frame_scores(article: Article, strength: np.ndarray, cal: Calibration | None | bool = True,
                 doc: np.ndarray | None = None) -> tuple[FrameScore, ...]:
    """Reported frames of one article, strongest first, each with its calibrated score and evidence sentences."""
    body = article.body
    if not body:
        return ()
    cal = calibration() if cal is True else cal or None
    learned = cal is not None and cal.model is not None and cal.model.probability(article_scores(strength), doc) is not None
    # The learned model reads the whole article, so its frames need evidence that leads, not the stricter floor
    # the raw score needs to stand on its own.
    floor = MODEL_EVIDENCE_FLOOR if learned else SENTENCE_FLOOR
    out = []
    for j, score in chosen(article_scores(strength), cal, doc):
        order = np.argsort(-strength[:, j], kind="stable")[:EVIDENCE]
        evidence = tuple(body[i].text for i in order if strength[i, j] >= floor)
        if evidence:  # a frame no sentence clearly carries is not shown: the analyst could not check it
            out.append(FrameScore(names()[j], round(score, 3), evidence))
    return tuple(out)


def explain(article: Article, sent_vecs: np.ndarray, proto_vecs: np.ndarray, owner: np.ndarray,
            frame: str) -> list[tuple[str, float, float, tuple[str, ...]]]:
    """Why sentences carry ``frame``: (sentence, similarity strength, cue strength, cue words), strongest first."""
    j = names().index(frame)
    sim = similarity_strength(sent_vecs, proto_vecs, owner)[:, j]
    cue, _ = cue_strength(article.body, article.language)
    rows = []
    for i, s in enumerate(article.body):
        table = cues.table(s.language or article.language, "frames")
        words = tuple(s.text[a:b] for a, b in cues.find(table.get(frame), s.text))
        rows.append((s.text, round(float(sim[i]), 3), round(float(cue[i, j]), 3), words))
    return sorted(rows, key=lambda r: -(r[1] + r[2]))
