"""Copies the thidua C library into the package when it is built, so that an
installed `thidua` finds it beside its own files. Metadata: pyproject.toml.

Which library: $THIDUA_LIBRARY if set, else the first build tree of this
source tree that has one (build*/src/capi/libthidua_c.so, or a shared
build*/src/libthidua.so). Build the C++ project first."""
import os
import pathlib
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = pathlib.Path(__file__).resolve().parent


def find_library():
    env = os.environ.get("THIDUA_LIBRARY")
    if env:
        return pathlib.Path(env)
    for build in sorted(HERE.parent.parent.glob("build*")):
        for candidate in (build / "src/capi/libthidua_c.so", build / "src/libthidua.so"):
            if candidate.exists():
                return candidate
    raise SystemExit("thidua: no C library to package. Build it first "
                     "(cmake -S . -B build && cmake --build build) or set "
                     "THIDUA_LIBRARY to libthidua_c.so.")


class BuildWithLibrary(build_py):
    def run(self):
        super().run()
        library = find_library().resolve()  # the file itself, not a symlink
        target = pathlib.Path(self.build_lib) / "thidua" / "libthidua_c.so"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(library, target)


class BinaryDistribution(Distribution):
    """The wheel holds a native library: tag it for this platform."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildWithLibrary}, distclass=BinaryDistribution)
