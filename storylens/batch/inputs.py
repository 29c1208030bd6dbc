"""Articles to analyse from Parquet: a store's export, or one flat table of articles.

A store's export (a folder holding ``articles.parquet`` and ``article_versions.parquet``)
gives each story's current article versions as the store read them. Any
other Parquet file (or folder of files) is read as one row per article with
the fields of storylens's JSONL input: ``text`` or ``html``, and optionally
``id``, ``source``, ``url``, ``title``, ``published``, ``outlet``, ``author``
and ``story`` (articles with the same ``story`` form one story; without the
column the whole input is one story, as for ``storylens analyze``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import InputRejected
from ..model import Document

META = ("url", "title", "published", "outlet", "author")


@dataclass(frozen=True)
class Plan:
    """Which rows of the input make which story, in input order."""

    path: Path
    kind: str  # "store" | "flat"
    stories: dict[str, list[int]]  # story label -> row numbers, in the order the story's articles came


def plan(path: str | Path) -> Plan:
    """Read only what says which article belongs to which story; the articles themselves are read later."""
    import pyarrow.parquet as pq

    path = Path(path)
    if not path.exists():
        raise InputRejected(str(path), "no such file or folder")
    if path.is_dir() and (path / "article_versions.parquet").is_file() and (path / "articles.parquet").is_file():
        arts = pq.read_table(path / "articles.parquet", columns=["id", "story_id", "position"]).to_pylist()
        versions = pq.read_table(path / "article_versions.parquet", columns=["article_id", "current"]).to_pylist()
        row_of = {v["article_id"]: i for i, v in enumerate(versions) if v["current"]}
        stories: dict[str, list[tuple[int, int]]] = {}
        for a in sorted(arts, key=lambda a: (a["story_id"], a["position"])):
            if a["id"] in row_of:
                stories.setdefault(str(a["story_id"]), []).append((a["position"], row_of[a["id"]]))
        return Plan(path, "store", {k: [r for _, r in v] for k, v in stories.items()})
    try:
        schema = pq.read_schema(path) if path.is_file() else pq.ParquetDataset(path).schema
    except Exception as exc:  # noqa: BLE001  pyarrow raises several kinds for a file that is not Parquet
        raise InputRejected(str(path), f"not a Parquet file or folder: {exc}") from exc
    names = set(schema.names)
    if not names & {"text", "html"}:
        raise InputRejected(str(path), "a Parquet input of articles needs a 'text' or 'html' column")
    if "story" in names:
        labels = pq.read_table(path, columns=["story"]).column("story").to_pylist()
    else:
        labels = [None] * pq.read_table(path, columns=[next(iter(names & {"text", "html"}))]).num_rows
    flat: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        flat.setdefault("" if label is None else str(label), []).append(i)
    return Plan(path, "flat", flat)


def documents(p: Plan, rows: list[int]) -> list[Document]:
    """The input documents of some rows (one story's, or a part of one), in the order given."""
    import pyarrow.parquet as pq

    if p.kind == "store":
        table = pq.read_table(p.path / "article_versions.parquet", memory_map=True,
                              columns=["article_id", "doc_id", "source", "raw_text", "raw_html", "doc_meta"])
        keys = pq.read_table(p.path / "articles.parquet", columns=["id", "key"]).to_pylist()
        key_of = {k["id"]: k["key"] for k in keys}
        out = []
        for r in table.take(rows).to_pylist():
            meta = r["doc_meta"]
            meta = json.loads(meta) if isinstance(meta, str) else dict(meta or {})
            # the store analyses a version under its article's key (see storylens.store.story.story_inputs)
            out.append(Document(key_of[r["article_id"]], r["source"], r["raw_text"], r["raw_html"], meta))
        return out
    table = pq.read_table(p.path, memory_map=True).take(rows)
    return list(_flat_documents(table.to_pylist(), rows))


def _flat_documents(records: list[dict], rows: list[int]) -> Iterator[Document]:
    for n, r in zip(rows, records):
        # as a JSONL record is read (storylens.ingest): the URL is the source, text wins over html
        ident = r.get("id") or f"row{n:06d}"
        source = r.get("url") or r.get("source") or f"row {n}"
        meta = {k: r[k] for k in META if r.get(k)}
        text = r.get("text")
        yield Document(str(ident), str(source), text, None if text else r.get("html"), meta)
