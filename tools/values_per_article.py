"""Values values.extract() finds per dev-story article, by kind: run before and after a parser change to see how many
new values it makes (python tools/values_per_article.py ../devdata/stories [--diff OTHER.json] [-o OUT.json])."""
import argparse
import collections
import json
import pathlib

from storylens import values


def count(folder: pathlib.Path) -> dict[str, dict[str, list]]:
    """{article: {kind: [value texts]}} for every story text under ``folder`` (language from the file name)."""
    out = {}
    for path in sorted(folder.glob("*/*.txt")):
        language = path.stem.rsplit("-", 1)[-1]
        per = collections.defaultdict(list)
        for v in values.extract(path.read_text(encoding="utf-8"), language):
            per[v.kind + (":ordinal" if getattr(v, "ordinal", False) else "")].append(v.text)
        out[f"{path.parent.name}/{path.name}"] = dict(per)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("-o", "--output", type=pathlib.Path)
    ap.add_argument("--diff", type=pathlib.Path, help="an earlier output: print the values only one of the two has")
    args = ap.parse_args()
    now = count(args.folder)
    if args.output:
        args.output.write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
    kinds = collections.Counter(k for per in now.values() for k, texts in per.items() for _ in texts)
    total = sum(kinds.values())
    print(f"{len(now)} articles, {total} values, {total / max(1, len(now)):.2f} per article")
    for k, n in sorted(kinds.items()):
        print(f"  {k:16} {n:6}")
    if args.diff:
        old = json.loads(args.diff.read_text(encoding="utf-8"))
        for art in sorted(now):
            for k in sorted(set(now[art]) | set(old.get(art, {}))):
                a, b = collections.Counter(old.get(art, {}).get(k, [])), collections.Counter(now[art].get(k, []))
                for text in (b - a).elements():
                    print(f"+ {art} {k}: {text}")
                for text in (a - b).elements():
                    print(f"- {art} {k}: {text}")


if __name__ == "__main__":
    main()
