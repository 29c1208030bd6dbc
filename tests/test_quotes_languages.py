"""Quote cue data per language: Italian, Polish, German and Ukrainian sentences written for these tests."""
from __future__ import annotations

import pytest

from storylens import lang
from storylens.quotes.cues import cues_for
from storylens.quotes.marks import find_spans
from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def found(qs):
    return [(q.kind, q.text, q.speaker.entity) for q in qs]


@pytest.mark.parametrize("code", ["en", "ru", "uk", "de", "fr", "es", "bg", "it", "pl", "el"])
def test_every_language_with_cue_data_has_the_core_tables(code):
    cues = cues_for(code)
    assert cues is not None and cues.code == code
    assert cues.pairs and cues.complementizers and cues.sources and cues.roles and cues.pronouns
    assert lang.data(code, "quotes")["verbs"]["forms"]


@pytest.mark.parametrize("text, lang_, want", [
    ("«Non ci sono alternative a questo piano», ha dichiarato Marco Bianchi ai giornalisti.", "it",
     ("direct", "Non ci sono alternative a questo piano")),
    ("“Il lavoro non è finito”, ha aggiunto la sindaca Marco Bianchi.", "it", ("direct", "Il lavoro non è finito")),
    ("Marco Bianchi ha affermato che il governo non cambierà la legge.", "it",
     ("indirect", "il governo non cambierà la legge")),
    ("Secondo Marco Bianchi, la crisi finirà presto.", "it", ("indirect", "la crisi finirà presto")),
    ("La crisi è finita, ha detto il ministro Marco Bianchi.", "it", ("indirect", "La crisi è finita")),
    ("„Nie pozwolimy na to, aby ktoś naruszał naszą przestrzeń” – powiedział minister Marco Bianchi.", "pl",
     ("direct", "Nie pozwolimy na to, aby ktoś naruszał naszą przestrzeń")),
    ("Marco Bianchi stwierdził, że rząd podejmie zdecydowane kroki.", "pl",
     ("indirect", "rząd podejmie zdecydowane kroki")),
    ("Według Marco Bianchi sytuacja jest pod kontrolą.", "pl", ("indirect", "sytuacja jest pod kontrolą")),
    ("Jak powiedział Marco Bianchi, wojsko jest w pełnej gotowości.", "pl",
     ("indirect", "wojsko jest w pełnej gotowości")),
    ("„Wir werden das Gesetz ändern“, sagte Minister Marco Bianchi am Montag.", "de",
     ("direct", "Wir werden das Gesetz ändern")),
    ("»Das ist nicht akzeptabel«, erklärte Marco Bianchi.", "de", ("direct", "Das ist nicht akzeptabel")),
    ("Marco Bianchi betonte, dass die Regierung schnell handeln müsse.", "de",
     ("indirect", "die Regierung schnell handeln müsse")),
    ("«Ми не допустимо цього», – заявив міністр Marco Bianchi.", "uk", ("direct", "Ми не допустимо цього")),
    ("Marco Bianchi наголосив, що уряд діятиме швидко.", "uk", ("indirect", "уряд діятиме швидко")),
])
def test_a_named_speaker_s_words_are_found_in_each_language(ctx, text, lang_, want):
    assert found(quotes(ctx, text, people=[["Marco Bianchi"]], lang=lang_)) == [(*want, "per0")]


def test_a_name_after_a_role_in_a_source_phrase_is_the_source(ctx):
    qs = quotes(ctx, "Secondo il portavoce Matteo Bruni il papa sta bene.", people=[["Matteo Bruni"]], lang="it")
    assert found(qs) == [("indirect", "il papa sta bene", "per0")]


def test_a_weekday_after_an_inverted_subject_is_not_the_speaker(ctx):
    qs = quotes(ctx, "„Wir sind bereit“, sagte Minister Hans Becker am Montag.", people=[["Hans Becker"]], lang="de")
    assert found(qs) == [("direct", "Wir sind bereit", "per0")]


@pytest.mark.parametrize("text, lang_", [
    ("Marco Bianchi è arrivato a Roma.\n«Siamo pronti a trattare», ha detto.", "it"),
    ("Anna Nowak przyjechała do Warszawy.\n„Jesteśmy gotowi” – powiedziała.", "pl"),
])
def test_a_verb_without_its_subject_speaks_for_the_person_named_before(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Marco Bianchi", "Anna Nowak"]], lang=lang_)
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("direct", "pronoun", "per0")]


