"""Compiled rules: compile, evaluate, explain, run the rule file's tests."""
import ctypes
import datetime
import decimal
import json
import contextlib
import os
import threading
from dataclasses import dataclass
from typing import List, NamedTuple, Optional

from . import _lib
from ._table import UnitTable

# Codes of thidua.h.
TD_OK, TD_E_MISUSE, TD_E_RANGE, TD_E_COMPILE, TD_E_IO = 0, 1, 2, 3, 4
TD_E_LIMIT, TD_E_DATA, TD_E_NOT_FOUND = 5, 6, 7
_VERDICTS = {1: "eligible", 2: "not_eligible", 3: "undetermined", 4: "not_applicable"}
_LANGS = {"en": 0, "vi": 1}


class Error(Exception):
    """A call into thidua failed; ``code`` is the C API's TD_E_* code."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


class CompileError(Error):
    """The rules have errors; ``diagnostics`` lists every one."""

    def __init__(self, message, code, diagnostics):
        super().__init__(message, code)
        self.diagnostics = diagnostics


class DataError(Error, ValueError):
    """A unit does not fit its declared kind (bad JSON, wrong type, missing field)."""


class RulesFileError(Error, OSError):
    """A rule file cannot be read."""


class UsageError(Error, ValueError):
    """A call was given something it cannot use (e.g. no year for an award
    with yearly deadlines)."""


@dataclass(frozen=True)
class Diagnostic:
    """One finding about the rules. Columns count characters a person sees."""
    severity: str  # "error" or "warning"
    path: str
    line: int
    column: int
    end_column: int
    byte_offset: int
    message: str
    hint: str
    source_line: str


class Criterion(NamedTuple):
    name: str
    label: str
    source: str  # the clause cited, e.g. "192/KH-UBND, IV.1.4"


class Award(NamedTuple):
    name: str
    label: str
    source: str  # the clause cited, e.g. "192/KH-UBND, IV.2.2.1.1"


class Candidate(NamedTuple):
    """One candidate's outcome: ``outcome`` is "selected", "not_eligible",
    "undetermined", "missing_documents", "late", "cut_by_quota",
    "cut_by_ratio" or "other_kind"; ``reason`` says why not selected."""
    index: int  # into the units given
    id: str
    kind: str
    selected: bool
    outcome: str
    rank: int   # among the eligible of its kind, 1 = first; 0: none
    reason: str


@dataclass
class Selection:
    """Who receives an award: ``candidates`` in the order given, ``groups``
    one dict per unit kind {kind, candidates, eligible, selected, cap}."""
    award: str
    label: str
    authority: str
    source: str
    year: int
    candidates: List[Candidate]
    groups: list

    @property
    def selected(self) -> List[str]:
        """The ids of the units selected, in the order given."""
        return [c.id for c in self.candidates if c.selected]


@dataclass
class TestReport:
    """Outcome of the rule file's ``test`` blocks; ``results`` has one dict
    per test: title, path, line, as_of, passed, expectations, failures."""
    passed: int
    failed: int
    results: list


def _s(raw: Optional[bytes]) -> Optional[str]:
    return None if raw is None else raw.decode("utf-8")


def _lang(lang: str) -> int:
    if lang not in _LANGS:
        raise ValueError(f"lang must be 'en' or 'vi', not {lang!r}")
    return _LANGS[lang]


def _json_default(value):
    # Exact values go as text the rule language reads: Decimal keeps its
    # digits (no binary float), a date goes as 2022-06-30.
    if isinstance(value, decimal.Decimal):
        return format(value, "f")  # 250000000, never 2.5E+8
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"thidua: cannot send {type(value).__name__} as unit data")


def _as_of(as_of) -> Optional[bytes]:
    """The day the rules are read as of, for the C API: a datetime.date or
    an ISO text ("2023-12-31"; "31/12/2023" too); None: the plan's default."""
    if as_of is None:
        return None
    if isinstance(as_of, datetime.datetime):
        as_of = as_of.date()
    if isinstance(as_of, datetime.date):
        return as_of.isoformat().encode("ascii")
    if isinstance(as_of, str):
        return as_of.encode("utf-8")
    raise TypeError(f"as_of must be a datetime.date or a text, not {type(as_of).__name__}")


