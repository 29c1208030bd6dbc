"""The report as one self-contained HTML page: works offline, loads nothing, runs no article content.

Layout, most useful first: story header and sources, the comparison matrix
(one row per claim group, one column per source), the timeline, quotes by
speaker, entities, framing, then the articles side by side with highlights.
Every string taken from an article goes through ``html.escape``; the page's
Content-Security-Policy allows only its own inline style and script (by hash),
so even markup that slipped through could not load or run anything.
"""
from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from html import escape
from importlib import resources
from typing import TYPE_CHECKING

from . import sections
from .sections import EntityHref
from .view import STATUS, STATUS_ORDER, Gloss, Section, View, build, snippet

if TYPE_CHECKING:
    from ..model import Report


def render_html(report: "Report", *, gloss: Gloss | None = None, language: str = "en") -> str:
    """The whole page. ``gloss(text, lang)`` may translate evidence into ``language`` (optional LLM provider)."""
    view = build(report, gloss)
    css, js = asset("report.css"), asset("report.js")
    title = page_title(view)
    body = "\n".join(part for part in (
        story_header(view, title, language),
        *(matrix_section(view, sec, k, language, multi=len(view.sections) > 1) for k, sec in enumerate(view.sections)),
        *below_matrix(view, language),
    ) if part)
    csp = ("default-src 'none'; img-src data:; "
           f"style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; base-uri 'none'; form-action 'none'")
    return (f'<!doctype html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>{escape(title)} · storylens</title>\n<style>{css}</style>\n</head>\n"
            f'<body>\n<a class="skip" href="#matrix-0">Skip to the comparison</a>\n{body}\n'
            '<footer class="foot"><p>Made by storylens. This page is a single offline file: it loads nothing '
            "from the network. Article text is shown exactly as the sources published it.</p></footer>\n"
            f"<script>{js}</script>\n</body>\n</html>\n")


def below_matrix(view: View, language: str, entity_href: EntityHref | None = None) -> tuple[str, ...]:
    """The sections under the comparison, in page order: timeline, quotes, entities, framing, articles, errors."""
    return (sections.timeline(view), sections.quotes(view, language), sections.entities(view, entity_href),
            sections.framing(view), sections.articles(view), sections.errors(view))


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file shipped beside this module (report.css, report.js)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def page_title(view: View) -> str:
    if len(view.sections) == 1:
        return view.sections[0].story.title
    return f"{len(view.sections)} stories from {len(view.sources)} articles"


def story_header(view: View, title: str, language: str) -> str:
    """Title, facts at a glance, the table of contents and the sources table."""
    arts = [s.article for s in view.sources]
    langs = sorted({a.language for a in arts if a.language})
    dates = sorted({a.published for a in arts if a.published})
    genres = sorted({g for g in (_genre(view, a.id) for a in arts) if g})
    facts = [f"{len(arts)} source{'s' if len(arts) != 1 else ''}"]
    if langs:
        facts.append(", ".join(sections.language_name(l, language) for l in langs))
    if dates:
        facts.append("published " + (dates[0] if len(dates) == 1 else f"{dates[0]} – {dates[-1]}"))
    if genres:
        facts.append("genres: " + ", ".join(genres))
    counts = _status_counts(view)
    glance = "".join(f'<li class="badge st-{s}"><span aria-hidden="true">{STATUS[s].icon}</span> '
                     f"{counts.get(s, 0)} {escape(STATUS[s].label.lower())}</li>" for s in STATUS_ORDER)
    toc = [("matrix-0", "Comparison"), ("timeline", "Timeline"), ("quotes", "Quotes"), ("entities", "People and places"),
           ("framing", "Framing"), ("articles", "Articles side by side")]
    present = {"timeline": bool(view.timeline), "quotes": bool(view.report.quotes),
               "entities": bool(view.report.entities), "framing": bool(view.report.framing)}
    links = "".join(f'<li><a href="#{k}">{v}</a></li>' for k, v in toc if present.get(k, True))
    return (f'<header class="story-head">\n<p class="kicker">Story comparison</p>\n<h1>{escape(title)}</h1>\n'
            f'<p class="facts">{escape(" · ".join(facts))}</p>\n'
            f'<ul class="glance" aria-label="Findings at a glance">{glance}</ul>\n'
            f'<nav class="toc" aria-label="Sections"><ul>{links}</ul></nav>\n'
            f"{_sources_table(view, language)}\n</header>")


