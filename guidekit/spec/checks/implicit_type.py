"""An unquoted value that other YAML tools would read as another type.

guidekit keeps `no` as the string "no" and `1.10` as "1.10", but PyYAML,
editors and many pipelines follow YAML 1.1 and would read false and 1.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec

STRING_KEYS = {"value", "id", "version", "label", "also", "aliases",
               "confused_with", "rules", "labels", "text_field"}


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    for path, (raw, reading) in sorted(loaded.where.notes().items(), key=_order):
        if _wants_string(path):
            yield Finding(path, f"unquoted '{raw}' is kept as text; other YAML "
                                f"tools read it as {reading}",
                          f"quote it: \"{raw}\"")


def _wants_string(path: tuple[Any, ...]) -> bool:
    names = [part for part in path if isinstance(part, str)]
    return bool(names) and names[-1] in STRING_KEYS


def _order(entry: tuple[tuple[Any, ...], tuple[str, str]]) -> str:
    return repr(entry[0])


CHECK = Check(
    "implicit-type", "warning",
    "An unquoted label value, id or version looks like a boolean, number or "
    "date to YAML 1.1 tools.", run,
    rationale="guidekit keeps `no` and `1.10` as written, but PyYAML, editors "
    "and pipelines that read the same file see false and 1.1.",
    fix="Quote the value: `\"no\"`, `\"1.10.0\"`.",
)
