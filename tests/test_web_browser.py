"""The web app in a real headless Chromium (Debian's, through Playwright), over SQLite and PostgreSQL stores.

uvicorn serves the app on 127.0.0.1; every request to any other address is
refused and counted, and a test fails if a page tried one or logged an error
(a blocked inline script or style would log one). Screenshots go to
test-artifacts/ (gitignored).
"""
from __future__ import annotations

import re

import pytest

from test_browser import ARTIFACTS, IN_VIEW, browser  # noqa: F401  (fixture)
from web_fixtures import LiveServer, web_db  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def served(web_db):
    from storylens.settings import Settings
    from storylens.web.app import create_app

    db, ids = web_db
    backend = "pg" if db.startswith("postgresql") else "sqlite"
    with LiveServer(create_app(db, Settings())) as server:
        yield server, ids, backend


class Tab:
    """One browser page on the live server, recording script errors, dialogs and requests elsewhere."""

    def __init__(self, browser, server, width: int = 1400, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.server = server
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def guard(route):
            if route.request.url.startswith(server.url + "/"):
                return route.continue_()
            self.outside.append(route.request.url)
            return route.abort()

        self.page.route("**/*", guard)

    def go(self, path: str):
        response = self.page.goto(self.server.url + path)
        assert response is not None and response.ok, f"{path}: {response.status if response else 'no answer'}"
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True)

    def clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.outside == [], f"the page tried to load from elsewhere: {self.outside}"
        assert self.dialogs == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser, served):
    t = Tab(browser, served[0])
    yield t
    t.close()


def test_list_then_story_then_conflicting_rows_then_a_cell_lands_on_its_sentence(tab, served):
    _, ids, backend = served
    page = tab.go("/")
    rows = page.locator("table.stories tbody tr")
    assert rows.count() == 3
    tab.shot(f"web-stories-{backend}.png")
    page.get_by_role("link", name="Rivertown opens its new bridge").click()
    page.wait_for_url(f"**/stories/{ids['bridge']}")
    assert page.locator("h1").inner_text().strip() == "Rivertown opens its new bridge"
    assert page.locator("#comparison tr.row").count() == 5
    tab.shot(f"web-story-{backend}.png")

    page.locator("#matrix-filter select[name=status]").select_option("conflicting")
    page.wait_for_url(re.compile(r".*status=conflicting.*"))  # htmx swapped the matrix and pushed the address
    page.wait_for_function("document.querySelectorAll('#comparison tr.row').length === 2")
    statuses = page.locator("#comparison tr.row").evaluate_all("rows => rows.map(r => r.dataset.status)")
    assert statuses == ["conflicting", "conflicting"]
    assert page.locator("#articles").count() == 1  # only the comparison was swapped; the articles stayed

    cell = page.locator("#comparison a.ev").first
    target = cell.get_attribute("href").lstrip("#")
    cell.click()
    sentence = page.locator(f"[id='{target}']")
    page.wait_for_function("id => document.getElementById(id).classList.contains('is-current')", arg=target)
    assert sentence.evaluate(IN_VIEW), "the clicked cell's sentence should be on screen"
    assert sentence.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    tab.shot(f"web-story-cell-{backend}.png")
    tab.clean()


def test_the_filter_works_without_javascript_too(browser, served):
    _, ids, _ = served
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{served[0].url}/stories/{ids['bridge']}")
        page.locator("#matrix-filter select[name=status]").select_option("disputed")
        page.locator("#matrix-filter button[type=submit]").click()
        page.wait_for_url(re.compile(r".*status=disputed.*"))
        assert page.locator("#comparison tr.row").evaluate_all("rows => rows.map(r => r.dataset.status)") == ["disputed"]
    finally:
        context.close()


def test_a_cyrillic_name_reaches_the_latin_script_articles(tab, served):
    _, ids, backend = served
    page = tab.go("/")
    page.locator("#site-q").fill("Журавлев")
    page.locator("#site-q").press("Enter")
    page.wait_for_url(re.compile(r".*/search\?q=.*"))
    assert page.get_by_role("link", name="Alexey Zhuravlev").count() >= 1
    english = page.locator("ul.articles > li", has=page.locator("span.lang", has_text="en")).locator("a.hit").first
    href = english.get_attribute("href")
    assert href.startswith(f"/stories/{ids['seeds']}#")
    tab.shot(f"web-search-{backend}.png")
    english.click()
    anchor = href.split("#", 1)[1]
    page.wait_for_function("id => { const el = document.getElementById(id); return el && el.classList.contains('is-current'); }",
                           arg=anchor)
    sentence = page.locator(f"[id='{anchor}']")
    assert "Zhuravlev" in sentence.inner_text()
    assert sentence.evaluate(IN_VIEW)
    tab.shot(f"web-search-landing-{backend}.png")
    tab.clean()


def test_an_article_with_script_and_onerror_markup_runs_nothing(tab, served):
    _, ids, backend = served
    for path in (f"/stories/{ids['hostile']}", "/", "/search?q=pwned", "/outlets"):
        page = tab.go(path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.title() != "owned"
    page = tab.go(f"/stories/{ids['hostile']}")
    text = page.locator("#articles").inner_text()
    assert "<script>window.__pwned = 1" in text and 'onerror="window.__pwned = 2"' in text
    tab.shot(f"web-hostile-{backend}.png")
    tab.clean()


def test_keyboard_alone_reaches_the_content_and_a_sentence(tab, served):
    _, ids, _ = served
    page = tab.go(f"/stories/{ids['bridge']}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Skip to the content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    cell = page.locator("#comparison a.ev").first
    cell.focus()
    page.keyboard.press("Enter")
    target = cell.get_attribute("href").lstrip("#")
    page.wait_for_function("id => document.getElementById(id).classList.contains('is-current')", arg=target)
    tab.clean()


def test_laptop_and_wide_screens_and_print(browser, served):
    server, ids, backend = served
    for width, height in ((1280, 800), (2560, 1440)):
        t = Tab(browser, server, width, height)
        try:
            for path in ("/", f"/stories/{ids['bridge']}"):
                page = t.go(path)
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 1, f"{path} is wider than a {width}px window by {overflow}px"
            t.shot(f"web-story-{width}-{backend}.png")
            t.clean()
        finally:
            t.close()
    t = Tab(browser, server)
    try:
        page = t.go(f"/stories/{ids['bridge']}")
        page.emulate_media(media="print")
        for hidden in ("header.site", "#matrix-filter"):
            assert page.locator(hidden).evaluate("el => getComputedStyle(el).display") == "none", hidden
        assert page.locator("#comparison tr.row").first.is_visible() and page.locator("#articles").is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.pdf(path=str(ARTIFACTS / f"web-story-print-{backend}.pdf"))
    finally:
        t.close()
