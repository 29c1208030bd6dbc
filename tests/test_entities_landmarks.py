"""Names translated word by word (Sistine Chapel = Cappella Sistina = Kaplica Sykstyńska), a pope's given name that
opens like a country's name (Francis, Francesco: Francia), and a given name alone after a title, in sentences of
our own."""
from __future__ import annotations

from storylens.disjoint import DisjointSets
from storylens.entities import rules
from storylens.entities.cands import Sent
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.landmarks import link_landmarks, sound_key
from storylens.entities.link import Work
from storylens.entities.orglink import Org, _compatible
from test_entities_regnal import found
from test_entities_sound import groups


def test_a_given_name_that_opens_like_a_country_is_a_person_not_an_adjective():
    assert ("Francesco", "PER") in found("Ieri il papa Francesco ha benedetto la folla in piazza.", "it")
    assert ("Francisco", "PER") in found("Ayer el papa Francisco bendijo a la multitud en la plaza.", "es")
    assert ("Franciszek", "PER") in found("Wczoraj papież Franciszek pobłogosławił tłum na placu.", "pl")
    # a nationality is still no person
    assert not any(t == "Kazakh" for t, _ in found("Wczoraj Kazakh odpowiedział na pytania.", "pl"))


def test_a_given_name_alone_after_a_title_is_a_person_where_the_model_read_nothing():
    text = "Вчера папа Франциск благословил собравшихся на площади."
    s = Sent(text, 0, len(text), kit("ru"), gazetteer(("ru", "en")), True)  # modelled, and the model found nothing
    rules.apply(s)
    assert ("Франциск", "PER") in [(text[c.start:c.end], c.type) for c in s.cands]
    text = "Вчера министр Франциск благословил собравшихся."
    s = Sent(text, 0, len(text), kit("ru"), gazetteer(("ru", "en")), True)
    rules.apply(s)
    assert ("Франциск", "PER") in [(text[c.start:c.end], c.type) for c in s.cands]
    text = "Вчера папа Рим благословил собравшихся."  # no given name: nothing
    s = Sent(text, 0, len(text), kit("ru"), gazetteer(("ru", "en")), True)
    rules.apply(s)
    assert not any(c.rule == "titled_given_names" for c in s.cands)


def test_the_case_forms_a_language_lists_for_a_given_name_are_one_spelling_of_it():
    # papież Franciszek ... papieża Franciszka: one name in Polish, so the pope links across languages
    assert groups([("Francis", "en"), ("Francesco", "it"), ("Franciszek", "pl"), ("Franciszka", "pl")]) == [
        ["Francis", "Francesco", "Franciszek", "Franciszka"]]
    # two different names in one language still say nothing of which one is meant
    assert groups([("Giuseppe", "it"), ("José", "es"), ("Józef", "es")]) == [["Giuseppe"], ["José"], ["Józef"]]


def test_sound_keys_keep_the_consonants_translations_keep():
    keys = {sound_key(w, c) for w, c in [("Sistina", "it"), ("Sixtina", "es"), ("Sistine", "en"), ("Sixtine", "fr")]}
    assert keys == {"stn"}
    assert sound_key("Sykstyńską", "pl").startswith("stn") and sound_key("Сикстинскую", "ru").startswith("stn")
    assert sound_key("Paolina", "it") != "stn"


def _landmarks(names: list[tuple[str, str, tuple[str, ...]]]) -> list[list[str]]:
    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, "LOC", "rules", code, t, beside=beside)
          for i, (t, code, beside) in enumerate(names)]
    uf = DisjointSets(len(ws))
    link_landmarks(ws, uf)
    out: dict[int, list[str]] = {}
    for w in ws:
        out.setdefault(uf.find(w.idx), []).append(w.text)
    return sorted(out.values())


def test_a_chapel_named_in_six_languages_is_one_place_and_another_chapel_stays_apart():
    assert _landmarks([("Sistine Chapel", "en", ()), ("Cappella Sistina", "it", ()), ("Capilla Sixtina", "es", ()),
                       ("Kaplicę Sykstyńską", "pl", ()), ("Sixtine", "fr", ("chapelle",)),
                       ("Сикстинскую", "ru", ("капеллу",)), ("Cappella Paolina", "it", ())]) == [
        ["Cappella Paolina"],
        ["Sistine Chapel", "Cappella Sistina", "Capilla Sixtina", "Kaplicę Sykstyńską", "Sixtine", "Сикстинскую"]]


