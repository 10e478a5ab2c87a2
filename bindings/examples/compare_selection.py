"""Compares a selection printed as id <TAB> outcome <TAB> reason lines with
`thidua select --format json` on the same rules, award, year and
candidates: the same outcome and reason for every candidate, in order.
Usage: compare_selection.py SELECT.json OUTPUT.tsv"""
import json
import sys


def main(select_json, output):
    with open(select_json, encoding="utf-8") as f:
        want = [(c["id"], c["outcome"], c["reason"]) for c in json.load(f)["candidates"]]
    with open(output, encoding="utf-8") as f:
        got = [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]
    if not want:
        sys.exit("thidua select gave no candidates")
    if got != want:
        for w, g in zip(want, got):
            if w != g:
                print(f"thidua select: {w}\n      python: {g}")
        print(f"{len(want)} candidates from thidua select, {len(got)} from python")
        return 1
    print(f"select: the same {len(got)} outcomes and reasons as thidua select")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
