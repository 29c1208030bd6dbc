"""Languages without a recogniser: capitalised runs with connectors, and the story's own text as a check."""
from __future__ import annotations

from storylens.entities import rules
from storylens.entities.cands import Cand, Sent
from storylens.entities.fallback import check_capitalised
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit


def sent(text: str, code: str = "es", modelled: bool = False) -> Sent:
    s = Sent(text, 0, len(text), kit(code), gazetteer(("en", "es", "fr")), modelled)
    return s


def spans(s: Sent) -> list[tuple[str, str]]:
    return [(s.text[c.start:c.end], c.type) for c in s.cands]


def test_an_organisations_first_word_makes_the_whole_run_one_name_without_its_article():
    s = sent("Según fuentes, El Ministerio de Defensa de Kazajistán lo confirmó a la prensa.")
    s.cands = rules.capitalised(s)
    assert spans(s) == [("Ministerio de Defensa de Kazajistán", "ORG")]


def test_stop_words_and_lone_sentence_starts_are_no_names():
    s = sent("Tanto Apple como Meta recurrirán.")
    s.cands = rules.capitalised(s)
    assert ("Apple", "MISC") in spans(s) and not any("Tanto" in t for t, _ in spans(s))
    s = sent("Nous pensons que c'est grave.", "fr")
    assert rules.capitalised(s) == []


def test_the_story_rejects_words_it_writes_in_lower_case_or_only_capitalises_at_sentence_starts():
    first = sent("Probablement la Commission va sanctionner Apple.")
    second = sent("Elle agira probablement vite contre Apple et Google.")
    for s in (first, second):
        s.cands = rules.capitalised(s)
    first.cands.append(Cand(0, len("Probablement"), "MISC", "rules", "capitalised"))
    check_capitalised({"a": [first], "b": [second]}, {"a": "s1", "b": "s1"})
    names = {t for s in (first, second) for t, _ in spans(s)}
    assert "Probablement" not in names  # "probablement" is in the story in lower case
    assert {"Apple", "Google", "Commission"} <= names


def test_elided_articles_and_determiners_are_trimmed_but_not_from_place_names():
    text = "Selon l’Élysée, El Salvador et la Commission européenne"
    s = sent(text, "fr", modelled=True)
    s.cands = [Cand(text.index("l’"), text.index(","), "LOC", "spacy"),
               Cand(text.index("El Salvador"), text.index(" et"), "LOC", "spacy"),
               Cand(text.index("la Commission"), len(text), "ORG", "spacy")]
    s.cands = rules.trim_edges(s)
    assert spans(s) == [("Élysée", "LOC"), ("El Salvador", "LOC"), ("Commission européenne", "ORG")]


def test_what_no_name_looks_like_is_dropped_whoever_found_it():
    text = "Le secteur tech et L. Dupont"
    s = sent(text, "fr", modelled=True)
    s.cands = [Cand(text.index("tech"), text.index("tech") + 4, "LOC", "spacy"),
               Cand(text.index("L."), text.index("L.") + 1, "LOC", "spacy"),
               Cand(0, 2, "ORG", "spacy")]
    assert rules.drop_non_names(s) == []


def test_elided_function_words_and_lone_head_nouns_are_no_names():
    text = "C’est la Commission qui décide, L’introduction de l’euro aussi."
    s = sent(text, "fr", modelled=True)
    s.cands = [Cand(0, text.index(" la"), "MISC", "spacy"), Cand(text.index("Commission"), text.index(" qui"), "ORG", "spacy"),
               Cand(text.index("L’intro"), text.index(" de l’"), "MISC", "spacy")]
    assert rules.drop_non_names(s) == []


def test_names_capitalised_on_their_first_word_only_end_at_the_head_of_a_body():
    s = sent("Решението беше одобрено от Европейската централна банка и от Европейския съюз в сряда.", "bg")
    s.cands = rules.apply(s)
    assert ("Европейската централна банка", "ORG") in spans(s) and ("Европейския съюз", "ORG") in spans(s)
    assert not any(t == "Европейската" for t, _ in spans(s))
    s = sent("Новината дойде от Българската народна банка.", "bg")
    s.cands = rules.apply(s)
    assert ("Българската народна банка", "ORG") in spans(s)
    s = sent("Решението беше одобрено от Европейската централна банка.", "es")  # the rule is language data
    s.cands = rules.apply(s)
    assert ("Европейската централна банка", "ORG") not in spans(s)


def test_a_seat_of_power_in_any_case_form_is_cut_out_of_a_capitalised_run():
    s = sent("Про це повідомив журналістам представник Кремля Дмітрій Пєсков.", "uk")
    s.cands = rules.apply(s)
    assert ("Кремля", "ORG") in spans(s) and not any("Кремля Д" in t for t, _ in spans(s))


def test_a_capitalised_run_headed_by_a_kind_of_place_is_a_place():
    s = sent("El apagón afectó a toda la Península Ibérica durante horas.")
    s.cands = rules.capitalised(s)
    assert ("Península Ibérica", "LOC") in spans(s)


def test_two_names_the_story_names_apart_are_split_where_a_model_joined_them():
    from storylens.entities.recognise import add_known_names

    joined = sent("Meta, the parent company of Facebook and Instagram, was fined.", "en", modelled=True)
    i = joined.text.index("Facebook")
    joined.cands = [Cand(i, i + len("Facebook and Instagram"), "ORG", "spacy", "")]
    apart = sent("Facebook et Instagram sont concernés.", "fr", modelled=True)
    apart.cands = [Cand(0, 8, "MISC", "spacy", ""), Cand(12, 21, "MISC", "spacy", "")]
    add_known_names({"a": [joined], "b": [apart]})
    assert sorted(spans(joined)) == [("Facebook", "MISC"), ("Instagram", "MISC")]


