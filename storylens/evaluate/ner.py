"""Named-entity recognition against a gold set: FactRuEval-2016 standoff files or CoNLL columns.

All documents are analysed together as one run, as a user would. Three ways
of counting: a predicted mention counts when its type and its words (each
word by its dictionary form) equal a gold name's, with or without the gold
name's descriptor words (``ner.text``, the headline); when its span, mapped
back from the cleaned text to the original file's characters, and type equal
a gold entity's (strict); or when it overlaps one of the same type (lenient).
Only the types the gold set annotates are scored: FactRuEval has no MISC, so
MISC predictions are ignored there. FactRuEval's LocOrg (a place acting as an
organisation, "Москвы" in "мэрии Москвы") counts as LOC, the usual convention.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..ingest import Document
from ..model import Report
from .measures import Score, Section

FACTRUEVAL_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
# Span layers that hold a name of each type; the others (org_descr, loc_descr, job, geo_adj) describe it.
NAME_LAYERS = {"PER": {"name", "surname", "patronymic", "nickname"}, "ORG": {"org_name"}, "LOC": {"loc_name"}}
ANY_NAME = set().union(*NAME_LAYERS.values())
CONLL_SUFFIXES = {".conll", ".conllu", ".iob", ".bio", ".tsv", ".txt"}
SENTENCES_PER_DOC = 30  # CoNLL files without -DOCSTART- lines are cut into documents of this many sentences


@dataclass(frozen=True, slots=True)
class Span:
    """A gold or predicted entity.

    ``core`` is the part of a gold entity that is its own name without
    descriptors ("Солидарность" in "движения «Солидарность»"); ``named`` is
    False for a gold entity with no name in it at all ("концерна").
    """

    start: int
    end: int
    type: str
    core: tuple[int, int] | None = field(default=None, compare=False)
    named: bool = field(default=True, compare=False)


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
        layer: dict[str, str] = {}
        for line in spans_file.read_text(encoding="utf-8").splitlines():
            fields = line.split("#", 1)[0].split()
            if len(fields) >= 4:  # span id, layer, start, length, ...
                where[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
                layer[fields[0]] = fields[1]
        found: set[Span] = set()
        for line in objects_file.read_text(encoding="utf-8").splitlines():
            fields = line.split("#", 1)[0].split()
            if len(fields) < 3 or fields[1] not in FACTRUEVAL_TYPES:
                continue
            etype = FACTRUEVAL_TYPES[fields[1]]
            parts = [where[s] for s in fields[2:] if s in where]
            names = [where[s] for s in fields[2:] if s in where and layer[s] in NAME_LAYERS[etype]]
            core = (min(p[0] for p in names), max(p[1] for p in names)) if names else None
            named = any(layer.get(s) in ANY_NAME for s in fields[2:])  # "мэрии Москвы" is named; "концерна" is not
            if parts:  # an object covers its spans from the first to the last character
                found.add(Span(min(p[0] for p in parts), max(p[1] for p in parts), etype, core, named))
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
                spans.append(_whole(*open_span))
                open_span = None
            if kind and prefix != "O":
                open_span = (open_span[0], end, kind) if continues and open_span else (start, end, kind)
                if prefix in ("E", "L", "S", "U"):
                    spans.append(_whole(*open_span))
                    open_span = None
        if open_span:
            spans.append(_whole(*open_span))
            open_span = None
        text_parts.append("\n")
        pos += 1
    return NerDoc(name, "".join(text_parts), tuple(spans))


def _whole(start: int, end: int, etype: str) -> Span:
    """A CoNLL entity: all of it is its name."""
    return Span(start, end, etype, (start, end))


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


def mentions_by_article(report: Report, types: set[str]) -> dict[str, list[tuple[int, int, str, str]]]:
    """(start, end, type, text) of every scored mention, per article."""
    out: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for e in report.entities:
        for m in e.mentions:
            if (m.type or e.type) in types:
                out[m.article].append((m.start, m.end, m.type or e.type, m.text))
    return out


def phrases(article, mentions: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The mentions as FactRuEval marks them: an organisation with the kind word naming it ("партии «Яблоко»",
    ``entities.phrase``), the others as they are."""
    from ..entities.kit import kit
    from ..entities.phrase import kind_phrase

    if article is None:
        return mentions
    k = kit(article.language)
    spans = [(a, b) for a, b, _t, _x in mentions]
    return [(kind_phrase(article.text, a, b, k, [s for s in spans if s != (a, b)]) if t == "ORG" else a, b, t, x)
            for a, b, t, x in mentions]


