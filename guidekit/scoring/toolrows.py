"""Helpers shared by the readers of tool exports (Label Studio, Prodigy, MTurk).

A tool export names its records by position ("task 3 (id 17), annotation
2") as well as by line, so every reason starts with that position.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from guidekit.scoring.rows import BadRow, Row
from guidekit.spec.spellings import normal


class BadValue(Exception):
    """A value of the wrong JSON kind; the message says which and where."""


def tool_row(path: str, number: int, where: str,
             values: Mapping[str, str | None], source: str | None = None,
             ) -> Row | BadRow:
    """A Row from role -> value (already looked up), or BadRow for an empty one."""
    for role in ("annotator", "item", "label"):
        raw = values.get(role)
        if raw is None or not raw.strip():
            return BadRow(path, number, f"{where}: empty {role}")
    return Row(path, number, normal(values["annotator"] or ""),
               normal(values["item"] or ""), values["label"] or "", source)


def text(value: Any, what: str) -> str | None:
    """A JSON scalar as text in its JSON spelling; BadValue for an object/array."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        raise BadValue(f"{what} is a JSON {kind(value)}; expected a string")
    return json.dumps(value)


def dig(record: Mapping[str, Any], dotted: str) -> tuple[bool, Any]:
    """(found, value) for a key path like "meta.id"; a plain key wins if present."""
    if dotted in record:
        return True, record[dotted]
    value: Any = record
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return False, None
        value = value[part]
    return True, value


def kind(value: Any) -> str:
    """The JSON name of a decoded value's type."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean",
             type(None): "null", int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)
