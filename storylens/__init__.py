"""storylens: how one news story is told across outlets and languages.

Importing the package loads no model; ``analyze`` builds what it needs on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["analyze", "load", "Report", "Settings", "Context", "__version__"]

if TYPE_CHECKING:
    from .api import analyze, load
    from .model import Report
    from .resources import Context
    from .settings import Settings


def __getattr__(name: str) -> Any:  # lazy, so `import storylens` stays instant
    if name in ("analyze", "load"):
        from . import api

        return getattr(api, name)
    if name == "Report":
        from .model import Report

        return Report
    if name == "Settings":
        from .settings import Settings

        return Settings
    if name == "Context":
        from .resources import Context

        return Context
    raise AttributeError(f"module 'storylens' has no attribute {name!r}")
