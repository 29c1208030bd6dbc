"""Cutting a report into its articles or its stories, and putting the pieces back.

An article's records are its mentions, quotes and claims; a story's part is
a report holding one story, its articles and every record about them.
Joining keeps the order of everything it did not replace, so the records of
an untouched story come out exactly as they went in.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from .model import ArticleAnalysis, Report, Story

ARTICLE_RECORDS = ("mentions", "quotes", "claims", "framing")
STORY_RECORDS = ("entities", "comparison")


def _by_article(records: Iterable) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for r in records:
        out[r.article].append(r)
    return out


def split_articles(report: Report) -> list[ArticleAnalysis]:
    """One ``ArticleAnalysis`` per article of the report, holding that article's records.

    A report without a list of mentions (built by hand with entities only) gives its entities' mentions.
    """
    listed = report.mentions or tuple(m if m.entity else replace(m, entity=e.id)
                                      for e in report.entities for m in e.mentions)
    mentions, quotes, claims = _by_article(listed), _by_article(report.quotes), _by_article(report.claims)
    return [ArticleAnalysis(a, tuple(mentions.get(a.id, ())), tuple(quotes.get(a.id, ())), tuple(claims.get(a.id, ())))
            for a in report.articles]


def join_articles(report: Report, analyses: list[ArticleAnalysis]) -> Report:
    """The report with its articles and their records replaced by ``analyses`` (dropped ones left out)."""
    kept = [x for x in analyses if not x.dropped]
    return replace(report, articles=tuple(x.article for x in kept),
                   mentions=tuple(m for x in kept for m in x.mentions),
                   quotes=tuple(q for x in kept for q in x.quotes),
                   claims=tuple(c for x in kept for c in x.claims),
                   errors=report.errors + tuple(e for x in analyses for e in x.errors))


def story_of_articles(report: Report) -> dict[str, str]:
    return {aid: s.id for s in report.stories for aid in s.articles}


def _story_of(record, field: str, story_of: dict[str, str]) -> str | None:
    own = getattr(record, "story", None)
    if own:
        return own
    arts = getattr(record, "articles", ())
    return story_of.get(arts[0]) if arts else None


def split_stories(report: Report, only: Iterable[str] | None = None) -> dict[str, Report]:
    """{story id: the report's part for that story}, in story order (``only``: just these stories)."""
    wanted = set(only) if only is not None else None
    story_of = story_of_articles(report)
    by_story: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for a in report.articles:
        if a.id in story_of:
            by_story[story_of[a.id]]["articles"].append(a)
    for name in ARTICLE_RECORDS:
        for r in getattr(report, name):
            if r.article in story_of:
                by_story[story_of[r.article]][name].append(r)
    for name in STORY_RECORDS:
        for r in getattr(report, name):
            sid = _story_of(r, name, story_of)
            if sid:
                by_story[sid][name].append(r)
    parts = {}
    for s in report.stories:
        if wanted is not None and s.id not in wanted:
            continue
        got = by_story[s.id]
        order = {aid: i for i, aid in enumerate(s.articles)}
        # the story's own article order: it decides which of two same-named entities keeps the plain id
        arts = sorted(got["articles"], key=lambda a: order[a.id])
        parts[s.id] = Report(articles=tuple(arts), stories=(s,), holds=report.holds,
                             **{name: tuple(got[name]) for name in ARTICLE_RECORDS + STORY_RECORDS})
    return parts


def join_stories(report: Report, parts: dict[str, Report]) -> Report:
    """The report with each story in ``parts`` replaced by its part; everything else stays where it was.

    Articles a part no longer holds leave the report; articles new to the report come after the others.
    """
    story_of = story_of_articles(report)
    for sid, part in parts.items():
        story_of.update({a.id: sid for a in part.articles})
    new_art = {a.id: a for part in parts.values() for a in part.articles}
    replaced = {aid for aid, sid in story_of.items() if sid in parts}
    articles = [new_art[a.id] if a.id in replaced else a for a in report.articles if a.id not in replaced or a.id in new_art]
    known = {a.id for a in report.articles}
    articles += [a for part in parts.values() for a in part.articles if a.id not in known]
    out = {"articles": tuple(articles)}
    for name in ARTICLE_RECORDS:
        new = _by_article(r for part in parts.values() for r in getattr(part, name))
        old = _by_article(getattr(report, name))
        out[name] = tuple(r for a in articles for r in (new.get(a.id, ()) if a.id in replaced else old.get(a.id, ())))
    for name in STORY_RECORDS:
        items: list = []
        placed: set[str] = set()
        for r in getattr(report, name):
            sid = _story_of(r, name, story_of)
            if sid in parts:
                if sid not in placed:  # the story's new block goes where its old block began
                    items.extend(getattr(parts[sid], name))
                    placed.add(sid)
            else:
                items.append(r)
        for sid, part in parts.items():
            if sid not in placed:
                items.extend(getattr(part, name))
        out[name] = tuple(items)
    stories = tuple(parts[s.id].stories[0] if s.id in parts and parts[s.id].stories else s for s in report.stories)
    errors = report.errors + tuple(e for part in parts.values() for e in part.errors if e not in report.errors)
    holds = tuple(dict.fromkeys([*report.holds, *(h for part in parts.values() for h in part.holds)]))
    return replace(report, stories=stories, errors=errors, holds=holds, **out)


def with_story(report: Report, story: Story) -> Report:
    """The report with ``story`` added, or replacing the story of the same id."""
    if any(s.id == story.id for s in report.stories):
        return replace(report, stories=tuple(story if s.id == story.id else s for s in report.stories))
    return replace(report, stories=report.stories + (story,))


def drop_articles(report: Report, ids: set[str]) -> Report:
    """The report without the articles ``ids`` and without every record, link and reference to them."""
    if not ids:
        return report
    gone_claims = {c.id for c in report.claims if c.article in ids}
    gone_quotes = {q.id for q in report.quotes if q.article in ids}
    entities = []
    for e in report.entities:
        ms = tuple(m for m in e.mentions if m.article not in ids)
        if ms:
            entities.append(replace(e, mentions=ms, articles=tuple(a for a in e.articles if a not in ids)))
    groups = []
    for g in report.comparison:
        claims = tuple(c for c in g.claims if c not in gone_claims)
        if claims:
            groups.append(replace(g, claims=claims, articles=tuple(a for a in g.articles if a not in ids)))
    return replace(
        report,
        articles=tuple(a for a in report.articles if a.id not in ids),
        stories=tuple(replace(s, articles=tuple(a for a in s.articles if a not in ids)) for s in report.stories),
        mentions=tuple(m for m in report.mentions if m.article not in ids),
        entities=tuple(entities),
        quotes=tuple(replace(q, same_as=tuple(x for x in q.same_as if x not in gone_quotes))
                     for q in report.quotes if q.article not in ids),
        claims=tuple(c for c in report.claims if c.article not in ids),
        comparison=tuple(groups),
        framing=tuple(f for f in report.framing if f.article not in ids),
    )
