"""List, for every language folder with a numbers.toml, the keys and sections of numbers.toml that en, ru, de and fr
have (at least three of them) and it lacks: top-level keys, and the classes of ``[predicates]``, ``[events]``,
``[terms]``, ``[acts]``, ``[votes]``; ``range_between_after`` (postpositions) stands for ``range_between``.
Usage: ``python tools/lang_gaps.py [--all]`` (``--all``: also keys only one of the four has)."""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

LANG = Path(__file__).resolve().parent.parent / "storylens" / "lang"
REFERENCE = ("en", "ru", "de", "fr")
CLASSED = ("predicates", "events", "terms", "acts", "votes")


def keys(code: str) -> set[str]:
    data = tomllib.loads((LANG / code / "numbers.toml").read_text(encoding="utf-8"))
    out = set(data) | ({"range_between"} if "range_between_after" in data else set())
    for section in CLASSED:
        out |= {f"{section}.{cls}" for cls in data.get(section, {})}
    return out


def main() -> None:
    ref = [keys(c) for c in REFERENCE]
    need = 1 if "--all" in sys.argv else len(REFERENCE) - 1
    wanted = {k for k in set.union(*ref) if sum(k in r for r in ref) >= need}
    for folder in sorted(p for p in LANG.iterdir() if (p / "numbers.toml").exists()):
        missing = sorted(wanted - keys(folder.name))
        if missing and folder.name not in REFERENCE:
            print(f"{folder.name}: {' '.join(missing)}")


if __name__ == "__main__":
    main()
