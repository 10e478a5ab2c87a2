#!/usr/bin/env bash
# Load test of the workbench server on loopback (docs/workbench.md): wrk
# (Debian's, scripts/install-deps.sh) posts the Bình Phước plan to
# /api/check (the editor's text, as the page sends it while one types) and
# /api/evaluate (that text and its sample units) with several connections
# at once, with the cache of compiled plans off (--cached-plans 0) and on.
# Prints requests/s and fails when any request failed or was not 2xx.
#
# usage: scripts/load_test.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seconds=${2:-10}
connections=${3:-8}
plan=binh-phuoc-192-2022/plan.td
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$plan" "$work" <<'EOF'
import json, sys
plan, work = sys.argv[1], sys.argv[2]
text = open("rules/" + plan, encoding="utf-8").read()
json.dump({"path": plan, "text": text}, open(work + "/check.json", "w"))
json.dump({"path": plan, "text": text, "units": {"sample": "units.jsonl"}},
          open(work + "/evaluate.json", "w"))
EOF
cat > "$work/post.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.body = f:read("*a")
f:close()
EOF

status=0
for cached in 0 32; do
  "$build/thidua" serve --rules rules --port 0 --cached-plans "$cached" > "$work/serve.out" &
  server=$!
  for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
  base=$(awk '{print $3; exit}' "$work/serve.out")
  for endpoint in check evaluate; do
    BODY="$work/$endpoint.json" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s \
      -s "$work/post.lua" "${base}api/$endpoint" > "$work/wrk.out"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
    total=$(awk '/requests in/ {print $1}' "$work/wrk.out")
    bad=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")
    sock=$(awk '/Socket errors/ {print $0}' "$work/wrk.out")
    latency=$(awk '/Latency/ {print $2; exit}' "$work/wrk.out")
    printf 'cached-plans %-2s POST /api/%-8s %8s req/s  %6s requests  mean latency %-8s non-2xx %s %s\n' \
      "$cached" "$endpoint" "$rps" "$total" "$latency" "${bad:-0}" "${sock:-socket errors 0}"
    if [[ -n "$bad" || -n "$sock" ]]; then status=1; fi
  done
  kill "$server"
  wait "$server" 2>/dev/null || true
done
exit $status
