"""JSON objects read with a repeated key refused, not silently overwritten.

`json` keeps the last of two equal keys; a hand-edited row with `label`
twice would then score an answer nobody can see. Readers decode with
DECODER and turn DuplicateKey into their own positioned problem.
"""

from __future__ import annotations

import json
import re
from typing import Any


class DuplicateKey(ValueError):
    """An object names `key` twice."""

    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key '{key}'")
        self.key = key


def no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object_pairs_hook: the pairs as a dict, or DuplicateKey."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


DECODER = json.JSONDecoder(object_pairs_hook=no_duplicate_keys)


# a \u escape of a UTF-16 surrogate, paired or not; json joins a proper pair
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(line: str, value: Any) -> str | None:
    """A lone surrogate in `value` (decoded from `line`) as `\\udXXX`.

    Only a line with a surrogate escape can decode to one, so other lines
    cost a substring test. A lone surrogate is not Unicode: the text would
    fail later, when written as UTF-8.
    """
    if "\\u" not in line or not _SURROGATE_ESCAPE.search(line):
        return None
    todo = [value]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            todo.extend(node)
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, str) and (found := _SURROGATE.search(node)):
            return f"\\u{ord(found.group()):04x}"
    return None
