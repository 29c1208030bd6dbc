from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"tests need ../shared beside the repository ({SHARED})"
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared) -> Path:
    return shared / "seeds"


@pytest.fixture(scope="session")
def seeds_report(seeds_dir):
    """The full default analysis of the three seed articles, run once per test session."""
    import storylens

    return storylens.analyze([seeds_dir])
