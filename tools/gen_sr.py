"""Write storylens/lang/sr/<part>.toml (python tools/gen_sr.py <part> <path>): the Latin-script data of lang/hr with every form also in Cyrillic (1:1)."""
import json, tomllib, pathlib, sys
root = pathlib.Path("storylens/lang")
L2C = {"lj": "љ", "nj": "њ", "dž": "џ", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е", "ž": "ж",
       "z": "з", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с",
       "t": "т", "ć": "ћ", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш"}
def cyr(word):
    out, i = [], 0
    while i < len(word):
        two = word[i:i+2]
        if two.lower() in L2C and len(two) == 2:
            c = L2C[two.lower()]; out.append(c.upper() if two[0].isupper() else c); i += 2; continue
        ch = word[i]
        c = L2C.get(ch.lower())
        out.append(ch if c is None else (c.upper() if ch.isupper() else c)); i += 1
    return "".join(out)
SKIP = {"h", "km", "cca", "bam", "rsd", "eur"}  # symbols and codes stay Latin
def both(v):
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        if all(isinstance(x, str) for x in v):
            out = list(v)
            for x in v:
                c = cyr(x)
                if c != x and x.lower() not in SKIP and c not in out and not any(ch in x for ch in "\\{}%#№") :
                    out.append(c)
            return out
        return [both(x) for x in v]
    if isinstance(v, dict):
        return {k: both(x) for k, x in v.items()}
    return v
def key(k):
    return k if k.replace("_", "").replace("-", "").isalnum() and k.isascii() and not k[0].isdigit() else json.dumps(k, ensure_ascii=False)
def val(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list): return "[" + ", ".join(val(x) for x in v) + "]"
    if isinstance(v, dict): return "{ " + ", ".join(f"{key(k)} = {val(x)}" for k, x in v.items()) + " }"
def dump(d, prefix=""):
    lines, tables = [], []
    for k, v in d.items():
        if isinstance(v, dict) and (any(isinstance(x, dict) for x in v.values()) or len(v) > 3 or prefix == ""):
            tables.append((k, v))
        else:
            line = f"{key(k)} = {val(v)}"
            lines.append(line)
    out = "\n".join(lines) + ("\n" if lines else "")
    for k, v in tables:
        name = f"{prefix}.{key(k)}" if prefix else key(k)
        out += f"\n[{name}]\n" + dump(v, name)
    return out
HEAD = ("# Serbian, generated from the Latin-script data of lang/hr (which also serves Serbian in Latin script) with\n"
        "# every form also in Cyrillic: the two scripts are a 1:1 transliteration (tools/gen_sr.py).{extra}\n")
part = sys.argv[1]
d = tomllib.loads((root / "hr" / f"{part}.toml").read_text())
extra = ""
ex = d.get("verbs", {}).pop("expand", None)
d = both(d)
if ex:
    d["verbs"]["expand"] = {**ex, **{cyr(k): [cyr(x) for x in v] for k, v in ex.items()}}
if part == "entities":
    # Cyrillic -> Latin, the inverse of the table above (Serbian Cyrillic names romanise to their Latin spelling)
    d["romanise"] = {c: l for l, c in L2C.items()}
    d.setdefault("rules", {})["twin_scripts"] = True  # a name known in one script is looked for in the other
if part == "segment":
    d["alphabet"] += "абвгдђежзијклљмнњопрстћуфхцчџш"
    d["vowels"] += "аеиоу"
pathlib.Path(sys.argv[2]).write_text(HEAD.format(extra="") + dump(d))
