from storylens.framing import techniques

from framing_helpers import make_article


def found(art):
    return {(t.technique, t.text) for t in techniques.find_techniques(art)}


def test_spans_are_offsets_into_the_article_text():
    text = ("Heading\n"
            "The so-called reform is a shameful betrayal of voters.\n"
            "Who really believes these puppets?")
    art = make_article(text, headings=("Heading",))
    ts = techniques.find_techniques(art)
    assert ts
    for t in ts:
        assert art.text[t.start:t.end] == t.text


def test_english_cues_and_rhetorical_question():
    art = make_article("The so-called reform is a shameful betrayal.\nWho really believes these puppets?")
    got = found(art)
    assert ("Doubt", "so-called") in got
    assert ("Loaded language", "shameful") in got
    assert ("Name calling or labelling", "puppets") in got
    assert ("Rhetorical question", "Who really believes these puppets?") in got


def test_question_in_a_quote_or_heading_is_not_rhetorical():
    text = "Why now?\n“Why should we pay?” the mayor asked."
    art = make_article(text, headings=("Why now?",))
    assert not any(t.technique == "Rhetorical question" for t in techniques.find_techniques(art))


def test_russian_whataboutism_conspiracy_and_fear():
    text = ("Говорят о двойных стандартах, а сама Америка давно поставляет оружие.\n"
            "За всем этим стоит более широкий план англосаксов.\n"
            "Это может привести к катастрофе.")
    got = {t for t, _ in found(make_article(text, "ru"))}
    assert {"Whataboutism", "Conspiracy framing", "Appeal to fear"} <= got


def test_neutral_text_has_no_techniques():
    art = make_article("The council met on Tuesday. It approved the budget for next year.")
    assert techniques.find_techniques(art) == ()


def test_language_without_cue_data_still_finds_rhetorical_questions():
    art = make_article("Kto za to zaplati?", "xx")
    assert [t.technique for t in techniques.find_techniques(art)] == ["Rhetorical question"]
