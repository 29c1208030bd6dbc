"""Cross-language consistency on translated articles (``shared/data/wmt21-ru-en-dev``).

Each document is a Russian original and two independent English translations
(``ru.txt``, ``en-a.txt``, ``en-b.txt``), analysed together as one story.
Translations say the same thing, so a consistent analysis:

- links every person across the versions that name them (the reference
  persons are the recognised PER mentions grouped by romanised surname);
- puts every number written in all three versions in an ``agreed`` group
  that spans the three;
- turns that group ``conflicting`` when the number is changed in one
  translation (we change it and analyse again);
- finds no ``conflicting`` or ``disputed`` group in an unchanged document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Callable, Iterable

from ..disjoint import DisjointSets
from ..model import Claim, Document, Report
from .measures import Score, Section, rate
from .names import same_person
from .numbers import keys, numbers, plant

VERSIONS = ("ru", "en-a", "en-b")
CHANGED = "en-b"  # the translation in which one number is changed
Analyse = Callable[[list[Document]], Report]


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    texts: dict[str, str]  # version -> raw file text

    def documents(self, replace: dict[str, str] | None = None) -> list[Document]:
        texts = {**self.texts, **(replace or {})}
        return [Document(id=f"{self.name}.{v}", source=f"wmt21/{self.name}/{v}.txt", text=texts[v]) for v in VERSIONS]


def load_docs(root: Path, limit: int | None = None) -> list[Doc]:
    """The documents under ``root`` that have all three versions, in name order."""
    docs = []
    for d in sorted(p for p in Path(root).iterdir() if p.is_dir()):
        files = [d / f"{v}.txt" for v in VERSIONS]
        if all(f.is_file() for f in files):
            docs.append(Doc(d.name, {v: f.read_text(encoding="utf-8") for v, f in zip(VERSIONS, files)}))
        if limit and len(docs) >= limit:
            break
    return docs


def _version(article_id: str) -> str:
    return article_id.rsplit(".", 1)[-1]


@dataclass
class Tally:
    """Counts summed over documents."""

    c: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, **counts: int) -> None:
        for k, v in counts.items():
            self.c[k] = self.c.get(k, 0) + v

    def __getitem__(self, k: str) -> int:
        return self.c.get(k, 0)


# ---- people ------------------------------------------------------------------------------------

def people_counts(report: Report, notes: list[str] | None = None) -> dict[str, int]:
    """Cross-version person links, predicted against reference, for one document's report (misses into ``notes``)."""
    mentions = [(_version(m.article), m.text, e.id) for e in report.entities if e.type == "PER" for m in e.mentions]
    # reference persons: mentions joined (transitively) when their romanised surnames agree
    sets = DisjointSets(len(mentions))
    for i, j in combinations(range(len(mentions)), 2):
        if same_person(mentions[i][1], mentions[j][1]):
            sets.union(i, j)
    ref = [sets.find(i) for i in range(len(mentions))]
    # version sets: per reference person, per predicted entity, and per (person, entity)
    ref_v: dict[int, set[str]] = {}
    ent_v: dict[str, set[str]] = {}
    both: dict[tuple[int, str], set[str]] = {}
    for (version, _, ent), r in zip(mentions, ref):
        ref_v.setdefault(r, set()).add(version)
        ent_v.setdefault(ent, set()).add(version)
        both.setdefault((r, ent), set()).add(version)
    gold_links = {(r, a, b) for r, vs in ref_v.items() for a, b in combinations(sorted(vs), 2)}
    linked = {(r, a, b) for (r, _), vs in both.items() for a, b in combinations(sorted(vs), 2)}
    pred_links = {(e, a, b) for e, vs in ent_v.items() for a, b in combinations(sorted(vs), 2)}
    pred_ok = {(e, a, b) for (_, e), vs in both.items() for a, b in combinations(sorted(vs), 2)}
    if notes is not None:
        def names(key, version: str, pos: int) -> str:
            return "/".join(sorted({t for (v, t, e), r in zip(mentions, ref) if v == version and (e, r)[pos] == key}))
        notes += [f"person link wrong: {names(e, a, 0)} ({a}) ~ {names(e, b, 0)} ({b})"
                  for e, a, b in sorted(pred_links - pred_ok)]
        notes += [f"person link missed: {names(r, a, 1)} ({a}) ~ {names(r, b, 1)} ({b})"
                  for r, a, b in sorted(gold_links - linked)]
    in_all = [r for r, vs in ref_v.items() if len(vs) == len(VERSIONS)]
    all_linked = [r for r in in_all if any(vs == set(VERSIONS) for (rr, _), vs in both.items() if rr == r)]
    return {"pred_links": len(pred_links), "pred_ok": len(pred_ok), "gold_links": len(gold_links),
            "gold_ok": len(gold_links & linked), "in_all": len(in_all), "all_linked": len(all_linked),
            "persons": len(ref_v), "persons_everywhere": len(in_all)}


# ---- numbers and conflicts ----------------------------------------------------------------------

def claim_numbers(claim: Claim) -> set[str]:
    """Numbers a claim states: those of its values, or of its text when it has no values."""
    if claim.values:
        return {k for v in claim.values for k in keys(v.text or "")}
    return keys(claim.text)


def shared_numbers(report: Report) -> list[str]:
    """Numbers written with digits in every version's cleaned text, in order of appearance in the changed one."""
    texts = {_version(a.id): a.text for a in report.articles}
    if set(texts) != set(VERSIONS):
        return []
    common = set.intersection(*(keys(t) for t in texts.values()))
    order = [n.key for n in numbers(texts[CHANGED])]
    return sorted(common, key=order.index)