def test_a_verb_without_its_subject_continues_the_organisation_that_spoke(ctx):
    qs = quotes(ctx, "El presidente Donald Trump ha amenazado con aranceles.\nApple respondió en un comunicado que las "
                     "decisiones son injustas. “Nos obligan a regalar nuestra tecnología”, añadió.",
                people=[["Donald Trump"]], orgs=[["Apple"]], lang="es")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "org0"), ("direct", "org0")]


def test_a_subjectless_verb_gives_nothing_in_a_language_that_needs_its_subject(ctx):
    qs = quotes(ctx, "Mark Bright came to Rome.\n“We are ready to talk,” said.", people=[["Mark Bright"]])
    assert qs == []


def test_a_sentence_pointing_back_attributes_the_one_before_in_italian_and_polish(ctx):
    qs = quotes(ctx, "La crisi finirà presto. Lo ha detto il ministro Marco Bianchi.", people=[["Marco Bianchi"]],
                lang="it")
    assert found(qs) == [("indirect", "La crisi finirà presto", "per0")]
    qs = quotes(ctx, "Rząd zwołał posiedzenie. O tym poinformowała rzeczniczka Anna Nowak.", people=[["Anna Nowak"]],
                lang="pl")
    assert found(qs) == [("indirect", "Rząd zwołał posiedzenie", "per0")]


@pytest.mark.parametrize("text, lang_", [
    ("Il secondo giorno di votazioni è cominciato alle nove.", "it"),
    ("Il film «La grande bellezza» ha vinto un premio.", "it"),
    ("Marco Bianchi non ha detto che il governo cadrà.", "it"),
    ("To była długa noc dla mieszkańców Warszawy.", "pl"),
    ("W drugim dniu szczytu „Nowa Europa” odbyła się debata.", "pl"),
    ("Marco Bianchi nie powiedział, że rząd upadnie.", "pl"),
    ("Der Film „Das Boot“ läuft heute im Kino.", "de"),
])
def test_titles_ordinals_and_negated_verbs_report_nothing(ctx, text, lang_):
    assert quotes(ctx, text, people=[["Marco Bianchi"]], lang=lang_) == []


def test_polish_quotation_closes_with_either_closing_mark():
    pairs = cues_for("pl").pairs
    for text in ("On: „Jesteśmy gotowi” i dalej.", "On: „Jesteśmy gotowi“ i dalej."):
        spans = find_spans(text, pairs)
        assert [text[s.start:s.end] for s in spans] == ["Jesteśmy gotowi"]


@pytest.mark.parametrize("text, lang_", [
    ("Leone XIV è apparso alla loggia.\n«Pace a tutti voi», ha detto il Pontefice dalla loggia.", "it"),
    ("Leon XIV wyszedł na balkon.\n„Pokój wam wszystkim” – powiedział papież.", "pl"),
    ("Leo XIV trat auf den Balkon.\n„Friede sei mit euch allen“, sagte der Papst.", "de"),
])
def test_a_church_office_points_to_the_person_named_just_before(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Leone XIV", "Leon XIV", "Leo XIV"]], lang=lang_)
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("direct", "role", "per0")]


@pytest.mark.parametrize("text, want", [
    ("Τίτλος\n«Η χώρα θα προχωρήσει με σταθερότητα», δήλωσε ο πρωθυπουργός Νίκος Αλεξίου.",
     ("direct", "Η χώρα θα προχωρήσει με σταθερότητα")),
    ("Τίτλος\n«Η χώρα θα προχωρήσει με σταθερότητα» τόνισε ο Νίκος Αλεξίου.",
     ("direct", "Η χώρα θα προχωρήσει με σταθερότητα")),
    ("Τίτλος\nΟ υπουργός Νίκος Αλεξίου δήλωσε ότι η κυβέρνηση θα στηρίξει τους πληγέντες.",
     ("indirect", "η κυβέρνηση θα στηρίξει τους πληγέντες")),
    ("Τίτλος\nΌπως δήλωσε ο Νίκος Αλεξίου, «η χώρα θα προχωρήσει με σταθερότητα».",
     ("direct", "η χώρα θα προχωρήσει με σταθερότητα")),
    ("Τίτλος\n«Η χώρα θα προχωρήσει με σταθερότητα». Αυτό δήλωσε ο Νίκος Αλεξίου.",
     ("direct", "Η χώρα θα προχωρήσει με σταθερότητα")),
    ("Τίτλος\nΑλεξίου: «Η χώρα θα προχωρήσει με σταθερότητα»", ("direct", "Η χώρα θα προχωρήσει με σταθερότητα")),
])
def test_greek_quotes_and_their_named_speaker(ctx, text, want):
    assert found(quotes(ctx, text, people=[["Νίκος Αλεξίου", "Αλεξίου"]], lang="el")) == [(*want, "per0")]