def _lists_key(lists) -> tuple:
    """``lists`` ({list name: path of its list file}, or None) as a key that
    changes when a file does (its size and modification time)."""
    if not lists:
        return ()
    key = []
    for name, path in sorted(lists.items()):
        path = os.fspath(path)
        try:
            st = os.stat(path)
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None  # read_list raises, naming the list
        key.append((name, path, stamp))
    return tuple(key)


def _unit_json(unit) -> bytes:
    if isinstance(unit, (bytes, str)):
        return unit.encode("utf-8") if isinstance(unit, str) else unit
    return json.dumps(unit, ensure_ascii=False, default=_json_default).encode("utf-8")


class _Evaluator:
    """A td_evaluator: not thread-safe, so each Python thread gets its own."""

    def __init__(self, rules_handle):
        self.handle = ctypes.c_void_p()
        # Kept here: at interpreter exit the module may be gone before __del__.
        self._free = _lib.lib().td_evaluator_free
        code = _lib.lib().td_evaluator_new(rules_handle, ctypes.byref(self.handle))
        if code != TD_OK:
            raise Error(_lib.lib().td_errstr(code).decode(), code)
        self._as_of = None  # the plan's default day

    def read_as_of(self, as_of: Optional[bytes]):
        """Reads the rules as of that day from now on (None: the default)."""
        if as_of == self._as_of:
            return
        code = _lib.lib().td_evaluator_set_as_of(self.handle, as_of or b"", len(as_of or b""))
        if code != TD_OK:
            raise self.error(code)
        self._as_of = as_of

    def read_list(self, name: str, path: str):
        """Gives the evaluator the members of list ``name`` from a list file."""
        try:
            with open(path, "rb") as f:
                text = f.read()
        except OSError as e:
            raise RulesFileError(f"list {name}: {e}", TD_E_IO) from e
        encoded = name.encode("utf-8")
        code = _lib.lib().td_evaluator_set_list(self.handle, encoded, len(encoded), text,
                                                len(text))
        if code != TD_OK:
            error = self.error(code)
            error.args = (f"list {name} ({path}): {error.args[0]}",)
            raise error

    def error(self, code):
        message = _s(_lib.lib().td_evaluator_errmsg(self.handle))
        return (DataError if code == TD_E_DATA else Error)(message, code)

    def __del__(self):
        if getattr(self, "handle", None):
            self._free(self.handle)
            self.handle = None


