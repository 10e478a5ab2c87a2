"""A whole data file read at once (td_unit_table_read_file)."""
import ctypes
from typing import List, NamedTuple

from . import _lib


class RowError(NamedTuple):
    """A row of the file that is no unit: its row (CSV: the header is row 1;
    JSON Lines: the line), its column ("" for the whole row) and why, in the
    language given to ``compile``."""
    row: int
    column: str
    message: str


class UnitTable:
    """The units of one CSV, JSON or JSON Lines file, read by
    ``RuleSet.read_units``. The units stay in the library: pass the table
    itself as ``units`` to ``evaluate_many``, ``select`` or ``targets`` (it is
    one population, linked once, when read). ``ids``, ``kinds`` and ``rows``
    (each unit's row in the file) are in file order; ``errors`` are the rows
    that are no unit (one bad row loses nothing else), ``warnings`` what was
    read but ignored. Immutable; share it between threads freely."""

    def __init__(self, rules, handle):
        c = _lib.lib()
        self._rules = rules  # the units need their rules alive
        self._handle = handle
        self._free = c.td_unit_table_free  # at exit the module may be gone
        count = c.td_unit_table_unit_count(handle)
        units = [c.td_unit_table_unit_row(handle, i) for i in range(count)]
        array = c.td_unit_table_units(handle)
        self.rows: List[int] = units
        self.ids: List[str] = [c.td_unit_id(array[i]).decode("utf-8") for i in range(count)]
        self.kinds: List[str] = [c.td_unit_kind(array[i]).decode("utf-8")
                                 for i in range(count)]
        self.rows_read: int = c.td_unit_table_rows_read(handle)
        self.errors: List[RowError] = []
        for i in range(c.td_unit_table_error_count(handle)):
            row, column, message = ctypes.c_int64(), ctypes.c_char_p(), ctypes.c_char_p()
            c.td_unit_table_error(handle, i, ctypes.byref(row), ctypes.byref(column),
                                  ctypes.byref(message))
            self.errors.append(RowError(row.value, column.value.decode("utf-8"),
                                        message.value.decode("utf-8")))
        self.warnings: List[str] = [
            c.td_unit_table_warning(handle, i).decode("utf-8")
            for i in range(c.td_unit_table_warning_count(handle))]

    def __len__(self) -> int:
        return len(self.ids)

    def __repr__(self):
        return (f"<thidua.UnitTable {len(self)} units, {len(self.errors)} rows in error "
                f"of {self.rows_read}>")

    def units_array(self):
        """The td_unit handles, as td_evaluate_batch takes them, and how many."""
        return _lib.lib().td_unit_table_units(self._handle), len(self.ids)

    def __del__(self):
        if getattr(self, "_handle", None):
            self._free(self._handle)
            self._handle = None
