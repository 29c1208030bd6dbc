"""The quality gate's rules: floors are checked per measure and side, and the floors file only ever goes up."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from storylens.evaluate import gate
from storylens.evaluate.measures import Score, Section, rate, render

REPO = Path(__file__).resolve().parents[1]


def _section() -> Section:
    sec = Section("t", extra={"set": "wmt"})
    sec.add(Score("people.links", 3, 4, 1, 4))  # P 0.75, R 0.25, F1 0.375
    sec.add(rate("conflicts.clean_docs", 9, 10))
    return sec


def test_measures_from_counts():
    s = Score("x", 3, 4, 1, 4)
    assert (s.precision, s.recall) == (0.75, 0.25)
    assert s.f1 == pytest.approx(0.375) and s.headline == pytest.approx(0.375)
    assert Score("empty", 0, 0, 0, 0).f1 == 0.0
    assert rate("r", 1, 2).headline == 0.5 and rate("r", 1, 2).precision is None
    assert "people.links" in render(_section())


def test_floors_pass_and_fail_per_side():
    sec = _section()
    assert gate.check([sec], {"floors": {"wmt": {"people.links": 0.37, "conflicts.clean_docs": 0.9}}}) == []
    fails = gate.check([sec], {"floors": {"wmt": {"people.links": {"precision": 0.7, "recall": 0.3}}}})
    assert fails == ["wmt people.links recall: 0.25 < floor 0.3"]
    assert gate.check([sec], {"floors": {"wmt": {"no.such": 0.1}}}) == ["wmt no.such: not measured"]
    assert gate.check([sec], {"floors": {"seeds": {"score": 0.9}}}) == []  # a set not measured is not checked


def test_the_floors_file_reads_and_names_real_measures():
    floors = gate.load_floors()
    assert floors["run"]["wmt_limit"] >= 1
    assert all(0.0 <= v <= 1.0 for v in gate.flat(floors).values())


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout


def test_floors_never_went_down_in_history():
    try:
        _git("rev-parse", "--git-dir")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: no history of the floors to compare")
    import tomllib

    rel = gate.FLOORS.relative_to(REPO).as_posix()
    # the branch's own line (--first-parent): a merged branch's older commits would otherwise be interleaved by date
    # with the floors raised meanwhile on main, and read as going down
    commits = _git("log", "--first-parent", "--format=%H", "--", rel).split()[::-1]
    versions = [gate.flat(tomllib.loads(_git("show", f"{c}:{rel}"))) for c in commits]
    versions.append(gate.flat(gate.load_floors()))  # the working copy too
    for older, newer in zip(versions, versions[1:]):
        for key, value in older.items():
            assert key in newer, f"floor {key} was removed"
            assert newer[key] >= value, f"floor {key} went down from {value} to {newer[key]}"
