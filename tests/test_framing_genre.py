import pytest

from storylens.framing import genre, genre_model

from framing_helpers import make_article

REPORT = (
    "The ministry announced on Monday that two new plants will be built near the capital.\n"
    "“Construction will start in spring,” the deputy minister told reporters, according to the state agency.\n"
    "The project will cost about 300 million dollars, officials said.\n"
    "Opposition lawmakers said the plan lacks detail, the agency reported.\n"
    "“We have not seen the budget yet,” one of them said."
)

OPINION = (
    "Why does the government keep pretending that everything is fine?\n"
    "I have watched this absurd spectacle for years, and frankly it is humiliating.\n"
    "Imagine a ministry that admits a mistake for once.\n"
    "Of course, that will not happen, and we all know why.\n"
    "Who benefits from this shameful silence?"
)


def test_wire_story_is_reporting_with_reasons():
    label, reasons = genre.genre(make_article(REPORT))
    assert label == "reporting"
    assert any("attributed" in r for r in reasons)
    assert any("quote density" in r for r in reasons)


def test_first_person_questions_and_evaluation_make_opinion():
    label, reasons = genre.genre(make_article(OPINION, author="Jane Doe"))
    assert label == "opinion"
    text = " ".join(reasons)
    assert "rhetorical question" in text and "first person" in text and "evaluative" in text
    assert "signed column" in text


def test_first_person_inside_quotes_is_not_the_authors_voice():
    s = genre.signals(make_article(REPORT))
    assert s.first_person == ()  # the only "we" is inside a quote
    assert s.questions == ()


def test_question_inside_a_quote_is_not_rhetorical():
    art = make_article("“Why should we pay for this?” the mayor asked, according to local media.")
    assert genre.signals(art).questions == ()


def test_too_little_signal_leaves_genre_unknown():
    label, reasons = genre.genre(make_article("Plants grow."))
    assert label is None
    assert reasons


def test_russian_opinion_from_language_data():
    text = (
        "Зачем нам очередная реформа, которую никто не просил?\n"
        "Честно говоря, автор этих строк устал от этих абсурдных обещаний.\n"
        "Судите сами: за пять лет наш бюджет вырос, а дороги стали хуже.\n"
        "Разумеется, чиновники скажут, что всё идёт по плану.\n"
        "Но почему мы должны им верить?"
    )
    label, reasons = genre.genre(make_article(text, "ru"))
    assert label == "opinion"
    assert any("first person" in r for r in reasons)


def test_every_rule_is_named_in_the_reasons():
    _, reasons = genre.genre(make_article(OPINION))
    names = {r.__name__ for r in genre.RULES} | {"model"}
    assert all(any(f"[{n}]" in r for n in names) for r in reasons)


def test_new_voice_signals_are_counted_outside_quotes():
    text = ("Why should you trust them!\nWe must act now, and you know it!\n"
            "“You should leave,” the mayor said.")
    art = make_article(text, title="Is this the end?")
    s = genre.signals(art)
    assert s.exclamations == 2
    assert [m.lower() for m in s.modality] == ["should", "must"]  # the quoted "should" is not the author's
    assert [m.lower() for m in s.second_person] == ["you", "you"]
    assert s.title_argues


MODEL = genre_model.GenreModel(
    names=tuple(n for n in genre_model.LABELS if n != "embedding"), mean=(0.0,) * 11, scale=(1.0,) * 11,
    weights=(1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, -2.0, 0.0, 0.0, 0.0), bias=0.0, threshold=0.5)


def test_the_model_weighs_signals_and_says_which_pushed():
    op = genre.signals(make_article(OPINION))
    rep = genre.signals(make_article(REPORT))
    assert MODEL.probability(op) > 0.5 > MODEL.probability(rep)
    line = genre_model.explain(MODEL, rep)
    assert line.startswith("opinion score") and "attributed statements -" in line and line.endswith("[model]")
    assert genre_model.from_dict(MODEL.to_dict()) == MODEL


def test_decide_uses_the_model_and_keeps_the_rules_as_reasons(monkeypatch):
    monkeypatch.setattr(genre_model, "load", lambda: MODEL)
    label, reasons = genre.decide(genre.signals(make_article(REPORT)))
    assert label == "reporting"
    assert reasons[0].endswith("[model]")
    assert any("[attributed_statements]" in r and not r.startswith("against") for r in reasons)


def test_dialogue_dash_speech_is_not_the_authors_first_person():
    text = ("Жители района жалуются на шум, сообщает городской портал.\n"
            "— Мы не спим уже месяц, я устала, наш дом трясётся, — говорит пенсионерка.\n"
            "В мэрии обещают проверить стройку.")
    s = genre.signals(make_article(text, "ru"))
    assert s.first_person == ()
    assert genre.classify(s)[0] == "reporting"


def test_ukrainian_and_german_data():
    uk = ("Навіщо нам ще одна реформа, про яку ніхто не просив?\n"
          "Чесно кажучи, автор цих рядків втомився від цих абсурдних обіцянок.\n"
          "Судіть самі: наш бюджет виріс, а дороги стали гіршими.")
    assert genre.genre(make_article(uk, "uk"))[0] == "opinion"
    de = ("Die Regierung hat am Montag neue Hilfen angekündigt, sagte ein Sprecher.\n"
          "Laut dem Ministerium sollen die Mittel ab Juni fließen.\n"
          "„Wir prüfen alle Anträge“, erklärte die Ministerin.")
    assert genre.genre(make_article(de, "de"))[0] == "reporting"


def test_headings_that_ask_or_judge_count_as_argument():
    text = "Why now?\nThe shameful truth\nBudget news\nThe council met. It approved the budget, the mayor said."
    art = make_article(text, headings=("Why now?", "The shameful truth", "Budget news"))
    s = genre.signals(art)
    assert s.argument_headings == ("Why now?", "The shameful truth")
    assert genre.headings_as_argument(s)[1] == 1.0


def test_the_document_vector_term_pushes_and_is_shown_as_one_reason():
    from dataclasses import replace
    model = replace(MODEL, embedding=(3.0, 0.0), embedding_offset=1.0)
    rep = genre.signals(make_article(REPORT))
    opinion_like, report_like = [1.0, 0.0], [0.0, 1.0]
    assert model.probability(rep, opinion_like) > model.probability(rep) > model.probability(rep, report_like)
    assert model.contributions(rep, opinion_like)["embedding"] == pytest.approx(2.0)
    assert "embedding" not in model.contributions(rep, [1.0, 0.0, 0.0])  # a vector of another encoder is ignored
    assert "reads like opinion pieces" in genre_model.explain(model, rep, opinion_like)
    assert genre_model.from_dict(model.to_dict()) == model
