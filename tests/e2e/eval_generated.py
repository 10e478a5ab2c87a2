#!/usr/bin/env python3
"""End to end: `thidua eval` on a generated file of a few thousand mixed rows.

Checks (1) that nothing is lost: rows = evaluated + rows in error, and every
malformed row is reported; (2) that the verdicts of IV.1.4's contribution
criterion equal an independent reading of the plan, computed here in Python:
≥ 300 triệu, or ≥ 200 triệu in ethnic-minority and difficult areas;
undetermined when the amount is missing.
"""
import json
import subprocess
import sys

thidua, source_dir = sys.argv[1], sys.argv[2]
plan = f"{source_dir}/rules/binh-phuoc-192-2022/plan.td"
rows = subprocess.run([sys.executable, f"{source_dir}/scripts/gen_units.py", "--rows", "3000"],
                      check=True, capture_output=True, text=True).stdout
path = "generated-units.jsonl"
with open(path, "w", encoding="utf-8") as f:
    f.write(rows)
lines = rows.splitlines()

run = subprocess.run([thidua, "eval", plan, "--units", path, "--format", "json",
                      "--criteria", "enterprise_contribution_amount"],
                     capture_output=True, text=True)
assert run.returncode == 1, f"bad rows must give exit 1, got {run.returncode}: {run.stderr}"
out = json.loads(run.stdout)
summary = out["summary"]
assert summary["rows"] == len(lines), summary
assert summary["evaluated"] + summary["rows_in_error"] == summary["rows"], summary
bad = [i + 1 for i, line in enumerate(lines) if i + 1 in range(500, 3001, 500)]
assert sorted(e["row"] for e in out["errors"]) == bad, out["errors"]

def expected(row):
    if "contribution" not in row:
        return "undetermined"
    low = row["region"] in ("ethnic_minority", "difficult")
    return "eligible" if row["contribution"] >= (200 if low else 300) * 1_000_000 else "not_eligible"

by_id = {json.loads(line)["id"]: json.loads(line) for line in lines}
checked = 0
for unit in out["units"]:
    row = by_id[unit["id"]]
    if row["kind"] != "enterprise":
        assert unit["verdicts"] == {}, unit
        continue
    got = unit["verdicts"]["enterprise_contribution_amount"]
    assert got == expected(row), (unit["id"], row.get("region"), row.get("contribution"), got)
    checked += 1
assert checked > 1000, checked
print(f"{summary['rows']} rows: {summary['evaluated']} evaluated, "
      f"{summary['rows_in_error']} in error; {checked} enterprise verdicts match the plan")
