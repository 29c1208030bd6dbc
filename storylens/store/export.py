"""Flat tables for notebooks and warehouses: every table and view of a store as one Parquet file (pyarrow)."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, text

from . import tables as t
from .store import Store

VIEWS = ("matrix", "quotes_by_speaker")


def export_parquet(store: Store, folder: Path) -> list[Path]:
    """Write ``<name>.parquet`` for each browsed table and view; JSON columns become JSON text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with store.engine.connect() as conn:
        for name in (*t.BROWSED, *VIEWS):
            table = t.metadata.tables.get(name)
            stmt = select(table).order_by(*table.primary_key.columns) if table is not None else text(f"SELECT * FROM {name}")
            result = conn.execute(stmt)
            columns = list(result.keys())
            values = {c: [] for c in columns}
            for row in result:
                for c, v in zip(columns, row):
                    values[c].append(json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v)
            arrays = [_array(pa, values[c]) for c in columns]
            path = folder / f"{name}.parquet"
            pq.write_table(pa.Table.from_arrays(arrays, names=columns), path)
            written.append(path)
    return written


def _array(pa, values: list):
    try:
        array = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed kinds in one JSON-typed view column: keep it as text
        array = pa.array([None if v is None else json.dumps(v, ensure_ascii=False) for v in values])
    return array.cast(pa.string()) if pa.types.is_null(array.type) else array
