"""CSV and TSV submissions, read with the csv module, one row at a time.

Files are UTF-8 (a byte-order mark is dropped) with a header row. In CSV
fields may be quoted and a quoted field may hold newlines; the reader is
strict, so a quote left open is an error, not the rest of the file
swallowed into one field. TSV is read with quoting off, as tab-separated
exports are written: a `"` in a comment column is text. A `.csv` file
saved by Excel in a locale with decimal commas is `;`-separated: the
delimiter of a CSV file is sniffed from its header line (`,` or `;`;
`,` when the line does not tell). Lines that hold
no value at all (blank, or only delimiters) are passed over: they carry
no answer. Columns beyond the mapped ones are ignored, but a row with
more fields than the header is bad: a value was split or shifted.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from guidekit.errors import InputError
from guidekit.scoring.columns import OPTIONS, Columns
from guidekit.scoring.rows import PROVENANCE, BadRow, Row, make_row

SHOWN_COLUMNS = 12


def read_delimited(path: Path, shown: str, columns: Columns,
                   delimiter: str) -> Iterator[Row | BadRow]:
    """Rows of one CSV (delimiter ',') or TSV (delimiter '\\t') file."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        if delimiter == ",":
            delimiter = header_delimiter(handle.readline())
            handle.seek(0)
        reader = (csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                  if delimiter == "\t" else
                  csv.reader(handle, delimiter=delimiter, strict=True))
        line = 1
        try:
            header = next(reader, None)
            if header is None:
                raise InputError(shown, None, "file is empty; expected a header "
                                 "row naming the columns")
            index = column_index(shown, header, columns, delimiter)
            extra = optional_index(header, columns)
            line = reader.line_num + 1
            for record in reader:
                number, line = line, reader.line_num + 1
                if any(field.strip() for field in record):
                    yield _row(shown, number, record, index, len(header), columns,
                               extra)
        except csv.Error as exc:
            raise InputError(shown, line, f"cannot read row: {exc}") from None


def header_delimiter(line: str) -> str:
    """`;` or `,`: what csv.Sniffer finds in a CSV header line; `,` if unsure."""
    try:
        return csv.Sniffer().sniff(line, delimiters=",;").delimiter
    except csv.Error:
        return ","


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


def _row(shown: str, number: int, record: list[str], index: dict[str, int],
         width: int, columns: Columns,
         extra: dict[str, int] | None = None) -> Row | BadRow:
    if len(record) <= max(index.values()) or len(record) > width:
        return BadRow(shown, number, f"row has {len(record)} field(s) but the "
                      f"header has {width}")
    values = {role: record[at] for role, at in index.items()}
    values |= {name: record[at] for name, at in (extra or {}).items()
               if at < len(record)}
    return make_row(shown, number, values, columns)
