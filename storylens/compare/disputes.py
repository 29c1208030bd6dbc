"""Assertion against denial, across articles and languages: one disputed row per denied proposition.

A sentence counters a proposition when it denies it, rules it out, finds no
evidence for it or says it never happened (``counters.py``, language data); a
ruling-out after a negation ("not ruled out") only allows for it. A bare
negation (no evidence, non-existence, a thing kept out of a whole: "was not part
of the works") is a denial only when a source says it: people say "not" about
many things. Counters reported by several articles are
joined (similar sentences or complements, the same speaker, aligned), then the
proposition is gathered: what each counter's complement says, the sentences just
before it, and every sentence of any article that is close to one of these and
shares the group's anchor: an entity or a word stem (romanised, so "cyberattack"
meets "кибератака" and "ciberataque") written in most of the group's counters,
so a sentence about the story's topic without the denied thing stays out. Rows
sharing most of their sentences are one proposition found twice and are merged.
The row names who denies: the quoted speaker, else the first entity of a counter.
A denial naming almost nothing ("This is false.", "there was no such agreement")
denies the sentence before it, read without its attribution (rule bare).
A row needs a denial someone makes: quoted, reported, naming an official source
or written by two articles (rule voiced); one writer's aside names nobody.
Two kinds of row need no denial word: one predicate with opposite polarity
("it was done" / "it was not done", ``opposites.py``) and a one-winner outcome
given to two holders ("we won" against the count, ``disputes_outcome.py``).
"""
from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass, field

import numpy as np

from ..adapters.stopwords import stop_words
from ..adapters.translit import skeleton
from ..claims import cues
from ..disjoint import DisjointSets
from ..model import Claim
from ..numlexicon import tokenize
from .align import StoryComparison
from ..valuecompare import key as value_key
from ..valuecompare import same as same_value
from .counters import (CORRECTIONS, DENYING, anaphoric, complement, concepts, counter, denied_figure, kin, sourced,
                       without_attribution)
from .disputes_outcome import outcomes
from .opposites import contradictions

TRANSLATION = 0.92        # a sentence this close to a counter in another language is its translation
SAME_DENIAL = 0.86        # two counters this similar (sentences or complements) report one denial
SAME_SPEAKER_DENIAL = 0.78  # ... or this similar when the same speaker makes them
SAME_CONCEPT_DENIAL = 0.80  # ... or this similar when what they deny names the same concept
PROPOSITION = 0.86        # a sentence this close to a proposition text, sharing an anchor, states or counters it
STEM_PROPOSITION = 0.83   # ... this close when it shares the anchoring word itself ("cyberattack" / "кибератака")
CONTEXT = 2               # sentences before a counter that may hold what it denies
BARE_REACH = 3            # sentences before a bare denial ("This is false.") searched for what it denies
STEM = 5                  # letters of a romanised content word that make its stem
ANCHOR_SHARE = 0.4        # an anchor is written in at least this share of a group's counting articles
CONTENT = 2               # content words a counter's complement needs to say what it denies
ARTICLE_PROPOSITION = 0.82  # an article's closest anchored sentence this close to what is denied states it
RESTATED_TIE = 0.02          # ... and each of its sentences within this of its closest (rule restated)
TOPIC_SHARE = 0.15           # an entity or stem in more than this share of a story's sentences is its topic
TOPIC_MIN = 4                # ... and in more than this many
SAME_ROW = 0.5            # rows sharing this share of the smaller one's sentences are one proposition
SHARED_DENIALS = 2        # ... or the denials of this many articles (rule shared denial)
SAME_STATEMENT = 0.95     # ... or stating sentences this close on average (their centroids: rule same statement)
SAME_STATERS = 0.8        # ... written by this share of the smaller one's stating articles
OWN_STATEMENT = 0.0       # ... and what sets them apart from the story's mean sentence this close (no opposite ways)
FIGURE = 0.80             # a sentence giving the figure a counter calls wrong, this close to the counter, states it
FLOOR = min(PROPOSITION, STEM_PROPOSITION, ARTICLE_PROPOSITION, FIGURE)  # no sentence less close than this is gathered
BLOCK = 256               # queries whose similarities to every sentence are computed at once


@dataclass(frozen=True, slots=True)
class Dispute:
    claims: tuple[int, ...]      # indices into the story's claims: counters and assertions
    denying: tuple[str, ...]     # articles that deny
    asserting: tuple[str, ...]   # articles that state the proposition (or only allow for it)
    source: str | None           # who denies (an entity id or the speaker as written)
    proposition: int             # the claim that states the proposition best
    kind: str = "denied"  # "denied" (a denial word), "contradicted" (one predicate, opposite polarity) or "contested"
    #                       (a one-winner outcome given to two holders)
    rules: tuple[str, ...] = ()  # the named rules that gathered it ("kin": a neighbouring concept stated it)


