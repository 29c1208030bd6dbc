"""Recognisers see long texts in pieces: cuts at breaks, spans back at their offsets, the real models included."""
import pytest

from storylens.adapters.chunks import pieces, spans_in_pieces

SENTENCE = "Ivan Sokolov met Olga Morozova in Kazan on Tuesday. "


def test_pieces_cover_the_text_in_order_within_the_limit_cut_at_breaks():
    text = ("para one. " * 30 + "\n") * 40
    out = pieces(text, limit=1000)
    assert "".join(p for _, p in out) == text
    assert all(len(p) <= 1000 for _, p in out) and all(p.endswith("\n") for _, p in out[:-1])
    assert [o for o, _ in out] == [sum(len(p) for _, p in out[:i]) for i in range(len(out))]
    blob = "x" * 2500
    assert [len(p) for _, p in pieces(blob, limit=1000)] == [1000, 1000, 500]


def test_spans_found_in_pieces_point_into_the_whole_text():
    text = SENTENCE * 100

    def run(batch):  # a stand-in recogniser: every "Sokolov" in each text it is given
        assert all(len(t) <= 500 for t in batch)
        return [[(i, i + 7, "PER") for i in range(len(t)) if t.startswith("Sokolov", i)] for t in batch]

    (spans,) = spans_in_pieces([text], run, limit=500)
    assert len(spans) == 100 and all(text[a:b] == "Sokolov" for a, b, _ in spans)


def test_spacy_recogniser_takes_a_text_longer_than_its_max_length():
    pytest.importorskip("spacy")
    from storylens.adapters.spacy_ner import SpacyNER

    ner = SpacyNER("en_core_web_sm")
    ner._nlp.max_length = 5000  # the real limit is 1,000,000 characters; a small one keeps the test fast
    text = SENTENCE * 300  # 15,600 characters: spaCy alone raises E088
    with pytest.raises(ValueError, match="E088"):
        ner._nlp(text)
    (spans,) = ner.spans([text])
    found = {text[a:b] for a, b, _ in spans}
    assert {"Ivan Sokolov", "Kazan"} <= found
    assert max(a for a, _, _ in spans) > 10_000  # found in the later pieces too, at whole-text offsets