def test_an_elided_word_after_a_name_is_cut_off():
    s = sent("Il a dit que Poutine qu’il connaît bien.", "fr", modelled=True)
    i = s.text.index("Poutine")
    s.cands = [Cand(i, i + len("Poutine qu"), "PER", "spacy", "")]
    s.cands = rules.trim_edges(s)
    assert spans(s) == [("Poutine", "PER")]


def test_an_abbreviation_with_dots_and_spaces_is_one_name():
    s = sent("Habló el presidente electo de EE. UU., Donald Trump, ayer.")
    s.cands = rules.apply(s)
    assert ("EE. UU.", "LOC") in spans(s) and not any(t in ("EE", "UU") for t, _ in spans(s))
    s = sent("Об этом заявил В. В. Путин вчера.", "ru", modelled=True)
    i = s.text.index("Путин")
    s.cands = [Cand(i, i + 5, "PER", "natasha", "")]
    assert rules.dotted_abbreviations(s) == s.cands  # initials before a surname stay out


def test_an_organisation_runs_on_over_de_and_a_word_where_a_model_stopped():
    s = sent("L’Institut national espagnol de cybersécurité examine la possibilité d’une attaque.", "fr", modelled=True)
    s.cands = [Cand(0, len("L’Institut national espagnol"), "ORG", "spacy", "")]
    s.cands = rules.apply(s)
    assert ("Institut national espagnol de cybersécurité", "ORG") in spans(s)
    s = sent("La Commission européenne de 2019 a décidé.", "fr", modelled=True)
    s.cands = [Cand(3, 3 + len("Commission européenne"), "ORG", "spacy", "")]
    s.cands = rules.org_tail(s)
    assert spans(s) == [("Commission européenne", "ORG")]


def test_a_listed_place_at_a_sentence_start_is_kept_by_the_story_check():
    first = sent("Bruselas ya ha impuesto multas a Apple.")
    first.cands = rules.capitalised(first)
    check_capitalised({"a": [first]}, {"a": "s1"})
    assert ("Bruselas", "LOC") in spans(first)


def test_a_models_span_opening_with_common_words_starts_at_the_name():
    s = sent("Des passagers bloqués à l’aéroport de Lisbonne attendent.", "fr", modelled=True)
    i = s.text.index("aéroport")
    s.cands = [Cand(i, i + len("aéroport de Lisbonne"), "LOC", "spacy", "")]
    s.cands = rules.trim_edges(s)
    assert spans(s) == [("Lisbonne", "LOC")]


def test_a_kind_of_body_alone_is_no_name_in_the_fallback():
    s = sent("Según fuentes del Ejecutivo, el Gobierno aprobó la medida con Apple.")
    s.cands = rules.capitalised(s)
    assert spans(s) == [("Apple", "MISC")]


def test_italian_and_polish_names_by_their_language_data():
    s = sent("Secondo il Cremlino, il Ministero della Difesa ha informato l’Ue dell’attacco.", "it")
    s.cands = rules.capitalised(s)
    assert ("Cremlino", "ORG") in spans(s) and ("Ministero della Difesa", "ORG") in spans(s)
    s = sent("Papa Leone XIV ha ricevuto il presidente Sergio Mattarella.", "it")
    s.cands = rules.capitalised(s)
    assert spans(s) == [("Leone XIV", "PER"), ("Sergio Mattarella", "PER")]
    s = sent("Ministerstwo Obrony Narodowej poinformowało o dronach nad Polską.", "pl")
    s.cands = rules.capitalised(s)
    assert spans(s) == [("Ministerstwo Obrony Narodowej", "ORG"), ("Polską", "LOC")]


def test_polish_case_forms_are_found_as_their_places():
    k = kit("pl")
    gaz = gazetteer(("pl", "en"))
    for form in ("Polska", "Polsce", "Polski", "Polską"):
        assert k.place(gaz, form).key == "terr:PL", form
    assert k.place(gaz, "Warszawie").key == k.place(gaz, "Warszawa").key


def test_a_body_named_inside_another_bodys_name_is_a_name_of_its_own():
    s = sent("Bulgaria tendrá un asiento en el Consejo de Gobierno del Banco Central Europeo desde enero.")
    s.cands = rules.capitalised(s)
    assert [(t, c.nested) for (t, _), c in zip(spans(s), s.cands) if c.type == "ORG"] == [
        ("Consejo de Gobierno del Banco Central Europeo", False), ("Banco Central Europeo", True)]
    s = sent("Lo confirmó el Ministerio de Defensa de Kazajistán.")
    s.cands = rules.capitalised(s)
    assert not any(c.nested for c in s.cands)


def test_german_names_by_their_shape_where_every_noun_is_capitalised():
    s = sent("Der Stromausfall traf die gesamte Iberische Halbinsel und die Bahn.", "de")
    s.cands = rules.capitalised(s)
    assert spans(s) == [("Iberische Halbinsel", "LOC")]  # "Stromausfall", "Bahn": nouns, no names
    s = sent("Die EU-Kommission verhängte eine Strafe, sagte die Europäische Kommission.", "de")
    s.cands = rules.capitalised(s)
    assert spans(s) == [("EU-Kommission", "ORG"), ("Europäische Kommission", "ORG")]
    s = sent("Papst Leo XIV. empfing die Gläubigen.", "de")
    s.cands = rules.capitalised(s)
    assert spans(s) == [("Leo XIV", "PER")]
