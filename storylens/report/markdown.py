"""Placeholder Markdown summary until the full writer lands: sources and counts."""
from __future__ import annotations


def render_markdown(report) -> str:
    lines = ["# storylens report", "", "| source | language | published | title |", "|---|---|---|---|"]
    for a in report.articles:
        lines.append(f"| {a.id} | {a.language or ''} | {a.published or ''} | {(a.title or '').replace('|', '/')} |")
    for e in report.errors:
        lines.append(f"\n- skipped `{e.source}`: {e.error}")
    return "\n".join(lines) + "\n"
