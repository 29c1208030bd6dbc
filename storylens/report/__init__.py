"""Writers for the report: JSON (the contract), HTML and Markdown."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Report

FORMATS = ("json", "html", "md")


def render(report: "Report", fmt: str, **options) -> str:
    """The report as ``fmt`` text; HTML and Markdown accept ``gloss`` (translations) and ``language``."""
    if fmt == "json":
        return report.to_json()
    if fmt == "html":
        from .html import render_html

        return render_html(report, **options)
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(report, **options)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
