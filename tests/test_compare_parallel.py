"""The comparison on one WMT21 document and its two translations, measured by the one WMT harness
(storylens.evaluate.wmt): shared numbers agree, a changed number conflicts, nothing else does."""
from __future__ import annotations

import pytest

from storylens.evaluate import wmt
from storylens.evaluate.numbers import plant
from storylens.evaluate.runner import analyser
from storylens.resources import Context

DOC = "rg.ru.74095"


@pytest.fixture(scope="module")
def setup(shared):
    docs = {d.name: d for d in wmt.load_docs(shared / "data" / "wmt21-ru-en-dev")}
    return docs[DOC], analyser(Context.shared())


def test_numbers_in_every_version_agree_and_nothing_conflicts(setup):
    doc, analyse = setup
    report = analyse(doc.documents())
    shared = wmt.shared_numbers(report)
    assert {"663", "388"} <= set(shared)
    counts = wmt.number_counts(report, shared)
    assert counts["covered"] == counts["shared"] and counts["false_conflicts"] == 0


def test_a_changed_number_conflicts(setup):
    doc, analyse = setup
    text, new, _ = plant(doc.texts[wmt.CHANGED], "663")
    assert new != "663"
    report = analyse(doc.documents({wmt.CHANGED: text}))
    counts = wmt.conflict_counts(report, "663", new)
    assert counts["caught"] == 1 and counts["flagged_ok"] >= 1


def test_the_harness_sums_one_document_and_its_changed_copy(setup):
    doc, analyse = setup
    section = wmt.evaluate([doc], analyse)
    scores = {s.name: s for s in section.scores}
    assert scores["numbers.agreed"].recall == 1.0
    assert scores["conflicts.caught"].recall == 1.0 and scores["conflicts.clean_docs"].recall == 1.0
