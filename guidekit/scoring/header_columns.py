"""Where a CSV or TSV header puts each column read, or why it cannot be read.

Shared by the row reader (delimited.py) and the columnar reader
(columnar.py), so both read the same columns and fail with the same
words: a mapped column missing or named twice is an error at line 1.
"""

from __future__ import annotations

from collections.abc import Sequence

from guidekit.errors import InputError
from guidekit.scoring.columns import OPTIONS, Columns
from guidekit.scoring.rows import PROVENANCE

SHOWN_COLUMNS = 12


def column_index(shown: str, header: Sequence[str], columns: Columns,
                 delimiter: str) -> dict[str, int]:
    """Position of each role's column in `header`, or InputError."""
    names = [name.strip() for name in header]
    index: dict[str, int] = {}
    for role in Columns.roles():
        wanted = columns.name(role)
        found = names.count(wanted)
        if found == 0:
            raise InputError(shown, 1, _missing(wanted, role, names, delimiter))
        if found > 1:
            raise InputError(shown, 1, f"column '{wanted}' appears {found} times "
                             "in the header; rename all but one")
        index[role] = names.index(wanted)
    return index


def optional_index(header: Sequence[str], columns: Columns) -> dict[str, int]:
    """Position of each provenance column present (rows.PROVENANCE), first kept.

    A column that is already mapped to a role is not read again.
    """
    names = [name.strip() for name in header]
    taken = {columns.name(role) for role in Columns.roles()}
    return {name: names.index(name) for name in PROVENANCE
            if name in names and name not in taken}


def _missing(wanted: str, role: str, names: list[str], delimiter: str) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:SHOWN_COLUMNS])
    extra = len(names) - SHOWN_COLUMNS
    more = f" and {extra} more" if extra > 0 else ""
    hint = f"name the {role} column with {OPTIONS[role]}"
    other = "\t" if delimiter == "," else ","
    if len(names) == 1 and other in names[0]:
        kind = "tab-separated (.tsv)" if other == "\t" else "comma-separated (.csv)"
        hint = f"the file looks {kind}; name it so"
    return f"no column '{wanted}' for the {role} (columns: {shown}{more}); {hint}"
