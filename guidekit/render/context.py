"""Turn a spec into the guide's view records, with every anchor resolved."""

from __future__ import annotations

from guidekit.render.anchors import Anchors
from guidekit.render.answers import (
    instruction,
    marked,
    rating_view,
    scale_view,
    span_views,
)
from guidekit.render.pairs import confusable_pairs, example_groups
from guidekit.render.views import (
    ChangeView,
    ExampleView,
    FieldText,
    FieldView,
    GuideView,
    LabelView,
    Link,
    RuleView,
    SectionView,
)
from guidekit.spec.models import Example, Label, Rule, Spec, Task


def guide_view(spec: Spec) -> GuideView:
    """The guide's content: labels, sections, examples; never the gold.

    >>> from guidekit.spec.models import Spec
    >>> spec = Spec.model_validate({"spec": "guidekit/v1", "id": "t",
    ...     "title": "T", "version": "1.0.0", "task": {"fields": [{"name": "x"}]},
    ...     "labels": [{"value": "a b"}]})
    >>> guide_view(spec).labels[0].anchor
    'label-a-b'
    """
    anchors = Anchors()
    label_ids = {lb.value: anchors.make("label", lb.value) for lb in spec.labels}
    example_ids = {ex.id: anchors.make("example", ex.id) for ex in spec.examples}
    names = {lb.value: lb.name for lb in spec.labels}
    examples = tuple(_example(ex, spec.task, names, label_ids, example_ids[ex.id])
                     for ex in spec.examples)
    labels = tuple(_label(lb, names, label_ids, examples, anchors)
                   for lb in spec.labels)
    sections = tuple(SectionView(s.title, s.body, anchors.make("section", s.title))
                     for s in spec.sections)
    return GuideView(
        spec.id, spec.title, spec.version, spec.summary, spec.task.kind,
        spec.task.question, _fields(spec.task), labels, sections, examples,
        _changelog(spec), instruction(spec), scale_view(spec.task),
        confusable_pairs(labels, anchors), example_groups(labels, examples),
    )


def _fields(task: Task) -> tuple[FieldView, ...]:
    return tuple(FieldView(f.name, f.title or f.name, f.help) for f in task.fields)


def _link(value: str, names: dict[str, str], ids: dict[str, str]) -> Link:
    return Link(names.get(value, value), ids.get(value))


def _label(label: Label, names: dict[str, str], ids: dict[str, str],
           examples: tuple[ExampleView, ...], anchors: Anchors) -> LabelView:
    return LabelView(
        value=label.value,
        title=label.name,
        definition=label.definition,
        aliases=tuple(label.aliases),
        rules=tuple(_rule(r, anchors, f"{label.value} {j}")
                    for j, r in enumerate(label.rules, 1)),
        not_rules=tuple(_rule(r, anchors, f"{label.value} not {j}")
                        for j, r in enumerate(label.not_, 1)),
        confused_with=tuple(_link(v, names, ids) for v in label.confused_with),
        examples=tuple(Link(ex.id, ex.anchor) for ex in examples
                       if label.value in ex.label_values),
        anchor=ids[label.value],
    )


def _rule(rule: Rule, anchors: Anchors, place: str) -> RuleView:
    """A rule with an anchor: from its id, or from its label and place."""
    return RuleView(rule.id, rule.text, anchors.make("rule", rule.id or place))


def _example(example: Example, task: Task, names: dict[str, str],
             label_ids: dict[str, str], anchor: str) -> ExampleView:
    def link(value: str) -> Link:
        return _link(value, names, label_ids)

    titles = {f.name: f.title or f.name for f in task.fields}
    order = [f.name for f in task.fields if f.name in example.item]
    order += [name for name in example.item if name not in titles]
    fields = tuple(FieldText(name, titles.get(name, name), example.item[name])
                   for name in order)
    if task.kind == "span" and example.spans:
        fields = tuple(marked(f, example.spans, link) if f.name == task.text_field
                       else f for f in fields)
    chosen = [example.label] if example.label is not None else example.labels or []
    return ExampleView(
        example.id, example.label,
        None if example.label is None else link(example.label), fields,
        example.why, anchor, tuple(link(v) for v in chosen),
        span_views(example, task, link), rating_view(task, example.rating),
        tuple(dict.fromkeys(example.answer_labels())))


def _changelog(spec: Spec) -> tuple[ChangeView, ...]:
    return tuple(ChangeView(c.version, c.date, tuple(c.changes),
                            c.version == spec.version)
                 for c in spec.changelog)
