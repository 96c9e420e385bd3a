"""Confusable labels as pairs, and the examples grouped under their label."""

from __future__ import annotations

from guidekit.render.anchors import Anchors
from guidekit.render.views import ExampleGroup, ExampleView, LabelView, Link, PairView


def confusable_pairs(labels: tuple[LabelView, ...],
                     anchors: Anchors) -> tuple[PairView, ...]:
    """Each pair that a `confused_with` names, once, in spec order.

    A label that names itself or an unknown label makes no pair.
    """
    cards = {label.value: label for label in labels}
    found: dict[frozenset[str], tuple[LabelView, LabelView]] = {}
    for label in labels:
        for other in label.confused_with:
            value = _value_of(other, labels)
            if value is None or value == label.value:
                continue
            found.setdefault(frozenset((label.value, value)), (label, cards[value]))
    return tuple(PairView(a, b, anchors.make("pair", f"{a.value} {b.value}"))
                 for a, b in found.values())


def _value_of(link: Link, labels: tuple[LabelView, ...]) -> str | None:
    return next((lb.value for lb in labels if lb.anchor == link.anchor), None)


def example_groups(labels: tuple[LabelView, ...],
                   examples: tuple[ExampleView, ...]) -> tuple[ExampleGroup, ...]:
    """Examples under the first label their answer names, in label order;
    the ones naming no known label (ratings, say) come last, unlabelled."""
    known = {label.value for label in labels}

    def home(example: ExampleView) -> str | None:
        return next((v for v in example.label_values if v in known), None)

    groups = [ExampleGroup(Link(lb.title, lb.anchor),
                           tuple(ex for ex in examples if home(ex) == lb.value))
              for lb in labels]
    rest = tuple(ex for ex in examples if home(ex) is None)
    groups += [ExampleGroup(None, rest)] if rest else []
    return tuple(g for g in groups if g.examples)