def is_denial(c: Claim, language: str | None) -> bool:
    """A sentence standing against a proposition: a denial or ruling-out, or a bare negation (no evidence,
    non-existence) that a source is quoted or reported saying, or no evidence that names an official source."""
    found = counter(c.text, language)
    if found is None or found.kind == "allows":
        return False
    if found.kind in DENYING:
        return True
    if c.attributed_to is not None or "reporting" in cues(c.text, language):
        return True
    # "police found no trace": an official's finding; "there were no police there" names the police as no source;
    # "the railway company: the canopy was not part of the works" likewise
    # "the court acquitted him": a verdict naming the court (or reported) is a finding against the charge
    return found.kind in ("no_evidence", "exclusions", "classifications", "verdicts") and sourced(c.text, language)


def _voiced(c: Claim, language: str | None) -> bool:
    """A denial someone makes: quoted or reported ("…, the ministry said"; "laut Polizei") or naming the official
    source whose finding it is. A writer's own "not caused by" beside the story ("the deadliest incident not caused by
    a natural disaster") names nobody who denies (rule voiced). A correction ("at first five were reported") answers
    a report it names: the report is its source."""
    found = counter(c.text, language)
    return c.attributed_to is not None or "reporting" in cues(c.text, language) or sourced(c.text, language) \
        or (found is not None and found.kind == CORRECTIONS)


def _voiced_row(claims: list[Claim], lang: list[str | None], members: set[int]) -> bool:
    """The row's denials are someone's: one of them voiced, or written by two articles or more (a finding outlets
    repeat without naming its source is still reported, not one writer's aside)."""
    denials = [i for i in members if is_denial(claims[i], lang[i])]
    return any(_voiced(claims[i], lang[i]) for i in denials) or len({claims[i].article for i in denials}) >= 2


def _stems(text: str, language: str | None) -> set[str]:
    """Spelling-blind stems of the content words ("cyberattack", "кибератака", "ciberataque" -> "kiber") and the
    concepts it names in the language's data ("arson" for "Brandstiftung" and "εμπρησμού"), as anchors."""
    stops = stop_words(language)
    named = concepts(text, language)
    # a neighbouring concept anchors too ("explosion" beside a denied "attack": rule kin)
    out = {f"concept:{c}" for c in named} | {f"kin:{k}" for k in kin(named)}
    for t in tokenize(text):
        if not t.text.isalpha() or len(t.text) < STEM or t.low in stops:
            continue
        s = skeleton(t.text, language).replace(" ", "").replace("c", "k").replace("q", "k")
        if len(s) >= STEM:
            out.add(s[:STEM])
    return out


def _content(text: str, language: str | None) -> set[str]:
    """The stems and concepts a text names itself, not the families of its concepts."""
    return {s for s in _stems(text, language) if not s.startswith("kin:")}


def disputes(sc: StoryComparison) -> list[Dispute]:
    """Denied propositions with the articles that deny and state them."""
    claims, lang = sc.claims, [sc.languages.get(c.article) for c in sc.claims]
    stems = [_stems(c.text, lang[i]) for i, c in enumerate(claims)]
    out = _denied(sc, lang, stems)
    for held, failed in contradictions(sc, lang, stems):
        row = _contradiction(sc, held, failed, lang)
        k = next((k for k, d in enumerate(out) if len(set(d.claims) & set(row.claims)) >= SAME_ROW * len(row.claims)),
                 None)
        if k is None:
            out.append(row)
        else:  # a denial row's proposition again: its other wordings ("it was in good condition") join that row
            out[k] = _joined(out[k], row)
    for claimed, established, source in outcomes(sc, lang):
        taken = {i for d in out for i in d.claims}
        if len((claimed | established) & taken) < SAME_ROW * len(claimed | established):
            out.append(_outcome(sc, claimed, established, source))
    return out


@dataclass(slots=True)
class _Counters:
    """The counters of one story with what each denies (its complement and that complement's vector), the story's
    sentences per article and its topic (the entities and stems too common to anchor a proposition)."""
    sc: StoryComparison
    lang: list[str | None]
    stems: list[set[str]]
    against: list[int]
    comp: dict[int, str]
    cvec: dict[int, np.ndarray]
    by_article: dict[str, list[int]]
    topic: set[str]
    partners: dict[int, set[int]]  # each sentence's aligned sentences in other articles
    close: "_Closeness"            # the sentences close to each complement and each counter or context sentence
    bare: dict[int, int]           # a bare denial ("This is false.") and the sentence before it that it denies
    worded: set[int] = field(default_factory=set)  # sentences joined as another wording of a stating one
    figured: set[int] = field(default_factory=set)  # sentences giving a figure a counter calls wrong (rule figure)
    restated: set[int] = field(default_factory=set)  # articles' sentences closest to a stating one (rule restated)