def _genre(view: View, article_id: str) -> str | None:
    for f in view.report.framing:
        if f.article == article_id and f.genre:
            return f.genre
    src = view.source_of(article_id)
    return src.article.genre if src else None


def _status_counts(view: View) -> dict[str, int]:
    counts: dict[str, int] = {}
    for g in view.report.comparison:
        counts[g.status] = counts.get(g.status, 0) + 1
    return counts


def _sources_table(view: View, language: str) -> str:
    rows = []
    for s in view.sources:
        a = s.article
        flags = "; ".join(f"{f.kind.replace('_', ' ')}: {snippet(f.text, 60)}" for f in a.flags)
        cells = [a.title or "", a.outlet or "", a.author or "", sections.language_name(a.language, language),
                 a.published or "not given", _genre(view, a.id) or "", flags]
        tds = "".join(f"<td>{escape(c)}</td>" for c in cells)
        rows.append(f'<tr><th scope="row"><a href="#art-{s.pos}"><span class="src">{s.label}</span></a> '
                    f'<span class="src-id">{escape(a.id)}</span></th>{tds}</tr>')
    head = "".join(f'<th scope="col">{h}</th>' for h in
                   ("Source", "Title", "Outlet", "Author", "Language", "Published", "Genre", "Notes"))
    return (f'<div class="table-wrap"><table class="sources"><caption>The sources</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def matrix_section(view: View, sec: Section, k: int, language: str, multi: bool, buttons: bool = True) -> str:
    """One story's comparison matrix; ``buttons`` adds the script-driven status filters."""
    heading = f"What the sources say: {escape(sec.story.title)}" if multi else "What the sources say"
    legend = "".join(f'<li><span class="badge st-{s}"><span aria-hidden="true">{STATUS[s].icon}</span> '
                     f"{STATUS[s].label}</span> {escape(STATUS[s].explain)}</li>" for s in STATUS_ORDER)
    if not sec.rows:
        body = ('<p class="empty-note">No claims were compared across these sources '
                "(no comparable facts were found, or the comparison step did not run).</p>")
        return (f'<section class="matrix" id="matrix-{k}" aria-labelledby="mh-{k}"><h2 id="mh-{k}">{heading}</h2>'
                f"{body}</section>")
    counts: dict[str, int] = {}
    for r in sec.rows:
        counts[r.group.status] = counts.get(r.group.status, 0) + 1
    filters = ""
    if buttons:
        bar = [f'<button type="button" data-filter="all" aria-pressed="true">All ({len(sec.rows)})</button>']
        bar += [f'<button type="button" data-filter="{s}" aria-pressed="false"><span aria-hidden="true">'
                f"{STATUS[s].icon}</span> {STATUS[s].label} ({counts[s]})</button>" for s in STATUS_ORDER if counts.get(s)]
        filters = f'<div class="filters" role="group" aria-label="Show rows" data-for="cmp-{k}" hidden>{"".join(bar)}</div>\n'
    cols = "".join(f'<th scope="col" class="src-col"><span class="src">{s.label}</span> {escape(snippet(s.name, 40))}'
                   f'<small>{escape(s.lang)}{" · " + escape(s.article.published) if s.article.published else ""}</small></th>'
                   for s in sec.sources)
    head = f'<thead><tr><th scope="col">Fact or claim</th><th scope="col">Status</th>{cols}</tr></thead>'
    first, folded = sections.fold(sec)
    rows = "\n".join(sections.matrix_row(view, sec, r, language) for r in first)
    more = ""
    if folded:
        rest = "\n".join(sections.matrix_row(view, sec, r, language) for r in folded)
        more = (f'<details class="more"><summary>{len(folded)} more rows: single-source details and facts fewer '
                f'sources carry</summary><div class="table-wrap"><table class="cmp" id="cmp-{k}-more">{head}\n'
                f"<tbody>\n{rest}\n</tbody></table></div></details>\n")
    return (f'<section class="matrix" id="matrix-{k}" aria-labelledby="mh-{k}">\n<h2 id="mh-{k}">{heading}</h2>\n'
            f'<p class="hint">One row per fact or claim; one column per source. Click a cell to see the sentence '
            f"in its article.</p>\n{sections.findings(sec)}\n<ul class=\"legend\">{legend}</ul>\n"
            f'{filters}'
            f'<div class="table-wrap"><table class="cmp" id="cmp-{k}">{head}\n<tbody>\n{rows}\n</tbody></table></div>\n'
            f"{more}</section>")
