from datetime import date

import pytest

from storylens.clean import clean, normalise
from storylens.errors import InputRejected
from storylens.ingest import Document

TODAY = date(2026, 1, 10)


def _clean(text, **kw):
    return clean(Document("t", "t.txt", text=text, **kw), today=TODAY)


def test_metadata_header_becomes_date_and_title_and_is_recorded():
    a = _clean(" date 2025-12-18 Большие планы\nПравительство объявило о новой программе строительства.")
    assert a.published == "2025-12-18"
    assert a.title == "Большие планы"
    assert "date 2025-12-18 Большие планы" in a.removed
    assert "date 2025" not in a.text
    assert a.meta["removed_by"][0]["rule"] == "metadata_header"


def test_text_after_the_date_header_that_reads_as_a_lead_stays_in_the_body():
    lead = "„Die Macht geht vom Volk aus“, sagte der Premier nach Angaben der Agentur. Am Tag davor wollte er bleiben."
    a = _clean(f" date 2025-12-11 {lead}<BR /><BR />Zehntausende demonstrierten am Mittwochabend.")
    assert a.published == "2025-12-11"
    assert a.title is None
    assert a.text.split("\n") == [lead, "Zehntausende demonstrierten am Mittwochabend."]
    assert a.meta["removed_by"] == [{"line": "date 2025-12-11", "rule": "metadata_header"}]


def test_a_month_only_header_leaves_the_body_and_invents_no_day():
    lead = "Das Stromnetz habe in nur fünf Sekunden 15 Gigawatt verloren, erklärte der Regierungschef am Montag."
    a = _clean(f" date 2025-04 {lead}\nNoch ist unklar, was der Grund ist.")
    assert a.published is None
    assert a.text.split("\n") == [lead, "Noch ist unklar, was der Grund ist."]
    assert a.meta["removed_by"] == [{"line": "date 2025-04", "rule": "metadata_header"}]
    # a year-month followed by more digits is not a month header
    assert _clean("date 2025-041 Title\nBody text of the article goes here.").text.startswith("date 2025-041")


def test_future_and_ancient_dates_are_refused():
    assert _clean("date 2031-01-01 Title\nBody text of the article goes here.").published is None
    assert _clean("date 1850-01-01 Title\nBody text of the article goes here.").published is None


def test_dates_mentioned_in_the_story_are_not_the_publication_date():
    a = _clean("The ministry said on 2025-03-04 that the plant opens in 2027.\nMore text follows here.")
    assert a.published is None


def test_boilerplate_lines_are_removed_in_several_languages():
    text = "\n".join([
        "The plant will open next year, the company said.",
        "www.example.gr",
        "https://example.com/story/1",
        "Share this article",
        "Σχόλια αναγνωστών",
        "Комментарии",
        "Читайте также: другие новости",
    ])
    a = _clean(text)
    assert a.text == "The plant will open next year, the company said."
    assert len(a.removed) == 6


def test_trailing_byline_becomes_author_and_outlet():
    a = _clean("Первый абзац статьи о новом заводе.\nВторой абзац статьи.\nИван Петров, «Вестник»")
    assert a.author == "Иван Петров" and a.outlet == "Вестник"
    assert "Иван Петров" not in a.text


def test_a_sentence_ending_in_a_quote_is_not_a_byline():
    a = _clean("Первый абзац.\nОн назвал это «ошибкой», — сказал он, «Вестник»")
    assert a.author is None


def test_headings_are_listed_and_kept_in_text():
    text = "\n".join([
        "The first paragraph tells the news in full sentences.",
        "Why it matters?",
        "A second paragraph explains the consequences at length.",
        "Background",
        "A third paragraph gives background.",
    ])
    a = _clean(text)
    assert a.headings == ("Why it matters?", "Background")
    assert "Background" in a.text


def test_sentences_ending_in_a_full_stop_or_colon_are_not_headings():
    a = _clean("Intro paragraph with a lot of words in it.\nReality is simpler.\nThe expert sums it up:\nnothing changed.")
    assert a.headings == ()


def test_first_line_followed_by_blank_line_is_the_title():
    a = _clean("Kazakhstan to build four plants\n\nThe government announced the programme on Monday.")
    assert a.title == "Kazakhstan to build four plants"
    assert a.text == "The government announced the programme on Monday."


def test_normalise_cleans_invisible_characters():
    assert normalise("a\u200bb\u00a0 c\r\nd\te") == "ab c\nd e"


def test_sentences_glued_without_a_space_are_parted():
    assert normalise("la red de España.“En este sentido, dijo.") == "la red de España. “En este sentido, dijo."
    assert normalise("habló Eduardo Prieto.A las doce") == "habló Eduardo Prieto. A las doce"
    assert normalise("„Wir sind bereit.“Sie ging.") == "„Wir sind bereit.“ Sie ging."
    assert normalise("as he said.”The next day") == "as he said.” The next day"


@pytest.mark.parametrize("line", ["the U.S.A. and U.S. Army", "т.е.Это", "it grew 3.5 percent", "Как передает Oxu.Az со",
                                  "see http://site.org/page.Html now", "read report.PDF here", "www.example.Com"])
def test_abbreviations_decimals_and_addresses_stay_whole(line):
    assert normalise(line) == line


