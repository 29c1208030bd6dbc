"""Quote extraction on small hand-built articles with hand-built entities."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storylens import segment
from storylens.api import load
from storylens.ingest import documents_from_texts
from storylens.model import Entity, Mention
from storylens.pipeline import Report
from storylens.quotes import extract_quotes
from storylens.quotes.cues import cues_for
from storylens.quotes.extract import Extractor
from storylens.resources import Context


@pytest.fixture(scope="module")
def ctx():
    return Context()


def make(ctx, text: str, people=(), orgs=()) -> Report:
    """One article segmented by the real stage, with entities for the given names (every occurrence)."""
    arts, errors = load(documents_from_texts([text]))
    assert not errors
    lang = "ru" if re.search("[а-яё]", text, re.I) else "en"  # the language stage is tested elsewhere
    report = segment.STAGE(Report(articles=tuple(replace(a, language=lang) for a in arts)), ctx)
    art = report.articles[0]
    ents = []
    for kind, groups in (("PER", people), ("ORG", orgs)):
        for n, names in enumerate(groups):
            eid = f"{kind.lower()}{n}"
            ms = tuple(Mention(art.id, m.start(), m.end(), m.group(), kind, entity=eid)
                       for name in names for m in re.finditer(re.escape(name), art.text))
            ents.append(Entity(eid, kind, names[0], tuple(names), (art.id,), ms))
    # a surname inside a full name is one mention, not two
    ents = [replace(e, mentions=tuple(m for m in e.mentions if not any(
        o is not m and o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
        for x in ents for o in x.mentions))) for e in ents]
    return replace(report, entities=tuple(ents))


def quotes(ctx, text, people=(), orgs=()):
    return extract_quotes(make(ctx, text, people, orgs))


def test_dash_attribution_with_pronoun_resolved_to_the_person(ctx):
    qs = quotes(ctx, "Политолог Дмитрий Родионов заявил, что видит в этом угрозу влиянию России.\n"
                     "«Это подрыв интеграции и авторитета», — отметил он.", people=[["Дмитрий Родионов"]])
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [
        ("indirect", "named", "per0"), ("direct", "pronoun", "per0")]
    assert qs[0].text.startswith("видит в этом угрозу")
    assert qs[1].text == "Это подрыв интеграции и авторитета"
    assert qs[1].cue == "отметил"
    assert (qs[1].speaker.text, qs[1].speaker.as_written) == ("Дмитрий Родионов", "он")
    assert qs[0].speaker.as_written is None


def test_pronoun_gender_from_the_verb_skips_the_nearer_man(ctx):
    qs = quotes(ctx, "Мария Петрова заявила, что завод откроют весной.\nИван Сидоров сегодня был на заводе.\n"
                     "«Мы готовы к запуску», — подчеркнула она.",
                people=[["Мария Петрова"], ["Иван Сидоров"]])
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker.entity == "per0"


def test_role_noun_points_back_to_the_person_introduced_with_it(ctx):
    qs = quotes(ctx, "Экономист Рахим Ахметов изучил проект.\n«Рынок слишком мал для этого», — отметил экономист.",
                people=[["Рахим Ахметов"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("role", "per0")]


def test_unnamed_source_kept_by_description(ctx):
    qs = quotes(ctx, "A senior military official told reporters that the new plant is critical to national security.")
    assert len(qs) == 1
    q = qs[0]
    assert (q.kind, q.speaker.kind, q.speaker.entity) == ("indirect", "unnamed", None)
    assert q.speaker.text == "A senior military official"
    assert q.text == "the new plant is critical to national security"


def test_later_pronoun_follows_the_unnamed_source(ctx):
    qs = quotes(ctx, "A senior military official told reporters that the plant matters. "
                     "He stressed that production must start this year.", people=[["John Smith"]])
    assert [q.speaker.text for q in qs] == ["A senior military official"] * 2
    assert qs[1].speaker.kind == "pronoun"


def test_organisation_speaker_with_colon(ctx):
    qs = quotes(ctx, "Министерство обороны отреагировало сдержанно: всё в рамках закона и никаких угроз нет.",
                orgs=[["Министерство обороны"]])
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("indirect", "organisation", "org0")]
    assert q_text(qs[0]).startswith("всё в рамках закона")


def q_text(q):
    return q.text


def test_company_management_resolves_to_the_company(ctx):
    qs = quotes(ctx, "Оператором проекта выступает компания Вектор.\n"
                     "Руководство компании заявляет о наличии полной сырьевой базы.", orgs=[["Вектор"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("organisation", "org0")]
    assert qs[0].text.startswith("о наличии")


def test_partial_quote_after_a_naming_verb(ctx):
    qs = quotes(ctx, "Депутат Алексей Журавлев назвал проект «недружественным шагом».", people=[["Алексей Журавлев"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("partial", "недружественным шагом", "per0")]


def test_scare_quotes_and_titles_without_a_speech_cue_are_not_quotes(ctx):
    qs = quotes(ctx, "В риторике всё сложилось в «Казахстан уходит», «дрейфует» и вообще «повторяет путь».\n"
                     "Завод «Прогресс» выпускает «умные» снаряды.")
    assert qs == []


def test_source_phrase_attributes_the_rest_of_the_sentence(ctx):
    qs = quotes(ctx, "По словам Русикова, все произошло между тремя и четырьмя часами утра.",
                people=[["Русикова"]])
    assert [(q.kind, q.speaker.entity, q.cue) for q in qs] == [("indirect", "per0", "По словам Русикова")]
    assert qs[0].text.startswith("все произошло")


def test_document_as_source_is_not_a_speaker(ctx):
    assert quotes(ctx, "According to a report by the outlet, the country had almost no production of shells.") == []


def test_negated_speech_verb_reports_nothing(ctx):
    assert quotes(ctx, "Он не сказал, что проект опасен для региона.", people=[["Иван Петров"]]) == []


def test_without_entities_the_speaker_text_is_kept(ctx):
    qs = quotes(ctx, "Алексей Журавлев заявил, что проект опасен для всего региона.")
    assert [(q.speaker.text, q.speaker.entity) for q in qs] == [("Алексей Журавлев", None)]


def test_english_inverted_attribution_and_apposition(ctx):
    qs = quotes(ctx, "“We are ready to start production next year,” said John Smith, a local official, "
                     "referring to the “historic” decision.", people=[["John Smith"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "We are ready to start production next year", "per0"), ("partial", "historic", "per0")]


def test_colon_at_paragraph_end_introduces_the_next_paragraph(ctx):
    qs = quotes(ctx, "Экономист Рахим Ахметов резюмирует это жёстко:\n"
                     "никакого «разворота» не существует – есть экономическая целесообразность.",
                people=[["Рахим Ахметов"]])
    assert len(qs) == 1 and qs[0].text.startswith("никакого «разворота»")
    assert qs[0].speaker.entity == "per0"


def test_each_quote_records_the_rule_that_found_it(ctx):
    report = make(ctx, "«Это подрыв интеграции», — отметил Иван Петров. Он также заявил, что рынок мал.",
                  people=[["Иван Петров"]])
    art = report.articles[0]
    found = Extractor(art, cues_for("ru"), sorted(report.entities[0].mentions, key=lambda m: m.start)).run()
    assert [f.rule for f in found] == ["direct-after", "indirect-clause"]
    assert all(art.text[f.start:f.end] for f in found)


def test_paragraph_of_quotation_continues_the_previous_speaker(ctx):
    qs = quotes(ctx, "“We will open the plant in May,” Anna Kovacs said.\n"
                     "“After that we will hire two hundred more workers from the town.”\n"
                     "The town has waited for years.", people=[["Anna Kovacs"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0"), ("direct", "per0")]
    assert qs[1].text.startswith("After that")


def test_source_phrase_introducing_a_quotation_gives_a_direct_quote(ctx):
    qs = quotes(ctx, "По словам Ивана Петрова, «завод заработает уже в мае следующего года».",
                people=[["Ивана Петрова"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "завод заработает уже в мае следующего года", "per0")]


def test_trailing_source_phrase_leaves_the_statement_before_it(ctx):
    qs = quotes(ctx, "The first plant will open in 2027, according to the defence ministry.",
                orgs=[["defence ministry"]])
    assert [(q.text, q.speaker.kind, q.speaker.entity) for q in qs] == [
        ("The first plant will open in 2027", "organisation", "org0")]


def test_participial_phrase_between_commas_is_not_the_subject(ctx):
    qs = quotes(ctx, "Врачи, лечащие Анну Иванову, говорят, что опасность ещё не миновала.", people=[["Анну Иванову"]])
    assert [(q.speaker.kind, q.speaker.text) for q in qs] == [("unnamed", "Врачи")]


def test_medium_named_in_quotation_marks_is_the_source(ctx):
    qs = quotes(ctx, "Как пишет «Коммерсантъ», сделка будет закрыта до конца года.")
    assert [(q.kind, q.speaker.kind, q.speaker.text, q.text) for q in qs] == [
        ("indirect", "organisation", "Коммерсантъ", "сделка будет закрыта до конца года")]


def test_modified_role_resolves_to_the_introduction_that_fits(ctx):
    qs = quotes(ctx, "Врио губернатора края Михаил Дегтярев приехал на площадь. Бывший губернатор Сергей Фургал арестован.\n"
                     "«Я не уеду из города», — заявил врио губернатора.",
                people=[["Михаил Дегтярев"], ["Сергей Фургал"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("role", "per0")]


def test_attribution_inside_the_quotation_marks_splits_it(ctx):
    qs = quotes(ctx, "«Это только начало, — добавил Иван Петров. — Мы ожидаем новых сокращений».",
                people=[["Иван Петров"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Это только начало", "per0"), ("direct", "Мы ожидаем новых сокращений", "per0")]


def test_quotation_after_the_attribution_sentence_continues_it(ctx):
    qs = quotes(ctx, "“This is only the beginning,” John Smith said. “We expect more layoffs next month.”",
                people=[["John Smith"]])
    assert [(q.text, q.speaker.entity) for q in qs] == [
        ("This is only the beginning", "per0"), ("We expect more layoffs next month", "per0")]


def test_plural_roles_are_a_group_not_the_last_speaker(ctx):
    qs = quotes(ctx, "Иван Петров заявил, что завод откроют весной.\nЭксперты считают, что ставка будет повышена в марте.",
                people=[["Иван Петров"]])
    assert [(q.speaker.kind, q.speaker.text, q.speaker.entity) for q in qs][1:] == [("unnamed", "Эксперты", None)]
    qs = quotes(ctx, "John Smith said the plant would open in spring. Officials said the fire was under control.",
                people=[["John Smith"]])
    assert [(q.speaker.kind, q.speaker.text, q.speaker.entity) for q in qs][1:] == [("unnamed", "Officials", None)]


def test_representatives_speak_for_their_organisation(ctx):
    qs = quotes(ctx, "Представители Демократической партии полагают, что этих средств недостаточно.",
                orgs=[["Демократической партии"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("organisation", "org0")]


def test_russian_pronoun_may_stand_for_an_organisation_just_quoted(ctx):
    qs = quotes(ctx, "Еврокомиссия заявила, что сделка опасна для рынка.\nПозже она заявила, что претензий больше нет.",
                orgs=[["Еврокомиссия"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("organisation", "org0"), ("pronoun", "org0")]


def test_attribution_closing_the_sentence_after_a_comma(ctx):
    qs = quotes(ctx, "Detachments are being created to patrol the streets in Minneapolis, The Wall Street Journal reports.",
                orgs=[["The Wall Street Journal"]])
    assert [(q.text, q.speaker.entity) for q in qs] == [
        ("Detachments are being created to patrol the streets in Minneapolis", "org0")]
    qs = quotes(ctx, "Завод закроют до конца года, сообщает ТАСС.", orgs=[["ТАСС"]])
    assert [(q.text, q.speaker.entity) for q in qs] == [("Завод закроют до конца года", "org0")]


def test_position_lookups_of_the_article_answer_like_a_pass_over_every_span_and_mention(ctx):
    import random

    from storylens.quotes.speakers import Doc

    text = "\n".join(f"«Первая фраза {i}», — сказал Иван Петров. Ольга Смирнова из «Компании {i}» молчала."
                     for i in range(30))
    art = make(ctx, text).articles[0]
    text = art.text
    cues = cues_for("ru")
    rnd = random.Random(5)
    spans = Extractor(art, cues, []).doc.spans
    mentions = sorted((Mention(art.id, a, a + rnd.randint(1, 15), "x", "PER")
                       for a in (rnd.randrange(len(text)) for _ in range(80))), key=lambda m: m.start)
    doc = Doc(art, cues, spans, mentions)
    for _ in range(400):
        a = rnd.randrange(len(text))
        b = a + rnd.randint(0, 200)
        assert doc.mentions_in(a, b) == [m for m in mentions if m.start >= a and m.end <= b]
        assert doc.mentions_at(a) == [m for m in mentions if m.start <= a < m.end]
        holder = [k for k, s in enumerate(spans) if s.start <= a < s.end]
        assert doc.span_at(a) == (holder[0] if holder else None)
        later = [k for k, s in enumerate(spans) if s.start >= a]
        assert doc.span_from(a) == (later[0] if later else None)
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", a)
        assert doc.line_bounds(a) == (line_start, len(text) if line_end < 0 else line_end)