class RuleSet:
    """Compiled rules. Immutable; share it between threads freely."""

    def __init__(self, handle):
        c = _lib.lib()
        self._handle = handle
        self._free = c.td_ruleset_free  # see _Evaluator.__init__
        self._local = threading.local()
        self.criteria: List[Criterion] = [
            Criterion(_s(c.td_ruleset_criterion_name(handle, i)),
                      _s(c.td_ruleset_criterion_label(handle, i)),
                      _s(c.td_ruleset_criterion_source(handle, i)))
            for i in range(c.td_ruleset_criterion_count(handle))]
        self.unit_kinds: List[str] = [
            _s(c.td_ruleset_unit_kind(handle, i))
            for i in range(c.td_ruleset_unit_kind_count(handle))]
        self.plan_name = _s(c.td_ruleset_plan_name(handle))
        self.plan_title = _s(c.td_ruleset_plan_title(handle))
        self.plan_source = _s(c.td_ruleset_plan_source(handle))
        self.diagnostics: List[Diagnostic] = _diagnostics(handle)  # warnings
        self.awards: List[Award] = [
            Award(_s(c.td_ruleset_award_name(handle, i)),
                  _s(c.td_ruleset_award_label(handle, i)),
                  _s(c.td_ruleset_award_source(handle, i)))
            for i in range(c.td_ruleset_award_count(handle))]

    def __del__(self):
        if getattr(self, "_handle", None):
            self._free(self._handle)
            self._handle = None

    def __repr__(self):
        return f"<thidua.RuleSet {self.plan_name or '?'}: {len(self.criteria)} criteria>"

    def _evaluator(self, as_of=None, lists=None) -> _Evaluator:
        # One evaluator per thread and per set of list files (an evaluator
        # reads its lists once, when they are given to it).
        key = _lists_key(lists)
        evaluators = getattr(self._local, "evaluators", None)
        if evaluators is None:
            evaluators = self._local.evaluators = {}
        ev = evaluators.get(key)
        if ev is None:
            ev = _Evaluator(self._handle)
            for name, path, _ in key:
                ev.read_list(name, path)
            if len(evaluators) >= 8:  # lists change rarely; keep a few
                evaluators.clear()
            evaluators[key] = ev
        ev.read_as_of(_as_of(as_of))
        return ev

    def _error(self, code):
        message = _s(_lib.lib().td_ruleset_errmsg(self._handle))
        return (DataError if code == TD_E_DATA else Error)(message, code)

    def _verdicts(self, row) -> dict:
        return {c.name: _VERDICTS[v] for c, v in zip(self.criteria, row)}

    def evaluate(self, unit, as_of=None, lists=None) -> dict:
        """Verdicts of one unit (a dict, or its JSON text) as
        {criterion: "eligible" | "not_eligible" | "undetermined" | "not_applicable"},
        with the rules in force on ``as_of`` (a datetime.date or "2023-12-31";
        None: the last day of the plan's period) and the members of the
        membership lists in ``lists`` ({list name: path of its list file};
        a list not given leaves every ``in`` it undetermined)."""
        data = _unit_json(unit)
        ev = self._evaluator(as_of, lists)
        n = len(self.criteria)
        out = (ctypes.c_int * max(n, 1))()
        code = _lib.lib().td_evaluator_evaluate_json(ev.handle, data, len(data), out, n)
        if code != TD_OK:
            raise ev.error(code)
        return self._verdicts(out[:n])

    def evaluate_many(self, units, threads: int = 0, as_of=None) -> List[dict]:
        """Verdicts of many units, evaluated on ``threads`` threads (0: one
        per core) in one call that runs without the GIL, as of ``as_of`` (as
        in evaluate). The units are one population: a district's roll-ups
        read its communes among them, as of the same day."""
        c = _lib.lib()
        day = _as_of(as_of)
        with self._unit_array(units) as (array, count):
            n = len(self.criteria)
            out = (ctypes.c_int * max(count * n, 1))()
            code = c.td_evaluate_batch(self._handle, array, count, threads, day,
                                       len(day or b""), out, count * n)
            if code != TD_OK:
                raise self._error(code)
            return [self._verdicts(out[u * n:(u + 1) * n]) for u in range(count)]

    def read_units(self, path) -> UnitTable:
        """Reads a whole CSV, JSON or JSON Lines data file (by its ending,
        else its content) as ``thidua eval --units`` does: a ``UnitTable``
        of the units, the rows in error (row, column, message) and the
        warnings. Raises RulesFileError when the file cannot be read,
        DataError when it is no data at all, Error past a limit."""
        c = _lib.lib()
        name = os.fspath(path).encode("utf-8")
        handle = ctypes.c_void_p()
        code = c.td_unit_table_read_file(self._handle, name, len(name), ctypes.byref(handle))
        if code != TD_OK:
            message = _s(c.td_ruleset_errmsg(self._handle))
            if code == TD_E_IO:
                raise RulesFileError(message, code)
            raise self._error(code)
        return UnitTable(self, handle)

    @contextlib.contextmanager
    def _unit_array(self, units):
        """A C array of td_unit handles for ``units`` and its length, freed
        when the block ends; a unit that does not convert raises, naming
        its position. A UnitTable's own units are used as they are."""
        if isinstance(units, UnitTable):
            if units._rules is not self:
                raise UsageError("the table was read with another RuleSet", TD_E_MISUSE)
            yield units.units_array()
            return
        c = _lib.lib()
        handles = []
        try:
            for i, unit in enumerate(units):
                data = _unit_json(unit)
                h = ctypes.c_void_p()
                code = c.td_unit_from_json(self._handle, data, len(data), ctypes.byref(h))
                if code != TD_OK:
                    e = self._error(code)
                    e.args = (f"unit {i}: {e.args[0]}",)
                    raise e
                handles.append(h)
            count = len(handles)
            yield (ctypes.c_void_p * max(count, 1))(*[h.value for h in handles]), count
        finally:
            for h in handles:
                c.td_unit_free(h)

    def select(self, award: str, units, year: int = 0, lang: str = "vi",
               as_of=None) -> Selection:
        """Who receives ``award`` among ``units`` (dicts or JSON texts, the
        candidates in proposal order), within its caps and ratios; ``year``
        places yearly deadlines; the rules are those in force on ``as_of`` (as
        in evaluate). Reasons are in ``lang``. Raises KeyError for an unknown
        award, UsageError when the award needs a year, DataError for an
        ``as_of`` that is no date."""
        c = _lib.lib()
        options = _lib.SelectOptions()
        c.td_select_options_init(ctypes.byref(options))
        options.year, options.language = int(year), _lang(lang)
        day = _as_of(as_of)
        options.as_of, options.as_of_len = day, len(day or b"")
        name = award.encode("utf-8")
        with self._unit_array(units) as (array, count):
            sel = ctypes.c_void_p()
            code = c.td_award_select(self._handle, name, len(name), array, count,
                                     ctypes.byref(options), ctypes.byref(sel))
            if code != TD_OK:
                message = _s(c.td_ruleset_errmsg(self._handle))
                if code == TD_E_NOT_FOUND:
                    raise KeyError(message)
                if code == TD_E_MISUSE:
                    raise UsageError(message, code)
                raise self._error(code)
            try:
                text = ctypes.c_void_p()
                code = c.td_selection_to_json(sel, ctypes.byref(text))
                if code != TD_OK:
                    raise Error(c.td_errstr(code).decode(), code)
                data = json.loads(_lib.take_string(text.value))
            finally:
                c.td_selection_free(sel)
        return Selection(
            data["award"], data["label"], data["authority"], data["source"], data["year"],
            [Candidate(d["index"], d["id"], d["kind"], d["selected"], d["outcome"],
                       d["rank"], d["reason"]) for d in data["candidates"]],
            data["groups"])

    def targets(self, units, lang: str = "vi", as_of=None, by: Optional[str] = None) -> List[dict]:
        """The plan's population targets measured over ``units`` as of
        ``as_of`` (as in evaluate): one dict per target {target, label,
        source, kind, status ("achieved", "not_achieved", "undetermined"),
        value, target_value, gap, units, matching, unknown}. With ``by`` (a
        unit kind, "district"), each also has "parts": one such dict per unit
        of that kind, with "group" and "group_name" (thidua report --by).
        Raises KeyError for a ``by`` that is no unit kind."""
        c = _lib.lib()
        options = _lib.TargetsOptions()
        c.td_targets_options_init(ctypes.byref(options))
        options.language = _lang(lang)
        day = _as_of(as_of)
        options.as_of, options.as_of_len = day, len(day or b"")
        kind = by.encode("utf-8") if by is not None else None
        options.by, options.by_len = kind, len(kind or b"")
        with self._unit_array(units) as (array, count):
            text = ctypes.c_void_p()
            code = c.td_ruleset_targets(self._handle, array, count, ctypes.byref(options),
                                        ctypes.byref(text))
            if code == TD_E_NOT_FOUND:
                raise KeyError(_s(c.td_ruleset_errmsg(self._handle)))
            if code != TD_OK:
                raise self._error(code)
            return json.loads(_lib.take_string(text.value))

    def _criterion_index(self, criterion) -> int:
        if isinstance(criterion, int):
            if not 0 <= criterion < len(self.criteria):
                raise IndexError(f"no criterion {criterion}")
            return criterion
        name = criterion.encode("utf-8")
        index = _lib.lib().td_ruleset_find_criterion(self._handle, name, len(name))
        if index < 0:
            raise KeyError(f"no criterion named {criterion!r}")
        return index

    def _explain(self, unit, criterion, lang, fmt, as_of, lists) -> str:
        c = _lib.lib()
        index = self._criterion_index(criterion)
        language = _lang(lang)
        data = _unit_json(unit)
        h = ctypes.c_void_p()
        code = c.td_unit_from_json(self._handle, data, len(data), ctypes.byref(h))
        if code != TD_OK:
            raise self._error(code)
        try:
            ev = self._evaluator(as_of, lists)
            text = ctypes.c_void_p()
            code = c.td_evaluator_explain(ev.handle, h, index, language, fmt, ctypes.byref(text))
            if code != TD_OK:
                raise ev.error(code)
            return _lib.take_string(text.value)
        finally:
            c.td_unit_free(h)

    def explain(self, unit, criterion, lang: str = "vi", as_of=None, lists=None) -> dict:
        """Why ``criterion`` (a name or an index) has its verdict for ``unit``
        as of ``as_of`` with ``lists`` (as in evaluate): a tree of {kind,
        text, outcome, status, source, children}."""
        return json.loads(self._explain(unit, criterion, lang, 1, as_of, lists))

    def explain_text(self, unit, criterion, lang: str = "vi", as_of=None, lists=None) -> str:
        """The same explanation as indented text, one condition a line."""
        return self._explain(unit, criterion, lang, 0, as_of, lists)

    def run_tests(self) -> TestReport:
        """Runs the ``test`` blocks of the rule file."""
        c = _lib.lib()
        passed, failed, report = ctypes.c_int(), ctypes.c_int(), ctypes.c_void_p()
        code = c.td_ruleset_run_tests(self._handle, ctypes.byref(passed),
                                      ctypes.byref(failed), ctypes.byref(report))
        if code != TD_OK:
            raise self._error(code)
        return TestReport(passed.value, failed.value,
                          json.loads(_lib.take_string(report.value)))


