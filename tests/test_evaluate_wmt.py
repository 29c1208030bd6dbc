"""Cross-language consistency measures on hand-built reports where the right counts are known."""
from __future__ import annotations

from storylens.evaluate import wmt
from storylens.evaluate.names import romanise, same_person
from storylens.evaluate.numbers import canonical, changed, keys, plant
from storylens.model import Article, Claim, Entity, Group, Mention, Value
from storylens.pipeline import Report


def test_numbers_read_alike_across_languages():
    assert keys("10 000 человек и 1,5 млн") == keys("10,000 people and 1.5 million") == {"10000", "1.5"}
    assert canonical("28.06.2021") == "28.06.2021"
    assert canonical("2.300") == "2300" and canonical("0,25") == "0.25"
    assert keys("в 2021 году 300 человек") == {"2021", "300"}


def test_a_planted_change_is_a_clearly_different_value():
    assert changed("2021") == "2024"  # a year stays a year
    assert changed("360") == "541"
    assert changed("1.5") == "2.5"
    text, new, at = plant("Headline 7\n\nIt cost 1,5 million and 7 more.", "7", start_at=12)
    assert (new, text[at:at + 2]) == ("11", "11") and text.startswith("Headline 7\n")
    assert plant("nothing here", "7") is None


def test_names_match_across_scripts_and_case_endings():
    assert romanise("Хабаровск") == romanise("Khabarovsk")
    assert same_person("Александра Русикова", "Alexander Rusikov")
    assert same_person("Путина", "Putin")
    assert not same_person("Петров", "Popov")
    assert not same_person("Иван", "")


def test_a_ruler_is_keyed_by_his_name_not_his_epithet_or_number():
    assert same_person("Peter the Great", "Петр I")
    assert same_person("Peter I", "Peter")
    assert not same_person("Peter the Great", "Alexander the Great")


def _art(doc: str, version: str, text: str = "") -> Article:
    return Article(id=f"{doc}.{version}", source=f"{doc}/{version}.txt", text=text)


def _m(version: str, text: str, eid: str) -> Mention:
    return Mention(article=f"d.{version}", start=0, end=len(text), text=text, type="PER", entity=eid)


def test_people_links_count_predicted_and_reference_pairs():
    # Rusikov: in all three versions, but the linker split en-b off; Ivanova: ru and en-a, linked.
    # The wrong entity e3 glues Ivanova (en-a) to Rusikov (en-b): one wrong predicted link.
    ents = (
        Entity("e1", "PER", "Русиков", (), ("d.ru", "d.en-a"), (_m("ru", "Александр Русиков", "e1"), _m("en-a", "Alexander Rusikov", "e1"))),
        Entity("e2", "PER", "Rusikov", (), ("d.en-b",), (_m("en-b", "Aleksandr Rusikov", "e2"),)),
        Entity("e4", "PER", "Иванова", (), ("d.ru", "d.en-a"), (_m("ru", "Ивановой", "e4"), _m("en-a", "Ivanova", "e4"))),
        Entity("e3", "PER", "x", (), ("d.en-a", "d.en-b"), (_m("en-a", "Ms Ivanova", "e3"), _m("en-b", "Rusikov", "e3"))),
    )
    notes: list[str] = []
    c = wmt.people_counts(Report(entities=ents), notes)
    assert "person link wrong: Ms Ivanova (en-a) ~ Rusikov (en-b)" in notes
    assert sum(n.startswith("person link missed") for n in notes) == 2
    # reference: Rusikov {ru,en-a,en-b} -> 3 links; Ivanova {ru,en-a} -> 1 link
    assert c["gold_links"] == 4
    # linked: Rusikov ru-en-a (e1), Rusikov en-a? no; Ivanova ru-en-a (e4) -> 2
    assert c["gold_ok"] == 2
    # predicted: e1 ru-en-a (right), e4 ru-en-a (right), e3 en-a-en-b (wrong: different persons)
    assert (c["pred_ok"], c["pred_links"]) == (2, 3)
    assert (c["all_linked"], c["in_all"]) == (0, 1)


def _claim(cid: str, version: str, text: str, *values: str) -> Claim:
    return Claim(id=cid, article=f"d.{version}", text=text, start=0, end=len(text),
                 values=tuple(Value("count", None, v) for v in values))