def predicted(doc: NerDoc, article, mentions: list[tuple[int, int, str, str]]) -> tuple[list[Span], int]:
    """Predicted spans in the original's offsets (organisations with their kind words), and how many mentions
    could not be placed."""
    spans: set[Span] = set()
    lost = 0
    where = to_original(doc.text, article.text) if article is not None else []
    for start, end, etype, _text in phrases(article, mentions):
        a = where[start] if start < len(where) else None
        b = where[end - 1] if 0 < end <= len(where) else None
        if a is None or b is None:
            lost += 1
        else:
            spans.add(Span(a, b + 1, etype))
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


Key = tuple[str, ...]


def name_key(text: str, lemma: Callable[[str], str]) -> Key:
    """A name's words by dictionary form, case-blind: "Госдумы России" and "Госдума России" are one key."""
    return tuple(lemma(w).casefold().replace("ё", "е") for w in re.findall(r"\w+", text))


def _match_names(gold: list[tuple[frozenset[Key], Key, bool]], pred: set[Key]) -> tuple[int, int]:
    """(hits, neutral predictions) of one type in one document: names matched one to one, whole gold names first.

    A gold item is (acceptable keys, its whole key, named). A gold entity with
    no name in it (FactRuEval's "концерна", "социальной сети": a descriptor
    only) is neither to be found nor wrong to find: a prediction equal to it
    is neutral.
    """
    free = list(range(len(gold)))
    left = sorted(pred)
    hits = 0
    for whole in (True, False):
        rest = []
        for key in left:
            k = next((k for k in free if gold[k][2] and (gold[k][1] == key if whole else key in gold[k][0])), None)
            if k is None:
                rest.append(key)
            else:
                free.remove(k)
                hits += 1
        left = rest
    nameless = {gold[k][1] for k in free if not gold[k][2]}
    return hits, sum(1 for key in left if key in nameless)


def name_counts(doc: NerDoc, language: str | None, mentions: list[tuple[int, int, str, str]], types: set[str]
                ) -> dict[str, list[int]]:
    """Per type: [hits, predictions counted, gold names] of one document's distinct names."""
    from ..entities.kit import kit

    lemma = kit(language).lemma
    gold: dict[str, dict[Key, tuple[set[Key], bool]]] = {t: {} for t in types}
    for s in doc.spans:
        whole = name_key(doc.text[s.start:s.end], lemma)
        keys, named = gold[s.type].get(whole, (set(), False))
        keys |= {whole} | ({name_key(doc.text[s.core[0]:s.core[1]], lemma)} if s.core else set())
        gold[s.type][whole] = (keys, named or s.named)
    out = {}
    for t in types:
        items = [(frozenset(keys), whole, named) for whole, (keys, named) in gold[t].items()]
        pred = {name_key(text, lemma) for _a, _b, etype, text in mentions if etype == t}
        hits, neutral = _match_names(items, pred)
        out[t] = [hits, len(pred) - neutral, sum(1 for i in items if i[2])]
    return out


def evaluate(docs: list[NerDoc], analyse: Callable[[list[Document]], Report], title: str) -> Section:
    """Text, strict and lenient P/R/F1 per type and over all types, all documents analysed as one run."""
    types = {s.type for d in docs for s in d.spans}
    text: dict[str, list[int]] = {t: [0, 0, 0] for t in sorted(types)}  # hits, predicted, gold
    strict: dict[str, list[int]] = {t: [0, 0, 0] for t in sorted(types)}
    lenient = [0, 0, 0]
    lost = 0
    report = analyse([Document(id=doc.name, source=doc.name, text=doc.text) for doc in docs])
    articles = {a.id: a for a in report.articles}
    by_article = mentions_by_article(report, types)
    for doc in docs:
        article = articles.get(doc.name)
        mentions = by_article.get(doc.name, [])
        language = article.language if article is not None else None
        for t, counts in name_counts(doc, language, mentions, types).items():
            text[t] = [a + b for a, b in zip(text[t], counts)]
        pred, n_lost = predicted(doc, article, mentions)
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
    for t, (h, p, g) in text.items():
        sec.add(Score(f"ner.text.{t}", h, p, h, g, note="distinct names per document, type and words"))
    total = [sum(v[i] for v in text.values()) for i in range(3)]
    sec.add(Score("ner.text", total[0], total[1], total[0], total[2], note="distinct names per document, all types"))
    for t, (h, p, g) in strict.items():
        sec.add(Score(f"ner.{t}", h, p, h, g, note="exact span and type"))
    total = [sum(v[i] for v in strict.values()) for i in range(3)]
    sec.add(Score("ner.all", total[0], total[1], total[0], total[2], note="exact span and type, all types"))
    sec.add(Score("ner.all_overlap", lenient[0], lenient[1], lenient[0], lenient[2], note="overlapping span, same type"))
    if lost:
        sec.notes.append(f"{lost} predicted mention(s) could not be placed in the original text and were not scored")
    sec.extra["unplaced_mentions"] = lost
    return sec