@pytest.mark.parametrize("text", [
    "Τίτλος\nΗ Ελένη Μαύρου ήταν στην Αθήνα.\n«Πρέπει να είμαστε ενωμένοι», ανέφερε αυτή.",
    "Τίτλος\nΗ Ελένη Μαύρου ήταν στην Αθήνα.\n«Πρέπει να είμαστε ενωμένοι», είπε.",
    "Τίτλος\nΗ εισαγγελέας Ελένη Μαύρου ανέλαβε την έρευνα.\n«Πρέπει να είμαστε ενωμένοι», ανέφερε η εισαγγελέας.",
])
def test_greek_pronoun_dropped_subject_and_role_point_back_to_the_person(ctx, text):
    qs = quotes(ctx, text, people=[["Ελένη Μαύρου"]], lang="el")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


@pytest.mark.parametrize("text", [
    "Τίτλος\nΟ υπουργός δεν είπε ότι η κυβέρνηση θα παραιτηθεί.",
    "Τίτλος\nΗ ταινία «Ο θίασος» προβλήθηκε χθες.",
])
def test_greek_negated_verbs_and_titles_report_nothing(ctx, text):
    assert quotes(ctx, text, lang="el") == []


@pytest.mark.parametrize("text, lang_", [
    ("Titel\nEmmanuel Macron reiste nach Berlin.\n„Europa muss sich verteidigen“, sagte der französische Präsident.",
     "de"),
    ("Tytuł\nEmmanuel Macron przyjechał do Brukseli.\n„Europa musi się bronić” – powiedział francuski prezydent.", "pl"),
    ("Τίτλος\nΟ Εμμανουέλ Μακρόν έφτασε στις Βρυξέλλες. «Η Ευρώπη πρέπει να αμυνθεί», δήλωσε ο Γάλλος πρόεδρος.", "el"),
    ("Titel\nPräsident Emmanuel Macron reiste nach Berlin. Bundeskanzler Hans Weber empfing ihn. Es gab Musik.\n"
     "„Europa muss sich verteidigen“, sagte der französische Präsident.", "de"),
])
def test_an_office_with_a_nationality_is_the_person_holding_it(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Emmanuel Macron", "Εμμανουέλ Μακρόν"], ["Hans Weber"]], lang=lang_)
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("direct", "role", "per0")]


def test_an_unnamed_source_with_modifiers_stays_unnamed(ctx):
    qs = quotes(ctx, "Titel\nEmmanuel Macron reiste nach Berlin.\n„Wir sind besorgt“, sagte ein hoher französischer Beamter.",
                people=[["Emmanuel Macron"]], lang="de")
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("unnamed", None)]


@pytest.mark.parametrize("text, lang_, want", [
    # the source named after the quotation with no verb ("Così X"), its name in apposition to the role
    ("Titolo\n“Il ministro è a Londra per colloqui”. Così il sottosegretario alla presidenza, Marco Bianchi, in "
     "conferenza stampa.", "it", ["Il ministro è a Londra per colloqui"]),
    # an attribution inside the marks between spaced hyphens, without a comma before them
    ("Titolo\n\"È fondamentale tornare liberi - ha continuato Marco Bianchi - Questo è il motivo della scelta\".", "it",
     ["È fondamentale tornare liberi", "Questo è il motivo della scelta"]),
    # a role labelling a quotation with a colon
    ("Titolo\nMarco Bianchi era a Roma.\nIl ministro: «Ridicolo darci le colpe»", "it", ["Ridicolo darci le colpe"]),
])
def test_italian_attributions_without_a_verb_or_a_comma(ctx, text, lang_, want):
    qs = quotes(ctx, text, people=[["Marco Bianchi"]], lang=lang_)
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("direct", w, "per0") for w in want]


def test_a_quotation_in_the_text_is_not_attributed_to_a_platform(ctx):
    qs = quotes(ctx, "Titre\n« La France sera aux côtés des familles », a écrit le président français sur X.", lang="fr")
    assert [(q.kind, q.speaker.kind) for q in qs] == [("direct", "unnamed")]


@pytest.mark.parametrize("text, lang_, want", [
    ("Заглавие\nБойко Петров говори пред журналисти.\n- Няма да се откажем - каза той.", "bg", ["Няма да се откажем"]),
    ("Заглавие\nБойко Петров говори пред журналисти.\n– Няма да се откажем, – каза той. – Ще продължим напред.", "bg",
     ["Няма да се откажем", "Ще продължим напред"]),
    ("Заголовок\nБойко Петров пришел на встречу.\n— Мы не отступим, — сказал он. — Это наш город.", "ru",
     ["Мы не отступим", "Это наш город"]),
])
def test_speech_set_off_by_dashes_is_a_quotation(ctx, text, lang_, want):
    qs = quotes(ctx, text, people=[["Бойко Петров"]], lang=lang_)
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("direct", w, "per0") for w in want]


