import pytest

from storylens.adapters.lingua_id import detect, dominant_script
from storylens.clean import clean
from storylens.ingest import Document
from storylens.language import detect_article


@pytest.mark.parametrize("text,code", [
    ("The government announced a new programme to build ammunition plants across the country.", "en"),
    ("Правительство объявило о новой программе строительства заводов по всей стране.", "ru"),
    ("Уряд оголосив про нову програму будівництва заводів по всій країні, повідомляє міністерство.", "uk"),
    ("Үкімет елдегі зауыттар құрылысының жаңа бағдарламасын жариялады.", "kk"),
    ("Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα για την κατασκευή εργοστασίων.", "el"),
    ("Die Regierung kündigte ein neues Programm zum Bau von Munitionsfabriken im ganzen Land an.", "de"),
])
def test_languages_are_identified(text, code):
    assert detect(text) == code


def test_no_letters_means_no_language():
    assert detect("12345 — 678") is None
    assert dominant_script("123") is None


def test_article_signed_in_kazakh_and_quoting_english_stays_russian():
    text = "\n".join([
        "Казахстан реализует проект по строительству четырёх заводов. Общий объём инвестиций около миллиарда долларов.",
        "Как написал один западный журнал, \"this is a major shift\". Но реальность куда прозаичнее.",
        "Первый завод уже строится и будет выпускать корпуса снарядов и мин. Запуск ожидается в 2027 году.",
        "Қайрат Қайкенұлы, «D»",
    ])
    a = detect_article(clean(Document("t", "t.txt", text=text)))
    assert a.language == "ru"
