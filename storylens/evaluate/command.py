"""``storylens eval``: the command-line face of ``storylens.evaluate``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EPILOG = """sets:
  seeds  the three seed articles against shared/gold/seeds.json (the measures of shared/eval/score.py)
  wmt    cross-language consistency on shared/data/wmt21-ru-en-dev (ru.txt, en-a.txt, en-b.txt per document)
  ner    entity recognition on shared/data/factrueval2016-dev, or on the FactRuEval / CoNLL sets given with --ner
  stories  real development stories: eval/stories/*.json gold, texts from --stories DIR (default ../devdata/stories)
  heldout  held-out real stories scored as `stories` is: eval/heldout/*.json gold, texts from --heldout DIR
           (default ../devdata/heldout-stories)
  stream   every story's articles as one stream, clustered into stories and scored by BCubed
  framing  genre, frames and techniques of labelled development articles (--framing DIR, default ../devdata/framing)
  polnear  quote attribution on PolNeAR dev documents (../devdata/polnear-dev, or --polnear DIR)

examples:
  storylens eval                       # seeds and wmt
  storylens eval --sets seeds,wmt,ner --limit 10
  storylens eval --ner path/to/conll/dev.txt --json -o eval.json
  storylens eval --sets stories --check   # which story texts are missing locally (with their URLs)
  storylens eval --sets heldout --check   # the same for the held-out stories
  storylens eval --gate                # also check the quality floors (exit 1 below a floor)"""


def add_parser(sub) -> argparse.ArgumentParser:
    e = sub.add_parser("eval", help="measure quality on gold sets: precision, recall and F1 per component",
                       description="Analyse gold sets and print per-component precision, recall and F1.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("--sets", default=None, metavar="LIST",
                   help="comma-separated sets to measure: seeds, wmt, ner, stories, heldout, stream, framing, polnear (default: seeds,wmt; ner too when --ner is given)")
    e.add_argument("--ner", action="append", default=[], metavar="PATH",
                   help="a FactRuEval directory or a CoNLL file/directory to measure NER on (repeatable)")
    e.add_argument("--polnear", metavar="DIR", help="a PolNeAR directory of .txt and .ann files (default: ../devdata/polnear-dev)")
    e.add_argument("--limit", type=int, metavar="N", help="only the first N documents of the wmt, ner, framing and polnear sets")
    e.add_argument("--shared", metavar="DIR", help="the shared data directory (default: ../shared)")
    e.add_argument("--stories", metavar="DIR", help="the folder of story texts, one sub-folder per story (default: ../devdata/stories)")
    e.add_argument("--heldout", metavar="DIR",
                   help="the folder of held-out story texts, one sub-folder per story (default: ../devdata/heldout-stories)")
    e.add_argument("--framing", metavar="DIR",
                   help="the folder of labelled framing articles, *.jsonl (default: ../devdata/framing)")
    e.add_argument("--check", action="store_true",
                   help="with --sets stories and/or heldout: list missing texts with their URLs and gold snippets not in their texts; analyse nothing")
    e.add_argument("--json", action="store_true", help="print the measures as JSON instead of tables")
    e.add_argument("-o", "--output", metavar="FILE", help="also write the JSON measures to FILE")
    e.add_argument("--gate", action="store_true", help="check the quality floors (floors.toml); exit 1 below any")
    e.add_argument("--config", metavar="FILE",
                   help="settings file (TOML, table [storylens]); default ./storylens.toml; STORYLENS_* variables apply too")
    e.add_argument("--verbose", action="store_true", help="name each document on standard error as it is analysed")
    return e


def main(args: argparse.Namespace) -> int:
    from ..errors import StorylensError
    from . import gate
    from .measures import render
    from .runner import SETS, run

    if args.verbose:  # progress lines are the library's info messages
        import logging

        logging.getLogger("storylens").setLevel(logging.INFO)
    sets = [s.strip() for s in (args.sets or "seeds,wmt").split(",") if s.strip()]
    if args.ner and "ner" not in sets:
        sets.append("ner")
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        print(f"storylens eval: unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}", file=sys.stderr)
        return 2
    if args.check:
        from .storygold import STORY_SETS, check_report

        chosen = [s for s in sets if s in STORY_SETS] or ["stories"]
        complete = True
        for name in chosen:
            given = args.heldout if name == "heldout" else args.stories
            text, done = check_report(given, STORY_SETS[name].gold_dir, name)
            print(text)
            complete = complete and done
        return 0 if complete else 1
    try:
        sections = run(sets, shared=Path(args.shared) if args.shared else None,
                       ner_paths=[Path(p) for p in args.ner], limit=args.limit, verbose=args.verbose,
                       stories_dir=Path(args.stories) if args.stories else None,
                       framing_dir=Path(args.framing) if args.framing else None,
                       polnear=Path(args.polnear) if args.polnear else None,
                       heldout_dir=Path(args.heldout) if args.heldout else None, config=args.config)
    except StorylensError as exc:
        print(f"storylens eval: {exc}", file=sys.stderr)
        return 2
    data = {"sets": [s.to_dict() for s in sections], "limit": args.limit}
    failures = gate.check(sections, gate.load_floors()) if args.gate else []
    if args.gate:
        data["gate"] = {"passed": not failures, "failures": failures}
    if args.output:
        Path(args.output).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(render(s) + f"\n({s.extra.get('seconds', 0):.1f} s)" for s in sections))
        if args.gate:
            print("\nquality gate: " + ("passed" if not failures else "FAILED\n  " + "\n  ".join(failures)))
    return 1 if failures else 0
