"""The HTML report: structure, order, links, escaping and self-containment (parsed, no browser)."""
from __future__ import annotations

import base64
import hashlib
from dataclasses import replace

import lxml.html
import pytest

from report_fixture import analyzed_seeds, bridge_report, hostile_report
from storylens.model import Story
from storylens.pipeline import Report
from storylens.report import render
from storylens.report.html import render_html


def tree(page: str):
    return lxml.html.document_fromstring(page)


def text(el) -> str:
    return " ".join(el.text_content().split())


@pytest.fixture(scope="module")
def bridge():
    return bridge_report()


@pytest.fixture(scope="module")
def page(bridge):
    return render_html(bridge)


@pytest.fixture(scope="module")
def doc(page):
    return tree(page)


@pytest.fixture(scope="module")
def seeds_report():
    return analyzed_seeds()


def test_render_dispatches_to_html(bridge):
    assert render(bridge, "html") == render_html(bridge)


def test_page_loads_nothing_from_outside(doc, page):
    for el in doc.iter():
        for name in ("src", "href", "action", "poster", "data"):
            value = el.get(name)
            if value is not None and el.tag != "object":
                assert value.startswith("#"), f"<{el.tag} {name}={value!r}> points outside the page"
    assert not doc.xpath("//link|//iframe|//img|//object|//embed")
    assert "@import" not in page and "url(" not in page


