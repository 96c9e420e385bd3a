"""Read files as they were at a git revision, with the `git` command.

A path is taken relative to the current folder, as a file path would be,
and git runs in the repository that holds it. Links stored in the
revision are followed only while they stay inside a given folder.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
from dataclasses import dataclass
from pathlib import Path

from guidekit.errors import GuidekitError

MAX_LINKS = 8


class RevisionError(GuidekitError):
    """git is missing, the folder is not a repository, or a revision is bad."""


class _Failed(Exception):
    def __init__(self, stderr: bytes) -> None:
        lines = os.fsdecode(stderr).strip().splitlines()
        self.reason = lines[0] if lines else "git failed"
        super().__init__(self.reason)


@dataclass(frozen=True)
class Revision:
    """A commit in a repository, and the revision it was named by."""

    top: Path
    rev: str
    commit: str


def open_revision(path: str | Path, rev: str) -> tuple[Revision, str]:
    """The revision `rev` of the repository holding `path`, and its repo path.

    Raises RevisionError when git is missing, `path` is in no repository, or
    `rev` names no commit.
    """
    if not rev or rev.startswith("-"):
        raise RevisionError(f"'{rev}' is not a git revision")
    top, inside = _locate(Path(path))
    try:
        found = _git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except _Failed:
        raise RevisionError(f"unknown git revision '{rev}' in {top}") from None
    return Revision(top, rev, os.fsdecode(found).strip()), inside


def read_blob(revision: Revision, path: str, *, within: str = "") -> bytes | None:
    """The file at repo `path` in `revision`; None when it is not there.

    A link is followed while its target stays under the repo folder `within`.
    """
    for _ in range(MAX_LINKS):
        found = _entry(revision, path)
        if found is None or found[0] != "120000":
            return None if found is None else found[1]
        path = _link_target(revision, path, os.fsdecode(found[1]), within)
    raise RevisionError(f"'{path}' at {revision.rev} is a chain of links")


def _entry(revision: Revision, path: str) -> tuple[str, bytes] | None:
    """(mode, content) of the tree entry at `path`, or None."""
    try:
        listed = _git(revision.top, "ls-tree", "-z", revision.commit, "--", path)
        if not listed:
            return None
        mode, kind, blob = os.fsdecode(listed.split(b"\t", 1)[0]).split(" ")
        if kind != "blob":
            raise RevisionError(f"'{path}' is not a file at {revision.rev}")
        return mode, _git(revision.top, "cat-file", "blob", blob)
    except _Failed as exc:
        raise RevisionError(f"cannot read '{path}' at {revision.rev}: "
                            f"{exc.reason}") from None


def _link_target(revision: Revision, path: str, target: str, within: str) -> str:
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
    inside = not within or joined == within or joined.startswith(within + "/")
    if posixpath.isabs(target) or joined.startswith("..") or not inside:
        raise RevisionError(f"'{path}' at {revision.rev} links outside "
                            f"'{within or '.'}'")
    return joined


def _locate(path: Path) -> tuple[Path, str]:
    full = Path(os.path.abspath(path))
    folder = full.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        top = Path(os.fsdecode(_git(folder, "rev-parse", "--show-toplevel")).strip())
    except _Failed as exc:
        if "not a git repository" in exc.reason:
            raise RevisionError(f"'{path}' is not in a git repository") from None
        raise RevisionError(f"cannot use git in {folder}: {exc.reason}") from None
    real = folder.resolve() / full.relative_to(folder)
    try:
        inside = real.relative_to(top.resolve())
    except ValueError:
        raise RevisionError(f"'{path}' is outside the repository {top}") from None
    return top, inside.as_posix()


def is_ignored(revision: Revision, path: str) -> bool:
    """Whether git ignores repo `path` in the working tree (never versioned)."""
    done = _run(revision.top, "check-ignore", "-q", "--", path, literal=False)
    return done.returncode == 0


def _git(folder: Path, *args: str) -> bytes:
    done = _run(folder, *args)
    if done.returncode != 0:
        raise _Failed(done.stderr)
    return done.stdout


def _run(folder: Path, *args: str,
         literal: bool = True) -> subprocess.CompletedProcess[bytes]:
    magic = ["--literal-pathspecs"] if literal else []
    command = ["git", *magic, "-C", str(folder), *args]
    try:
        return subprocess.run(command, capture_output=True, check=False)
    except FileNotFoundError:
        raise RevisionError("git is not installed or not on PATH") from None
    except OSError as exc:
        raise RevisionError(f"cannot run git: {exc.strerror or exc}") from None
