"""Quotation marks: pairs, nesting, apostrophes and quotes over several paragraphs."""
from storylens.quotes.cues import cues_for
from storylens.quotes.marks import find_spans

RU = cues_for("ru").pairs
EN = cues_for("en").pairs


def spans(text, pairs):
    return [(text[s.start:s.end], s.depth) for s in find_spans(text, pairs)]


def test_guillemets_with_nested_low_quotes():
    t = "Он сказал: «Это „тест“ и всё», — отметил он."
    assert spans(t, RU) == [("Это „тест“ и всё", 0), ("тест", 1)]


def test_english_apostrophes_are_not_quotes():
    t = "Kazakhstan’s “unfriendly” move and it’s ‘odd’ too"
    assert spans(t, EN) == [("unfriendly", 0), ("odd", 0)]


def test_straight_double_quotes_pair_by_context():
    t = 'Телеканалу "360" он сказал: "все хорошо, спасибо".'
    assert spans(t, RU) == [("360", 0), ("все хорошо, спасибо", 0)]


def test_quote_continues_into_next_paragraph_when_it_reopens():
    t = "«Первый абзац.\n«Второй абзац», — сказал он."
    assert spans(t, RU) == [("Первый абзац.\n«Второй абзац", 0)]


def test_unclosed_quote_does_not_run_into_next_paragraph():
    t = "«Оборванная цитата\nНовый абзац «слово» здесь."
    assert spans(t, RU) == [("слово", 0)]


def test_quote_closing_a_few_paragraphs_later_without_reopening_marks():
    t = '"Во-первых, это решение РПЛ.\nЭто нарушает принцип.\nИ это не поддержат", - заявил он "сегодня".'
    assert spans(t, RU)[0] == ("Во-первых, это решение РПЛ.\nЭто нарушает принцип.\nИ это не поддержат", 0)


def test_newswire_double_apostrophes_pair_as_one_mark():
    t = "''This is not reform,'' said the economist. ''It is more complexity.'' It's 'odd'."
    found = find_spans(t, EN)
    assert [t[s.start:s.end] for s in found] == ["This is not reform,", "It is more complexity.", "odd"]
    assert (found[0].open_width, found[0].close_width, found[0].outer_start, found[0].outer_end) == (2, 2, 0, 23)


def test_depth_counts_the_spans_holding_each_one_in_deeply_nested_and_unclosed_text():
    import random

    rnd = random.Random(3)
    pieces = ["«", "»", "„", "“", " слово ", "\n", "“", "”", " x, ", "«Это»"]
    pairs = cues_for("ru").pairs
    for _ in range(200):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        spans = find_spans(text, pairs)
        assert [s.depth for s in spans] == [sum(1 for o in spans if o.start < s.start and s.end <= o.end) for s in spans]
        assert spans == sorted(spans, key=lambda s: (s.start, -s.end))


def test_a_text_cut_off_inside_a_quotation_of_its_last_paragraph_keeps_it():
    t = "Первый абзац.\nОн сказал: «Оборванная цитата без конца"
    assert spans(t, RU) == [("Оборванная цитата без конца", 0)]
    assert spans("«Оборванная цитата\nНовый абзац.", RU) == []


def test_nested_quotations_closed_by_one_mark_before_the_attribution():
    # «…«…»» written with one closing mark: the quotation and the name inside it end together
    t = "«Завод работает, в том числе АО «Рассвет», — говорится в сообщении.\nДругой абзац."
    assert spans(t, RU) == [("Завод работает, в том числе АО «Рассвет", 0), ("Рассвет", 1)]
    t = "«Мы победили в споре с АО «Рассвет».\nДругой абзац."
    assert spans(t, RU) == [("Мы победили в споре с АО «Рассвет", 0), ("Рассвет", 1)]
    # a mark closing a nested quotation in the middle stays the nested one's: «… «победой» – и …»
    t = "«Мы назвали это «победой» – и это правда», — сказал он."
    assert spans(t, RU) == [("Мы назвали это «победой» – и это правда", 0), ("победой", 1)]
    # a quotation carried on into a paragraph reopening it is not closed with the nested one
    t = "«Мы выиграли у АО «Рассвет».\n«Это важно», — сказал он."
    assert spans(t, RU)[0][0].startswith("Мы выиграли у АО «Рассвет».\n«Это важно")


def test_a_nested_single_quotation_closed_by_a_straight_apostrophe_before_the_double_close():
    # (a careless text opens the inner quotation with ‘ and closes it with a typewriter ' right before ”)
    t = "“The rule, they said, is ‘keep out of it,'” the mayor added. Then “another” one."
    assert spans(t, EN) == [("The rule, they said, is ‘keep out of it,'", 0), ("keep out of it,", 1),
                            ("another", 0)]


def test_a_straight_apostrophe_closes_only_a_single_quotation_it_can_close():
    t = "“The rule is ‘the Jones' way,’ we said,” she added."
    assert spans(t, EN)[0] == ("The rule is ‘the Jones' way,’ we said,", 0)
