"""The Markdown summary: sources, findings by status with evidence, key quotes; article text made inert."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from report_fixture import analyzed_seeds, bridge_report, hostile_report
from storylens.report import render
from storylens.report.markdown import MAX_ROWS, md, render_markdown


@pytest.fixture(scope="module")
def bridge():
    return bridge_report()


@pytest.fixture(scope="module")
def summary(bridge):
    return render_markdown(bridge)


def test_render_dispatches_to_markdown(bridge, summary):
    assert render(bridge, "md") == summary


def test_lists_every_source_with_its_label(summary):
    assert "- **A** Harbor Daily “Rivertown opens its new bridge” (en, 2024-03-05, reporting)" in summary
    assert "- **C** Мнение (ru, opinion, Иван Петров)" in summary


def test_findings_come_in_order_of_importance(summary):
    heads = [line for line in summary.splitlines() if line.startswith("**") and "(" in line and "—" in line]
    assert [h.split("(")[0].strip("* ≠⚠✓①") for h in heads] == ["Conflicting", "Disputed", "Agreed", "Single source"]


def test_conflicting_values_and_dispute_sides_are_spelled_out(summary):
    cost = summary[summary.index("**Cost of the bridge**"):].split("\n- ")[0]
    assert "**A** `$40 million`" in cost and "**C** `55 миллионов долларов`" in cost
    std = summary[summary.index("**The bridge meets European standards**"):].split("\n- ")[0]
    assert "**A** reports:" in std and "**B** hedges: “Мост якобы соответствует европейским стандартам.”" in std


def test_key_quotes_join_the_same_statement_across_languages(summary):
    quotes = summary[summary.index("**Key quotes**"):]
    first = quotes.splitlines()[1]
    assert first == ("- **Anna Lind**: “We built it for the next hundred years” (A) = "
                     "“Мы строили его на сто лет вперёд” (B)")


def test_long_lists_are_cut_with_a_count(bridge):
    many = replace(bridge, comparison=tuple(replace(bridge.comparison[0], id=f"g{i}", topic=f"item {i}")
                                            for i in range(MAX_ROWS + 3)))
    out = render_markdown(many)
    assert f"item {MAX_ROWS - 1}" in out and f"item {MAX_ROWS}" not in out
    assert "… and 3 more in the full report" in out


def test_gloss_is_added_after_foreign_evidence(bridge):
    out = render_markdown(bridge, gloss=lambda text, lang: "the bridge opens on 12 March 2024" if "откроют" in text else None)
    assert "“Мост откроют 12 марта 2024 года.” _(the bridge opens on 12 March 2024)_" in out


def test_article_markup_is_escaped():
    out = render_markdown(hostile_report())
    assert re.search(r"(?<!\\)[<>`*\[]", out.replace("**", "")) is None, "every markup character is escaped"
    assert r"\<script\>alert(1)\</script\>" in out
    assert md("a *b* [c](d) `e` <f>") == r"a \*b\* \[c\](d) \`e\` \<f\>"


def test_seeds_summary_covers_what_the_pipeline_found():
    report = analyzed_seeds()
    out = render_markdown(report)
    for label in ("**A**", "**B**", "**C**"):
        assert label in out
    for status in {g.status for g in report.comparison}:
        assert {"agreed": "Agreed", "disputed": "Disputed", "conflicting": "Conflicting",
                "single_source": "Single source"}[status] in out
    if not report.comparison:
        assert "No claims were compared" in out
    assert ("**Key quotes**" in out) == bool(report.quotes)
