"""Units named by CLDR in every language (adapters/cldr.UNITS): the nautical mile, 1852 m, compares with km."""
import pytest

from storylens.valuecompare import base, dimension
from storylens.values import extract


@pytest.mark.parametrize("text, language, number", [
    ("The boat sank 47 nautical miles southwest of Pylos.", "en", 47),
    ("Το αλιευτικό βυθίστηκε 47 ναυτικά μίλια νοτιοδυτικά της Πύλου.", "el", 47),
    ("Судно затонуло в 47 морских милях от берега.", "ru", 47),   # a case form CLDR does not give (ru data)
    ("Судно затонуло в 47 морских миль от берега.", "ru", 47),
    ("Le bateau a coulé à 46 milles marins de la côte.", "fr", 46),
    ("Le bateau a coulé à 46 milles nautiques de la côte.", "fr", 46),
    ("Das Boot sank etwa 50 Seemeilen vor der Küste.", "de", 50),
    ("Loď se potopila 47 námořních mil od pobřeží.", "cs", 47),
    ("El barco se hundió a 47 millas náuticas de la costa.", "es", 47),
])
def test_nautical_miles_are_a_length(text, language, number):
    got = [v for v in extract(text, language) if v.value == number]
    assert len(got) == 1 and got[0].kind == "measure" and got[0].unit == "nmi"
    assert dimension(got[0]) == "measure:length"
    assert base(got[0]) == pytest.approx((number * 1852.0,))


def test_nautical_miles_compare_with_kilometres():
    nmi = next(v for v in extract("47 морских миль", "ru") if v.unit == "nmi")
    km = next(v for v in extract("87 Kilometer", "de") if v.unit == "km")
    assert dimension(nmi) == dimension(km)
    assert abs(base(nmi)[0] - base(km)[0]) / base(km)[0] < 0.01


def test_statute_miles_stay_miles():
    (mi, km) = extract("50 miles (80 km)", "en")
    assert mi.unit == "mi" and km.unit == "km"
