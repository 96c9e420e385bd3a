"""Label changes: added, removed, renamed, reworded; aliases and order."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.changes import Change, names, quoted, same_words
from guidekit.spec.models import Label, Spec
from guidekit.spec.renames import match_labels
from guidekit.spec.spellings import label_spellings, normal


def label_changes(old: Spec, new: Spec) -> tuple[list[Change], dict[str, str]]:
    """Changes to the labels, and old value -> new value for labels kept."""
    mapping, renames = match_labels(old.labels, new.labels)
    at = {lb.value: ("labels", i) for i, lb in enumerate(new.labels)}
    found = [Change("label-renamed", "major",
                    f"label {quoted(r.old)} renamed to {quoted(r.new)} ({r.reason})",
                    (*at[r.new], "value")) for r in renames]
    found += [Change("label-removed", "major", f"label {quoted(lb.value)} removed",
                     ("labels", i), "old")
              for i, lb in enumerate(old.labels) if lb.value not in mapping]
    kept = set(mapping.values())
    found += [Change("label-added", "minor", f"label {quoted(lb.value)} added",
                     ("labels", i))
              for i, lb in enumerate(new.labels) if lb.value not in kept]
    for was in old.labels:
        now = new.label(mapping[was.value]) if was.value in mapping else None
        if now is not None:
            found += _wording(was, now, at[now.value], mapping)
    found += _aliases(old, new, mapping)
    found += _order(old, new, mapping)
    return found, mapping


def _wording(was: Label, now: Label, at: tuple[str, int],
             mapping: dict[str, str]) -> Iterator[Change]:
    name = quoted(now.value)
    if not same_words(was.title, now.title):
        yield Change("label-title-changed", "patch",
                     f"label {name} title changed {_opt(was.title)} -> "
                     f"{_opt(now.title)}", (*at, "title"))
    if not same_words(was.definition, now.definition):
        yield Change("definition-changed", "patch",
                     f"label {name} definition changed", (*at, "definition"),
                     old=was.definition or "", new=now.definition or "")
    if [mapping.get(v, v) for v in was.confused_with] != now.confused_with:
        yield Change("confused-with-changed", "patch",
                     f"label {name} confused_with changed [{names(was.confused_with)}]"
                     f" -> [{names(now.confused_with)}]", (*at, "confused_with"))


def _aliases(old: Spec, new: Spec, mapping: dict[str, str]) -> Iterator[Change]:
    before, after = label_spellings(old), label_spellings(new)
    renamed = {was: now for was, now in mapping.items() if was != now}
    for i, label in enumerate(old.labels):
        target = mapping.get(label.value)
        for alias in label.aliases if target is not None else []:
            owner = after.get(normal(alias))
            if owner != target:
                yield Change("alias-removed", "major", _alias_gone(alias, target,
                             owner), ("labels", i, "aliases"), "old")
    for i, label in enumerate(new.labels):
        if label.value not in mapping.values():
            continue
        for alias in label.aliases:
            owner = before.get(normal(alias))
            if owner is None or renamed.get(owner, owner) != label.value:
                yield Change("alias-added", "minor", f"label {quoted(label.value)} "
                             f"now also accepts {quoted(alias)}",
                             ("labels", i, "aliases"))


def _alias_gone(alias: str, label: str | None, owner: str | None) -> str:
    text = f"alias {quoted(alias)} of label {quoted(label)}"
    if owner is None:
        return f"{text} removed: answers spelt so no longer count"
    return f"{text} now means label {quoted(owner)}"


def _order(old: Spec, new: Spec, mapping: dict[str, str]) -> list[Change]:
    kept = set(mapping.values())
    before = [mapping[v] for v in old.label_values() if v in mapping]
    after = [v for v in new.label_values() if v in kept]
    if before == after:
        return []
    return [Change("labels-reordered", "patch",
                   f"labels reordered [{names(before)}] -> [{names(after)}]",
                   ("labels",))]


def _opt(text: str | None) -> str:
    return quoted(text) if text is not None else "(none)"
