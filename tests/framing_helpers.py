"""Hand-built articles for the framing tests."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from storylens import segment
from storylens.model import Article
from storylens.resources import Context


def make_article(text: str, language: str = "en", *, id: str = "a", headings: tuple[str, ...] = (),
                 author: str | None = None, title: str | None = None) -> Article:
    """An article with sentences split the way the pipeline splits them."""
    art = Article(id=id, source=f"{id}.txt", text=text, language=language, headings=headings, author=author,
                  title=title)
    return replace(art, sentences=segment.split(art))


@lru_cache(maxsize=1)
def shared_context() -> Context:
    """One context for every framing test module, so the encoder embeds the frame prototypes once per session."""
    return Context()