def _diagnostics(handle) -> List[Diagnostic]:
    c = _lib.lib()
    out = []
    for i in range(c.td_ruleset_diagnostic_count(handle)):
        d = _lib.Diagnostic()
        if c.td_ruleset_diagnostic(handle, i, ctypes.byref(d)) != TD_OK:
            continue
        out.append(Diagnostic("warning" if d.severity else "error", _s(d.path),
                              d.line, d.column, d.end_column, d.byte_offset,
                              _s(d.message), _s(d.hint), _s(d.source_line)))
    return out


def compile(text: Optional[str] = None, path: Optional[str] = None,
            rules_root: Optional[str] = None, lang: str = "en") -> RuleSet:
    """Compiles rules from ``text`` (``path`` then names them in messages)
    or from the file at ``path`` and its imports. ``lang`` is the language
    of diagnostics and of unit-data errors. Raises CompileError (with
    ``.diagnostics``) when the rules have errors, RulesFileError when the
    file cannot be read."""
    if text is None and path is None:
        raise TypeError("thidua.compile needs text or path")
    c = _lib.lib()
    options = _lib.CompileOptions()
    c.td_compile_options_init(ctypes.byref(options))
    options.language = _lang(lang)
    if rules_root is not None:
        root = str(rules_root).encode("utf-8")
        options.rules_root, options.rules_root_len = root, len(root)
    p = None if path is None else str(path).encode("utf-8")
    handle = ctypes.c_void_p()
    if text is not None:
        t = text.encode("utf-8")
        code = c.td_ruleset_compile(t, len(t), p, 0 if p is None else len(p),
                                    ctypes.byref(options), ctypes.byref(handle))
    else:
        code = c.td_ruleset_compile_file(p, len(p), ctypes.byref(options),
                                         ctypes.byref(handle))
    if code == TD_OK:
        return RuleSet(handle)
    try:
        message = _s(c.td_ruleset_errmsg(handle)) if handle else c.td_errstr(code).decode()
        if code == TD_E_COMPILE:
            text_out = ctypes.c_void_p()
            c.td_ruleset_format_diagnostics(handle, 0, ctypes.byref(text_out))
            raise CompileError(_lib.take_string(text_out.value) or message, code,
                               _diagnostics(handle))
        if code == TD_E_IO:
            raise RulesFileError(message, code)
        raise Error(message, code)
    finally:
        c.td_ruleset_free(handle)
