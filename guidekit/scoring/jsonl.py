"""JSONL submissions: one JSON object per line, keys named as columns.

This is the shape of the answer files that the quiz page saves:
`{"annotator": ..., "item": ..., "label": ..., "quiz": ..., ...}`.
A number or a boolean given as a label or an id is read in its JSON
spelling (`1`, `true`); `null` counts as empty. A label that is a list
or an object (multi_label and span answers) is passed on as its compact
JSON text (`["a","b"]`); a single_label task then reports it as an
unknown label, not an error. Blank lines are passed
over. The first object decides whether the mapped keys exist at all: if
one is missing there, the file is refused, as a CSV file without the
column would be; in later lines a missing key makes a bad row. A value
read that holds a lone surrogate (a `\\ud800` escape alone) makes a bad
row; keys that are not read are not looked at, as they reach no report.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from guidekit.errors import InputError
from guidekit.jsonkeys import DECODER, DuplicateKey
from guidekit.scoring.columns import OPTIONS, Columns
from guidekit.scoring.rows import PROVENANCE, BadRow, Row, make_row
from guidekit.surrogates import lone_half, surrogate_in

SHOWN_KEYS = 12


class _BadValue(Exception):
    pass


def read_jsonl(path: Path, shown: str, columns: Columns) -> Iterator[Row | BadRow]:
    """Rows of one JSONL file."""
    first = True
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = _object(line.rstrip("\n"))
            except _BadValue as exc:
                yield BadRow(shown, number, str(exc))
                continue
            if first:
                _check_keys(shown, number, record, columns)
                first = False
            yield _row(shown, number, record, columns)


def _object(line: str) -> dict[str, Any]:
    try:
        value = DECODER.decode(line)
    except DuplicateKey as exc:
        raise _BadValue(f"key '{exc.key}' appears twice in the object") from None
    except json.JSONDecodeError as exc:
        message = exc.msg[:1].lower() + exc.msg[1:]
        raise _BadValue(f"not valid JSON: {message} (column {exc.colno})") from None
    except ValueError:  # the one left: an integer past Python's digit limit
        raise _BadValue(f"a number is too long to read (more than "
                        f"{sys.get_int_max_str_digits()} digits)") from None
    if not isinstance(value, dict):
        raise _BadValue(f"line holds a JSON {_kind(value)}, not an object")
    return value


def _check_keys(shown: str, number: int, record: dict[str, Any],
                columns: Columns) -> None:
    for role in Columns.roles():
        wanted = columns.name(role)
        if wanted not in record:
            keys = ", ".join(f"'{key}'" for key in list(record)[:SHOWN_KEYS])
            raise InputError(shown, number, f"no key '{wanted}' for the {role} "
                             f"(keys: {keys}); name the {role} key with "
                             f"{OPTIONS[role]}")


def _row(shown: str, number: int, record: dict[str, Any],
         columns: Columns) -> Row | BadRow:
    values: dict[str, str | None] = {}
    for role in Columns.roles():
        key = columns.name(role)
        if key not in record:
            return BadRow(shown, number, f"no key '{key}' for the {role}")
        value = record[key]
        if isinstance(value, (dict, list)) and role != "label":
            return BadRow(shown, number, f"{role} (key '{key}') is a JSON "
                          f"{_kind(value)}; expected a string")
        values[role] = _text(value)
    taken = {columns.name(role) for role in Columns.roles()}
    for name in (name for name in PROVENANCE if name in record and name not in taken):
        value = record.get(name)
        if isinstance(value, (dict, list)):
            return BadRow(shown, number, f"key '{name}' is a JSON "
                          f"{_kind(value)}; expected a string or a number")
        values[name] = _text(value)
    if half := _surrogate(values, columns):
        return BadRow(shown, number, half)
    return make_row(shown, number, values, columns)


def _surrogate(values: dict[str, str | None], columns: Columns) -> str | None:
    """The message for the first value holding a lone surrogate, if any."""
    for name, value in values.items():
        if value and (escape := surrogate_in(value)):
            key = columns.name(name) if name in OPTIONS else name
            return lone_half(escape, f"in key '{key}'")
    return None


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _kind(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean",
             type(None): "null", int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)
