"""Which answers a gold item accepts, and whether old right answers stay right.

By the key the answer is in:

- `label` (single_label): one label, right when it is `label` or in `also`.
- `labels` (multi_label): a set of labels, right when it holds every one of
  `labels` that is not in `also`, and nothing outside `labels` and `also`.
- `spans` (span) and `rating` (rating): right only as given.

Old answers are read through label renames first, so an item that merely
follows a rename has not changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from guidekit.spec.changes import names, quoted
from guidekit.spec.models import Answered, GoldItem

Mapping_ = dict[str, str]


@dataclass(frozen=True)
class Accepted:
    """What counts as right: `mode` one, set or exact, with its label sets."""

    mode: str
    needed: frozenset[str] = frozenset()
    allowed: frozenset[str] = frozenset()
    exact: str = ""

    def keeps(self, old: Accepted) -> bool:
        """Whether every answer right under `old` is right under this one."""
        if self.mode != old.mode:
            return False
        if self.mode == "one":
            return old.allowed <= self.allowed
        if self.mode == "set":
            return self.needed <= old.needed and old.allowed <= self.allowed
        return self.exact == old.exact


def accepted(item: Answered, mapping: Mapping_ | None = None) -> Accepted:
    """The answers `item` accepts, old labels carried through `mapping`.

    >>> g = GoldItem(id="g", item={"t": "x"}, label="bug", also=["how_to"])
    >>> sorted(accepted(g, {"bug": "defect"}).allowed)
    ['defect', 'how_to']
    """
    new = mapping or {}
    others = item.also if isinstance(item, GoldItem) else []
    also = frozenset(new.get(v, v) for v in others)
    if item.label is not None:
        return Accepted("one", allowed=frozenset({new.get(item.label, item.label)})
                        | also)
    if item.labels is not None:
        given = frozenset(new.get(v, v) for v in item.labels)
        return Accepted("set", needed=given - also, allowed=given | also)
    if item.spans is not None:
        spans = sorted((s.start, s.end, new.get(s.label, s.label)) for s in item.spans)
        return Accepted("exact", exact=json.dumps(spans))
    return Accepted("exact", exact=json.dumps(item.rating))


def main_answer(item: GoldItem, mapping: Mapping_ | None = None) -> str | None:
    """The single_label main answer, through `mapping`; None for other kinds."""
    if item.label is None:
        return None
    return (mapping or {}).get(item.label, item.label)


def shown(item: GoldItem) -> str:
    """The answer as a message shows it: 'bug' (also 'how_to')."""
    also = f" (also {names(item.also)})" if item.also else ""
    if item.label is not None:
        return quoted(item.label) + also
    if item.labels is not None:
        return f"[{names(item.labels)}]{also}"
    if item.spans is not None:
        return "spans [" + ", ".join(
            f"{s.start}-{s.end} {quoted(s.label)}" for s in item.spans) + "]"
    return f"rating {item.rating}"
