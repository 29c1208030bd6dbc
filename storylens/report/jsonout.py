"""The report as the JSON contract ``storylens.report/1`` (shared/contract/report.schema.json)."""
from __future__ import annotations

from ..model import SCHEMA
from ..serialize import report_to_dict

__all__ = ["SCHEMA", "report_to_dict"]
