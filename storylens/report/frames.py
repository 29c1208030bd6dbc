"""The report's parts as pandas DataFrames, for notebooks."""
from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Report


def to_dataframes(report: "Report") -> dict:
    import pandas as pd

    def frame(rows, columns=None):
        return pd.DataFrame(rows, columns=columns)

    articles = frame([{k: v for k, v in asdict(a).items() if k not in ("sentences", "meta", "flags", "text")}
                      | {"sentences": len(a.sentences), "flags": len(a.flags), "chars": len(a.text)} for a in report.articles])
    entities = frame([{"id": e.id, "type": e.type, "name": e.name, "names": list(e.names), "articles": list(e.articles),
                       "mentions": len(e.mentions)} for e in report.entities], ["id", "type", "name", "names", "articles", "mentions"])
    mentions = frame([asdict(m) for e in report.entities for m in e.mentions],
                     ["article", "start", "end", "text", "type", "normal", "entity", "source"])
    quotes = frame([{**{k: v for k, v in asdict(q).items() if k != "speaker"}, "speaker": q.speaker.text,
                     "speaker_entity": q.speaker.entity, "speaker_kind": q.speaker.kind} for q in report.quotes],
                   ["id", "article", "text", "start", "end", "kind", "cue", "same_as", "speaker", "speaker_entity", "speaker_kind"])
    claims = frame([asdict(c) for c in report.claims],
                   ["id", "article", "text", "start", "end", "values", "entities", "modality", "attributed_to", "sentence"])
    comparison = frame([asdict(g) for g in report.comparison], ["id", "topic", "status", "claims", "articles", "value", "note", "story"])
    framing = frame([{"article": f.article, "genre": f.genre, "frame": x.frame, "score": x.score, "evidence": list(x.evidence)}
                     for f in report.framing for x in f.frames], ["article", "genre", "frame", "score", "evidence"])
    errors = frame([asdict(e) for e in report.errors], ["source", "error"])
    return {"articles": articles, "entities": entities, "mentions": mentions, "quotes": quotes, "claims": claims,
            "comparison": comparison, "framing": framing, "errors": errors}
