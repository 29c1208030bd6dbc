"""Language identification with lingua, one detector per writing system.

Text is first routed by script: a script used by one language answers at once
(Greek, Georgian, Armenian...), and Cyrillic or Latin text goes to a lingua
detector restricted to that script's languages, which is faster and more
accurate than one detector over every language.
"""
from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from functools import lru_cache


@lru_cache(maxsize=1)
def routes() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """(script -> languages lingua chooses among, script -> its one language), from ``data/detect.toml``."""
    import tomllib
    from importlib import resources

    table = tomllib.loads((resources.files("storylens") / "data" / "detect.toml").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in table["scripts"].items()}, dict(table["single"])


@lru_cache(maxsize=1)
def read_as() -> dict[str, str]:
    """Languages lingua tells apart that share one data folder (``[read_as]`` in ``data/detect.toml``)."""
    import tomllib
    from importlib import resources

    table = tomllib.loads((resources.files("storylens") / "data" / "detect.toml").read_text(encoding="utf-8"))
    return dict(table.get("read_as", {}))


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str | None:
    """The Unicode script of a letter, from its character name (LATIN, CYRILLIC, GREEK...)."""
    if not ch.isalpha():
        return None
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    head = name.split(" ", 1)[0]
    return "CJK" if head == "CJK" else head


def dominant_script(text: str) -> str | None:
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():  # one script lookup per distinct character
        script = script_of(ch)
        if script:
            counts[script] += n
    return counts.most_common(1)[0][0] if counts else None


# Above this length lingua's low-accuracy mode (trigrams only) is as reliable and several times faster.
LOW_ACCURACY_FROM = 120


class Detector:
    """Language identification: one lingua detector per script and accuracy mode, built on first use.

    Build one through ``Context.language_detector``; it is safe to share between threads.
    """

    def __init__(self) -> None:
        self._detectors: dict[tuple[str, bool], object] = {}
        self._lock = threading.Lock()

    def _detector(self, script: str, low_accuracy: bool):
        key = (script, low_accuracy)
        if key not in self._detectors:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in routes()[0][script]]
            builder = LanguageDetectorBuilder.from_languages(*langs)
            self._detectors[key] = (builder.with_low_accuracy_mode() if low_accuracy else builder).build()
        return self._detectors[key]

    def detect(self, text: str) -> str | None:
        """ISO 639-1 code of ``text``'s language, or None when it has no letters."""
        script = dominant_script(text)
        if script is None:
            return None
        scripts, single = routes()
        if script == "CJK":
            # Japanese writes Chinese characters too, often more of them than kana: any kana makes the text Japanese
            kana = next((k for ch in set(text) if (k := script_of(ch)) in ("HIRAGANA", "KATAKANA")), None)
            if kana in single:
                return single[kana]
        if script in single:
            return single[script]
        if script not in scripts:
            return None
        with self._lock:
            det = self._detector(script, len(text) >= LOW_ACCURACY_FROM)
        found = det.detect_language_of(text)
        code = found.iso_code_639_1.name.lower() if found else None
        return read_as().get(code, code) if code else None


def detect(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language with the running context's detector, or None when it has no letters."""
    from ..resources import current

    return current().language_detector.detect(text)
