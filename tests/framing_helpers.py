"""Hand-built articles for the framing tests."""
from __future__ import annotations

from dataclasses import replace

from storylens import segment
from storylens.model import Article


def make_article(text: str, language: str = "en", *, id: str = "a", headings: tuple[str, ...] = (),
                 author: str | None = None) -> Article:
    """An article with sentences split the way the pipeline splits them."""
    art = Article(id=id, source=f"{id}.txt", text=text, language=language, headings=headings, author=author)
    return replace(art, sentences=segment.split(art))