def _group_numbers(report: Report) -> list[tuple[str, dict[str, set[str]]]]:
    """(status, version -> numbers of its claims) for every comparison group."""
    claims = {c.id: c for c in report.claims}
    out = []
    for g in report.comparison:
        per: dict[str, set[str]] = {}
        for cid in g.claims:
            if cid in claims:
                per.setdefault(_version(claims[cid].article), set()).update(claim_numbers(claims[cid]))
        out.append((g.status, per))
    return out


def number_counts(report: Report, shared: list[str]) -> dict[str, int]:
    groups = _group_numbers(report)
    agreed_all = [per for status, per in groups if status == "agreed" and any(per.values())]
    def spans(per: dict[str, set[str]], k: str) -> bool:
        return all(k in per.get(v, ()) for v in VERSIONS)
    covered = [k for k in shared if any(spans(per, k) for per in agreed_all)]
    agreed_ok = [per for per in agreed_all if any(spans(per, k) for k in shared)]
    false = sum(1 for status, _ in groups if status in ("conflicting", "disputed"))
    return {"shared": len(shared), "covered": len(covered), "agreed": len(agreed_all), "agreed_ok": len(agreed_ok),
            "groups": len(groups), "false_conflicts": false, "clean_doc": int(false == 0)}


def conflict_counts(report: Report, old: str, new: str) -> dict[str, int]:
    """Whether the planted change shows as a conflicting group holding the old and the new value."""
    groups = _group_numbers(report)
    flagged = [(status, per) for status, per in groups if status in ("conflicting", "disputed")]

    def holds(per: dict[str, set[str]]) -> bool:
        return new in per.get(CHANGED, ()) and any(old in per.get(v, ()) for v in VERSIONS if v != CHANGED)

    right = [status for status, per in flagged if holds(per)]
    return {"perturbed": 1, "caught": int("conflicting" in right), "caught_disputed": int("disputed" in right and "conflicting" not in right),
            "flagged": len(flagged), "flagged_ok": len(right)}


# ---- the whole set ------------------------------------------------------------------------------

def evaluate(docs: Iterable[Doc], analyse: Analyse, progress: Callable[[str], None] | None = None) -> Section:
    """Analyse every document (and a changed copy), then sum the counts into one section."""
    t = Tally()
    n = 0
    for doc in docs:
        n += 1
        if progress:
            progress(doc.name)
        report = analyse(doc.documents())
        misses: list[str] = []
        t.add(**people_counts(report, misses))
        t.notes += [f"{doc.name}: {m}" for m in misses]
        shared = shared_numbers(report)
        nc = number_counts(report, shared)
        t.add(**nc)
        if nc["false_conflicts"]:
            t.notes.append(f"{doc.name}: {nc['false_conflicts']} conflicting/disputed group(s) in unchanged versions")
        target = _plantable(doc, shared)
        if target:
            key, (text, new, _) = target
            changed = analyse(doc.documents({CHANGED: text}))
            counts = conflict_counts(changed, key, new)
            t.add(**counts)
            if not counts["caught"]:
                t.notes.append(f"{doc.name}: {key} -> {new} in {CHANGED} not caught as conflicting")
    return _section(t, n)


def _plantable(doc: Doc, shared: list[str]) -> tuple[str, tuple[str, str, int]] | None:
    """The first shared plain number that occurs in the changed translation's body (after its headline)."""
    raw = doc.texts[CHANGED]
    body = raw.find("\n\n") + 2 if "\n\n" in raw else 0
    for key in shared:
        if key.count(".") > 1:
            continue  # dates and versions are not plain numbers
        planted = plant(raw, key, start_at=body)
        if planted:
            return key, planted
    return None


def _section(t: Tally, docs: int) -> Section:
    sec = Section(f"wmt21 ru-en: cross-language consistency on {docs} document(s) × 3 versions")
    sec.add(Score("people.links", t["pred_ok"], t["pred_links"], t["gold_ok"], t["gold_links"],
                  note="cross-version links: P of the predicted, R of the reference (same romanised surname)"))
    sec.add(rate("people.in_all_three", t["all_linked"], t["in_all"],
                 note="persons recognised in all three versions and linked as one entity"))
    sec.add(rate("people.recognised_everywhere", t["persons_everywhere"], t["persons"],
                 note="reference persons recognised in all three versions"))
    sec.add(Score("numbers.agreed", t["agreed_ok"], t["agreed"], t["covered"], t["shared"],
                  note="R: numbers in all three versions inside one agreed group spanning the three"))
    sec.add(Score("conflicts.caught", t["flagged_ok"], t["flagged"], t["caught"], t["perturbed"],
                  note=f"one number changed in {CHANGED}: R caught as conflicting"
                       + (f" ({t['caught_disputed']} more only as disputed)" if t["caught_disputed"] else "")))
    sec.add(rate("conflicts.clean_docs", t["clean_doc"], docs,
                 note=f"unchanged documents without a conflicting/disputed group ({t['false_conflicts']} false group(s))"))
    sec.add(Score("conflicts.not_false", t["groups"] - t["false_conflicts"], t["groups"],
                  note="P: groups in unchanged documents that are not falsely conflicting/disputed"))
    sec.notes += t.notes
    sec.extra = dict(t.c)
    return sec
