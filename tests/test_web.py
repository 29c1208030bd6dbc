"""The web app over a store (SQLite and PostgreSQL): pages, the JSON API, filters, search in any script, safety."""
from __future__ import annotations

import json
import re
import warnings
from collections import Counter

import pytest

from report_fixture import analyzed_seeds, bridge_report
from store_fixtures import store_db  # noqa: F401  (fixture)
from web_fixtures import web_db  # noqa: F401  (fixture)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that it prefers httpx2; httpx is what the project pins
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def site(web_db):
    from storylens.settings import Settings
    from storylens.web.app import create_app

    db, ids = web_db
    with TestClient(create_app(db, Settings()), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield client, ids, db


def rows_of(html: str) -> list[str]:
    """The matrix rows' statuses, in page order."""
    return re.findall(r'<tr class="row st-\w+" data-status="(\w+)"', html)


def test_story_list_shows_each_story_with_its_sources_languages_and_counts(site):
    client, ids, _ = site
    page = client.get("/")
    assert page.status_code == 200
    stories = client.get("/api/stories").json()
    assert stories["total"] == 3 and {s["id"] for s in stories["stories"]} == set(ids.values())
    bridge = next(s for s in stories["stories"] if s["id"] == ids["bridge"])
    report = bridge_report()
    assert bridge["conflicts"] == sum(g.status == "conflicting" for g in report.comparison) == 2
    assert bridge["disputes"] == 1 and bridge["article_count"] == 3
    assert {o["name"] for o in bridge["outlets"]} == {"Harbor Daily", "Вестник", "Мнение"}
    assert (bridge["first_date"], bridge["last_date"]) == ("2024-03-05", "2024-03-06")
    assert f'href="/stories/{ids["bridge"]}"' in page.text and "Вестник" in page.text
    # newest first, by the latest article date: a seed article is from December 2025, the bridge from March 2024
    assert [s["id"] for s in stories["stories"]][:2] == [ids["seeds"], ids["bridge"]]


def test_story_list_filters_by_language_outlet_and_date(site):
    client, ids, _ = site
    ru = {s["id"] for s in client.get("/api/stories?language=ru").json()["stories"]}
    assert ru == {ids["seeds"], ids["bridge"]}
    outlets = {o["name"]: o["id"] for o in client.get("/api/outlets").json()}
    only = client.get(f"/api/stories?outlet={outlets['Вестник']}").json()["stories"]
    assert [s["id"] for s in only] == [ids["bridge"]]
    assert client.get("/api/stories?since=2024-03-06").json()["total"] >= 1
    assert ids["bridge"] not in {s["id"] for s in client.get("/api/stories?since=2024-03-07").json()["stories"]}
    assert ids["bridge"] not in {s["id"] for s in client.get("/api/stories?until=2024-03-04").json()["stories"]}
    html = client.get("/?language=ru").text
    assert f'href="/stories/{ids["hostile"]}"' not in html and f'href="/stories/{ids["bridge"]}"' in html
    bad = client.get("/?since=2024-13-45")
    assert bad.status_code == 400 and "since" in bad.text and "Traceback" not in bad.text


def test_story_page_shows_the_report_sections_and_filters_the_matrix(site):
    client, ids, _ = site
    report = bridge_report()
    page = client.get(f"/stories/{ids['bridge']}")
    assert page.status_code == 200
    for part in ('id="matrix-0"', 'id="timeline"', 'id="quotes"', 'id="entities"', 'id="framing"', 'id="articles"'):
        assert part in page.text, part
    assert Counter(rows_of(page.text)) == Counter(g.status for g in report.comparison)
    conflicting = client.get(f"/stories/{ids['bridge']}?status=conflicting").text
    assert rows_of(conflicting) == ["conflicting", "conflicting"]
    # one language: only the Russian sources' columns, and only rows one of them reports
    ru = client.get(f"/stories/{ids['bridge']}?language=ru").text
    matrix = ru[ru.index('id="matrix-0"'):ru.index("</table>", ru.index('id="matrix-0"'))]
    assert 'data-article="harbor"' not in matrix and 'data-article="vestnik"' in matrix
    outlet = client.get(f"/stories/{ids['bridge']}", params={"outlet": "Мнение"}).text
    assert 'data-article="vestnik"' not in outlet[outlet.index('id="matrix-0"'):outlet.index('id="articles"')]
    # htmx asks for the comparison only: the fragment holds the matrix and none of the page around it
    part = client.get(f"/stories/{ids['bridge']}?status=disputed", headers={"HX-Request": "true", "HX-Target": "comparison"})
    assert part.text.lstrip().startswith('<div id="comparison">') and 'id="articles"' not in part.text
    assert rows_of(part.text) == ["disputed"]
    assert client.get(f"/stories/{ids['bridge']}?status=nonsense").status_code == 400


def test_cells_link_to_sentences_that_exist_on_the_page(site):
    client, ids, _ = site
    html = client.get(f"/stories/{ids['seeds']}").text
    targets = re.findall(r'<a class="ev" data-jump href="#([^"]+)"', html)
    assert targets and all(re.fullmatch(r"a\d+-s\d+", t) for t in targets), "every cell should lead to a sentence"
    for t in set(targets):
        assert f'id="{t}"' in html, t


def test_story_json_is_the_report_contract_the_cli_writes(site, capsys):
    from storylens.cli import main
    from storylens.store.read import load_report
    from storylens.store.store import Store

    client, ids, db = site
    with Store.open(db) as store:
        for name, report in (("seeds", analyzed_seeds()), ("bridge", bridge_report())):
            api = client.get(f"/api/stories/{ids[name]}")
            assert api.status_code == 200 and api.headers["content-type"].startswith("application/json")
            data = json.loads(api.text)
            assert data["schema"] == "storylens.report/1"
            assert main(["report", str(ids[name]), "--db", db, "--format", "json"]) == 0
            assert api.text.strip() == capsys.readouterr().out.strip()
            assert api.text == load_report(store, ids[name]).to_json()
            assert [a["id"] for a in data["articles"]] == [a.id for a in report.articles]
            assert [(g["id"], g["status"]) for g in data["comparison"]] == [(g.id, g.status) for g in report.comparison]


@pytest.mark.parametrize("path", ["/stories/0", "/stories/abc", "/stories/99999", "/stories/99999999999999999999",
                                  "/entities/-1", "/entities/99999", "/outlets/99999", "/outlets/x", "/nowhere"])
def test_bad_ids_give_404_pages_without_a_stack_trace(site, path):
    client, _, _ = site
    page = client.get(path)
    assert page.status_code == 404 and "Traceback" not in page.text and "File \"" not in page.text
    assert "<h1>Not found</h1>" in page.text
    api = client.get("/api" + path)
    assert api.status_code == 404 and api.json()["detail"]


def test_every_answer_carries_a_policy_that_forbids_inline_script_and_loads_from_elsewhere(site):
    client, ids, _ = site
    for path in ("/", f"/stories/{ids['hostile']}", "/search?q=bridge", "/outlets", "/stories/99999", "/api/stories",
                 "/static/htmx.min.js"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        if r.headers["content-type"].startswith("text/html"):
            assert "<script>" not in r.text.replace("&lt;script&gt;", ""), f"inline script on {path}"
            external = re.findall(r'(?:src|href|action)="((?:https?:)?//[^"]*)"', r.text)
            assert external == [], f"{path} points outside: {external}"


def test_hostile_markup_in_an_article_is_escaped_everywhere(site):
    client, ids, _ = site
    for path in (f"/stories/{ids['hostile']}", "/", "/outlets", "/search?q=pwned"):
        html = client.get(path).text
        assert "<script>window.__pwned" not in html and "<img src=x onerror" not in html, path
        assert "<svg onload" not in html and "<iframe src=x>" not in html, path
    story = client.get(f"/stories/{ids['hostile']}").text
    assert "&lt;script&gt;window.__pwned = 1" in story and "&lt;iframe src=x&gt;story" in story


def test_a_cyrillic_name_finds_the_latin_script_articles_and_back(site):
    client, ids, _ = site
    found = client.get("/api/search", params={"q": "Журавлев"}).json()
    assert found["romanised"] and found["romanised"].startswith("Zhuravl")
    names = [n for n in found["names"] if n["story"]["id"] == ids["seeds"]]
    assert names and any("Zhuravlev" in n for n in names[0]["names"]) and any("Журавлев" in n for n in names[0]["names"])
    langs = {a["language"] for a in found["articles"] if a["story"]["id"] == ids["seeds"]}
    assert {"en", "ru"} <= langs
    latin = [a for a in found["articles"] if a["language"] == "en"]
    html = client.get(f"/stories/{ids['seeds']}").text
    for a in latin:  # each hit lands on a sentence of the story page that names him
        sentence = re.search(rf'<span class="sent" id="{a["anchor"]}"[^>]*>(.*?)</span>(?=<span class="sent"|</p>|</h4>)',
                             html, re.S)
        assert sentence and "Zhuravlev" in re.sub(r"<[^>]+>", "", sentence.group(1))
    back = client.get("/api/search", params={"q": "Zhuravlyov"}).json()  # another romanisation, to the Cyrillic
    assert "ru" in {a["language"] for a in back["articles"]}
    page = client.get("/search", params={"q": "Журавлев"})
    assert page.status_code == 200 and "Alexey Zhuravlev" in page.text


def test_entity_page_shows_every_name_form_and_the_quotes(site):
    client, ids, _ = site
    found = client.get("/api/search", params={"q": "Журавлев"}).json()
    entity_id = next(n["id"] for n in found["names"] if n["story"]["id"] == ids["seeds"])
    data = client.get(f"/api/entities/{entity_id}").json()
    assert "Алексей Журавлев" in data["names"] and "Alexey Zhuravlev" in data["names"]
    assert data["quotes"] and all(q["speaker_entity"] == entity_id for q in data["quotes"])
    assert sum(a["mentions"] for a in data["articles"]) >= 2
    html = client.get(f"/entities/{entity_id}").text
    assert "Алексей Журавлев" in html and data["quotes"][0]["text"][:30] in html
    story = client.get(f"/stories/{ids['seeds']}").text
    assert f'href="/entities/{entity_id}"' in story  # the story's entity table links to the entity page


def test_outlet_page_lists_its_articles_languages_and_genres(site):
    client, ids, _ = site
    outlets = {o["name"]: o for o in client.get("/api/outlets").json()}
    vestnik = client.get(f"/api/outlets/{outlets['Вестник']['id']}").json()
    assert vestnik["article_count"] == 1 and vestnik["languages"] == {"ru": 1}
    assert vestnik["articles"][0]["story"]["id"] == ids["bridge"] and sum(vestnik["genres"].values()) == 1
    assert "Вестник" in client.get(f"/outlets/{outlets['Вестник']['id']}").text


def test_openapi_describes_the_api_and_no_page_loads_swagger_from_a_cdn(site):
    client, _, _ = site
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/entities/{entity_id}", "/api/outlets",
                 "/api/outlets/{outlet_id}", "/api/search", "/api/add"):
        assert path in schema["paths"], path
    assert not any(p.startswith("/stories") for p in schema["paths"])  # pages are not part of the API
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def test_read_only_by_default_nothing_can_be_added(site):
    client, _, _ = site
    assert client.get("/add").status_code == 404
    assert client.post("/add", data={"urls": "https://example.org/a", "token": ""}).status_code == 404
    assert client.post("/api/add", json={"urls": ["https://example.org/a"]}).status_code == 404
    assert 'href="/add"' not in client.get("/").text


def test_a_foreign_host_name_is_refused(site):
    client, _, _ = site
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_a_story_still_being_analysed_says_so(store_db):
    from sqlalchemy import update

    from storylens.store import tables as t
    from storylens.store.engine import writing
    from storylens.store.store import Store
    from storylens.web.app import create_app
    from storylens.web.fill import write_report

    store = Store.open(store_db)
    sid = write_report(store, bridge_report())
    with writing(store.engine) as conn:
        conn.execute(update(t.stories).where(t.stories.c.id == sid).values(revision=t.stories.c.revision + 1))
    with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{sid}")
        assert page.status_code == 503 and "being analysed" in page.text
        assert client.get(f"/api/stories/{sid}").status_code == 503
        assert any(s["id"] == sid and not s["analysed"] for s in client.get("/api/stories").json()["stories"])


TOKEN = "s3cret-token"
ARTICLE = ("<html><head><title>Harbour bridge opens</title></head><body><article><h1>Harbour bridge opens</h1>"
           "<p>The new harbour bridge in Rivertown opened on Monday after four years of work, the mayor Anna Lind "
           "said. It cost 40 million euros, the city council reported.</p><p>About 12,000 cars are expected to "
           "cross it every day, according to the transport office.</p></article></body></html>")


@pytest.fixture
def writable(tmp_path):
    from storylens.settings import Settings
    from storylens.web.app import create_app

    settings = Settings(web_token=TOKEN, allow_private_addresses=True, fetch_host_delay=0.0, fetch_timeout=10.0)
    with TestClient(create_app(str(tmp_path / "store.db"), settings), base_url="http://127.0.0.1") as client:
        yield client


def test_adding_needs_the_token_and_a_post_from_this_site(writable):
    client = writable
    assert client.get("/add").status_code == 200 and 'href="/add"' in client.get("/").text
    form = {"urls": "https://example.org/news/1", "token": "wrong"}
    assert client.post("/add", data=form).status_code == 403
    good = {**form, "token": TOKEN}
    assert client.post("/add", data=good, headers={"origin": "http://evil.example"}).status_code == 403
    assert client.post("/add", data=good, headers={"sec-fetch-site": "cross-site"}).status_code == 403
    assert client.post("/add", data=good, headers={"origin": "null"}).status_code == 403
    assert client.post("/api/add", json={"urls": ["https://example.org/news/1"]}).status_code == 403
    bearer = {"authorization": f"Bearer {TOKEN}"}
    for bad in (["/etc/passwd"], ["file:///etc/passwd"], ["javascript:alert(1)"], [f"https://x.org/{i}" for i in range(60)]):
        r = client.post("/api/add", json={"urls": bad}, headers=bearer)
        assert r.status_code == 400 and r.json()["detail"], bad
    assert client.post("/api/add", json={"urls": []}, headers=bearer).status_code == 400
    page = client.post("/add", data={"urls": "not a url", "token": TOKEN})
    assert page.status_code == 400 and "not an http(s) URL" in page.text


def test_a_url_added_with_the_token_becomes_a_story(writable):
    import time

    from web_server import Page, WebServer

    client = writable
    with WebServer({"/news/bridge": Page(ARTICLE.encode())}) as site:
        url = site.url("/news/bridge")
        r = client.post("/api/add", json={"urls": [url]}, headers={"authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 202 and r.json()["status"] in ("queued", "running")
        job = r.json()["id"]
        deadline = time.monotonic() + 600
        while (state := client.get(f"/api/jobs/{job}").json())["status"] in ("queued", "running"):
            assert time.monotonic() < deadline, "the add job did not finish"
            time.sleep(0.5)
    assert state["status"] == "done", state
    assert state["result"]["added"] == 1 and state["result"]["story"]
    stories = client.get("/api/stories").json()["stories"]
    assert [s["title"] for s in stories] == ["Harbour bridge opens"]
    story = client.get(f"/api/stories/{state['result']['story']}").json()
    assert story["articles"][0]["url"] == url and "40 million euros" in story["articles"][0]["text"]
    assert f"job-{job}" in client.get("/add").text


def test_storylens_serve_serves_the_store_and_refuses_a_bad_port(web_db):
    import socket
    import subprocess
    import sys
    import time

    import httpx

    db, ids = web_db
    bad = subprocess.run([sys.executable, "-m", "storylens", "serve", "--db", db, "--port", "70000"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "--port 70000" in bad.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "storylens", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5)
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, "storylens serve did not start"
                time.sleep(0.3)
        assert r.status_code == 200 and r.json()["total"] == len(ids)
        assert "server" not in r.headers  # uvicorn's banner is off
    finally:
        proc.terminate()
        proc.wait(30)
    assert "read-only" in proc.stderr.read()
