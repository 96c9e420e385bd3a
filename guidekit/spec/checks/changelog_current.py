"""A changelog that has no entry for the spec's current version."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    if not spec.changelog:
        return
    if all(entry.version != spec.version for entry in spec.changelog):
        first = spec.changelog[0].version
        yield Finding(("version",),
                      f"version '{spec.version}' has no changelog entry "
                      f"(the first entry is '{first}')",
                      f"add an entry with version: \"{spec.version}\" at the "
                      "top of changelog")


CHECK = Check(
    "changelog-current", "warning",
    "The changelog has no entry for the spec's version.", run,
    rationale="The guide's \"what changed\" section and reviewers read the "
    "changelog; a bump without an entry leaves annotators guessing. A spec "
    "with no changelog at all is not asked for one.",
    fix="Add `{version: \"X.Y.Z\", date: ..., changes: [...]}` at the top of "
    "`changelog:`.",
)
