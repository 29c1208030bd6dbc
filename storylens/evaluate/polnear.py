"""Attribution against PolNeAR (English political news annotated with source, cue and content, brat standoff).

Each document is analysed alone; predicted quotes are mapped back to the
original file's characters and compared with the gold contents word by word
(a word is identified by where it starts, so repeated words never match by
accident). The rules, described in docs/eval.md:

- a predicted quote *belongs* to a gold content when more than half of its words lie inside it;
- a gold content is *found* when the predicted quotes belonging to it cover more than half of its words
  (a quotation split by its attribution may be found as two quotes);
- it is *attributed* when, in addition, the quote covering most of it has a speaker that names the gold source;
- a gold content is *direct* when at least half of its words stand inside double quotation marks.

The headline (the first line) is not scored: storylens reads body sentences only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..ingest import Document
from ..model import Report
from .measures import Score, Section
from .ner import to_original

WORD = re.compile(r"\w+")
# pronouns and relative words that stand for a source named elsewhere
PRONOUNS = {"he", "she", "they", "it", "him", "her", "his", "hers", "its", "their", "them", "who", "whose", "which",
            "that", "we", "i", "you", "our", "my", "us", "one"}
PLURAL_PRONOUNS = {"they", "their", "them", "we", "our", "us"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "rep", "reps", "sen", "sens", "senator", "senators", "gov", "governor",
          "president", "gen", "lt", "col", "rev", "judge", "chief", "secretary", "speaker", "representative",
          "vice", "former", "the", "a", "an", "sir", "prof", "professor", "first", "lady"}
INDEFINITE = {"a", "an", "another", "one", "some", "several", "many", "few", "two", "three", "most", "other", "others"}
HEAD_STOPS = re.compile(r",|\(|\s(?:of|who|which|that|from|at|for|in|on|with|to)\s", re.I)
OPEN_DOUBLE, CLOSE_DOUBLE, TOGGLE = "“«„", "”»", "\""


@dataclass(frozen=True, slots=True)
class Attribution:
    """One annotated attribution: its content (character spans of the original) and its source as written."""

    content: tuple[tuple[int, int], ...]
    source: str | None
    source_at: int | None


@dataclass(frozen=True, slots=True)
class PolnearDoc:
    name: str
    text: str
    attributions: tuple[Attribution, ...]


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field.split(";")))


def read_ann(ann: str) -> list[Attribution]:
    """The attributions of a brat ``.ann`` file: events linking a Content to its Source (absent for no-source ones)."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(where), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None:
            continue
        source = spans.get(ev.get("Source", ""))
        out.append(Attribution(content[1], source[2] if source else None, source[1][0][0] if source else None))
    return out


