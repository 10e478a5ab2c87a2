"""Compares the verdicts the examples print (id <TAB> criterion <TAB>
verdict, one line each) with `thidua eval --format json` on the same files.
Usage: compare_verdicts.py EVAL.json NAME=OUTPUT.tsv ...
Exit 0 when every output has exactly the verdicts of thidua eval."""
import json
import sys


def expected(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    if report["errors"]:
        sys.exit(f"thidua eval reported bad rows: {report['errors']}")
    return {(u["id"], criterion, verdict)
            for u in report["units"] for criterion, verdict in u["verdicts"].items()}


def actual(path):
    with open(path, encoding="utf-8") as f:
        return {tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()}


def main(argv):
    want = expected(argv[1])
    if not want:
        sys.exit("thidua eval gave no verdicts")
    ok = True
    for arg in argv[2:]:
        name, path = arg.split("=", 1)
        got = actual(path)
        missing, extra = sorted(want - got), sorted(got - want)
        if missing or extra:
            ok = False
            print(f"{name}: {len(missing)} verdicts missing or different, {len(extra)} unexpected")
            for m in missing[:10]:
                print(f"  thidua eval: {m}")
            for e in extra[:10]:
                print(f"  {name}: {e}")
        else:
            print(f"{name}: the same {len(got)} verdicts as thidua eval")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
