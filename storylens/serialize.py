"""Records to JSON-ready dicts and back, exactly: ``Report.from_dict(report_to_dict(r)) == r``.

The dict form of a report is the contract ``storylens.report/1``
(shared/contract/report.schema.json); fields beyond the contract are
additions. Reading is driven by the records' type hints, so a JSON list
becomes the tuple the record holds and a nested dict its record again.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any, Union

from .errors import FormatError
from .model import SCHEMA, Article, ArticleAnalysis, Entity, Mention, Report

ANALYSIS_SCHEMA = "storylens.article/1"

# Optional fields the contract types without null: left out when unset rather than written as null.
OMIT_WHEN_NONE = frozenset({"story", "start", "end", "detail", "gloss", "as_written", "abbreviates", "stage", "article"})
# Fields kept in memory only: notes for the running process, not part of the record.
NOT_WRITTEN = frozenset({"meta", "timings"})


def to_dict(obj: Any) -> Any:
    """A record (or a tuple of them) as plain dicts, lists and scalars."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for f in dataclasses.fields(obj):
            if f.name in NOT_WRITTEN:
                continue
            value = getattr(obj, f.name)
            if value is None and f.name in OMIT_WHEN_NONE:
                continue
            out[f.name] = to_dict(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type, data: dict) -> Any:
    """The record of type ``cls`` that ``to_dict`` wrote as ``data`` (missing fields take their defaults)."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data and f.name not in NOT_WRITTEN:
            kwargs[f.name] = _read(hints[f.name], data[f.name])
    return cls(**kwargs)


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _read(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _read(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_read(args[0], v) for v in value)
        return tuple(_read(a, v) for a, v in zip(args, value))
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    return value  # str, int, float, bool, Literal, Any, dict: as JSON gave them


def entity_mentions(entities: tuple[Entity, ...], articles: tuple[Article, ...]) -> tuple[Mention, ...]:
    """Every entity's mentions in one canonical order: by article (report order), then offset."""
    order = {a.id: i for i, a in enumerate(articles)}
    flat = [m for e in entities for m in e.mentions]
    return tuple(sorted(flat, key=lambda m: (order.get(m.article, len(order)), m.article, m.start, m.end)))


def report_to_dict(report: Report) -> dict:
    """The report as the JSON contract; ``mentions`` only when the entities do not hold them all."""
    data = {"schema": SCHEMA, **to_dict(report)}
    if report.mentions == entity_mentions(report.entities, report.articles):
        del data["mentions"]
    return data


def report_from_dict(data: dict) -> Report:
    """A report from its dict form (``report_to_dict``, or a JSON file of the contract)."""
    _check_schema(data, SCHEMA)
    report = from_dict(Report, data)
    if "mentions" not in data:
        report = dataclasses.replace(report, mentions=entity_mentions(report.entities, report.articles))
    return report


def analysis_to_dict(analysis: ArticleAnalysis) -> dict:
    return {"schema": ANALYSIS_SCHEMA, **to_dict(analysis)}


def analysis_from_dict(data: dict) -> ArticleAnalysis:
    _check_schema(data, ANALYSIS_SCHEMA)
    return from_dict(ArticleAnalysis, data)


def _check_schema(data: dict, expected: str) -> None:
    found = data.get("schema", expected) if isinstance(data, dict) else None
    if found != expected:
        raise FormatError(f"not a {expected} record (schema {found!r}); this storylens reads {expected}")
