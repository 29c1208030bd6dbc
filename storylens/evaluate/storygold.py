"""The gold of the real development stories: reading it, finding its texts, and fitting it to the texts at hand.

Each story is ``eval/stories/<id>.json`` in the repository (format: ``eval/stories/schema.json``); its article
texts are third-party pages kept out of git, under ``<stories dir>/<id>/<file>`` (by default
``../devdata/stories``). An article is named in the gold by its file stem, which is also its id in a report.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..model import Document
from .textmatch import contains

log = logging.getLogger("storylens")

GOLD_DIR = Path(__file__).resolve().parents[2] / "eval" / "stories"
TEXTS_ENV = "STORYLENS_STORIES_DIR"
SCHEMA = GOLD_DIR / "schema.json"  # one format for every set of stories


@dataclass(frozen=True)
class StorySet:
    """A set of real stories scored alike: where its gold is, and the devdata folder and variable naming its texts."""

    name: str
    gold_dir: Path
    texts: str
    env: str
    title: str


STORY_SETS = {
    "stories": StorySet("stories", GOLD_DIR, "stories", TEXTS_ENV,
                        "stories: real development stories against eval/stories/*.json"),
    # held out: stories the developers never look at, the team's check that the work generalises
    "heldout": StorySet("heldout", GOLD_DIR.parent / "heldout", "heldout-stories", "STORYLENS_HELDOUT_DIR",
                        "heldout: held-out real stories against eval/heldout/*.json"),
}


def find_texts(explicit: str | Path | None = None, story_set: str = "stories") -> Path | None:
    """The folder of a set's story texts: given, else its environment variable, else ``devdata/<texts>`` beside the
    repository (``devdata/stories`` for the development stories)."""
    spec = STORY_SETS[story_set]
    if explicit:
        return Path(explicit)
    if os.environ.get(spec.env):
        return Path(os.environ[spec.env])
    for base in (Path.cwd().parent, Path.cwd(), GOLD_DIR.parents[2]):
        if (base / "devdata" / spec.texts).is_dir():
            return base / "devdata" / spec.texts
    return None


def load_gold(gold_dir: Path = GOLD_DIR) -> list[dict]:
    """Every story's gold, in file-name order."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json")) if p.name != "schema.json"]


def stem(file: str) -> str:
    return Path(file).stem


@dataclass
class Texts:
    """Which of a story's article texts are on disk."""

    story: str
    folder: Path | None
    present: list[Path] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)  # the gold article records


def locate(gold: dict, texts_dir: Path | None) -> Texts:
    folder = texts_dir / gold["id"] if texts_dir else None
    found = Texts(gold["id"], folder)
    for art in gold["articles"]:
        path = folder / art["file"] if folder else None
        if path is not None and path.is_file():
            found.present.append(path)
        else:
            found.missing.append(art)
    return found


def documents(gold: dict, paths: list[Path]) -> list[Document]:
    """The story's texts as documents carrying what a feed or a fetched page gives with them: URL, outlet, date.

    Only input metadata (never the language, a title or anything the analysis finds): a yearless date or a time of
    day in an article is stated in full from its publication date, as it is for a page or a feed entry.
    """
    from ..ingest import read_inputs

    known = {stem(a["file"]): a for a in gold["articles"]}
    docs = []
    for doc in read_inputs(paths):
        if not isinstance(doc, Document):  # named, then scored as an article in which nothing was found
            log.warning("eval: %s: %s", doc.source, doc.error)
            continue
        art = known.get(doc.id, {})
        given = {k: art[k] for k in ("url", "outlet", "published") if art.get(k)}
        docs.append(replace(doc, meta={**given, **doc.meta}))
    return docs


def snippet_problems(gold: dict, texts: Texts) -> list[str]:
    """Every gold snippet that its article's text does not contain (only articles on disk are checked)."""
    text = {p.stem: p.read_text(encoding="utf-8") for p in texts.present}
    problems = []
    for where, article, snippet in snippets(gold):
        if article in text and not contains(text[article], snippet):
            problems.append(f"{gold['id']}: {where}: {snippet!r} not in {article}")
        elif article not in {stem(a["file"]) for a in gold["articles"]}:
            problems.append(f"{gold['id']}: {where}: unknown article {article}")
    return problems


def snippets(gold: dict) -> list[tuple[str, str, str]]:
    """(where, article, text) for every piece of article text the gold quotes."""
    out = []
    for v in gold["values"]:
        out += [(f"value {v['id']}", m["article"], m["text"]) for m in v["mentions"]]
    for d in gold["disputes"]:
        for side in ("asserting", "denying", "hedging"):
            out += [(f"dispute {d['id']} {side}", e["article"], e["text"]) for e in d.get(side, [])]
    for q in gold["quotes"]:
        out += [(f"quote {q['id']}", e["article"], e["text"]) for e in q["versions"]]
        out += [(f"quote {q['id']} speaker", e["article"], e["speaker"]) for e in q["versions"] if "speaker" in e]
    for e in gold["entities"]:
        out += [(f"entity {e['id']}", a, n) for a, names in e["mentions"].items() for n in names]
    for a, names in gold["names"].items():
        out += [("names", a, n) for n in names]
    for t in gold["traps"]:
        out += [(f"trap {t['id']}", n["article"], n["text"]) for n in t["not"]]
    return out


