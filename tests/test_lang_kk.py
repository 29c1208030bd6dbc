"""Kazakh from its data folder alone (storylens/lang/kk): quotes and speakers, numbers, denials."""
import pytest

from lang_helpers import analyse, claim, denies, quotes, values

from storylens.values import bound

TEXTS = {
    "said": "Сыртқы істер министрі Ерлан Сәрсенов сейсенбі күні Астанада брифинг өткізді. «Біз бұл шешімді "
            "қолдамаймыз», — деді Сәрсенов.",
    "dep": "Қорғаныс министрі Айгүл Нұрланова шекараға барды. «Шекарадағы жағдай тұрақты» деп мәлімдеді министр.",
    "subject": "Қорғаныс министрі Айгүл Нұрланова шекараға барды. Нұрланова «Әскер дайын» деп мәлімдеді.",
    "according": "Сыртқы істер министрі Ерлан Сәрсенов Астанада брифинг өткізді. Сәрсеновтың айтуынша, келіссөздер "
                 "жалғасады.",
    "sums": "Үкімет жобаға екі миллиард теңге бөледі. Министрлік 2 миллиард теңгелік инвестицияны растады. "
            "Жарылыстан отыз бес адам жарақат алды.",
    "bounds": "Кем дегенде 10 сарбаз қаза тапты. Шамамен 500 адам көшірілді. Жаттығу 2024 жылы 5 наурызда басталды.",
    "denial": "Шекарада екі жарылыс болды. Болжам бойынша, шабуылға үш адам қатысқан. Министрлік шабуыл туралы "
              "хабарларды жоққа шығарды. Әкімдік тұтқындау туралы ақпаратты теріске шығарды.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_kazakh(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"kk"}


def test_a_quote_closed_by_a_speech_verb_has_its_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "said")
    assert (kind, words) == ("direct", "Біз бұл шешімді қолдамаймыз") and "Ерлан Сәрсенов" in speaker
    [(kind, words, speaker)] = quotes(*run, "dep")
    assert (kind, words) == ("direct", "Шекарадағы жағдай тұрақты") and "Айгүл Нұрланова" in speaker

    # verb-final, the subject before the quotation with no comma: the verb after it goes to that subject
    [(kind, words, speaker)] = quotes(*run, "subject")
    assert (kind, words) == ("direct", "Әскер дайын") and "Айгүл Нұрланова" in speaker


def test_according_to_a_source_in_the_genitive(run):
    [(kind, words, speaker)] = quotes(*run, "according")
    assert (kind, words) == ("indirect", "келіссөздер жалғасады") and "Ерлан Сәрсенов" in speaker


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000_000, "KZT")) == 2
    assert any(kind == "count" and value == 35 for kind, value, _unit in found)


def test_a_bound_an_approximation_and_a_date(run):
    report, names = run
    by_start = {c.text.split()[0]: c for c in report.claims if names[c.article] == "bounds"}
    least = by_start["Кем"]
    [ten] = [v for v in least.values if v.kind == "count"]
    assert ten.value == 10 and bound(least.text, ten.start - least.start, "kk") == "lower"
    [about] = [v for v in by_start["Шамамен"].values if v.kind == "count"]
    assert about.value == 500 and about.approximate
    found = {(v.kind, v.value) for v in by_start["Жаттығу"].values}
    assert ("year", 2024) in found and any(kind == "date" and "03-05" in str(value) for kind, value in found)


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Министрлік шабуыл туралы")
    assert denies(*run, "denial", "Әкімдік тұтқындау")
    assert claim(*run, "denial", "Шекарада").modality == "asserted"
    assert claim(*run, "denial", "Болжам").modality == "hedged"
