"""The quality gate: measured scores must not fall below the floors kept in ``floors.toml``.

A floor is a number (checked against the measure's headline: F1, or the one
side it has) or a table of ``precision``/``recall``/``f1`` floors. Floors only
ever go up: raise one when the code improves, never lower one to make CI pass.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Iterable

from .measures import Section

FLOORS = Path(__file__).with_name("floors.toml")
SLACK = 1e-9  # float noise only; floors are set a little below measured values instead


def load_floors(path: Path = FLOORS) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def check(sections: Iterable[Section], floors: dict[str, Any]) -> list[str]:
    """One line per floor not met (or per measure that is missing)."""
    by_set = {s.extra.get("set"): s for s in sections}
    failures = []
    for set_name, measures in floors.get("floors", {}).items():
        section = by_set.get(set_name)
        if section is None:
            continue  # that set was not measured in this run
        for name, floor in measures.items():
            try:
                score = section.get(name)
            except KeyError:
                failures.append(f"{set_name} {name}: not measured")
                continue
            wanted = floor if isinstance(floor, dict) else {"headline": floor}
            for side, low in wanted.items():
                value = getattr(score, side)
                if value is None or value < low - SLACK:
                    failures.append(f"{set_name} {name} {side}: {value if value is None else round(value, 4)} < floor {low}")
    return failures


def flat(floors: dict[str, Any]) -> dict[str, float]:
    """Every floor as 'set measure side' -> value, for comparing two versions of the file."""
    out = {}
    for set_name, measures in floors.get("floors", {}).items():
        for name, floor in measures.items():
            for side, low in (floor.items() if isinstance(floor, dict) else [("headline", floor)]):
                out[f"{set_name} {name} {side}"] = float(low)
    return out
