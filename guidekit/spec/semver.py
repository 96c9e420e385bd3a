"""Strict semantic versions, MAJOR.MINOR.PATCH[-pre][+build], and bumps.

Follows Semantic Versioning 2.0.0 (semver.org): numbers without leading
zeros; pre-release identifiers of [0-9A-Za-z-], numeric ones without
leading zeros; build metadata ignored for precedence.

The step between two versions is the first of major, minor and patch that
grew. When only the pre-release part moved on (2.0.0-rc.1 -> 2.0.0-rc.2,
or 2.0.0-rc.2 -> 2.0.0), the step is the one the release itself announces:
major for X.0.0, minor for X.Y.0, patch otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Bump = Literal["major", "minor", "patch"]
Step = Literal["major", "minor", "patch", "none", "down"]
BUMPS: tuple[Bump, ...] = ("patch", "minor", "major")
RANK: dict[str, int] = {"none": 0, "down": 0, "patch": 1, "minor": 2, "major": 3}
_LEVELS: tuple[Bump, ...] = ("major", "minor", "patch")
PreKey = tuple[tuple[int, int, str], ...]

_NUM = r"0|[1-9][0-9]*"
_PRE_ID = r"0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*"
_PATTERN = re.compile(
    rf"(?P<major>{_NUM})\.(?P<minor>{_NUM})\.(?P<patch>{_NUM})"
    rf"(?:-(?P<pre>(?:{_PRE_ID})(?:\.(?:{_PRE_ID}))*))?"
    r"(?:\+(?P<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
)


@dataclass(frozen=True)
class Version:
    """A parsed version; compare with `precedes` and `same_as`."""

    major: int
    minor: int
    patch: int
    pre: tuple[str, ...] = ()
    build: tuple[str, ...] = ()

    @property
    def core(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def key(self) -> tuple[tuple[int, int, int], int, PreKey]:
        """Sort key by precedence: a release sorts after its pre-releases."""
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)
        return (self.core, 0 if self.pre else 1, pre)

    def precedes(self, other: Version) -> bool:
        return self.key() < other.key()

    def same_as(self, other: Version) -> bool:
        return self.key() == other.key()

    def bumped(self, bump: Bump) -> Version:
        """The next release at this level: 1.2.3 -> 2.0.0, 1.3.0 or 1.2.4."""
        if bump == "major":
            return Version(self.major + 1, 0, 0)
        if bump == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self) -> str:
        text = ".".join(str(n) for n in self.core)
        text += "-" + ".".join(self.pre) if self.pre else ""
        return text + ("+" + ".".join(self.build) if self.build else "")


def parse_version(text: str) -> Version:
    """Parse `text` or raise ValueError naming it.

    >>> str(parse_version("1.4.0-rc.1+b7"))
    '1.4.0-rc.1+b7'
    >>> parse_version("1.04")
    Traceback (most recent call last):
    ValueError: version '1.04' is not MAJOR.MINOR.PATCH[-pre][+build]
    """
    found = _PATTERN.fullmatch(text)
    if found is None:
        raise ValueError(f"version '{text}' is not MAJOR.MINOR.PATCH[-pre][+build]")
    pre, build = found["pre"], found["build"]
    return Version(int(found["major"]), int(found["minor"]), int(found["patch"]),
                   tuple(pre.split(".")) if pre else (),
                   tuple(build.split(".")) if build else ())


def step(old: Version, new: Version) -> Step:
    """How far `new` moved on from `old`.

    >>> [step(parse_version(a), parse_version(b)) for a, b in [
    ...     ("1.2.3", "2.0.0"), ("1.2.3", "1.3.0"), ("1.2.3", "1.2.4"),
    ...     ("1.2.3", "1.2.3+b2"), ("1.2.3", "1.2.2"), ("2.0.0-rc.1", "2.0.0")]]
    ['major', 'minor', 'patch', 'none', 'down', 'major']
    """
    if new.same_as(old):
        return "none"
    if new.precedes(old):
        return "down"
    for level, was, now in zip(_LEVELS, old.core, new.core, strict=True):
        if now > was:
            return level
    return announced(new)


def announced(version: Version) -> Bump:
    """The level a release number itself announces: 2.0.0 major, 2.1.0 minor."""
    if version.patch:
        return "patch"
    return "minor" if version.minor else "major"


def covers(done: Step, needed: Bump) -> bool:
    """Whether a step of `done` is at least the bump `needed`."""
    return RANK[done] >= RANK[needed]
