"""Evaluates a plan's rules on units read from a JSON Lines file and prints
one line per unit and criterion:  id <TAB> criterion <TAB> verdict
(criteria that are not for the unit's kind are skipped).

Usage: python3 evaluate.py RULES.td UNITS.jsonl
"""
import json
import sys

import thidua


def main(rules_path, units_path):
    try:
        rules = thidua.compile(path=rules_path, lang="vi")
    except thidua.CompileError as e:
        print(e, file=sys.stderr)  # every diagnostic, rendered
        return 1
    with open(units_path, encoding="utf-8") as f:
        units = [json.loads(line) for line in f if line.strip()]
    # One call for all units, on all cores, without the GIL.
    for unit, verdicts in zip(units, rules.evaluate_many(units)):
        for criterion, verdict in verdicts.items():
            if verdict != "not_applicable":
                print(f"{unit['id']}\t{criterion}\t{verdict}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} RULES.td UNITS.jsonl")
    sys.exit(main(sys.argv[1], sys.argv[2]))
