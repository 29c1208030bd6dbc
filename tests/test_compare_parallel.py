"""The comparison on one WMT21 document and its two translations: numbers agree; a changed number conflicts."""
from __future__ import annotations

import pytest

from storylens.compare_measure import (Measurement, analyse_versions, body_numbers, change_number, measure_document,
                                       numbers_in, read_documents)
from storylens.resources import Context
from storylens.stages import default_stages

DOC = "rg.ru.74095"


@pytest.fixture(scope="module")
def setup(shared):
    docs = dict(read_documents(shared / "data" / "wmt21-ru-en-dev"))
    stages = [s for s in default_stages() if s.name != "framing"]
    return docs[DOC], Context(), stages


def test_numbers_and_changes_are_read_like_the_measure_does():
    assert set(numbers_in("over 663 kilometres, 1,500 people and 300 000 евро in 2021")) == {"663", "1500", "300000",
                                                                                             "2021"}
    text = "Intro.\nThe road is 663 km long.\n"
    changed, new = change_number(text, "The road is 663 km long.", "663", "664")
    assert changed == "Intro.\nThe road is 664 km long.\n" and new == "664"
    assert change_number("It costs 300,000 euros.", "It costs 300,000 euros.", "300000", "x")[1] == "400000"


def test_numbers_in_every_version_agree_and_a_changed_one_conflicts(setup):
    texts, ctx, stages = setup
    report = analyse_versions(texts, ctx, stages)
    assert not [g for g in report.comparison if g.status in ("conflicting", "disputed")]
    version = {a.id: a.source.rsplit(".", 1)[0] for a in report.articles}
    claims = {c.id: c for c in report.claims}
    agreed = [g for g in report.comparison if g.status == "agreed" and len(g.articles) == 3]
    spans = {n for g in agreed for c in g.claims for v in claims[c].values for n in numbers_in(v.text)}
    assert {"663", "388"} <= spans
    sentence = body_numbers(report)["ru"]["663"][0]
    changed = dict(texts)
    changed["ru"], new = change_number(texts["ru"], sentence, "663", "763")
    report = analyse_versions(changed, ctx, stages)
    claims = {c.id: c for c in report.claims}
    conflicting = [g for g in report.comparison if g.status == "conflicting"]
    assert any(version[claims[c].article] == "ru" and any(new in numbers_in(v.text) for v in claims[c].values)
               for g in conflicting for c in g.claims)


def test_measure_document_counts_numbers_changes_and_alarms(setup):
    texts, ctx, stages = setup
    m = Measurement()
    measure_document(texts, ctx, stages, m, changes_per_doc=1, name=DOC)
    assert m.documents == 1 and m.numbers >= 2 and m.changes == 1
    assert m.agreed == m.numbers and m.flipped == 1 and m.false_alarms == 0
