"""Batch mode on a two-worker Dask LocalCluster: tables out, equal to ``analyze`` and to ``storylens add``."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import storylens
from storylens.batch.run import run_batch, units
from storylens.batch.inputs import plan
from storylens.batch.tables import RECORDS, inputs_from_rows, report_from_rows, story_rows

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    # two worker processes, as on a real cluster; each builds its own Context through the plugin
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def _tables(folder: Path) -> dict[str, list[dict]]:
    return {name: pq.read_table(folder / f"{name}.parquet").to_pylist() for name in RECORDS}


def _by_input_story(tables: dict[str, list[dict]]) -> dict[str, dict[str, list[dict]]]:
    out: dict[str, dict[str, list[dict]]] = {}
    for name, rows in tables.items():
        for r in rows:
            out.setdefault(r["input_story"], {n: [] for n in RECORDS})[name].append(r)
    return out


def _flat_input(path: Path, stories: dict[str, list[Path]]) -> None:
    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "story": label, "source": str(p)}
            for label, paths in stories.items() for p in paths]
    pq.write_table(pa.Table.from_pylist(rows), path)


def test_rows_read_back_to_the_same_report():
    report = storylens.analyze([DEMO])
    docs = {a.id: storylens.model.Document(a.id, a.source, "raw") for a in report.articles}
    rows = story_rows(report, docs)
    assert report_from_rows(rows).to_json() == report.to_json()
    assert set(inputs_from_rows(rows["articles"])) == set(docs)
    assert all(r["story_id"] == report.stories[0].id for name in RECORDS for r in rows[name])


def test_two_workers_write_every_table_and_a_split_story_equals_analyze(client, tmp_path):
    demo = sorted(DEMO.glob("*.txt"))
    _flat_input(tmp_path / "in.parquet", {"demo": demo})
    # size=2: the story's articles are analysed in two tasks, then joined in a story task
    result = run_batch(tmp_path / "in.parquet", tmp_path / "out", client, size=2)
    assert (result.stories, result.articles) == (1, len(demo))
    assert {p.name for p in result.files} == {f"{name}.parquet" for name in RECORDS}
    stories = _by_input_story(_tables(tmp_path / "out"))
    assert set(stories) == {"demo"}
    docs = [storylens.model.Document(p.stem, str(p), p.read_text(encoding="utf-8")) for p in demo]
    assert report_from_rows(stories["demo"]).to_json() == storylens.analyze(docs).to_json()
    assert len(client.scheduler_info()["workers"]) == 2


def test_a_story_larger_than_a_partition_is_split_and_joined():
    fake = type("P", (), {"stories": {"a": [0, 1, 2, 3, 4], "b": [5], "c": [6, 7]}})()
    work = units(fake, size=2)
    assert work[0] == ("big", ("a", [0, 1, 2, 3, 4], [[0, 1], [2, 3], [4]]))
    assert work[1:] == [("pack", [("b", [5])]), ("pack", [("c", [6, 7])])]


def test_batch_over_a_store_export_equals_storylens_add(client, tmp_path):
    from storylens.store.export import export_parquet
    from storylens.store.read import list_stories, load_report
    from storylens.store.store import Store
    from storylens.store.write import add

    with Store.open(tmp_path / "s.db") as store:
        add(store, [DEMO])
        add(store, [SEEDS])
        export_parquet(store, tmp_path / "export")
        expected = {str(s["id"]): load_report(store, s["id"]).to_json() for s in list_stories(store)}
    run_batch(tmp_path / "export", tmp_path / "out", client, size=2)  # each story split over tasks
    stories = _by_input_story(_tables(tmp_path / "out"))
    assert set(stories) == set(expected)
    for sid, text in expected.items():
        assert report_from_rows(stories[sid]).to_json() == text


def test_a_parquet_without_text_is_named(tmp_path):
    from storylens.errors import InputRejected

    pq.write_table(pa.table({"title": ["a"]}), tmp_path / "x.parquet")
    with pytest.raises(InputRejected, match="'text' or 'html'"):
        plan(tmp_path / "x.parquet")
    with pytest.raises(InputRejected, match="no such file"):
        plan(tmp_path / "missing.parquet")


def test_the_workers_warm_up_loads_only_linguas_low_accuracy_models():
    from storylens.adapters.lingua_id import Detector
    from storylens.batch.run import WARM_TEXTS

    det = Detector()
    assert [det.detect(t) for t in WARM_TEXTS.values()] == ["en", "ru"]
    # a text under LOW_ACCURACY_FROM characters would have built a high-accuracy detector (about 0.7 GB)
    assert det._detectors and all(low for _script, low in det._detectors)
