"""Speech verbs known by their dictionary form, so every inflection of a listed verb is a cue ("zapewniał", "proclamó")."""
from __future__ import annotations

from ..adapters.lexicon import folded_lemma, lemma


class VerbTable(dict):
    """The listed cue forms (token tuple -> kind), then any form whose lemma is a speech verb of the language.

    A listed form always decides. An unlisted word counts as speech when the
    language's dictionary gives it a lemma with a verb's ending that is one of
    the language's speech lemmas (listed, or the lemma of a listed form); the
    lemma itself is left out, as an infinitive rarely reports ("es decir", "trzeba
    powiedzieć"). Two words count when the first is an auxiliary and the second
    such a form ("ha remarcado"). A noun of saying in one of its listed forms followed by a light verb counts too
    ('"…" sözünü kullandı', '"…" değerlendirmesinde bulundu': "used the words", "made the assessment"), as does a
    quotative particle before any of these ('"…" diye ekledi', '"…" şeklinde açıklama yaptı').
    """

    def __init__(self, table: dict, code: str, lemmas: set[str], endings: tuple[str, ...], stop: set[str],
                 fold: tuple[tuple[str, str], ...] = (), light_nouns: frozenset[str] = frozenset(),
                 light_verbs: frozenset[str] = frozenset(), quotatives: frozenset[str] = frozenset()):
        super().__init__(table)
        self.light_nouns = light_nouns  # every listed form of a noun of saying ("sözünü", "değerlendirmesinde")
        self.light_verbs = light_verbs  # the light verbs that make it a statement ("kullandı", "bulundu")
        self.quotatives = quotatives  # particles closing a quotation before its verb ("diye", "şeklinde")
        # (the longest key these make: a quotative, a noun and its light verb)
        self.longest_made = (2 if light_nouns and light_verbs else 1) + (1 if quotatives else 0)
        self.code = code
        self.fold = fold  # (words reach the table folded: "δηλωσε"; the dictionary is then read folded too)
        self.lemmas = {w for w in lemmas if w.endswith(endings)} if endings else set()
        for words, kind in table.items():  # a listed speech form lends its lemma
            if kind == "speech" and len(words) == 1 and endings:
                lem = self._lemma(words[0])
                if lem and lem.endswith(endings):
                    self.lemmas.add(lem)
        # (a verb of thinking or with a second, non-speech sense is listed form by form only: "contaba con")
        self.lemmas -= stop
        self.auxiliaries: frozenset[str] = frozenset()
        self._seen: dict[str, bool] = {}

    def _lemma(self, word: str) -> str | None:
        return folded_lemma(word, self.code, self.fold) if self.fold else lemma(word, self.code)

    def speech_form(self, word: str) -> bool:
        """Whether an unlisted word is an inflected form of a speech lemma."""
        if not self.lemmas or not word.isalpha():
            return False
        hit = self._seen.get(word)
        if hit is None:
            lem = self._lemma(word)
            hit = self._seen[word] = bool(lem) and lem != word and lem in self.lemmas
        return hit

    def get(self, key, default=None):
        kind = super().get(key)
        if kind is not None:
            return kind
        if len(key) == 1 and self.speech_form(key[0]):
            return "speech"
        if len(key) == 2 and key[0] in self.auxiliaries and self.speech_form(key[1]):
            return "speech"
        if len(key) == 2 and key[0] in self.light_nouns and key[1] in self.light_verbs:
            return "speech"
        if len(key) >= 2 and key[0] in self.quotatives and self.get(key[1:]) == "speech":
            return "speech"
        return default

    def __contains__(self, key) -> bool:
        return self.get(key) is not None
