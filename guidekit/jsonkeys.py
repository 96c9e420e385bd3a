"""JSON objects read with a repeated key refused, not silently overwritten.

`json` keeps the last of two equal keys; a hand-edited row with `label`
twice would then score an answer nobody can see. Readers decode with
DECODER and turn DuplicateKey into their own positioned problem;
lone_surrogate finds the half characters a lone `\\uD800` escape leaves.
"""

from __future__ import annotations

import json
from typing import Any

from guidekit.surrogates import may_hold_one, surrogate_in


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


def lone_surrogate(line: str, value: Any) -> str | None:
    """A lone surrogate in `value` (decoded from `line`) as `\\udXXX`.

    Only a line with a surrogate escape can decode to one, so other lines
    cost a substring test. A lone surrogate is not Unicode: the text would
    fail later, when written as UTF-8.
    """
    if not may_hold_one(line):  # json joins a proper pair: only halves are left
        return None
    todo = [value]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            todo.extend(node)
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, str) and (escape := surrogate_in(node)):
            return escape
    return None