def _denied(sc: StoryComparison, lang: list[str | None], stems: list[set[str]]) -> list[Dispute]:
    """The rows of propositions some sentence denies, rules out or finds no evidence for."""
    partners = _partners(sc)
    against = _counters(sc, lang, partners)
    if not against:
        return []
    claims = sc.claims
    comp = {d: complement(claims[d].text, counter(claims[d].text, lang[d]), lang[d]) for d in against}
    by_article: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_article.setdefault(c.article, []).append(i)
    bare = _bare(claims, lang, against, comp, by_article)
    spread = Tally(a for i, c in enumerate(claims) for a in set(c.entities) | stems[i])
    topic = {a for a, n in spread.items() if n > max(TOPIC_MIN, TOPIC_SHARE * len(claims))}
    cvec = dict(zip(against, sc.ctx.embedder.embed([comp[d] for d in against])))
    cs = _Counters(sc, lang, stems, against, comp, cvec, by_article, topic, partners, _Closeness(sc.vecs, cvec), bare)
    groups = _denial_groups(cs)
    # every group's counters and the sentences before them at once: one matrix product per block of them, not one
    # pass over the story's sentences per group (the groups grow with the articles, so that grew with their square)
    cs.close.fetch(sorted({i for g in groups for d in g for i in {d} | _denied_here(cs, d)}))
    rows = [_gathered(cs, group) for group in groups]
    out = (_dispute(sc, g, m, lang, np.array([cs.cvec[d] for d in g]), cs.worded, cs.restated, cs.figured,
                    set(cs.bare))
           for g, m, st in _merged(rows, _denials_by_article(claims, lang, rows), sc.vecs, claims)
           if st - {i for i in m if is_denial(claims[i], lang[i])}  # a denial of what nobody states is no dispute
           and _voiced_row(claims, lang, m))
    return [d for d in out if d is not None]


