"""Half hours written in words (numdates.half_hour): half before the next hour in most languages, half past in English."""
import pytest

from storylens.values import extract


@pytest.mark.parametrize("text, language, time, approximate", [
    ("Der Brand brach gegen halb vier aus.", "de", "03:30", True),
    ("Požár vypukl kolem půl čtvrté ráno místního času.", "cs", "03:30", True),
    ("Hälytys tuli noin kello puoli yhdeltä iltapäivällä.", "fi", "12:30", True),
    ("Pożar wybuchł o wpół do czwartej nad ranem.", "pl", "03:30", False),
    ("The fire started at half past three.", "en", "03:30", False),
    ("A tűz fél négykor ütött ki.", "hu", "03:30", False),
    ("Branden startade vid halv fyra.", "sv", "03:30", False),
    ("De brand begon om half vier.", "nl", "03:30", False),
    ("Пожежа спалахнула о пів на четверту ранку.", "uk", "03:30", False),
    ("Zug fuhr um halb acht abends ab.", "de", "19:30", False),
])
def test_half_hour_is_a_time(text, language, time, approximate):
    got = [v for v in extract(text, language) if v.kind == "date"]
    assert [(v.value, v.approximate) for v in got] == [(time, approximate)]
    assert not [v for v in extract(text, language) if v.kind == "count"]


@pytest.mark.parametrize("text, language", [
    ("Das ist halb so viel wie früher.", "de"),
    ("Přišlo půl milionu lidí.", "cs"),
    ("Paikalla oli puoli miljoonaa ihmistä.", "fi"),
    ("Sie kauften halb zwei Kilo Mehl.", "de"),
])
def test_half_of_something_is_no_time(text, language):
    assert not [v for v in extract(text, language) if v.kind == "date" and ":" in str(v.value)]
