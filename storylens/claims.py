"""Placeholder until this stage lands: it adds nothing to the report."""
from __future__ import annotations

from .pipeline import FunctionStage

STAGE = FunctionStage("claims", lambda report, ctx: report, needs=("sentences",), adds=("claims",))
