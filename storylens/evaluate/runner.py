"""Run the analysis on the gold sets and measure it: what ``storylens eval`` calls."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Callable, Sequence

from ..ingest import Document
from ..model import Report
from ..pipeline import Stage
from ..resources import Context
from .measures import Section

log = logging.getLogger("storylens")

SETS = ("seeds", "wmt", "ner", "stories", "heldout", "stream", "framing", "polnear")


def find_shared(explicit: str | Path | None = None) -> Path | None:
    """The shared data directory: given, else ``../shared`` from here or beside the repository."""
    if explicit:
        return Path(explicit)
    here = Path(__file__).resolve()
    for candidate in (Path.cwd().parent / "shared", Path.cwd() / "shared", here.parents[3] / "shared"):
        if (candidate / "gold").is_dir() or (candidate / "data").is_dir():
            return candidate
    return None


def stages_up_to(last: str | None) -> list[Stage]:
    """The default stages that the one named ``last`` needs, and it (all of them when None)."""
    from ..pipeline import required
    from ..stages import default_stages

    stages = default_stages()
    return stages if last is None else required(stages, last)


def analyser(ctx: Context, last_stage: str | None = None) -> Callable[[list[Document]], Report]:
    """A function analysing a list of documents together with one shared context (models load once): the whole
    analysis as ``storylens.analyze`` runs it, or only the stages ``last_stage`` needs."""
    from ..api import analyze

    stages = stages_up_to(last_stage) if last_stage else None
    return lambda docs: analyze(docs, ctx=ctx, stages=stages)


def eval_seeds(shared: Path, ctx: Context) -> Section:
    from ..api import analyze
    from .seeds import score_seeds

    report = analyze(shared / "seeds", ctx=ctx)
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return score_seeds(report.to_dict(), gold)


def eval_wmt(root: Path, ctx: Context, limit: int | None = None, verbose: bool = False) -> Section:
    from . import wmt

    docs = wmt.load_docs(root, limit)
    progress = (lambda name: log.info("eval: wmt %s", name)) if verbose else None
    return wmt.evaluate(docs, analyser(ctx), progress)


def eval_ner(path: Path, ctx: Context, limit: int | None = None) -> Section:
    from . import ner

    return ner.evaluate(ner.read_set(path, limit), analyser(ctx, "entities"), str(path))


def eval_stories(texts: Path | None, ctx: Context, verbose: bool = False, story_set: str = "stories") -> Section:
    """One set of real stories (``stories`` or ``heldout``), each story analysed as one run and scored alike."""
    from . import storygold, stories

    spec = storygold.STORY_SETS[story_set]
    analyse = analyser(ctx)

    def one_run(docs: list[Document]) -> dict:
        if verbose:
            log.info("eval: %s %s (%d articles)", story_set, Path(docs[0].source).parent.name, len(docs))
        return analyse(docs).to_dict()

    section = stories.evaluate(storygold.load_gold(spec.gold_dir), texts, one_run)
    section.title = spec.title
    section.notes = [n.replace("--sets stories", f"--sets {story_set}") for n in section.notes]
    return section


def eval_stream(shared: Path | None, texts: Path | None, ctx: Context, limit: int | None = None,
                stories: bool = True) -> Section:
    """Story clustering on a shuffled stream: the WMT documents (the first ``limit``), the seeds and, with
    ``stories``, the development stories whose texts are on disk."""
    from . import storygold, stream
    from ..stories import cluster

    notes: list[str] = []
    wmt_root = shared / "data" / "wmt21-ru-en-dev" if shared else None
    seeds = shared / "seeds" if shared else None
    docs, gold = stream.stream_documents(wmt_root if wmt_root and wmt_root.is_dir() else None,
                                         seeds if seeds and seeds.is_dir() else None,
                                         storygold.load_gold() if stories else [], texts, limit, notes)
    return stream.evaluate(docs, gold, article_analyser(ctx), lambda order: cluster(order, ctx), notes=notes)


def article_analyser(ctx: Context) -> Callable[[list[Document]], list]:
    """The per-article phase up to claims (what clustering reads), one document at a time."""
    from ..phases import analyse_article
    from ..pipeline import required
    from ..stages import article_stages

    stages = required(article_stages(), "claims")
    return lambda docs: [analyse_article(d, ctx, stages) for d in docs]


def eval_framing(root: Path | None, ctx: Context, limit: int | None = None) -> Section:
    from ..errors import StorylensError
    from . import framing

    found = find_framing(root)
    if found is None or not found.is_dir():
        raise StorylensError(f"no framing development data ({found or '../devdata/framing'}); pass --framing DIR")
    items = framing.load_items(found)
    if not items:
        raise StorylensError(f"no labelled articles (*.jsonl) under {found}; see tools/framing_devdata.py")
    items = items[:limit] if limit else items
    return framing.evaluate(items, analyser(ctx))


def find_framing(explicit: Path | None = None) -> Path | None:
    """The labelled framing articles: given, else ``devdata/framing`` beside the working directory."""
    if explicit:
        return Path(explicit)
    for base in (Path.cwd().parent, Path.cwd(), Path(__file__).resolve().parents[3]):
        if (base / "devdata" / "framing").is_dir():
            return base / "devdata" / "framing"
    return None


def find_devdata(explicit: str | Path | None = None) -> Path | None:
    """The git-ignored local development data: given, else ``../devdata`` beside the repository."""
    if explicit:
        return Path(explicit)
    here = Path(__file__).resolve()
    for candidate in (Path.cwd().parent / "devdata", Path.cwd() / "devdata", here.parents[3] / "devdata"):
        if candidate.is_dir():
            return candidate
    return None


def eval_polnear(root: Path, ctx: Context, limit: int | None = None) -> Section:
    from . import polnear

    return polnear.evaluate(polnear.read_set(root, limit), analyser(ctx, "quotes"), str(root))


def run(sets: Sequence[str] = ("seeds", "wmt"), shared: Path | None = None, ner_paths: Sequence[Path] = (),
        limit: int | None = None, ctx: Context | None = None, verbose: bool = False,
        stories_dir: Path | None = None, framing_dir: Path | None = None, polnear: Path | None = None,
        heldout_dir: Path | None = None, config: str | Path | None = None) -> list[Section]:
    """Measure each requested set; a section's ``extra['seconds']`` is how long it took. Without ``ctx``, the
    settings are read as ``storylens analyze`` reads them (``config`` or ./storylens.toml, ``STORYLENS_*``)."""
    from ..settings import Settings

    ctx = ctx or Context(Settings.load(config))
    shared = shared or find_shared()
    out: list[Section] = []
    jobs: list[tuple[str, Callable[[], Section]]] = []
    if "seeds" in sets:
        jobs.append(("seeds", lambda: eval_seeds(_need(shared, "gold/seeds.json").parents[1], ctx)))
    if "wmt" in sets:
        jobs.append(("wmt", lambda: eval_wmt(_need(shared, "data/wmt21-ru-en-dev"), ctx, limit, verbose)))
    # the shared FactRuEval set is "ner" (it has floors); a set given by path is named by its path
    paths = [(f"ner:{p}", Path(p)) for p in ner_paths]
    if "ner" in sets and not paths:
        paths = [("ner", _need(shared, "data/factrueval2016-dev"))]
    for name, p in paths:
        jobs.append((name, lambda p=p: eval_ner(p, ctx, limit)))
    if "stories" in sets or "stream" in sets:
        from .storygold import find_texts

        texts = find_texts(stories_dir)
        if "stories" in sets:
            jobs.append(("stories", lambda: eval_stories(texts, ctx, verbose)))
        if "stream" in sets:
            jobs.append(("stream", lambda: eval_stream(shared, texts, ctx, limit)))
    if "heldout" in sets:
        from .storygold import find_texts

        held = find_texts(heldout_dir, "heldout")
        jobs.append(("heldout", lambda: eval_stories(held, ctx, verbose, "heldout")))
    if "framing" in sets:
        jobs.append(("framing", lambda: eval_framing(framing_dir, ctx, limit)))
    if "polnear" in sets:
        root = polnear or (find_devdata() or Path("devdata")) / "polnear-dev"
        jobs.append(("polnear", lambda: eval_polnear(_need_dir(root, "--polnear DIR"), ctx, limit)))
    for name, job in jobs:
        t0 = time.perf_counter()
        section = job()
        section.extra["seconds"] = round(time.perf_counter() - t0, 2)
        section.extra["set"] = name
        out.append(section)
    return out


def _need(shared: Path | None, rel: str) -> Path:
    from ..errors import StorylensError

    if shared is None:
        raise StorylensError("cannot find the shared data directory; pass --shared DIR")
    path = shared / rel
    if not path.exists():
        raise StorylensError(f"{path} does not exist; pass --shared DIR")
    return path


def _need_dir(path: Path, hint: str) -> Path:
    from ..errors import StorylensError

    if not path.is_dir():
        raise StorylensError(f"{path} does not exist; pass {hint}")
    return path
