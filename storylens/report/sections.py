"""The HTML report's sections below the header: matrix rows, timeline, quotes, entities, framing, articles."""
from __future__ import annotations

from functools import lru_cache
from html import escape
from typing import Callable

from ..model import Entity

from ..compare.rank import shown
from .textmarkup import Span, render_article
from .view import (MODALITY, STATUS, Evidence, Row, Section, Source, View, format_value, is_cross_language,
                   sentence_anchor, snippet, stance)

# Shown beside a cell whose claim is not stated flatly, so agreement on a hedged claim reads as such.
HEDGE_TAG = {"hedged": "hedged", "negated": "negated", "question": "as a question", "reported": "attributed"}
TYPE_LABEL = {"PER": "Person", "ORG": "Organisation", "LOC": "Place", "MISC": "Other"}

# Where an entity's name links to (the web app's entity page), or None for plain text.
EntityHref = Callable[[Entity], "str | None"]


@lru_cache(maxsize=256)
def language_name(code: str | None, into: str = "en") -> str:
    """'ru' -> 'Russian' in the report's language; the code itself when unknown."""
    if not code:
        return "unknown language"
    try:
        from babel import Locale

        return Locale.parse(into).languages.get(code, code)
    except Exception:  # unknown locale or code: the code is still meaningful
        return code


def _lang(src: Source) -> str:
    return f' lang="{escape(src.lang)}" dir="auto"' if src.lang else ' dir="auto"'


def _gloss(view: View, text: str, src: Source, into: str) -> str:
    g = view.translate(text, src.lang, into)
    if not g:
        return ""
    return (f'<span class="gloss" lang="{escape(into)}"><span class="gloss-tag">machine translation</span> '
            f"{escape(g)}</span>")


def _link(src: Source, sentence, label: str) -> str:
    return f'<a class="jump" data-jump href="#{sentence_anchor(src, sentence)}">{label}</a>'


# ---- matrix ---------------------------------------------------------------

FOLD_SINGLE = 8  # more single-source rows than this are folded away (the findings count them per source)


def fold(sec: Section) -> tuple[list[Row], list[Row]]:
    """Rows shown open and rows folded below: past the first ``rank.SHOWN`` rows above single-source, and the
    single-source rows when there are many (they are summarised per source in the findings)."""
    above = [r for r in sec.rows if r.group.status != "single_source"]
    single = [r for r in sec.rows if r.group.status == "single_source"]
    first = [r for r in above if shown(r.group)]
    folded = [r for r in above if not shown(r.group)]
    if len(single) > FOLD_SINGLE or folded:
        return first, folded + single
    return first + single, folded

def matrix_row(view: View, sec: Section, row: Row, language: str) -> str:
    g = row.group
    info = STATUS.get(g.status)
    status = g.status if info else "unknown"
    badge = (f'<span class="badge st-{status}"><span aria-hidden="true">{info.icon}</span> {info.label}</span>'
             if info else f'<span class="badge">{escape(str(g.status))}</span>')
    extra = ""
    if g.value is not None and status != "conflicting":
        extra += f'<span class="gvalue">{escape(format_value(g.value))}</span>'
    if status == "conflicting":
        extra += _conflict_summary(sec, row)
    if g.note:
        extra += f'<span class="note">{escape(view.with_labels(g.note))}</span>'
    cells = "".join(_cell(view, row, src, status, language) for src in sec.sources)
    return (f'<tr class="row st-{status}" data-status="{status}" id="g-{escape(g.id)}">'
            f'<th scope="row"><span class="topic" dir="auto">{escape(g.topic)}</span>{extra}</th>'
            f'<td class="status">{badge}</td>{cells}</tr>')


