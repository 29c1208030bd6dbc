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


def _plain(pattern, text):
    """The cue matches without the word-key shortcut of ``cues.find``."""
    return [m.span() for m in pattern.finditer(cues.fold(text)) if m.end() > m.start()]


def test_a_text_without_any_cue_word_is_not_searched_and_finds_what_a_search_finds():
    pat = cues.compile_cues(["эконом*", "let's", "in my view", "co-operat*", "so-called experts"],
                            [r"\bcould (turn|lead)\b"])
    assert cues._KEYS[pat] == {"эконом", "let" + cues.WHOLE, "view" + cues.WHOLE, "co" + cues.WHOLE,
                               "experts" + cues.WHOLE, "could"}
    for text in ("Nothing here at all.", "Экономисты: let's see, in my view, co-operation!", "LET'S GO",
                 "The so-called experts could turn.", "letter views, cooperation, couldn't", "коэкономика",
                 "In my viewing", "It could lead nowhere", "economy, letting"):
        assert list(cues.find(pat, text)) == _plain(pat, text), text
    assert list(cues.find(pat, "Nothing here at all.")) == []


def test_a_cue_that_may_match_anywhere_leaves_its_regex_always_searched():
    assert cues.compile_cues(["«quoted»", "fear"]) not in cues._KEYS  # starts with punctuation
    assert cues.compile_cues(["fear"], [r"(?:war|peace)"]) not in cues._KEYS  # a raw pattern not after a boundary
    assert cues._raw_keys(r"\b(itself|themselves) (has|have) \w+ing\b") == {"itself", "themselves"}
    assert cues._raw_keys(r"\bза \w+ сто(ит|ят) (проект|план)\w*") == {"сто"}
    assert cues._raw_keys(r"\w+ing") is None


def test_language_cue_tables_find_the_same_with_and_without_the_shortcut():
    import random

    from storylens import lang

    rng = random.Random(5)
    for code in ("en", "ru", "uk", "de"):
        data = lang.data(code, "framing")
        vocabulary = [w.rstrip("*") + rng.choice(["", "s", "ами", "-", "'s"]) for section in ("frames", "genre",
                      "techniques") for cues_ in data.get(section, {}).values() if isinstance(cues_, list)
                      for cue in cues_ for w in cue.split()]
        texts = [" ".join(rng.choice(vocabulary) + rng.choice(["", ",", ".", " —", "«"]) for _ in range(12))
                 for _ in range(40)]
        for section in ("frames", "genre", "techniques"):
            for name, pattern in cues.table(code, section).items():
                if pattern is None:
                    continue
                for text in texts:
                    assert list(cues.find(pattern, text)) == _plain(pattern, text), (code, section, name, text)
