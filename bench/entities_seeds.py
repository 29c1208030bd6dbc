"""Analyse inputs up to the entities stage and write the report JSON (for score.py while other stages change).

Usage: python bench/entities_seeds.py OUT.json PATH...
"""
from __future__ import annotations

import sys

from storylens.api import analyze
from storylens.evaluate.runner import stages_up_to

if __name__ == "__main__":
    report = analyze(sys.argv[2:], stages=stages_up_to("entities"))
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        fh.write(report.to_json())
    print(f"{len(report.entities)} entities; timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in report.timings.items()))
