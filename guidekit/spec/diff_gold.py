"""Gold changes, item by item id: answers, item text, pool and details.

What an item accepts is in `guidekit.spec.diff_answers`. When an answer
that was right is no longer accepted, old labels become wrong: major. When
every old right answer is still right but more are accepted, or the main
answer moved within the same accepted set: minor.
"""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.changes import Change, names, quoted
from guidekit.spec.diff_answers import accepted, main_answer, shown
from guidekit.spec.models import GoldItem, Spec

DETAILS = ("rules", "rationale", "difficulty", "tags", "provenance")


def gold_changes(old: Spec, new: Spec, mapping: dict[str, str]) -> list[Change]:
    """Gold items added, removed and changed; `mapping` carries renames."""
    before, after = _by_id(old.gold), _by_id(new.gold)
    found = [Change("gold-removed", "minor", f"gold {quoted(key)} removed",
                    ("gold", i), "old")
             for key, (i, _) in before.items() if key not in after]
    for key, (i, item) in after.items():
        was = before.get(key)
        if was is None:
            found.append(Change("gold-added", "minor", f"gold {quoted(key)} added",
                                ("gold", i)))
        else:
            found += _item(was[1], item, ("gold", i), mapping)
    return found


def _by_id(gold: list[GoldItem]) -> dict[str, tuple[int, GoldItem]]:
    found: dict[str, tuple[int, GoldItem]] = {}
    for i, item in enumerate(gold):
        found.setdefault(item.id, (i, item))
    return found


def _item(was: GoldItem, now: GoldItem, at: tuple[str, int],
          mapping: dict[str, str]) -> Iterator[Change]:
    name = f"gold {quoted(now.id)}"
    answer = _answer(was, now, name, at, mapping)
    if answer is not None:
        yield answer
    if was.item != now.item:
        fields = sorted(set(was.item) ^ set(now.item) | {
            k for k in was.item.keys() & now.item.keys() if was.item[k] != now.item[k]})
        yield Change("gold-item-changed", "minor",
                     f"{name} item changed (fields {names(fields)})", (*at, "item"))
    if was.pool != now.pool:
        yield Change("gold-pool-changed", "minor", f"{name} pool changed "
                     f"{quoted(was.pool)} -> {quoted(now.pool)}", (*at, "pool"))
    details = [k for k in DETAILS if getattr(was, k) != getattr(now, k)]
    if details:
        yield Change("gold-details-changed", "patch",
                     f"{name} details changed ({', '.join(details)})", at)


def _answer(was: GoldItem, now: GoldItem, name: str, at: tuple[str, int],
            mapping: dict[str, str]) -> Change | None:
    old, new = accepted(was, mapping), accepted(now)
    moved = main_answer(was, mapping) != main_answer(now)
    if old == new and not moved:
        return None
    text = f"{name} answer changed {shown(was)} -> {shown(now)}"
    key = now.answer_keys()[0] if now.answer_keys() else "label"
    if not new.keeps(old):
        return Change("gold-answer-changed", "major", text, (*at, key))
    how = "the same answers accepted" if old == new else "more answers accepted"
    return Change("gold-answer-widened", "minor", f"{text} ({how})", (*at, key))
