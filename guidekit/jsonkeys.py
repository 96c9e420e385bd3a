"""JSON objects read with a repeated key refused, not silently overwritten.

`json` keeps the last of two equal keys; a hand-edited row with `label`
twice would then score an answer nobody can see. Readers decode with
DECODER and turn DuplicateKey into their own positioned problem.
"""

from __future__ import annotations

import json
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
