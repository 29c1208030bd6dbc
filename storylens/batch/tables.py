"""A story's report as flat tables (one row per record) and back, exactly.

Every table has a ``story_id`` column (the story's id in its report); a record's
scalar fields are columns of their own, and its nested fields (spans, values,
speakers, flags, sentences...) are JSON text, as in the store's export.
Entities are written without their mentions, which have a table of their own.
``articles`` also carries the input each article was read from (``input_*``),
so a store can import a batch run and re-run any phase later.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from typing import Any, Iterable, Union

from ..model import Article, Claim, Document, Entity, Framing, Group, InputError, Mention, Quote, Report, Story
from ..serialize import NOT_WRITTEN, from_dict, to_dict

# table -> the record each row holds; the order is the order they are written in
RECORDS: dict[str, type] = {"stories": Story, "articles": Article, "entities": Entity, "mentions": Mention,
                            "quotes": Quote, "claims": Claim, "groups": Group, "framing": Framing,
                            "errors": InputError}
SCALARS = (str, int, float, bool)
INPUT_COLUMNS = ("input_id", "input_source", "input_text", "input_html", "input_meta")
# columns beyond the record's fields: table -> (name, type)
EXTRA: dict[str, tuple[tuple[str, type], ...]] = {
    "stories": (("conflicts", int), ("disputes", int), ("holds", str)),
    "articles": (("position", int),) + tuple((c, str) for c in INPUT_COLUMNS),
}


@lru_cache(maxsize=None)
def json_fields(cls: type) -> frozenset[str]:
    """The fields of ``cls`` stored as JSON text: everything that is not a plain (optional) scalar."""
    hints = typing.get_type_hints(cls)
    out = set()
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        if typing.get_origin(tp) in (Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0] if len(args) == 1 else Any
        if tp not in SCALARS and typing.get_origin(tp) is not typing.Literal:
            out.add(f.name)
    return frozenset(out)


def columns(table: str) -> list[tuple[str, type]]:
    """The columns of a table and the Python type of their values (JSON text counts as ``str``)."""
    cls = RECORDS[table]
    hints = typing.get_type_hints(cls)
    nested = json_fields(cls)
    out: list[tuple[str, type]] = [("story_id", str)]
    for f in dataclasses.fields(cls):
        if f.name in NOT_WRITTEN or (cls is Entity and f.name == "mentions"):
            continue
        tp = hints[f.name]
        if typing.get_origin(tp) in (Union, types.UnionType):
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        out.append((f.name, str if f.name in nested or tp not in SCALARS else tp))
    return out + list(EXTRA.get(table, ()))


def arrow_schema(table: str, extra: tuple[str, ...] = ()):
    """The Arrow schema of a table (plus text columns ``extra``), the same for every story of every run."""
    import pyarrow as pa

    kinds = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    return pa.schema([pa.field(n, kinds[t]) for n, t in columns(table)] + [pa.field(n, pa.string()) for n in extra])


def _row(record: Any, story: str, **extra: Any) -> dict:
    data = to_dict(record)
    if isinstance(record, Entity):
        data.pop("mentions")
    nested = json_fields(type(record))
    row = {"story_id": story}
    for f in dataclasses.fields(record):
        if f.name in data:
            value = data[f.name]
            row[f.name] = json.dumps(value, ensure_ascii=False) if f.name in nested else value
    row.update(extra)
    return row


def story_rows(report: Report, inputs: dict[str, Document] | None = None) -> dict[str, list[dict]]:
    """The rows of every table for a report that holds one story (or none, when every article was dropped)."""
    story = report.stories[0].id if report.stories else ""
    conflicts = sum(g.status == "conflicting" for g in report.comparison)
    disputes = sum(g.status == "disputed" for g in report.comparison)
    out: dict[str, list[dict]] = {name: [] for name in RECORDS}
    out["stories"] = [_row(s, s.id, conflicts=conflicts, disputes=disputes, holds=json.dumps(list(report.holds)))
                      for s in report.stories]
    inputs = inputs or {}
    for pos, a in enumerate(report.articles):
        doc = inputs.get(a.id)
        given = (doc.id, doc.source, doc.text, doc.html, json.dumps(doc.meta, ensure_ascii=False, default=str)) \
            if doc else (None,) * len(INPUT_COLUMNS)
        out["articles"].append(_row(a, story, position=pos, **dict(zip(INPUT_COLUMNS, given))))
    out["entities"] = [_row(e, story) for e in report.entities]
    out["mentions"] = [_row(m, story) for m in report.mentions]
    out["quotes"] = [_row(q, story) for q in report.quotes]
    out["claims"] = [_row(c, story) for c in report.claims]
    out["groups"] = [_row(g, story) for g in report.comparison]
    out["framing"] = [_row(f, story) for f in report.framing]
    out["errors"] = [_row(e, story) for e in report.errors]
    return out


def _record(cls: type, row: dict) -> Any:
    nested = json_fields(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    data = {k: (json.loads(v) if k in nested and isinstance(v, str) else v) for k, v in row.items()
            if k in names and v is not None}
    return from_dict(cls, data)


def report_from_rows(rows: dict[str, Iterable[dict]]) -> Report:
    """The report of one story from its rows (``story_rows`` read back)."""
    rows = {k: list(v) for k, v in rows.items()}
    stories = rows.get("stories", [])
    articles = tuple(_record(Article, r) for r in sorted(rows.get("articles", []), key=lambda r: r["position"]))
    mentions = tuple(_record(Mention, r) for r in rows.get("mentions", []))
    by_entity: dict[str, list[Mention]] = {}
    for m in mentions:
        by_entity.setdefault(m.entity or "", []).append(m)
    entities = tuple(dataclasses.replace(_record(Entity, r | {"mentions": "[]"}),
                                         mentions=tuple(by_entity.get(r["id"], ())))
                     for r in rows.get("entities", []))
    holds = tuple(json.loads(stories[0]["holds"])) if stories else ()
    report = Report(articles=articles, stories=tuple(_record(Story, r) for r in stories), entities=entities,
                    quotes=tuple(_record(Quote, r) for r in rows.get("quotes", [])),
                    claims=tuple(_record(Claim, r) for r in rows.get("claims", [])),
                    comparison=tuple(_record(Group, r) for r in rows.get("groups", [])),
                    framing=tuple(_record(Framing, r) for r in rows.get("framing", [])),
                    errors=tuple(_record(InputError, r) for r in rows.get("errors", [])),
                    mentions=mentions, holds=holds)
    return report


def inputs_from_rows(rows: Iterable[dict]) -> dict[str, Document]:
    """The input documents the ``articles`` rows were read from, by article id."""
    out = {}
    for r in rows:
        if r.get("input_id") is not None:
            out[r["id"]] = Document(r["input_id"], r["input_source"], r["input_text"], r["input_html"],
                                    json.loads(r["input_meta"] or "{}"))
    return out