def test_numbers_in_agreed_groups_and_false_conflicts():
    arts = (_art("d", "ru", "Погибли 12 человек, ранены 30."), _art("d", "en-a", "12 died and 30 were hurt."),
            _art("d", "en-b", "Twelve... no: 12 died, 30 hurt, 5 left."))
    claims = (_claim("r1", "ru", "Погибли 12 человек", "12"), _claim("a1", "en-a", "12 died", "12"), _claim("b1", "en-b", "12 died", "12"),
              _claim("r2", "ru", "ранены 30", "30"), _claim("a2", "en-a", "30 were hurt", "30"), _claim("b5", "en-b", "5 left", "5"))
    groups = (Group("g1", "deaths", "agreed", ("r1", "a1", "b1"), ()),
              Group("g2", "hurt", "agreed", ("r2", "a2"), ()),  # misses en-b: does not cover 30
              Group("g3", "left", "conflicting", ("b5", "a2"), ()))
    report = Report(articles=arts, claims=claims, comparison=groups)
    shared = wmt.shared_numbers(report)
    assert shared == ["12", "30"]
    c = wmt.number_counts(report, shared)
    assert (c["covered"], c["shared"]) == (1, 2)
    assert (c["agreed_ok"], c["agreed"]) == (1, 2)
    assert (c["false_conflicts"], c["clean_doc"]) == (1, 0)


def test_a_planted_change_is_caught_only_by_a_conflicting_group_holding_both_values():
    claims = (_claim("r", "ru", "12 человек", "12"), _claim("a", "en-a", "12 people", "12"), _claim("b", "en-b", "19 people", "19"))
    caught = Report(claims=claims, comparison=(Group("g", "n", "conflicting", ("r", "a", "b"), ()),))
    assert wmt.conflict_counts(caught, "12", "19")["caught"] == 1
    as_agreed = Report(claims=claims, comparison=(Group("g", "n", "agreed", ("r", "a", "b"), ()),))
    assert wmt.conflict_counts(as_agreed, "12", "19")["caught"] == 0
    without_new = Report(claims=claims, comparison=(Group("g", "n", "conflicting", ("r", "a"), ()),))
    c = wmt.conflict_counts(without_new, "12", "19")
    assert (c["caught"], c["flagged"], c["flagged_ok"]) == (0, 1, 0)
    disputed = Report(claims=claims, comparison=(Group("g", "n", "disputed", ("r", "b"), ()),))
    assert wmt.conflict_counts(disputed, "12", "19")["caught_disputed"] == 1


def test_evaluate_runs_each_document_and_a_changed_copy(tmp_path):
    d = tmp_path / "doc1"
    d.mkdir()
    (d / "ru.txt").write_text("Заголовок 5\n\nВ городе 5 школ и 40 учителей.", encoding="utf-8")
    (d / "en-a.txt").write_text("Headline 5\n\nThe town has 5 schools and 40 teachers.", encoding="utf-8")
    (d / "en-b.txt").write_text("Headline 5\n\nThere are 5 schools and 40 teachers in town.", encoding="utf-8")
    (tmp_path / "incomplete").mkdir()
    docs = wmt.load_docs(tmp_path)
    assert [x.name for x in docs] == ["doc1"]
    seen: list[str] = []

    def analyse(documents):
        # a fake analysis: every text is one article and one claim; claims with the same numbers agree
        seen.append(documents[2].text)
        arts = tuple(Article(id=x.id, source=x.source, text=x.text.split("\n\n", 1)[1]) for x in documents)
        cl = tuple(Claim(id=f"c{i}", article=a.id, text=a.text, start=0, end=len(a.text)) for i, a in enumerate(arts))
        status = "agreed" if len({frozenset(keys(a.text)) for a in arts}) == 1 else "conflicting"
        return Report(articles=arts, claims=cl, comparison=(Group("g", "t", status, tuple(c.id for c in cl), ()),))

    sec = wmt.evaluate(docs, analyse)
    assert len(seen) == 2 and "There are 8 schools" in seen[1]  # 5 changed in the body, not in the headline
    assert sec.get("numbers.agreed").recall == 1.0
    assert sec.get("conflicts.caught").recall == 1.0
    assert sec.get("conflicts.clean_docs").recall == 1.0