def consistency_problems(gold: dict) -> list[str]:
    """Cross-references the schema cannot check: ids that exist, conflicts that match their values."""
    sid = gold["id"]
    problems = []
    values = {v["id"]: v for v in gold["values"]}
    entities = {e["id"] for e in gold["entities"]}
    for c in gold["conflicts"]:
        v = values.get(c["value"])
        if v is None or v["status"] != "conflicting":
            problems.append(f"{sid}: conflict {c['id']} names {c['value']}, not a conflicting value")
            continue
        sides = {a: str(s["value"]) for s in c["sides"] for a in s["articles"]}
        mentions = {m["article"]: str(m.get("value", v.get("value"))) for m in v["mentions"]}
        if sides.keys() != mentions.keys() or not all(refines(mentions[a], sides[a]) for a in sides):
            problems.append(f"{sid}: conflict {c['id']} sides {sides} differ from {v['id']}'s mentions {mentions}")
    conflicting = {c["value"] for c in gold["conflicts"]}
    for v in gold["values"]:
        if v["status"] == "conflicting" and v["id"] not in conflicting:
            problems.append(f"{sid}: value {v['id']} is conflicting but no conflict names it")
        if v["status"] != "conflicting" and "value" not in v:
            problems.append(f"{sid}: value {v['id']} has no value")
        if v["kind"] == "count" and "noun" not in v:
            problems.append(f"{sid}: count {v['id']} names no counted noun")
        arts = {m["article"] for m in v["mentions"]}
        if (v["status"] == "single_source") != (len(arts) == 1):
            problems.append(f"{sid}: value {v['id']} is {v['status']} with {len(arts)} article(s)")
    for q in gold["quotes"]:
        if q["entity"] is not None and q["entity"] not in entities:
            problems.append(f"{sid}: quote {q['id']} speaker {q['entity']} is not an entity")
    for t in gold["traps"]:
        pool = values if t["kind"] == "value" else entities
        if t["target"] not in pool:
            problems.append(f"{sid}: trap {t['id']} target {t['target']} unknown")
    ids = [x["id"] for part in ("values", "conflicts", "disputes", "quotes", "entities", "traps") for x in gold[part]]
    problems += [f"{sid}: id {i} used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    return problems


def refines(value: str, side: str) -> bool:
    """Whether a value is the side's value or a more precise date within it ("2024-03" within "2024")."""
    return value == side or value.startswith(side + "-") or value.startswith(side + "T")


def restrict(gold: dict, present: set[str]) -> dict:
    """The gold as far as the articles in ``present`` (stems) carry it, statuses recomputed."""
    g = dict(gold)
    g["articles"] = [a for a in gold["articles"] if stem(a["file"]) in present]
    values, conflicts = [], []
    sides_of = {c["value"]: c for c in gold["conflicts"]}
    for v in gold["values"]:
        mentions = [m for m in v["mentions"] if m["article"] in present]
        if not mentions:
            continue
        v = {**v, "mentions": mentions}
        arts = {m["article"] for m in mentions}
        if v["status"] == "conflicting":
            c = sides_of[v["id"]]
            sides = [{**s, "articles": [a for a in s["articles"] if a in present]} for s in c["sides"]]
            sides = [s for s in sides if s["articles"]]
            if len(sides) >= 2:
                conflicts.append({**c, "sides": sides})
            else:  # one side left: what remains agrees with itself
                v.update(status="agreed" if len(arts) > 1 else "single_source", value=sides[0]["value"])
        elif len(arts) == 1:
            v["status"] = "single_source"
        values.append(v)
    g["values"], g["conflicts"] = values, conflicts
    g["disputes"] = []
    for d in gold["disputes"]:
        d = {**d, **{k: [e for e in d.get(k, []) if e["article"] in present] for k in ("asserting", "denying", "hedging")}}
        if d["asserting"] and (d["denying"] or d["hedging"]):  # qualified without a denial is still a dispute
            g["disputes"].append(d)
    g["quotes"] = [q2 for q in gold["quotes"]
                   if (q2 := {**q, "versions": [e for e in q["versions"] if e["article"] in present]})["versions"]]
    g["entities"] = [e2 for e in gold["entities"]
                     if (e2 := {**e, "mentions": {a: n for a, n in e["mentions"].items() if a in present}})["mentions"]]
    g["names"] = {a: n for a, n in gold["names"].items() if a in present}
    g["traps"] = [t2 for t in gold["traps"] if (t2 := {**t, "not": [n for n in t["not"] if n["article"] in present]})["not"]]
    return g


def check_report(texts_dir: str | Path | None = None, gold_dir: Path = GOLD_DIR,
                 story_set: str = "stories") -> tuple[str, bool]:
    """What ``storylens eval --sets stories --check`` prints, and whether every text is there and every snippet in it."""
    folder = find_texts(texts_dir, story_set)
    lines = [f"story texts: {folder if folder else 'not found (pass --stories DIR)'}"]
    complete = True
    for gold in load_gold(gold_dir):
        found = locate(gold, folder)
        problems = consistency_problems(gold) + snippet_problems(gold, found)
        complete = complete and not found.missing and not problems
        lines.append(f"{gold['id']}: {len(found.present)}/{len(gold['articles'])} texts"
                     + (f", {len(problems)} problem(s)" if problems else ""))
        lines += [f"  missing {found.folder / a['file'] if found.folder else a['file']}  <- {a['url']}" for a in found.missing]
        lines += [f"  {p}" for p in problems]
    return "\n".join(lines), complete
