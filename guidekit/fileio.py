"""Writing outputs so that nothing is ever left half-written."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write `text` to `path` via a temporary file and an atomic rename.

    A symbolic link is written through to its target; a path that is not
    a regular file (a FIFO, /dev/stdout) is written to directly.
    """
    target = Path(path)
    if _is_special(target):
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        return
    write_files_atomic(target.resolve().parent, {target.resolve().name: text})


def write_files_atomic(folder: str | Path, files: Mapping[str, str]) -> list[Path]:
    """Write several files into `folder`; each appears whole or not at all.

    Every target is checked first (a folder in the way fails before
    anything is written), then each file is written in full beside its
    target, and only when all are written are they renamed into place.
    A failure leaves no temporary file behind.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in files:
        if (folder / name).is_dir():
            raise IsADirectoryError(21, "a folder is in the way", str(folder / name))
    staged: list[tuple[str, Path]] = []
    try:
        for name, text in files.items():
            staged.append((_stage(folder, name, text), folder / name))
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
    return [target for _, target in staged]


def _stage(folder: Path, name: str, text: str) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
    try:
        os.chmod(tmp, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
