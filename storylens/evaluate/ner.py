"""Named-entity recognition against a gold set: FactRuEval-2016 standoff files or CoNLL columns.

A predicted mention counts when its span (mapped back from the cleaned text
to the original file's characters) and type equal a gold entity's (strict),
or overlap one of the same type (lenient). Only the types the gold set
annotates are scored: FactRuEval has no MISC, so MISC predictions are ignored
there. FactRuEval's LocOrg (a place acting as an organisation, "Москвы" in
"мэрии Москвы") counts as LOC, the usual convention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..ingest import Document
from ..model import Report
from .measures import Score, Section

FACTRUEVAL_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
CONLL_SUFFIXES = {".conll", ".conllu", ".iob", ".bio", ".tsv", ".txt"}
SENTENCES_PER_DOC = 30  # CoNLL files without -DOCSTART- lines are cut into documents of this many sentences


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str


@dataclass(frozen=True, slots=True)
class NerDoc:
    name: str
    text: str
    spans: tuple[Span, ...]


def _type(label: str) -> str:
    label = label.upper()
    if label.startswith("PER"):
        return "PER"
    if label.startswith("ORG"):
        return "ORG"
    if label.startswith(("LOC", "GPE")):
        return "LOC"
    return "MISC"


def read_factrueval(root: Path, limit: int | None = None) -> list[NerDoc]:
    """Documents of a FactRuEval directory: ``.txt`` text, ``.spans`` token spans, ``.objects`` entities over spans."""
    docs = []
    for txt in sorted(Path(root).glob("*.txt")):
        spans_file, objects_file = txt.with_suffix(".spans"), txt.with_suffix(".objects")
        if not (spans_file.is_file() and objects_file.is_file()):
            continue
        where: dict[str, tuple[int, int]] = {}
        for line in spans_file.read_text(encoding="utf-8").splitlines():
            fields = line.split("#", 1)[0].split()
            if len(fields) >= 4:  # span id, layer, start, length, ...
                where[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
        found: set[Span] = set()
        for line in objects_file.read_text(encoding="utf-8").splitlines():
            fields = line.split("#", 1)[0].split()
            if len(fields) < 3 or fields[1] not in FACTRUEVAL_TYPES:
                continue
            parts = [where[s] for s in fields[2:] if s in where]
            if parts:  # an object covers its spans from the first to the last character
                found.add(Span(min(p[0] for p in parts), max(p[1] for p in parts), FACTRUEVAL_TYPES[fields[1]]))
        docs.append(NerDoc(txt.stem, txt.read_text(encoding="utf-8"), tuple(sorted(found, key=lambda s: (s.start, s.end)))))
        if limit and len(docs) >= limit:
            break
    return docs


def read_conll(path: Path, limit: int | None = None) -> list[NerDoc]:
    """Documents of CoNLL column files (token first, BIO/BIOES tag last); -DOCSTART- lines separate documents."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in CONLL_SUFFIXES)
    docs: list[NerDoc] = []
    for f in files:
        sentences: list[list[tuple[str, str]]] = [[]]
        pending: list[list[list[tuple[str, str]]]] = []
        for line in f.read_text(encoding="utf-8").splitlines() + ["-DOCSTART-"]:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if sentences[-1]:
                    sentences.append([])
                if cols and sentences[:-1]:
                    pending.append(sentences[:-1])
                    sentences = [[]]
                continue
            sentences[-1].append((cols[0], cols[-1]))
        for doc_sentences in pending:
            for i in range(0, len(doc_sentences), SENTENCES_PER_DOC):
                docs.append(_conll_doc(f"{f.stem}:{len(docs)}", doc_sentences[i:i + SENTENCES_PER_DOC]))
                if limit and len(docs) >= limit:
                    return docs
    return docs


def _conll_doc(name: str, sentences: list[list[tuple[str, str]]]) -> NerDoc:
    """One text (a sentence a line, tokens joined by spaces) and the spans its tags mark."""
    text_parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    open_span: tuple[int, int, str] | None = None  # start, end, type
    for sentence in sentences:
        for k, (token, tag) in enumerate(sentence):
            if k:
                text_parts.append(" ")
                pos += 1
            start, end = pos, pos + len(token)
            text_parts.append(token)
            pos = end
            prefix, _, label = tag.partition("-")
            kind = _type(label) if label else None
            continues = prefix in ("I", "E", "L") and open_span is not None and open_span[2] == kind
            if open_span and (not continues):
                spans.append(Span(*open_span))
                open_span = None
            if kind and prefix != "O":
                open_span = (open_span[0], end, kind) if continues and open_span else (start, end, kind)
                if prefix in ("E", "L", "S", "U"):
                    spans.append(Span(*open_span))
                    open_span = None
        if open_span:
            spans.append(Span(*open_span))
            open_span = None
        text_parts.append("\n")
        pos += 1
    return NerDoc(name, "".join(text_parts), tuple(spans))