def _conflict_summary(sec: Section, row: Row) -> str:
    """Distinct normalised values, each with the sources that give it: '40,000,000 USD (A, B) ≠ 55,000,000 USD (C)'."""
    by_value: dict[str, list[str]] = {}
    for src in sec.sources:
        for ev in row.cells.get(src.article.id, ()):
            for v in ev.values:
                shown = f"{format_value(v.value)} {v.unit or ''}".strip() or v.text
                labels = by_value.setdefault(shown, [])
                if src.label not in labels:
                    labels.append(src.label)
    if not by_value:
        return ""
    sep = ' <span aria-hidden="true">≠</span><span class="vh">versus</span> '
    parts = [f'<span class="cv">{escape(v)} ({", ".join(labels)})</span>' for v, labels in by_value.items()]
    return f'<span class="conflict">{sep.join(parts)}</span>'


def _values_text(ev: Evidence) -> str:
    return ", ".join(dict.fromkeys(v.text for v in ev.values if v.text))


def _cell(view: View, row: Row, src: Source, status: str, language: str) -> str:
    evs = row.cells.get(src.article.id, ())
    if not evs:
        return f'<td class="cell none" data-article="{escape(src.article.id)}"><span class="absent">not mentioned</span></td>'
    items = []
    for ev in evs:
        mark = _cell_mark(ev, status)
        value = _values_text(ev)
        val = f'<span class="cell-val"{_lang(src)}>{escape(value)}</span>' if value else ""
        text = (f'<span class="ev-text"{_lang(src)}>{escape(snippet(ev.text, 320))}</span>')
        items.append(f'<a class="ev" data-jump href="#{sentence_anchor(src, ev.sentence)}" '
                     f'title="Show this sentence in source {src.label}">{mark}{val}{text}</a>'
                     f"{_gloss(view, ev.text, src, language)}")
    return f'<td class="cell st-{status}" data-article="{escape(src.article.id)}">{"".join(items)}</td>'


def _cell_mark(ev: Evidence, status: str) -> str:
    info = STATUS.get(status)
    icon = info.icon if info else "•"
    modality = ev.claim.modality
    word = {"agreed": "agrees", "conflicting": "differs", "single_source": "only here"}.get(status, modality)
    if status == "disputed":
        word = MODALITY.get(modality, modality)
    tag = ""
    if status != "disputed" and modality != "asserted":
        tag = f' <span class="modality">{escape(HEDGE_TAG.get(modality, modality))}</span>'
    return f'<span class="cell-mark"><span aria-hidden="true">{icon}</span> {escape(word)}{tag}</span>'


def findings(sec: Section, limit: int = 5) -> str:
    """The matrix in plain sentences: every conflict and dispute, the best-attested agreed facts, a count of the rest."""
    items = []
    for row in sec.rows:
        g, st = row.group, row.group.status
        who = [src for src in sec.sources if row.cells.get(src.article.id)]
        link = f'<a href="#g-{escape(g.id)}">{escape(snippet(g.topic, 90))}</a>'
        icon = f'<span class="badge st-{st}"><span aria-hidden="true">{STATUS[st].icon}</span> {STATUS[st].label}</span>' \
            if st in STATUS else ""
        if st == "conflicting":
            items.append(f"<li>{icon} {link}: the sources differ{': ' + _conflict_summary(sec, row) if _conflict_summary(sec, row) else ''}</li>")
        elif st == "disputed":
            sides: dict[str, list[str]] = {}
            for src in who:
                sides.setdefault(stance(row.cells[src.article.id]), []).append(src.label)
            said = "; ".join(f"{', '.join(labels)} {verb}" for verb, labels in sides.items())
            items.append(f"<li>{icon} {link}: {escape(said)}</li>")
    agreed = [r for r in sec.rows if r.group.status == "agreed"]
    for row in agreed[:limit]:
        who = [src.label for src in sec.sources if row.cells.get(src.article.id)]
        value = f" ({escape(format_value(row.group.value))})" if row.group.value is not None else ""
        items.append(f'<li><span class="badge st-agreed"><span aria-hidden="true">{STATUS["agreed"].icon}</span> Agreed</span> '
                     f'<a href="#g-{escape(row.group.id)}">{escape(snippet(row.group.topic, 90))}</a>{value}: '
                     f"{', '.join(who)}</li>")
    if len(agreed) > limit:
        items.append(f"<li>… and {len(agreed) - limit} more agreed items in the table below</li>")
    single = [r for r in sec.rows if r.group.status == "single_source"]
    if single:
        per: dict[str, int] = {}
        for r in single:
            for src in sec.sources:
                if r.cells.get(src.article.id):
                    per[src.label] = per.get(src.label, 0) + 1
        split = ", ".join(f"{k}: {v}" for k, v in per.items())
        items.append(f'<li><span class="badge st-single_source"><span aria-hidden="true">{STATUS["single_source"].icon}'
                     f"</span> Single source</span> {len(single)} item{'s' if len(single) != 1 else ''} reported by one "
                     f"source only ({split})</li>")
    if not items:
        return ""
    return f'<div class="findings"><h3>Key findings</h3><ul>{"".join(items)}</ul></div>'


