"""Strict semver parsing, precedence and the step between two versions."""

from __future__ import annotations

import re

import pytest

from guidekit.spec.semver import BUMPS, Bump, Step, covers, parse_version, step

# The precedence example of Semantic Versioning 2.0.0, item 11.
ORDERED = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
           "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0",
           "2.1.0", "2.1.1"]


@pytest.mark.parametrize("text", ["0.0.0", "1.2.3", "10.20.30", "1.0.0-0.3.7",
                                  "1.0.0-x-y-z.--", "1.0.0+20130313144700",
                                  "1.0.0-beta+exp.sha.5114f85", "1.0.0-0a"])
def test_valid_versions_round_trip(text: str) -> None:
    assert str(parse_version(text)) == text


@pytest.mark.parametrize("text", ["1", "1.2", "1.2.3.4", "01.2.3", "1.02.3",
                                  "1.2.03", "v1.2.3", "1.2.3-", "1.2.3-01",
                                  "1.2.3+", "1.2.3-a..b", " 1.2.3", "1.2.3 ",
                                  "1.2.3-ä", ""])
def test_invalid_versions_are_refused_naming_the_text(text: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"version '{text}' is not")):
        parse_version(text)


def test_precedence_follows_the_published_example() -> None:
    versions = [parse_version(v) for v in ORDERED]
    for lower, higher in zip(versions, versions[1:], strict=False):
        assert lower.precedes(higher)
        assert not higher.precedes(lower)
    assert sorted(reversed(versions), key=lambda v: v.key()) == versions


def test_build_metadata_is_ignored_for_precedence() -> None:
    assert parse_version("1.0.0+a").same_as(parse_version("1.0.0+b"))


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("1.0.0", "2.0.0", "major"), ("1.2.3", "2.5.1", "major"),
    ("1.2.3", "1.3.0", "minor"), ("1.2.3", "1.3.7", "minor"),
    ("1.2.3", "1.2.4", "patch"), ("1.2.3", "1.2.4-rc.1", "patch"),
    ("1.2.3", "1.2.3", "none"), ("1.2.3", "1.2.3+build.2", "none"),
    ("1.2.3", "1.2.2", "down"), ("2.0.0", "1.9.9", "down"),
    ("1.2.3", "1.2.3-rc.1", "down"),
    # Only the pre-release moved on: the level the release announces.
    ("2.0.0-rc.1", "2.0.0-rc.2", "major"), ("2.0.0-rc.2", "2.0.0", "major"),
    ("1.3.0-beta", "1.3.0", "minor"), ("1.2.4-rc.1", "1.2.4", "patch"),
])
def test_step(old: str, new: str, expected: str) -> None:
    assert step(parse_version(old), parse_version(new)) == expected


def test_bumped_is_the_next_release_at_that_level() -> None:
    version = parse_version("1.2.3-rc.1+b")
    assert [str(version.bumped(b)) for b in BUMPS] == ["1.2.4", "1.3.0", "2.0.0"]


@pytest.mark.parametrize(("done", "needed", "expected"), [
    ("major", "patch", True), ("minor", "minor", True), ("patch", "minor", False),
    ("none", "patch", False), ("down", "patch", False), ("minor", "major", False),
])
def test_covers(done: Step, needed: Bump, expected: bool) -> None:
    assert covers(done, needed) is expected
