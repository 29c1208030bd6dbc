"""Sentences with character offsets, and the flags that need them.

Paragraphs (lines of the cleaned text) are split with razdel, then named merge
rules repair what a generic splitter gets wrong: a full stop after an
abbreviation (``Dec. 17``, ``т.е.``), a quotation that spans several
sentences, a dash attribution after a closing quote (``», — отметил он.``).
``explain()`` tells which rule joined two pieces.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from . import lang
from .language import with_sentence_languages
from .model import Article, Flag, Sentence
from .pipeline import per_article
from .resources import Context

OPENERS, CLOSERS = "«“„‹", "»”“›"
Piece = tuple[int, int]  # start, end in the paragraph


@lru_cache(maxsize=None)
def _abbreviations(code: str | None) -> frozenset[str]:
    own = lang.data(code, "segment").get("abbreviations", [])
    return frozenset(a.lower() for a in own) | frozenset(a.lower() for a in lang.merged("segment").get("abbreviations", ()) if "." in a)


def _last_word(text: str) -> str:
    m = re.search(r"([\w.\-]+)\.\s*$", text)
    return m.group(1).lower() if m else ""


def join_after_abbreviation(prev: str, nxt: str, code: str | None) -> bool:
    """`Dec. 17`, `т.е. это`: a known abbreviation before a digit or a lower-case word."""
    word = _last_word(prev)
    return bool(word) and word in _abbreviations(code) and bool(re.match(r"\s*[\d\w]", nxt)) and not nxt.lstrip()[:1].isupper()


def join_lowercase_start(prev: str, nxt: str, code: str | None) -> bool:
    """A piece starting in lower case, or with a dash and lower case (`— отметил он`), continues the sentence."""
    s = nxt.lstrip()
    return bool(re.match(r"^(?:[,;:]|[-–—]\s*[a-zа-яё]|[a-zа-яё])", s))


def join_open_quote(prev: str, nxt: str, code: str | None) -> bool:
    """Keep a quotation that spans sentences inside one sentence."""
    opened = sum(prev.count(c) for c in "«„‹") - sum(prev.count(c) for c in "»›")
    curly = prev.count("“") - prev.count("”")
    straight = prev.count('"') % 2
    return opened > 0 or curly > 0 or straight == 1


def join_closing_punct(prev: str, nxt: str, code: str | None) -> bool:
    """A piece that is only closing quotes or brackets belongs to the sentence before."""
    return bool(re.fullmatch(r"\s*[»”’\")\]]+[.!?…]*\s*", nxt))


MERGE_RULES: list[tuple[str, Callable[[str, str, str | None], bool]]] = [
    ("closing_punct", join_closing_punct),
    ("abbreviation", join_after_abbreviation),
    ("open_quote", join_open_quote),
    ("lowercase_start", join_lowercase_start),
]


def split_paragraph(text: str, code: str | None, explain: list | None = None) -> list[Piece]:
    from razdel import sentenize

    pieces: list[Piece] = []
    for s in sentenize(text):
        if pieces:
            prev = text[pieces[-1][0]:pieces[-1][1]]
            nxt = text[s.start:s.stop]
            rule = next((name for name, fn in MERGE_RULES if fn(prev, nxt, code)), None)
            if rule:
                if explain is not None:
                    explain.append((rule, prev, nxt))
                pieces[-1] = (pieces[-1][0], s.stop)
                continue
        pieces.append((s.start, s.stop))
    return pieces


def explain(text: str, code: str | None = None) -> list[tuple[str, str, str]]:
    """Which merge rule joined which pieces of ``text`` (for debugging the splitter)."""
    out: list = []
    split_paragraph(text, code, out)
    return out


def split(article: Article) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    headings = set(article.headings)
    offset = 0
    for pno, line in enumerate(article.text.split("\n")):
        if line.strip():
            is_heading = line in headings
            pieces = [(0, len(line))] if is_heading else split_paragraph(line, article.language)
            for start, end in pieces:
                sentences.append(Sentence(len(sentences), offset + start, offset + end, line[start:end], None, pno, is_heading))
        offset += len(line) + 1
    return tuple(sentences)


# ---- flags -------------------------------------------------------------------------------------

# Candidate words holding Latin and another script, or Cyrillic and Greek; checked letter by letter after.
MIXED_TOKEN = re.compile(r"\b(?:(?=\w*[A-Za-z])(?=\w*[^\W\d_A-Za-z])|(?=\w*[\u0400-\u04ff])(?=\w*[\u0370-\u03ff]))\w+")


def mixed_script_flags(article: Article) -> list[Flag]:
    """Words whose letters mix scripts (`предусматриes`): machine-translation debris or homoglyph tricks."""
    from .adapters.lingua_id import script_of

    flags = []
    for m in MIXED_TOKEN.finditer(article.text):
        word = m.group()
        scripts = {script_of(ch) for ch in word if ch.isalpha()} - {None}
        if len(scripts) > 1:
            flags.append(Flag("mixed_language", word, m.start(), m.end(), "+".join(sorted(scripts)).lower()))
    return flags


def _numbers(text: str) -> tuple[str, ...]:
    return tuple(sorted(re.findall(r"\d+(?:[.,]\d+)?", text)))


def duplicate_flags(sentences: tuple[Sentence, ...]) -> list[Flag]:
    """A sentence repeated, identically or reworded, elsewhere in the article (a teaser echoed in the body)."""
    from rapidfuzz import fuzz

    body = [s for s in sentences if not s.heading and len(s.text) > 30]
    norm = [" ".join(re.findall(r"\w+", s.text.lower())) for s in body]
    nums = [_numbers(s.text) for s in body]
    words = [set(n.split()) for n in norm]
    flags = []
    for i in range(len(body)):
        for j in range(i + 1, len(body)):
            ratio_len = len(norm[i]) / max(1, len(norm[j]))
            if nums[i] != nums[j] or not 0.6 < ratio_len < 1.6 or len(words[i] & words[j]) < 4:
                continue
            score = fuzz.ratio(norm[i], norm[j])
            if score >= (72 if nums[i] else 85):
                b = body[j]
                flags.append(Flag("duplicate_sentence", b.text, b.start, b.end, f"repeats sentence {body[i].index} ({score:.0f}% similar): {body[i].text}"))
    return flags


FLAG_KINDS = ("mixed_language", "duplicate_sentence")  # the flags this stage sets (and replaces when run again)


def segment_article(article: Article, ctx: Context | None = None) -> Article:
    sentences = with_sentence_languages(split(article), article, ctx)
    kept = [f for f in article.flags if f.kind not in FLAG_KINDS]
    flags = kept + mixed_script_flags(article) + duplicate_flags(sentences)
    return replace(article, sentences=sentences, flags=tuple(flags))


STAGE = per_article("segment", segment_article, needs=("articles", "language"), adds=("sentences", "flags"))
