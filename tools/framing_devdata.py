"""Build the labelled framing development set (JSON Lines) from local development data; never commit the output.

Usage: python tools/framing_devdata.py [--devdata ../devdata] [--shared ../shared]
Writes ``<devdata>/framing/sets/*.jsonl`` for ``storylens eval --sets framing`` (format: evaluate/framing.py).
Sources and labels are listed in docs/framing.md ("Development data"). Every other article of each source is
``tune`` (thresholds are chosen on it), the rest ``check`` (only measured).
"""
from __future__ import annotations

import argparse
import csv
import json
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def split(i: int) -> str:
    return "tune" if i % 2 == 0 else "check"


def reporting_files(devdata: Path, shared: Path) -> list[dict]:
    """News reports: WMT21 ru-en dev (Russian originals, first English translation), PolNeAR dev, the development stories."""
    out = []
    wmt = sorted(p for p in (shared / "data" / "wmt21-ru-en-dev").iterdir() if p.is_dir())
    for i, d in enumerate(wmt):
        out.append({"id": f"wmt-{d.name}-ru", "lang": "ru", "file": str(d / "ru.txt"), "genre": "reporting", "split": split(i)})
        out.append({"id": f"wmt-{d.name}-en", "lang": "en", "file": str(d / "en-a.txt"), "genre": "reporting", "split": split(i)})
    for i, p in enumerate(sorted((devdata / "polnear-dev").glob("*.txt"))):
        out.append({"id": f"polnear-{p.stem}", "lang": "en", "file": str(p), "genre": "reporting", "split": split(i)})
    stories = [p for p in sorted((devdata / "stories").glob("*/*.txt")) if p.stem.endswith(("-en", "-ru"))]
    for i, p in enumerate(stories):
        out.append({"id": f"story-{p.parent.name}-{p.stem}", "lang": p.stem[-2:], "file": str(p),
                    "genre": "reporting", "split": split(i)})
    return out


def page_items(devdata: Path) -> list[dict]:
    """Beginnings of pages found with the pages corpus, labelled by hand: pages/*.py (genre) and pages2/*.py (genre, frames)."""
    out = []
    seen: dict[tuple, int] = {}  # alternate the splits within each (folder, language, genre): both get every kind
    for folder in ("pages", "pages2"):
        for script in sorted((devdata / "framing" / folder).glob("*.py")):
            for i, row in enumerate(runpy.run_path(str(script))["ITEMS"]):
                lang, genre, *frames, source, text = row  # pages2 rows carry "Frame; Frame" after the genre
                n = seen[folder, lang, genre] = seen.get((folder, lang, genre), -1) + 1
                item = {"id": f"{folder}-{script.stem}-{i:02d}", "lang": lang, "text": text, "genre": genre,
                        "source": source, "split": split(n) if folder != "pages" else split(i)}
                if frames and frames[0].strip():
                    item["frames"] = [x.strip() for x in frames[0].split(";") if x.strip()]
                out.append(item)
    return out


# SemEval-2020 Task 11 technique names -> storylens technique names (the ones both schemes have)
PTC_TECHNIQUES = {"Loaded_Language": "Loaded language", "Name_Calling,Labeling": "Name calling or labelling",
                  "Doubt": "Doubt", "Appeal_to_fear-prejudice": "Appeal to fear",
                  "Whataboutism,Straw_Men,Red_Herring": "Whataboutism", "Exaggeration,Minimisation": "Exaggeration"}
PTC_LABELS = {  # genre and frames labelled by reading the article (the dataset labels techniques only)
    "111111111": ("reporting", "Health and safety"),
    "111111112": ("reporting", "Legality, constitutionality and jurisprudence; Security and defense; Cultural identity"),
    "111111113": ("reporting", "Crime and punishment; Legality, constitutionality and jurisprudence; Political; "
                               "Policy prescription and evaluation"),
}


def ptc_items(devdata: Path) -> list[dict]:
    """SemEval-2020 Task 11 training articles with their technique spans (ptc/articles.py), for technique precision."""
    path = devdata / "framing" / "ptc" / "articles.py"
    if not path.exists():
        return []
    data = runpy.run_path(str(path))
    out = []
    for i, (aid, text) in enumerate(sorted(data["ARTICLES"].items())):
        spans = [{"technique": PTC_TECHNIQUES[t], "start": a, "end": b} for t, a, b in data["LABELS"][aid]
                 if t in PTC_TECHNIQUES]
        genre, frames = PTC_LABELS.get(aid, (None, ""))
        out.append({"id": f"ptc-{aid}", "lang": "en", "text": text, "genre": genre,
                    "frames": [x.strip() for x in frames.split(";") if x.strip()] or None,
                    "techniques": spans, "scheme": sorted(set(PTC_TECHNIQUES.values())), "split": split(i)})
    return out


def labelled(devdata: Path, shared: Path) -> list[dict]:
    """Articles whose frames (and genre) were labelled by hand: framing/labels.tsv (id, genre, frames separated by ';')."""
    path = devdata / "framing" / "labels.tsv"
    if not path.exists():
        return []
    out: list[dict] = []
    docs: dict[str, int] = {}  # the versions of one document (a text and its translation) share a split
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            i = docs.setdefault(str(Path(row[0]).parent), len(docs))
            file, lang, genre, frames = row[:4]
            base = shared if file.startswith("data/") or file.startswith("seeds/") else devdata
            out.append({"id": f"labelled-{Path(file).parent.name}-{Path(file).stem}", "lang": lang, "file": str(base / file),
                        "genre": genre or None, "frames": [x.strip() for x in frames.split(";") if x.strip()],
                        "split": split(i)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devdata", default=str(ROOT.parent / "devdata"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    devdata, shared = Path(args.devdata), Path(args.shared)
    sets = devdata / "framing" / "sets"
    sets.mkdir(parents=True, exist_ok=True)
    lab = labelled(devdata, shared)
    taken = {it["file"] for it in lab}
    parts = {"reporting": [it for it in reporting_files(devdata, shared) if it["file"] not in taken],
             "pages": page_items(devdata), "labelled": lab, "ptc": ptc_items(devdata)}
    for name, items in parts.items():
        with (sets / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        print(f"{name}: {len(items)} articles")


if __name__ == "__main__":
    main()
