"""NER measures: the two gold formats are read right, offsets map back, and P/R/F1 come out as counted by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from storylens.evaluate import ner
from storylens.evaluate.ner import Span
from storylens.model import Article, Entity, Mention
from storylens.pipeline import Report

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _factrueval(tmp: Path) -> Path:
    text = "Мэр Москвы Юрий Лужков  приехал в Тверь.\nКомпания Рога и копыта молчит."
    (tmp / "book_1.txt").write_text(text, encoding="utf-8")
    spans = ["10 loc_name 4 6 1 1  # 1 Москвы", "11 name 11 4 2 1  # 2 Юрий", "12 surname 16 6 3 1  # 3 Лужков",
             "13 loc_name 34 5 4 1  # 4 Тверь", "14 org_name 50 13 5 3  # 5 6 7 Рога и копыта", "15 job 0 3 0 1  # 0 Мэр"]
    (tmp / "book_1.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    objects = ["1 LocOrg 10 # Москвы", "2 Person 11 12 # Юрий Лужков", "3 Location 13 # Тверь", "4 Org 14 # Рога и копыта",
               "5 Project 15 # ignored"]
    (tmp / "book_1.objects").write_text("\n".join(objects) + "\n", encoding="utf-8")
    return tmp


def test_factrueval_objects_become_typed_spans(tmp_path):
    [doc] = ner.read_set(_factrueval(tmp_path))
    got = [(doc.text[s.start:s.end], s.type) for s in doc.spans]
    assert got == [("Москвы", "LOC"), ("Юрий Лужков", "PER"), ("Тверь", "LOC"), ("Рога и копыта", "ORG")]


def test_conll_tags_become_spans_in_the_rebuilt_text(tmp_path):
    f = tmp_path / "dev.conll"
    f.write_text("-DOCSTART- -X- O O\n\nEU NNP B-ORG\nrejects VBZ O\nGerman JJ B-MISC\ncall NN O\n.\n\n"
                 "Peter NNP B-PER\nBlackburn NNP I-PER\n\n-DOCSTART- -X- O O\n\nIn O\nNew B-LOC\nYork E-LOC\nLondon S-LOC\n", encoding="utf-8")
    docs = ner.read_set(f)
    assert len(docs) == 2
    assert [(docs[0].text[s.start:s.end], s.type) for s in docs[0].spans] == [("EU", "ORG"), ("German", "MISC"), ("Peter Blackburn", "PER")]
    assert [(docs[1].text[s.start:s.end], s.type) for s in docs[1].spans] == [("New York", "LOC"), ("London", "LOC")]


def test_cleaned_offsets_map_back_to_the_original():
    original = "Title line\n\nFirst  para\u00adgraph here.\r\nSecond one."
    cleaned = "First paragraph here.\nSecond one."
    where = ner.to_original(original, cleaned)
    i = cleaned.index("paragraph")
    assert original[where[i]:where[i + len("paragraph") - 1] + 1] == "para\u00adgraph"
    j = cleaned.index("Second")
    assert original[where[j]:where[j] + 6] == "Second"


def test_scores_counted_by_hand(tmp_path):
    _factrueval(tmp_path)
    docs = ner.read_set(tmp_path)
    text = docs[0].text
    cleaned = text.replace("  ", " ")  # what cleaning does: offsets after it shift by one

    def mention(surface: str, typ: str, occurrence_text: str = "") -> Mention:
        start = cleaned.index(surface)
        return Mention("book_1", start, start + len(surface), surface, typ)

    mentions = (mention("Москвы", "LOC"), mention("Юрий Лужков", "PER"), mention("Тверь", "ORG"),  # right, right, wrong type
                mention("Рога", "ORG"), mention("Мэр", "MISC"))  # overlapping only; MISC is not a FactRuEval type

    def analyse(documents):
        return Report(articles=(Article("book_1", "book_1", cleaned),),
                      entities=(Entity("e", "PER", "x", (), ("book_1",), mentions),))

    sec = ner.evaluate(docs, analyse, "tiny")
    strict, lenient = sec.get("ner.all"), sec.get("ner.all_overlap")
    assert (strict.p_hits, strict.predicted, strict.r_hits, strict.gold) == (2, 4, 2, 4)
    assert (lenient.p_hits, lenient.predicted) == (3, 4)  # "Рога" overlaps "Рога и копыта"
    assert sec.get("ner.PER").f1 == 1.0
    assert sec.get("ner.LOC").precision == 1.0 and sec.get("ner.LOC").recall == 0.5
    assert sec.get("ner.ORG").precision == 0.0
    assert strict.f1 == pytest.approx(0.5)


def test_the_shared_factrueval_set_reads_completely():
    docs = ner.read_set(SHARED / "data" / "factrueval2016-dev")
    assert len(docs) == 122
    spans = [s for d in docs for s in d.spans]
    assert {s.type for s in spans} == {"PER", "ORG", "LOC"}
    assert len(spans) > 2000
    assert all(0 <= s.start < s.end <= len(d.text) for d in docs for s in d.spans)


def _descriptors(tmp: Path) -> Path:
    text = "Движение «Солидарность» и концерн. Лидер движения «Солидарность» Борис Немцов встретился с Немцовым."
    (tmp / "book_2.txt").write_text(text, encoding="utf-8")
    spans = ["1 org_descr 0 8 1 1", "2 org_name 10 12 2 1", "3 org_descr 26 7 3 1", "4 org_descr 41 8 4 1",
             "5 org_name 51 12 5 1", "6 name 65 5 6 1", "7 surname 71 6 7 1", "8 surname 91 8 8 1"]
    (tmp / "book_2.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    objects = ["1 Org 1 2", "2 Org 3", "3 Org 4 5", "4 Person 6 7", "5 Person 8"]
    (tmp / "book_2.objects").write_text("\n".join(objects) + "\n", encoding="utf-8")
    return tmp


def test_text_measure_counts_distinct_names_by_dictionary_form(tmp_path):
    [doc] = ner.read_set(_descriptors(tmp_path))
    assert [(doc.text[s.start:s.end], s.named) for s in doc.spans if s.type == "ORG"] == [
        ("Движение «Солидарность", True), ("концерн", False), ("движения «Солидарность", True)]
    text = doc.text

    def mention(surface: str, typ: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        return Mention("book_2", start, start + len(surface), surface, typ)

    mentions = (mention("Солидарность", "ORG"), mention("Солидарность", "ORG", 1),  # the name without its descriptor
                mention("концерн", "ORG"),  # a descriptor only: neutral
                mention("Борис Немцов", "PER"), mention("Немцовым", "PER"),  # Немцовым = Немцов: one name, found
                mention("Лидер", "ORG"))  # wrong

    def analyse(documents):
        return Report(articles=(Article("book_2", "book_2", text, language="ru"),),
                      entities=(Entity("e", "PER", "x", (), ("book_2",), mentions),))

    sec = ner.evaluate([doc], analyse, "tiny")
    org, per = sec.get("ner.text.ORG"), sec.get("ner.text.PER")
    # gold ORG names: "движение солидарность" (twice, one name); the predictions: солидарность (hit), лидер (miss)
    assert (org.p_hits, org.predicted, org.r_hits, org.gold) == (1, 2, 1, 1)
    # gold PER names: "борис немцов", "немцов"; predicted: "борис немцов", "немцов" (from Немцовым)
    assert (per.p_hits, per.predicted, per.gold) == (2, 2, 2)
    assert sec.get("ner.text").f1 == pytest.approx(2 * 0.75 * 1.0 / 1.75)
    # exact spans: an organisation is scored with the kind word before its name, as FactRuEval marks it
    # ("Движение «Солидарность", "движения «Солидарность"); the descriptor alone matches itself, "Лидер" nothing
    strict = sec.get("ner.ORG")
    assert (strict.p_hits, strict.predicted, strict.gold) == (3, 4, 3)
