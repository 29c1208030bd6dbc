"""Write already-analysed reports into a store as stories, without analysing again (tests, demos, the benchmark).

``storylens add`` is the way to put articles in a store. Filling one with a
thousand stories that way means a thousand analyses; this writes a ``Report``
that exists already, through the store's tables and its own ``write_story``,
so the rows are those ``add`` would have written for it. The per-article record (``analysis``) is left
empty: should such a story ever be compared again, the store makes it from the stored input.
"""
from __future__ import annotations

import hashlib

from sqlalchemy import Connection, insert

from ..store import tables as t
from ..store.engine import writing
from ..store.records import sentence_rows, version_columns
from ..store.story import insert_rows, write_story
from ..store.store import Store
from ..store.write import now, outlet_id


def write_report(store: Store, report, conn: Connection | None = None) -> int:
    """Store ``report`` as one new, analysed story; returns its id. Article URLs must not be in the store yet."""
    if conn is None:
        with writing(store.engine) as conn:
            return write_report(store, report, conn)
    stamp = now()
    title = report.stories[0].title if report.stories else (report.articles[0].title if report.articles else "story")
    story = conn.execute(insert(t.stories).values(
        key="s1", title=title or "story", languages=[], articles=0, conflicts=0, disputes=0, revision=1,
        created_at=stamp, updated_at=stamp).returning(t.stories.c.id)).scalar_one()
    version_ids: dict[str, int] = {}
    for position, art in enumerate(report.articles):
        article = conn.execute(insert(t.articles).values(
            story_id=story, key=art.id, title=art.title, url=art.url, outlet_id=outlet_id(conn, art.outlet),
            language=art.language, published=art.published, versions=1, position=position)
            .returning(t.articles.c.id)).scalar_one()
        version_ids[art.id] = conn.execute(insert(t.article_versions).values(
            article_id=article, version=1, current=True, content_hash=hashlib.sha256(art.text.encode()).hexdigest(),
            run_id=None, added_at=stamp, doc_id=art.id, raw_text=art.text, raw_html=None, doc_meta={},
            **version_columns(art)).returning(t.article_versions.c.id)).scalar_one()
        insert_rows(conn, t.sentences, sentence_rows(art, version_ids[art.id]))
    write_story(conn, story, 1, report, version_ids)
    return story

