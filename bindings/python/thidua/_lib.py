"""Finds and loads the thidua C library, and declares the C functions used.

The library is the C API of include/thidua/thidua.h: ``libthidua_c.so``
(built by default) or a shared ``libthidua.so`` (-DBUILD_SHARED_LIBS=ON).
ctypes releases the GIL during every foreign call, so evaluation on several
Python threads runs in parallel.
"""
import ctypes
import ctypes.util
import os
import pathlib
import threading

_NAMES = ("libthidua_c.so", "libthidua_c.so.0", "libthidua.so", "libthidua_c.dylib")
_lock = threading.Lock()
_lib = None


def _candidates():
    """Where to look, in order: THIDUA_LIBRARY, the package folder (a pip
    install copies the library there), a build tree of this source tree,
    then the system's search path."""
    env = os.environ.get("THIDUA_LIBRARY")
    if env:
        yield pathlib.Path(env)
        return  # an explicit choice is never silently replaced by another
    here = pathlib.Path(__file__).resolve().parent
    for name in _NAMES:
        yield here / name
    repo = here.parent.parent.parent  # bindings/python/thidua -> the source tree
    for build in sorted(repo.glob("build*")):
        for sub in ("src/capi", "src"):
            for name in _NAMES:
                yield build / sub / name
    for name in ("thidua_c", "thidua"):
        found = ctypes.util.find_library(name)
        if found:
            yield pathlib.Path(found)


def _find():
    tried = []
    for path in _candidates():
        if path.is_absolute() and not path.exists():
            tried.append(f"{path} (no such file)")
            continue
        try:  # a bare name (from find_library) is searched by the loader
            return ctypes.CDLL(str(path))
        except OSError as e:
            tried.append(f"{path} ({e})")
    raise ImportError(
        "thidua: cannot find the thidua C library (libthidua_c.so). Build it "
        "(cmake --build build), or set THIDUA_LIBRARY to its path. Tried:\n  "
        + "\n  ".join(tried))


_c_char_p = ctypes.c_char_p
_size_t = ctypes.c_size_t
_int = ctypes.c_int
_vp = ctypes.c_void_p
_pvp = ctypes.POINTER(ctypes.c_void_p)
_pint = ctypes.POINTER(ctypes.c_int)
# Strings the library allocates come back as void* so that they can be
# given back to td_free_string (a c_char_p result would be copied and lost).
_pstr = ctypes.POINTER(ctypes.c_void_p)


class Diagnostic(ctypes.Structure):
    _fields_ = [("severity", _int), ("path", _c_char_p), ("line", _int),
                ("column", _int), ("end_column", _int), ("byte_offset", _size_t),
                ("message", _c_char_p), ("hint", _c_char_p),
                ("source_line", _c_char_p)]


class Candidate(ctypes.Structure):
    _fields_ = [("unit", _size_t), ("unit_id", _c_char_p), ("selected", _int),
                ("outcome", _int), ("rank", _int), ("reason", _c_char_p)]


class SelectOptions(ctypes.Structure):
    _fields_ = [("year", _int), ("language", _int),
                ("as_of", _c_char_p), ("as_of_len", _size_t)]


class TargetsOptions(ctypes.Structure):
    _fields_ = [("language", _int), ("as_of", _c_char_p), ("as_of_len", _size_t),
                ("by", _c_char_p), ("by_len", _size_t)]


class CompileOptions(ctypes.Structure):
    _fields_ = [("language", _int), ("rules_root", _c_char_p),
                ("rules_root_len", _size_t), ("max_file_bytes", _size_t),
                ("max_nesting_depth", _int), ("max_files", _int),
                ("max_diagnostics", _int)]


