"""Exonyms of countries, regions and cities from maintained multilingual data.

Countries and world regions come from CLDR through Babel (``Россия`` = ``Russia``
= ``Rusia``), extended by each language's ``[countries]`` table for
abbreviations CLDR lacks (``РФ``, ``США``); cities come from GeoNames
alternate names (``storylens/data/entities/cities.txt``, cities of 100,000+
people, built by ``bench/build_cities.py``); first-level regions (states,
cantons, provinces) from ISO 3166-2 and its translations (``regions.txt``,
``bench/build_regions.py``: Wallis = Valais = Vallese). A hit gives a
language-free key (``terr:RU``, ``city:524901``, ``region:CH-VS``) and a display name.
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Iterable

from .. import lang
from .kit import all_countries


# Endings of adjectives made from place names (японский, лондонский, немецкий; American, Japanese).
_ADJECTIVE_ENDINGS = ("ский", "цкий", "ской", "ian", "an", "ese")

# A name of this many letters or more may be a region's spelt with this many edits at most ("Sassonia-Anhalt").
MIN_NEAR, NEAR_EDITS = 10, 2

# CLDR territory codes that name organisations of states, not places.
ORGANISATIONS = frozenset({"EU", "EZ", "UN"})


def fold(name: str) -> str:
    """Case-, ё-, dot- and accent-blind lookup form of a name (U.S. = US, Etats-Unis = États-Unis, Αθήνα = ΑΘΗΝΑ)."""
    text = lang.fold(name).casefold().replace(".", "").translate(_PLAIN)  # one table lookup per character
    return " ".join(text.split())


class _Plain(dict):
    """``str.translate`` table of ``_plain``, filled as characters are first seen."""

    def __missing__(self, code: int) -> str:
        self[code] = out = _plain(chr(code))
        return out


_PLAIN = _Plain()


def _plain(ch: str) -> str:
    """A Latin or Greek letter without its accent (ω read as ο); every other character as it is (й stays й)."""
    if ch.isascii() or not ch.isalpha():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    if "\u0370" <= base <= "\u03ff":
        # Greek writes a foreign name's o either way and moves or drops its accent: Λισαβώνα = Λισαβόνα = ΛΙΣΑΒΟΝΑ
        return {"ω": "ο", "ς": "σ"}.get(base, base)
    return base if base.isascii() else ch


@dataclass(frozen=True)
class Place:
    key: str
    name: str  # display name: the report language's for countries, GeoNames' (English) for cities
    kind: str  # "territory", "region", "city" or "organisation" (EU, UN: listed with territories by CLDR)

    @property
    def local(self) -> bool:
        """A city or a region: a place inside a country, whose names are more often other words too."""
        return self.kind in ("city", "region")


class Gazetteer:
    """Name -> Place lookups over CLDR territories, language data and GeoNames cities."""

    def __init__(self, languages: Iterable[str] = (), display: str = "en", countries: dict[str, str] | None = None):
        self._names: dict[str, Place] = {}
        self.display = display
        # country names and abbreviations from the languages' entity data (``Context.all_countries``)
        self._countries = all_countries() if countries is None else countries
        self._load_territories(sorted({"en", display, *lang.available(), *[c for c in languages if c]}))
        self._load_cities()
        self._load_regions()

    def _load_territories(self, codes: list[str]) -> None:
        from babel import Locale, UnknownLocaleError

        english = Locale("en").territories
        try:  # country names are shown in the report's language when CLDR has it
            shown = {**english, **Locale.parse(self.display).territories}
        except (UnknownLocaleError, ValueError):
            shown = english
        for code in codes:
            try:
                names = Locale.parse(code).territories
            except (UnknownLocaleError, ValueError):
                continue
            for terr, name in names.items():
                # lower-case entries are common nouns ("world", "еврозона"), not names
                if name[:1].isupper() and terr in english:
                    for n in (name, name.replace(" & ", " and "), " & " in english[terr] and _hyphened(name)):
                        # CLDR's "Bosnia & Herzegovina" as text writes it, and "Bosnia-Herzegovina"
                        if n:
                            self._names.setdefault(fold(n), Place(f"terr:{terr}", shown[terr], _kind(terr)))
        for name, terr in self._countries.items():
            if terr in english:
                self._names.setdefault(fold(name), Place(f"terr:{terr}", shown[terr], _kind(terr)))

    def _load_cities(self) -> None:
        # rows are sorted by population, so the biggest city keeps an ambiguous name
        self._load_places("cities.txt", "city")

    def _load_regions(self) -> None:
        # loaded after the cities, so a city keeps its name: Genève the city, not the canton
        self._load_places("regions.txt", "region")

    def _load_places(self, file: str, kind: str) -> None:
        """A bundled place list, one place per line: id, country, population, name, |-separated names."""
        path = resources.files("storylens") / "data" / "entities" / file
        if not path.is_file():
            return
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            key, _cc, _pop, name, names = line.split("\t")
            place = Place(f"{kind}:{key}", name, kind)
            for n in names.split("|"):
                self._names.setdefault(fold(n), place)

    def near_region(self, sk: str) -> Place | None:
        """The one region whose name is spelt nearly like the skeleton ``sk`` of a long name ("Sassonia-Anhalt",
        "Σαξονίας-Άνχαλτ" ~ "Saksonia-Anhalt"), or None; exonyms the ISO data lacks are mostly such spellings."""
        from ..adapters.phonetic import distance
        from ..adapters.translit import skeleton

        if len(sk.replace(" ", "")) < MIN_NEAR:
            return None
        if not hasattr(self, "_region_sk"):
            self._region_sk: dict[str, list[tuple[str, Place]]] = {}
            for name, place in self._names.items():
                if place.kind == "region" and len(rs := skeleton(name)) >= MIN_NEAR:
                    self._region_sk.setdefault(rs[:2], []).append((rs, place))
        edits = NEAR_EDITS if " " in sk else 1  # one word: "Occidentaux" is no spelling of Fiji's "Occidental"
        near = {p for rs, p in self._region_sk.get(sk[:2], ()) if abs(len(rs) - len(sk)) <= edits
                and distance(rs, sk) <= edits}
        return near.pop() if len(near) == 1 else None

    def is_demonym(self, word: str) -> bool:
        """A word formed from a country's name but not one (Kazakh, Russian, Ukrainian), so not a person."""
        return self.demonym_of(word) is not None

    def demonym_of(self, word: str) -> Place | None:
        """The country a nationality word is formed from (Kazakh -> Kazakhstan), or None."""
        w = fold(word)
        if len(w) < 4 or " " in w or w in self._names:
            return None  # a place's own name (Roma, Россия) is not a nationality
        if (listed := self._listed_demonyms().get(w)):
            return listed
        if not hasattr(self, "_stems"):
            self._stems: dict[str, list[str]] = {}
            for name, place in self._names.items():
                # (the world has no nationality: Hungarian "világ" would make every Catalan "Vila-" name one)
                if place.kind == "territory" and place.key != "terr:001" and " " not in name and len(name) >= 4:
                    self._stems.setdefault(name[:4], []).append(name)
        for t in self._stems.get(w[:4], ()):
            if len(w) >= 5 and t.startswith(w) and len(t) - len(w) <= 4:
                return self._names[t]  # Kazakh -> Kazakhstan
            if len(t) >= 5 and w.startswith(t[:-1]) and 0 <= len(w) - len(t) <= 3:
                return self._names[t]  # Russian -> Russia, Ukrainian -> Ukraine
        return None

    def _listed_demonyms(self) -> dict[str, Place]:
        """The languages' ``[demonyms]``: adjectives formed from no name of their country (Hellenic, French)."""
        if not hasattr(self, "_demonym_table"):
            by_key = {p.key: p for p in self._names.values() if p.kind == "territory"}
            self._demonym_table = {fold(n): by_key[f"terr:{terr}"] for code in lang.available()
                                   for terr, names in lang.data(code, "entities").get("demonyms", {}).items()
                                   for n in names if f"terr:{terr}" in by_key}
        return self._demonym_table

    def is_place_adjective(self, lemma: str) -> bool:
        """An adjective made from a place's name (японский, российский, лондонский, American), by its dictionary form."""
        return self.place_of_adjective(lemma) is not None

    def place_of_adjective(self, lemma: str) -> Place | None:
        """The place an adjective is made from (японский -> Japan), by its dictionary form, or None."""
        w = fold(lemma)
        stem = next((w[: -len(end)] for end in _ADJECTIVE_ENDINGS if w.endswith(end) and len(w) - len(end) >= 4), None)
        if stem is None:
            return None
        if not hasattr(self, "_by_prefix"):
            self._by_prefix: dict[str, list[str]] = {}
            for name, place in self._names.items():
                if place.kind != "organisation" and " " not in name and len(name) >= 4:
                    self._by_prefix.setdefault(name[:4], []).append(name)
        for name in self._by_prefix.get(stem[:4], ()):
            common = len(os.path.commonprefix([stem, name]))
            if common >= max(4, min(len(stem), len(name)) - 1):
                return self._names[name]  # японск- ~ Япония, американ- ~ America
        return None

    def is_name_word(self, word: str) -> bool:
        """Is ``word`` a word of some place name of two words or more ("Novi", "Sad" of Novi Sad)?"""
        if not hasattr(self, "_words"):
            self._words = frozenset(w for name in self._names if " " in name for w in name.split())
        return fold(word) in self._words

    def lookup(self, name: str) -> Place | None:
        """The place called ``name`` in any known language, or None."""
        return self._names.get(fold(name))


def _hyphened(name: str) -> str | None:
    """A name of two parts joined by a short word ("and" in a name CLDR writes with "&" in English), written with a
    hyphen instead ("Bosnien und Herzegowina" -> "Bosnien-Herzegowina", "Trinidad & Tobago" -> "Trinidad-Tobago"),
    or None."""
    parts = name.split(" ")
    if len(parts) == 3 and (parts[1] == "&" or parts[1].islower() and len(parts[1]) <= 3) \
            and parts[0][:1].isupper() and parts[2][:1].isupper():
        return f"{parts[0]}-{parts[2]}"
    return None


def _kind(territory: str) -> str:
    return "organisation" if territory in ORGANISATIONS else "territory"


def gazetteer(languages: tuple[str, ...] = ()) -> Gazetteer:
    """The running context's gazetteer for ``languages`` (built once per context, about 0.3 s)."""
    from ..resources import current

    return current().gazetteer(tuple(languages))
