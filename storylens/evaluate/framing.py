"""Genre, frames and techniques against labelled development articles (``storylens eval --sets framing``).

The articles live outside git (third-party texts): JSON Lines files under the
framing data folder (default ``../devdata/framing``), one article a line::

    {"id": "...", "lang": "en", "text": "..." | "file": "relative/path.txt",
     "genre": "opinion" | "reporting" | "satire" | null, "frames": [...] | null,
     "techniques": [{"technique": "...", "start": 0, "end": 9}] | null,
     "scheme": [technique names the gold annotates], "split": "tune" | "check"}

``file`` is relative to the line's own file. Each article is analysed alone,
as a user would analyse one page. ``split`` keeps the articles used to choose
thresholds (``tune``) apart from those that only measure (``check``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..ingest import Document
from ..pipeline import Report
from .measures import Score, Section, rate

GENRES = ("opinion", "reporting", "satire")
TOP = 3  # the "top 3" frames measure
Analyse = Callable[[list[Document]], Report]


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled development article."""

    id: str
    lang: str
    text: str
    genre: str | None = None
    frames: tuple[str, ...] | None = None
    techniques: tuple[tuple[str, int, int], ...] | None = None
    scheme: tuple[str, ...] = ()
    split: str = "tune"


@dataclass(frozen=True, slots=True)
class Predicted:
    """What the analysis said about one article."""

    genre: str | None
    frames: tuple[str, ...]                     # strongest first
    techniques: tuple[tuple[str, str], ...]     # (technique, span text)


def load_items(root: Path) -> list[Item]:
    """Every labelled article in the ``*.jsonl`` files under ``root``, in file and line order."""
    from ..errors import StorylensError

    items: list[Item] = []
    for path in sorted(Path(root).rglob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                text = raw["text"] if "text" in raw else (path.parent / raw["file"]).read_text(encoding="utf-8")
                items.append(_item(raw, text))
            except (KeyError, ValueError, OSError) as exc:
                raise StorylensError(f"{path}:{n}: not a framing item ({exc})") from exc
    return items


def _item(raw: dict, text: str) -> Item:
    techs = raw.get("techniques")
    return Item(str(raw["id"]), raw["lang"], text, raw.get("genre"),
                tuple(raw["frames"]) if raw.get("frames") is not None else None,
                tuple((t["technique"], int(t["start"]), int(t["end"])) for t in techs) if techs is not None else None,
                tuple(raw.get("scheme", ())), raw.get("split", "tune"))


def predict(items: Iterable[Item], analyse: Analyse) -> list[Predicted]:
    """Analyse each article alone and keep its genre, frames and techniques."""
    out = []
    for it in items:
        report = analyse([Document(id=it.id, source=f"framing/{it.id}", text=it.text)])
        f = report.framing[0] if report.framing else None
        art = report.articles[0] if report.articles else None
        out.append(Predicted(art.genre if art else None, tuple(x.frame for x in f.frames) if f else (),
                             tuple((t.technique, t.text) for t in f.techniques) if f else ()))
    return out


def genre_scores(name: str, pairs: list[tuple[str | None, str | None]]) -> tuple[list[Score], float, str]:
    """Per-genre P/R lines, macro-F1 over the genres in gold or predicted (no genre counts as its own), confusion."""
    gold = [g for g, _ in pairs]
    pred = [p or "none" for _, p in pairs]
    labels = sorted(set(gold) | set(pred), key=lambda g: (g not in GENRES, g))
    scores, f1s = [], []
    for lab in labels:
        s = Score(f"{name}.{lab}", sum(g == p == lab for g, p in zip(gold, pred)), pred.count(lab),
                  sum(g == p == lab for g, p in zip(gold, pred)), gold.count(lab))
        scores.append(s)
        f1s.append(s.f1 or 0.0)
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    confusion = "; ".join(f"{g}->{p}: {n}" for (g, p), n in sorted(_count(zip(gold, pred)).items()) if g != p)
    return scores, macro, confusion


def _count(pairs) -> dict:
    out: dict = {}
    for k in pairs:
        out[k] = out.get(k, 0) + 1
    return out


def frame_score(name: str, pairs: list[tuple[tuple[str, ...], tuple[str, ...]]], top: int | None = None) -> Score:
    """Micro P/R over articles: predicted frames (all, or the ``top`` strongest) against the gold frames."""
    hits = predicted = gold = 0
    for g, p in pairs:
        p = p[:top] if top else p
        hits += len(set(p) & set(g))
        predicted += len(set(p))
        gold += len(set(g))
    return Score(name, hits, predicted, hits, gold)


def technique_score(name: str, rows: list[tuple[Item, Predicted]]) -> Score:
    """Precision of predicted spans whose technique the gold annotates: the span text overlaps a gold span of it."""
    hits = total = 0
    for it, pr in rows:
        for tech, text in pr.techniques:
            if tech not in it.scheme or not text:
                continue
            total += 1
            spans = [(a, b) for t, a, b in it.techniques or () if t == tech]
            hits += any(_overlaps(it.text, text, spans))
    return Score(name, hits, total, note="precision only: gold spans are not exhaustive for every technique")


def _overlaps(text: str, needle: str, spans: list[tuple[int, int]]) -> Iterable[bool]:
    start = text.find(needle)
    while start >= 0:
        yield any(start < b and a < start + len(needle) for a, b in spans)
        start = text.find(needle, start + 1)


def measure(items: list[Item], preds: list[Predicted]) -> Section:
    """The framing section: genre per language and split, frames per language and split, techniques."""
    section = Section("framing: genre, frames and techniques on labelled development articles")
    rows = list(zip(items, preds))
    groups = sorted({(it.lang, it.split) for it in items})
    macro: dict[str, float] = {}
    for lang, split in groups:
        sub = [(it, pr) for it, pr in rows if it.lang == lang and it.split == split]
        tag = f"{lang}.{split}"
        gpairs = [(it.genre, pr.genre) for it, pr in sub if it.genre]
        if gpairs:
            scores, m, confusion = genre_scores(f"genre.{tag}", gpairs)
            acc = sum(g == p for g, p in gpairs)
            section.add(rate(f"genre.{tag}.accuracy", acc, len(gpairs), note=f"macro-F1 {m:.3f}"))
            for s in scores:
                section.add(s)
            macro[f"genre.{tag}"] = round(m, 4)
            if confusion:
                section.notes.append(f"genre {tag} confusion: {confusion}")
        fpairs = [(it.frames, pr.frames) for it, pr in sub if it.frames]
        if fpairs:
            section.add(frame_score(f"frames.{tag}", fpairs))
            section.add(frame_score(f"frames.{tag}.top{TOP}", fpairs, TOP))
    trows = [(it, pr) for it, pr in rows if it.techniques is not None and it.scheme]
    if trows:
        section.add(technique_score("techniques.precision", trows))
    section.extra["genre_macro_f1"] = macro
    section.extra["articles"] = len(items)
    return section


def evaluate(items: list[Item], analyse: Analyse) -> Section:
    """Analyse every item and measure genre, frames and techniques."""
    return measure(items, predict(items, analyse))