# ---- timeline -------------------------------------------------------------

def timeline(view: View) -> str:
    if not view.timeline:
        return ""
    items = []
    for m in view.timeline:
        y, mo, d = m.key
        dt = f"{y:04d}" + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if mo and d else "") if y else ""
        mentions = "".join(
            f'<li><span class="src">{src.label}</span> <q{_lang(src)}>{escape(v.text)}</q> '
            f'<span class="ev-text"{_lang(src)}>{escape(snippet(c.text, 160))}</span> '
            f'{_link(src, src.article.sentence_at(c.start), "in the article")}</li>'
            for src, c, v in m.mentions)
        mentions += "".join(f'<li class="pub"><span class="src">{src.label}</span> {escape(snippet(src.name, 40))} '
                            f"published</li>" for src in m.published)
        when = f'<time datetime="{dt}">{escape(m.label)}</time>' if dt else f"<span>{escape(m.label)}</span>"
        items.append(f'<li class="moment">{when}<ul>{mentions}</ul></li>')
    return (f'<section id="timeline" aria-labelledby="th"><h2 id="th">Timeline of dates mentioned</h2>'
            f'<ol class="timeline">{"".join(items)}</ol></section>')


# ---- quotes ---------------------------------------------------------------

def quotes(view: View, language: str) -> str:
    if not view.threads:
        return ""
    out = []
    for t in view.threads:
        aliases = (f'<span class="aliases">also named: {escape("; ".join(t.aliases))}</span>' if t.aliases else "")
        kind = f' <span class="kind">({escape(t.kind)})</span>' if t.kind not in ("named", "") else ""
        stmts = "".join(_statement(view, s, language) for s in t.statements)
        out.append(f'<article class="speaker"><h3 dir="auto">{escape(t.speaker)}{kind}</h3>{aliases}{stmts}</article>')
    return (f'<section id="quotes" aria-labelledby="qh"><h2 id="qh">Quotes by speaker</h2>'
            f'<p class="hint">The same statement reported by several sources is shown side by side.</p>'
            f'{"".join(out)}</section>')


def _statement(view: View, stmt, language: str) -> str:
    linked = len(stmt) > 1
    cross = is_cross_language(stmt, view.by_id)
    items = []
    for q in stmt:
        src = view.source_of(q.article)
        if src is None:
            continue
        cue = f" · {escape(q.cue)}" if q.cue else ""
        items.append(f'<figure class="quote" data-quote="{escape(q.id)}" data-lang="{escape(src.lang)}">'
                     f'<blockquote{_lang(src)}>{escape(q.text)}</blockquote>{_gloss(view, q.text, src, language)}'
                     f'<figcaption><span class="src">{src.label}</span> {escape(snippet(src.name, 40))} · '
                     f'{escape(src.lang)} · {escape(q.kind)} quote{cue} · '
                     f'{_link(src, src.article.sentence_at(q.start), "in the article")}</figcaption></figure>')
    label = ""
    if linked:
        langs = ", ".join(dict.fromkeys(language_name(view.by_id[q.article].lang, language)
                                        for q in stmt if q.article in view.by_id))
        label = (f'<p class="linked"><span aria-hidden="true">⇄</span> Same statement in {len(stmt)} reports'
                 f'{" (" + escape(langs) + ")" if cross else ""}</p>')
    cls = "statement" + (" linked" if linked else "") + (" cross-lang" if cross else "")
    return f'<div class="{cls}">{label}<div class="quotes-row">{"".join(items)}</div></div>'