def test_a_square_named_for_a_saint_links_through_the_saints_translated_name():
    assert _landmarks([("Piazza San Pietro", "it", ()), ("Placu Świętego Piotra", "pl", ()),
                       ("Saint-Pierre", "fr", ("place",)), ("San Pedro", "es", ("plaza",)),
                       ("Piazza San Paolo", "it", ())]) == [
        ["Piazza San Paolo"], ["Piazza San Pietro", "Placu Świętego Piotra", "Saint-Pierre", "San Pedro"]]


def test_names_sharing_only_their_kind_or_without_a_kind_stay_apart():
    # one kind, different proper parts; a proper part alone (no kind) is not the chapel; a kind alone names nothing
    assert _landmarks([("Sistine Chapel", "en", ()), ("Capilla Real", "es", ()), ("Sistina", "it", ()),
                       ("Kaplica", "pl", ())]) == [["Capilla Real"], ["Kaplica"], ["Sistina"], ["Sistine Chapel"]]
    # two chapels in one language that both fit: which one is meant is unknown
    assert _landmarks([("Sistine Chapel", "en", ()), ("Cappella Sistina", "it", ()), ("Cappella Sestina", "it", ())]) \
        == [["Cappella Sestina"], ["Cappella Sistina"], ["Sistine Chapel"]]


def test_a_bodys_proper_part_alone_is_not_the_body_in_the_embedding_step():
    museums = Org(1, "ORG", ["Vatican Museums"], frozenset(), "museum", frozenset({"en"}), frozenset({"a"}))
    bare = Org(2, "ORG", ["Vaticano"], frozenset(), None, frozenset({"it"}), frozenset({"b"}))
    other = Org(3, "ORG", ["Musei Vaticani"], frozenset(), "museum", frozenset({"it"}), frozenset({"b"}))
    assert not _compatible(museums, bare, set())
    assert _compatible(museums, other, set())
    # a kind of body named alone is no proper part: "Comisión" may still be the European Commission
    alone = Org(4, "ORG", ["Comisión"], frozenset(), "commission", frozenset({"es"}), frozenset({"c"}))
    commission = Org(5, "ORG", ["European Commission"], frozenset(), "commission", frozenset({"en"}), frozenset({"a"}))
    assert _compatible(alone, commission, set())


def _checked(text: str, code: str) -> list[tuple[str, str]]:
    from storylens.entities.fallback import check_capitalised

    s = Sent(text, 0, len(text), kit(code), gazetteer((code, "en")), False)
    rules.apply(s)
    check_capitalised({"a": [s]})
    return [(text[c.start:c.end], c.type) for c in s.cands]


def test_words_in_capitals_the_story_writes_in_lower_case_are_a_pages_shouting_not_names():
    got = [t for t, _ in _checked("ÚLTIMA HORA EN DIRECTO: el cónclave sigue en Roma. Es la última hora, y en "
                                  "directo lo vemos. Un día HISTÓRICO, un momento histórico. La ONU calla.", "es")]
    assert "Roma" in got and "ONU" in got  # an acronym the story never writes in lower case stays
    assert not {"ÚLTIMA", "HORA", "EN", "DIRECTO", "HISTÓRICO", "ÚLTIMA HORA EN DIRECTO"} & set(got)
    # a short acronym an outlet also writes in lower case stays
    assert "DPA" in [t for t, _ in _checked("La agencia DPA informó. Según dpa, el puente cayó.", "es")]


def test_a_body_named_for_whom_it_serves_is_one_name():
    assert ("Dicasterio para los Obispos", "ORG") in _checked("La lista la prepara el Dicasterio para los Obispos.", "es")
    assert ("Dicastero per i Vescovi", "ORG") in _checked("La lista la prepara il Dicastero per i Vescovi.", "it")


def test_a_regnal_name_in_a_case_form_does_not_take_the_bare_name_in_its_article():
    from storylens.entities.link import link_within_articles

    names = [("Napoleona III", "PER"), ("Napoleona", "PER"), ("Eugenia", "PER")]
    ws = [Work(i, "a1", "s1", i * 20, i * 20 + len(t), t, ty, "rules", "pl", t) for i, (t, ty) in enumerate(names)]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    assert uf.find(0) != uf.find(1)
    # the first of the name is the one a bare name means: "Пётр I" ... "Пётр"
    ws = [Work(i, "a1", "s1", i * 20, i * 20 + len(t), t, "PER", "natasha", "ru", t) for i, t in enumerate(["Пётр I", "Пётр"])]
    uf = DisjointSets(len(ws))
    link_within_articles(ws, uf)
    assert uf.find(0) == uf.find(1)
