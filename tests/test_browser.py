"""The HTML report in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Install the browser with `.ci/setup-browser.sh`. Nothing is fetched: every
request other than the report file itself is refused and counted.
Screenshots go to test-artifacts/ (gitignored).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from report_fixture import analyzed_seeds, bridge_report, hostile_report
from storylens.report.html import render_html

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Is the element on screen: inside the window and inside the scrolling pane that holds it?
IN_VIEW = """el => {
  const r = el.getBoundingClientRect();
  let ok = r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (/(auto|scroll)/.test(s.overflowY + s.overflowX)) {
      const q = p.getBoundingClientRect();
      ok = ok && r.top >= q.top - 1 && r.bottom <= q.bottom + 1 && r.left >= q.left - 1 && r.right <= q.right + 1;
    }
  }
  return ok;
}"""


def _chromium() -> str | None:
    path = os.environ.get("STORYLENS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if Path(path).exists() else None


def _missing(reason: str):
    # in CI a missing browser is a failure, never a silent skip; on a laptop it is a skip that says what to run
    message = f"{reason}: run .ci/setup-browser.sh"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    exe = _chromium()
    if exe is None:
        _missing("Chromium is not installed")
    with sync_playwright() as p:
        # Playwright gives every launch a fresh temporary --user-data-dir and removes it on close
        b = p.chromium.launch(executable_path=exe, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def context(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    yield ctx
    ctx.close()


class Opened:
    """A report page in the browser, with everything it tried to load and every script error."""

    def __init__(self, context, html: str, path: Path):
        path.write_text(html, encoding="utf-8")
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.page = context.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))

        def guard(route):
            if route.request.url.startswith("file://") and route.request.url.split("#")[0] == path.as_uri():
                return route.continue_()
            self.outside.append(route.request.url)
            return route.abort()

        self.page.route("**/*", guard)
        self.page.goto(path.as_uri())

    def in_view(self, selector: str) -> bool:
        return self.page.locator(selector).evaluate(IN_VIEW)

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        out = ARTIFACTS / name
        self.page.screenshot(path=str(out), full_page=True)
        return out


@pytest.fixture(scope="module")
def bridge(context, tmp_path_factory):
    report = bridge_report()
    opened = Opened(context, render_html(report), tmp_path_factory.mktemp("html") / "bridge.html")
    yield report, opened
    opened.page.close()


@pytest.fixture(scope="module")
def seeds(context, tmp_path_factory):
    report = analyzed_seeds()
    opened = Opened(context, render_html(report), tmp_path_factory.mktemp("html") / "seeds.html")
    yield report, opened
    opened.page.close()


def row_selector(group_id: str) -> str:
    """The matrix row of a group, whatever characters its id holds."""
    return "tr[id=%s]" % json.dumps(f"g-{group_id}")


def _important_rows_come_before_the_article_text(opened: Opened, report) -> None:
    top = lambda sel: opened.page.locator(sel).first.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
    articles = top("#articles")
    for g in report.comparison:
        assert top(row_selector(g.id)) < articles, f"row {g.id} should be above the article text"


def test_seeds_report_shows_the_matrix_and_what_the_stages_found(seeds):
    report, o = seeds
    page = o.page
    assert page.locator("#matrix-0").is_visible()
    if len(report.stories) == 1:
        assert page.locator("h1").inner_text().strip() == " ".join(report.stories[0].title.split())
    for k in range(len(report.stories)):
        assert page.locator(f"#matrix-{k}").is_visible()
    # an analyst-sized matrix: at most 20 rows above single-source open; the single-source details folded below
    open_rows = page.locator("table.cmp tbody tr:visible")
    assert 0 < sum(r.get_attribute("data-status") != "single_source" for r in open_rows.all()) <= 20
    folded = page.locator("details.more")
    assert folded.count() == 1 and page.locator("details.more tbody tr").count() > 0
    assert not page.locator("details.more tbody tr").first.is_visible()
    folded.locator("summary").click()
    for g in report.comparison:
        row = page.locator(row_selector(g.id))
        assert row.is_visible() and row.get_attribute("data-status") == g.status
        if g.status == "disputed":
            assert "Disputed" in row.locator("td.status").inner_text()
    langs = {a.id: a.language for a in report.articles}
    quotes = {q.id: q for q in report.quotes}
    for q in report.quotes:
        linked = [quotes[o] for o in q.same_as if o in quotes and langs.get(quotes[o].article) != langs.get(q.article)]
        for other in linked:  # the same statement in two languages: both visible, in one statement box
            box = page.locator(f"figure[data-quote='{q.id}']").locator("xpath=ancestor::div[contains(@class,'statement')]")
            assert box.locator(f"figure[data-quote='{other.id}']").is_visible()
            assert page.locator(f"figure[data-quote='{q.id}']").is_visible()
    for k, art in enumerate(report.articles):
        assert page.locator(f"#art-{k}").is_visible()
    _important_rows_come_before_the_article_text(o, report)
    shot = o.shot("seeds-report.png")
    assert shot.stat().st_size > 10_000
    assert o.outside == [] and o.errors == []


def test_seeds_matrix_cells_jump_to_their_sentence(seeds):
    report, o = seeds
    cells = o.page.locator("a.ev")
    for i in range(min(cells.count(), 5)):
        link = cells.nth(i)
        target = link.get_attribute("href")
        link.click()
        assert o.in_view(target), f"{target} should be on screen after the click"
        assert "is-current" in o.page.locator(target).get_attribute("class")


def test_disputed_row_and_cross_language_quote_are_visible(bridge):
    report, o = bridge
    row = o.page.locator("#g-g_std")
    assert row.is_visible() and "Disputed" in row.inner_text()
    assert "hedges" in row.inner_text().lower() and "Мост якобы соответствует европейским стандартам." in row.inner_text()
    for qid in ("q1", "q2"):
        assert o.page.locator(f".cross-lang figure[data-quote='{qid}']").is_visible()
    assert o.page.locator("figure[data-quote='q2'] blockquote").inner_text() == "«Мы строили его на сто лет вперёд»"
    _important_rows_come_before_the_article_text(o, report)
    o.shot("bridge-report.png")
    assert o.outside == [] and o.errors == []


def test_clicking_a_cell_scrolls_to_and_highlights_the_sentence(bridge):
    _, o = bridge
    o.page.evaluate("window.scrollTo(0, 0)")
    cell = o.page.locator("#g-g_cost td.cell").nth(2).locator("a.ev")
    target = cell.get_attribute("href")
    assert not o.in_view(target)
    cell.click()
    assert o.in_view(target)
    sentence = o.page.locator(target)
    assert "is-current" in sentence.get_attribute("class")
    assert sentence.inner_text() == "Мост стоил 55 миллионов долларов, и никто не объяснил почему."
    assert sentence.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    o.page.locator("#art-2 a.back").click()  # back to the cell that was clicked
    assert o.in_view("[id='g-g_cost'] td.cell:nth-of-type(4) a.ev")
    assert cell.evaluate("el => el === document.activeElement")


def test_matrix_works_by_keyboard(bridge):
    _, o = bridge
    o.page.evaluate("window.scrollTo(0, 0)")
    link = o.page.locator("#g-g_open td.cell").nth(1).locator("a.ev")
    link.focus()
    o.page.keyboard.press("Shift+Tab")  # reach the cell by keyboard, as a keyboard user would
    o.page.keyboard.press("Tab")
    assert link.evaluate("el => el === document.activeElement")
    assert link.evaluate("el => getComputedStyle(el).outlineStyle") != "none", "focused cells show a focus ring"
    o.page.keyboard.press("Enter")
    target = link.get_attribute("href")
    assert o.in_view(target)
    assert o.page.evaluate("document.activeElement.id") == target[1:]


def test_status_filter_buttons(bridge):
    _, o = bridge
    page = o.page
    page.get_by_role("button", name="Disputed (1)").click()
    visible = [r.get_attribute("data-status") for r in page.locator("table.cmp tbody tr").all() if r.is_visible()]
    assert visible == ["disputed"]
    assert page.get_by_role("button", name="Disputed (1)").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="All (5)").click()
    assert page.locator("table.cmp tbody tr:visible").count() == 5


def test_print_layout_hides_controls_and_unclips_panes(bridge):
    _, o = bridge
    page = o.page
    page.emulate_media(media="print")
    try:
        assert not page.locator(".filters").is_visible()
        assert page.locator("#art-0").evaluate("el => getComputedStyle(el).overflowY") == "visible"
    finally:
        page.emulate_media(media="screen")


def test_hostile_article_markup_shows_as_text_and_never_runs(context, tmp_path):
    o = Opened(context, render_html(hostile_report()), tmp_path / "hostile.html")
    page = o.page
    page.locator("text=bold").first.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() != "owned"
    assert page.locator("img, iframe, svg").count() == 0
    pane = page.locator("#art-0").inner_text()
    assert "<script>window.__pwned = 1; document.title = 'owned'</script>" in pane
    assert '<img src=x onerror="window.__pwned = 2">' in pane
    assert "<script>alert(1)</script>" in page.locator("table.cmp").inner_text()
    o.shot("hostile-report.png")
    assert o.outside == [] and o.errors == []
    # defence in depth: even a script element that got into the page would be refused by the page's CSP
    injected = page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__injected = 1'; document.body.appendChild(s); return typeof window.__injected; }""")
    assert injected == "undefined"
    assert any("Content Security Policy" in e for e in o.errors)
    page.close()


