#!/usr/bin/env bash
# Draws the plots of docs/performance.md from the JSON of a run, as SVG:
#   benchmarks/results/units.svg     time of one batch against number of units
#   benchmarks/results/criteria.svg  compile and evaluation time against
#                                    number of criteria
# A separate step (run.sh does not call it): it needs gnuplot, which
# scripts/install-deps.sh does not install:  apt-get install -y gnuplot-nox
#
#   bash benchmarks/plot.sh [build-bench/bench.json]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
json=${1:-$root/build-bench/bench.json}
outdir=$root/benchmarks/results
command -v gnuplot >/dev/null || { echo "plot.sh: gnuplot is missing (apt-get install -y gnuplot-nox)" >&2; exit 2; }
mkdir -p "$outdir"
dat=$(mktemp -d)
trap 'rm -rf "$dat"' EXIT
python3 "$root/benchmarks/report.py" "$json" --dat "$dat" >/dev/null

gnuplot <<GP
set terminal svg size 720,460 dynamic font "sans,12" background "white"
set grid
set key top left
set logscale xy
set format x "10^{%L}"
set format y "10^{%L}"

set output "$outdir/units.svg"
set title "EvaluateBatch, 1 thread: time against number of units (enterprise criterion IV.1.4)"
set xlabel "units"
set ylabel "seconds per batch (CPU)"
plot "$dat/units.dat" using 1:2 with linespoints lw 2 pt 7 title "thidua EvaluateBatch", \
     "$dat/units.dat" using 1:3 with linespoints lw 2 pt 5 title "hand-written baseline", \
     "$dat/units.dat" using 1:4 with lines dt 2 lc rgb "gray" title "linear from the first point"

set output "$outdir/criteria.svg"
set title "Generated rule files: time against number of criteria"
set xlabel "criteria"
set ylabel "seconds"
plot "$dat/criteria.dat" using 1:2 with linespoints lw 2 pt 7 title "compile (CompileText)", \
     "$dat/criteria.dat" using 1:3 with linespoints lw 2 pt 5 title "EvaluateAll, per unit", \
     "$dat/criteria.dat" using 1:4 with lines dt 2 lc rgb "gray" title "linear from the first point"
GP
echo "plot.sh: wrote $outdir/units.svg and $outdir/criteria.svg"
