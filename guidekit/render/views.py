"""What guide templates see: plain, frozen records made from a spec.

The records hold only what an annotator may read. No gold item, gold
answer or rationale is ever put in them, so no template, shipped or a
team's own, can show one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """A reference to another part of the guide; `anchor` is None if absent."""

    text: str
    anchor: str | None


@dataclass(frozen=True)
class RuleView:
    id: str | None
    text: str
    anchor: str | None


@dataclass(frozen=True)
class LabelView:
    value: str
    title: str
    definition: str | None
    aliases: tuple[str, ...]
    rules: tuple[RuleView, ...]
    not_rules: tuple[RuleView, ...]
    confused_with: tuple[Link, ...]
    examples: tuple[Link, ...]
    anchor: str


@dataclass(frozen=True)
class FieldView:
    name: str
    title: str
    help: str | None


@dataclass(frozen=True)
class TextPart:
    """A piece of a field's text: plain (label None) or a marked span."""

    text: str
    label: Link | None


@dataclass(frozen=True)
class FieldText:
    """A field of an example. `parts` splits the text at its spans when it
    is a span task's text field and the spans do not overlap; else ()."""

    name: str
    title: str
    text: str
    parts: tuple[TextPart, ...] = ()


@dataclass(frozen=True)
class SpanView:
    """A span of an example: offsets (end exclusive), covered text, label."""

    start: int
    end: int
    text: str
    label: Link


@dataclass(frozen=True)
class AnchorView:
    """A point of a rating scale and what it means."""

    point: int
    text: str


@dataclass(frozen=True)
class ExampleView:
    """An example and its answer, in the fields its task kind uses.

    single_label: `label` (also the one entry of `labels`); multi_label:
    `labels`; span: `spans`; rating: `rating`. `label_values` lists every
    label value the answer names, so a label can list its examples.
    """

    id: str
    label_value: str | None
    label: Link | None
    fields: tuple[FieldText, ...]
    why: str | None
    anchor: str
    labels: tuple[Link, ...] = ()
    spans: tuple[SpanView, ...] = ()
    rating: AnchorView | None = None
    label_values: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionView:
    title: str
    body: str
    anchor: str


@dataclass(frozen=True)
class ChangeView:
    version: str
    date: str | None
    changes: tuple[str, ...]
    current: bool


@dataclass(frozen=True)
class PairView:
    """Two labels people mix up, shown side by side with their rules."""

    left: LabelView
    right: LabelView
    anchor: str


@dataclass(frozen=True)
class ExampleGroup:
    """The examples whose answer names `label` first; label None: the rest."""

    label: Link | None
    examples: tuple[ExampleView, ...]


@dataclass(frozen=True)
class SinceLine:
    """One change since an older version, in an annotator's words.

    `before` and `after` hold the two texts (Markdown) of a rewording.
    """

    text: str
    link: Link | None = None
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True)
class SinceView:
    """What changed since `version` (read from `source`)."""

    version: str
    source: str
    lines: tuple[SinceLine, ...]
    anchor: str = "since"


@dataclass(frozen=True)
class GuideView:
    """The whole guide; templates get it as `guide`.

    `instruction` says how to answer, for the task kind; `scale` holds a
    rating task's points and anchors, and is () for other kinds. `pairs`
    are the confusable labels, `example_groups` the examples by label and
    `since` the changes since an older version (None unless asked for).
    """

    id: str
    title: str
    version: str
    summary: str | None
    kind: str
    question: str | None
    fields: tuple[FieldView, ...]
    labels: tuple[LabelView, ...]
    sections: tuple[SectionView, ...]
    examples: tuple[ExampleView, ...]
    changelog: tuple[ChangeView, ...]
    instruction: str = ""
    scale: tuple[AnchorView, ...] = ()
    pairs: tuple[PairView, ...] = ()
    example_groups: tuple[ExampleGroup, ...] = ()
    since: SinceView | None = None
