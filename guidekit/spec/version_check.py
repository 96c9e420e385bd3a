"""`validate --against REV`: was the version bumped as far as the changes need?

The spec at the same path as of git revision REV is the old version; the
changes between the two (`guidekit.spec.diff`) need a bump, and the
version must have moved at least that far (`guidekit.spec.semver.step`).
A version that went down is wrong whatever changed. A version that moved
needs a changelog entry for the new version. A spec that did not exist at
REV has nothing to be checked against. Every problem has the code
`version-bump` and stands at the `version:` line (the changelog one at
`changelog:`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from guidekit.errors import SpecError
from guidekit.problems import Level, Problem, sort_problems
from guidekit.spec.diff import SpecDiff, diff_specs
from guidekit.spec.loader import LoadedSpec, read_spec
from guidekit.spec.revisions import spec_at
from guidekit.spec.semver import parse_version
from guidekit.spec.validate import validate_spec

CODE = "version-bump"


def validate_against(paths: Iterable[str | Path], rev: str) -> list[Problem]:
    """Every problem of each spec, the version check against `rev` included."""
    found: list[Problem] = []
    for path in paths:
        found += sort_problems(validate_spec(path) + check_against(path, rev))
    return found


def check_against(path: str | Path, rev: str) -> list[Problem]:
    """Version problems of the spec at `path` since git revision `rev`.

    Raises RevisionError when git cannot read `rev` at all.
    """
    loaded, _ = read_spec(path)
    if loaded is None:
        return []  # validate says why it does not load
    try:
        old = spec_at(rev, path)
    except SpecError as exc:
        first = exc.problems[0].message if exc.problems else "it does not load"
        return [_at(loaded, "warning", f"cannot check the version against {rev}: "
                    f"the spec there does not load ({first})")]
    if old is None:
        return []
    result = diff_specs(old, loaded.spec, old_source=f"{rev}:{path}",
                        new_source=str(path))
    return bump_problems(result, loaded, rev)


def bump_problems(result: SpecDiff, loaded: LoadedSpec, rev: str) -> list[Problem]:
    """The problems of one diff's version change, placed in `loaded`."""
    was, now = result.old.version, result.new.version
    done = result.step
    if done is None:
        return _unreadable(result, loaded, rev)
    hint = _hint(result)
    if done == "down":
        return [_at(loaded, "error", f"version went down {was} -> {now}", hint)]
    if not result.enough:
        return [_at(loaded, "error", _short(result), hint)]
    if done != "none" and all(e.version != now for e in loaded.spec.changelog):
        return [_at(loaded, "error", f"changelog has no entry for version '{now}' "
                    f"(the version at {rev} was '{was}')",
                    f"add {{version: \"{now}\", changes: [...]}} at the top of "
                    "changelog", "changelog" if loaded.spec.changelog else "version")]
    return []


def _short(result: SpecDiff) -> str:
    """Which change needs which bump, and how far the version went."""
    done = result.step or "none"
    late = result.beyond(done)
    was, now = result.old.version, result.new.version
    went = (f"version stayed {now}" if done == "none"
            else f"version went {was} -> {now} ({done})")
    more = ("" if len(late) < 2 else
            f" [{len(late)} changes need more than {done}]" if done != "none"
            else f" [{len(late)} changes need a bump]")
    return f"{late[0].message} needs a {late[0].bump} bump; {went}{more}"


def _hint(result: SpecDiff) -> str:
    suggested = result.suggested()
    if suggested is None:
        return f"set version to '{result.old.version}' or later"
    return (f"set version to '{suggested}' or later and add a changelog entry; "
            f"`guidekit diff {result.old.source} {result.new.source}` lists every "
            "change")


def _unreadable(result: SpecDiff, loaded: LoadedSpec, rev: str) -> list[Problem]:
    was, now = result.old.version, result.new.version
    if not result.changes and was == now:
        return []
    why = f"cannot check the version bump since {rev}"
    if not _is_semver(now):
        return [_at(loaded, "error", f"{why}: version '{now}' is not "
                    "MAJOR.MINOR.PATCH")]
    return [_at(loaded, "warning", f"{why}: the version there, '{was}', is not "
                "MAJOR.MINOR.PATCH")]


def _is_semver(text: str) -> bool:
    try:
        parse_version(text)
    except ValueError:
        return False
    return True


def _at(loaded: LoadedSpec, level: Level, message: str, hint: str | None = None,
        key: str = "version") -> Problem:
    """A problem at the value of `version:`, or on the `changelog:` key."""
    where = loaded.where
    pos = where.key_at((key,)) if key == "changelog" else where.at((key,))
    return Problem(pos.path or str(loaded.path), pos.line, pos.col, level, CODE,
                   message, hint, f"$.{key}")
