"""Measuring storylens against gold sets: the seeds, translated articles (WMT21 ru-en) and NER sets.

``runner.run`` analyses the sets and returns one ``Section`` of scores per set;
``measures.render`` prints one as a table; ``gate`` checks the scores against
the quality floors in ``floors.toml``.
"""
from __future__ import annotations

from .measures import Score, Section, render
from .runner import run

__all__ = ["Score", "Section", "render", "run"]