class _Closeness:
    """The sentences at least FLOOR close to each counter's complement and to each counter or context sentence.

    One matrix product per block of queries, kept sparse: each group of counters then looks only at its few close
    sentences, never at the whole story again (a story's denials grow with its articles, so a scan of every
    sentence per group would grow with their square)."""

    def __init__(self, vecs: np.ndarray, cvec: dict[int, np.ndarray]):
        self.vecs = vecs
        self.comp = dict(zip(cvec, self._hits(np.array(list(cvec.values())))))
        self.sent: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def _hits(self, queries: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """(sentence indices, similarities) at least FLOOR close to each query."""
        out: list[tuple[np.ndarray, np.ndarray]] = []
        for at in range(0, len(queries), BLOCK):
            sims = self.vecs @ queries[at:at + BLOCK].T
            for col in range(sims.shape[1]):
                rows = np.flatnonzero(sims[:, col] >= FLOOR)
                out.append((rows, sims[rows, col]))
        return out

    def fetch(self, sentences: list[int]) -> None:
        """The close sentences of each sentence not yet looked at."""
        todo = [i for i in sentences if i not in self.sent]
        if todo:
            self.sent.update(zip(todo, self._hits(self.vecs[todo])))

    def best(self, counters: list[int], sentences: list[int]) -> dict[int, float]:
        """Each sentence at least FLOOR close to one of the counters' complements or to one of the sentences, with
        its greatest similarity."""
        self.fetch(sentences)
        out: dict[int, float] = {}
        for rows, sims in [self.comp[d] for d in counters] + [self.sent[i] for i in sentences]:
            for i, sim in zip(rows.tolist(), sims.tolist()):
                if sim > out.get(i, -1.0):
                    out[i] = sim
        return out


def _partners(sc: StoryComparison) -> dict[int, set[int]]:
    """Each sentence's aligned sentences in other articles (looked up per sentence, never by a scan of the story)."""
    out: dict[int, set[int]] = {}
    for a, b in sc.alignment:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def _counters(sc: StoryComparison, lang: list[str | None], partners: dict[int, set[int]]) -> list[int]:
    """The sentences denying something, less those that are one wording of a plain statement elsewhere.

    A counter whose translation elsewhere has no counter cue ("медсестер на месте не было" / "the nurses weren't at
    their posts"; "fake information" / "фейковую информацию") is one wording of a statement: a translation negates
    too or is a near-copy; a sentence allowing for it ("not ruled out") or stating it flatly ("the blaze was arson",
    aligned but no near-copy) is the other side of the dispute."""
    claims = sc.claims
    against = [i for i, c in enumerate(claims) if is_denial(c, lang[i])]
    plain = {i for i, c in enumerate(claims) if counter(c.text, lang[i]) is None}
    negating = {i for i in plain if cues(claims[i].text, lang[i]) & {"negations", "denials"}}
    return [d for d in against if not any(p in negating or sc.sim_of(d, p) >= TRANSLATION
                                          for p in partners.get(d, set()) & plain)]


def _denial_groups(cs: _Counters) -> list[list[int]]:
    """Counters reporting one denial: similar sentences or complements, the same speaker, or aligned."""
    sc, claims, against = cs.sc, cs.sc.claims, cs.against
    full = {d for d in against if len(_content(cs.comp[d], cs.lang[d])) >= CONTENT}
    ccon = {d: concepts(cs.comp[d], cs.lang[d]) for d in against}
    ccon = {d: names | kin(names) for d, names in ccon.items()}  # "attack" and "terrorist act" deny one cause
    uf = DisjointSets(len(claims))
    for a, b, sim in _denial_pairs(cs):
        if claims[a].article != claims[b].article:
            sa, sb = claims[a].attributed_to, claims[b].attributed_to
            speaker = sa is not None and sa == sb
            other = sa is not None and sb is not None and sa != sb  # two speakers deny two things
            # "It is untrue" says nothing of what it denies: it meets a denial that does only through its speaker
            other = other or ((a in full) != (b in full))
            named = ccon[a] & ccon[b]  # both deny the same concept ("arson" / "εμπρησμού"): less wording in common
            if ((sim >= SAME_DENIAL or (named and sim >= SAME_CONCEPT_DENIAL)) and not other) \
                    or (speaker and sim >= SAME_SPEAKER_DENIAL) or sc.aligned(a, b):
                uf.union(a, b)
    return list(uf.groups(against).values())


def _denial_pairs(cs: _Counters) -> list[tuple[int, int, float]]:
    """Pairs of counters (a < b) similar enough to report one denial by some rule, or aligned, with the greater of
    their sentences' and their complements' similarity: the few candidates, not every pair looked at in turn."""
    against = np.array(cs.against)  # in story order: a < b for every pair found below the diagonal's right
    vecs = cs.sc.vecs[against]
    cvecs = np.array([cs.cvec[d] for d in cs.against])
    sims = np.maximum(vecs @ vecs.T, cvecs @ cvecs.T)
    x, y = np.nonzero(np.triu(sims >= min(SAME_DENIAL, SAME_CONCEPT_DENIAL, SAME_SPEAKER_DENIAL), 1))
    pairs = {(int(against[i]), int(against[j])): float(sims[i, j]) for i, j in zip(x.tolist(), y.tolist())}
    at = {d: k for k, d in enumerate(cs.against)}
    for a in cs.against:
        for b in cs.partners.get(a, set()) & at.keys():
            if a < b:
                pairs.setdefault((a, b), float(sims[at[a], at[b]]))
    return [(a, b, sim) for (a, b), sim in sorted(pairs.items())]


def _gathered(cs: _Counters, group: list[int]) -> tuple[list[int], set[int], set[str], set[int]]:
    """(the group's counters, every sentence stating or countering what they deny, its anchors, the stating ones)."""
    claims = cs.sc.claims
    figured, figures, whole = _figured(cs, group)
    if whole and figured:  # a figure called wrong: what states it is what gives that figure, not the story around it
        cs.figured |= figured
        return group, set(group) | figured, figures, figured
    seeds = set()
    for d in group:
        seeds |= _denied_here(cs, d)
    every_ent, every_word = _anchors(claims, group, cs.comp, cs.lang)
    ents, words = every_ent - cs.topic, every_word - cs.topic  # what most of the story names anchors no proposition
    members = set(group) | seeds | _near(cs, group, seeds, ents, words)
    members |= _closest_in_articles(cs, group, members, every_ent, every_word)
    stating = _stating(cs, group, members)
    # rule wording: a stating sentence's aligned wording in another article (a translation, a paraphrase) that
    # names the same thing states it too, though it is less close to what the counters deny
    held = {claims[i].article for i in members}
    worded = {p for s in stating for p in cs.partners.get(s, ()) if claims[p].article not in held
              and not _countering(claims[p].text, cs.lang[p])
              and (set(claims[p].entities) & every_ent or cs.stems[p] & every_word)}
    cs.worded |= worded
    restated = _restated(cs, members | worded, stating | worded, (every_ent, every_word), (ents, words))
    cs.restated |= restated
    cs.figured |= figured
    return (group, members | worded | restated | figured, ents | words | figures,
            stating | worded | restated | figured)


def _figured(cs: _Counters, group: list[int]) -> tuple[set[int], set[str], bool]:
    """Rule figure: the sentences giving a figure a counter calls wrong ("not 700", "700 is exaggerated") for the
    same thing (close to the counter), in any article, the figures as anchors ("figure:count:700"), and whether
    every counter of the group calls a figure wrong. A figure is the proposition's own words in every language: the
    number itself names what is denied."""
    claims, sc = cs.sc.claims, cs.sc
    cues = {d: counter(claims[d].text, cs.lang[d]) for d in group}
    denied = {d: f for d in group if (f := denied_figure(claims[d].text, cues[d], cs.lang[d])) is not None}
    # the figure is the whole of what is denied when it is negated itself ("not 700"), named before the denial
    # ("the figure of 700 is exaggerated") or first reported ("at first five dead were reported": a correction
    # corrects the figure); "denied reports that 300 soldiers died" denies an event with its figure
    alone = all(d in denied and (cues[d].kind in ("figures", CORRECTIONS) or denied[d].start < cues[d].start)
                for d in group)
    out: set[int] = set()
    if not denied:  # most denials name no figure: no look at the story's values
        return out, set(), False
    # only the sentences close to a counter at all (its sparse hits, FLOOR <= FIGURE), never a scan of the story per
    # group: the groups grow with the articles, so a scan grew with their square (bench: 300 articles 6 -> 12 CPU s)
    cs.close.fetch(sorted(denied))
    near = sorted({i for d in denied for i in cs.close.sent[d][0].tolist()})
    for i in near:
        c = claims[i]
        if i in group or not c.values or _countering(c.text, cs.lang[i]):
            continue
        for d, f in denied.items():
            if sc.sim_of(i, d) >= FIGURE and any(same_value(v, f) for v in c.values):
                out.add(i)
                break
    return out, ({f"figure:{value_key(f)}" for f in denied.values()} if out else set()), alone


def _near(cs: _Counters, group: list[int], seeds: set[int], ents: set[str], words: set[str]) -> set[int]:
    """Sentences aligned with a counter or with a sentence before it that names what is denied (not the lead),
    or close to one of them and sharing an anchor."""
    claims = cs.sc.claims
    named = {s for s in seeds if set(claims[s].entities) & ents or cs.stems[s] & words}
    best = cs.close.best(group, sorted(set(group) | seeds))
    out = {i for s in named | set(group) for i in cs.partners.get(s, ())}
    for i, sim in best.items():
        if (cs.stems[i] & words and sim >= STEM_PROPOSITION) \
                or ((set(claims[i].entities) & ents or cs.stems[i] & words) and sim >= PROPOSITION):
            out.add(i)
        elif sim >= PROPOSITION and _countering(claims[i].text, cs.lang[i]):
            # "nadstrešek ni bil vključen v prenovo" beside "the canopy was not part of the works": the writer's own
            # wording of the denial, its cue in place of a shared word (words differ across languages)
            out.add(i)
    return out


def _countering(text: str, language: str | None) -> bool:
    """The sentence holds a cue against something (said by anyone), not one allowing for it."""
    found = counter(text, language)
    return found is not None and found.kind != "allows"


def _closest_in_articles(cs: _Counters, group: list[int], members: set[int], every_ent: set[str],
                         every_word: set[str]) -> set[int]:
    """In each article none of whose sentences is a member yet, its sentence closest to what is denied when that
    close and naming an anchor: the asserting side is found by what is denied, in every article (what is denied
    may be the story's own event: here its topic's names anchor too)."""
    claims = cs.sc.claims
    held = {claims[i].article for i in members}
    closest: dict[str, tuple[float, int]] = {}
    for i, sim in cs.close.best(group, ()).items():  # an article's closest sentence, when one is close at all
        art = claims[i].article
        if sim >= ARTICLE_PROPOSITION and (art not in closest or (sim, -i) > (closest[art][0], -closest[art][1])):
            closest[art] = (sim, i)
    return {i for art, (_, i) in closest.items() if art not in held
            and (set(claims[i].entities) & every_ent or cs.stems[i] & every_word)}


def _restated(cs: _Counters, members: set[int], stating: set[int], every: tuple[set[str], set[str]],
              own: tuple[set[str], set[str]]) -> set[int]:
    """Rule restated: in each article none of whose sentences is in the row, its sentence closest to one stating
    the proposition, when that close and naming an anchor, and countering nothing. An assertion is nearer another
    assertion (a translation, a paraphrase, a headline) than the negated words of a denial: one denial in one
    article still gathers the articles that assert what it denies, in every language. A sentence naming only the
    story's topic (the crash, the airline) must be as close as one wording of another: it may say anything."""
    claims = cs.sc.claims
    if not stating:
        return set()

    def named(i: int, anchors: tuple[set[str], set[str]]) -> bool:
        return bool(set(claims[i].entities) & anchors[0] or cs.stems[i] & anchors[1])

    source = sorted(stating)
    held = {claims[i].article for i in members}
    candidates: dict[str, list[tuple[float, int]]] = {}
    for i, sim in cs.close.best((), source).items():
        art = claims[i].article
        if art in held or sim < ARTICLE_PROPOSITION or _countering(claims[i].text, cs.lang[i]):
            continue
        # an anchor of the denial, or one the sentence shares with the assertion it is close to (who confirmed it:
        # "Rutte confirmed the soldiers died" / "Rutte potvrdio je smrt vojnika"), never the story's topic alone
        near = [s for s in source if cs.sc.sim_of(i, s) >= ARTICLE_PROPOSITION]
        shared = any(named(i, (set(claims[s].entities) - cs.topic, cs.stems[s] - cs.topic)) for s in near)
        if not (shared or named(i, own) or (sim >= PROPOSITION and named(i, every))):
            continue
        candidates.setdefault(art, []).append((sim, i))
    # an article that restates the proposition in two sentences as close (a lead and its body, a headline and its
    # first line) restates it in both: every sentence within RESTATED_TIE of its closest joins the row
    return {i for found in candidates.values() for sim, i in found if sim >= max(found)[0] - RESTATED_TIE}


def _stating(cs: _Counters, group: list[int], members: set[int]) -> set[int]:
    """The members stating the proposition: close to what the counters deny, not merely beside them or on the topic.

    "There was no tram on the bridge" only reports a fact unless someone says there was: an assertion of what only
    non-existence counters deny must be as close to their complements as one wording to another."""
    sc, claims = cs.sc, cs.sc.claims
    denied = np.array([cs.cvec[d] for d in group] + [sc.vecs[d] for d in group])
    bare = all(counter(claims[d].text, cs.lang[d]).kind == "nonexistence" for d in group)
    need, against_what = (TRANSLATION, np.array([cs.cvec[d] for d in group])) if bare else (ARTICLE_PROPOSITION, denied)
    out = {i for i in members - set(group) if float((sc.vecs[i] @ against_what.T).max()) >= need}
    # ... and by another source: the sentences around its own "there was no tram" only tell the same story
    return {i for i in out if claims[i].article not in {claims[d].article for d in group}} if bare else out


def _anchors(claims: list[Claim], group: list[int], comp: dict[int, str], lang: list[str | None]
             ) -> tuple[set[str], set[str]]:
    """Entities and word stems written in at least ANCHOR_SHARE of the group's articles (its counters)."""
    arts = {claims[d].article for d in group}
    ent_arts: Tally = Tally()
    stem_arts: Tally = Tally()
    for a in arts:
        ds = [d for d in group if claims[d].article == a]
        ent_arts.update({e for d in ds for e in claims[d].entities})
        # the concepts a counter names anywhere ("ein Einzeltäter": the perpetrator) with its complement's stems
        stem_arts.update({s for d in ds for s in _stems(comp[d], lang[d])
                          | {f"concept:{c}" for c in concepts(claims[d].text, lang[d])}
                          | {f"kin:{k}" for k in kin(concepts(claims[d].text, lang[d]))}})
    need = max(1.0, ANCHOR_SHARE * len(arts))
    return {e for e, n in ent_arts.items() if n >= need}, {s for s, n in stem_arts.items() if n >= need}


def _denials_by_article(claims: list[Claim], lang: list[str | None],
                        rows: list[tuple[list[int], set[int], set[str], set[int]]]) -> dict[int, str]:
    """The denying sentences among the rows' members, each with its article."""
    members = sorted({i for row in rows for i in row[1]})
    return {i: claims[i].article for i in members if is_denial(claims[i], lang[i])}


def _merged(rows: list[tuple[list[int], set[int], set[str], set[int]]], denials: dict[int, str] | None = None,
            vecs: np.ndarray | None = None, claims: list[Claim] | None = None
            ) -> list[tuple[list[int], set[int], set[int]]]:
    """Rows sharing an anchor and most of the smaller one's sentences, each holding a denial of the other, or both
    holding the denials of SHARED_DENIALS articles or more, joined: one proposition denied in two ways (rows about
    one event anchored on different things stay apart: the call, and who was told of it). A denial reported by two
    outlets that two rows both gathered denies one thing: the rows found it from two of its counters (rule
    ``shared denial``); one denial in common is no proposition. Rule same statement (``vecs`` and ``claims``
    given): two rows whose stating sentences say the same on average (centroids SAME_STATEMENT close) in the same
    articles state one proposition that two denials in other words answer ("witch hunt" in Hungarian, "rejected
    the indictment" in English: no wording nor anchor in common, the verdict they answer the same) and their
    stating sentences' departures from the story's mean sentence not opposed (OWN_STATEMENT): the mean of a large
    row is the story's topic, so rows stating two things about one crash are SAME_STATEMENT close by it alone."""
    denials = denials or {}
    uf = DisjointSets(len(rows))
    centre = _centroids(rows, vecs) if vecs is not None and claims is not None else [None] * len(rows)
    own = _centroids(rows, vecs - vecs.mean(axis=0)) if vecs is not None and claims is not None else centre
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            ma, mb = rows[a][1], rows[b][1]
            if len({denials[i] for i in ma & mb if i in denials}) >= SHARED_DENIALS:
                uf.union(a, b)
                continue
            if centre[a] is not None and centre[b] is not None and float(centre[a] @ centre[b]) >= SAME_STATEMENT \
                    and (own[a] is None or own[b] is None or float(own[a] @ own[b]) >= OWN_STATEMENT):
                arts_a = {claims[i].article for i in rows[a][3]}
                arts_b = {claims[i].article for i in rows[b][3]}
                if len(arts_a & arts_b) >= SAME_STATERS * min(len(arts_a), len(arts_b)):
                    uf.union(a, b)
                    continue
            # each holding a denial of the other: one proposition denied in words too far apart to join or share an
            # anchor ("nije bila predmet rekonstrukcije" / "work did not include the overhang")
            if (set(rows[a][0]) & mb and set(rows[b][0]) & ma) \
                    or (rows[a][2] & rows[b][2] and len(ma & mb) >= SAME_ROW * min(len(ma), len(mb))):
                uf.union(a, b)
    out = []
    for idx in uf.groups(range(len(rows))).values():
        out.append(([d for k in idx for d in rows[k][0]], set().union(*(rows[k][1] for k in idx)),
                    set().union(*(rows[k][3] for k in idx))))
    return out


def _centroids(rows: list[tuple[list[int], set[int], set[str], set[int]]], vecs: np.ndarray) -> list[np.ndarray | None]:
    """Each row's stating sentences' mean direction (unit length), None for a row stating nothing."""
    out: list[np.ndarray | None] = []
    for row in rows:
        if not row[3]:
            out.append(None)
            continue
        c = vecs[sorted(row[3])].mean(axis=0)
        n = float(np.linalg.norm(c))
        out.append(c / n if n else None)
    return out


def _dispute(sc: StoryComparison, group: list[int], members: set[int], lang: list[str | None],
             denied: np.ndarray, worded: set[int], restated: set[int] = frozenset(),
             figured: set[int] = frozenset(), bare: set[int] = frozenset()) -> Dispute | None:
    """The row of one proposition; its label is the statement closest to what the counters deny."""
    claims = sc.claims
    denying_idx = sorted(i for i in members if is_denial(claims[i], lang[i]))
    stated = sorted(set(members) - set(denying_idx))
    if not stated or not denying_idx or len({claims[i].article for i in members}) < 2:
        return None  # one article qualifying itself is no dispute between sources
    denying = tuple(dict.fromkeys(claims[d].article for d in denying_idx))
    asserting = tuple(dict.fromkeys(claims[i].article for i in stated))
    best = stated[int(np.argmax((sc.vecs[stated] @ denied.T).max(axis=1)))]
    return Dispute(tuple(sorted(members)), denying, asserting, _source(claims, sorted(group)), best,
                   rules=("kin",) * _by_kin(claims, group, stated, lang) + ("wording",) * bool(members & worded)
                   + ("restated",) * bool(members & restated) + ("figure",) * bool(members & figured)
                   + ("bare",) * bool(members & bare))


def _by_kin(claims: list[Claim], group: list[int], stated: list[int], lang: list[str | None]) -> bool:
    """A stating sentence names the denied thing only by a neighbouring concept ("an explosion" against "no sign of
    an attack"): rule kin."""
    denied = set().union(*(concepts(claims[d].text, lang[d]) for d in group))
    families = kin(frozenset(denied))
    return any(not concepts(claims[i].text, lang[i]) & denied and kin(concepts(claims[i].text, lang[i])) & families
               for i in stated)


def _contradiction(sc: StoryComparison, held: set[int], failed: set[int], lang: list[str | None]) -> Dispute:
    """One source's "it worked" against another's "it failed": the side a source is quoted or reported on, or
    that names an official, is the one contradicting; else the side saying it did not hold."""
    claims = sc.claims

    def sourced_side(side: set[int]) -> int:
        return sum(claims[i].attributed_to is not None or "reporting" in cues(claims[i].text, lang[i])
                   or sourced(claims[i].text, lang[i]) for i in side)

    deny, state = (held, failed) if sourced_side(held) > sourced_side(failed) else (failed, held)
    return Dispute(tuple(sorted(held | failed)), tuple(dict.fromkeys(claims[i].article for i in sorted(deny))),
                   tuple(dict.fromkeys(claims[i].article for i in sorted(state))), _source(claims, sorted(deny)),
                   min(state), "contradicted")


def _joined(row: Dispute, other: Dispute) -> Dispute:
    """A row with another row's sentences and articles on the same sides: one proposition found twice."""
    return Dispute(tuple(sorted(set(row.claims) | set(other.claims))),
                   tuple(dict.fromkeys(row.denying + other.denying)),
                   tuple(dict.fromkeys(row.asserting + other.asserting)), row.source, row.proposition, row.kind,
                   tuple(dict.fromkeys(row.rules + other.rules)))


def _outcome(sc: StoryComparison, claimed: set[int], established: set[int], source: str | None) -> Dispute:
    """Another holder's outcome ("we won", "exit polls gave it to X") against the established one ("Y won")."""
    claims, state = sc.claims, sorted(claimed)
    best = max(state, key=lambda i: max(sc.sim_of(i, j) for j in established))  # the claim nearest the result
    return Dispute(tuple(sorted(claimed | established)),
                   tuple(dict.fromkeys(claims[i].article for i in sorted(established))),
                   tuple(dict.fromkeys(claims[i].article for i in state)), source, best, "contested")


def _bare(claims: list[Claim], lang: list[str | None], against: list[int], comp: dict[int, str],
          by_article: dict[str, list[int]]) -> dict[int, int]:
    """Rule bare: a denial naming fewer than CONTENT content words of what it denies ("This is false.", "Это
    неправда.", "C'est faux."), or any counter naming as little with a word pointing back ("there was no such
    agreement", "такой беседы не было": ``anaphora`` in the language's data), denies the sentence before it in its
    article (within BARE_REACH sentences): its complement becomes that sentence's proposition, read without its
    attribution ("…, the newspaper reported"), or what that sentence denies when it is a denial itself ("Peskov
    denied the report. 'It is untrue,' he said."). The denier's own words just before it are passed over ("This
    is the clearest example of the information published now. It is completely untrue."), and so is a denial
    before it that names as little ("There was no conversation. This is completely untrue."), which then denies
    the same. Each bare denial -> the sentence it denies; ``comp`` is updated in place."""
    out: dict[int, int] = {}
    for d in against:  # in story order: a bare denial after a bare denial denies what the first one does
        c = claims[d]
        cue = counter(c.text, lang[d])
        if len(_content(comp[d], lang[d])) >= CONTENT \
                or not (cue.kind == "denials" or anaphoric(c.text, cue, comp[d], lang[d])):
            continue
        same = by_article[c.article]
        pos = same.index(d)
        chain, found = [d], None
        for prev in reversed(same[max(0, pos - BARE_REACH):pos]):
            p = claims[prev]
            if c.sentence is not None and p.sentence is not None and c.sentence - p.sentence > BARE_REACH:
                break
            if prev in comp:  # a counter: what it denies (a bare one's already read from before it)
                if len(_content(comp[prev], lang[prev])) >= CONTENT:
                    found = (out.get(prev, prev), comp[prev])
                    break
                chain.append(prev)  # "There was no conversation": as bare, it denies what this one does
                continue
            if c.attributed_to is not None and p.attributed_to == c.attributed_to:
                continue  # the denier's own words around the denial
            text = without_attribution(p.text, lang[prev])
            if len(_content(text, lang[prev])) >= CONTENT:
                found = (prev, text)
            break
        if found is None:
            continue
        for x in chain:
            out[x], comp[x] = found
    return out


def _denied_here(cs: _Counters, d: int) -> set[int]:
    """The sentences just before a counter in its article that hold what it denies: sharing an entity the story is
    not all about, as close as another wording, or before a counter that says nothing of what it denies."""
    sc, c = cs.sc, cs.sc.claims[d]
    same_article = cs.by_article[c.article]
    pos = same_article.index(d)
    # "It is completely untrue," he said: what is denied is the sentence before
    if d in cs.bare:  # rule bare: what it denies is the sentence before it
        j = cs.bare[d]
        return set() if is_denial(sc.claims[j], cs.lang[j]) else {j}
    bare = c.attributed_to is not None and (not c.entities or len(_content(cs.comp[d], cs.lang[d])) < CONTENT)
    out = set()
    for j in same_article[max(0, pos - CONTEXT):pos]:
        other = sc.claims[j]
        if not is_denial(other, cs.lang[j]) and ((set(other.entities) & set(c.entities)) - cs.topic
                                                  or sc.sim_of(d, j) >= PROPOSITION or bare):
            out.add(j)
    return out


def _source(claims: list[Claim], group: list[int]) -> str | None:
    """Who denies: the speaker most denials are attributed to, else the first entity of the first denial."""
    speakers = [claims[d].attributed_to for d in group if claims[d].attributed_to]
    if speakers:  # the most frequent, the first written among equals (never a set's order)
        return Tally(speakers).most_common(1)[0][0]
    for d in sorted(group):
        if claims[d].entities:
            return claims[d].entities[0]
    return None
