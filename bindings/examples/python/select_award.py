"""Chooses who receives an award among candidates read from a JSON Lines
file, within the award's quotas and ratios, and prints one line per
candidate:  id <TAB> outcome <TAB> reason

Usage: python3 select_award.py RULES.td AWARD YEAR CANDIDATES.jsonl
"""
import json
import sys

import thidua


def main(rules_path, award, year, candidates_path):
    rules = thidua.compile(path=rules_path)
    with open(candidates_path, encoding="utf-8") as f:
        candidates = [json.loads(line) for line in f if line.strip()]
    selection = rules.select(award, candidates, year=int(year), lang="vi")
    for c in selection.candidates:
        print(f"{c.id}\t{c.outcome}\t{c.reason}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(f"usage: {sys.argv[0]} RULES.td AWARD YEAR CANDIDATES.jsonl")
    sys.exit(main(*sys.argv[1:]))
