"""A version, the spec's or a changelog entry's, that is not semver."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.semver import parse_version

_LOOSE = re.compile(r"[vV]?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?([-+].*)?")


def is_semver(text: str) -> bool:
    """MAJOR.MINOR.PATCH with optional -pre-release and +build parts.

    >>> is_semver("1.10.0"), is_semver("1.10"), is_semver("1.0.0-rc.1")
    (True, False, True)
    """
    try:
        parse_version(text)
    except ValueError:
        return False
    return True


def nearest_semver(text: str) -> str | None:
    """The semver an author most likely meant, or None.

    >>> nearest_semver("1.10"), nearest_semver("v2"), nearest_semver("01.2.3")
    ('1.10.0', '2.0.0', '1.2.3')
    """
    match = _LOOSE.fullmatch(text.strip())
    if match is None:
        return None
    numbers = [str(int(n)) for n in match.group(1, 2, 3) if n is not None]
    guess = ".".join(numbers + ["0"] * (3 - len(numbers))) + (match.group(4) or "")
    return guess if is_semver(guess) else None


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    places: list[tuple[tuple[Any, ...], str]] = [(("version",), spec.version)]
    places += [(("changelog", i, "version"), entry.version)
               for i, entry in enumerate(spec.changelog)]
    for at, version in places:
        if not is_semver(version):
            guess = nearest_semver(version)
            yield Finding(at, f"version '{version}' is not semver "
                              "MAJOR.MINOR.PATCH",
                          f"did you mean '{guess}'?" if guess
                          else "write three numbers, such as '1.0.0'")


CHECK = Check(
    "version-semver", "error",
    "The spec's version or a changelog entry's is not MAJOR.MINOR.PATCH semver.",
    run,
    rationale="`validate --against` and `diff` class each change as major, "
    "minor or patch and compare versions by their three numbers; a version "
    "they cannot read cannot be checked. See https://semver.org.",
    fix="Write the version as three numbers, quoted: `version: \"1.10.0\"`.",
)
