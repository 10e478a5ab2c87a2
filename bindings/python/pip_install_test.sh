#!/bin/sh
# `pip install` of the Python module with no network: a venv that sees the
# system's setuptools and wheel, a copy of the package source (so nothing is
# written into the source tree), --no-index --no-build-isolation. Exits 77
# (skipped) when venv or pip is not installed.
# Usage: pip_install_test.sh PYTHON PACKAGE_DIR WORK_DIR RULE_FILE
set -eu
python=$1 package=$2 work=$3 rules=$4
if ! "$python" -c "import venv, ensurepip, setuptools, wheel" 2>/dev/null; then
  echo "python3-venv, python3-pip, python3-setuptools or python3-wheel missing: skipped"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work/src"
cp -R "$package/pyproject.toml" "$package/setup.py" "$package/thidua" "$work/src/"
"$python" -m venv --system-site-packages "$work/venv"
# THIDUA_LIBRARY names the library that setup.py copies into the package;
# it is unset below so the installed module must find its own copy.
"$work/venv/bin/python" -m pip install -q --no-index --no-build-isolation \
  --disable-pip-version-check "$work/src"
cd "$work"
env -u THIDUA_LIBRARY PYTHONPATH= "$work/venv/bin/python" - "$rules" <<'PY'
import pathlib, sys
import thidua
assert pathlib.Path(thidua.__file__).parent.joinpath("libthidua_c.so").exists()
report = thidua.compile(path=sys.argv[1]).run_tests()
assert report.failed == 0 and report.passed > 0, report
print(f"pip install: thidua {thidua.library_version()}, {report.passed} passed, 0 failed")
PY
