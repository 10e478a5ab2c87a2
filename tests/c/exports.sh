#!/bin/sh
# The shared C library exports exactly the functions thidua.h declares:
# nothing missing, and no C++ (or absl) symbol leaking out.
# Usage: exports.sh HEADER LIBRARY
set -eu
header=$1 library=$2
declared=$(sed -n 's/^THIDUA_API [^(]*[ *]\(td_[a-z0-9_]*\)(.*/\1/p' "$header" | sort -u)
exported=$(nm -D --defined-only "$library" | awk '{print $3}' | sort -u)
if [ "$declared" != "$exported" ]; then
  echo "declared in $header but not exported, or exported but not declared:"
  list=$(mktemp)
  printf '%s\n' "$declared" > "$list"
  printf '%s\n' "$exported" | diff "$list" - || true
  rm -f "$list"
  exit 1
fi
echo "exports: $(printf '%s\n' "$declared" | wc -l) td_* functions, nothing else"