def test_without_javascript_cells_are_plain_links_to_the_sentence(browser, tmp_path):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, java_script_enabled=False)
    try:
        o = Opened(ctx, render_html(bridge_report()), tmp_path / "nojs.html")
        link = o.page.locator("[id='g-g_std'] td.cell").nth(1).locator("a.ev")
        target = link.get_attribute("href")
        link.click()
        assert o.page.evaluate("location.hash") == target
        assert o.in_view(target)
        assert o.page.locator(target).evaluate("el => el.matches(':target')")
        assert o.page.locator("table.cmp tbody tr:visible").count() == 5  # filters need the script; all rows show
    finally:
        ctx.close()


def test_entity_highlight_and_highlight_switches(bridge):
    _, o = bridge
    page = o.page
    button = page.locator("table.ents tr", has_text="Anna Lind").get_by_role("button", name="Highlight")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    lit = page.locator(".panes .spotlit")
    assert lit.count() == 4 and sorted(lit.all_inner_texts()) == sorted(["Anna Lind", "Lind", "Анна Линд", "Линд"])
    button.click()
    assert page.locator(".spotlit").count() == 0 and button.get_attribute("aria-pressed") == "false"
    names = page.get_by_label("Names")
    underline = "el => getComputedStyle(el).borderBottomStyle"
    first = page.locator(".panes .hl-ent").first
    assert first.evaluate(underline) == "solid"
    names.uncheck()
    assert first.evaluate(underline) == "none"
    names.check()
    assert first.evaluate(underline) == "solid"
