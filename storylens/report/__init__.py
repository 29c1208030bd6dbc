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


def write_report(report: "Report", fmt: str, settings, output: str | None) -> "Path | None":
    """Render ``report`` (glossed in the settings' report language) to ``output``, or to stdout; the path written."""
    import sys
    from pathlib import Path

    options = {}
    if fmt in ("html", "md"):
        from .gloss import gloss_from_settings

        options = {"gloss": gloss_from_settings(settings, settings.report_language), "language": settings.report_language}
    text = render(report, fmt, **options)
    if not output:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return None
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out
