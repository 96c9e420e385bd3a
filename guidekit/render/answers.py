"""How each task kind is answered, as the guide shows it.

The instruction line for the task, a rating scale's anchors, and an
example's answer: its labels, its spans (listed, and marked in the text
when they do not overlap) or its rating.
"""

from __future__ import annotations

from collections.abc import Callable

from guidekit.render.views import AnchorView, FieldText, Link, SpanView, TextPart
from guidekit.spec.models import Example, Span, Spec, Task

LinkTo = Callable[[str], Link]
OVERLAP = {"forbid": "Marked stretches may not overlap.",
           "nested": "A marked stretch may lie inside another, but two may "
                     "not partly overlap.",
           "allow": "Marked stretches may overlap."}


def instruction(spec: Spec) -> str:
    """One or two sentences on how to answer an item.

    >>> spec = Spec.model_validate({"spec": "guidekit/v1", "id": "t",
    ...     "title": "T", "version": "1.0.0", "labels": [{"value": v} for v in "abc"],
    ...     "task": {"kind": "multi_label", "fields": [{"name": "x"}],
    ...              "max_choices": 2}})
    >>> instruction(spec)
    'Choose 1 to 2 labels for each item: every one that applies.'
    """
    task = spec.task
    if task.kind == "multi_label":
        return _choices(*spec.choice_range(), len(spec.labels))
    if task.kind == "span":
        return (f"Mark each stretch of the {_field_title(task)} that a label "
                f"below describes, and give it that label. {OVERLAP[task.overlap]}")
    if task.kind == "rating":
        scale = task.scale
        points = f" from {scale.min} to {scale.max}" if scale else ""
        return f"Rate each item with one whole number{points}, as the scale says."
    return "Choose exactly one label for each item."


def scale_view(task: Task) -> tuple[AnchorView, ...]:
    """A rating task's anchors in point order; () for other kinds."""
    if task.kind != "rating" or task.scale is None:
        return ()
    return tuple(AnchorView(p, t) for p, t in sorted(task.scale.anchors.items()))


def rating_view(task: Task, rating: int | None) -> AnchorView | None:
    if rating is None:
        return None
    anchors = task.scale.anchors if task.scale else {}
    return AnchorView(rating, anchors.get(rating, ""))


def span_views(example: Example, task: Task, link: LinkTo) -> tuple[SpanView, ...]:
    text = example.item.get(task.text_field or "", "")
    return tuple(SpanView(s.start, s.end, text[max(s.start, 0):max(s.end, 0)],
                          link(s.label)) for s in example.spans or ())


def marked(field: FieldText, spans: list[Span], link: LinkTo) -> FieldText:
    """`field` with its text split at the spans, if they are apart and inside."""
    length = len(field.text)
    parts: list[TextPart] = []
    at = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if not at <= span.start < span.end <= length:
            return field
        parts += [TextPart(field.text[at:span.start], None)] if span.start > at else []
        parts.append(TextPart(field.text[span.start:span.end], link(span.label)))
        at = span.end
    parts += [TextPart(field.text[at:], None)] if at < length else []
    return FieldText(field.name, field.title, field.text, tuple(parts))


def _choices(low: int, high: int, count: int) -> str:
    if low == high:
        noun = "label" if low == 1 else "labels"
        return f"Choose exactly {low} {noun} for each item."
    if high >= count:
        least = "or none" if low == 0 else f"at least {low}"
        return f"Choose every label that applies to the item ({least})."
    return f"Choose {low} to {high} labels for each item: every one that applies."


def _field_title(task: Task) -> str:
    titles = {f.name: f.title or f.name for f in task.fields}
    return titles.get(task.text_field or "", "text")
