"""Helpers shared by the readers of tool exports (Label Studio, Prodigy, MTurk).

A tool export names its records by position ("task 3 (id 17), annotation
2") as well as by line, so every reason starts with that position. Every
string a reader takes from a record passes through `text` or `checked`,
so a lone surrogate in it (guidekit.surrogates) makes a bad row before
it can reach a report; the strings no reader takes are not looked at.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from guidekit.scoring.rows import BadRow, Row
from guidekit.spec.spellings import normal
from guidekit.surrogates import lone_half, surrogate_in

T = TypeVar("T")


class BadValue(Exception):
    """A value of the wrong JSON kind; the message says which and where."""


class Surrogate(BadValue):
    """A string read holds a lone surrogate; `value` is that string."""

    def __init__(self, value: str, escape: str, what: str) -> None:
        super().__init__(lone_half(escape, f"in {what}"))
        self.value = value


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
    """A JSON scalar as text in its JSON spelling; BadValue for an object/array.

    A string holding a lone surrogate is refused (Surrogate) and named as `what`.
    """
    if value is None or isinstance(value, str):
        return checked(value, what)
    if isinstance(value, (dict, list)):
        raise BadValue(f"{what} is a JSON {kind(value)}; expected a string")
    return json.dumps(value)


def checked(value: T, what: str) -> T:
    """`value` as it is, unless it is a string holding a lone surrogate."""
    if isinstance(value, str) and (escape := surrogate_in(value)):
        raise Surrogate(value, escape, what)
    return value


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
