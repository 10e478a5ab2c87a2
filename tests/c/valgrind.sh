#!/bin/sh
# Runs a test program under valgrind: any error or leak (definite, indirect
# or possible) fails the test. Exits 77, which ctest counts as skipped, when
# valgrind is not installed. Usage: valgrind.sh PROGRAM [ARGS...]
if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind is not installed: test skipped (scripts/install-deps.sh installs it)"
  exit 77
fi
exec valgrind --quiet --error-exitcode=1 --leak-check=full \
  --show-leak-kinds=definite,indirect,possible \
  --errors-for-leak-kinds=definite,indirect,possible "$@"
