"""Measure the comparison on parallel documents (one story told in several versions, e.g. a text and its translations).

Three rates, for a folder of documents each holding versions of one text
(``wmt21-ru-en-dev/<doc>/{ru,en-a,en-b}.txt``):

* ``agreed``: of the numbers written in digits in every version, the share that
  sit in an ``agreed`` group spanning all versions (in each version the group
  holds a value whose text has that number; ``agreed_lenient`` accepts any claim
  text holding it, so numbers inside names count through their statement group);
* ``flipped``: change one such number in one version; the share of changes after
  which a ``conflicting`` group holds the changed value;
* ``false_alarm``: the share of unmodified documents with any ``conflicting`` or
  ``disputed`` group.

Run ``python -m storylens.compare_measure ../shared/data/wmt21-ru-en-dev`` or call ``measure``.
"""
from __future__ import annotations

import argparse
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .ingest import Document
from .model import Report
from .pipeline import Stage
from .resources import Context

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?(?![\w])")


def _in_name(number: str) -> re.Pattern:
    return re.compile(rf"(?:[^\W\d_]-|№\s*|\bNo\.\s*){number}(?!\d)")


@dataclass
class Measurement:
    numbers: int = 0
    agreed: int = 0
    agreed_lenient: int = 0
    changes: int = 0
    flipped: int = 0
    documents: int = 0
    false_alarms: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    unflipped: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        return {
            "agreed": self.agreed / self.numbers if self.numbers else 0.0,
            "agreed_lenient": self.agreed_lenient / self.numbers if self.numbers else 0.0,
            "flipped": self.flipped / self.changes if self.changes else 0.0,
            "false_alarm": self.false_alarms / self.documents if self.documents else 0.0,
        }


def _norm(number: str) -> str:
    return re.sub(r"[\u00a0 ,.]", "", number)


def numbers_in(text: str) -> dict[str, list[tuple[int, int]]]:
    """Digit numbers of a text by their separator-free form, with their spans."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _NUMBER.finditer(text):
        out.setdefault(_norm(m.group()), []).append(m.span())
    return out


def body_numbers(report: Report) -> dict[str, dict[str, list[str]]]:
    """Version -> number -> the analysed (body) sentences holding it."""
    version = _version_of(report)
    out: dict[str, dict[str, list[str]]] = {}
    for a in report.articles:
        nums = out.setdefault(version[a.id], {})
        for s in a.body:
            for n in numbers_in(s.text):
                nums.setdefault(n, []).append(s.text)
    return out


def analyse_versions(texts: dict[str, str], ctx: Context, stages: Sequence[Stage]) -> Report:
    """Analyse the versions of one document together as one story."""
    from .api import analyze

    docs = [Document(id=name, source=f"{name}.txt", text=text) for name, text in texts.items()]
    return analyze(docs, ctx=ctx, stages=stages)


def _version_of(report: Report) -> dict[str, str]:
    """Article id -> version name (file stem)."""
    return {a.id: Path(a.source).stem for a in report.articles}


def _groups_with(report: Report, number: str, status: str, versions: set[str], strict: bool) -> bool:
    claims = {c.id: c for c in report.claims}
    version = _version_of(report)
    for g in report.comparison:
        if g.status != status:
            continue
        seen = set()
        for cid in g.claims:
            c = claims[cid]
            texts = [v.text for v in c.values] if strict else [c.text]
            if any(number in numbers_in(t) for t in texts):
                seen.add(version[c.article])
        if versions <= seen:
            return True
    return False


def change_number(text: str, sentence: str, number: str, new: str) -> tuple[str, str]:
    """``text`` with the first ``number`` of ``sentence`` (found in ``text``) replaced by ``new``; a number written
    with separators ("300,000") keeps them and changes its leading digit instead. Returns the text and the
    number written in it now, without separators."""
    at = text.find(sentence)
    if at < 0:
        at = 0
        sentence = text
    s, e = numbers_in(sentence)[number][0]
    written = sentence[s:e]
    if not written.isdigit():
        lead = int(written[0])
        new = str(lead + 1 if lead < 9 else 1) + written[1:]
    return text[:at + s] + new + text[at + e:], _norm(new)


def _changed(number: str) -> str:
    """A different number of the same shape (a year stays a year)."""
    n = int(number)
    return str(n + 1) if n >= 10 else str(n + 2 if n < 8 else n - 2)


def measure_document(texts: dict[str, str], ctx: Context, stages: Sequence[Stage], result: Measurement,
                     changes_per_doc: int = 3, rng: random.Random | None = None, name: str = "") -> None:
    """Add one document's numbers, changes and alarms to ``result``."""
    rng = rng or random.Random(0)
    report = analyse_versions(texts, ctx, stages)
    result.documents += 1
    bad = [g for g in report.comparison if g.status in ("conflicting", "disputed")]
    if bad:
        result.false_alarms += 1
        result.alarms.extend(f"{name}: {g.status} {g.topic} {g.note or ''}" for g in bad)
    found = body_numbers(report)
    common = sorted(set.intersection(*(set(found.get(v, {})) for v in texts))) if texts else []
    versions = set(texts)
    for n in common:
        result.numbers += 1
        if _groups_with(report, n, "agreed", versions, strict=True):
            result.agreed += 1
        else:
            result.misses.append(f"{name}: {n}")
        if _groups_with(report, n, "agreed", versions, strict=False):
            result.agreed_lenient += 1
    # a number glued to a name ("COVID-19", "№ 30") is part of the name: changing it changes no quantity
    candidates = [n for n in common if n.isdigit() and len(n) <= 6
                  and not any(_in_name(n).search(t) for v in found.values() for t in v[n])]
    for n in rng.sample(candidates, min(changes_per_doc, len(candidates))):
        version = rng.choice(sorted(texts))
        changed = dict(texts)
        new = _changed(n)
        changed[version], new = change_number(texts[version], found[version][n][0], n, new)
        rep = analyse_versions(changed, ctx, stages)
        result.changes += 1
        vmap = _version_of(rep)
        claims = {c.id: c for c in rep.claims}
        hit = False
        for g in rep.comparison:
            if g.status != "conflicting":
                continue
            for cid in g.claims:
                c = claims[cid]
                if vmap[c.article] == version and any(new in numbers_in(v.text) for v in c.values):
                    hit = True
        if hit:
            result.flipped += 1
        else:
            result.unflipped.append(f"{name}: {version} {n}->{new}")


