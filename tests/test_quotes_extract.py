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
from storylens.quotes import article_mentions, extract_quotes
from storylens.quotes.cues import cues_for
from storylens.quotes.extract import Extractor
from storylens.resources import Context


@pytest.fixture(scope="module")
def ctx():
    return Context()


def make(ctx, text: str, people=(), orgs=(), lang: str | None = None, misc=(), places=()) -> Report:
    """One article segmented by the real stage, with entities for the given names (every occurrence)."""
    arts, errors = load(documents_from_texts([text]))
    assert not errors
    lang = lang or ("ru" if re.search("[а-яё]", text, re.I) else "en")  # the language stage is tested elsewhere
    report = segment.STAGE(Report(articles=tuple(replace(a, language=lang) for a in arts)), ctx)
    art = report.articles[0]
    ents = []
    for kind, groups in (("PER", people), ("ORG", orgs), ("MISC", misc), ("LOC", places)):
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


def quotes(ctx, text, people=(), orgs=(), lang=None, misc=(), places=()):
    return extract_quotes(make(ctx, text, people, orgs, lang, misc, places))


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

    from storylens.quotes.document import Doc
    from storylens.quotes.subjects import sentence_stop

    text = "\n".join(f"«Первая фраза {i}», — сказал в г. Тула Иван Петров. Ольга Смирнова из «Компании {i}» молчала!"
                     for i in range(30))
    art = make(ctx, text).articles[0]
    text = art.text
    cues = cues_for("ru")
    rnd = random.Random(5)
    spans = Extractor(art, cues, []).doc.spans
    mentions = sorted((Mention(art.id, a, a + rnd.randint(1, 15), "Nemo", "PER")
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
        # the lookups over the marks (outer_start / outer_end) and over mentions the quotes rules use
        outer = [k for k, s in enumerate(spans) if s.outer_start >= a]
        assert doc.span_outer_from(a) == (outer[0] if outer else None)
        opening = [k for k, s in enumerate(spans) if s.outer_start <= a < s.end]
        assert doc.span_opening_at(a) == (opening[0] if opening else None)
        assert (doc.span_enclosing(a, b) is not None) == any(s.outer_start <= a and b <= s.outer_end for s in spans)
        assert list(doc.spans_over(a, b)) == [k for k, s in enumerate(spans) if s.start < b and a < s.end]
        assert doc.quotes_in(a, b) == any(a <= s.start < b for s in spans)
        assert doc.mentions_over(a, b) == [m for m in mentions if m.start < b and a < m.end]
        assert doc.mention_starting(a, a + 2) == any(a <= m.start <= a + 2 for m in mentions)
        limit = rnd.randint(1, 30)
        assert doc.toks_from(a, b, limit, before=a + 50) == [t for t in doc.toks(a, b) if t.start < a + 50][:limit]
    for s in spans:  # stop_after reads the text from a closing mark on, as rule 1 does
        for b in range(s.outer_end, min(len(text), s.outer_end + 80) + 1):
            stop = sentence_stop(text[s.outer_end:b])
            assert doc.stop_after(s.outer_end, b) == (s.outer_end + stop.start() if stop else None)


def test_quote_opening_a_paragraph_after_a_quoted_paragraph_is_attributed_after(ctx):
    qs = quotes(ctx, "Mary Stone spoke on Monday.\n\n“The plan is sound,” she said.\n\n"
                     "“We will not wait any longer,” said Rep. John Miles. “The vote is this week.”",
                people=[["Mary Stone"], ["John Miles"]])
    direct = [(q.text, q.speaker.entity) for q in qs if q.kind == "direct"]
    assert direct == [("The plan is sound", "per0"), ("We will not wait any longer", "per1"),
                      ("The vote is this week", "per1")]


def test_cue_clause_ending_in_a_comma_or_a_verb_introduces_the_quotation(ctx):
    qs = quotes(ctx, "Asked about the fine, John Miles said, “We will appeal it.”\n\n"
                     "In an interview Mary Stone declared “The rules are clear.”",
                people=[["John Miles"], ["Mary Stone"]])
    assert [(q.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [
        ("We will appeal it", "per0"), ("The rules are clear", "per1")]


def test_transcript_labels_give_each_answer_its_speaker(ctx):
    text = ("Partial transcript of the interview with Dana Kemp follows.\n\n"
            "\"HOST: Will the senator run again next year?\n\n"
            "\"KEMP: Of course I will. The work is not finished.\n\n"
            "\"And the voters know it.\n\n"
            "\"HOST: Thank you.\"")
    rep = make(ctx, text, people=[["Dana Kemp"]])
    art = rep.articles[0]
    found = Extractor(art, cues_for("en"), sorted(article_mentions(rep)[art.id], key=lambda m: m.start)).run()
    rows = [(f.rule, f.speaker.text, art.text[f.start:f.end]) for f in found]
    assert rows[0] == ("direct-transcript", "Host", "Will the senator run again next year")
    assert rows[1][:2] == ("direct-transcript", "Dana Kemp") and rows[1][2].endswith("And the voters know it")
    assert rows[2][2] == "Thank you"


def test_a_single_capitalised_label_is_not_a_transcript(ctx):
    found = Extractor(make(ctx, "The vote was delayed.\n\nUPDATE: The vote is now set for Friday.").articles[0],
                      cues_for("en"), []).run()
    assert not [f for f in found if f.rule == "direct-transcript"]


def test_an_untagged_name_right_next_to_the_verb_speaks_but_not_a_title(ctx):
    qs = quotes(ctx, "Senators met on Tuesday with John Miles.\n\n“Every time you say that, you lose,” Tester said.\n\n"
                     "“The bill is dead,” said Rep. John Miles.", people=[["John Miles"]])
    assert [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [("Tester", None), ("John Miles", "per0")]


def test_gender_learned_from_pronouns_resolves_she(ctx):
    text = ("Mary Stone met Tom Bell on Monday. Later Mary Stone presented her plan to the board and she took questions.\n\n"
            "Tom Bell left early with his aides.\n\n“This plan is fair,” she said.")
    qs = quotes(ctx, text, people=[["Mary Stone"], ["Tom Bell"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs if q.kind == "direct"] == [("pronoun", "per0")]


def test_apposition_before_the_verb_and_a_nickname_in_marks(ctx):
    text = ("“We need this seat!” Scott's niece, Del. Marcia “Cia” Price, shouted to the crowd.\n\n"
            "“It is a fair deal,” Ann Lee, an economist at the Budget Center, said on Monday. “Nobody loses by it.”")
    qs = quotes(ctx, text, people=[["Scott"], ["Marcia “Cia” Price"], ["Ann Lee"]])
    assert [(q.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [
        ("We need this seat", "per1"), ("It is a fair deal", "per2"), ("Nobody loses by it", "per2")]


def test_a_surname_alone_is_the_person_named_in_full_and_mixed_marks_still_pair(ctx):
    text = ("Sen. David Vitter spoke last.\n\n“Why is this bank not too big to manage?\" Vitter demanded.")
    qs = quotes(ctx, text, people=[["David Vitter"]])
    assert [(q.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [
        ("Why is this bank not too big to manage", "per0")]


def test_reported_speech_attributed_at_its_end_is_continued_by_the_next_quotation(ctx):
    text = "The answers are “not meeting the demand,” says Paul Reed, a veterans advocate. “We need more help.”"
    qs = quotes(ctx, text, people=[["Paul Reed"]])
    assert ("We need more help", "per0") in [(q.text, q.speaker.entity) for q in qs if q.kind == "direct"]


def test_french_spaced_guillemets_and_a_subject_glued_to_its_verb(ctx):
    text = ("Le procès s'ouvre.\n\nLa juge Claire Dubois a ouvert l'audience. "
            "« Nous irons jusqu'au bout de cette affaire », a-t-elle déclaré.\n"
            "« Le dossier est solide », affirme Paul Martin.")
    qs = quotes(ctx, text, people=[["Claire Dubois"], ["Paul Martin"]], lang="fr")
    assert [(q.text, q.speaker.kind, q.speaker.entity) for q in qs if q.kind == "direct"] == [
        ("Nous irons jusqu'au bout de cette affaire", "pronoun", "per0"), ("Le dossier est solide", "named", "per1")]


def test_bulgarian_low_high_marks_with_the_speaker_after_the_verb(ctx):
    text = "Еврото идва.\n\nМинистър Мария Петрова говори пред медиите. „Готови сме за еврото“, каза тя."
    qs = quotes(ctx, text, people=[["Мария Петрова"]], lang="bg")
    assert [(q.text, q.speaker.entity, q.cue) for q in qs if q.kind == "direct"] == [("Готови сме за еврото", "per0", "каза")]


def test_spanish_inverted_attribution(ctx):
    qs = quotes(ctx, "El apagón.\n\n«La red ya funciona con normalidad», dijo Ana López en Madrid.",
                people=[["Ana López"]], lang="es")
    assert [(q.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [("La red ya funciona con normalidad", "per0")]


def test_a_language_without_cue_data_takes_the_nearest_named_person(ctx):
    # (a made-up code: the languages without a folder gain theirs one by one, Swedish and Portuguese among them)
    text = ("Toppmöte i Stockholm.\n\n«Vi godtar inga nya nedskärningar i vården», sa Giorgia Bianchi.\n"
            "Ministern Marco Rossi svarade: «Lagen är densamma som antogs i oktober».")
    rep = make(ctx, text, people=[["Giorgia Bianchi"], ["Marco Rossi"]], lang="zz")
    art = rep.articles[0]
    found = Extractor(art, cues_for("zz"), sorted(article_mentions(rep)[art.id], key=lambda m: m.start)).run()
    assert [(f.rule, f.speaker.entity) for f in found] == [("direct-nearest", "per0"), ("direct-nearest", "per1")]


def test_a_medium_relays_and_the_person_speaks_and_a_role_points_to_the_person_just_introduced(ctx):
    text = ("Звонка не было.\n\nКак передает ТАСС, об этом заявил пресс-секретарь президента Дмитрий Песков.\n"
            "\"Не было разговора, - заявил представитель Кремля. - Это чистая выдумка\".")
    qs = quotes(ctx, text, people=[["Дмитрий Песков"]], orgs=[["ТАСС"]])
    assert {q.speaker.entity for q in qs} == {"per0"}
    assert [q.text for q in qs if q.kind == "direct"] == ["Не было разговора", "Это чистая выдумка"]


def test_a_name_typed_misc_is_taken_next_to_the_verb(ctx):
    text = "El apagón.\n\nSegún Peskov, «esa noticia es una pura invención».\n"
    rep = make(ctx, text, lang="es")
    art = rep.articles[0]
    misc = [Mention(art.id, m.start(), m.end(), "Peskov", "MISC", entity="m0") for m in re.finditer("Peskov", art.text)]
    found = Extractor(art, cues_for("es"), misc).run()
    assert [(f.kind, f.speaker.text) for f in found] == [("direct", "Peskov")]


def test_a_role_holder_comes_after_its_possessor_or_after_a_comma(ctx):
    ru = "Звонка не было.\n\n«Это чистая выдумка», — заявил пресс-секретарь президента Владимира Путина Дмитрий Песков."
    qs = quotes(ctx, ru, people=[["Владимира Путина"], ["Дмитрий Песков"]])
    assert [q.speaker.entity for q in qs if q.kind == "direct"] == ["per1"]
    en = "No call.\n\n“It is pure fiction,” said a spokesman for President Vladimir Putin, Dmitry Peskov."
    qs = quotes(ctx, en, people=[["Vladimir Putin"], ["Dmitry Peskov"]])
    assert [q.speaker.entity for q in qs if q.kind == "direct"] == ["per1"]


def test_names_typed_misc_are_people_where_no_one_is_typed_per(ctx):
    text = "Le procès.\n\nLa juge Claire Dubois a ouvert l'audience.\n« Nous irons jusqu'au bout », a-t-elle déclaré."
    rep = make(ctx, text, lang="fr")
    art = rep.articles[0]
    misc = [Mention(art.id, m.start(), m.end(), "Claire Dubois", "MISC", entity="m0") for m in re.finditer("Claire Dubois", art.text)]
    found = Extractor(art, cues_for("fr"), misc).run()
    assert [(f.kind, f.speaker.entity) for f in found] == [("direct", "m0")]


def test_a_weekday_next_to_the_verb_is_not_a_speaker(ctx):
    qs = quotes(ctx, "Blackout.\n\n“It never happened,” Pedro Ruiz said Monday.", people=[["Pedro Ruiz"]])
    assert [(q.speaker.entity, q.speaker.text) for q in qs if q.kind == "direct"] == [("per0", "Pedro Ruiz")]


def test_a_possessive_inside_the_mention_is_a_modifier_not_the_speaker(ctx):
    # (a recogniser may take the possessive ending into the name: the mention is "Scott's")
    qs = quotes(ctx, "Title\nBobby Scott spoke first.\n\"This is a big year,\" Scott's niece, Marcia Price, shouted.",
                people=[["Bobby Scott", "Scott's"], ["Marcia Price"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per1")]
