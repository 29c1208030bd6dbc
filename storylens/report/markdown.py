"""The report as a compact Markdown summary, to paste into a newsroom chat or notes."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .view import STATUS, STATUS_ORDER, Gloss, Row, Section, View, build, format_value, snippet, stance

if TYPE_CHECKING:
    from ..model import Report

MAX_ROWS = 8  # per status; the full list is in the HTML and JSON reports
MAX_QUOTES = 8
QUOTE_MARKS = "\"'“”„«»‘’‚ ,—–-"  # stripped from quote ends: the summary adds its own


def render_markdown(report: "Report", *, gloss: Gloss | None = None, language: str = "en") -> str:
    """Sources, then conflicting / disputed / agreed / single-source items with evidence, then key quotes."""
    view = build(report, gloss)
    lines: list[str] = []
    for sec in view.sections:
        lines += _section(view, sec, language, multi=len(view.sections) > 1)
    lines += _quotes(view, language)
    if report.errors:
        lines += ["", "**Skipped inputs:**"] + [f"- {md(e.source)}: {md(e.error)}" for e in report.errors]
    return "\n".join(lines).strip() + "\n"


def md(text: str) -> str:
    """Article text made inert: one line, Markdown and HTML characters escaped."""
    text = " ".join(str(text).split())
    return re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", text)


def _section(view: View, sec: Section, language: str, multi: bool) -> list[str]:
    lines = [f"{'##' if multi else '#'} {md(sec.story.title)}", ""]
    for s in sec.sources:
        a = s.article
        bits = [x for x in (a.outlet, a.language, a.published, a.genre, a.author) if x and x != s.name]
        title = f" “{md(snippet(a.title, 90))}”" if a.title and a.title != s.name else ""
        lines.append(f"- **{s.label}** {md(s.name)}{title}" + (f" ({md(', '.join(bits))})" if bits else ""))
    if not sec.rows:
        lines += ["", "_No claims were compared across these sources._"]
        return lines
    for status in STATUS_ORDER:
        rows = [r for r in sec.rows if r.group.status == status]
        if not rows:
            continue
        info = STATUS[status]
        lines += ["", f"**{info.icon} {info.label} ({len(rows)})** — {info.explain}"]
        for r in rows[:MAX_ROWS]:
            lines += _row(view, sec, r, language)
        if len(rows) > MAX_ROWS:
            lines.append(f"- … and {len(rows) - MAX_ROWS} more in the full report")
    return lines


def _row(view: View, sec: Section, row: Row, language: str) -> list[str]:
    g = row.group
    head = f"- **{md(g.topic)}**"
    if g.value is not None and g.status != "conflicting":
        head += f": {md(format_value(g.value))}"
    if g.note:
        head += f" — {md(view.with_labels(g.note))}"
    out = [head]
    for src in sec.sources:
        for ev in row.cells.get(src.article.id, ())[:1]:
            vals = ", ".join(dict.fromkeys(v.text for v in ev.values if v.text))
            how = stance(row.cells[src.article.id]) if g.status == "disputed" else ""
            lead = " ".join(x for x in (f"**{src.label}**", how, f"`{vals}`" if vals and g.status == "conflicting" else "") if x)
            line = f"  - {lead}: “{md(snippet(ev.text, 120))}”"
            tr = view.translate(ev.text, src.lang, language)
            if tr:
                line += f" _({md(snippet(tr, 160))})_"
            out.append(line)
    return out


def _quotes(view: View, language: str) -> list[str]:
    if not view.threads:
        return []
    # statements reported by several sources first: they are what ties the story together
    picked = sorted(((t, s) for t in view.threads for s in t.statements),
                    key=lambda ts: (-len({q.article for q in ts[1]}), ts[1][0].kind != "direct"))[:MAX_QUOTES]
    lines = ["", "**Key quotes**"]
    for t, stmt in picked:
        parts = []
        for q in stmt:
            src = view.source_of(q.article)
            label = src.label if src else q.article
            part = f"“{md(snippet(q.text.strip(QUOTE_MARKS), 150))}” ({label})"
            tr = view.translate(q.text, src.lang if src else None, language)
            if tr:
                part += f" _({md(snippet(tr, 160))})_"
            parts.append(part)
        lines.append(f"- **{md(t.speaker)}**: " + " = ".join(parts))
    return lines
