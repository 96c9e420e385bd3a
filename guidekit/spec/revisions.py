"""A spec as it was at a git revision, side files and all.

A source is a file path, or `REV:path` such as `HEAD~1:specs/triage/guideline.yaml`
(an existing file of that name wins). At a revision, the spec and the gold
side files it includes are read from that same revision into a temporary
folder laid out as the spec's folder was, then loaded with the normal
loader: include paths are confined exactly as for files on disk, and
problems name `REV:path` rather than the temporary folder.

A side file that the revision lacks and that git ignores (gold built
locally and never committed, say) is not versioned at all: it is read
from the working tree, so it is the same on both sides of a diff.
"""

from __future__ import annotations

import posixpath
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from guidekit.errors import SpecError
from guidekit.problems import Problem
from guidekit.spec.gitread import (
    Revision,
    RevisionError,
    is_ignored,
    open_revision,
    read_blob,
)
from guidekit.spec.includes import IncludeProblem, confined_path
from guidekit.spec.loader import load_spec
from guidekit.spec.models import Spec
from guidekit.spec.where import Pos
from guidekit.spec.yamlread import YamlProblem, read_yaml_text


@dataclass(frozen=True)
class AtRevision:
    """`rev:path`: the file at `path` as it was at git revision `rev`."""

    rev: str
    path: str

    def __str__(self) -> str:
        return f"{self.rev}:{self.path}"


def parse_source(text: str) -> Path | AtRevision:
    """A file path, or `REV:path` when no file has that name.

    >>> parse_source("HEAD~1:specs/a.yaml")
    AtRevision(rev='HEAD~1', path='specs/a.yaml')
    >>> parse_source("specs/triage/guideline.yaml")
    PosixPath('specs/triage/guideline.yaml')
    """
    rev, colon, path = text.partition(":")
    if Path(text).exists() or not colon or not rev:
        return Path(text)
    if not path:
        raise RevisionError(f"'{text}' names no file after the ':'")
    return AtRevision(rev, path)


def load_source(text: str) -> Spec:
    """Load the spec a source names; raise SpecError or RevisionError."""
    source = parse_source(text)
    if isinstance(source, Path):
        return load_spec(source, checks=False).spec
    spec = spec_at(source.rev, source.path)
    if spec is None:
        raise RevisionError(f"'{source.path}' does not exist at {source.rev}")
    return spec


def spec_at(rev: str, path: str | Path) -> Spec | None:
    """The spec at `path` as of git revision `rev`; None if it was not there."""
    revision, inside = open_revision(path, rev)
    raw = read_blob(revision, inside)
    if raw is None:
        return None
    with tempfile.TemporaryDirectory(prefix="guidekit-rev-") as tmp:
        root = Path(tmp)
        target = root / posixpath.basename(inside)
        target.write_bytes(raw)
        folder = posixpath.dirname(inside)
        for include in _includes(raw):
            _fetch(revision, folder, include, root)
        try:
            return load_spec(target, checks=False).spec
        except SpecError as exc:
            named = f"{rev}:{folder + '/' if folder else ''}"
            raise SpecError([_renamed(p, str(root), named) for p in exc.problems]
                            ) from None


def _includes(raw: bytes) -> list[Any]:
    try:
        data = read_yaml_text("spec", raw).data
    except YamlProblem:
        return []  # the loader reports it, with its place
    gold = data.get("gold") if isinstance(data, dict) else None
    entries = gold if isinstance(gold, list) else []
    return [e["include"] for e in entries if isinstance(e, dict) and "include" in e]


def _fetch(revision: Revision, folder: str, include: Any, root: Path) -> None:
    """Copy one side file from the revision into `root`, if it is allowed."""
    try:
        target = confined_path(include, root, Pos("", 1, 1))
    except IncludeProblem:
        return  # the loader refuses it again, with its place
    inside = target.relative_to(root.resolve()).as_posix()
    at = posixpath.join(folder, inside)
    blob = read_blob(revision, at, within=folder)
    if blob is None and is_ignored(revision, at):
        blob = _unversioned(revision.top / folder, include)
    if blob is not None:
        (root / inside).parent.mkdir(parents=True, exist_ok=True)
        (root / inside).write_bytes(blob)


def _unversioned(folder: Path, include: Any) -> bytes | None:
    """The working tree's copy of an ignored side file, confined as ever."""
    try:
        return confined_path(include, folder, Pos("", 1, 1)).read_bytes()
    except (IncludeProblem, OSError):
        return None


def _renamed(problem: Problem, root: str, named: str) -> Problem:
    if not problem.path.startswith(root):
        return problem
    rest = problem.path[len(root):].lstrip("/\\")
    return replace(problem, path=named + rest.replace("\\", "/"))
