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