_PROTOTYPES = {
    "td_errstr": (_c_char_p, [_int]),
    "td_version": (_c_char_p, []),
    "td_free_string": (None, [_vp]),
    "td_compile_options_init": (None, [ctypes.POINTER(CompileOptions)]),
    "td_ruleset_compile": (_int, [_c_char_p, _size_t, _c_char_p, _size_t,
                                  ctypes.POINTER(CompileOptions), _pvp]),
    "td_ruleset_compile_file": (_int, [_c_char_p, _size_t,
                                       ctypes.POINTER(CompileOptions), _pvp]),
    "td_ruleset_free": (None, [_vp]),
    "td_ruleset_errcode": (_int, [_vp]),
    "td_ruleset_errmsg": (_c_char_p, [_vp]),
    "td_ruleset_diagnostic_count": (_size_t, [_vp]),
    "td_ruleset_diagnostic": (_int, [_vp, _size_t, ctypes.POINTER(Diagnostic)]),
    "td_ruleset_format_diagnostics": (_int, [_vp, _int, _pstr]),
    "td_ruleset_plan_name": (_c_char_p, [_vp]),
    "td_ruleset_plan_title": (_c_char_p, [_vp]),
    "td_ruleset_plan_source": (_c_char_p, [_vp]),
    "td_ruleset_criterion_count": (_int, [_vp]),
    "td_ruleset_criterion_name": (_c_char_p, [_vp, _int]),
    "td_ruleset_criterion_label": (_c_char_p, [_vp, _int]),
    "td_ruleset_criterion_source": (_c_char_p, [_vp, _int]),
    "td_ruleset_find_criterion": (_int, [_vp, _c_char_p, _size_t]),
    "td_ruleset_unit_kind_count": (_int, [_vp]),
    "td_ruleset_unit_kind": (_c_char_p, [_vp, _int]),
    "td_ruleset_run_tests": (_int, [_vp, _pint, _pint, _pstr]),
    "td_unit_from_json": (_int, [_vp, _c_char_p, _size_t, _pvp]),
    "td_unit_free": (None, [_vp]),
    "td_evaluator_new": (_int, [_vp, _pvp]),
    "td_evaluator_free": (None, [_vp]),
    "td_evaluator_errmsg": (_c_char_p, [_vp]),
    "td_evaluator_evaluate": (_int, [_vp, _vp, _pint, _size_t]),
    "td_evaluator_evaluate_json": (_int, [_vp, _c_char_p, _size_t, _pint, _size_t]),
    "td_evaluator_explain": (_int, [_vp, _vp, _int, _int, _int, _pstr]),
    "td_evaluator_set_as_of": (_int, [_vp, _c_char_p, _size_t]),
    "td_evaluator_set_list": (_int, [_vp, _c_char_p, _size_t, _c_char_p, _size_t]),
    "td_evaluate_batch": (_int, [_vp, _pvp, _size_t, _int, _c_char_p, _size_t, _pint,
                                 _size_t]),
    "td_ruleset_award_count": (_int, [_vp]),
    "td_ruleset_award_name": (_c_char_p, [_vp, _int]),
    "td_ruleset_award_label": (_c_char_p, [_vp, _int]),
    "td_ruleset_award_source": (_c_char_p, [_vp, _int]),
    "td_select_options_init": (None, [ctypes.POINTER(SelectOptions)]),
    "td_award_select": (_int, [_vp, _c_char_p, _size_t, _pvp, _size_t,
                               ctypes.POINTER(SelectOptions), _pvp]),
    "td_selection_free": (None, [_vp]),
    "td_selection_to_json": (_int, [_vp, _pstr]),
    "td_targets_options_init": (None, [ctypes.POINTER(TargetsOptions)]),
    "td_ruleset_targets": (_int, [_vp, _pvp, _size_t, ctypes.POINTER(TargetsOptions), _pstr]),
    "td_unit_id": (_c_char_p, [_vp]),
    "td_unit_kind": (_c_char_p, [_vp]),
    "td_unit_table_read_file": (_int, [_vp, _c_char_p, _size_t, _pvp]),
    "td_unit_table_free": (None, [_vp]),
    "td_unit_table_unit_count": (_size_t, [_vp]),
    "td_unit_table_units": (_pvp, [_vp]),
    "td_unit_table_unit_row": (ctypes.c_int64, [_vp, _size_t]),
    "td_unit_table_rows_read": (ctypes.c_int64, [_vp]),
    "td_unit_table_error_count": (_size_t, [_vp]),
    "td_unit_table_error": (_int, [_vp, _size_t, ctypes.POINTER(ctypes.c_int64),
                                   ctypes.POINTER(_c_char_p), ctypes.POINTER(_c_char_p)]),
    "td_unit_table_warning_count": (_size_t, [_vp]),
    "td_unit_table_warning": (_c_char_p, [_vp, _size_t]),
}


def lib():
    """The loaded library, with every prototype declared (loaded once)."""
    global _lib
    with _lock:
        if _lib is None:
            loaded = _find()
            for name, (restype, argtypes) in _PROTOTYPES.items():
                fn = getattr(loaded, name)
                fn.restype = restype
                fn.argtypes = argtypes
            _lib = loaded
        return _lib


def take_string(ptr):
    """Copies a string the library allocated, then frees it."""
    if not ptr:
        return None
    try:
        return ctypes.string_at(ptr).decode("utf-8")
    finally:
        lib().td_free_string(ptr)
