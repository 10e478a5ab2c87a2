#!/usr/bin/env python3
"""Reads the JSON of a thidua_bench run and prints, as Markdown, the ratios of
thidua to the hand-written baseline measured in the same run, the other
numbers, and which targets are met (docs/performance.md).

    python3 benchmarks/report.py build-bench/bench.json [--dat DIR]

--dat DIR also writes the data files that benchmarks/plot.sh draws:
units.dat (units, thidua s, baseline s) and criteria.dat (criteria, compile
s, evaluation s per unit).
"""
import argparse
import json
import re
import sys

UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    runs = {}
    for b in data["benchmarks"]:
        agg = b.get("aggregate_name")
        name = b.get("run_name", b["name"])
        if agg is None:  # a run without repetitions: take it as the median
            agg = "median"
        if b.get("error_occurred"):
            runs.setdefault(name, {})["error"] = b.get("error_message", "error")
            continue
        runs.setdefault(name, {})[agg] = b
    return data.get("context", {}), runs


def get(runs, name, agg="median"):
    r = runs.get(name, {})
    return r.get(agg)


def seconds(b, which="real_time"):
    return b[which] * UNIT_SECONDS[b.get("time_unit", "ns")]


def fmt(x, digits=3):
    if x is None:
        return "n/a"
    if x == 0:
        return "0"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.{digits}g}"


