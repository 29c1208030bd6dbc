from storylens.clean import clean
from storylens.ingest import Document
from storylens.language import detect_article
from storylens.segment import explain, segment_article, split_paragraph


def _article(text):
    return segment_article(detect_article(clean(Document("t", "t.txt", text=text))))


def _texts(text, code):
    return [text[a:b] for a, b in split_paragraph(text, code)]


def test_offsets_point_into_the_cleaned_text():
    a = _article("First sentence here. Second one there!\nНовый абзац. Ещё одно предложение.")
    assert len(a.sentences) == 4
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
    assert [s.paragraph for s in a.sentences] == [0, 0, 1, 1]


def test_english_month_abbreviation_does_not_end_a_sentence():
    assert _texts("It was reported on Dec. 17 by the paper. Then more.", "en") == [
        "It was reported on Dec. 17 by the paper.", "Then more."]


def test_russian_abbreviations_do_not_end_a_sentence():
    assert _texts("В 2020 г. было много, т.е. очень много. Потом меньше.", "ru") == [
        "В 2020 г. было много, т.е. очень много.", "Потом меньше."]


def test_multi_sentence_quotes_and_dash_attribution_stay_together():
    text = "«Это не большой рынок. Это подрыв влияния», — отметил он. Потом он ушёл."
    assert _texts(text, "ru") == ["«Это не большой рынок. Это подрыв влияния», — отметил он.", "Потом он ушёл."]
    assert any(rule == "open_quote" for rule, _, _ in explain(text, "ru"))


def test_english_quote_spanning_sentences():
    text = "“We will build it. It will work,” said the minister. Others disagreed."
    assert _texts(text, "en") == ["“We will build it. It will work,” said the minister.", "Others disagreed."]


def test_headings_are_single_sentences_marked_as_headings():
    a = _article("The opening paragraph says something long enough.\nBackground\nThe body continues here with detail.")
    heads = [s for s in a.sentences if s.heading]
    assert [s.text for s in heads] == ["Background"]
    assert "Background" not in [s.text for s in a.body]


def test_mixed_script_token_is_flagged():
    a = _article("The programme предусматриes the building of four plants across the country.")
    flags = [f for f in a.flags if f.kind == "mixed_language"]
    assert [f.text for f in flags] == ["предусматриes"]
    assert a.text[flags[0].start:flags[0].end] == "предусматриes"


def test_reworded_repeated_sentence_is_flagged_but_a_different_number_is_not():
    a = _article("\n".join([
        "The first plant is expected to become operational in 2027, with the rest to follow in subsequent phases.",
        "Officials described the plan at length to reporters in the capital.",
        "The first plant is expected to begin operations in 2027, while the remaining facilities will follow in later phases.",
        "The first plant is expected to begin operations in 2029, while the remaining facilities will follow in later phases.",
    ]))
    dups = [f for f in a.flags if f.kind == "duplicate_sentence"]
    assert len(dups) == 1
    assert "begin operations in 2027" in dups[0].text


def test_sentence_in_another_language_is_detected():
    a = _article("Министр обороны выступил на пресс-конференции в столице во вторник и рассказал о планах. "
                 "По его словам, строительство завода начнётся весной, а первые снаряды выйдут через два года.\n"
                 "He said: the new plant will produce ammunition for the army.")
    assert a.language == "ru"
    assert [s.language for s in a.sentences] == ["ru", "ru", "en"]


# ---- long sentences: rule long_sentence keeps every sentence within MAX_SENTENCE ----------------

def _run_on(n_items: int) -> str:
    """A page with no full stop: list items joined by commas."""
    return ", ".join(f"item {i} of the list with a few words" for i in range(n_items))


def test_a_run_on_paragraph_is_cut_at_commas_within_the_limit_and_flagged():
    from storylens.segment import MAX_SENTENCE

    text = _run_on(400)  # about 15,000 characters, one "sentence" for razdel
    a = _article("Title line\n" + text)
    body = [s for s in a.sentences if s.paragraph == 1]
    assert len(body) > 1 and all(len(s.text) <= MAX_SENTENCE for s in body)
    assert all(s.text.endswith(",") for s in body[:-1])  # cut after a comma, never inside a word
    assert "".join(s.text for s in body).replace(" ", "") == text.replace(" ", "")  # nothing lost
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
    flags = [f for f in a.flags if f.kind == "long_sentence"]
    assert len(flags) == 1 and f"analysed as {len(body)} pieces" in flags[0].detail
    assert (flags[0].start, flags[0].end) == (body[0].start, body[-1].end)


def test_a_clause_mark_is_preferred_to_a_comma_and_a_token_without_spaces_is_cut_hard():
    from storylens.segment import MAX_SENTENCE, split_long

    text = "word, " * 100 + "the clause ends here; " + "word, " * 150
    pieces = split_long(text, (0, len(text)))
    assert text[pieces[0][0]:pieces[0][1]].endswith("here;")
    blob = "x" * (3 * MAX_SENTENCE + 5)
    assert [b - a for a, b in split_long(blob, (0, len(blob)))] == [MAX_SENTENCE] * 3 + [5]


def test_a_stray_quotation_mark_does_not_glue_a_paragraph_into_one_sentence():
    from storylens.segment import MAX_SENTENCE

    text = "«" + " ".join(f"Sentence number {i} says something about the plan." for i in range(200))
    pieces = _texts(text, "en")
    assert len(pieces) > 10 and all(len(p) <= MAX_SENTENCE for p in pieces)
    assert all(p.endswith(".") for p in pieces)  # pieces end where sentences end, never inside one


def test_a_sentence_repeated_many_times_is_flagged_once_per_copy_against_the_first():
    line = "The first plant is expected to become operational in 2027, officials said."
    a = _article("\n".join([line] * 300))
    dups = [f for f in a.flags if f.kind == "duplicate_sentence"]
    assert len(dups) == 299
    assert all("repeats sentence 0 " in f.detail for f in dups)
