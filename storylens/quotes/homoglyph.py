"""Latin letters typed inside a Greek or Cyrillic word ("Yπουργείο", "Мoсква"), read as the letters they look like."""
from __future__ import annotations

import unicodedata

# (Latin letters drawn the same as a letter of the other script; a word holding both was typed on two keyboards)
GREEK = str.maketrans("ABEHIKMNOPTXYZoiukvx", "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖοιυκνχ")
CYRILLIC = str.maketrans("ABCEHIKMOPTXYacehiopxy", "АВСЕНІКМОРТХУасеніорху")


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


def unmixed(word: str) -> str:
    """``word`` with its Latin look-alikes read in the script of its other letters, when it mixes the two."""
    if word.isascii():
        return word
    scripts = {_script(ch) for ch in word if ch.isalpha()}
    if "LATIN" not in scripts or len(scripts) != 2:
        return word
    if "GREEK" in scripts:
        return word.translate(GREEK)
    if "CYRILLIC" in scripts:
        return word.translate(CYRILLIC)
    return word
