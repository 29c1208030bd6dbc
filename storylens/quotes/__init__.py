"""The quotes stage: who said what in each article, and the same statement across articles."""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Quote
from ..pipeline import FunctionStage, Report
from ..resources import Context
from .cues import cues_for
from .extract import Extractor, Found


def article_mentions(report: Report) -> dict[str, list[Mention]]:
    """Each article's mentions, with the entity id filled in."""
    out: dict[str, list[Mention]] = {}
    for e in report.entities:
        for m in e.mentions:
            out.setdefault(m.article, []).append(m if m.entity else replace(m, entity=e.id))
    return out


def extract_quotes(report: Report) -> list[Quote]:
    """Quotes of every article, speakers resolved, not yet linked across articles."""
    mentions = article_mentions(report)
    quotes: list[Quote] = []
    for art in report.articles:
        cues = cues_for(art.language)
        if cues is None:
            continue
        found: list[Found] = Extractor(art, cues, sorted(mentions.get(art.id, []), key=lambda m: m.start)).run()
        for n, f in enumerate(found, 1):
            quotes.append(Quote(f"{art.id}:q{n}", art.id, art.text[f.start:f.end], f.start, f.end, f.kind,  # type: ignore[arg-type]
                                f.speaker, f.cue or None))
    return quotes


def run(report: Report, ctx: Context) -> Report:
    from .link import link_quotes

    quotes = extract_quotes(report)
    return replace(report, quotes=tuple(link_quotes(quotes, report, ctx)))


STAGE = FunctionStage("quotes", run, needs=("sentences", "entities"), adds=("quotes",))