def test_csp_allows_only_the_page_own_style_and_script(doc):
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp
    for tag in ("style", "script"):
        (el,) = doc.xpath(f"//{tag}")
        digest = base64.b64encode(hashlib.sha256(el.text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp, f"the CSP must allow exactly the inline {tag} by hash"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_header_names_sources_languages_dates_and_genres(doc, bridge):
    head = text(doc.xpath("//header[@class='story-head']")[0])
    assert "Rivertown opens its new bridge" in head
    assert "3 sources" in head and "English" in head and "Russian" in head
    assert "2024-03-05 – 2024-03-06" in head
    assert "opinion" in head and "reporting" in head
    rows = doc.xpath("//table[@class='sources']/tbody/tr")
    assert [text(r.xpath("th")[0]).split()[0] for r in rows] == ["A", "B", "C"]
    assert "Иван Петров" in text(rows[2])
    assert "duplicate sentence" in text(rows[0])


def test_matrix_has_one_row_per_group_most_important_first(doc, bridge):
    rows = doc.xpath("//table[@class='cmp']/tbody/tr")
    assert len(rows) == len(bridge.comparison)
    assert [r.get("data-status") for r in rows] == ["conflicting", "conflicting", "disputed", "agreed", "single_source"]
    cols = doc.xpath("//table[@class='cmp']/thead/tr/th")
    assert len(cols) == 2 + len(bridge.articles)


def test_status_is_shown_in_words_not_colour_alone(doc):
    for row in doc.xpath("//table[@class='cmp']/tbody/tr"):
        status = row.get("data-status")
        badge = text(row.xpath("td[@class='status']")[0])
        assert {"conflicting": "Conflicting", "disputed": "Disputed", "agreed": "Agreed",
                "single_source": "Single source"}[status] in badge
        for cell in row.xpath("td[contains(@class,'cell')]"):
            marks = cell.xpath(".//span[@class='cell-mark']")
            assert marks or "not mentioned" in text(cell)
            assert all(text(m) for m in marks)


def test_every_cell_opens_its_sentence_in_the_original_language(doc, bridge):
    claims = {c.id: c for c in bridge.claims}
    seen = 0
    for row in doc.xpath("//table[@class='cmp']/tbody/tr"):
        group = next(g for g in bridge.comparison if f"g-{g.id}" == row.get("id"))
        for cell, art in zip(row.xpath("td[contains(@class,'cell')]"), bridge.articles):
            mine = [claims[c] for c in group.claims if claims[c].article == art.id]
            links = cell.xpath(".//a[@class='ev']")
            assert len(links) == len(mine)
            for a, c in zip(links, mine):
                target = doc.get_element_by_id(a.get("href")[1:])
                assert text(target) == " ".join(c.text.split())
                assert a.xpath(".//span[@class='ev-text']/@lang") == [art.language]
                seen += 1
    assert seen == len(bridge.claims)


def test_conflicting_values_stand_side_by_side(doc):
    row = doc.get_element_by_id("g-g_cost")
    cells = [text(c) for c in row.xpath("td[contains(@class,'cell')]")]
    assert "$40 million" in cells[0] and "40 миллионов долларов" in cells[1] and "55 миллионов долларов" in cells[2]
    summary = text(row.xpath(".//span[@class='conflict']")[0])
    assert "40,000,000 USD (A, B)" in summary and "55,000,000 USD (C)" in summary


def test_disputed_cells_say_who_states_and_who_hedges(doc):
    row = doc.get_element_by_id("g-g_std")
    marks = [text(m) for m in row.xpath(".//span[@class='cell-mark']")]
    assert any("reports" in m for m in marks) and any("hedges" in m for m in marks)
    assert "not mentioned" in text(row.xpath("td[contains(@class,'cell')]")[2])


def test_key_findings_spell_out_conflicts_disputes_and_agreement(doc):
    items = [text(li) for li in doc.xpath("//div[@class='findings']/ul/li")]
    assert items[0].startswith("≠ Conflicting Cost of the bridge: the sources differ: 40,000,000 USD (A, B)")
    assert "Disputed The bridge meets European standards: A reports; B hedges" in items[2]
    assert items[3] == "✓ Agreed Opening date (2024-03-12): A, B"
    assert items[4] == "① Single source 1 item reported by one source only (C: 1)"
    for href in doc.xpath("//div[@class='findings']//a/@href"):
        assert doc.get_element_by_id(href[1:]).tag == "tr"


def test_timeline_lists_dates_in_order(doc):
    labels = [text(t) for t in doc.xpath("//ol[@class='timeline']/li/time")]
    assert labels == ["2019", "2021", "5 March 2024", "6 March 2024", "12 March 2024"]
    assert doc.xpath("//ol[@class='timeline']/li/time/@datetime") == ["2019", "2021", "2024-03-05", "2024-03-06",
                                                                    "2024-03-12"]
    march = text(doc.xpath("//ol[@class='timeline']/li")[4])
    assert "March 12, 2024" in march and "12 марта 2024 года" in march
    assert "Harbor Daily published" in text(doc.xpath("//ol[@class='timeline']/li")[2])


def test_dates_without_a_year_go_last_and_no_dates_means_no_timeline(bridge):
    from storylens.model import Value

    c10 = next(c for c in bridge.claims if c.id == "c10")  # from the undated opinion piece
    undated = replace(c10, values=(Value("date", "12-17", "17 декабря"),))
    doc = tree(render_html(replace(bridge, claims=tuple(undated if c.id == "c10" else c for c in bridge.claims))))
    labels = [text(t) for t in doc.xpath("//ol[@class='timeline']/li/*[1]")]
    assert labels[-1] == "17 December (year not given)" and labels[0] == "2019"
    no_dates = replace(bridge, claims=tuple(replace(c, values=()) for c in bridge.claims))
    assert not tree(render_html(no_dates)).xpath("//ol[@class='timeline']")


def test_same_quote_is_linked_across_languages(doc):
    (stmt,) = doc.xpath("//div[contains(@class,'cross-lang')]")
    figs = stmt.xpath(".//figure[@class='quote']")
    assert sorted(f.get("data-quote") for f in figs) == ["q1", "q2"]
    assert sorted(f.xpath("blockquote/@lang")[0] for f in figs) == ["en", "ru"]
    speaker = stmt.xpath("ancestor::article[@class='speaker']/h3")[0]
    assert text(speaker) == "Anna Lind"
    assert "Same statement in 2 reports (English, Russian)" in text(stmt)


def test_unnamed_speaker_keeps_its_own_thread(doc):
    heads = [text(h) for h in doc.xpath("//article[@class='speaker']/h3")]
    assert heads == ["Anna Lind", "Местный инженер (role)"]


def test_entities_show_every_name_form_and_where_they_appear(doc):
    rows = doc.xpath("//table[@class='ents']/tbody/tr")
    lind = next(r for r in rows if text(r.xpath("th")[0]) == "Anna Lind")
    assert [text(li) for li in lind.xpath(".//ul[@class='names']/li")] == ["Anna Lind", "Lind", "Анна Линд", "Линд"]
    assert "A ×2" in text(lind) and "B ×2" in text(lind) and "C ×" not in text(lind)


def test_framing_per_source_with_evidence_and_techniques(doc):
    cards = doc.xpath("//article[@class='frame-card']")
    assert len(cards) == 2
    c = text(cards[1])
    assert "opinion" in c and "first-person judgement" in c and "Rhetorical question" in c
    assert "Был ли он вообще нужен Ривертауну?" in c
    link = cards[1].xpath(".//ul[@class='techniques']//a/@href")[0]
    assert "Был ли он вообще нужен" in text(doc.get_element_by_id(link[1:]))


def test_article_panes_keep_every_character_of_the_text(doc, bridge):
    for k, art in enumerate(bridge.articles):
        pane = doc.get_element_by_id(f"art-{k}").xpath(".//div[contains(@class,'text')]")[0]
        blocks = [b.text_content() for b in pane.xpath("./p|./h4")]
        assert blocks == [line for line in art.text.split("\n") if line.strip()]
        for s in art.sentences:
            assert doc.get_element_by_id(f"a{k}-s{s.index}").text_content() == s.text


def test_article_highlights_entities_quotes_claims_and_flags(doc):
    pane = doc.get_element_by_id("art-1")
    assert [text(x) for x in pane.xpath(".//span[@data-entity='e0']")] == ["Анна Линд", "Линд"]
    assert "«Мы строили его на сто лет вперёд»" == "".join(x.text_content() for x in pane.xpath(".//span[contains(@class,'hl-quote')]"))
    assert any("40 миллионов долларов" == text(x) for x in pane.xpath(".//span[contains(@class,'hl-value')]"))
    assert pane.xpath(".//span[contains(@class,'hl-claim') and contains(@class,'hl-st-disputed')]")
    flagged = doc.get_element_by_id("art-0").xpath(".//span[contains(@class,'hl-flag')]")
    assert "".join(x.text_content() for x in flagged) == "Construction began in 2021."
    assert doc.get_element_by_id("art-0").xpath(".//h4[@class='art-heading']")[0].text_content() == "Construction"


def test_hostile_markup_is_text_and_no_active_content(bridge):
    page = render_html(hostile_report())
    doc = tree(page)
    assert len(doc.xpath("//script")) == 1, "only the page's own script"
    assert not doc.xpath("//img|//iframe|//svg|//b|//i")
    for el in doc.iter():
        assert not any(name.lower().startswith("on") for name in el.attrib), f"event handler on <{el.tag}>"
    body = text(doc.body)
    for shown in ("<script>window.__pwned = 1;", '<img src=x onerror="window.__pwned = 2">',
                  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<i>mayor</i>", "<svg onload=window.__pwned=6>",
                  "<iframe src=x>story"):
        assert shown in body, f"{shown!r} should be shown as text"
    assert "<title><iframe src=x>story · storylens</title>" not in page
    assert "&lt;iframe src=x&gt;story" in page


def test_gloss_shows_beside_evidence_in_other_languages_only(bridge):
    calls = []

    def gloss(text, lang):
        calls.append(lang)
        return f"[{lang}→en] {text[:20]}"

    doc = tree(render_html(bridge, gloss=gloss))
    row = doc.get_element_by_id("g-g_open")
    cells = row.xpath("td[contains(@class,'cell')]")
    assert not cells[0].xpath(".//span[@class='gloss']")
    assert "[ru→en] Мост откроют" in text(cells[1].xpath(".//span[@class='gloss']")[0])
    assert cells[1].xpath(".//span[@class='gloss']/@lang") == ["en"]
    assert set(calls) == {"ru"}
    assert not tree(render_html(bridge)).xpath("//span[@class='gloss']")


def test_a_failing_gloss_provider_leaves_the_original(bridge):
    def broken(text, lang):
        raise RuntimeError("provider down")

    doc = tree(render_html(bridge, gloss=broken))
    assert not doc.xpath("//span[@class='gloss']") and doc.get_element_by_id("g-g_open") is not None


def test_every_story_gets_its_own_matrix(bridge):
    two = replace(bridge, stories=(Story("s1", "Bridge", ("harbor", "vestnik")), Story("s2", "Opinion", ("mnenie",))),
                  comparison=tuple(replace(g, story="s2" if g.id == "g_single" else "s1") for g in bridge.comparison))
    doc = tree(render_html(two))
    tables = doc.xpath("//table[@class='cmp']")
    assert len(tables) == 2
    assert len(tables[0].xpath("thead/tr/th")) == 4 and len(tables[1].xpath("thead/tr/th")) == 3
    assert [r.get("id") for r in tables[1].xpath("tbody/tr")] == ["g-g_single"]


def test_empty_report_renders():
    doc = tree(render_html(Report()))
    assert doc.xpath("//h1") and not doc.xpath("//table[@class='cmp']")


def test_seeds_report_shows_whatever_the_pipeline_found(seeds_report):
    r = seeds_report
    doc = tree(render_html(r))
    rows = doc.xpath("//table[@class='cmp']/tbody/tr")
    assert len(rows) == len(r.comparison)
    assert sorted(row.get("data-status") for row in rows) == sorted(g.status for g in r.comparison)
    for k, art in enumerate(r.articles):
        assert doc.get_element_by_id(f"art-{k}") is not None
        for s in art.sentences:
            assert doc.get_element_by_id(f"a{k}-s{s.index}").text_content() == s.text
    assert len(doc.xpath("//figure[@class='quote']")) == len(r.quotes)
    ent_names = {text(th) for th in doc.xpath("//table[@class='ents']/tbody/tr/th")}
    assert ent_names == {" ".join(e.name.split()) for e in r.entities}
    assert len(doc.xpath("//article[@class='frame-card']")) == len({f.article for f in r.framing})
    for href in doc.xpath("//a[@data-jump]/@href"):
        assert doc.get_element_by_id(href[1:]) is not None, href
    assert render_html(r).count("<script") == 1


def test_llm_provider_glosses_foreign_evidence(bridge, tmp_path):
    import json

    from llm_server import ChatServer, free_port_url
    from storylens.adapters.llm import LLMClient
    from storylens.report.gloss import gloss_from_settings, llm_gloss
    from storylens.settings import Settings

    def reply(body):
        user = body["messages"][1]["content"]
        return 200, json.dumps({"translation": f"EN({user[:12]})"})

    with ChatServer(reply) as srv:
        client = LLMClient(srv.base_url, "m", cache_dir=tmp_path / "c", backoff=0.0)
        doc = tree(render_html(bridge, gloss=llm_gloss(client)))
    glosses = [text(g) for g in doc.xpath("//span[@class='gloss']")]
    assert "machine translation EN(Мост откроют)" in glosses
    sources = {b["messages"][0]["content"].split(" from ")[1].split(" ")[0] for b, _ in srv.requests}
    assert sources == {"ru"}, "only evidence in a language other than the report's is sent"
    # a configured but unreachable provider: the report renders with no gloss, and the provider is not hammered
    down = LLMClient(free_port_url(), "m", cache_dir=tmp_path / "d", backoff=0.0, retries=0)
    doc = tree(render_html(bridge, gloss=llm_gloss(down)))
    assert not doc.xpath("//span[@class='gloss']") and down.requests <= 1
    assert gloss_from_settings(Settings()) is None


def test_notes_name_sources_by_label_and_stances_summarise_each_source(bridge):
    note = "stated by harbor; only hedged by vestnik"
    claims = tuple(replace(c, modality="negated") if c.id == "c2" else c for c in bridge.claims)
    groups = tuple(replace(g, status="disputed", note=note) if g.id == "g_cost" else g for g in bridge.comparison)
    claims = tuple(replace(c, modality="hedged") if c.id == "c3" else c for c in claims)
    doc = tree(render_html(replace(bridge, claims=claims, comparison=groups)))
    row = doc.get_element_by_id("g-g_cost")
    assert text(row.xpath(".//span[@class='note']")[0]) == "stated by A; only hedged by B"
    finding = next(text(li) for li in doc.xpath("//div[@class='findings']/ul/li") if "Cost of the bridge" in li.text_content())
    assert finding.endswith("Cost of the bridge: A states; B denies; C hedges")


def test_a_conflicting_row_shows_only_its_own_values_not_every_number_of_its_sentences(bridge):
    from storylens.model import Value
    extra = Value("count", 2, "two", None, None, None)  # a second number in the same sentence, about something else
    claims = tuple(replace(c, values=c.values + (extra,)) if c.id == "c1" else c for c in bridge.claims)
    groups = tuple(replace(g, value=[40_000_000, 55_000_000]) if g.id == "g_cost" else g for g in bridge.comparison)
    row = tree(render_html(replace(bridge, claims=claims, comparison=groups))).get_element_by_id("g-g_cost")
    summary = text(row.xpath(".//span[@class='conflict']")[0])
    assert "40,000,000 USD (A, B)" in summary and "55,000,000 USD (C)" in summary
    assert "2 (A)" not in summary and "two" not in summary
    shown_a = text(row.xpath("td[contains(@class,'cell')]")[0].xpath(".//span[@class='cell-val']")[0])
    assert shown_a == "$40 million"


@pytest.mark.parametrize("value,published,keys", [
    (2027, None, [(2027, 0, 0)]),
    ([2022, 2023], None, [(2022, 0, 0), (2023, 0, 0)]),
    ("2025-12-17", None, [(2025, 12, 17)]),
    ("2025-12", None, [(2025, 12, 0)]),
    ("12-17", "2025-12-18", [(2025, 12, 17)]),
    ("12-17", None, [(0, 12, 17)]),
    ({"kind": "year", "value": 2027}, None, [(2027, 0, 0)]),
    ("next spring", None, []),
    (True, None, []),
])
def test_date_keys(value, published, keys):
    from storylens.report.view import date_keys

    assert date_keys(value, published) == keys


@pytest.mark.parametrize("value,shown", [
    (1_000_000_000, "1,000,000,000"), (4, "4"), (2027, "2027"), (40.0, "40"), ([82, 120], "82, 120"),
    ({"kind": "money", "value": 1e9, "unit": "USD"}, "1,000,000,000 USD"), (None, ""), ("12-17", "12-17"),
])
def test_format_value(value, shown):
    from storylens.report.view import format_value

    assert format_value(value) == shown


def test_unresolved_pronoun_speakers_are_not_merged(bridge):
    from storylens.model import Speaker

    quotes = tuple(replace(q, speaker=Speaker("he", None, "pronoun"), same_as=()) if q.id in ("q1", "q3") else q
                   for q in bridge.quotes)
    quotes = tuple(replace(q, same_as=()) for q in quotes)
    doc = tree(render_html(replace(bridge, quotes=quotes)))
    heads = [text(h) for h in doc.xpath("//article[@class='speaker']/h3")]
    assert heads.count("he (pronoun)") == 2 and "Anna Lind" in heads
