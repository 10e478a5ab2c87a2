#!/usr/bin/env python3
"""The commands that read --units (eval, explain, select, report) tell a user
about a bad data file the same way (src/cli/units_input.cc):

- a row in error is printed as "FILE:ROW: column: message" on stderr and the
  command exits 1, whatever the output format; rows read = units + rows in
  error;
- a warning of the reading (an unknown field) is printed as "thidua: …";
- a file that cannot be read, or a --criteria typo, is a usage error: exit 2.

Usage: units_input_test.py THIDUA SOURCE_DIR
"""
import json
import subprocess
import sys

thidua, source_dir = sys.argv[1], sys.argv[2]
plan = f"{source_dir}/rules/binh-phuoc-192-2022/plan.td"
# Rows 1, 2 and 4 are enterprises; row 3 lacks its required fields; row 4
# has a field the plan does not declare.
data = f"{source_dir}/tests/data/units/bad_rows.jsonl"
row_error = f"{data}:3: name: required field 'name' has no value"
row_error_vi = f"{data}:3: name: trường bắt buộc 'name' chưa có giá trị"
warning = "thidua: 'mystery_field' is not a field of 'enterprise' (first in row 4)"
failures = []


def run(*args):
    return subprocess.run([thidua, *args], capture_output=True, text=True)


def expect(name, result, code, stderr_has=(), stderr_lacks=(), stdout_has=()):
    problems = []
    if result.returncode != code:
        problems.append(f"exit {result.returncode}, expected {code}")
    problems += [f"stderr lacks {s!r}" for s in stderr_has if s not in result.stderr]
    problems += [f"stderr has {s!r}" for s in stderr_lacks if s in result.stderr]
    problems += [f"stdout lacks {s!r}" for s in stdout_has if s not in result.stdout]
    if problems:
        failures.append(f"{name}: {'; '.join(problems)}\n--- stdout\n{result.stdout}"
                        f"--- stderr\n{result.stderr}")


award = ("--award", "chairman_merit_yearly", "--year", "2024")
for fmt in ("text", "csv", "json"):
    r = run("eval", plan, "--units", data, "--format", fmt)
    # JSON carries the rows in error in its "errors"; the others print them.
    expect(f"eval --format {fmt}", r, 1, stderr_has=[warning] + ([] if fmt == "json" else [row_error]),
           stderr_lacks=[row_error] if fmt == "json" else [])
expect("eval text summary", run("eval", plan, "--units", data),
       1, stdout_has=["4 rows: 3 evaluated, 1 in error"])
expect("eval --lang vi", run("eval", plan, "--units", data, "--lang", "vi"), 1,
       stderr_has=[row_error_vi], stdout_has=["4 dòng: 3 đã đánh giá, 1 lỗi"])
summary = json.loads(run("eval", plan, "--units", data, "--format", "json").stdout)["summary"]
assert summary["rows"] == summary["evaluated"] + summary["rows_in_error"] == 4, summary
for fmt in ("text", "json"):
    expect(f"select --format {fmt}", run("select", plan, *award, "--units", data, "--format", fmt),
           1, stderr_has=[warning, row_error])
    expect(f"report --format {fmt}", run("report", plan, "--units", data, "--format", fmt),
           1, stderr_has=[warning, row_error])
# explain looks at one unit: a row in error elsewhere does not fail it, but
# the unit asked for being that row does, and says why.
expect("explain a good unit", run("explain", plan, "--units", data, "--id", "DN-002"), 0,
       stderr_has=[warning], stderr_lacks=[row_error],
       stdout_has=["contribution (250 triệu) ≥ 200 triệu"])
expect("explain a bad row", run("explain", plan, "--units", data, "--id", "DN-BAD"), 1,
       stderr_has=[f"thidua: no unit with id 'DN-BAD' in {data}", row_error])
# A --list file's row in error fails eval and explain alike (the members
# it drops may decide the verdicts), and is printed as FILE:ROW.
lists_plan = f"{source_dir}/tests/data/lists/communes.td"
lists_units = f"{source_dir}/tests/data/lists/units.jsonl"
bad_list = f"{source_dir}/tests/data/lists/bad_rows.csv"
list_error = f"{bad_list}:3: instrument 'qd30' sets no version"
for command in (("eval",), ("explain", "--id", "XA-01")):
    expect(f"{command[0]} with a bad list row",
           run(command[0], lists_plan, "--units", lists_units, "--as-of", "2023-06-01",
               "--list", f"difficult_communes={bad_list}", *command[1:]),
           1, stderr_has=[list_error])
    expect(f"{command[0]} with a good list",
           run(command[0], lists_plan, "--units", lists_units, "--as-of", "2023-06-01", "--list",
               f"difficult_communes={source_dir}/tests/data/lists/difficult_communes.csv",
               *command[1:]),
           0, stderr_lacks=[list_error])
missing = f"{source_dir}/tests/data/units/no-such-file.jsonl"
for command in (("eval",), ("explain", "--id", "DN-001"), ("select", *award), ("report",)):
    expect(f"{command[0]} of a missing file", run(command[0], plan, "--units", missing, *command[1:]),
           2, stderr_has=[f"thidua: cannot read '{missing}'"])
for command in (("eval",), ("explain", "--id", "DN-001")):
    expect(f"{command[0]} --criteria typo",
           run(command[0], plan, "--units", data, "--criteria", "enterprise_contributon", *command[1:]),
           2, stderr_has=["thidua: unknown criterion 'enterprise_contributon'"])

if failures:
    sys.exit("\n\n".join(failures))
print("units input: every command reports bad rows, warnings and unreadable files alike")
