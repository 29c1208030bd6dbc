"""The report as the JSON contract ``storylens.report/1`` (shared/contract/report.schema.json)."""
from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..pipeline import Report

SCHEMA = "storylens.report/1"


# Optional fields the contract types without null: left out when unset rather than written as null.
OMIT_WHEN_NONE = {"story", "start", "end", "detail", "gloss", "as_written"}


def _clean(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items() if not (v is None and k in OMIT_WHEN_NONE)}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    return obj


def report_to_dict(report: "Report") -> dict:
    articles = []
    for a in report.articles:
        d = asdict(a)
        d.pop("meta", None)
        d["flags"] = [{k: v for k, v in f.items() if v is not None} for f in d["flags"]]
        articles.append(d)
    return _clean({
        "schema": SCHEMA,
        "articles": articles,
        "stories": [asdict(s) for s in report.stories],
        "entities": [asdict(e) for e in report.entities],
        "quotes": [asdict(q) for q in report.quotes],
        "claims": [asdict(c) for c in report.claims],
        "comparison": [asdict(g) for g in report.comparison],
        "framing": [asdict(f) for f in report.framing],
        "errors": [asdict(e) for e in report.errors],
    })
