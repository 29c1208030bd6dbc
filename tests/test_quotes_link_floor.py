"""One named speaker's different statements in two languages stay apart (real multilingual embeddings)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storylens import segment
from storylens.api import load
from storylens.ingest import documents_from_texts
from storylens.model import Entity, Mention
from storylens.pipeline import Report
from storylens.quotes import run as quotes_stage
from storylens.quotes.link import CONTENT_MIN, UNNAMED_MIN, _unit_vectors
from storylens.resources import Context

EN = "Police spokesman Lars Berg said: “The shooter acted alone and had no known motive.”"
RU = "«Число погибших выросло до одиннадцати человек», — сказал пресс-секретарь полиции Ларс Берг."


@pytest.fixture(scope="module")
def linked():
    ctx = Context()
    arts, errors = load(documents_from_texts([EN, RU]))
    assert not errors
    arts = [replace(a, language=lang) for a, lang in zip(arts, ("en", "ru"))]
    rep = segment.STAGE(Report(articles=tuple(arts)), ctx)
    names = ["Lars Berg", "Ларс Берг"]
    ms = tuple(Mention(a.id, m.start(), m.end(), m.group(), "PER", entity="berg")
               for a in rep.articles for n in names for m in re.finditer(re.escape(n), a.text))
    ent = Entity("berg", "PER", names[0], tuple(names), tuple(sorted({m.article for m in ms})), ms)
    return quotes_stage(replace(rep, entities=(ent,)), ctx), ctx


def test_one_speakers_two_statements_about_one_event_are_not_linked(linked):
    report, ctx = linked
    en = next(q for q in report.quotes if "acted alone" in q.text)
    ru = next(q for q in report.quotes if "одиннадцати" in q.text)
    assert en.speaker.entity == ru.speaker.entity == "berg"
    v = _unit_vectors([en.text, ru.text], ctx)
    # the two statements are as close as a loose paraphrase; only the floor for a named speaker keeps them apart
    assert UNNAMED_MIN <= float(v[0] @ v[1]) < CONTENT_MIN
    assert en.same_as == () and ru.same_as == ()
