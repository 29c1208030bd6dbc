from storylens.framing import cues


def test_fold_keeps_length_and_merges_yo():
    text = "Ёлка İstanbul ÉCOLE"
    folded = cues.fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("елка")
    assert "école" in folded


def test_wildcard_and_phrase_cues_give_offsets_into_the_original_text():
    pat = cues.compile_cues(["эконом*", "double standard*", "so-called"])
    text = "Экономика и so-called Double Standards, not economists-in-chief? экономист."
    spans = [text[a:b] for a, b in cues.find(pat, text)]
    assert spans == ["Экономика", "so-called", "Double Standards", "экономист"]


def test_cues_do_not_match_inside_words():
    pat = cues.compile_cues(["war"])
    assert list(cues.find(pat, "a warning about software")) == []
    assert [m for m in cues.find(pat, "the war ended")] == [(4, 7)]


def test_raw_patterns_are_matched_alongside_cues():
    pat = cues.compile_cues(["fear"], [r"\bcould (turn|lead)\b"])
    text = "It could turn ugly, and fear spreads."
    assert [text[a:b] for a, b in cues.find(pat, text)] == ["could turn", "fear"]


def test_no_cues_compile_to_nothing():
    assert cues.compile_cues([]) is None
    assert list(cues.find(None, "text")) == []


def test_quoted_spans_handle_guillemets_nesting_and_english_quotes():
    text = "Он сказал: «Это «наш» путь». Then “we will win,” she said."
    spans = cues.quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ["«Это «наш» путь»", "“we will win,”"]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    text = "He said “this is open and\nthe next “line” is quoted."
    spans = cues.quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ["“line”"]


def test_inside_requires_most_of_the_span():
    spans = [(10, 20)]
    assert cues.inside(12, 18, spans)
    assert not cues.inside(0, 12, spans)


def test_language_tables_load_every_frame_and_technique_section():
    frames = cues.table("en", "frames")
    assert "Security and defense" in frames and frames["Security and defense"] is not None
    tech = cues.table("ru", "techniques")
    assert {"Loaded language", "Doubt", "Whataboutism"} <= set(tech)
    assert cues.table("xx", "frames") == {}


def test_dialogue_dash_paragraphs_are_quoted_speech():
    text = "Он ответил коротко.\n— Мы не знаем, — сказал он.\nКонец."
    spans = cues.quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ["— Мы не знаем, — сказал он."]


def test_every_language_file_uses_known_names_and_compiles():
    from storylens import lang
    from storylens.framing import frames, techniques

    files = [c for c in lang.available() if lang.data(c, "framing")]
    assert {"en", "ru"} <= set(files)
    for code in files:
        data = lang.data(code, "framing")
        assert set(data["frames"]) - {"patterns"} <= set(frames.names()), code
        assert set(data["techniques"]) - {"patterns"} <= set(techniques.TECHNIQUES), code
        assert set(data["techniques"].get("patterns", {})) <= set(techniques.TECHNIQUES), code
        assert set(data["genre"]) <= {"first_person", "reader_address", "attribution", "evaluative", "analysis",
                                      "second_person", "modality"}, code
        for section in ("frames", "techniques", "genre"):
            assert all(p is not None for p in cues.table(code, section).values()), (code, section)


def test_span_index_answers_like_a_pass_over_every_span():
    import random

    rnd = random.Random(3)
    spans = [(a, a + rnd.randint(1, 40)) for a in (rnd.randint(0, 500) for _ in range(60))]
    idx = cues.SpanIndex(spans)
    for _ in range(300):
        start = rnd.randint(0, 520)
        end = start + rnd.randint(1, 60)
        overlaps = [min(end, b) - max(start, a) for a, b in spans]
        assert cues.inside(start, end, idx) == any(o > 0 and o >= 0.5 * (end - start) for o in overlaps)
        assert idx.chars_in(start, end) == sum(o for o in overlaps if o > 0)
