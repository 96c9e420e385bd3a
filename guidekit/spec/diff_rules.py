"""Rule changes across the spec: by id, or by place and text when unnamed.

Rules with an id are matched by id wherever they sit, so a rule that moves
to another label, or between a label's `rules` and its `not` list, is one
move. Rules without an id are matched within their label and list: same
text first, then the rest in order as rewordings; the surplus were added
or removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from guidekit.spec.changes import Change, quoted, same_words
from guidekit.spec.models import Spec


@dataclass(frozen=True)
class _Entry:
    label: str
    part: str
    id: str | None
    text: str
    at: tuple[Any, ...]

    @property
    def place(self) -> str:
        return f"label {quoted(self.label)}" + (" (not)" if self.part == "not" else "")

    @property
    def name(self) -> str:
        return f"rule {quoted(self.id if self.id is not None else self.text)}"


def rule_changes(old: Spec, new: Spec, mapping: dict[str, str]) -> list[Change]:
    """Rules and `not` entries added, removed, moved and reworded."""
    was, now = _entries(old, mapping), _entries(new, {})
    found = list(_by_id([e for e in was if e.id], [e for e in now if e.id]))
    places = dict.fromkeys((e.label, e.part) for e in was + now if e.id is None)
    for place in places:
        found += _unnamed(_at(was, place), _at(now, place))
    return found


def _at(entries: list[_Entry], place: tuple[str, str]) -> list[_Entry]:
    return [e for e in entries if e.id is None and (e.label, e.part) == place]


def _entries(spec: Spec, mapping: dict[str, str]) -> list[_Entry]:
    return [_Entry(mapping.get(lb.value, lb.value), part, rule.id, rule.text,
                   ("labels", i, part, j))
            for i, lb in enumerate(spec.labels)
            for part, rules in (("rules", lb.rules), ("not", lb.not_))
            for j, rule in enumerate(rules)]


def _by_id(was: list[_Entry], now: list[_Entry]) -> Iterator[Change]:
    before, after = _first(was), _first(now)
    for key, entry in before.items():
        if key not in after:
            yield _removed(entry)
    for key, entry in after.items():
        old = before.get(key)
        if old is None:
            yield _added(entry)
            continue
        if (old.label, old.part) != (entry.label, entry.part):
            yield Change("rule-moved", "minor", f"{entry.name} moved from "
                         f"{old.place} to {entry.place}", entry.at)
        if not same_words(old.text, entry.text):
            yield _reworded(old, entry)


def _first(entries: list[_Entry]) -> dict[str | None, _Entry]:
    found: dict[str | None, _Entry] = {}
    for entry in entries:
        found.setdefault(entry.id, entry)
    return found


def _unnamed(was: list[_Entry], now: list[_Entry]) -> Iterator[Change]:
    left = [e for e in was if not any(same_words(e.text, n.text) for n in now)]
    right = [n for n in now if not any(same_words(e.text, n.text) for e in was)]
    for old, entry in zip_longest(left, right):
        if entry is None:
            yield _removed(old)
        elif old is None:
            yield _added(entry)
        else:
            yield _reworded(old, entry)


def _removed(entry: _Entry) -> Change:
    return Change("rule-removed", "minor", f"{entry.name} removed from {entry.place}",
                  entry.at, "old")


def _added(entry: _Entry) -> Change:
    return Change("rule-added", "minor", f"{entry.name} added to {entry.place}",
                  entry.at)


def _reworded(old: _Entry, entry: _Entry) -> Change:
    return Change("rule-text-changed", "patch", f"{entry.name} text changed",
                  (*entry.at, "text"), old=old.text, new=entry.text)