def read_set(root: Path, limit: int | None = None) -> list[PolnearDoc]:
    """Documents of a PolNeAR directory: ``name.txt`` beside ``name_<annotator>.ann`` (the first annotator's)."""
    docs = []
    for txt in sorted(Path(root).glob("*.txt")):
        anns = sorted(txt.parent.glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        docs.append(PolnearDoc(txt.stem, text, tuple(read_ann(anns[0].read_text(encoding="utf-8")))))
        if limit and len(docs) >= limit:
            break
    return docs


def words_in(text: str, spans) -> set[int]:
    """Start offsets of the words inside the given character spans."""
    return {m.start() for a, b in spans for m in WORD.finditer(text, a, b)}


def quoted_words(text: str) -> set[int]:
    """Start offsets of the words inside double quotation marks (a paragraph reopening a quote continues it)."""
    out: set[int] = set()
    inside = False
    text = text.replace("''", " \"")  # old newswire writes a double mark as two apostrophes (same length)
    for i, ch in enumerate(text):
        if ch == "\n":
            inside = False
        elif ch in OPEN_DOUBLE:
            inside = True
        elif ch in CLOSE_DOUBLE:
            inside = False
        elif ch in TOGGLE:
            inside = not inside
        elif inside and ch.isalnum() and (i == 0 or not text[i - 1].isalnum()):
            out.add(i)
    return out


def _norm(word: str) -> str:
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def name_key(source: str) -> str | None:
    """The surname of the first name in a source ("Rep. G.K. Butterfield (D-N.C.), head of …" -> "butterfield")."""
    runs: list[list[str]] = [[]]
    for m in re.finditer(r"[\w’'.-]+|\S", source):
        w = m.group().strip(".")
        base = re.sub(r"[’']s$", "", w).lower()
        if w[:1].isupper() and base not in TITLES and base not in PRONOUNS:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    pick = next((r for r in runs if len(r) >= 2), runs[0] if runs else None)
    return _norm(pick[-1].split("-")[-1]) if pick else None


def head_noun(source: str) -> str | None:
    """The head of a described source ("top black lawmakers" -> "lawmaker", "a source" -> "source")."""
    phrase = HEAD_STOPS.split(source, maxsplit=1)[0]
    words = [w for w in WORD.findall(phrase) if w.lower() not in PRONOUNS]
    return _norm(words[-1]) if words else None


def _is_pronoun(source: str) -> bool:
    words = [w.lower() for w in WORD.findall(source)]
    return bool(words) and all(w in PRONOUNS or w == "s" for w in words)


def source_keys(doc: PolnearDoc, att: Attribution) -> set[str]:
    """Words any of which a predicted speaker must contain to name this attribution's source.

    A pronoun, or a definite description without a name ("the former
    secretary of state"), stands for someone named earlier. Without the
    annotators' coreference chains two readings are accepted: the nearest
    earlier occurrence in the text of the surname of a named gold source (for
    a plural pronoun, also the nearest earlier gold source of any kind), and
    the nearest earlier annotated source that is a name (the last speaker).
    """
    src = att.source or ""
    keys: set[str] = set()
    pronoun = _is_pronoun(src)
    if not pronoun:
        keys |= {k for k in (name_key(src), head_noun(src)) if k}
    first = WORD.match(src.strip())
    described = not pronoun and name_key(src) is None and (first is None or first.group().lower() not in INDEFINITE)
    if (pronoun or described) and att.source_at is not None:
        plural = bool(set(w.lower() for w in WORD.findall(src)) & PLURAL_PRONOUNS)
        keys |= _antecedent(doc, att, plural) | _previous_source(doc, att)
    return keys


def _previous_source(doc: PolnearDoc, att: Attribution) -> set[str]:
    """The other reading of a pronoun: the nearest earlier annotated source that is a name (the last speaker)."""
    earlier = [a for a in doc.attributions if a.source and a.source_at is not None and a.source_at < (att.source_at or 0)
               and not _is_pronoun(a.source) and name_key(a.source)]
    if not earlier:
        return set()
    return {name_key(max(earlier, key=lambda a: a.source_at or 0).source or "") or ""} - {""}


def _antecedent(doc: PolnearDoc, att: Attribution, plural: bool) -> set[str]:
    at = att.source_at or 0
    named = {k for a in doc.attributions if a.source and not _is_pronoun(a.source) for k in [name_key(a.source)] if k}
    best: tuple[int, set[str]] | None = None
    for m in WORD.finditer(doc.text, 0, at):
        if _norm(m.group()) in named and m.group()[:1].isupper():
            best = (m.start(), {_norm(m.group())})
    if plural:
        earlier = [a for a in doc.attributions if a.source and a.source_at is not None and a.source_at < at
                   and not _is_pronoun(a.source)]
        if earlier:
            a = max(earlier, key=lambda a: a.source_at or 0)
            if best is None or (a.source_at or 0) > best[0]:
                best = (a.source_at or 0, {k for k in (name_key(a.source or ""), head_noun(a.source or "")) if k})
    return best[1] if best else set()


def names(speaker: str, keys: set[str]) -> bool:
    """Whether a predicted speaker's text contains one of the source's key words."""
    return bool(keys & {_norm(w) for w in WORD.findall(speaker)})


@dataclass(frozen=True, slots=True)
class _Pred:
    kind: str
    speaker: str
    words: frozenset[int]


def predicted(doc: PolnearDoc, report: Report) -> list[_Pred]:
    """The report's quotes as sets of word starts in the original text."""
    out = []
    for article in report.articles:
        where = to_original(doc.text, article.text)
        for q in report.quotes:
            if q.article != article.id or q.end <= q.start:
                continue
            a = where[q.start] if q.start < len(where) else None
            b = where[q.end - 1] if 0 < q.end <= len(where) else None
            if a is None or b is None or b < a:
                continue
            out.append(_Pred(q.kind, q.speaker.text, frozenset(words_in(doc.text, [(a, b + 1)]))))
    return out


@dataclass(slots=True)
class Tally:
    """Counts behind one group of measures."""

    gold: int = 0
    found: int = 0
    attributed: int = 0
    predicted: int = 0
    belonging: int = 0
    right_speaker: int = 0

    def scores(self, name: str, what: str) -> list[Score]:
        return [Score(f"{name}.found", self.belonging, self.predicted, self.found, self.gold,
                      note=f"{what} found; P: predicted quotes of that kind inside a gold content"),
                Score(f"{name}.attributed", self.right_speaker, self.predicted, self.attributed, self.gold,
                      note="found with a speaker naming the gold source")]


def score_doc(doc: PolnearDoc, preds: list[_Pred], tallies: dict[str, Tally], misses: list[str] | None = None) -> None:
    """Add one document's counts to the tallies ``direct``, ``indirect`` and ``all``."""
    body_start = doc.text.find("\n") + 1 if "\n" in doc.text else 0
    quoted = quoted_words(doc.text)
    golds = []
    for att in doc.attributions:
        words = words_in(doc.text, att.content)
        if not words or min(a for a, _ in att.content) < body_start:
            continue
        direct = len(words & quoted) * 2 >= len(words)
        golds.append((att, words, direct))
    # a predicted quote belongs to the gold content holding most of its words
    owner: list[int | None] = []
    for p in preds:
        best = max(range(len(golds)), key=lambda g: len(p.words & golds[g][1]), default=None)
        ok = best is not None and len(p.words & golds[best][1]) * 2 > len(p.words)
        owner.append(best if ok else None)
    keys = [source_keys(doc, att) if att.source else set() for att, _, _ in golds]
    right = [o is not None and golds[o][0].source is not None and names(p.speaker, keys[o]) for p, o in zip(preds, owner)]
    for p, o, r in zip(preds, owner, right):
        for name in ("direct" if p.kind == "direct" else "indirect", "all"):
            t = tallies[name]
            t.predicted += 1
            t.belonging += o is not None
            t.right_speaker += r
    for g, (att, words, direct) in enumerate(golds):
        if att.source is None:
            continue  # attributions without a source only count for precision
        mine = [k for k, o in enumerate(owner) if o == g]
        covered = set().union(*(preds[k].words & words for k in mine)) if mine else set()
        found = len(covered) * 2 > len(words)
        main = max(mine, key=lambda k: len(preds[k].words & words)) if mine else None
        attributed = found and main is not None and right[main]
        for name in ("direct" if direct else "indirect", "all"):
            t = tallies[name]
            t.gold += 1
            t.found += found
            t.attributed += attributed
        if misses is not None and direct and not attributed:
            text = " ".join(doc.text[a:b] for a, b in att.content)
            said = preds[main].speaker if main is not None else "-"
            misses.append(f"{doc.name}: {'unattributed' if found else 'missed'} [{att.source}] -> [{said}] "
                          f"{text[:90]!r}")


def evaluate(docs: list[PolnearDoc], analyse: Callable[[list[Document]], Report], title: str,
             misses: list[str] | None = None) -> Section:
    """Direct and indirect quotes found and attributed, and the precision of what was predicted."""
    tallies = {name: Tally() for name in ("direct", "indirect", "all")}
    for doc in docs:
        report = analyse([Document(id=doc.name, source=doc.name, text=doc.text)])
        score_doc(doc, predicted(doc, report), tallies, misses)
    sec = Section(f"PolNeAR attribution: {title} ({len(docs)} documents)")
    for s in tallies["direct"].scores("direct", "gold quotations"):
        sec.add(s)
    for s in tallies["indirect"].scores("indirect", "other gold attributions"):
        sec.add(s)
    for s in tallies["all"].scores("all", "every gold attribution"):
        sec.add(s)
    sec.notes.append("indirect gold includes every attribution PolNeAR annotates (beliefs, stances, 'admires'), "
                     "so its recall is low by design; direct is the headline")
    return sec
