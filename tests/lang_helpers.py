"""Reading one language's own short news sentences through the real pipeline (tests/test_lang_<code>.py)."""
from __future__ import annotations

import storylens
from storylens.compare.disputes import is_denial


def analyse(texts: dict[str, str]):
    """The full default analysis of the named texts, each its own article (named text0, text1, ... in order)."""
    report = storylens.analyze(texts=list(texts.values()))
    names = dict(zip((f"text{i}" for i in range(len(texts))), texts))
    return report, names


def article(report, names, name):
    return next(a for a in report.articles if names[a.id] == name)


def quotes(report, names, name):
    """(kind, words, speaker entity's names) of each quote of the named text."""
    by_id = {e.id: e for e in report.entities}
    out = []
    for q in report.quotes:
        if names[q.article] == name:
            ent = by_id.get(q.speaker.entity) if q.speaker and q.speaker.entity else None
            out.append((q.kind, q.text, set(ent.names) if ent else set()))
    return out


def values(report, names, name):
    """(kind, value, unit) of every value in the named text's claims."""
    return [(v.kind, v.value, v.unit) for c in report.claims if names[c.article] == name for v in c.values]


def claim(report, names, name, start: str):
    """The named text's claim whose sentence opens with ``start``."""
    return next(c for c in report.claims if names[c.article] == name and c.text.startswith(start))


def denies(report, names, name, start: str) -> bool:
    c = claim(report, names, name, start)
    return c.modality == "negated" and is_denial(c, article(report, names, name).language)


def entity_names(report) -> set[str]:
    return {n for e in report.entities for n in e.names}


def entity_with(report, name: str):
    return [e for e in report.entities if name in e.names]
