"""Train the genre model and calibrate the frame scores on the labelled development articles (tune split only).

Usage: python tools/train_framing.py [--framing ../devdata/framing] [--cache /tmp/storylens-framing-cache.pkl]
Writes storylens/data/framing_genre.json and storylens/data/framing_frames.json and prints the measures on
the tune split (what was fitted) and on the check split (held out from fitting). Data sources: docs/framing.md.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

from storylens import framing
from storylens.evaluate import framing as measure
from storylens.evaluate.runner import find_framing
from storylens.framing import frames, genre, genre_model
from storylens.resources import Context

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tune_framing import cached_reports, save  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "storylens" / "data"
L2 = 1.0  # ridge penalty of the genre model (standardised features)
# The direction each signal may push: the development set is small, and a sign learned against what the
# signal means (a question pushing towards reporting) would be an accident of the sample, not a rule.
REPORTING_SIGNALS = {"attribution", "quote_share"}


def logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float, iters: int = 50) -> np.ndarray:
    """Weighted L2-penalised logistic regression by Newton's method; returns [bias, weights...]."""
    X = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(X.shape[1])
    pen = np.full(X.shape[1], l2)
    pen[0] = 0.0  # the bias is not shrunk
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-X @ w))
        grad = X.T @ (weight * (p - y)) + pen * w
        hess = (X * (weight * p * (1 - p))[:, None]).T @ X + np.diag(pen) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def macro_f1(gold: list[str], pred: list[str]) -> float:
    return measure.genre_scores("g", list(zip(gold, pred)))[1]


def train_genre(rows: list[tuple[measure.Item, genre.Signals]]) -> genre_model.GenreModel:
    """Class-balanced logistic model on the tune articles; threshold chosen for the mean macro-F1 over languages."""
    tune = [(it, s) for it, s in rows if it.split == "tune" and it.genre in ("opinion", "reporting")]
    names = tuple(genre_model.LABELS)
    x = np.array([[genre_model.features(s)[n] for n in names] for _, s in tune])
    y = np.array([it.genre == "opinion" for it, _ in tune], dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    # each (language, genre) cell weighs the same: the training mix must not set the prior
    cells = [(it.lang, it.genre) for it, _ in tune]
    weight = np.array([len(cells) / (len(set(cells)) * cells.count(c)) for c in cells])
    z = (x - mean) / scale
    sign = np.array([-1.0 if n in REPORTING_SIGNALS else 1.0 for n in names])
    active = np.ones(len(names), dtype=bool)
    while True:  # drop every signal whose weight comes out against its meaning, and refit without it
        w = np.zeros(len(names) + 1)
        fit = logistic(z[:, active], y, weight, L2)
        w[0], w[1:][active] = fit[0], fit[1:]
        wrong = active & (w[1:] * sign < 0)
        if not wrong.any():
            break
        active &= ~wrong
    # Balanced cells make 0.5 the neutral threshold; it is kept rather than tuned on a reporting-heavy sample.
    return genre_model.GenreModel(names, tuple(mean.round(5)), tuple(scale.round(5)), tuple(w[1:].round(5)),
                                  round(float(w[0]), 5), 0.5)


def calibrate_frames(rows: list[tuple[measure.Item, np.ndarray]]) -> frames.Calibration:
    """Platt scaling of the raw article scores, then the reporting rule with the best micro-F1 on the tune split."""
    tune = [(it, sc) for it, sc in rows if it.split == "tune"]
    x = np.concatenate([sc for _, sc in tune])[:, None]
    y = np.concatenate([[n in it.frames for n in frames.names()] for it, _ in tune]).astype(float)
    w = logistic(x, y, np.ones(len(y)), 1e-3)
    slope, intercept = round(float(w[1]), 4), round(float(w[0]), 4)
    best = (-1.0, None)
    for p_min, ratio, k in itertools.product((0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4), (0.0, 0.3, 0.5, 0.7), (2, 3, 4, 5)):
        cal = frames.Calibration(slope, intercept, p_min, ratio, k)
        hits = pred = gold = 0
        for it, sc in tune:
            got = {frames.names()[j] for j, _ in frames.chosen(sc, cal)}
            hits, pred, gold = hits + len(got & set(it.frames)), pred + len(got), gold + len(set(it.frames))
        f1 = 2 * hits / (pred + gold) if pred + gold else 0.0
        if f1 > best[0] + 1e-9:
            best = (f1, cal)
    return best[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--framing", default=None)
    ap.add_argument("--cache", default="/tmp/storylens-framing-cache.pkl")
    args = ap.parse_args()
    items = measure.load_items(find_framing(Path(args.framing) if args.framing else None))
    ctx = Context()
    cache = cached_reports(items, ctx, Path(args.cache))
    genre_rows, frame_rows = [], []
    for it in items:
        report = cache["reports"][it.id]
        art = report.articles[0]
        if it.genre:
            genre_rows.append((it, genre.signals(art, framing.quoted_spans(art, report))))
        if it.frames:
            strength = framing.strengths(report, ctx)[art.id]
            frame_rows.append((it, frames.article_scores(strength)))
    save(cache, ctx, Path(args.cache))
    model = train_genre(genre_rows)
    (DATA / genre_model.MODEL_FILE).write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    print("genre model:", json.dumps(model.to_dict()))
    if frame_rows:
        cal = calibrate_frames(frame_rows)
        (DATA / "framing_frames.json").write_text(json.dumps(
            {"slope": cal.slope, "intercept": cal.intercept, "min_probability": cal.min_probability,
             "ratio": cal.ratio, "max_frames": cal.max_frames}, indent=1) + "\n", encoding="utf-8")
        print("frames calibration:", cal)
    for split in ("tune", "check"):
        for lang in sorted({it.lang for it, _ in genre_rows}):
            sub = [(it, s) for it, s in genre_rows if it.split == split and it.lang == lang]
            pred = ["opinion" if model.probability(s) >= model.threshold else "reporting" for _, s in sub]
            gold = [it.genre for it, _ in sub]
            print(f"genre {lang}.{split}: macro-F1 {macro_f1(gold, pred):.3f}, accuracy "
                  f"{sum(g == p for g, p in zip(gold, pred))}/{len(sub)}")


if __name__ == "__main__":
    main()
