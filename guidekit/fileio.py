"""Writing outputs so that nothing is ever left half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write `text` to `path` via a temporary file and an atomic rename."""
    write_files_atomic(Path(path).parent, {Path(path).name: text})


def write_files_atomic(folder: str | Path, files: Mapping[str, str]) -> list[Path]:
    """Write several files into `folder`; each appears whole or not at all.

    Every file is first written in full beside its target; only when all
    are written are they renamed into place, so a failure part-way leaves
    the old files as they were.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, text in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
            staged.append((tmp, folder / name))
            os.chmod(tmp, 0o644)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    return [target for _, target in staged]
