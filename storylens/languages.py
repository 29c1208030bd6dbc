"""``storylens languages``: what each language has (recogniser, morphology, data parts), so a gap is visible."""
from __future__ import annotations

from typing import Any

from . import lang
from .lang.schema import SUMMARY


def describe(settings=None) -> list[dict[str, Any]]:
    """One row per language folder: its recogniser, morphology and, per data part, how many entries it holds."""
    from .adapters.lingua_id import routes
    from .adapters.spacy_ner import parse_models
    from .adapters.stopwords import stop_words
    from .settings import Settings

    settings = settings or Settings.load()
    spacy = parse_models(settings.spacy_models)
    scripts, single = routes()
    identified = {c for codes in scripts.values() for c in codes} | set(single.values())
    rows = []
    for code in lang.available():
        ent = lang.data(code, "entities")
        model = spacy.get(code) and f"spaCy {spacy[code]}" or ent.get("recognise", {}).get("backend") or "rules only"
        row: dict[str, Any] = {"language": code, "recogniser": model,
                               "morphology": ent.get("morph", {}).get("dictionary") or "-",
                               "identified": "yes" if code in identified else "NO"}
        for part, (label, keys) in SUMMARY.items():
            table = lang.data(code, part)
            row[label] = sum(_count(table.get(k)) for k in keys) if table else 0
        row[SUMMARY["stopwords"][0]] += len(stop_words(code))  # spaCy's list, which the folder only extends
        rows.append(row)
    return rows


def _count(value: Any) -> int:
    if isinstance(value, dict):
        return sum(_count(v) for v in value.values())
    if isinstance(value, (list, str)):
        return len(value) if isinstance(value, list) else 1
    return 0 if value is None else 1


def render(rows: list[dict[str, Any]]) -> str:
    """A plain-text table; a part a language lacks shows as '-'."""
    head = list(rows[0]) if rows else ["language"]
    cells = [[str(r[h]) if r[h] != 0 else "-" for h in head] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(head)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    note = ("counts are entries in lang/<code>/<part>.toml (stop words: spaCy's list plus the folder's); '-' is a part the language lacks, so that step "
            "falls back to language-blind rules. Add a folder or a part to fill a gap (docs/architecture.md).")
    return "\n".join(lines) + "\n\n" + note
