"""A Label Studio labeling config made from a spec's task and labels.

The config is one `<View>`: the spec's title as a Header, then for each
task field a Header (its title) and a Text object named after the field
(showing `$field`), the question as a Header, and one control named
`control_name(spec)` over the first field (span: over task.text_field):

- single_label: Choices choice="single", one Choice per label;
- multi_label: Choices choice="multiple" (required when min_choices > 0);
- span: Labels, one Label per label;
- rating: Rating maxRating=max when the scale starts at 1, else Choices
  choice="single" over the points.

A Choice or Label shows the label's title and stores its value (the
`alias` attribute) when the two differ, so exports hold spec values. The
XML is built with xml.etree, so every spec text is escaped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from guidekit.spec.models import Spec

CONTROL_NAMES = ("label", "answer", "guidekit_answer")


def control_name(spec: Spec) -> str:
    """The control's name: the first of CONTROL_NAMES no field is called."""
    fields = set(spec.field_names())
    return next(name for name in CONTROL_NAMES if name not in fields)


def target_name(spec: Spec) -> str:
    """The object the control labels: the span text field, else field one."""
    return spec.task.text_field or spec.field_names()[0]


def uses_rating_tag(spec: Spec) -> bool:
    """Whether a rating task is a Rating tag (scale from 1) or Choices."""
    scale = spec.task.scale
    return spec.task.kind == "rating" and scale is not None and scale.min == 1


def labeling_config(spec: Spec) -> str:
    """The config XML text.

    >>> from guidekit.spec.models import Task, ItemField, Label
    >>> spec = Spec(spec="guidekit/v1", id="x", title="X & Y", version="1",
    ...             task=Task(fields=[ItemField(name="text")]),
    ...             labels=[Label(value="a")])
    >>> print(labeling_config(spec))  # doctest: +NORMALIZE_WHITESPACE
    <View>
      <Header value="X &amp; Y" />
      <Header value="text" />
      <Text name="text" value="$text" />
      <Choices name="label" toName="text" choice="single" required="true">
        <Choice value="a" />
      </Choices>
    </View>
    """
    view = ET.Element("View")
    ET.SubElement(view, "Header", value=spec.title)
    for field in spec.task.fields:
        ET.SubElement(view, "Header", value=field.title or field.name)
        ET.SubElement(view, "Text", name=field.name, value=f"${field.name}")
    if spec.task.question:
        ET.SubElement(view, "Header", value=spec.task.question)
    view.append(_control(spec))
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


def _control(spec: Spec) -> ET.Element:
    names = {"name": control_name(spec), "toName": target_name(spec)}
    kind = spec.task.kind
    if kind == "span":
        return _options(ET.Element("Labels", names), "Label", _labels(spec))
    if kind == "rating" and uses_rating_tag(spec):
        scale = spec.task.scale
        assert scale is not None  # uses_rating_tag checked it
        return ET.Element("Rating", {**names, "maxRating": str(scale.max),
                                     "required": "true"})
    choice = "multiple" if kind == "multi_label" else "single"
    required = kind != "multi_label" or spec.task.min_choices > 0
    control = ET.Element("Choices", {**names, "choice": choice,
                                     "required": "true" if required else "false"})
    options = _points(spec) if kind == "rating" else _labels(spec)
    return _options(control, "Choice", options)


def _labels(spec: Spec) -> list[tuple[str, str]]:
    """(shown, stored) per label; titles shown only when they are unique."""
    titles = [label.name for label in spec.labels]
    unique = len(set(titles)) == len(titles)
    return [(label.name if unique else label.value, label.value)
            for label in spec.labels]


def _points(spec: Spec) -> list[tuple[str, str]]:
    scale = spec.task.scale
    assert scale is not None  # a rating spec validates with a scale
    return [(f"{point}: {scale.anchors[point]}" if point in scale.anchors
             else str(point), str(point)) for point in scale.points()]


def _options(control: ET.Element, tag: str,
             options: list[tuple[str, str]]) -> ET.Element:
    for shown, stored in options:
        attrs = {"value": shown} if shown == stored else {"value": shown,
                                                          "alias": stored}
        ET.SubElement(control, tag, attrs)
    return control
