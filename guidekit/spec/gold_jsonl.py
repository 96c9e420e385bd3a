"""Gold side files as JSONL: one gold item a line, as a JSON object.

Every line that is not valid JSON, or repeats a key, gets its own problem
at its line; the other lines are still read. Blank lines are skipped. The
file is UTF-8, with or without a byte-order mark.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from guidekit.jsonkeys import DECODER, DuplicateKey, lone_surrogate
from guidekit.problems import Problem
from guidekit.spec.where import Path_, Place, Where
from guidekit.spec.yamlparse import MAX_DEPTH


def read_jsonl(raw: bytes, shown: str,
               problems: list[Problem]) -> tuple[list[Any], Where]:
    """Rows of a JSONL side file, and where each stood (keyed (row, ...))."""
    text = decode_side_file(raw, shown, problems)
    if text is None:
        return [], Where()
    rows: list[Any] = []
    lines: list[int] = []
    for number, record in enumerate(text.split("\n"), start=1):
        row = _quick(record)
        if row is _BAD:
            if not record.strip():
                continue
            row = _parse(record, shown, number, problems)
        if row is not _BAD and (bad := lone_surrogate(record, row)):
            problems.append(_surrogate_problem(shown, number, bad))
            row = _BAD
        if row is not _BAD:
            rows.append(row)
            lines.append(number)
    # every value on a line is placed at the line: Where.at falls back
    # to the nearest recorded parent, so the row's place is enough
    values: dict[Path_, Place] = {(i,): (shown, n, 1) for i, n in enumerate(lines)}
    where = Where()
    where.put_all(values, {})
    return rows, where


def decode_side_file(raw: bytes, shown: str, problems: list[Problem]) -> str | None:
    """The text of a side file (a BOM dropped), or None with a not-utf8 problem."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(shown, at, 1, "error", "not-utf8",
                                f"byte {raw[exc.start]:#04x} is not valid UTF-8",
                                "save the file as UTF-8"))
        return None


_BAD = object()
# the scanner JSONDecoder.decode calls, less the wrapper; typeshed omits it
_SCAN: Callable[[str, int], tuple[Any, int]]
_SCAN = DECODER.scan_once  # type: ignore[attr-defined]


def _quick(line: str) -> Any:
    """The row of a line DECODER reads whole and MAX_DEPTH allows, else _BAD.

    A line with anything else (space around it, an error) gets _BAD, and
    _parse then reads it as before, problem and all.
    """
    try:
        row, end = _SCAN(line, 0)
    except (StopIteration, ValueError, RecursionError):
        return _BAD
    # a line no longer than MAX_DEPTH cannot have more brackets than that
    if end == len(line) and (
            end <= MAX_DEPTH or line.count("{") + line.count("[") <= MAX_DEPTH):
        return row
    return _BAD


def _parse(line: str, shown: str, number: int, problems: list[Problem]) -> Any:
    try:
        row = DECODER.decode(line)
        # nesting never passes the number of brackets, so most lines need no walk
        if line.count("{") + line.count("[") <= MAX_DEPTH or _depth(row) <= MAX_DEPTH:
            return row
    except RecursionError:
        pass
    except json.JSONDecodeError as exc:
        problems.append(Problem(shown, number, exc.colno, "error", "json-syntax",
                                _lower(exc.msg), "write one JSON object per line"))
        return _BAD
    except DuplicateKey as exc:
        problems.append(Problem(shown, number, 1, "error", "duplicate-key",
                                str(exc), "keep one of the two"))
        return _BAD
    except ValueError:  # the one left: an integer past Python's digit limit
        problems.append(Problem(shown, number, 1, "error", "json-syntax",
                                f"a number is too long: more than "
                                f"{sys.get_int_max_str_digits()} digits",
                                "write a long number as a string"))
        return _BAD
    problems.append(Problem(shown, number, 1, "error", "too-deep",
                            f"values nest more than {MAX_DEPTH} levels deep",
                            "a gold item is a flat object of fields"))
    return _BAD


def _depth(value: Any) -> int:
    """How many collections deep `value` nests, without recursion."""
    deepest, todo = 0, [(value, 0)]
    while todo:
        node, depth = todo.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, depth + 1)
            inner = node.values() if isinstance(node, dict) else node
            todo.extend((child, depth + 1) for child in inner)
    return deepest


def _surrogate_problem(shown: str, number: int, escape: str) -> Problem:
    return Problem(shown, number, 1, "error", "not-utf8",
                   f"'{escape}' is half of a UTF-16 surrogate pair alone, "
                   "not valid Unicode",
                   "write the character itself, or both halves of its pair")


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]
