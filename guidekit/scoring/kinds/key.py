"""A spec's gold as each task kind scores it: read an answer, count it.

`kind_for(spec)` gives one object per task kind with the label axis
(label values in spec order; for rating the scale's points as text), a
`read(cell, item)` that turns a label cell into an answer (answers.py)
and a `score(tally, item, answer)` that counts it against the item's
gold answer, returning False when the item is not gold. Gold ids are
matched in normal form; the first gold item with an id keeps it. Label
sets and ratings depend on the cell alone, and the same few cells come
back on most rows, so up to CACHED distinct cells are read once each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from guidekit.scoring.gold import ScoringError
from guidekit.scoring.kinds.answers import (
    CellError,
    Span,
    Unknown,
    read_labels,
    read_rating,
    read_spans,
)
from guidekit.scoring.kinds.counts import Tally
from guidekit.scoring.kinds.sets import Gold, add_sets
from guidekit.scoring.kinds.spans import add_spans
from guidekit.spec.models import GoldItem, Spec
from guidekit.spec.spellings import label_spellings, normal

A = TypeVar("A")
CACHED = 4096


class Kind(Protocol[A]):
    """What the tally needs of a kind; answers are of type A."""

    @property
    def name(self) -> str: ...

    @property
    def labels(self) -> tuple[str, ...]: ...

    @property
    def points(self) -> range | None: ...

    def read(self, cell: str, item: str) -> A | Unknown: ...

    def score(self, tally: Tally, item: str, answer: A) -> bool: ...

    def unknown(self, values: tuple[str, ...]) -> str: ...


class SetKind:
    """multi_label: answers are sets of label values."""

    name, points = "multi_label", None

    def __init__(self, spec: Spec) -> None:
        self.spellings = label_spellings(spec)
        self.gold: dict[str, Gold] = {}
        for item in spec.gold:
            wanted = frozenset(_answer(spec, item, item.labels))
            optional = frozenset(item.also) - wanted
            self.gold.setdefault(normal(item.id), (wanted, optional))
        self.labels = _axis(spec, (v for w, o in self.gold.values() for v in w | o))
        self.cache: dict[str, frozenset[str] | Unknown] = {}
        self.fewest, self.most = spec.choice_range()

    def read(self, cell: str, item: str) -> frozenset[str] | Unknown:
        """The labels of one cell; CellError outside the task's choice range."""
        found = self.cache.get(cell)
        if found is None:
            found = read_labels(cell, self.spellings)
            if len(self.cache) < CACHED:
                self.cache[cell] = found
        if isinstance(found, frozenset) and not self.fewest <= len(found) <= self.most:
            raise CellError(f"names {len(found)} label(s); the task takes "
                            f"{self.fewest} to {self.most} (min_choices, "
                            "max_choices)")
        return found

    def score(self, tally: Tally, item: str, answer: frozenset[str]) -> bool:
        gold = self.gold.get(item)
        if gold is not None:
            add_sets(tally, gold, answer)
        return gold is not None

    def unknown(self, values: tuple[str, ...]) -> str:
        return "label " + ", ".join(f"'{v}'" for v in values)


class SpanKind:
    """span: answers are sets of (start, end, label)."""

    name, points = "span", None

    def __init__(self, spec: Spec) -> None:
        self.spellings = label_spellings(spec)
        field = spec.task.text_field or _only_field(spec)
        self.gold: dict[str, frozenset[Span]] = {}
        self.texts: dict[str, str] = {}
        for item in spec.gold:
            spans = _answer(spec, item, item.spans)
            key = normal(item.id)
            if key not in self.gold and field in item.item:
                self.texts[key] = item.item[field]
            self.gold.setdefault(key, frozenset((s.start, s.end, s.label)
                                                for s in spans))
        self.labels = _axis(spec, (s[2] for g in self.gold.values() for s in g))

    def read(self, cell: str, item: str) -> frozenset[Span] | Unknown:
        return read_spans(cell, self.spellings, self.texts.get(item))

    def score(self, tally: Tally, item: str, answer: frozenset[Span]) -> bool:
        gold = self.gold.get(item)
        if gold is not None:
            add_spans(tally, gold, answer)
        return gold is not None

    def unknown(self, values: tuple[str, ...]) -> str:
        return "span label " + ", ".join(f"'{v}'" for v in values)


class RatingKind:
    """rating: answers are points of the scale."""

    name = "rating"

    def __init__(self, spec: Spec) -> None:
        scale = spec.task.scale
        if scale is None:
            raise ScoringError(f"rating task has no scale (spec '{spec.id}'); "
                               "add task.scale and run guidekit validate")
        self.points: range | None = scale.points()
        self.labels = tuple(str(p) for p in scale.points())
        self.gold: dict[str, int] = {}
        for item in spec.gold:
            self.gold.setdefault(normal(item.id), _answer(spec, item, item.rating))
        self.cache: dict[str, int | Unknown] = {}

    def read(self, cell: str, item: str) -> int | Unknown:
        found = self.cache.get(cell)
        if found is None:
            found = read_rating(cell, self.points or range(0))
            if len(self.cache) < CACHED:
                self.cache[cell] = found
        return found

    def score(self, tally: Tally, item: str, answer: int) -> bool:
        gold = self.gold.get(item)
        if gold is not None:
            tally.items += 1
            tally.exact += gold == answer
            tally.ratings[(gold, answer)] += 1
        return gold is not None

    def unknown(self, values: tuple[str, ...]) -> str:
        points = self.points or range(0)
        return (f"rating '{values[0]}', not a point of the scale "
                f"{points.start} to {points.stop - 1}")


def kind_for(spec: Spec) -> SetKind | SpanKind | RatingKind:
    """The scorer of the spec's task kind; ScoringError for single_label."""
    kind = spec.task.kind
    if kind == "multi_label":
        return SetKind(spec)
    if kind == "span":
        return SpanKind(spec)
    if kind == "rating":
        return RatingKind(spec)
    raise ScoringError(f"{kind} tasks are scored by guidekit.scoring.api.score, "
                       f"not by kinds (spec '{spec.id}')")


def _answer(spec: Spec, item: GoldItem, value: A | None) -> A:
    if value is None:
        key = spec.task.answer_key
        raise ScoringError(f"gold '{item.id}' has no '{key}'; a {spec.task.kind} "
                           f"task needs one (run guidekit validate)")
    return value


def _axis(spec: Spec, gold_values: Iterable[str]) -> tuple[str, ...]:
    """Spec labels in order, then any value only gold uses, sorted."""
    labels = list(spec.label_values())
    labels += sorted({v for v in gold_values if v not in labels})
    return tuple(labels)


def _only_field(spec: Spec) -> str:
    names = spec.field_names()
    if len(names) != 1:
        raise ScoringError(f"span task has no text_field (spec '{spec.id}'); set "
                           "task.text_field to the field spans count in")
    return names[0]