def status(ok):
    return "met" if ok else "**MISSED**"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--dat", help="folder for units.dat and criteria.dat")
    args = ap.parse_args()
    ctx, runs = load(args.json)
    out = []
    targets = []
    p = out.append

    p(f"# thidua benchmarks — {ctx.get('date', '')}")
    p("")
    p(f"Machine: {ctx.get('cpu_model', '?')}, nproc {ctx.get('nproc', '?')}, "
      f"{ctx.get('num_cpus', '?')} CPUs at {ctx.get('mhz_per_cpu', '?')} MHz; "
      f"Google Benchmark library (Debian package) built as {ctx.get('library_build_type', '?')}; "
      "thidua and the baseline: Release. "
      f"Load average at start: {ctx.get('load_avg', '?')}.")
    p("Medians of the repetitions; ratios are between benchmarks of the same run.")
    p("")

    def ips(name):
        b = get(runs, name)
        return b.get("items_per_second") if b else None

    def allocs(name):
        b = get(runs, name)
        return b.get("allocs_per_unit") if b else None

    # 1. One criterion; 2. whole plan. N = 1 000 (in cache) and 100 000.
    def per_unit_table(title, base_name, names, target_names, n):
        base = ips(f"{base_name}/units:{n}")
        p(title)
        p("")
        p("| benchmark | ns / unit (CPU) | × baseline | allocations / unit |")
        p("| --- | ---: | ---: | ---: |")
        for name in [base_name] + names:
            full = f"{name}/units:{n}"
            v = ips(full)
            ratio = base / v if (base and v) else None
            p(f"| {name} | {fmt(1e9 / v) if v else 'n/a'} | {fmt(ratio)} | {fmt(allocs(full))} |")
            if name in target_names and ratio is not None:
                targets.append((f"{name}, {n:,} units: ≤ 3× baseline per unit",
                                f"{ratio:.1f}×", ratio <= 3.0))
        p("")

    crit = ["BM_Criterion_Evaluate", "BM_Criterion_EvaluateAll", "BM_Criterion_EvaluateMany",
            "BM_Criterion_EvaluateBatch"]
    for n, where in [(1000, "in cache"), (100000, "not in cache")]:
        per_unit_table(f"## 1. One criterion (192/KH-UBND IV.1.4), {n:,} units ({where})",
                       "BM_Criterion_Baseline", crit, crit, n)
    for n in (1000, 100000):
        a = allocs(f"BM_Criterion_EvaluateAll/units:{n}")
        if a is not None:
            targets.append((f"EvaluateAll (pre-sized vector), {n:,} units: 0 allocations per unit",
                            fmt(a), a == 0))
    for n, where in [(1000, "in cache"), (100000, "not in cache")]:
        per_unit_table(f"## 2. Whole Bình Phước plan, enterprise units, {n:,} units ({where})",
                       "BM_Plan_Baseline", ["BM_Plan_EvaluateAll"], ["BM_Plan_EvaluateAll"], n)
    a = allocs("BM_Plan_EvaluateAll/units:100000")
    if a is not None:
        targets.append(("Whole plan EvaluateAll: 0 allocations per unit", fmt(a), a == 0))

    # 3. Batch on 1 and 2 threads.
    def find(prefix):
        for k in runs:
            if k.startswith(prefix):
                return k
        return None

    t1 = find("BM_Batch_1M/threads:1")
    t2 = find("BM_Batch_1M/threads:2")
    p("## 3. EvaluateBatch, 1 000 000 units")
    p("")
    p("| threads | wall s | units / s (wall) | × 1 thread | process CPU s | allocations / unit |")
    p("| ---: | ---: | ---: | ---: | ---: | ---: |")
    one = ips(t1) if t1 else None
    for t, name in [(1, t1), (2, t2)]:
        if not name:
            continue
        b = get(runs, name)
        v = ips(name)
        p(f"| {t} | {fmt(seconds(b))} | {fmt(v)} | {fmt(v / one if one else None)} | "
          f"{fmt(seconds(b, 'cpu_time'))} | {fmt(allocs(name))} |")
    if t1 and t2 and one:
        sp = ips(t2) / one
        b1, b2 = get(runs, t1), get(runs, t2)
        eff = seconds(b1, "cpu_time") / seconds(b2, "cpu_time")
        p("")
        p(f"Wall-clock speed-up {sp:.2f}×; CPU time per unit, 1 thread / 2 threads: {eff:.2f} "
          "(1.0: the second thread adds no overhead of its own).")
        targets.append(("2 threads ≥ 1.8× the throughput of 1 (wall clock)", f"{sp:.2f}×", sp >= 1.8))
    p("")

    # Scaling with units.
    units_rows = []
    for k in runs:
        m = re.fullmatch(r"BM_Scaling_Units/(\d+)", k)
        if m:
            n = int(m.group(1))
            bt = get(runs, k)
            bb = get(runs, f"BM_Scaling_UnitsBaseline/{n}")
            units_rows.append((n, seconds(bt, "cpu_time"),
                               seconds(bb, "cpu_time") if bb else None))
    units_rows.sort()
    if units_rows:
        p("## Time against number of units (1 thread, CPU time of one EvaluateBatch)")
        p("")
        p("| units | thidua s | baseline s | × baseline |")
        p("| ---: | ---: | ---: | ---: |")
        for n, st, sb in units_rows:
            p(f"| {n:,} | {fmt(st)} | {fmt(sb)} | {fmt(st / sb if sb else None)} |")
        big = get(runs, "BM_Scaling_Units_BigO", "BigO") or get(runs, "BM_Scaling_Units_BigO")
        if big:
            p("")
            p(f"Fit: {fmt(big.get('cpu_coefficient'))} {big.get('time_unit')} × N "
              f"({big.get('big_o')}).")
        p("")

    # 4 / 5. Compile time.
    p("## 5. Compile time")
    p("")
    bp = get(runs, "BM_Compile_BinhPhuoc")
    if bp:
        p(f"rules/binh-phuoc-192-2022/plan.td ({int(bp.get('criteria', 0))} criteria): "
          f"{fmt(seconds(bp, 'cpu_time') * 1e3)} ms.")
        p("")
    crit_rows = []
    for k in runs:
        m = re.fullmatch(r"BM_Compile_Generated/(\d+)", k)
        if m:
            n = int(m.group(1))
            bc = get(runs, k)
            be = get(runs, f"BM_Eval_Generated/{n}")
            ev = (1.0 / be["items_per_second"]) if be and be.get("items_per_second") else None
            crit_rows.append((n, seconds(bc, "cpu_time"), ev,
                              be.get("allocs_per_unit") if be else None))
    crit_rows.sort()
    if crit_rows:
        p("| criteria | compile s | µs per criterion | evaluate, µs / unit | ns per criterion per unit | allocations / unit |")
        p("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for n, sc, ev, al in crit_rows:
            p(f"| {n:,} | {fmt(sc)} | {fmt(sc / n * 1e6)} | {fmt(ev * 1e6 if ev else None)} | "
              f"{fmt(ev / n * 1e9 if ev else None)} | {fmt(al)} |")
        p("")
        first, last = crit_rows[0], crit_rows[-1]
        growth = (last[1] / last[0]) / (first[1] / first[0])
        p(f"Time per criterion at {last[0]:,} criteria / at {first[0]:,}: {growth:.2f} "
          "(1.0 is linear).")
        mid = [r for r in crit_rows if r[0] == 1000]
        if mid:
            g2 = (last[1] / last[0]) / (mid[0][1] / mid[0][0])
            p(f"Time per criterion at {last[0]:,} / at 1,000: {g2:.2f}.")
            targets.append((f"Compile time linear (time per criterion at {last[0]:,} ≤ 1.5× at 1,000)",
                            f"{g2:.2f}", g2 <= 1.5))
        # Least-squares exponent k of time ∝ N^k over the points from 1,000 on.
        import math
        pts = [(math.log(n), math.log(sc)) for n, sc, _, _ in crit_rows if n >= 1000]
        if len(pts) >= 2:
            mx = sum(x for x, _ in pts) / len(pts)
            my = sum(y for _, y in pts) / len(pts)
            k = sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)
            p(f"Fitted exponent of compile time ∝ N^k from 1,000 criteria on: k = {k:.2f} (1.00 is linear).")
            targets.append(("Compile time linear (fitted exponent k ≤ 1.15 from 1,000 criteria on)",
                            f"{k:.2f}", k <= 1.15))
        for name in ["BM_Compile_Generated_BigO", "BM_Eval_Generated_BigO"]:
            big = get(runs, name, "BigO") or get(runs, name)
            rms = get(runs, name.replace("_BigO", "_RMS"), "RMS") or get(runs, name.replace("_BigO", "_RMS"))
            if big:
                p(f"{name}: {fmt(big.get('cpu_coefficient'))} {big.get('time_unit')} × N"
                  + (f", RMS {rms.get('cpu_time', 0) * 100:.0f} %" if rms else "") + ".")
        ten = [r for r in crit_rows if r[0] == 10000]
        if ten:
            targets.append(("10 000 criteria compile in < 0.5 s", f"{ten[0][1]:.3f} s", ten[0][1] < 0.5))
        p("")

    # 6. Ingest.
    p("## 6. Data ingest (RuleSet::ReadUnits, ~20 MB in memory)")
    p("")
    p("| format | MB/s | units / s | allocations / unit |")
    p("| --- | ---: | ---: | ---: |")
    for name, label in [("BM_Ingest_Csv", "CSV"), ("BM_Ingest_JsonLines", "JSON Lines")]:
        b = get(runs, name)
        if not b:
            continue
        mbs = b.get("bytes_per_second", 0) / 1e6
        p(f"| {label} | {fmt(mbs)} | {fmt(b.get('items_per_second'))} | {fmt(b.get('allocs_per_unit'))} |")
        if label == "CSV":
            targets.append(("CSV ingest ≥ 100 MB/s", f"{mbs:.1f} MB/s", mbs >= 100))
    p("")

    # 7. Memory.
    mem = find("BM_Memory_1MUnits")
    b = get(runs, mem) if mem else None
    if b:
        p("## 7. Memory, 1 000 000 units held")
        p("")
        p("| | thidua | baseline structs |")
        p("| --- | ---: | ---: |")
        p(f"| heap bytes / unit (mallinfo2) | {fmt(b.get('heap_bytes_per_unit'))} | {fmt(b.get('baseline_heap_bytes_per_unit'))} |")
        p(f"| RSS bytes / unit (statm) | {fmt(b.get('rss_bytes_per_unit'))} | {fmt(b.get('baseline_rss_bytes_per_unit'))} |")
        p(f"| allocations / unit built | {fmt(b.get('allocs_per_unit_built'))} | |")
        p(f"| build time, s per 1 000 000 | {fmt(seconds(b, 'cpu_time'))} | |")
        p("")

    # 8. Selection.
    sel = [(find(n), label) for n, label in [  # run names end in /real_time
        ("BM_Select_1M_Cap5Ratio40", "at most 5, leaders at most 40 %, rank by score"),
        ("BM_Select_1M_Ratio40", "every qualifying unit, leaders at most 40 %")]
        if find(n) and get(runs, find(n))]
    if sel:
        p("## 8. Selection, 1 000 000 candidates (SelectAward)")
        p("")
        p("| award group | wall s | CPU s | selected |")
        p("| --- | ---: | ---: | ---: |")
        for name, label in sel:
            b = get(runs, name)
            wall, cpu = seconds(b), seconds(b, "cpu_time")
            p(f"| {label} | {fmt(wall)} | {fmt(cpu)} | {fmt(b.get('selected'))} |")
            targets.append((f"Selection over 1 000 000 candidates < 1 s ({label})",
                            f"{wall:.3f} s wall, {cpu:.3f} s CPU", wall < 1.0))
        p("")

    p("## Targets")
    p("")
    p("| target | measured | |")
    p("| --- | ---: | --- |")
    for what, value, ok in targets:
        p(f"| {what} | {value} | {status(ok)} |")
    print("\n".join(out))

    if args.dat:
        import os
        os.makedirs(args.dat, exist_ok=True)
        with open(os.path.join(args.dat, "units.dat"), "w") as f:
            f.write("# units thidua_s baseline_s linear_s (thidua's first point × N/N0)\n")
            for n, st, sb in units_rows:
                ref = units_rows[0][1] * n / units_rows[0][0]
                f.write(f"{n} {st:.9g} {sb if sb is not None else 'NaN'} {ref:.9g}\n")
        with open(os.path.join(args.dat, "criteria.dat"), "w") as f:
            f.write("# criteria compile_s eval_s_per_unit compile_linear_s (first point × N/N0)\n")
            for n, sc, ev, _ in crit_rows:
                ref = crit_rows[0][1] * n / crit_rows[0][0]
                f.write(f"{n} {sc:.9g} {ev if ev is not None else 'NaN'} {ref:.9g}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