def read_documents(folder: str | Path) -> list[tuple[str, dict[str, str]]]:
    """(name, {version: text}) for every document folder under ``folder``."""
    out = []
    for d in sorted(Path(folder).iterdir()):
        if d.is_dir():
            texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))}
            if len(texts) >= 2:
                out.append((d.name, texts))
    return out


def measure(folder: str | Path, ctx: Context | None = None, stages: Sequence[Stage] | None = None,
            limit: int | None = None, changes_per_doc: int = 3, seed: int = 0,
            progress: Callable[[str], None] | None = None) -> Measurement:
    """Measure agreed / flipped / false-alarm rates over every document in ``folder``."""
    from .stages import default_stages

    ctx = ctx or Context()
    if stages is None:
        stages = [s for s in default_stages() if s.name not in ("framing",)]
    rng = random.Random(seed)
    result = Measurement()
    t0 = time.perf_counter()
    for name, texts in read_documents(folder)[:limit]:
        measure_document(texts, ctx, stages, result, changes_per_doc, rng, name)
        if progress:
            progress(name)
    result.seconds = time.perf_counter() - t0
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--changes", type=int, default=3, help="changed numbers per document")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    m = measure(args.folder, limit=args.limit, changes_per_doc=args.changes)
    r = m.rates()
    print(f"documents {m.documents}, numbers in every version {m.numbers}, changes {m.changes}, {m.seconds:.1f} s")
    print(f"agreed {r['agreed']:.3f} (lenient {r['agreed_lenient']:.3f})  flipped {r['flipped']:.3f}  "
          f"false_alarm {r['false_alarm']:.3f}")
    if args.verbose:
        for title, items in (("missed", m.misses), ("not flipped", m.unflipped), ("alarms", m.alarms)):
            print(f"-- {title}:")
            for x in items:
                print("  ", x)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
