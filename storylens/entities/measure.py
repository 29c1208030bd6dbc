"""How well persons link across a Russian original and its two English translations (wmt21-ru-en-dev layout).

Each document folder holds ``ru.txt``, ``en-a.txt`` and ``en-b.txt``; the three
are analysed together (up to the entities stage). A person named in ``ru.txt``
counts as linked when its entity also has mentions in both translations.
``people_link_rate`` returns the counts and the misses, for the eval engineer
and ``bench/bench_entities.py``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import Document
from ..resources import Context

VERSIONS = ("ru", "en-a", "en-b")


@dataclass
class PeopleLinks:
    documents: int = 0
    people: int = 0  # PER entities with a mention in ru.txt
    linked: int = 0  # ... that also have mentions in both translations
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.linked / self.people if self.people else 0.0


def entity_stages():
    """The stages the entity stage needs, and it."""
    from .. import entities, language, segment, stories

    return [language.STAGE, segment.STAGE, entities.MENTIONS, stories.STAGE, entities.STAGE]


def people_link_rate(root: str | Path, limit: int | None = None, ctx: Context | None = None) -> PeopleLinks:
    """Link rate of persons named in each ``ru.txt`` to mentions in both English translations."""
    from ..api import analyze

    ctx = ctx or Context()
    out = PeopleLinks()
    folders = sorted(p for p in Path(root).iterdir() if p.is_dir() and all((p / f"{v}.txt").is_file() for v in VERSIONS))
    for folder in folders[:limit] if limit else folders:
        docs = [Document(id=f"{folder.name}.{v}", source=f"{folder.name}/{v}.txt",
                         text=(folder / f"{v}.txt").read_text(encoding="utf-8")) for v in VERSIONS]
        report = analyze(docs, ctx=ctx, stages=entity_stages())
        out.documents += 1
        for e in report.entities:
            versions = {m.article.rsplit(".", 1)[-1] for m in e.mentions}
            if e.type != "PER" or "ru" not in versions:
                continue
            out.people += 1
            if {"en-a", "en-b"} <= versions:
                out.linked += 1
            else:
                out.misses.append(f"{folder.name}: {e.name} ({', '.join(sorted(versions))})")
    return out
