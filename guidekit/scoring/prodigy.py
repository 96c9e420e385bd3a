"""Prodigy JSONL streams (`prodigy db-out`): one annotated task per line.

Only an `accept` answer is a label. In Prodigy `reject` means the
annotator said no to what was shown: on a binary task ("is this POS?")
that the label does not apply, which names no label; on a choice task
that the question itself is broken. `ignore` means the annotator skipped
the task. Both are left out of the scores, and counted and reported as
notes ("reject", "ignore"); any other answer is a bad row.

The label is the single id in `accept` on a choice task (one that has
`options`), else the task's `label`; `--label-col KEY` names another
key. The annotator is `_annotator_id`, else `_session_id`
(`--annotator-col KEY` for another). The item id is `meta.id`, or the
key `--item-col` names (dotted for nested keys: `meta.doc`; `_input_hash`
for Prodigy's own hash of the input). Lines are numbered as in a JSONL
file; blank lines are passed over. A value read (annotator, item, label)
that holds a lone surrogate (a `\\ud800` escape alone) makes a bad row;
keys that are not read, such as the task's `text`, are not looked at.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from guidekit.scoring.columns import Columns
from guidekit.scoring.rows import BadRow, Note, Row
from guidekit.scoring.toolrows import BadValue, dig, kind, text, tool_row

Record = Row | BadRow | Note
SKIPPED_ANSWERS = ("reject", "ignore")


def read_prodigy(path: Path, shown: str, columns: Columns) -> Iterator[Record]:
    """Rows, bad rows and notes of one Prodigy JSONL file."""
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _record(shown, number, line, columns)


def _record(shown: str, number: int, line: str, columns: Columns) -> Record:
    try:
        task = _object(line)
        answer = task.get("answer")
        annotator = _annotator(task, columns)
        if answer in SKIPPED_ANSWERS:
            return Note(shown, number, str(answer), f"answer '{answer}' by "
                        f"'{annotator}'; left out")
        if answer != "accept":
            raise BadValue(f"answer is {json.dumps(answer)}; expected accept, "
                           "reject or ignore")
        values = {"annotator": annotator, "item": _item(task, columns),
                  "label": _label(task, columns)}
    except BadValue as exc:
        return BadRow(shown, number, str(exc))
    return tool_row(shown, number, f"line {number}", values)


def _object(line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadValue(f"not valid JSON: {exc.msg[:1].lower()}{exc.msg[1:]} "
                       f"(column {exc.colno})") from None
    except ValueError:  # json's own limit on the digits of an integer
        raise BadValue(f"a number is too long to read (more than "
                       f"{sys.get_int_max_str_digits()} digits)") from None
    if not isinstance(value, dict):
        raise BadValue(f"line holds a JSON {kind(value)}, not a task object")
    return value


def _annotator(task: dict[str, Any], columns: Columns) -> str | None:
    given = columns.given("annotator")
    keys = [given] if given else ["_annotator_id", "_session_id"]
    for key in keys:
        found, value = dig(task, key)
        if found and value not in (None, ""):
            return text(value, f"annotator key '{key}'")
    raise BadValue(f"no annotator ({' or '.join(keys)}); name the annotator "
                   "key with --annotator-col")


def _item(task: dict[str, Any], columns: Columns) -> str | None:
    key = columns.given("item") or "meta.id"
    found, value = dig(task, key)
    if not found:
        raise BadValue(f"no item id '{key}'; name the item key with --item-col")
    return text(value, f"item key '{key}'")


def _label(task: dict[str, Any], columns: Columns) -> str | None:
    key = columns.given("label")
    if key is not None:
        found, value = dig(task, key)
        return text(value, f"label key '{key}'") if found else None
    if "options" not in task:
        return text(task.get("label"), "label")
    accepted = task.get("accept")
    if not isinstance(accepted, list) or len(accepted) != 1:
        count = len(accepted) if isinstance(accepted, list) else 0
        raise BadValue(f"{count} option(s) accepted; a single-label task takes one")
    return text(accepted[0], "accepted option")
