"""A rating scale that is not whole, or a rating outside it.

A scale runs over the whole numbers min..max (at least two points) and
says in `anchors` what every point means; each example's and gold item's
rating is one of its points.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from guidekit.spec.checks.answered import owners
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import Scale

AT = ("task", "scale")
LISTED = 8


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    scale = spec.task.scale
    if spec.task.kind != "rating" or scale is None:
        return
    if scale.min >= scale.max:
        yield Finding((*AT, "max"), f"scale max {scale.max} is not above min "
                      f"{scale.min}", "a scale has at least two points")
        return
    yield from _anchors(scale)
    for owner in owners(spec):
        rating = owner.thing.rating
        if rating is not None and rating not in scale.points():
            yield Finding((*owner.at, "rating"),
                          f"{owner.name} has rating {rating}, expected "
                          f"{_span(scale)}", "use a point of task.scale")


def _anchors(scale: Scale) -> Iterator[Finding]:
    points = scale.points()
    for point in sorted(p for p in scale.anchors if p not in points):
        yield Finding((*AT, "anchors", str(point)),
                      f"anchor {point} is outside the scale {_span(scale)}",
                      "remove it, or widen the scale", on_key=True)
    written = {p for p, text in scale.anchors.items() if text.strip()}
    missing = len(points) - sum(1 for p in written if p in points)
    if missing:
        first = list(islice((p for p in points if p not in written), LISTED))
        shown = ", ".join(map(str, first)) + (", ..." if missing > LISTED else "")
        yield Finding((*AT, "anchors"), f"scale {_span(scale)} has no anchor "
                      f"text for point(s) {shown} [{missing}]",
                      "say in a line what each point means")


def _span(scale: Scale) -> str:
    return f"{scale.min} to {scale.max}"


CHECK = Check(
    "rating-range", "error",
    "A rating scale has fewer than two points or a point without an anchor "
    "text, or a rating is outside the scale.", run,
    rationale="Annotators rate by the anchors: a point without one is a guess, "
    "and a gold rating off the scale is an answer nobody can give.",
    fix="Give every point from min to max an anchor text; keep ratings on the "
    "scale.",
)
