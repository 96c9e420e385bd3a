"""The rest of a spec: id, title, summary, sections, examples, quiz, scoring.

Sections are matched by title and examples by id. Quiz and scoring are
compared setting by setting. Any other top-level key (such as `lint`) that
differs is one patch change, so nothing a later format adds goes unseen;
`version` and `changelog` are what a bump changes and are never changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from pydantic import BaseModel

from guidekit.spec.changes import Change, names, quoted, same_words
from guidekit.spec.diff_answers import accepted
from guidekit.spec.models import Example, Section, Spec
from guidekit.spec.semver import Bump

T = TypeVar("T")
HANDLED = {"id", "title", "version", "summary", "task", "labels", "sections",
           "examples", "gold", "quiz", "scoring", "changelog"}


def text_changes(old: Spec, new: Spec) -> list[Change]:
    """The guideline's id, title and summary."""
    found = []
    if old.id != new.id:
        found.append(Change("spec-id-changed", "major", f"guideline id changed "
                            f"{quoted(old.id)} -> {quoted(new.id)}", ("id",)))
    if not same_words(old.title, new.title):
        found.append(Change("title-changed", "patch", f"title changed "
                            f"{quoted(old.title)} -> {quoted(new.title)}", ("title",)))
    if not same_words(old.summary, new.summary):
        found.append(Change("summary-changed", "patch", "summary changed",
                            ("summary",), old=old.summary or "", new=new.summary or ""))
    return found


def section_changes(old: Spec, new: Spec) -> Iterator[Change]:
    """Sections added, removed, rewritten and reordered, by title."""
    before = _keyed((s.title, s) for s in old.sections)
    after = _keyed((s.title, s) for s in new.sections)
    for title, (i, _) in before.items():
        if title not in after:
            yield Change("section-removed", "patch", f"section {quoted(title)} "
                         "removed", ("sections", i), "old")
    for title, (i, section) in after.items():
        was: Section | None = before[title][1] if title in before else None
        if was is None:
            yield Change("section-added", "patch", f"section {quoted(title)} added",
                         ("sections", i))
        elif not same_words(was.body, section.body):
            yield Change("section-changed", "patch", f"section {quoted(title)} "
                         "rewritten", ("sections", i, "body"), old=was.body,
                         new=section.body)
    common = [t for t in before if t in after]
    if common != [t for t in after if t in before]:
        yield Change("sections-reordered", "patch", "sections reordered",
                     ("sections",))


def example_changes(old: Spec, new: Spec, mapping: dict[str, str],
                    ) -> Iterator[Change]:
    """Examples added, removed and changed, by id; answers follow renames."""
    before = _keyed((e.id, e) for e in old.examples)
    after = _keyed((e.id, e) for e in new.examples)
    for key, (i, _) in before.items():
        if key not in after:
            yield Change("example-removed", "patch", f"example {quoted(key)} removed",
                         ("examples", i), "old")
    for key, (i, example) in after.items():
        if key not in before:
            yield Change("example-added", "patch", f"example {quoted(key)} added",
                         ("examples", i))
            continue
        parts = _example_parts(before[key][1], example, mapping)
        if parts:
            yield Change("example-changed", "patch", f"example {quoted(key)} "
                         f"changed ({', '.join(parts)})", ("examples", i))


def _example_parts(was: Example, now: Example, mapping: dict[str, str]) -> list[str]:
    parts = ["item"] if was.item != now.item else []
    if accepted(was, mapping) != accepted(now):
        parts.append("answer")
    return parts + (["why"] if not same_words(was.why, now.why) else [])


def setting_changes(old: Spec, new: Spec) -> list[Change]:
    """Quiz and scoring settings (minor) and any other top-level key (patch)."""
    found = _leaves("quiz", _dump(old.quiz), _dump(new.quiz), "minor")
    found += _leaves("scoring", _dump(old.scoring), _dump(new.scoring), "minor")
    was, now = _dump(old), _dump(new)
    for key in sorted((was.keys() | now.keys()) - HANDLED):
        if was.get(key) != now.get(key):
            found.append(Change("setting-changed", "patch",
                                f"{key} changed", (key,)))
    return found


def _leaves(area: str, was: dict[str, Any], now: dict[str, Any],
            bump: Bump, prefix: tuple[str, ...] = ()) -> list[Change]:
    found: list[Change] = []
    for key in sorted(was.keys() | now.keys()):
        a, b, at = was.get(key), now.get(key), (*prefix, key)
        if isinstance(a, dict) and isinstance(b, dict):
            found += _leaves(area, a, b, bump, at)
        elif a != b:
            found.append(Change(f"{area}-changed", bump, f"{area} "
                                f"{'.'.join(at)} changed {_value(a)} -> {_value(b)}",
                                (area, *at)))
    return found


def _value(value: Any) -> str:
    if isinstance(value, list):
        return f"[{names(value)}]"
    return "(none)" if value is None else quoted(value)


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", by_alias=True)


def _keyed(pairs: Iterable[tuple[str, T]]) -> dict[str, tuple[int, T]]:
    """Key -> (index, item); the first of a repeated key wins."""
    found: dict[str, tuple[int, T]] = {}
    for i, (key, value) in enumerate(pairs):
        found.setdefault(key, (i, value))
    return found