def test_a_paragraph_opening_with_a_dash_without_attribution_is_no_speech(ctx):
    qs = quotes(ctx, "Заглавие\nБойко Петров изброи мерките:\n- по-ниски данъци - за всички;\n- нови пътища.",
                people=[["Бойко Петров"]], lang="bg")
    assert qs == []


@pytest.mark.parametrize("text, lang_", [
    ("Заглавие\nБойко Петров говори в София.\n\"Проведохме една нормална среща“, поясни още лидерът на партията.", "bg"),
    ("Заглавие\nБойко Петров говори в София.\n„Какъв е проблемът?“, гневно отсече министър-председателят.", "bg"),
    ("Tytuł\nPremier Bojko Petrow w Sofii: „Nie pozwolimy na prowokacje”.", "pl"),
    ("Titel\nBojko Petrow war in Kiew. Der Premier am Montag im Parlament: „Wir stehen an der Seite der Ukraine.“", "de"),
])
def test_mixed_marks_adverbs_and_a_person_before_a_colon(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Бойко Петров", "Bojko Petrow"]], lang=lang_)
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_a_title_case_quotation_after_a_colon_is_a_title(ctx):
    qs = quotes(ctx, "Title\nMark Bright Reviews The Film: 'The Long Night Of The Soul'\nIt opened on Friday.",
                people=[["Mark Bright"]])
    assert qs == []


@pytest.mark.parametrize("text, lang_", [
    # a feminine role word gives its holder's gender
    ("Titolo\nLa procuratrice Anna Rossi ha aperto un'indagine. Marco Bianchi era presente.\n"
     "«Abbiamo fatto tutto il possibile», ha detto lei.", "it"),
    ("Titel\nDie Staatsanwältin Anna Rossi leitet die Ermittlungen. Marco Bianchi war auch da.\n"
     "„Wir prüfen alle Spuren“, sagte sie.", "de"),
    # the Greek article before a name gives its gender
    ("Τίτλος\nΗ Άννα Ρόσι ήταν στην Αθήνα. Ο Μάρκο Μπιάνκι ήταν επίσης εκεί.\n«Πρέπει να είμαστε ενωμένοι», ανέφερε αυτή.",
     "el"),
])
def test_a_pronoun_goes_to_the_person_whose_gender_it_fits(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Anna Rossi", "Άννα Ρόσι"], ["Marco Bianchi", "Μάρκο Μπιάνκι"]], lang=lang_)
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_a_pronoun_reaches_back_across_paragraphs_when_no_one_is_near(ctx):
    text = ("Titre\nLaure Martin est arrivée à Sion.\nLes routes étaient fermées. La ville était calme. Les écoles "
            "restaient ouvertes. Le marché aussi. Les bus roulaient.\nLes trains aussi. Les cafés étaient pleins.\n"
            "« Nous avons identifié les victimes », a-t-elle déclaré.")
    qs = quotes(ctx, text, people=[["Laure Martin"]], lang="fr")
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("direct", "pronoun", "per0")]


def test_a_name_after_a_preposition_is_not_the_subject_of_the_verb_before_it(ctx):
    qs = quotes(ctx, "Tytuł\nAnna Nowak mówiła długo.\n„To poważne zagrożenie” – powiedziała w Sejmie.",
                people=[["Anna Nowak"]], orgs=[["Sejmie"]], lang="pl")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_the_report_framing_a_quotation_is_not_a_statement_of_its_own(ctx):
    qs = quotes(ctx, "Titel\nWie die Bild berichtet, sagte Staatsanwältin Anna Schmidt: „Wir prüfen alle Spuren.“",
                people=[["Anna Schmidt"]], orgs=[["Bild"]], lang="de")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("direct", "Wir prüfen alle Spuren", "per0")]


def test_a_relative_clause_after_a_name_gives_that_name_the_quotation(ctx):
    qs = quotes(ctx, "Titolo\n“Abbiamo vinto”, ha dichiarato Marco Bianchi, davanti al rivale, Luca Verdi, che da parte "
                     "sua ha proclamato davanti ai suoi sostenitori: “Questa notte vinceremo”.",
                people=[["Marco Bianchi"], ["Luca Verdi"]], lang="it")
    assert [(q.text, q.speaker.entity) for q in qs] == [("Abbiamo vinto", "per0"), ("Questa notte vinceremo", "per1")]