def test_html_without_article_is_rejected():
    with pytest.raises(InputRejected, match="no article"):
        clean(Document("h", "h.html", html="<html><body><nav>Menu</nav><script>x()</script></body></html>"))


def test_html_article_text_and_metadata_are_extracted_without_comments():
    body = " ".join(["The ministry confirmed that the first plant will open in 2027 near the city."] * 4)
    html = f"""<html><head><title>Plant to open</title><meta name="author" content="Jane Roe">
    <meta property="article:published_time" content="2025-12-18"></head><body><article><h1>Plant to open</h1>
    <p>{body}</p><p>{body}</p></article><div class="comments" id="comments"><p>Reader comment: this is spam spam spam.</p></div></body></html>"""
    a = clean(Document("h", "h.html", html=html), today=TODAY)
    assert "first plant will open" in a.text
    assert "spam" not in a.text
    assert a.published == "2025-12-18"
    assert a.title == "Plant to open"


def test_a_time_stamp_after_the_date_header_is_no_title():
    a = _clean("Tulva katkaisi tien\n\nJulkaistu 04.02.2025 14:43(Päivitetty 04.02.2025 23:39)\n\n"
               "Tulva katkaisi maantien aamulla, kertoi poliisi.")
    assert a.published == "2025-02-04"
    assert a.title == "Tulva katkaisi tien"
    assert "Julkaistu 04.02.2025 14:43(Päivitetty 04.02.2025 23:39)" in a.removed


def test_a_one_short_word_after_the_date_header_is_recorded_not_made_the_title():
    a = _clean(" date 2025-02 HQ\n\nEn storm stengte veien tirsdag, opplyser politiet.")
    assert a.title is None
    assert a.meta["removed_by"] == [{"line": "date 2025-02 HQ", "rule": "metadata_header"}]


def test_picture_captions_above_the_headline_are_recorded_and_the_headline_is_the_title():
    a = _clean("Artikkeli kuva\n\nLEHTIKUVA\n\nTulva katkaisi maantien Pohjois-Suomessa\n\n04.02.2025 |18:21\n\n"
               "Tulva katkaisi maantien aamulla, kertoi poliisi.")
    assert a.title == "Tulva katkaisi maantien Pohjois-Suomessa"
    assert a.published == "2025-02-04"
    rules = {r["line"]: r["rule"] for r in a.meta["removed_by"]}
    assert rules["Artikkeli kuva"] == rules["LEHTIKUVA"] == "top_furniture"
    assert a.text.strip() == "Tulva katkaisi maantien aamulla, kertoi poliisi."


def test_a_caption_or_a_date_line_under_a_section_name_is_not_the_headline():
    cap = _clean("Brücke\nTeile der Brücke sind eingestürzt. Foto: Max Muster/dpa\n\nDie Brücke ist in der Nacht eingestürzt.")
    assert cap.title is None
    dated = _clean("Sport\n17. March 2025 - 17:32\n\nThe club said the match was called off on Sunday.")
    assert dated.title is None


def test_picture_credits_are_recorded_and_leave_the_caption_and_the_body():
    a = _clean("Flaggan vajade på halv stång i centrum. Foto: Anna Berg, TT\n\nFot. Jan Nowak/PAP\n\n"
               "Polisen höll en presskonferens på tisdagen.")
    assert a.text.split("\n") == ["Flaggan vajade på halv stång i centrum.", "Polisen höll en presskonferens på tisdagen."]
    credits = [r["line"] for r in a.meta["removed_by"] if r["rule"] == "photo_credit"]
    assert credits == ["Foto: Anna Berg, TT", "Fot. Jan Nowak/PAP"]


def test_a_sentence_with_a_credit_word_is_not_a_credit():
    for text in ("The minister looked at the photo: it was old. He said nothing more about it.",
                 "Kuva: poliisi kertoi, että tie on suljettu koko päivän ajan.",
                 "Credit: the bank cut its rates again on Tuesday, the third time this year."):
        a = _clean(text + "\nAnother line of the article follows here.")
        assert not [r for r in a.meta.get("removed_by", []) if r["rule"] == "photo_credit"], text


def test_a_contact_line_ending_in_an_email_address_is_furniture_but_a_sentence_with_one_stays():
    text = ("The city council approved the new bridge on Tuesday after a long debate.\n"
            "Officials said work would begin in spring and last two years.\n"
            "Problems with the site: help@example-news.lt\n"
            "reporter.name@example.fi\n"
            "Readers wrote to the council at mail@example.org. The council answered each letter.")
    a = _clean(text)
    assert "help@example-news.lt" not in a.text and "reporter.name@example.fi" not in a.text
    rules = {r["line"]: r["rule"] for r in a.meta["removed_by"]}
    assert rules["Problems with the site: help@example-news.lt"] == "contact_line"
    assert rules["reporter.name@example.fi"] == "contact_line"
    assert "Readers wrote to the council at mail@example.org." in a.text  # a sentence before the address: body
    assert "work would begin in spring" in a.text


def test_a_short_line_before_a_dash_attribution_line_is_speech_not_a_heading():
    a = _clean("Pierwszy akapit opowiada całą historię pełnymi zdaniami.\nZbudujemy nowy most\n"
               "— zapowiedziała burmistrz na konferencji.\nKolejny akapit opisuje szczegóły planu budowy.")
    assert a.headings == ()
