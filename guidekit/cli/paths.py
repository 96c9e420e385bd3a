"""Refuse a command whose output would land on one of its inputs.

Paths are compared after resolving symlinks and `..`, so `a.csv`,
`./a.csv` and a link to it are one file. A clash is a usage error (exit
2) raised before anything is read or written, so no input is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import click

Named = Mapping[str, str | Path | None]


def refuse_clobbering(outputs: Named, inputs: Named) -> None:
    """UsageError when an output is an input, or two outputs are one file.

    `outputs` and `inputs` map a role (e.g. "-o", "the spec") to a path;
    None entries are skipped.

    >>> refuse_clobbering({"-o": "report.html"}, {"the spec": "spec.yaml"})
    """
    seen: dict[Path, str] = {}
    for role, path in _named(inputs):
        seen.setdefault(_where(path), role)
    for role, path in _named(outputs):
        where = _where(path)
        if where in seen:
            raise click.UsageError(
                f"{role} '{path}' is also {seen[where]}; writing it would replace "
                "that file: choose another output path")
        seen[where] = role


def inputs_of(role: str, paths: Iterable[str | Path]) -> dict[str, str | Path | None]:
    """{"<role> 'path'": path, ...} for several inputs of one kind."""
    return {f"{role} '{path}'": path for path in paths}


def _named(paths: Named) -> list[tuple[str, str | Path]]:
    return [(role, path) for role, path in paths.items() if path is not None]


def _where(path: str | Path) -> Path:
    return Path(path).expanduser().resolve()
