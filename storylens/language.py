"""Language of each article and of each sentence (ISO 639-1).

The article's language is detected on its body (headings, quotes in other
languages and a signature are outvoted by the text). A sentence inherits its
article's language when all its letters belong to that language's alphabet
(per-language data); otherwise it is detected on its own, so an English
sentence quoted in a Russian article is marked ``en``.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

from . import lang
from .adapters import lingua_id
from .model import Article, Sentence
from .pipeline import per_article
from .resources import Context, current

SAMPLE_CHARS = 600  # lingua costs time in proportion to length; 600 characters settle an article's language


def detect_article(article: Article, ctx: Context | None = None) -> Article:
    body = "\n".join(line for line in article.text.split("\n") if line not in set(article.headings))
    code = (ctx or current()).language_detector.detect(_sample(body or article.text))
    return replace(article, language=code)


def sentence_language(text: str, article_language: str | None, article_script: str | None = None,
                      detect: Callable[[str], str | None] | None = None) -> str | None:
    """The article's language unless the sentence shows another: letters of the article's script that its
    language lacks (Kazakh or Ukrainian letters in a Russian article), or mostly letters of another script
    (a sentence in English inside a Russian article; a few Latin names do not count)."""
    detect = detect or current().language_detector.detect
    low = text.lower()
    distinct = [ch for ch in set(low) if ch.isalpha()]  # look at each letter once, not at every occurrence
    if not distinct:
        return article_language
    alphabet = _alphabet(article_language)
    foreign_letters = []
    for ch in distinct:
        if lingua_id.script_of(ch) != article_script:
            foreign_letters.append(ch)
        elif alphabet and ch not in alphabet:
            return detect(text) or article_language
    if not foreign_letters:
        return article_language
    foreign = sum(low.count(ch) for ch in foreign_letters)
    letters = sum(1 for ch in low if ch.isalpha())
    if foreign <= 0.3 * letters or (not alphabet and len(text) < 40):
        return article_language
    return detect(text) or article_language


def with_sentence_languages(sentences: tuple[Sentence, ...], article: Article, ctx: Context | None = None
                            ) -> tuple[Sentence, ...]:
    script = lingua_id.dominant_script(article.text[:2000])
    detect = (ctx or current()).language_detector.detect
    # built directly: dataclasses.replace costs more than the language check itself on 35,000 sentences
    return tuple(Sentence(s.index, s.start, s.end, s.text, sentence_language(s.text, article.language, script, detect),
                          s.paragraph, s.heading) for s in sentences)


@lru_cache(maxsize=None)
def _alphabet(code: str | None) -> frozenset[str]:
    letters = lang.data(code, "segment").get("alphabet", "")
    return frozenset(letters)


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    half = SAMPLE_CHARS // 2
    return text[:half] + "\n" + text[len(text) // 2: len(text) // 2 + half]


STAGE = per_article("language", detect_article, needs=("articles",), adds=("language",))
