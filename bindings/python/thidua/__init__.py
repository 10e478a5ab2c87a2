"""thidua: rules for Vietnamese emulation and commendation criteria.

    import thidua
    rules = thidua.compile(path="rules/binh-phuoc-192-2022/plan.td")
    rules.evaluate({"kind": "enterprise", "id": "DN-01", ...})
    # {"enterprise_contribution_amount": "eligible", ...}
    rules.explain(unit, "enterprise_contribution_amount", lang="vi")

A thin layer over the C API (include/thidua/thidua.h) through ctypes; see
docs/python.md. A RuleSet may be shared by threads; the GIL is released
during every call into the library.
"""
from . import _lib
from ._rules import (Award, Candidate, CompileError, Criterion, DataError,
                     Diagnostic, Error, RuleSet, RulesFileError, Selection,
                     TestReport, UsageError, compile)
from ._table import RowError, UnitTable

__version__ = "0.1.0"
__all__ = ["compile", "RuleSet", "Criterion", "Diagnostic", "TestReport",
           "Award", "Candidate", "Selection", "UnitTable", "RowError",
           "Error", "CompileError", "DataError", "RulesFileError", "UsageError",
           "library_version"]


def library_version() -> str:
    """Version of the loaded C library, e.g. "0.1.0"."""
    return _lib.lib().td_version().decode()
