"""Persuasion techniques with their spans, found by named rules over the body sentences.

Most techniques are cue lists in ``lang/<code>/framing.toml`` (section
``techniques``): each cue match becomes a span. Rhetorical questions are found
structurally: a question the author asks in the body text, not inside a quote
and not a heading. Names follow the SemEval-2023 persuasion scheme where it has
one (loaded language, name calling or labelling, doubt, appeal to fear,
whataboutism, exaggeration, questioning the reputation); rhetorical question and
conspiracy framing are added.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..model import Article, Sentence, Technique
from . import cues

TECHNIQUES = (
    "Loaded language",
    "Name calling or labelling",
    "Doubt",
    "Questioning the reputation",
    "Appeal to fear",
    "Whataboutism",
    "Rhetorical question",
    "Exaggeration",
    "Conspiracy framing",
)

Rule = Callable[[Article, Sentence, list[tuple[int, int]]], Iterable[Technique]]


def cue_rule(article: Article, sentence: Sentence, quoted: cues.Quoted) -> Iterable[Technique]:
    """Every technique cue of the sentence's language, as a span of the article text."""
    table = cues.table(sentence.language or article.language, "techniques")
    for name, pattern in table.items():
        for a, b in cues.find(pattern, sentence.text):
            start, end = sentence.start + a, sentence.start + b
            yield Technique(name, article.text[start:end], start, end)


def rhetorical_question_rule(article: Article, sentence: Sentence, quoted: cues.Quoted) -> Iterable[Technique]:
    """A question in the author's voice: a body sentence ending in a question mark, not quoted from someone else."""
    text = sentence.text.rstrip()
    if not text.endswith(("?", "？", "؟")):
        return ()
    if cues.inside(sentence.start, sentence.end, quoted):
        return ()
    return (Technique("Rhetorical question", sentence.text, sentence.start, sentence.end),)


RULES: tuple[tuple[str, Rule], ...] = (
    ("cues", cue_rule),
    ("rhetorical_question", rhetorical_question_rule),
)


def find_techniques(article: Article, quoted: cues.Quoted | None = None) -> tuple[Technique, ...]:
    """Techniques in the article's body, in text order, each span once per technique."""
    quoted = cues.index(cues.quoted_spans(article.text) if quoted is None else quoted)
    seen: set[tuple[str, int | None, int | None]] = set()
    out: list[Technique] = []
    for sentence in article.body:
        for _, rule in RULES:
            for t in rule(article, sentence, quoted):
                key = (t.technique, t.start, t.end)
                if key not in seen:
                    seen.add(key)
                    out.append(t)
    return tuple(sorted(out, key=lambda t: (t.start or 0, t.technique)))


def explain(article: Article) -> list[tuple[str, Technique]]:
    """Which rule found each technique (for debugging cue data)."""
    quoted = cues.index(cues.quoted_spans(article.text))
    return [(name, t) for s in article.body for name, rule in RULES for t in rule(article, s, quoted)]