# ---- entities -------------------------------------------------------------

def entities(view: View, href: EntityHref | None = None) -> str:
    if not view.entities:
        return ""
    keys = {e.id: f"e{i}" for i, e in enumerate(view.report.entities)}  # the same keys as the pane highlights
    rows = []
    for e in view.entities:
        counts: dict[str, int] = {}
        for m in e.mentions:
            counts[m.article] = counts.get(m.article, 0) + 1
        where = " ".join(f'<span class="chip"><span class="src">{src.label}</span> ×{counts.get(src.article.id, 0)}</span>'
                         for src in view.sources if src.article.id in set(e.articles) | set(counts))
        names = "".join(f'<li dir="auto">{escape(n)}</li>' for n in dict.fromkeys(e.names or (e.name,)))
        link = href(e) if href else None
        name = f'<a href="{escape(link)}">{escape(e.name)}</a>' if link else escape(e.name)
        rows.append(f'<tr><th scope="row" dir="auto">{name}</th><td>{TYPE_LABEL.get(e.type, escape(e.type))}</td>'
                    f'<td><ul class="names">{names}</ul></td><td>{where}</td>'
                    f'<td><button type="button" class="spot" data-entity="{keys[e.id]}" '
                    f'aria-pressed="false" hidden>Highlight</button></td></tr>')
    return (f'<section id="entities" aria-labelledby="eh"><h2 id="eh">People, organisations and places</h2>'
            f'<div class="table-wrap"><table class="ents"><thead><tr><th scope="col">Name</th><th scope="col">Type</th>'
            f'<th scope="col">Every name form seen</th><th scope="col">Mentioned in</th>'
            f'<th scope="col"><span class="vh">Highlight in articles</span></th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


# ---- framing --------------------------------------------------------------

def framing(view: View) -> str:
    if not view.report.framing:
        return ""
    top = max((fs.score for f in view.report.framing for fs in f.frames), default=1.0)
    scale = max(1.0, top)
    cards = []
    for f in view.report.framing:
        src = view.source_of(f.article)
        if src is None:
            continue
        parts = [f'<h3><span class="src">{src.label}</span> {escape(snippet(src.name, 50))}</h3>']
        if f.genre:
            why = f' <span class="why">because {escape("; ".join(f.genre_reasons))}</span>' if f.genre_reasons else ""
            parts.append(f'<p class="genre">Genre: <strong>{escape(f.genre)}</strong>{why}</p>')
        if f.frames:
            items = []
            for fs in sorted(f.frames, key=lambda x: -x.score):
                ev = "".join(f'<li{_lang(src)}>{escape(snippet(x, 200))}</li>' for x in fs.evidence)
                pct = round(100 * fs.score / scale)
                items.append(f'<li><span class="frame-name">{escape(fs.frame)}</span> '
                             f'<meter min="0" max="{escape(str(scale))}" value="{escape(str(fs.score))}">{pct}%</meter> {pct}%'
                             f'{"<ul class=evidence>" + ev + "</ul>" if ev else ""}</li>')
            parts.append(f'<h4>Frames</h4><ul class="frames">{"".join(items)}</ul>')
        if f.techniques:
            items = []
            for t in f.techniques:
                where = _link(src, src.article.sentence_at(t.start), "in the article") if t.start is not None else ""
                items.append(f'<li><strong>{escape(t.technique)}</strong>: <q{_lang(src)}>{escape(snippet(t.text, 200))}</q> {where}</li>')
            parts.append(f'<h4>Persuasion techniques</h4><ul class="techniques">{"".join(items)}</ul>')
        if f.emphasis:
            parts.append(f'<h4>Emphasis</h4><ul class="emphasis">{"".join(f"<li{_lang(src)}>{escape(x)}</li>" for x in f.emphasis)}</ul>')
        cards.append(f'<article class="frame-card">{"".join(parts)}</article>')
    return (f'<section id="framing" aria-labelledby="fh"><h2 id="fh">How each source frames the story</h2>'
            f'<div class="cards">{"".join(cards)}</div></section>')


# ---- articles -------------------------------------------------------------

def _spans(view: View, src: Source) -> list[Span]:
    aid = src.article.id
    spans: list[Span] = []
    for i, e in enumerate(view.report.entities):
        for m in e.mentions:
            if m.article == aid:
                spans.append(Span(m.start, m.end, f"hl-ent hl-{e.type}", f"{e.name} ({TYPE_LABEL.get(e.type, e.type)})", f"e{i}"))
    for q in view.report.quotes:
        if q.article == aid:
            spans.append(Span(q.start, q.end, "hl-quote", f"quote: {q.speaker.text}"))
    topics = {c: g for g in view.report.comparison for c in g.claims}
    for c in view.report.claims:
        if c.article != aid:
            continue
        g = topics.get(c.id)
        label = f"claim ({STATUS[g.status].label.lower()}): {g.topic}" if g and g.status in STATUS else "claim"
        spans.append(Span(c.start, c.end, f"hl-claim" + (f" hl-st-{g.status}" if g else ""), label))
        for v in c.values:
            if v.start is not None and v.end is not None:
                spans.append(Span(v.start, v.end, "hl-value", f"{v.kind}: {format_value(v.value)} {v.unit or ''}".strip()))
    for f in view.report.framing:
        if f.article == aid:
            spans += [Span(t.start, t.end, "hl-tech", t.technique) for t in f.techniques
                      if t.start is not None and t.end is not None]
    for fl in src.article.flags:
        if fl.start is not None and fl.end is not None:
            spans.append(Span(fl.start, fl.end, "hl-flag", fl.kind.replace("_", " ") + (f": {fl.detail}" if fl.detail else "")))
    return spans


def articles(view: View) -> str:
    if not view.sources:
        return ""
    toggles = "".join(f'<label class="hl-toggle {k}"><input type="checkbox" data-hl="{k}" checked> {v}</label>'
                      for k, v in (("ent", "Names"), ("quote", "Quotes"), ("claim", "Claims"), ("value", "Numbers and dates"),
                                   ("tech", "Techniques"), ("flag", "Flags")))
    matrix = {aid: k for k, sec in enumerate(view.sections) for aid in sec.story.articles}
    panes = []
    for src in view.sources:
        a = src.article
        meta = " · ".join(x for x in (a.outlet, a.author, a.published, language_name(a.language)) if x)
        flags = "".join(f'<li>{escape(f.kind.replace("_", " "))}: <span{_lang(src)}>{escape(snippet(f.text, 120))}</span></li>'
                        for f in a.flags)
        title = a.title or src.name
        panes.append(f'<article class="pane" id="art-{src.pos}" aria-labelledby="ph-{src.pos}">'
                     f'<header><h3 id="ph-{src.pos}"><span class="src">{src.label}</span> <span{_lang(src)}>{escape(title)}</span></h3>'
                     f'<p class="meta">{escape(meta)} <a class="back" data-back href="#matrix-{matrix.get(a.id, 0)}">'
                     f'↑ back to the comparison</a></p>{"<ul class=flags>" + flags + "</ul>" if flags else ""}</header>'
                     f'<div class="text"{_lang(src)}>{render_article(a, _spans(view, src), f"a{src.pos}")}</div></article>')
    return (f'<section id="articles" aria-labelledby="ah"><h2 id="ah">The articles side by side</h2>'
            f'<div class="hl-legend" role="group" aria-label="Highlights">{toggles}</div>'
            f'<div class="panes">{"".join(panes)}</div></section>')


def errors(view: View) -> str:
    if not view.report.errors:
        return ""
    items = "".join(f"<li><code>{escape(e.source)}</code>: {escape(e.error)}</li>" for e in view.report.errors)
    return (f'<section id="skipped" aria-labelledby="xh"><h2 id="xh">Inputs that could not be analysed</h2>'
            f"<ul>{items}</ul></section>")
