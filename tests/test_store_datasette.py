"""``datasette storylens.db`` serves a store as-is: descriptions, search and every canned query."""
from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest

from storylens.store.datasette import QUERIES
from storylens.store.read import load_report
from storylens.store.store import Store
from storylens.store.write import add

from conftest import REPO

pytest.importorskip("datasette", reason="datasette is a test dependency (requirements.lock)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = tmp_path_factory.mktemp("ds") / "storylens.db"
    with Store.open(db) as store:
        add(store, [REPO / "demo" / "corpus"])
        report = load_report(store, 1)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        else:
            pytest.fail("datasette did not start within 60 s")
        yield base, report
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()


def rows(base: str, path: str, **params) -> list[dict]:
    resp = httpx.get(f"{base}/storylens/{path}.json", params={**params, "_shape": "array"}, timeout=30)
    assert resp.status_code == 200, resp.text[:500]
    return resp.json()


def test_canned_query_conflicting_and_disputed_rows_by_story(served):
    base, report = served
    found = rows(base, "conflicting_and_disputed", story="1")
    expected = [g for g in report.comparison if g.status in ("conflicting", "disputed")]
    assert expected and {r["topic"] for r in found} == {g.topic for g in expected}
    assert len(found) == sum(len(g.claims) for g in expected)  # one row per claim of each such group
    assert rows(base, "conflicting_and_disputed", story="") == found  # empty: every story (there is one)
    assert rows(base, "conflicting_and_disputed", story="2") == []


def test_canned_query_everything_one_person_said_in_any_script(served):
    base, report = served
    person = next(e for e in report.entities if "Anna Petrosyan" in e.names)
    said = [q for q in report.quotes if q.speaker.entity == person.id]
    for name in ("Petrosyan", "Петросян"):
        found = rows(base, "everything_one_person_said", person=name)
        assert sorted(r["quote"] for r in found) == sorted(q.text for q in said)
    assert {r["language"] for r in found} == {"en", "ru"}
    assert rows(base, "everything_one_person_said", person="Nobody Atall") == []


def test_canned_query_articles_by_outlet_and_language(served):
    base, report = served
    found = rows(base, "articles_by_outlet_and_language")
    assert sum(r["articles"] for r in found) == len(report.articles)
    by_language = {}
    for r in found:
        by_language[r["language"]] = by_language.get(r["language"], 0) + r["articles"]
    assert by_language == {"en": sum(a.language == "en" for a in report.articles),
                           "ru": sum(a.language == "ru" for a in report.articles)}


def test_descriptions_queries_and_search_are_served(served):
    base, _ = served
    meta = httpx.get(f"{base}/-/metadata.json", timeout=30).json()["databases"]["storylens"]
    assert set(meta["queries"]) == set(QUERIES)
    assert "comparison matrix" in meta["tables"]["matrix"]["description"]
    page = httpx.get(f"{base}/storylens/claims", timeout=30).text
    assert "normalised values" in page  # the table's description is on its page
    hits = rows(base, "article_versions", _search="Гюмри")
    assert len(hits) == 1 and hits[0]["language"] == "ru"