def read_set(path: Path, limit: int | None = None) -> list[NerDoc]:
    """FactRuEval when the directory holds ``.objects`` files, else CoNLL."""
    path = Path(path)
    if path.is_dir() and any(path.glob("*.objects")):
        return read_factrueval(path, limit)
    return read_conll(path, limit)


INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _loose(line: str) -> re.Pattern:
    """The line as a pattern that allows extra whitespace and invisible characters anywhere."""
    gap = f"[{INVISIBLE}]*"
    return re.compile(gap.join(r"\s+" if ch == " " else re.escape(ch) for ch in line))


def to_original(original: str, cleaned: str) -> list[int | None]:
    """For each character of the cleaned text, its offset in the original (None where it cannot be placed)."""
    where: list[int | None] = []
    cursor = 0
    for line in cleaned.split("\n"):
        at = original.find(line, cursor) if line else -1
        if at < 0 and line:  # cleaning collapsed spaces or removed invisible characters: match loosely
            m = _loose(line).search(original, cursor)
            at = m.start() if m else -1
        if at < 0:
            where.extend([None] * (len(line) + 1))
            continue
        j = at
        for ch in line:
            while j < len(original) and original[j] != ch and (original[j].isspace() or original[j] in INVISIBLE):
                j += 1
            where.append(j)
            j += 1
        where.append(j)  # the newline
        cursor = j
    return where


def predicted(doc: NerDoc, report: Report, types: set[str]) -> tuple[list[Span], int]:
    """Predicted spans in the original's offsets, and how many mentions could not be placed."""
    spans: set[Span] = set()
    lost = 0
    for article in report.articles:
        where = to_original(doc.text, article.text)
        for e in report.entities:
            for m in e.mentions:
                if m.article != article.id or (m.type or e.type) not in types:
                    continue
                a = where[m.start] if m.start < len(where) else None
                b = where[m.end - 1] if 0 < m.end <= len(where) else None
                if a is None or b is None:
                    lost += 1
                else:
                    spans.add(Span(a, b + 1, m.type or e.type))
    return sorted(spans, key=lambda s: (s.start, s.end)), lost


def _overlap_matches(gold: list[Span], pred: list[Span]) -> int:
    """One-to-one matches of same-typed overlapping spans, exact ones first."""
    free = list(pred)
    hits = 0
    for g in sorted(gold, key=lambda s: s not in pred):
        for p in free:
            if p.type == g.type and p.start < g.end and g.start < p.end:
                free.remove(p)
                hits += 1
                break
    return hits


def evaluate(docs: list[NerDoc], analyse: Callable[[list[Document]], Report], title: str) -> Section:
    """Strict and lenient span P/R/F1 per type and over all types."""
    types = {s.type for d in docs for s in d.spans}
    strict: dict[str, list[int]] = {t: [0, 0, 0] for t in sorted(types)}  # hits, predicted, gold
    lenient = [0, 0, 0]
    lost = 0
    for doc in docs:
        report = analyse([Document(id=doc.name, source=doc.name, text=doc.text)])
        pred, n_lost = predicted(doc, report, types)
        lost += n_lost
        gold = list(doc.spans)
        gold_set = set(gold)
        for t in types:
            g_t, p_t = [s for s in gold if s.type == t], [s for s in pred if s.type == t]
            strict[t][0] += sum(1 for s in p_t if s in gold_set)
            strict[t][1] += len(p_t)
            strict[t][2] += len(g_t)
        hits = _overlap_matches(gold, pred)
        lenient[0] += hits
        lenient[1] += len(pred)
        lenient[2] += len(gold)
    sec = Section(f"NER: {title} ({len(docs)} documents)")
    for t, (h, p, g) in strict.items():
        sec.add(Score(f"ner.{t}", h, p, h, g, note="exact span and type"))
    total = [sum(v[i] for v in strict.values()) for i in range(3)]
    sec.add(Score("ner.all", total[0], total[1], total[0], total[2], note="exact span and type, all types"))
    sec.add(Score("ner.all_overlap", lenient[0], lenient[1], lenient[0], lenient[2], note="overlapping span, same type"))
    if lost:
        sec.notes.append(f"{lost} predicted mention(s) could not be placed in the original text and were not scored")
    sec.extra["unplaced_mentions"] = lost
    return sec
