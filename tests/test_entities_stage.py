"""The entities stage end to end: seeds (offsets, linking, over-merging), translations, fallback languages, aliases."""
from __future__ import annotations

from pathlib import Path

import pytest

from storylens.api import analyze
from storylens.evaluate import wmt
from storylens.evaluate.runner import analyser, stages_up_to
from storylens.resources import Context
from storylens.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
WMT = SHARED / "data" / "wmt21-ru-en-dev"


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context()


@pytest.fixture(scope="module")
def seeds(ctx):
    return analyze([SEEDS], ctx=ctx, stages=stages_up_to("entities"))


def entity_with(report, surface: str):
    hits = [e for e in report.entities if any(m.text == surface for m in e.mentions)]
    assert hits, f"no entity has a mention {surface!r}"
    assert len(hits) == 1, f"{surface!r} is in several entities: {[e.id for e in hits]}"
    return hits[0]


def test_mentions_point_into_sentences_and_headings_hold_only_names_known_from_body_text(seeds):
    by_id = {a.id: a for a in seeds.articles}
    in_headings = 0
    for e in seeds.entities:
        body = [m for m in e.mentions if not by_id[m.article].sentence_at(m.start).heading]
        for m in e.mentions:
            a = by_id[m.article]
            assert a.text[m.start:m.end] == m.text
            s = a.sentence_at(m.start)
            assert s is not None
            if s.heading:  # a headline names an entity only as the story's body text names it
                in_headings += 1
                assert m.source == "known" and body, f"{m.text!r} in a heading is not a name known from body text"
            assert m.entity == e.id and m.type == e.type and m.normal
    assert in_headings  # "Зачем Казахстану свои снаряды?": Kazakhstan, named in the body, in a sub-heading


def test_ids_are_unique_readable_slugs(seeds):
    ids = [e.id for e in seeds.entities]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("e-") and i == i.lower() and " " not in i for i in ids)


def test_person_linked_across_scripts_with_latin_display(seeds):
    e = entity_with(seeds, "Alexey Zhuravlev")
    texts = {m.text for m in e.mentions}
    assert {"Zhuravlev", "Алексей Журавлев"} <= texts
    assert e.type == "PER" and e.name == "Alexey Zhuravlev" and e.id == "e-zhuravlev"
    assert len(e.articles) == 2


def test_russian_normal_forms(seeds):
    normals = {m.text: m.normal for e in seeds.entities for m in e.mentions}
    assert normals["Карагандой"] == "Караганда"
    assert normals["Госдумы"] == "Госдума"
    assert normals["Министерство обороны Казахстана"] == "Министерство обороны Казахстана"  # never "Министерство оборона"


def test_acronym_and_expansion_are_one_entity(seeds):
    e = entity_with(seeds, "ОДКБ")
    assert any(m.normal == "Организация Договора о коллективной безопасности" for m in e.mentions)
    assert e.name == "Организация Договора о коллективной безопасности"  # no Latin form: the expansion
    assert entity_with(seeds, "ЕАЭС") is entity_with(seeds, "Евразийского экономического союза")


def test_exonyms_link_places_across_languages(seeds):
    assert entity_with(seeds, "Moscow") is entity_with(seeds, "Москве")
    russia = entity_with(seeds, "Russia")
    assert {"России", "РФ"} <= {m.text for m in russia.mentions}
    assert russia.name == "Russia" and russia.type == "LOC"


def test_organisation_linked_by_meaning_across_languages(seeds):
    assert entity_with(seeds, "Russian State Duma") is entity_with(seeds, "Госдумы")


def test_no_merging_of_things_sharing_a_word(seeds):
    assert entity_with(seeds, "Moscow Times") is not entity_with(seeds, "Moscow")
    assert entity_with(seeds, "Russian State Duma") is not entity_with(seeds, "Russia")


def test_projects_are_misc(seeds):
    assert entity_with(seeds, "ASPAN").type == "MISC"
    assert entity_with(seeds, "Мсты‑С").type == "MISC"


def test_no_entity_from_headings_or_common_words(seeds):
    texts = {m.text for e in seeds.entities for m in e.mentions}
    assert "Риторика" not in texts and "Kazakh" not in texts


@pytest.mark.skipif(not WMT.is_dir(), reason="shared wmt21 data not present")
def test_people_link_across_translations(ctx):
    analyse = analyser(ctx, "entities")
    totals: dict[str, int] = {}
    notes: list[str] = []
    for doc in wmt.load_docs(WMT, limit=6):
        for k, v in wmt.people_counts(analyse(doc.documents()), notes).items():
            totals[k] = totals.get(k, 0) + v
    assert totals["in_all"] >= 6
    assert totals["all_linked"] >= 0.8 * totals["in_all"], notes


def test_fallback_language_without_model_still_finds_entities(ctx):
    texts = ["Η Ελλάδα και η Τουρκία συζήτησαν στην Αθήνα. Ο υπουργός μίλησε για το ΝΑΤΟ.",
             "Greece and Turkey talked in Athens. The minister spoke about NATO."]
    report = analyze(texts=texts, ctx=ctx, stages=stages_up_to("entities"))
    greek = report.articles[0].id
    greek_entities = [e for e in report.entities if greek in e.articles]
    assert greek_entities, "no entity in the Greek article"
    athens = next(e for e in report.entities if any(m.text == "Athens" for m in e.mentions))
    assert greek in athens.articles and athens.type == "LOC"


def test_alias_file_overrides_name_and_links(tmp_path):
    alias = tmp_path / "aliases.toml"
    alias.write_text('[[entity]]\nname = "Collective Security Treaty Organization"\ntype = "ORG"\n'
                     'variants = ["CSTO", "ОДКБ"]\n', encoding="utf-8")
    ctx = Context(Settings(aliases=str(alias)))
    report = analyze(texts=["Армения не поедет на саммит ОДКБ в Минске.",
                            "Armenia will skip the CSTO summit in Minsk."], ctx=ctx, stages=stages_up_to("entities"))
    e = entity_with(report, "ОДКБ")
    assert e.name == "Collective Security Treaty Organization" and e.type == "ORG"
    assert any(m.text == "CSTO" for m in e.mentions) and len(e.articles) == 2


def test_fallback_languages_link_to_english(ctx):
    texts = ["Президент України Володимир Зеленський зустрівся з канцлером Німеччини Олафом Шольцом.",
             "Bundeskanzler Olaf Scholz hat den ukrainischen Präsidenten Wolodymyr Selenskyj getroffen.",
             "Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz on Monday, officials said."]
    report = analyze(texts=texts, ctx=ctx, stages=stages_up_to("entities"))
    zelensky = entity_with(report, "Volodymyr Zelensky")
    assert {"Володимир Зеленський", "Wolodymyr Selenskyj"} <= {m.text for m in zelensky.mentions}
    assert zelensky.type == "PER"
    assert entity_with(report, "Німеччини").name == "Germany"  # case ending stripped for the gazetteer
    assert "Володимир" not in {m.text for e in report.entities for m in e.mentions}  # a first name, not the city
