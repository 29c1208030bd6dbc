"""Languages with no data folder (the ``_any`` fallback): Chinese, Japanese, Arabic, Hebrew, Georgian."""
import pytest

from lang_helpers import analyse, values
from storylens.segment import split_paragraph

TEXTS = {
    "zh": "电力公司周一表示，台风造成的损失达到３０亿日元。公司总裁王明说：「我们会在两周内恢复供电。」当地政府已经疏散了"
          "１２０００名居民。",
    "ja": "電力会社は５日、台風による被害額が３０億円に達したと発表した。山田太郎社長は「２週間以内に電力を復旧させる」と"
          "述べた。",
    "ar": "قال وزير المالية يوم الاثنين إن الخسائر بلغت ٣٠ مليون دولار. وأضاف الوزير: «لن نقبل هذا الاقتراح أبدا». "
          "هل ستتدخل الحكومة؟ لم يرد المتحدث باسم الوزارة.",
    "he": "שר האוצר אמר ביום שני כי הנזק הגיע ל-30 מיליון שקל. \"לא נקבל את ההצעה הזאת\", אמר השר. מהעיר פונו 1,500 תושבים.",
    "ka": "ფინანსთა მინისტრმა ორშაბათს განაცხადა, რომ ზარალმა 30 მილიონ ლარს მიაღწია. „ჩვენ ამ წინადადებას არ "
          "მივიღებთ“, - თქვა მინისტრმა. ქალაქიდან 1500 ადამიანი გაიყვანეს.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def sentences(run, name):
    report, names = run
    return [s.text for a in report.articles if names[a.id] == name for s in a.sentences]


def quoted(run, name):
    report, names = run
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in report.quotes if names[q.article] == name]


def test_each_language_is_identified_kana_making_japanese(run):
    report, names = run
    assert {names[a.id]: a.language for a in report.articles} == {n: n for n in TEXTS}


def test_sentences_end_at_full_width_stops_and_arabic_question_marks(run):
    assert sentences(run, "zh") == ["电力公司周一表示，台风造成的损失达到３０亿日元。", "公司总裁王明说：「我们会在两周内恢复供电。」",
                                    "当地政府已经疏散了１２０００名居民。"]
    assert sentences(run, "ja")[1] == "山田太郎社長は「２週間以内に電力を復旧させる」と述べた。"
    assert "هل ستتدخل الحكومة؟" in sentences(run, "ar")
    assert len(sentences(run, "ka")) == 3 and len(sentences(run, "he")) == 3


def test_quotes_in_their_own_marks_with_the_words_that_frame_them(run):
    assert quoted(run, "zh") == [("direct", "我们会在两周内恢复供电。", "公司总裁王明说")]
    assert quoted(run, "ja") == [("direct", "２週間以内に電力を復旧させる", "山田太郎社長は … と述べた")]
    assert quoted(run, "ar") == [("direct", "لن نقبل هذا الاقتراح أبدا", "وأضاف الوزير")]
    assert quoted(run, "he") == [("direct", "לא נקבל את ההצעה הזאת", "אמר השר")]
    assert quoted(run, "ka") == [("direct", "ჩვენ ამ წინადადებას არ მივიღებთ", "თქვა მინისტრმა")]


def test_full_width_and_arabic_indic_digits_are_numbers(run):
    assert ("money", 3_000_000_000, "JPY") in values(*run, "zh") and ("count", 12000, "名") in values(*run, "zh")
    assert ("money", 3_000_000_000, "JPY") in values(*run, "ja")
    assert any(v == 30_000_000 for _k, v, _u in values(*run, "ar"))
    assert any(v == 1500 for _k, v, _u in values(*run, "he"))


def test_no_flood_of_names_from_scripts_without_capitals(run):
    report, _names = run
    assert len(report.entities) <= 3


@pytest.mark.parametrize("text, pieces", [
    ("他说：「不行。绝对不行。」会议结束。", ["他说：「不行。绝对不行。」", "会议结束。"]),
    ("社長は「不可能だ。」と述べた。会議は終わった。", ["社長は「不可能だ。」と述べた。", "会議は終わった。"]),
    ("He said so. Dr. Who came.", ["He said so.", "Dr. Who came."]),
])
def test_wide_stops_keep_quotations_whole(text, pieces):
    assert [text[a:b] for a, b in split_paragraph(text, None)] == pieces
