"""Build storylens/data/entities/regions.txt: first-level regions (states, cantons, provinces) with their names by
language, from the ISO 3166-2 data and translations (Debian iso-codes) that pycountry packages.

Usage: python bench/build_regions.py [PATH/TO/pycountry]  (default: the installed pycountry;
``pip download pycountry==26.2.16 --no-deps`` and unzip). Build-time tool, not a dependency of storylens.

A region is kept with the names it has in the languages storylens reads (Wallis = Valais = Vallese = Вале),
less the ambiguous ones: a name must not be a country's (CLDR through Babel), an ordinary word in three of those
languages (simplemma: "Centre", "Alba") or shorter than four letters. Rows have the layout of cities.txt.
iso-codes data is LGPL-2.1 (salsa.debian.org/iso-codes-team/iso-codes); pycountry is LGPL-2.1.
"""
from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.build_cities import fold, usable  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "storylens" / "data" / "entities" / "regions.txt"
LANGUAGES = ("en", "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "ro", "tr", "el", "bg", "ru", "uk", "kk")


def names_of(entry: str) -> list[str]:
    """"Catalunya [Cataluña]" and "Bruxelles-Capitale / Brussel-Hoofdstad" name one region twice."""
    return [n.strip() for n in re.split(r"\s*/\s*|\s*[\[\]]\s*", entry) if n.strip()]


class Guard:
    """Tests a region's name against country names and the ordinary words of the languages read."""

    def __init__(self) -> None:
        from babel import Locale
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        self.countries = {fold(n) for code in LANGUAGES for n in Locale.parse(code).territories.values()}
        factory = DefaultDictionaryFactory(cache_max_size=0)
        self.words = []
        for code in LANGUAGES:
            try:
                self.words.append(factory.get_dictionary(code))
            except (ValueError, OSError):
                continue

    def common(self, name: str) -> bool:
        """An ordinary word: three dictionaries list it in lower case and not with its capital ("Centre", "Alba").

        One or two are not enough: some dictionaries list names in lower case too ("valais", "arizona").
        """
        return " " not in name and sum(name.lower() in d and name not in d for d in self.words) >= 3

    def keep(self, name: str) -> bool:
        letters = sum(c.isalpha() for c in name)
        return usable(name) and letters >= 4 and fold(name) not in self.countries and not self.common(name)


def main(root: Path) -> None:
    subs = json.loads((root / "databases" / "iso3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    tr = {code: gettext.translation("iso3166-2", str(root / "locales"), languages=[code], fallback=True)
          for code in LANGUAGES}
    guard = Guard()
    rows, dropped = [], set()
    for sub in subs:
        if sub.get("parent"):
            continue  # first-level regions only: a district shares its name with its town too often
        own = names_of(sub["name"])
        names = list(dict.fromkeys([*own, *(n for code in LANGUAGES for n in names_of(tr[code].gettext(sub["name"])))]))
        kept = [n for n in names if guard.keep(n)]
        dropped |= set(names) - set(kept)
        if kept:
            rows.append(f"{sub['code']}\t{sub['code'][:2]}\t0\t{kept[0]}\t{'|'.join(kept)}")
    header = ("# code\tcountry\t0\tname\tnames (|-separated). First-level regions from ISO 3166-2 and its translations "
              "(Debian iso-codes, LGPL-2.1) via pycountry; bench/build_regions.py.")
    OUT.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} regions written to {OUT}; {len(dropped)} names dropped as ambiguous, e.g.",
          ", ".join(sorted(dropped)[:40]))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        import pycountry

        main(Path(pycountry.__file__).parent)
