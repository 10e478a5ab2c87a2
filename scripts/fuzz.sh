#!/usr/bin/env bash
# Builds the libFuzzer targets (clang 14, AddressSanitizer + UBSan) in
# build-fuzz and runs each for a bounded time on a corpus seeded from rules/
# and tests/. See docs/reliability.md.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   each target SECONDS (default 30)
#   targets: compile eval fmt capi (default: all, one after the other)
#
# The corpus grows in build-fuzz/corpus/TARGET across runs; a crash leaves its
# input in build-fuzz/artifacts/ and the script fails. Keep a crash input as a
# regression test by copying it to tests/fuzz/regressions/TARGET/ (the unit
# tests replay that folder). Environment: FUZZ_JOBS (build jobs, default 2),
# FUZZ_NICE (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(compile eval fmt capi)
dir=build-fuzz
cxx=${FUZZ_CXX:-clang++-14}
cc=${FUZZ_CC:-clang-14}

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" \
  -DTHIDUA_BUILD_FUZZERS=ON -DTHIDUA_BUILD_TESTS=OFF -DTHIDUA_BUILD_CLI=OFF \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$dir" -j"${FUZZ_JOBS:-2}" --target "${targets[@]/%/_fuzzer}"

# Seeds: the shipped plans and the test rule files; the plans' data, each
# prefixed with the byte that selects its plan and format in the eval target.
seeds="$dir/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{compile,fmt,capi,eval} "$dir/artifacts" "$dir/logs"
i=0
for f in rules/*/*.td tests/golden/*.td tests/data/*.td; do
  [[ -f "$f" ]] || continue
  cp "$f" "$seeds/compile/$i.td"
  cp "$f" "$seeds/fmt/$i.td"
  { printf '\x00'; cat "$f"; } >"$seeds/capi/$i.td"
  i=$((i + 1))
done
plans=(binh-phuoc-192-2022 bac-kan-305-2022 bac-kan-stttt-60-2022 kon-tum-2017-2022 tay-ninh-stc-426-2021)
for p in "${!plans[@]}"; do
  for f in rules/"${plans[$p]}"/*.jsonl; do
    [[ -f "$f" ]] || continue
    b=$(basename "$f" .jsonl)
    # JSON (format byte p) and, through the C API, the first lines.
    { printf "\\x$(printf %02x "$p")"; head -c 60000 "$f"; } >"$seeds/eval/$p-$b.jsonl"
    { printf "\\x$(printf %02x $((p * 2 + 1)))"; head -n 12 "$f"; } >"$seeds/capi/$p-$b.jsonl"
  done
done
for f in tests/data/*.csv tests/data/*.json tests/data/*.jsonl; do
  [[ -f "$f" ]] || continue
  # The test data is written for the Bình Phước plan (plan 0): CSV is 5, auto 10.
  { printf '\x0a'; head -c 60000 "$f"; } >"$seeds/eval/$(basename "$f")"
done

status=0
for t in "${targets[@]}"; do
  corpus="$dir/corpus/$t"
  mkdir -p "$corpus"
  case "$t" in
    eval) dict=tests/fuzz/data.dict; max_len=8192 ;;
    *) dict=tests/fuzz/rules.dict; max_len=4096 ;;
  esac
  log="$dir/logs/$t.log"
  echo "fuzz: $t for ${seconds}s (log $log)"
  start=$(date +%s)
  if ! nice -n "${FUZZ_NICE:-10}" "$dir/fuzz/${t}_fuzzer" "$corpus" "$seeds/$t" \
      -dict="$dict" -max_len="$max_len" -max_total_time="$seconds" \
      -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$dir/artifacts/$t-" >"$log" 2>&1; then
    echo "fuzz: $t FAILED; the input is in $dir/artifacts/ (tail of $log):"
    tail -n 40 "$log"
    status=1
  fi
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  cov=$(grep -oE '(cov|ft): [0-9]+' "$log" | tail -2 | tr '\n' ' ')
  echo "fuzz: $t: $execs executions in $(( $(date +%s) - start ))s, $cov, corpus $(ls "$corpus" | wc -l) files"
done
exit $status
